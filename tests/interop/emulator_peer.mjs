// The npm peer of eventgrid-emulator/tests/interop.rs: drives a running emulator with
// @azure/eventgrid-namespaces and prints what the clients got back.
// stdin: {"url", "key", "topic", "subscription", "events": [..]}; stdout: one JSON object.

import {
  AzureKeyCredential,
  EventGridReceiverClient,
  EventGridSenderClient,
} from "@azure/eventgrid-namespaces";

const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
}));

function cloudEvent(spec) {
  const event = {
    type: spec.type,
    source: spec.source,
    id: spec.id,
    time: new Date(spec.time),
    subject: spec.subject,
    dataContentType: spec.datacontenttype,
    extensionAttributes: spec.extensions,
  };
  event.data = spec.data_base64 !== undefined ? Buffer.from(spec.data_base64, "base64") : spec.data;
  return event;
}

function received(result) {
  return result.details.map((item) => ({
    lock_token: item.brokerProperties.lockToken,
    delivery_count: item.brokerProperties.deliveryCount,
    event: {
      id: item.event.id,
      source: item.event.source,
      type: item.event.type,
      specversion: item.event.specVersion,
      subject: item.event.subject ?? null,
      time: item.event.time instanceof Date ? item.event.time.toISOString() : item.event.time ?? null,
      datacontenttype: item.event.dataContentType ?? null,
      data: item.event.data ?? null,
    },
  }));
}

function settled(result) {
  return {
    succeeded: result.succeededLockTokens,
    failed: result.failedLockTokens.map((f) => ({
      lock_token: f.lockToken,
      code: f.error?.code ?? null,
      message: f.error?.message ?? null,
    })),
  };
}

const key = new AzureKeyCredential(input.key);
const out = {};
const sender = new EventGridSenderClient(input.url, key, input.topic);
const events = input.events.map(cloudEvent);
await sender.sendEvents(events[0]);
await sender.sendEvents(events.slice(1));

const receiver = new EventGridReceiverClient(input.url, key, input.topic, input.subscription);
const first = await receiver.receiveEvents({ maxEvents: 10, maxWaitTime: 10 });
out.first = received(first);
const tokens = first.details.map((item) => item.brokerProperties.lockToken);
out.renew = settled(await receiver.renewEventLocks([tokens[0]]));
out.release = settled(await receiver.releaseEvents([tokens[1]], { releaseDelay: 0 }));
const second = await receiver.receiveEvents({ maxEvents: 10, maxWaitTime: 10 });
out.second = received(second);
out.reject = settled(await receiver.rejectEvents([tokens[2]]));
out.release_delayed = settled(await receiver.releaseEvents([tokens[3]], { releaseDelay: 10 }));
out.acknowledge = settled(await receiver.acknowledgeEvents([
  tokens[0],
  second.details[0].brokerProperties.lockToken,
  "not-a-lock-token",
]));
try {
  await new EventGridSenderClient(input.url, new AzureKeyCredential("d3Jvbmcta2V5"), input.topic)
    .sendEvents(events[0]);
  out.wrong_key = null;
} catch (error) {
  out.wrong_key = { status: error.statusCode, code: error.code };
}
process.stdout.write(JSON.stringify(out));
