"""Issue 19, attack 7: a hostile client on the LAN against the reference portal.

The portal runs inside every default kiosk; whatever a client sends, it answers
with a 4xx problem document, never a 5xx, and never holds an oversized body.
"""

from __future__ import annotations

import json
import select
import socket
import time
from urllib.parse import urlsplit

import requests

from portal import RunningPortal
from tests.sync.conftest import ENROL_CODE

PROBLEM = "application/problem+json"


def _post(portal: RunningPortal, path: str, data: bytes, **headers: str) -> requests.Response:
    return requests.post(portal.url + path, data=data, headers=headers, timeout=30)


def _assert_problem(resp: requests.Response, status: int, code: str) -> None:
    assert resp.status_code == status, (resp.status_code, resp.text[:200])
    assert resp.headers["content-type"].startswith(PROBLEM)
    doc = resp.json()
    assert doc["status"] == status and doc["error"] == code
    assert doc["type"] == f"/problems/{code}" and doc["title"] and doc["message"]


def test_deeply_nested_json_is_a_400_problem(portal: RunningPortal) -> None:
    for depth in (33, 1_000, 100_000):
        body = b'{"code":' + b"[" * depth + b"]" * depth + b"}"
        resp = _post(portal, "/v1/enrol", body, **{"Content-Type": "application/json"})
        _assert_problem(resp, 400, "too_deep")


def test_lone_surrogate_is_a_400_problem(portal: RunningPortal) -> None:
    for text in ('{"code":"\\ud800"}', '{"\\udfff":"x","code":"A"}', '{"code":["\\ud83d"]}'):
        resp = _post(portal, "/v1/enrol", text.encode(), **{"Content-Type": "application/json"})
        _assert_problem(resp, 400, "invalid_text")
    # A proper pair is text: refused only because the code is wrong.
    resp = _post(
        portal, "/v1/enrol", b'{"code":"\\ud83d\\ude00"}', **{"Content-Type": "application/json"}
    )
    _assert_problem(resp, 403, "enrol_code_invalid")


def test_wrong_content_type_is_a_415_problem(portal: RunningPortal) -> None:
    body = json.dumps({"code": ENROL_CODE}).encode()
    for media in ("text/plain", "application/x-www-form-urlencoded", "", "application/jsonx"):
        headers = {"Content-Type": media} if media else {}
        _assert_problem(_post(portal, "/v1/enrol", body, **headers), 415, "unsupported_media_type")
    # The code was not spent by the refused requests.
    resp = _post(portal, "/v1/enrol", body, **{"Content-Type": "application/json; charset=utf-8"})
    assert resp.status_code == 201


def test_declared_huge_body_is_refused_before_reading(portal: RunningPortal) -> None:
    """A 1 GB Content-Length gets 413 at once although no byte of the body is sent."""
    host, port = _address(portal)
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1073741824\r\n\r\n"
        )
        reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:100]
    assert PROBLEM.encode() in reply


def test_chunked_huge_body_stops_at_the_limit(portal: RunningPortal) -> None:
    """A chunked body is counted while it streams: the 413 comes after ~8 MiB, not 64."""
    host, port = _address(portal)
    chunk = b"1" * (1 << 20)
    frame = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    sent = 0
    reply = b""
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        sock.setblocking(False)
        pending = frame
        deadline = time.monotonic() + 60
        while sent < 64 * len(chunk) and time.monotonic() < deadline:
            readable, writable, _ = select.select([sock], [sock], [], 1.0)
            if readable:
                reply = sock.recv(65536)
                break
            if writable:
                try:
                    n = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError):
                    break
                sent += n
                pending = pending[n:] or frame
        if not reply:
            sock.setblocking(True)
            sock.settimeout(10)
            reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:100]
    assert sent < 24 * len(chunk), f"the portal read {sent} bytes before refusing"


def test_unknown_route_and_method_are_problems(portal: RunningPortal) -> None:
    resp = requests.get(portal.url + "/v1/nothing-here", timeout=10)
    _assert_problem(resp, 404, "not_found")
    resp = requests.delete(portal.url + "/v1/enrol", timeout=10)
    _assert_problem(resp, 405, "method_not_allowed")


def test_unsealed_payload_refused_when_sealing_is_configured(start_portal) -> None:  # type: ignore[no-untyped-def]
    """An enrolled kiosk got the portal key: a payload in clear is refused, not stored."""
    from portal import PortalDB
    from sync import PortalClient, RejectedError

    portal = start_portal(require_sealed=True, db_name="sealed.db")
    client = PortalClient(portal.url, timeout=10)
    enrolment = client.enrol(ENROL_CODE, device_id="hostile")
    client = PortalClient(
        portal.url, timeout=10, kiosk_id=enrolment.kiosk_id, token=enrolment.token
    )
    body = {
        "kiosk_application_id": "b3c9a1d2-0000-4000-8000-000000000001",
        "procedure_code": "1.001193",
        "payload": {"answers": {"child_full_name": "Lê Thị Hoà"}},
    }
    try:
        client.submit(body, idempotency_key="k1")
    except RejectedError as exc:
        assert any(r.get("code") == "seal_required" for r in exc.reasons)
    else:
        raise AssertionError("an unsealed payload was accepted")
    db = PortalDB(portal.db_path)
    try:
        assert db.stats()["applications"] == 0
    finally:
        db.close()


def _address(portal: RunningPortal) -> tuple[str, int]:
    parts = urlsplit(portal.url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port
