//! [`SenderClient::send_all`]: any number of events in as few requests as the service's
//! limits (1 MiB and 1,000 events per request) allow, in order, with a result per request.

use std::ops::Range;

use eventgrid_types::TypedEvent;

use crate::error::{Error, ErrorKind, Operation, Result};
use crate::pipeline::Outgoing;
use crate::sender::SenderClient;
use crate::trace;
use crate::wire::{self, MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES};

/// What one request of a [`send_all`](SenderClient::send_all) carried and how it went.
#[derive(Debug)]
#[non_exhaustive]
pub struct ChunkResult {
    /// The positions of its events in what was given.
    pub events: Range<usize>,
    /// The encoded size of its body.
    pub bytes: usize,
    /// Whether the service accepted them (all or none).
    pub result: Result<()>,
}

/// The outcome of a [`send_all`](SenderClient::send_all): one result per request, in order.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct SendAllReport {
    /// The requests made.
    pub chunks: Vec<ChunkResult>,
}

impl SendAllReport {
    /// How many events the service accepted.
    pub fn accepted(&self) -> usize {
        self.chunks
            .iter()
            .filter(|chunk| chunk.result.is_ok())
            .map(|chunk| chunk.events.len())
            .sum()
    }

    /// Whether every request succeeded.
    pub fn is_complete(&self) -> bool {
        self.chunks.iter().all(|chunk| chunk.result.is_ok())
    }

    /// The positions of the events that were not accepted.
    pub fn rejected(&self) -> impl Iterator<Item = usize> + '_ {
        self.chunks
            .iter()
            .filter(|chunk| chunk.result.is_err())
            .flat_map(|chunk| chunk.events.clone())
    }
}

/// Splits encoded events into consecutive runs whose batch body (`[a,b,...]`) fits the
/// limits; greedy packing in order gives the fewest runs.
pub(crate) fn plan(sizes: &[usize], max_events: usize, max_bytes: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut bytes = 2; // the brackets
    for (index, &size) in sizes.iter().enumerate() {
        let added = size + usize::from(index > start); // a comma after the first
        if index > start && (index - start == max_events || bytes + added > max_bytes) {
            runs.push(start..index);
            start = index;
            bytes = 2 + size;
        } else {
            bytes += added;
        }
    }
    if start < sizes.len() {
        runs.push(start..sizes.len());
    }
    runs
}

impl SenderClient {
    /// Sends any number of events in as few requests as the limits allow (1 MiB and 1,000
    /// events each), in order. Every event is encoded and checked first: if one breaks a
    /// rule, nothing is sent. A failed request does not stop the next ones; the report says
    /// which events each request carried and whether it was accepted.
    ///
    /// An event too large to share a batch body with its brackets is sent alone in
    /// structured mode.
    pub async fn send_all<'a, E, I>(&self, events: I) -> Result<SendAllReport>
    where
        E: TypedEvent + ?Sized + 'a,
        I: IntoIterator<Item = &'a E>,
    {
        let trace = trace::outgoing();
        let encoded = events
            .into_iter()
            .enumerate()
            .map(|(index, event)| {
                wire::structured(event, trace.as_ref()).map_err(|source| {
                    Error::new(
                        Operation::SendBatch,
                        ErrorKind::InvalidEvent { index, source },
                    )
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let sizes: Vec<usize> = encoded.iter().map(Vec::len).collect();
        let mut report = SendAllReport::default();
        for run in plan(&sizes, MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES) {
            let (operation, outgoing) = if run.len() == 1
                && sizes[run.start] + 2 > MAX_REQUEST_BYTES
            {
                (
                    Operation::Send,
                    Outgoing::new(wire::CLOUD_EVENT, encoded[run.start].clone()),
                )
            } else {
                let mut body =
                    Vec::with_capacity(2 + run.len() + sizes[run.clone()].iter().sum::<usize>());
                body.push(b'[');
                for (position, index) in run.clone().enumerate() {
                    if position > 0 {
                        body.push(b',');
                    }
                    body.extend_from_slice(&encoded[index]);
                }
                body.push(b']');
                (
                    Operation::SendBatch,
                    Outgoing::new(wire::CLOUD_EVENT_BATCH, body),
                )
            };
            let bytes = outgoing.body.len();
            let result = self.publish(operation, outgoing).await;
            report.chunks.push(ChunkResult {
                events: run,
                bytes,
                result,
            });
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::plan;

    #[test]
    fn runs_fill_up_to_either_limit_and_keep_order() {
        // By count: 2,500 one-byte events, 1,000 per request.
        assert_eq!(
            plan(&vec![1; 2500], 1000, 1 << 20),
            [0..1000, 1000..2000, 2000..2500]
        );
        // By bytes: "[" + 4 + "," + 4 + "]" = 11 fits 11; a third event does not.
        assert_eq!(plan(&[4, 4, 4], 1000, 11), [0..2, 2..3]);
        // An event over the limit on its own still gets its own run.
        assert_eq!(plan(&[3, 20, 3], 1000, 11), [0..1, 1..2, 2..3]);
        assert!(plan(&[], 1000, 11).is_empty());
    }
}
