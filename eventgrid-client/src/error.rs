//! The one error type of the clients: which operation failed, how, and whether it was retried.

use std::fmt;

use eventgrid_types::EncodeError;

/// A client operation, as errors and tracing spans name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// Building a client (its endpoint, credential and transport).
    Connect,
    /// Publishing to a basic topic or domain.
    Publish,
    /// Sending one event to a namespace topic (structured mode).
    Send,
    /// Sending a batch to a namespace topic.
    SendBatch,
    /// Sending one event to a namespace topic in binary mode.
    SendBinary,
    /// Receiving from an event subscription.
    Receive,
    /// Acknowledging events.
    Acknowledge,
    /// Releasing events.
    Release,
    /// Rejecting events.
    Reject,
    /// Renewing locks.
    RenewLocks,
}

impl Operation {
    /// The operation's name, as in spans: `publish`, `send`, `receive`, `renew_locks`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Connect => "connect",
            Operation::Publish => "publish",
            Operation::Send => "send",
            Operation::SendBatch => "send_batch",
            Operation::SendBinary => "send_binary",
            Operation::Receive => "receive",
            Operation::Acknowledge => "acknowledge",
            Operation::Release => "release",
            Operation::Reject => "reject",
            Operation::RenewLocks => "renew_locks",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why an operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error status. `code` is the `x-ms-error-code` header or
    /// the body's `error.code`; `message` the body's `error.message` (or the body's text).
    #[error("HTTP {status}{}: {message}", code.as_deref().map(|c| format!(" {c}")).unwrap_or_default())]
    Service {
        /// The HTTP status.
        status: u16,
        /// The service's error code, such as `Unauthorized`.
        code: Option<String>,
        /// The service's message.
        message: String,
    },
    /// No response: connecting, sending or reading failed, or a policy refused the request.
    #[error("no response: {0}")]
    Transport(String),
    /// The events could not be encoded (they break a rule for producers).
    #[error(transparent)]
    Encode(#[from] EncodeError),
    /// One event of several could not be encoded; nothing was sent.
    #[error("event {index}: {source}")]
    InvalidEvent {
        /// The event's position in what was given.
        index: usize,
        /// Why.
        source: EncodeError,
    },
    /// The response could not be read.
    #[error("the response could not be read: {0}")]
    Response(String),
    /// An argument is out of range or malformed; nothing was sent.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

/// A failed operation: its name, the cause, and how many attempts the retry policy made.
#[derive(Debug)]
pub struct Error {
    operation: Operation,
    attempts: u32,
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(operation: Operation, kind: ErrorKind) -> Self {
        Error {
            operation,
            attempts: 0,
            kind,
        }
    }

    pub(crate) fn after(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// The operation that failed.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// Why.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// How many HTTP requests were made (0 when none was sent).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Whether the retry policy sent the request more than once.
    pub fn retried(&self) -> bool {
        self.attempts > 1
    }

    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<u16> {
        match &self.kind {
            ErrorKind::Service { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The service's error code, when it gave one.
    pub fn error_code(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Service { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed", self.operation)?;
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Encode(error) | ErrorKind::InvalidEvent { source: error, .. } => Some(error),
            _ => None,
        }
    }
}

/// A client result.
pub type Result<T, E = Error> = std::result::Result<T, E>;
