//! Errors as the user sees them: a sentence, the causes under it, and an exit code.

use std::error::Error as StdError;
use std::fmt;

/// The exit codes, as scripts rely on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// The input broke a rule, or the service refused something.
    Problems = 1,
    /// The command could not do its work: an unreadable file, a bad argument, no connection.
    Failed = 2,
}

/// A failure to report: what went wrong, why, and the exit code.
#[derive(Debug)]
pub(crate) struct CliError {
    pub(crate) message: String,
    pub(crate) causes: Vec<String>,
    pub(crate) exit: Exit,
    /// The reader went away (`eventgrid ... | head`): stop without a word, as `cat` does.
    pub(crate) closed_pipe: bool,
}

impl CliError {
    /// The command could not do its work.
    pub(crate) fn failed(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            causes: Vec::new(),
            exit: Exit::Failed,
            closed_pipe: false,
        }
    }

    /// The input or the service said no.
    pub(crate) fn problems(message: impl Into<String>) -> Self {
        CliError {
            exit: Exit::Problems,
            ..CliError::failed(message)
        }
    }

    /// Adds `error` and its sources as the causes.
    pub(crate) fn because(mut self, error: &(dyn StdError + 'static)) -> Self {
        let mut next = Some(error);
        while let Some(error) = next {
            if let Some(io) = error.downcast_ref::<std::io::Error>() {
                self.closed_pipe |= io.kind() == std::io::ErrorKind::BrokenPipe;
            }
            let text = error.to_string();
            // Some errors repeat their source's text in their own; say it once.
            if self.causes.last() != Some(&text) && !self.message.ends_with(&text) {
                self.causes.push(text);
            }
            next = error.source();
        }
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        for cause in &self.causes {
            write!(f, "\n  caused by: {cause}")?;
        }
        Ok(())
    }
}

/// Says what was being done when an error happened.
pub(crate) trait Context<T> {
    /// On error, a [`CliError`] that the command could not do `what`.
    fn context(self, what: impl FnOnce() -> String) -> Result<T, CliError>;
}

impl<T, E: StdError + 'static> Context<T> for Result<T, E> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T, CliError> {
        self.map_err(|error| CliError::failed(what()).because(&error))
    }
}
