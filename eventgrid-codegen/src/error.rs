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

/// Every problem one run of the generator found, in the order found. A run goes on past a
/// bad file or definition, so that a folder of schemas is fixed in one pass rather than
/// one error per run.
///
/// ```
/// use std::path::Path;
///
/// let dir = Path::new("no-such-folder");
/// let errors = eventgrid_codegen::Generator::new().generate_files(dir).unwrap_err();
/// assert_eq!(errors.len(), 1);
/// for error in &errors {
///     assert_eq!(error.file(), dir);
/// }
/// ```
#[derive(Debug)]
pub struct Errors(Vec<Error>);

impl Errors {
    /// No problem yet: what a step starts collecting into.
    pub(crate) fn none() -> Self {
        Self(Vec::new())
    }

    /// The value of `result`, or `None` with its error kept.
    pub(crate) fn take<T>(&mut self, result: Result<T, impl Into<Errors>>) -> Option<T> {
        result.map_err(|e| self.0.extend(e.into().0)).ok()
    }

    /// Keeps `error` and goes on.
    pub(crate) fn push(&mut self, error: Error) {
        self.0.push(error);
    }

    /// `value` when nothing was wrong, or everything that was.
    pub(crate) fn or<T>(self, value: T) -> Result<T, Self> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// The value of `result` when neither it nor anything before it went wrong; otherwise
    /// every problem, these first.
    pub(crate) fn and<T>(mut self, result: Result<T, Errors>) -> Result<T, Self> {
        let value = self.take(result);
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self),
        }
    }

    /// How many problems there are: at least one in an `Err`.
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The problems, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Error> {
        self.0.iter()
    }
}

impl From<Error> for Errors {
    fn from(error: Error) -> Self {
        Self(vec![error])
    }
}

impl<'a> IntoIterator for &'a Errors {
    type Item = &'a Error;
    type IntoIter = std::slice::Iter<'a, Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for Errors {
    type Item = Error;
    type IntoIter = std::vec::IntoIter<Error>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// One problem prints as itself; more print one per line under a count.
impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let [one] = self.0.as_slice() {
            return write!(f, "{one}");
        }
        write!(f, "{} problems in the schemas:", self.0.len())?;
        for error in &self.0 {
            write!(f, "\n  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
