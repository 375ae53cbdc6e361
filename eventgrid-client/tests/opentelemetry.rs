//! The `opentelemetry` feature, with an SDK tracer provider that keeps its spans in memory:
//! every CloudEvent sent without a `traceparent` carries the current span's trace context,
//! an event's own is kept, and the receiver's handler span links to the producer's span.
//!
//! `cargo test -p eventgrid-client --features opentelemetry --test opentelemetry`

mod common;

use std::time::Duration;

use common::{WAIT, emulator, receiver, sender};
use eventgrid_client::{Delivery, Outcome, ProcessorOptions, TraceContext};
use eventgrid_types::{CloudEvent, ExtensionValue};
use opentelemetry::context::FutureExt as _;
use opentelemetry::trace::{
    Span as _, SpanContext, SpanId, TraceContextExt as _, TraceFlags, TraceId, TraceState,
    Tracer as _, TracerProvider as _,
};
use opentelemetry::{Context, KeyValue};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracer, SdkTracerProvider};

/// A tracer provider whose finished spans `exporter` holds.
fn provider() -> (SdkTracerProvider, SdkTracer, InMemorySpanExporter) {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter.clone())
        .build();
    let tracer = provider.tracer("eventgrid-client-test");
    (provider, tracer, exporter)
}

/// A producer span under a remote parent that carries a `tracestate`.
fn producer_span(tracer: &SdkTracer) -> Context {
    let parent = SpanContext::new(
        TraceId::from(0x4bf9_2f35_77b3_4da6_a3ce_929d_0e0e_4736),
        SpanId::from(0x00f0_67aa_0ba9_02b7),
        TraceFlags::SAMPLED,
        true,
        TraceState::from_key_value([("contoso", "t61rcWkgMzE")]).unwrap(),
    );
    let parent = Context::new().with_remote_span_context(parent);
    Context::current_with_span(tracer.start_with_context("publish orders", &parent))
}

fn event(n: u32) -> CloudEvent {
    CloudEvent::builder("com.example.traced", "/traced")
        .id(format!("e-{n}"))
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_send_carries_the_current_span_and_receive_links_back_to_it() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    let (provider, tracer, exporter) = provider();
    let producing = producer_span(&tracer);
    let producer = producing.span().span_context().clone();

    async {
        sender.send(&event(1)).await.unwrap();
        sender.send_batch(&[event(2), event(3)]).await.unwrap();
        sender.send_binary(&event(4)).await.unwrap();
        let report = sender.send_all(&[event(5)]).await.unwrap();
        assert!(report.is_complete());
    }
    .with_context(producing.clone())
    .await;
    producing.span().end();

    let expected_parent = format!("00-{}-{}-01", producer.trace_id(), producer.span_id());
    let received = consumer.receive::<CloudEvent>(10, WAIT).await.unwrap();
    assert_eq!(received.len(), 5);
    let mut tokens = Vec::new();
    for item in received {
        let event = item.event.unwrap();
        let trace = item
            .trace_context
            .expect("every event carries the producer's context");
        assert_eq!(trace.traceparent, expected_parent, "{}", event.id());
        assert_eq!(trace.tracestate.as_deref(), Some("contoso=t61rcWkgMzE"));
        // The extension is on the event itself too.
        assert_eq!(
            event.extension("traceparent"),
            Some(&ExtensionValue::String(expected_parent.as_str().into()))
        );

        let span_context = trace.span_context().unwrap();
        assert_eq!(span_context.trace_id(), producer.trace_id());
        assert_eq!(span_context.span_id(), producer.span_id());
        assert!(span_context.is_remote() && span_context.is_sampled());
        let link = trace.link().unwrap();
        tracer
            .span_builder("handle order")
            .with_links(vec![link])
            .with_attributes([KeyValue::new("event.id", event.id().to_owned())])
            .start(&tracer)
            .end();
        tokens.push(item.lock_token);
    }
    consumer.acknowledge(tokens).await.unwrap();

    provider.force_flush().unwrap();
    let spans = exporter.get_finished_spans().unwrap();
    let handlers: Vec<_> = spans.iter().filter(|s| s.name == "handle order").collect();
    assert_eq!(handlers.len(), 5);
    for handler in handlers {
        assert_eq!(handler.links.links.len(), 1);
        let linked = &handler.links.links[0].span_context;
        assert_eq!(linked.trace_id(), producer.trace_id());
        assert_eq!(linked.span_id(), producer.span_id());
        // A link, not a parent: the handler's span starts its own trace.
        assert_ne!(handler.span_context.trace_id(), producer.trace_id());
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn an_event_keeps_its_own_trace_context_and_without_a_span_none_is_added() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    let (_provider, tracer, _exporter) = provider();
    let own = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";
    let upstream = CloudEvent::builder("com.example.traced", "/traced")
        .id("upstream")
        .extension("traceparent", ExtensionValue::from(own))
        .build()
        .unwrap();
    let producing = producer_span(&tracer);
    sender
        .send(&upstream)
        .with_context(producing.clone())
        .await
        .unwrap();
    // No span is current here.
    sender.send(&event(9)).await.unwrap();

    let received = consumer.receive::<CloudEvent>(10, WAIT).await.unwrap();
    assert_eq!(received.len(), 2);
    for item in received {
        let event = item.event.unwrap();
        if event.id() == "upstream" {
            let trace = item.trace_context.unwrap();
            assert_eq!(trace.traceparent, own);
            // The span's tracestate belongs to another trace and is not added.
            assert_eq!(trace.tracestate, None);
            assert!(!trace.span_context().unwrap().is_sampled());
        } else {
            assert_eq!(item.trace_context, None);
            assert_eq!(event.extension("traceparent"), None);
        }
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn the_processor_hands_each_handler_the_producers_context() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    let (_provider, tracer, _exporter) = provider();
    let producing = producer_span(&tracer);
    let trace_id = producing.span().span_context().trace_id();
    sender
        .send_batch(&[event(1), event(2)])
        .with_context(producing)
        .await
        .unwrap();

    let (seen, mut seen_rx) = tokio::sync::mpsc::unbounded_channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let processing = tokio::spawn(async move {
        consumer
            .process(
                ProcessorOptions::default(),
                move |delivery: Delivery<CloudEvent>| {
                    let seen = seen.clone();
                    async move {
                        let linked = delivery
                            .trace_context
                            .as_ref()
                            .and_then(TraceContext::span_context)
                            .map(|context| context.trace_id());
                        seen.send(linked).unwrap();
                        Outcome::Acknowledge
                    }
                },
                async move {
                    let _ = stopped.await;
                },
            )
            .await
    });
    for _ in 0..2 {
        let linked = tokio::time::timeout(Duration::from_secs(30), seen_rx.recv())
            .await
            .expect("the handler runs")
            .unwrap();
        assert_eq!(linked, Some(trace_id));
    }
    stop.send(()).unwrap();
    let report = processing.await.unwrap();
    assert_eq!(report.acknowledged, 2);
    emulator.shutdown().await;
}

#[test]
fn only_w3c_trace_context_becomes_a_span_context() {
    let parse = |traceparent: &str| TraceContext::new(traceparent, None).span_context();
    let good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    assert!(parse(good).is_some());
    let with_state = TraceContext::new(good, Some("contoso=t61rcWkgMzE".to_owned()));
    let state = with_state.span_context().unwrap().trace_state().header();
    assert_eq!(state, "contoso=t61rcWkgMzE");
    // A later version may append fields; version 00 may not.
    assert!(parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra").is_some());
    for bad in [
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "00-+bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
        "",
    ] {
        assert!(parse(bad).is_none(), "{bad}");
    }
}
