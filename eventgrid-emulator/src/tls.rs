//! HTTPS for clients that refuse plain HTTP: a self-signed certificate generated at start
//! (for `localhost` and `127.0.0.1`), or PEM files from the configuration. And HTTPS for push
//! delivery to webhooks: the platform's root certificates plus the configuration's
//! `push_trusted_roots`.
//!
//! npm's `@azure/eventgrid-namespaces` refuses `http://` unless told
//! `allowInsecureConnection`; pointed at the emulator's HTTPS URL it needs only to trust the
//! certificate ([`TlsIdentity::certificate_pem`], e.g. through `NODE_EXTRA_CA_CERTS`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::{ClientConfig, RootCertStore, ServerConfig};

/// Why no TLS identity could be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// The self-signed certificate could not be generated.
    #[error("cannot generate a self-signed certificate: {0}")]
    Generate(#[from] rcgen::Error),
    /// A PEM file could not be read.
    #[error("cannot read {what} from {path}: {message}")]
    Pem {
        /// "certificate" or "private key".
        what: &'static str,
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// rustls refused the certificate and key.
    #[error("the certificate and key do not make a TLS identity: {0}")]
    Rustls(#[from] rustls::Error),
    /// A certificate of `push_trusted_roots` cannot be a root of trust.
    #[error("cannot trust the push_trusted_roots certificates: {0}")]
    TrustedRoots(rustls::Error),
}

/// ring rather than aws-lc-rs, which needs cmake to build. rustls deprecates ring's provider
/// for lacking post-quantum key exchange, which neither a loopback emulator nor a
/// development webhook needs.
fn crypto_provider() -> Arc<CryptoProvider> {
    #[allow(deprecated)]
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The certificates in the PEM files `trusted_roots`, each checked as a root of trust.
pub(crate) fn load_trusted_roots(
    trusted_roots: &[PathBuf],
) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let mut roots = Vec::new();
    for path in trusted_roots {
        let certificates = CertificateDer::pem_file_iter(path)
            .and_then(Iterator::collect::<Result<Vec<_>, _>>)
            .map_err(|error| TlsError::Pem {
                what: "trusted root certificates",
                path: path.display().to_string(),
                message: error.to_string(),
            })?;
        if certificates.is_empty() {
            return Err(TlsError::Pem {
                what: "trusted root certificates",
                path: path.display().to_string(),
                message: "the file holds no PEM certificate".to_owned(),
            });
        }
        roots.extend(certificates);
    }
    let mut store = RootCertStore::empty();
    for root in &roots {
        store.add(root.clone()).map_err(TlsError::TrustedRoots)?;
    }
    Ok(roots)
}

/// The TLS of push delivery: the server's certificate is verified against the platform's
/// roots and the certificates in `trusted_roots` (PEM files). Without platform roots (a
/// container without a CA bundle) only `trusted_roots` are trusted; verification is never
/// turned off.
pub(crate) fn push_client_config(trusted_roots: &[PathBuf]) -> Result<ClientConfig, TlsError> {
    let roots = load_trusted_roots(trusted_roots)?;
    let provider = crypto_provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?;
    let no_extra_roots = roots.is_empty();
    let builder = match rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider) {
        Ok(verifier) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier)),
        // The platform verifier fails without platform roots only when given no others.
        Err(error) if no_extra_roots => {
            tracing::warn!(
                %error,
                "no platform root certificates: push delivery to https:// webhooks will fail \
                 unless `push_trusted_roots` names their roots"
            );
            builder.with_root_certificates(RootCertStore::empty())
        }
        Err(error) => return Err(TlsError::TrustedRoots(error)),
    };
    Ok(builder.with_no_client_auth())
}

/// A certificate and its key, ready to serve HTTPS.
#[derive(Debug, Clone)]
pub struct TlsIdentity {
    certificate_pem: String,
    server_config: Arc<ServerConfig>,
}

impl TlsIdentity {
    /// A new self-signed certificate for `localhost` and `127.0.0.1`.
    pub fn self_signed() -> Result<Self, TlsError> {
        let generated = rcgen::generate_simple_self_signed(vec![
            "localhost".to_owned(),
            "127.0.0.1".to_owned(),
        ])?;
        let key =
            PrivateKeyDer::try_from(generated.key_pair.serialize_der()).map_err(|message| {
                TlsError::Pem {
                    what: "private key",
                    path: "(generated)".to_owned(),
                    message: message.to_owned(),
                }
            })?;
        Self::new(
            generated.cert.pem(),
            vec![generated.cert.der().clone()],
            key,
        )
    }

    /// A certificate chain and private key from PEM files.
    pub fn from_pem_files(certificate: &Path, key: &Path) -> Result<Self, TlsError> {
        let pem_error = |what: &'static str, path: &Path| {
            let path = path.display().to_string();
            move |error: rustls::pki_types::pem::Error| TlsError::Pem {
                what,
                path,
                message: error.to_string(),
            }
        };
        let certificate_pem = std::fs::read_to_string(certificate).map_err(|e| TlsError::Pem {
            what: "certificate",
            path: certificate.display().to_string(),
            message: e.to_string(),
        })?;
        let chain = CertificateDer::pem_slice_iter(certificate_pem.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .map_err(pem_error("certificate", certificate))?;
        let key = PrivateKeyDer::from_pem_file(key).map_err(pem_error("private key", key))?;
        Self::new(certificate_pem, chain, key)
    }

    fn new(
        certificate_pem: String,
        chain: Vec<CertificateDer<'static>>,
        key: PrivateKeyDer<'static>,
    ) -> Result<Self, TlsError> {
        let mut config = ServerConfig::builder_with_provider(crypto_provider())
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_single_cert(chain, key)?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(TlsIdentity {
            certificate_pem,
            server_config: Arc::new(config),
        })
    }

    /// The certificate (chain), PEM-encoded, for clients to trust.
    pub fn certificate_pem(&self) -> &str {
        &self.certificate_pem
    }

    pub(crate) fn server_config(&self) -> Arc<ServerConfig> {
        self.server_config.clone()
    }
}
