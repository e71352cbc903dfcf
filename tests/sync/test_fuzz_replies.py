"""Fuzzing the parsing of portal replies: any status, headers and body give a result or a
documented sync error (``PortalError`` and its subclasses), never another exception.

The client is driven without a network: its session returns hypothesis-made
``requests.Response`` objects, so every code path from status check to model
parsing sees arbitrary input.
"""

from __future__ import annotations

import json
from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from requests.structures import CaseInsensitiveDict

from sync import PortalClient, PortalError, retry_after_seconds
from sync._wire import expect, json_object, offset_of, upload_state

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
_KEYS = [
    "official_code", "kiosk_application_id", "status", "due_at", "duplicate", "upload_id",
    "committed", "complete", "error", "reasons", "message", "message_en", "kiosk_id", "token",
    "public_key_pem", "procedures", "count", "code", "version", "definition",
    "supplement_note", "e_result_available", "agency_id",
]  # fmt: skip
# Bodies shaped like the API's, with wrong types and values in every field.
_shaped = st.dictionaries(st.sampled_from(_KEYS), _json, max_size=8)
_bodies = st.one_of(
    st.binary(max_size=200),
    _json.map(lambda v: json.dumps(v).encode()),
    _shaped.map(lambda v: json.dumps(v).encode()),
)
_headers = st.fixed_dictionaries(
    {},
    optional={
        "Content-Type": st.sampled_from(
            ["application/json", "text/html", "", "application/json; x"]
        ),
        "Retry-After": st.text(max_size=30),
        "Upload-Offset": st.text(max_size=12),
        "ETag": st.text(max_size=20),
    },
)
_status = st.sampled_from(
    [200, 201, 204, 304, 301, 400, 401, 403, 404, 409, 410, 413, 422, 429, 500, 503, 999]
)


def _response(status: int, headers: dict[str, str], body: bytes) -> requests.Response:
    resp = requests.Response()
    resp.status_code = status
    resp.headers = CaseInsensitiveDict(headers)
    resp._content = body
    resp.encoding = "utf-8"
    return resp


class _Session:
    def __init__(self, resp: requests.Response) -> None:
        self.resp = resp

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        return self.resp

    def close(self) -> None:
        pass


def _calls(client: PortalClient) -> list[Any]:
    return [
        lambda: client.enrol("CODE", device_id="dev"),
        lambda: client.submit({"kiosk_application_id": "app-1"}, idempotency_key="k"),
        lambda: client.open_upload({"attachment_id": "a", "size": 3, "sha256": "0" * 64}),
        lambda: client.upload_offset("u"),
        lambda: client.put_chunk_state("u", 0, b"abc"),
        lambda: client.complete_upload("u", "0" * 64),
        lambda: client.status("000.00.01.H26-250915-0001"),
        lambda: client.catalog('"etag"'),
        lambda: client.health(),
    ]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_status, _headers, _bodies, st.integers(0, 8))
def test_every_endpoint_parses_arbitrary_replies_safely(
    status: int, headers: dict[str, str], body: bytes, which: int
) -> None:
    client = PortalClient("http://127.0.0.1:9", timeout=1, kiosk_id="k", token="t")
    client.session = _Session(_response(status, headers, body))  # type: ignore[assignment]
    try:
        _calls(client)[which]()
    except PortalError:
        pass


@settings(max_examples=300, deadline=None)
@given(_status, _headers, _bodies)
def test_wire_helpers_raise_only_sync_errors(
    status: int, headers: dict[str, str], body: bytes
) -> None:
    resp = _response(status, headers, body)
    data = json_object(resp)
    assert data is None or isinstance(data, dict)
    for parse in (
        lambda: expect(resp, (200, 201), "x"),
        lambda: upload_state(data or {}),
        lambda: offset_of(resp.headers.get("Upload-Offset")),
    ):
        try:
            parse()
        except PortalError:
            pass


@given(st.one_of(st.none(), st.text(max_size=40)))
def test_retry_after_is_a_non_negative_number_or_none(value: str | None) -> None:
    seconds = retry_after_seconds(value)
    assert seconds is None or seconds >= 0
