//! The CloudEvents distributed-tracing extension: `traceparent` and `tracestate` in the W3C
//! Trace Context format.
//!
//! Every received event's extension is kept in [`TraceContext`]. With the `opentelemetry`
//! feature, every CloudEvent sent without a `traceparent` gets one (and the `tracestate`)
//! from the current OpenTelemetry context, and a received [`TraceContext`] becomes the
//! [`SpanContext`](opentelemetry::trace::SpanContext) or
//! [`Link`](opentelemetry::trace::Link) a handler's span links to its producer with.

use std::borrow::Cow;

use eventgrid_types::typed::{DataKind, EventView, FromEvent};
use eventgrid_types::{
    DecodeError, ExtensionRef, StaticAttributes, Timestamp, Tolerated, TypedEvent,
};

/// The extension that carries the W3C `traceparent`.
const TRACEPARENT: &str = "traceparent";
/// The extension that carries the W3C `tracestate`.
const TRACESTATE: &str = "tracestate";

/// The producer's trace context, from a received event's distributed-tracing extension.
///
/// The values are kept as received; with the `opentelemetry` feature, `span_context` and
/// `link` read them, and `current` makes one from the current OpenTelemetry span.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TraceContext {
    /// `traceparent`: `{version}-{trace id}-{parent id}-{flags}`, such as
    /// `00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01`.
    pub traceparent: String,
    /// `tracestate`: vendor-specific entries, when the event has them.
    pub tracestate: Option<String>,
}

impl TraceContext {
    /// A trace context from the extension's values.
    pub fn new(traceparent: impl Into<String>, tracestate: Option<String>) -> Self {
        TraceContext {
            traceparent: traceparent.into(),
            tracestate,
        }
    }

    /// The extension of a received event; `None` when it has no string `traceparent`.
    fn of(view: &EventView<'_>) -> Option<Self> {
        let text = |name| match view.extension(name) {
            Some(ExtensionRef::String(value)) => Some(value.to_owned()),
            _ => None,
        };
        Some(TraceContext {
            traceparent: text(TRACEPARENT)?,
            tracestate: text(TRACESTATE),
        })
    }
}

#[cfg(feature = "opentelemetry")]
mod otel {
    use opentelemetry::trace::{
        Link, SpanContext, SpanId, TraceContextExt, TraceFlags, TraceId, TraceState,
    };

    use super::TraceContext;

    impl TraceContext {
        /// The trace context of the current OpenTelemetry span, when there is a valid one.
        ///
        /// The extension is W3C Trace Context whatever propagator the application has
        /// installed, so it is written from the span context itself.
        pub fn current() -> Option<Self> {
            let context = opentelemetry::Context::current();
            let span = context.span();
            let span = span.span_context();
            if !span.is_valid() {
                return None;
            }
            let flags = span.trace_flags() & TraceFlags::SAMPLED;
            let tracestate = span.trace_state().header();
            Some(TraceContext {
                traceparent: format!(
                    "00-{}-{}-{:02x}",
                    span.trace_id(),
                    span.span_id(),
                    flags.to_u8()
                ),
                tracestate: (!tracestate.is_empty()).then_some(tracestate),
            })
        }

        /// The producer's span as a remote [`SpanContext`]; `None` when `traceparent` is not
        /// W3C Trace Context (a `tracestate` that is not is left out).
        pub fn span_context(&self) -> Option<SpanContext> {
            let mut parts = self.traceparent.split('-');
            let (version, trace_id, span_id, flags) =
                (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            // Version 00 has exactly these four fields; later versions may append more.
            let lower_hex = |text: &str, len: usize| {
                text.len() == len && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            };
            if !lower_hex(version, 2)
                || version == "ff"
                || (version == "00" && parts.next().is_some())
                || !lower_hex(trace_id, 32)
                || !lower_hex(span_id, 16)
                || !lower_hex(flags, 2)
            {
                return None;
            }
            let trace_id = TraceId::from_hex(trace_id).ok()?;
            let span_id = SpanId::from_hex(span_id).ok()?;
            let flags = TraceFlags::new(u8::from_str_radix(flags, 16).ok()?) & TraceFlags::SAMPLED;
            let state = self
                .tracestate
                .as_deref()
                .and_then(|state| state.parse::<TraceState>().ok())
                .unwrap_or_default();
            let context = SpanContext::new(trace_id, span_id, flags, true, state);
            context.is_valid().then_some(context)
        }

        /// A link to the producer's span, for the span that handles the event.
        ///
        /// ```
        /// # use eventgrid_client::TraceContext;
        /// use opentelemetry::trace::{Tracer, TracerProvider};
        ///
        /// # fn handle(trace: Option<TraceContext>) {
        /// let tracer = opentelemetry::global::tracer_provider().tracer("orders");
        /// let links = trace.as_ref().and_then(TraceContext::link).into_iter().collect();
        /// let span = tracer.span_builder("handle order").with_links(links).start(&tracer);
        /// # }
        /// ```
        pub fn link(&self) -> Option<Link> {
            self.span_context().map(Link::with_context)
        }
    }
}

/// The trace context sent events get: the current OpenTelemetry span's.
#[cfg(feature = "opentelemetry")]
pub(crate) fn outgoing() -> Option<TraceContext> {
    TraceContext::current()
}

/// The trace context sent events get: none without the `opentelemetry` feature.
#[cfg(not(feature = "opentelemetry"))]
pub(crate) fn outgoing() -> Option<TraceContext> {
    None
}

/// An event to send, with the trace context added to its extensions when it has no
/// `traceparent` of its own.
pub(crate) struct Traced<'a, E: ?Sized> {
    event: &'a E,
    /// The context to add: `None` when there is none, or the event has its own.
    added: Option<&'a TraceContext>,
    /// Whether `tracestate` is added too (the event has none of its own).
    add_state: bool,
}

impl<'a, E: TypedEvent + ?Sized> Traced<'a, E> {
    pub(crate) fn new(event: &'a E, context: Option<&'a TraceContext>) -> Self {
        let (mut has_parent, mut has_state) = (false, false);
        if context.is_some() {
            event.visit_extensions(&mut |name, _| {
                has_parent |= name == TRACEPARENT;
                has_state |= name == TRACESTATE;
            });
        }
        Traced {
            event,
            added: context.filter(|_| !has_parent),
            add_state: !has_state,
        }
    }
}

impl<E: TypedEvent + ?Sized> TypedEvent for Traced<'_, E> {
    const STATIC_ATTRIBUTES_CHECKED: bool = E::STATIC_ATTRIBUTES_CHECKED;
    const STATIC: StaticAttributes = E::STATIC;

    fn event_type(&self) -> &str {
        self.event.event_type()
    }

    fn id(&self) -> Option<Cow<'_, str>> {
        self.event.id()
    }

    fn source(&self) -> Cow<'_, str> {
        self.event.source()
    }

    fn subject(&self) -> Option<Cow<'_, str>> {
        self.event.subject()
    }

    fn time(&self) -> Option<Cow<'_, Timestamp>> {
        self.event.time()
    }

    fn datacontenttype(&self) -> Option<&str> {
        self.event.datacontenttype()
    }

    fn dataschema(&self) -> Option<&str> {
        self.event.dataschema()
    }

    fn dataversion(&self) -> Option<&str> {
        self.event.dataversion()
    }

    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, ExtensionRef<'_>)) {
        self.event.visit_extensions(visit);
        if let Some(context) = self.added {
            visit(TRACEPARENT, ExtensionRef::String(&context.traceparent));
            if let Some(state) = context.tracestate.as_deref().filter(|_| self.add_state) {
                visit(TRACESTATE, ExtensionRef::String(state));
            }
        }
    }

    fn data_kind(&self) -> DataKind<'_> {
        self.event.data_kind()
    }

    fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.event.serialize_data(serializer)
    }
}

/// A received event decoded as `T`, with its trace context read in the same pass.
pub(crate) struct WithTrace<T> {
    pub(crate) event: T,
    pub(crate) trace: Option<TraceContext>,
}

impl<'de, T: FromEvent<'de>> FromEvent<'de> for WithTrace<T> {
    fn accepts_type(event_type: &str) -> bool {
        T::accepts_type(event_type)
    }

    fn expected_types() -> &'static [&'static str] {
        T::expected_types()
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        Ok(WithTrace {
            trace: TraceContext::of(&event),
            event: T::from_event(event)?,
        })
    }

    fn from_event_reported(
        event: EventView<'de>,
        tolerated: &mut Vec<Tolerated>,
    ) -> Result<Self, DecodeError> {
        Ok(WithTrace {
            trace: TraceContext::of(&event),
            event: T::from_event_reported(event, tolerated)?,
        })
    }

    fn has_data_fast_path(event_type: &str) -> bool {
        T::has_data_fast_path(event_type)
    }

    fn deserialize_data<D: serde::Deserializer<'de>>(
        event_type: &str,
        data: D,
    ) -> Result<Self, D::Error> {
        T::deserialize_data(event_type, data).map(|event| WithTrace { event, trace: None })
    }

    fn complete(self, event: EventView<'de>) -> Result<Self, DecodeError> {
        Ok(WithTrace {
            trace: TraceContext::of(&event),
            event: self.event.complete(event)?,
        })
    }
}
