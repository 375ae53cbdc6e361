//! Secrets and credentials: keys and SAS tokens from the environment or a file, never from
//! an argument; Entra ID from the developer tools' sign-in.

use std::sync::Arc;

use azure_core::credentials::TokenCredential;

use crate::cli::{Auth, KeySource};
use crate::error::{CliError, Context as _};

/// How a client authenticates.
#[derive(Clone)]
pub(crate) enum Credential {
    Key(String),
    Sas(String),
    Entra(Arc<dyn TokenCredential>),
}

/// The value of the environment variable `name`, which must be set and not empty.
fn from_env(name: &str, what: &str) -> Result<String, CliError> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value.trim().to_owned()),
        Ok(_) => Err(CliError::failed(format!(
            "the environment variable {name} that should hold the {what} is empty"
        ))),
        Err(error) => Err(CliError::failed(format!(
            "the environment variable {name} that should hold the {what} is not usable"
        ))
        .because(&error)),
    }
}

/// The access key, from the file or the environment variable.
pub(crate) fn key(source: &KeySource) -> Result<String, CliError> {
    match &source.key_file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .context(|| format!("cannot read the key file `{}`", path.display()))?;
            let key = text.trim();
            if key.is_empty() {
                return Err(CliError::failed(format!(
                    "the key file `{}` is empty",
                    path.display()
                )));
            }
            Ok(key.to_owned())
        }
        None => from_env(&source.key_env, "access key"),
    }
}

/// The credential `auth` asks for.
pub(crate) fn credential(auth: &Auth) -> Result<Credential, CliError> {
    if let Some(var) = &auth.sas_env {
        return from_env(var, "SAS token").map(Credential::Sas);
    }
    if auth.entra {
        let credential: Arc<dyn TokenCredential> =
            azure_identity::DeveloperToolsCredential::new(None)
                .context(|| "cannot set up Entra ID sign-in".into())?;
        return Ok(Credential::Entra(credential));
    }
    key(&auth.key).map(Credential::Key)
}

/// Takes a first token, once the client has accepted the endpoint: a sign-in that does not
/// work is then said as such, not as a failed request.
pub(crate) fn sign_in(credential: &Credential) -> Result<(), CliError> {
    let Credential::Entra(credential) = credential else {
        return Ok(());
    };
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(|| "cannot start the runtime".into())?
        .block_on(credential.get_token(&[eventgrid_client::SCOPE], None))
        .context(|| {
            "cannot get an Entra ID token from the Azure CLI or azd (sign in with `az login`)"
                .into()
        })
        .map(drop)
}
