"""Interop peer: the Python `azure-eventgrid` SDK, driven by JSON on stdin/stdout.

Run as `.venv/bin/python peer.py <command>` from this directory (see setup.sh). Commands:

* `parse-cloudevents`: stdin is a structured CloudEvent or a CloudEvents batch (JSON text).
  Every event goes through `azure.core.messaging.CloudEvent.from_json` (a single object) or
  `CloudEvent.from_dict` (each batch member), the SDK's own consumer path. Prints a JSON
  array of what the SDK parsed (see `describe_cloud_event`).
* `parse-eventgrid`: stdin is an Event Grid schema array. Every member goes through
  `azure.eventgrid.EventGridEvent.from_dict`. Prints a JSON array (see `describe_eg_event`).
* `publish-cloudevents` / `publish-eventgrid`: stdin is `{"tier": "basic"|"namespace",
  "events": [spec, ...]}`. Builds `CloudEvent(...)` / `EventGridEvent(...)` objects and calls
  `EventGridPublisherClient.send` with an HTTP transport that records the request instead of
  sending it (nothing leaves the machine). Prints `{"method", "url", "content_type", "body"}`
  where `body` is the exact request body text the SDK produced.

Event specs (publish input): `{"id", "source", "type", "subject", "time", "datacontenttype",
"dataschema", "extensions": {...}, "data": {"json": v} | {"text": s} | {"bytes": [u8, ...]}}`
for CloudEvents; `{"id", "subject", "event_type", "event_time", "data", "data_version", "topic"}`
for Event Grid events. `time`/`event_time` are RFC 3339 strings turned into `datetime`s (what
the SDK's constructors take) by `datetime.fromisoformat`, which keeps 6 fractional digits:
Python's `datetime` has microsecond precision, so a 7th digit cannot be sent.
Binary data is printed and read as `{"bytes": [...]}`.
"""

import datetime
import json
import sys

from azure.core.credentials import AzureKeyCredential
from azure.core.messaging import CloudEvent
from azure.core.pipeline.transport import HttpTransport
from azure.eventgrid import EventGridEvent, EventGridPublisherClient
from azure.eventgrid._legacy import EventGridPublisherClient as BasicPublisherClient


def iso(value):
    """A datetime as Python prints it (microsecond precision), or the value unchanged."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def describe_data(data):
    if data is None:
        return None
    if isinstance(data, (bytes, bytearray)):
        return {"bytes": list(bytes(data))}
    if type(data).__name__ == "_Null":  # azure.core's NULL sentinel: `"data": null`.
        return {"json": None}
    return {"json": data}


def describe_cloud_event(event):
    return {
        "id": event.id,
        "source": event.source,
        "type": event.type,
        "specversion": getattr(event, "specversion", None),
        "time": iso(event.time),
        "subject": event.subject,
        "datacontenttype": event.datacontenttype,
        "dataschema": event.dataschema,
        "extensions": event.extensions or {},
        "data": describe_data(event.data),
    }


def describe_eg_event(event):
    return {
        "id": event.id,
        "topic": event.topic,
        "subject": event.subject,
        "event_type": event.event_type,
        "event_time": iso(event.event_time),
        "data": event.data,
        "data_version": event.data_version,
        "metadata_version": event.metadata_version,
    }


def parse_time(text):
    # Not azure-core's `_convert_to_isoformat` (what `CloudEvent.from_dict` uses): it reads only
    # the first digit of an offset's hours, so "+05:30" becomes +00:30 (see interop.rs).
    return None if text is None else datetime.datetime.fromisoformat(text)


def build_cloud_event(spec):
    data = spec.get("data")
    kwargs = {}
    if data is not None:
        if "json" in data:
            kwargs["data"] = data["json"]
        elif "text" in data:
            kwargs["data"] = data["text"]
        else:
            kwargs["data"] = bytes(data["bytes"])
    return CloudEvent(
        source=spec["source"],
        type=spec["type"],
        id=spec.get("id"),
        time=parse_time(spec.get("time")),
        subject=spec.get("subject"),
        datacontenttype=spec.get("datacontenttype"),
        dataschema=spec.get("dataschema"),
        extensions=spec.get("extensions"),
        **kwargs,
    )


def build_eg_event(spec):
    kwargs = {"id": spec["id"]}
    if spec.get("event_time") is not None:
        kwargs["event_time"] = parse_time(spec["event_time"])
    if spec.get("topic") is not None:
        kwargs["topic"] = spec["topic"]
    return EventGridEvent(spec["subject"], spec["event_type"], spec.get("data"), spec.get("data_version", ""), **kwargs)


class RecordingTransport(HttpTransport):
    """An azure-core transport that records each request and answers 200 without I/O."""

    def __init__(self):
        self.requests = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

    def open(self):
        pass

    def close(self):
        pass

    def send(self, request, **kwargs):
        from azure.core.pipeline.transport._base import HttpResponse as LegacyResponse

        self.requests.append(request)

        class Response(LegacyResponse):
            def body(self):
                return b"{}"

            def text(self, encoding=None):
                return "{}"

            def json(self):
                return {}

            def read(self):
                return b"{}"

        response = Response(request, None)
        response.status_code = 200
        response.headers = {"content-type": "application/json"}
        response.reason = "OK"
        return response


def publish(cloud_events):
    spec = json.load(sys.stdin)
    transport = RecordingTransport()
    endpoint = "https://topic.westus-1.eventgrid.azure.net/api/events"
    credential = AzureKeyCredential("a2V5")
    if spec.get("tier") == "namespace":
        client = EventGridPublisherClient(
            "https://ns.westus-1.eventgrid.azure.net", credential, namespace_topic="topic", transport=transport
        )
    else:
        # The public client builds the basic-tier client without forwarding `transport`;
        # install the same client with the recording transport, exactly as its constructor does.
        client = EventGridPublisherClient(endpoint, credential)
        client._client = BasicPublisherClient(endpoint, credential, transport=transport)
        client._publish = client._client.send
    build = build_cloud_event if cloud_events else build_eg_event
    client.send([build(e) for e in spec["events"]])
    (request,) = transport.requests
    body = request.body
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    return {
        "method": request.method,
        "url": request.url,
        "content_type": request.headers.get("Content-Type"),
        "body": body,
    }


def main():
    command = sys.argv[1]
    if command == "parse-cloudevents":
        text = sys.stdin.read()
        parsed = json.loads(text)
        if isinstance(parsed, list):
            events = [CloudEvent.from_dict(member) for member in parsed]
        else:
            events = [CloudEvent.from_json(text)]
        out = [describe_cloud_event(e) for e in events]
    elif command == "parse-eventgrid":
        out = [describe_eg_event(EventGridEvent.from_dict(member)) for member in json.load(sys.stdin)]
    elif command == "publish-cloudevents":
        out = publish(True)
    elif command == "publish-eventgrid":
        out = publish(False)
    else:
        raise SystemExit(f"unknown command {command!r}")
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
