//! The generator's error: which file, where in it (a JSON pointer), and what is wrong.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error from the importer or the generator.
#[derive(Debug, thiserror::Error)]
pub struct Error {
    file: PathBuf,
    pointer: String,
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    /// An error about the node at `pointer` in `file`.
    pub fn new(
        file: impl AsRef<Path>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file: file.as_ref().to_path_buf(),
            pointer: pointer.into(),
            message: message.into(),
            source: None,
        }
    }

    /// An I/O error on `file`.
    pub fn io(file: impl AsRef<Path>, error: std::io::Error) -> Self {
        let mut e = Self::new(file, "", error.to_string());
        e.source = Some(Box::new(error));
        e
    }

    /// A JSON syntax error in `file`.
    pub fn json(file: impl AsRef<Path>, error: serde_json::Error) -> Self {
        let mut e = Self::new(file, "", format!("invalid JSON: {error}"));
        e.source = Some(Box::new(error));
        e
    }

    /// The file the error is about.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The JSON pointer of the node the error is about (empty for the whole file).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if !self.pointer.is_empty() {
            write!(f, "#{}", self.pointer)?;
        }
        write!(f, ": {}", self.message)
    }
}
