//! `eventgrid sas`: a shared access signature for an endpoint.

use time::OffsetDateTime;

use crate::auth;
use crate::cli::SasArgs;
use crate::error::CliError;

pub(crate) fn run(args: &SasArgs) -> Result<(), CliError> {
    let key = auth::key(&args.key)?;
    let expires = time::Duration::try_from(args.expires)
        .ok()
        .and_then(|lifetime| OffsetDateTime::now_utc().checked_add(lifetime))
        .ok_or_else(|| CliError::failed("--expires is too far in the future"))?;
    let token = eventgrid_client::generate_sas(&args.endpoint, &key, expires, &args.api_version)
        .map_err(|error| CliError::failed("cannot sign the token").because(&error))?;
    println!("{token}");
    Ok(())
}
