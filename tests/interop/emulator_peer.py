"""The Python peer of eventgrid-emulator/tests/interop.rs: drives a running emulator with the
official azure-eventgrid clients and prints what they got back.

stdin: {"url", "key", "topic", "subscription", "events": [..], "basic": {"eg_url", "ce_url",
"eg_events": [..], "ce_events": [..]}}; stdout: one JSON object (see `main`).
"""

import base64
import datetime
import json
import sys

from azure.core.credentials import AzureKeyCredential, AzureSasCredential
from azure.core.exceptions import HttpResponseError
from azure.core.messaging import CloudEvent
from azure.eventgrid import (
    EventGridConsumerClient,
    EventGridEvent,
    EventGridPublisherClient,
    generate_sas,
)


def cloud_event(spec):
    data = spec.get("data")
    if "data_base64" in spec:
        data = base64.b64decode(spec["data_base64"])
    return CloudEvent(
        source=spec["source"],
        type=spec["type"],
        id=spec["id"],
        time=datetime.datetime.fromisoformat(spec["time"].replace("Z", "+00:00")),
        subject=spec.get("subject"),
        datacontenttype=spec.get("datacontenttype"),
        data=data,
        extensions=spec.get("extensions"),
    )


def event_grid_event(spec):
    return EventGridEvent(
        subject=spec["subject"],
        event_type=spec["eventType"],
        data=spec["data"],
        data_version=spec["dataVersion"],
        id=spec["id"],
        event_time=datetime.datetime.fromisoformat(spec["eventTime"].replace("Z", "+00:00")),
    )


def received(details):
    out = []
    for item in details:
        event = item.event
        data = event.data
        out.append(
            {
                "lock_token": item.broker_properties.lock_token,
                "delivery_count": item.broker_properties.delivery_count,
                "event": {
                    "id": event.id,
                    "source": event.source,
                    "type": event.type,
                    "specversion": event.specversion,
                    "subject": event.subject,
                    "time": event.time.isoformat() if event.time else None,
                    "datacontenttype": event.datacontenttype,
                    "data": base64.b64encode(data).decode() if isinstance(data, bytes) else data,
                    "data_is_bytes": isinstance(data, bytes),
                    "extensions": event.extensions,
                },
            }
        )
    return out


def settled(result):
    def field(error, name):
        return getattr(error, name, None) or (error.get(name) if hasattr(error, "get") else None)

    return {
        "succeeded": list(result.succeeded_lock_tokens),
        "failed": [
            {"lock_token": f.lock_token, "code": field(f.error, "code"), "message": field(f.error, "message")}
            for f in result.failed_lock_tokens
        ],
    }


def failure(call):
    try:
        call()
    except HttpResponseError as error:
        return {"status": error.status_code, "code": error.error.code if error.error else None}
    return None


def main():
    spec = json.load(sys.stdin)
    url, key = spec["url"], AzureKeyCredential(spec["key"])
    topic, subscription = spec["topic"], spec["subscription"]
    out = {}

    publisher = EventGridPublisherClient(url, key, namespace_topic=topic)
    events = [cloud_event(e) for e in spec["events"]]
    publisher.send(events[0])
    publisher.send(events[1:])

    consumer = EventGridConsumerClient(url, key, namespace_topic=topic, subscription=subscription)
    first = consumer.receive(max_events=10, max_wait_time=10)
    out["first"] = received(first)
    tokens = [item.broker_properties.lock_token for item in first]
    out["renew"] = settled(consumer.renew_locks(lock_tokens=[tokens[0]]))
    out["release"] = settled(consumer.release(lock_tokens=[tokens[1]], release_delay=0))
    second = consumer.receive(max_events=10, max_wait_time=10)
    out["second"] = received(second)
    out["reject"] = settled(consumer.reject(lock_tokens=[tokens[2]]))
    out["release_delayed"] = settled(consumer.release(lock_tokens=[tokens[3]], release_delay=10))
    out["acknowledge"] = settled(
        consumer.acknowledge(
            lock_tokens=[tokens[0], second[0].broker_properties.lock_token, "not-a-lock-token"]
        )
    )
    wrong = EventGridPublisherClient(url, AzureKeyCredential("d3Jvbmcta2V5"), namespace_topic=topic)
    out["wrong_key"] = failure(lambda: wrong.send(events[0]))

    basic = spec["basic"]
    eg_events = [event_grid_event(e) for e in basic["eg_events"]]
    EventGridPublisherClient(basic["eg_url"], key).send(eg_events[0])
    expiry = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    sas = generate_sas(basic["eg_url"], spec["key"], expiry)
    EventGridPublisherClient(basic["eg_url"], AzureSasCredential(sas)).send(eg_events[1:])
    EventGridPublisherClient(basic["ce_url"], key).send([cloud_event(e) for e in basic["ce_events"]])
    forged = generate_sas(basic["eg_url"], "d3Jvbmcta2V5", expiry)
    out["forged_sas"] = failure(
        lambda: EventGridPublisherClient(basic["eg_url"], AzureSasCredential(forged)).send(eg_events[0])
    )
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
