//! Reading one webhook request, shared by the extractor and the tower service: auth, the body
//! limit, then `eventgrid_types::webhook::receive_parts`.

use bytes::Bytes;
use eventgrid_types::FromEvent;
use eventgrid_types::webhook::{self, Delivery, Handshake, WebhookRequest};
use http::header::CONTENT_LENGTH;
use http::request::Parts;
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::config::WebhookConfig;
use crate::extract::WebhookRejection;

/// The boxed error bodies fail with.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Checks the request's auth, reads its body within the limit, answers a handshake (as a
/// rejection that carries the answer) or decodes the events, logging each that could not
/// be decoded.
pub(crate) async fn read<T, B>(
    config: &WebhookConfig,
    parts: &Parts,
    body: B,
) -> Result<Delivery<T>, WebhookRejection>
where
    T: for<'a> FromEvent<'a>,
    B: http_body::Body,
    B::Error: Into<BoxError>,
{
    if let Some(auth) = config.auth_check() {
        auth.check(parts)
            .await
            .map_err(WebhookRejection::Unauthorized)?;
    }
    let body = collect(config.limit(), parts, body).await?;
    let headers: Vec<(&str, &[u8])> = parts
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_bytes()))
        .collect();
    match webhook::receive_parts::<T, _>(parts.method.as_str(), headers.iter().copied(), &body) {
        Ok(WebhookRequest::Handshake(handshake)) => {
            // The kind only: the validation code and URL are the subscription's secrets.
            let kind = match &handshake {
                Handshake::SubscriptionValidation(_) => "subscription validation",
                Handshake::AbuseProtection(_) => "abuse protection (OPTIONS)",
                _ => "handshake",
            };
            tracing::info!("answering a webhook handshake: {kind}");
            Err(WebhookRejection::Handshake(
                handshake.respond(config.abuse_protection()),
            ))
        }
        Ok(WebhookRequest::Events(delivery)) => {
            for undecoded in delivery.undecoded() {
                // The report escapes what came from the input.
                tracing::warn!("event not decoded: {undecoded}");
            }
            Ok(delivery)
        }
        Err(error) => Err(WebhookRejection::Invalid(error)),
    }
}

/// The body, refused with `413` past `limit`: at once when `Content-Length` says so, else
/// as soon as the bytes read pass it.
async fn collect<B>(limit: usize, parts: &Parts, body: B) -> Result<Bytes, WebhookRejection>
where
    B: http_body::Body,
    B::Error: Into<BoxError>,
{
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(WebhookRejection::TooLarge { limit });
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.is::<LengthLimitError>() => Err(WebhookRejection::TooLarge { limit }),
        Err(error) => Err(WebhookRejection::BodyRead(error.to_string())),
    }
}
