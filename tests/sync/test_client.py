"""PortalClient against the real reference portal (and a hostile server for malformed replies)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync import (
    InsecurePortalError,
    NotEnrolledError,
    PortalClient,
    ProtocolError,
    RejectedError,
    TransientError,
    retry_after_seconds,
)
from tests.sync.conftest import ENROL_CODE, sha


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The portal's own contract runs on both of its databases."""
    return str(request.param)


def _body(app_id: str = "app-1", answers: dict | None = None, procedure: str = "1.001193") -> dict:
    return {
        "kiosk_application_id": app_id,
        "procedure_code": procedure,
        "payload": {"answers": {"child_full_name": "Lê Thị Hoà"} if answers is None else answers},
    }


def _enrolled(url: str, timeout: float = 5) -> PortalClient:
    anon = PortalClient(url, timeout=timeout)
    enrolment = anon.enrol(ENROL_CODE, device_id="device-1")
    return anon.with_credentials(enrolment.kiosk_id, enrolment.token)


@pytest.mark.parametrize(
    "url",
    ["http://portal.example.vn", "http://10.0.0.5:8080", "ftp://127.0.0.1", "portal.vn"],
)
def test_plain_http_is_refused_unless_loopback(url: str) -> None:
    with pytest.raises(InsecurePortalError):
        PortalClient(url, timeout=1)


@pytest.mark.parametrize(
    "url",
    [
        "https://dichvucong.example.vn",
        "http://127.0.0.1:1",
        "http://[::1]:80",
        "http://localhost:9",
    ],
)
def test_https_and_loopback_are_accepted(url: str) -> None:
    client = PortalClient(url, timeout=1)
    assert client.timeout == (1.0, 1.0)
    assert client._verify is True  # TLS verification is never off


def test_submit_success_then_replays_are_duplicates_stored_once(portal) -> None:
    client = _enrolled(portal.url)
    first = client.submit(_body(), idempotency_key="key-1")
    assert first.duplicate is False
    assert first.official_code.startswith("000.00.01.H26-")
    same_key = client.submit(_body(), idempotency_key="key-1")
    new_key = client.submit(_body(), idempotency_key="key-2")
    assert same_key.duplicate and new_key.duplicate
    assert same_key.official_code == new_key.official_code == first.official_code
    from portal import PortalDB

    stats = PortalDB(portal.db_path).stats()
    assert stats["applications"] == 1 and stats["duplicates"] == 0


def test_official_code_follows_the_national_format(portal) -> None:
    import re

    client = _enrolled(portal.url)
    codes = [client.submit(_body(f"a{i}"), idempotency_key=f"k{i}").official_code for i in range(3)]
    pattern = re.compile(r"^000\.00\.01\.H26-\d{6}-01(\d{4,})$")
    seqs = [int(pattern.match(c).group(1)) for c in codes]  # type: ignore[union-attr]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3


def test_validation_failure_is_a_rejection_with_reasons(portal) -> None:
    client = _enrolled(portal.url)
    with pytest.raises(RejectedError) as info:
        client.submit(_body(answers={}, procedure="9.999999"), idempotency_key="bad")
    codes = {r["code"] for r in info.value.reasons}
    assert codes == {"unknown_procedure", "answers_missing"}
    assert "Thủ tục" in info.value.summary()


def test_unknown_kiosk_gets_not_enrolled(portal) -> None:
    client = PortalClient(portal.url, timeout=5, kiosk_id="nobody", token="forged")
    with pytest.raises(NotEnrolledError):
        client.submit(_body(), idempotency_key="k")
    with pytest.raises(NotEnrolledError):
        PortalClient(portal.url, timeout=5).catalog()


def test_503_with_retry_after_is_transient_with_the_hint(start_portal) -> None:
    healthy = start_portal()
    client = _enrolled(healthy.url)
    faulty = start_portal("error=1,error_status=503,retry_after=7", db_name="portal.db")
    flaky = PortalClient(faulty.url, timeout=5, kiosk_id=client.kiosk_id, token=client._token)
    with pytest.raises(TransientError) as info:
        flaky.submit(_body(), idempotency_key="k")
    assert info.value.retry_after == 7.0
    assert not isinstance(info.value, RejectedError)


def test_timeout_is_transient(start_portal) -> None:
    healthy = start_portal()
    client = _enrolled(healthy.url)
    slow = start_portal("timeout=1,hold=1.0")
    late = PortalClient(slow.url, timeout=0.2, kiosk_id=client.kiosk_id, token=client._token)
    with pytest.raises(TransientError, match="timed out"):
        late.submit(_body(), idempotency_key="k")


def test_connection_refused_is_transient() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = PortalClient(f"http://127.0.0.1:{port}", timeout=1, kiosk_id="k", token="t")
    with pytest.raises(TransientError):
        client.submit(_body(), idempotency_key="k")
    assert client.health() is False


@pytest.mark.parametrize("fault", ["drop=1", "lost_reply=1"])
def test_socket_faults_are_transient(start_portal, fault: str) -> None:
    healthy = start_portal()
    client = _enrolled(healthy.url)
    broken = start_portal(fault)
    flaky = PortalClient(broken.url, timeout=2, kiosk_id=client.kiosk_id, token=client._token)
    with pytest.raises(TransientError):
        flaky.submit(_body(), idempotency_key="k")


class _Hostile(BaseHTTPRequestHandler):
    reply: tuple[int, str, bytes] = (200, "application/json", b"{}")

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        status, ctype, body = self.reply
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET = _answer  # noqa: N815 - http.server's handler names

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[type[_Hostile]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, name="hostile-server")
    thread.start()
    _Hostile.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield _Hostile
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize(
    "reply",
    [
        (200, "application/json", b"{}"),
        (200, "application/json", json.dumps({"official_code": ""}).encode()),
        (200, "application/json", json.dumps({"official_code": "OK"}).encode()),
        (
            201,
            "application/json",
            json.dumps({"official_code": "X-261128-010001", "duplicate": "yes"}).encode(),
        ),
        (
            201,
            "application/json",
            json.dumps(
                {"official_code": "X-261128-010001", "kiosk_application_id": "other"}
            ).encode(),
        ),
        (200, "text/html", b"<html>Welcome to the captive portal</html>"),
        (200, "application/json", b'["000.00.01.H26-261128-010001"]'),
        (202, "application/json", json.dumps({"official_code": "X-261128-010001"}).encode()),
        (204, "application/json", b""),
        (422, "text/html", b"<h1>Bad</h1>"),
        (302, "application/json", b"{}"),
    ],
)
def test_malformed_or_ambiguous_reply_is_never_success(hostile, reply) -> None:
    hostile.reply = reply
    client = PortalClient(hostile.url, timeout=2, kiosk_id="k", token="t")
    with pytest.raises(TransientError):
        client.submit(_body(), idempotency_key="k")


def test_catalog_etag_gives_304(portal) -> None:
    client = _enrolled(portal.url)
    catalog = client.catalog()
    assert catalog is not None and catalog.etag
    assert any(code == "1.001193" for code, _, _ in catalog.procedures)
    assert client.catalog(catalog.etag) is None


def test_incomplete_catalog_is_rejected(hostile) -> None:
    hostile.reply = (200, "application/json", json.dumps({"count": 2, "procedures": []}).encode())
    client = PortalClient(hostile.url, timeout=2, kiosk_id="k", token="t")
    with pytest.raises(ProtocolError):
        client.catalog()


def test_chunked_upload_resumes_from_the_committed_offset(portal) -> None:
    from sync import OffsetMismatchError

    client = _enrolled(portal.url)
    data = bytes(range(256)) * 40
    meta = {"attachment_id": "att-1", "size": len(data), "sha256": sha(data)}
    state = client.open_upload(meta)
    assert state.committed == 0
    assert client.put_chunk(state.upload_id, 0, data[:4000]) == 4000
    again = client.open_upload(meta)  # after a crash: the portal says where to resume
    assert again.upload_id == state.upload_id and again.committed == 4000
    assert client.upload_offset(state.upload_id) == 4000
    with pytest.raises(OffsetMismatchError) as info:
        client.put_chunk(state.upload_id, 0, data[:4000])  # a replayed chunk is not appended twice
    assert info.value.committed == 4000
    assert client.put_chunk(state.upload_id, 4000, data[4000:]) == len(data)
    assert client.complete_upload(state.upload_id, sha(data)).complete


def test_small_file_inline_with_the_opening_request_completes_the_upload(portal) -> None:
    import base64

    from sync import RejectedError

    client = _enrolled(portal.url)
    data = b"%PDF small scan" * 100
    meta = {"attachment_id": "att-2", "size": len(data), "sha256": sha(data)}
    inline = {**meta, "content": base64.b64encode(data).decode()}
    state = client.open_upload(inline)
    assert state.complete and state.committed == len(data)
    assert client.open_upload(inline).upload_id == state.upload_id  # a replay changes nothing
    # Content that does not match its sha256 is not stored: the kiosk sends chunks instead.
    other = {
        **meta,
        "attachment_id": "att-3",
        "content": base64.b64encode(b"x" * len(data)).decode(),
    }
    assert client.open_upload(other).committed == 0
    with pytest.raises(RejectedError):  # not base64, or not the whole file
        client.open_upload({**meta, "attachment_id": "att-4", "content": "not base64!"})


def test_retry_after_parsing() -> None:
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
