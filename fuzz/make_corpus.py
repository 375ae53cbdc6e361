#!/usr/bin/env python3
"""Builds fuzz/corpus/<target>/ from the test fixtures (run from anywhere; idempotent).

Sources: tests/data/*.json (batches, the Event Grid delivery), the bodies and headers of the
vectors in tests/data/vectors.json, and the Event Grid and CloudEvents samples of every
publisher in system-events/tests/data/*.json. Files are named by content hash, so rerunning
adds nothing twice.
"""
import hashlib
import json
import pathlib
import sys

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"
TARGETS = [
    "structured", "batch", "binary", "event_grid", "system_event", "percent", "scanner",
    "namespace", "webhook", "timestamp",
]
# The scanner target reads every JSON input: batches, single events and Event Grid arrays.
SCANNER_SOURCES = {"structured", "batch", "event_grid"}


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    for name in [target, "scanner"] if target in SCANNER_SOURCES else [target]:
        folder = CORPUS / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def dump(value):
    return json.dumps(value, ensure_ascii=False)


def binary_message(headers, body):
    lines = [f"{name}: {value}" for name, value in headers.items()]
    return "\n".join(lines).encode() + b"\n\n" + body.encode()


LIMIT = 1024 * 1024


def repeat_into(head, item, separator, tail, limit=LIMIT):
    """head + item(0) + separator + item(1) ... + tail, as many items as fit in `limit` bytes."""
    parts, size, index = [head], len(head) + len(tail), 0
    while True:
        piece = (separator if index else "") + item(index)
        if size + len(piece) > limit:
            break
        parts.append(piece)
        size += len(piece)
        index += 1
    parts.append(tail)
    return "".join(parts)


def put_large_seeds():
    """One seed per cost class of issue #18, each just under 1 MiB, for the `-max_len=1048576`
    runs: libFuzzer grows inputs slowly, so without them a short run never gets near the limit."""
    head = '{"specversion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated",'
    many_extensions = repeat_into(head, lambda i: f'"e{i}":"v"', ",", "}")
    many_members = repeat_into(head + '"data":{', lambda i: f'"m{i}":1', ",", "}}")
    deep = head + '"data":' + "[" * 400_000 + "]" * 400_000 + "}"
    long_string = head + '"data":"' + "a" * (LIMIT - len(head) - 20) + '"}'
    tiny = '{"specversion":"1.0","id":"1","source":"/s","type":"t"}'
    many_events = repeat_into("[", lambda i: tiny, ",", "]")
    for text in (many_extensions, many_members, deep, long_string):
        put("structured", text)
        put("batch", "[" + text + "]")
    put("batch", many_events)
    eg_tiny = ('{"id":"1","topic":"/t","subject":"s","eventType":"t",'
               '"eventTime":"2018-01-25T22:12:19Z","dataVersion":"1","data":{}}')
    put("event_grid", repeat_into("[", lambda i: eg_tiny, ",", "]"))
    put("event_grid", repeat_into('[{"id":"1","topic":"/t","subject":"s","eventType":"t",'
                                  '"eventTime":"2018-01-25T22:12:19Z","dataVersion":"1",'
                                  '"data":{', lambda i: f'"m{i}":1', ",", "}}]"))
    put("system_event", repeat_into("Microsoft.Storage.BlobCreated\n{",
                                    lambda i: f'"m{i}":1', ",", "}"))
    put("system_event", "Microsoft.Storage.BlobCreated\n" + "[" * 500_000 + "]" * 500_000)
    binary_head = "ce-specversion: 1.0\nce-id: 1\nce-source: /s\nce-type: t\n"
    put("binary", repeat_into(binary_head, lambda i: f"ce-e{i}: v", "\n",
                              "\ncontent-type: application/json\n\n{}"))
    put("binary", binary_head + "ce-subject: " + "%0" * 300_000 + "\n\n{}")
    put("percent", "%41" * (LIMIT // 3))
    put("timestamp", "2018-04-05T17:31:00." + "1" * (LIMIT - 30) + "Z")
    put("namespace", repeat_into('{"value":[', lambda i: "1", ",", "]}"))
    item = ('{"brokerProperties":{"lockToken":"t","deliveryCount":1},"event":'
            + repeat_into(head, lambda i: f'"e{i}":"v"', ",", "}", limit=10_000) + "}")
    put("namespace", '{"value":[' + ",".join([item] * 100) + "]}")
    put("webhook", "POST\n\n" + repeat_into('{"specversion":"1.0","id":"1","source":"/s",'
                                              '"type":"Microsoft.EventGrid.SubscriptionValidationEvent",'
                                              '"data":{"validationCode":"', lambda i: "a", "",
                                              '"}}', limit=LIMIT - 6))
    put("webhook", repeat_into("POST\n" + binary_head, lambda i: f"ce-e{i}: v", "\n", "\n\n{}"))


def main():
    for target in TARGETS:
        (CORPUS / target).mkdir(parents=True, exist_ok=True)
    # Committed hand-written seeds, if any.
    for seed_dir in (FUZZ / "seeds").glob("*"):
        for seed in seed_dir.iterdir():
            put(seed_dir.name, seed.read_bytes())

    for path in sorted((ROOT / "tests" / "data").glob("*.json")):
        text = path.read_bytes()
        value = json.loads(text)
        if path.name == "vectors.json":
            for vector in value:
                body = vector.get("body") or ""
                headers = vector.get("headers") or {}
                if vector["mode"] == "binary":
                    put("binary", binary_message(headers, body))
                    for header_value in headers.values():
                        put("percent", header_value)
                elif vector["mode"] == "batch":
                    put("batch", body)
                else:
                    put("structured", body)
                    put("batch", "[" + body + "]")
            continue
        if "eventgrid" in path.name:
            put("event_grid", text)
        else:
            put("batch", text)
            for event in value:
                put("structured", dump(event))

    for path in sorted((ROOT / "system-events" / "tests" / "data").glob("*.json")):
        samples = json.loads(path.read_text())
        eg = samples.get("eventgrid", [])
        ce = samples.get("cloudevents", [])
        if eg:
            put("event_grid", dump(eg))
        if ce:
            put("batch", dump(ce))
        for event in eg + ce:
            kind = event.get("eventType") or event.get("type")
            data = event.get("data")
            if kind and data is not None:
                put("system_event", kind + "\n" + dump(data))
            if "specversion" in event:
                put("structured", dump(event))
                put("namespace", dump({"value": [{
                    "brokerProperties": {"lockToken": "token-1", "deliveryCount": 1},
                    "event": event,
                }]}))
                # The same event in binary mode, as a peer would send it.
                headers = {
                    f"ce-{k}": v
                    for k, v in event.items()
                    if k not in ("data", "data_base64", "datacontenttype")
                    and isinstance(v, str)
                }
                headers["content-type"] = event.get("datacontenttype", "application/json")
                put("binary", binary_message(headers, dump(data) if data is not None else ""))
            for value in (event.get("subject"), event.get("source"), event.get("topic"),
                          event.get("time"), event.get("eventTime")):
                if isinstance(value, str):
                    put("percent", value)
            for value in (event.get("time"), event.get("eventTime")):
                if isinstance(value, str):
                    put("timestamp", value)

    for text in ["2018-04-05T17:31:00Z", "2018-04-05T17:31:00.1234567+05:30",
                 "2018-04-05 17:31:00.123456789-0800", "2016-12-31T23:59:60Z",
                 "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00Z",
                 "-0001-01-01T00:00:00+23:59", "2018-04-05T17:31:00"]:
        put("timestamp", text)

    # Settlement results, and the handshakes of both kinds in every mode.
    put("namespace", dump({"failedLockTokens": [{"lockToken": "t2", "error": {
        "code": "BadRequest", "message": "Token has expired."}}], "succeededLockTokens": ["t1"]}))
    put("namespace", dump({"error": {"code": "Unauthorized", "message": "no"}}))
    validation = {"validationCode": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6",
                  "validationUrl": "https://rp-eastus2.eventgrid.azure.net:553/x"}
    kind = "Microsoft.EventGrid.SubscriptionValidationEvent"
    put("webhook", b"POST\naeg-event-type: SubscriptionValidation\n\n" + dump([{
        "id": "1", "topic": "/t", "subject": "", "data": validation, "eventType": kind,
        "eventTime": "2018-01-25T22:12:19.4556811Z", "dataVersion": "1"}]).encode())
    put("webhook", b"POST\n\n" + dump({"specversion": "1.0", "id": "1", "source": "/s",
                                        "type": kind, "data": validation}).encode())
    put("webhook", ("POST\nce-specversion: 1.0\nce-id: 1\nce-source: /s\nce-type: " + kind
                    + "\ncontent-type: application/json\n\n" + dump(validation)).encode())
    put("webhook", b"OPTIONS\nWebHook-Request-Origin: eventgrid.azure.net\n"
        b"WebHook-Request-Callback: https://x\nWebHook-Request-Rate: 120\n\n")

    if "--large" in sys.argv[1:]:
        put_large_seeds()

    for target in TARGETS:
        count = len(list((CORPUS / target).iterdir()))
        print(f"{target}: {count} seeds")


if __name__ == "__main__":
    main()
