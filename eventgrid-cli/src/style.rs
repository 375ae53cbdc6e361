//! Colour: written as ANSI styles everywhere, and stripped by `anstream` unless the output is
//! a terminal (or `--color always`), as ripgrep and cargo do.

use anstyle::{AnsiColor, Style};

use crate::cli::ColorChoice;

/// Applies `--color` to every `anstream` writer of the process.
pub(crate) fn apply(choice: ColorChoice) {
    let choice = match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
}

/// Whether stderr gets live output (a progress bar): a terminal, and colour not turned off.
pub(crate) fn stderr_is_live() -> bool {
    use std::io::IsTerminal as _;
    std::io::stderr().is_terminal()
}

pub(crate) const HEADING: Style = Style::new().bold();
pub(crate) const LABEL: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
pub(crate) const GOOD: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
pub(crate) const WARNING: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
pub(crate) const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));

/// `text` in `style`.
pub(crate) fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}

/// Text from the input as output shows it: control characters and line separators escaped,
/// so that no event can rewrite the terminal or forge an output line. Nothing is cut.
pub(crate) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '"' | '\'' | '\\') {
            out.push(c);
        } else {
            out.extend(c.escape_debug());
        }
    }
    out
}
