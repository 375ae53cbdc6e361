// Interop peer: the npm `@azure/eventgrid` SDK, driven by JSON on stdin/stdout.
//
// Run as `node peer.mjs <command>` from this directory after `npm ci` (see setup.sh).
// Commands (the same as peer.py):
//
// * `parse-cloudevents`: stdin is a structured CloudEvent or a CloudEvents batch (JSON text),
//   passed as is to `new EventGridDeserializer().deserializeCloudEvents(text)`. Prints a JSON
//   array of what the SDK parsed (see `describeCloudEvent`).
// * `parse-eventgrid`: stdin is an Event Grid schema array, passed to
//   `deserializeEventGridEvents(text)`. Prints a JSON array (see `describeEventGridEvent`).
// * `publish-cloudevents` / `publish-eventgrid`: stdin is `{"events": [spec, ...]}`. Calls
//   `EventGridPublisherClient.send` (input schema "CloudEvent" / "EventGrid") with an
//   `httpClient` that records the request and answers 200 instead of sending it (nothing
//   leaves the machine); the whole pipeline runs, the tracing enricher policy included.
//   Prints `{"method", "url", "content_type", "body"}` with the exact request body text.
//
// Event specs: `{"id", "source", "type", "subject", "time", "datacontenttype", "dataschema",
// "extensions": {...}, "data": {"json": v} | {"text": s} | {"bytes": [u8, ...]}}` for CloudEvents;
// `{"id", "subject", "event_type", "event_time", "data", "data_version", "topic"}` for Event
// Grid events. Times become `Date`s, which is what the SDK's send types take: a JS `Date` has
// millisecond precision, so the SDK cannot send more than 3 fractional digits. Binary data is
// printed and read as `{"bytes": [...]}`.

import { AzureKeyCredential, EventGridDeserializer, EventGridPublisherClient } from "@azure/eventgrid";
import { createHttpHeaders } from "@azure/core-rest-pipeline";

function describeData(data) {
  if (data === undefined) return null;
  if (data instanceof Uint8Array) return { bytes: Array.from(data) };
  return { json: data };
}

function iso(date) {
  return date instanceof Date ? date.toISOString() : (date ?? null);
}

function describeCloudEvent(e) {
  return {
    id: e.id,
    source: e.source,
    type: e.type,
    specversion: e.specversion,
    time: iso(e.time),
    subject: e.subject ?? null,
    datacontenttype: e.datacontenttype ?? null,
    dataschema: e.dataschema ?? null,
    extensions: e.extensionAttributes ?? {},
    data: describeData(e.data),
  };
}

function describeEventGridEvent(e) {
  return {
    id: e.id,
    topic: e.topic ?? null,
    subject: e.subject,
    event_type: e.eventType,
    event_time: iso(e.eventTime),
    data: e.data ?? null,
    data_version: e.dataVersion ?? null,
    metadata_version: e.metadataVersion ?? null,
  };
}

function buildCloudEvent(spec) {
  const event = { id: spec.id, source: spec.source, type: spec.type };
  if (spec.time != null) event.time = new Date(spec.time);
  if (spec.subject != null) event.subject = spec.subject;
  if (spec.datacontenttype != null) event.datacontenttype = spec.datacontenttype;
  if (spec.dataschema != null) event.dataschema = spec.dataschema;
  if (spec.extensions != null) event.extensionAttributes = spec.extensions;
  const data = spec.data;
  if (data != null) {
    if ("json" in data) event.data = data.json;
    else if ("text" in data) event.data = data.text;
    else event.data = Uint8Array.from(data.bytes);
  }
  return event;
}

function buildEventGridEvent(spec) {
  const event = {
    id: spec.id,
    subject: spec.subject,
    eventType: spec.event_type,
    data: spec.data,
    dataVersion: spec.data_version ?? "",
  };
  if (spec.event_time != null) event.eventTime = new Date(spec.event_time);
  if (spec.topic != null) event.topic = spec.topic;
  return event;
}

async function publish(schema, build) {
  const spec = JSON.parse(await readStdin());
  const requests = [];
  const httpClient = {
    async sendRequest(request) {
      requests.push(request);
      return { status: 200, headers: createHttpHeaders(), request, bodyAsText: "" };
    },
  };
  const client = new EventGridPublisherClient(
    "https://topic.westus-1.eventgrid.azure.net/api/events",
    schema,
    new AzureKeyCredential("a2V5"),
    { httpClient, retryOptions: { maxRetries: 0 } },
  );
  await client.send(spec.events.map(build));
  if (requests.length !== 1) throw new Error(`expected one request, saw ${requests.length}`);
  const [request] = requests;
  return {
    method: request.method,
    url: request.url,
    content_type: request.headers.get("content-type") ?? null,
    body: request.body,
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const deserializer = new EventGridDeserializer();
const commands = {
  "parse-cloudevents": async () =>
    (await deserializer.deserializeCloudEvents(await readStdin())).map(describeCloudEvent),
  "parse-eventgrid": async () =>
    (await deserializer.deserializeEventGridEvents(await readStdin())).map(describeEventGridEvent),
  "publish-cloudevents": () => publish("CloudEvent", buildCloudEvent),
  "publish-eventgrid": () => publish("EventGrid", buildEventGridEvent),
};

const command = commands[process.argv[2]];
if (!command) {
  console.error(`unknown command ${process.argv[2]}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(await command()));
