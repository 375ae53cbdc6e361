//! [`ReceiverClient::process`]: hands each received event to an async handler with bounded
//! concurrency, renews its lock while the handler runs, settles it by the handler's
//! [`Outcome`], and shuts down without dropping a lock.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use eventgrid_types::DecodeError;
use eventgrid_types::typed::FromEvent;
use futures::FutureExt;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tracing::Instrument;

use crate::error::Result;
use crate::receiver::{ReceivedEvent, ReceiverClient};
use crate::trace::TraceContext;
use crate::wire::{MAX_EVENTS_PER_RECEIVE, ReleaseDelay};

/// How the processor settles an event once its handler is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// Done: delete it.
    Acknowledge,
    /// Not now: deliver it again after the delay.
    Release(ReleaseDelay),
    /// Never: dead-letter it.
    Reject,
}

/// One event handed to a handler.
#[derive(Debug)]
#[non_exhaustive]
pub struct Delivery<T> {
    /// The event, or why it did not decode as `T` (reject it, usually).
    pub event: Result<T, DecodeError>,
    /// How many times it has been delivered, this delivery included.
    pub delivery_count: u32,
    /// The producer's trace context, for the handler's span to link to
    /// (`TraceContext::link` with the `opentelemetry` feature).
    pub trace_context: Option<TraceContext>,
}

/// Options for [`ReceiverClient::process`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ProcessorOptions {
    /// The most handlers running at once (and events held under lock). Default 8.
    pub max_concurrency: usize,
    /// How long a receive waits for events (10 to 120 s). Default 10 s. Shutting down
    /// waits for a receive in flight, so this also bounds how long shutdown can take
    /// beyond the running handlers.
    pub max_wait: Duration,
    /// How often a running handler's lock is renewed. Default 20 s, a third of the
    /// shortest lock duration (60 s).
    pub lock_renewal_interval: Duration,
    /// How long a handler may run before it is cancelled and its event released. Default
    /// none.
    pub handler_timeout: Option<Duration>,
}

impl Default for ProcessorOptions {
    fn default() -> Self {
        ProcessorOptions {
            max_concurrency: 8,
            max_wait: Duration::from_secs(10),
            lock_renewal_interval: Duration::from_secs(20),
            handler_timeout: None,
        }
    }
}

/// What a processor did, counted once per event and settlement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProcessorReport {
    /// Events handed to the handler.
    pub handled: u64,
    /// Events acknowledged.
    pub acknowledged: u64,
    /// Events released (by the handler, or after a panic or timeout).
    pub released: u64,
    /// Events rejected.
    pub rejected: u64,
    /// Handlers that panicked (their events were released).
    pub panicked: u64,
    /// Handlers that timed out (their events were released).
    pub timed_out: u64,
    /// Lock renewals the service confirmed.
    pub lock_renewals: u64,
    /// Settlements or renewals that failed (the event is delivered again when its lock
    /// expires), and receives that failed.
    pub errors: u64,
}

#[derive(Debug, Default)]
struct Counters {
    handled: AtomicU64,
    acknowledged: AtomicU64,
    released: AtomicU64,
    rejected: AtomicU64,
    panicked: AtomicU64,
    timed_out: AtomicU64,
    lock_renewals: AtomicU64,
    errors: AtomicU64,
}

impl Counters {
    fn report(&self) -> ProcessorReport {
        let get = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        ProcessorReport {
            handled: get(&self.handled),
            acknowledged: get(&self.acknowledged),
            released: get(&self.released),
            rejected: get(&self.rejected),
            panicked: get(&self.panicked),
            timed_out: get(&self.timed_out),
            lock_renewals: get(&self.lock_renewals),
            errors: get(&self.errors),
        }
    }
}

fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

impl ReceiverClient {
    /// Receives and handles events until `shutdown` completes, then stops receiving, lets
    /// the running handlers finish and settles their events, and returns what it did.
    ///
    /// Each event is settled exactly once, by its handler's [`Outcome`]; a handler that
    /// panics or overruns `handler_timeout` has its event released at once, so it is
    /// delivered again (and dead-lettered after the subscription's maximum delivery count).
    /// Events a receive in flight returns after `shutdown` are released unhandled.
    ///
    /// ```no_run
    /// use eventgrid_client::{Delivery, Outcome, ProcessorOptions, ReceiverClient};
    /// use eventgrid_types::CloudEvent;
    ///
    /// # async fn run(receiver: ReceiverClient) {
    /// let report = receiver
    ///     .process(ProcessorOptions::default(), |delivery: Delivery<CloudEvent>| async move {
    ///         match delivery.event {
    ///             Ok(event) => { println!("{}", event.id()); Outcome::Acknowledge }
    ///             Err(_) => Outcome::Reject,
    ///         }
    ///     }, tokio::time::sleep(std::time::Duration::from_secs(3600)))
    ///     .await;
    /// println!("{report:?}");
    /// # }
    /// ```
    pub async fn process<T, F, Fut>(
        &self,
        options: ProcessorOptions,
        handler: F,
        shutdown: impl Future<Output = ()>,
    ) -> ProcessorReport
    where
        T: for<'a> FromEvent<'a> + Send + 'static,
        F: Fn(Delivery<T>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let counters = Arc::new(Counters::default());
        let permits = Arc::new(Semaphore::new(options.max_concurrency.max(1)));
        let mut running = JoinSet::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            while running.try_join_next().is_some() {}
            let first = tokio::select! {
                biased;
                () = &mut shutdown => break,
                permit = permits.clone().acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
            };
            let mut held = vec![first];
            let room = usize::try_from(MAX_EVENTS_PER_RECEIVE).unwrap_or(usize::MAX);
            while held.len() < room
                && let Ok(permit) = permits.clone().try_acquire_owned()
            {
                held.push(permit);
            }
            let max_events = u32::try_from(held.len()).unwrap_or(MAX_EVENTS_PER_RECEIVE);
            // A receive is never cancelled: the events it locks are either handled or
            // released.
            let received = self.receive::<T>(max_events, options.max_wait).await;
            let stopping = (&mut shutdown).now_or_never().is_some();
            let received = match received {
                Ok(received) => received,
                Err(error) => {
                    bump(&counters.errors);
                    tracing::warn!(%error, "the processor's receive failed; retrying in 1 s");
                    if stopping {
                        break;
                    }
                    tokio::select! {
                        () = &mut shutdown => break,
                        () = tokio::time::sleep(Duration::from_secs(1)) => continue,
                    }
                }
            };
            if stopping {
                let tokens: Vec<String> =
                    received.events.into_iter().map(|e| e.lock_token).collect();
                let count = tokens.len() as u64;
                match self.release(tokens, ReleaseDelay::Zero).await {
                    Ok(settled) => {
                        counters
                            .released
                            .fetch_add(settled.succeeded.len() as u64, Ordering::Relaxed);
                        counters
                            .errors
                            .fetch_add(settled.failed.len() as u64, Ordering::Relaxed);
                    }
                    Err(_) => {
                        counters.errors.fetch_add(count, Ordering::Relaxed);
                    }
                }
                break;
            }
            for (event, permit) in received.events.into_iter().zip(held) {
                let (client, handler, counters) = (self.clone(), handler.clone(), counters.clone());
                let options = options.clone();
                running.spawn(async move {
                    client
                        .handle_one(event, &*handler, &options, &counters)
                        .await;
                    drop(permit);
                });
            }
        }
        while running.join_next().await.is_some() {}
        counters.report()
    }

    /// Runs the handler on one event while renewing its lock, then settles it.
    async fn handle_one<T, F, Fut>(
        &self,
        received: ReceivedEvent<T>,
        handler: &F,
        options: &ProcessorOptions,
        counters: &Counters,
    ) where
        T: Send + 'static,
        F: Fn(Delivery<T>) -> Fut,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        bump(&counters.handled);
        let token = received.lock_token;
        let span =
            tracing::info_span!("eventgrid.handle", delivery_count = received.delivery_count);
        // The handler runs in its own task, so that a panic ends only that task.
        let mut task = tokio::spawn(
            handler(Delivery {
                event: received.event,
                delivery_count: received.delivery_count,
                trace_context: received.trace_context,
            })
            .instrument(span),
        );
        let interval = options.lock_renewal_interval.max(Duration::from_millis(10));
        let mut renew = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
        let deadline = async {
            match options.handler_timeout {
                Some(timeout) => tokio::time::sleep(timeout).await,
                None => std::future::pending().await,
            }
        };
        let mut deadline = std::pin::pin!(deadline);
        let outcome = loop {
            tokio::select! {
                // The task is aborted only below, so an error here is a panic.
                joined = &mut task => break if let Ok(outcome) = joined {
                    outcome
                } else {
                    bump(&counters.panicked);
                    Outcome::Release(ReleaseDelay::Zero)
                },
                _ = renew.tick() => match self.renew_locks([token.as_str()]).await {
                    Ok(settled) if settled.is_complete() => bump(&counters.lock_renewals),
                    _ => bump(&counters.errors),
                },
                () = &mut deadline => {
                    task.abort();
                    // Wait until the handler is gone before its event can be redelivered.
                    let _ = (&mut task).await;
                    bump(&counters.timed_out);
                    break Outcome::Release(ReleaseDelay::Zero);
                }
            }
        };
        let (settled, counter) = match outcome {
            Outcome::Acknowledge => (self.acknowledge([token]).await, &counters.acknowledged),
            Outcome::Release(delay) => (self.release([token], delay).await, &counters.released),
            Outcome::Reject => (self.reject([token]).await, &counters.rejected),
        };
        match settled {
            Ok(settled) if settled.is_complete() => bump(counter),
            Ok(settled) => {
                bump(&counters.errors);
                tracing::warn!(failed = ?settled.failed, "a settlement failed");
            }
            Err(error) => {
                bump(&counters.errors);
                tracing::warn!(%error, "a settlement failed");
            }
        }
    }
}
