//! HTTP requests as text (`POST /path HTTP/1.1`, headers, a blank line, the body): what
//! `inspect` reads and `convert --to binary` writes, as curl's `--trace` and proxies show them.

use std::io::Write as _;

use http::Request;

use crate::error::CliError;

/// More headers than any Event Grid request carries.
const MAX_HEADERS: usize = 256;

/// Parses a request dump. A body shorter than its `Content-Length` is an error; without a
/// `Content-Length` the body is the rest of the input.
pub(crate) fn parse(bytes: &[u8]) -> Result<Request<Vec<u8>>, CliError> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let bytes = &bytes[start..];
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let head = match parsed.parse(bytes) {
        Ok(httparse::Status::Complete(length)) => length,
        Ok(httparse::Status::Partial) => {
            return Err(CliError::problems(
                "the HTTP request ends inside its headers (a blank line must end them)",
            ));
        }
        Err(error) => {
            return Err(
                CliError::problems("the input is neither JSON nor an HTTP request").because(&error),
            );
        }
    };
    let mut builder = Request::builder()
        .method(parsed.method.unwrap_or("POST"))
        .uri(parsed.path.unwrap_or("/"));
    let mut declared = None;
    for header in parsed.headers.iter() {
        if header.name.eq_ignore_ascii_case("content-length") {
            let length = std::str::from_utf8(header.value)
                .ok()
                .and_then(|text| text.trim().parse::<usize>().ok())
                .ok_or_else(|| CliError::problems("header content-length is not a number"))?;
            declared = Some(length);
        }
        builder = builder.header(header.name, header.value);
    }
    let rest = &bytes[head..];
    let body = match declared {
        Some(length) if length > rest.len() => {
            return Err(CliError::problems(format!(
                "the body is {} bytes, less than its content-length of {length}",
                rest.len()
            )));
        }
        Some(length) if !rest[length..].iter().all(u8::is_ascii_whitespace) => {
            return Err(CliError::problems(format!(
                "{} bytes follow the body that content-length announces ({length} bytes); \
                 one request per input",
                rest.len() - length
            )));
        }
        Some(length) => &rest[..length],
        None => rest,
    };
    builder
        .body(body.to_vec())
        .map_err(|error| CliError::problems("the HTTP request is not valid").because(&error))
}

/// Writes a request as a dump that [`parse`] reads back.
pub(crate) fn write(request: &Request<Vec<u8>>, out: &mut Vec<u8>) {
    let _ = write!(
        out,
        "{} {} HTTP/1.1\r\n",
        request.method(),
        request.uri().path_and_query().map_or("/", |p| p.as_str())
    );
    for (name, value) in request.headers() {
        out.extend_from_slice(name.as_str().as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    if !request.headers().contains_key(http::header::CONTENT_LENGTH) {
        let _ = write!(out, "content-length: {}\r\n", request.body().len());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(request.body());
}
