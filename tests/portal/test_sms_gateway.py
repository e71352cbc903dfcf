"""The SMS gateways: the HTTP adapter against a tiny real HTTP server on loopback, the file
sink, and the texts (short, naming the code, ASCII for GSM-7).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from portal import FileSmsSink, HttpSmsGateway, SmsError
from portal._sms import gsm7_text, sms_number, sms_text
from wire import PortalStatus

CODE = "000.00.01.H26-261204-010001"


class _Operator(BaseHTTPRequestHandler):
    """An SMS operator's API: records each request; answers with the server's ``status``."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen.append(  # type: ignore[attr-defined]
            {
                "path": self.path,
                "authorization": self.headers.get("Authorization"),
                "type": self.headers.get("Content-Type"),
                "body": json.loads(body),
            }
        )
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def operator() -> Iterator[Any]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Operator)
    server.seen = []  # type: ignore[attr-defined]
    server.status = 200  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(10)


def test_http_gateway_posts_the_text_with_the_token(operator: Any) -> None:
    url = f"http://127.0.0.1:{operator.server_address[1]}/v1/sms"
    gateway = HttpSmsGateway(url, "operator-token", timeout=5)
    text = sms_text("received", {"official_code": CODE, "due_at": "2026-12-09"}, gsm7=True)
    gateway.send("84912345678", text)
    [seen] = operator.seen
    assert seen["path"] == "/v1/sms" and seen["authorization"] == "Bearer operator-token"
    assert seen["type"] == "application/json"
    assert seen["body"] == {"to": "84912345678", "text": text, "encoding": "GSM7"}
    assert text == f"Ho so {CODE} da duoc tiep nhan. Hen tra ket qua 09/12/2026."


def test_http_gateway_failure_is_an_sms_error(operator: Any) -> None:
    operator.status = 503
    url = f"http://127.0.0.1:{operator.server_address[1]}/v1/sms"
    with pytest.raises(SmsError, match="503"):
        HttpSmsGateway(url, "t", timeout=5).send("84912345678", "x")
    port = operator.server_address[1]
    operator.shutdown()
    operator.server_close()
    with pytest.raises(SmsError, match="unreachable"):
        HttpSmsGateway(f"http://127.0.0.1:{port}/v1/sms", "t", timeout=5).send("849", "x")


def test_http_gateway_needs_tls_except_on_loopback() -> None:
    with pytest.raises(ValueError, match="https"):
        HttpSmsGateway("http://sms.example.vn/send", "t")
    assert HttpSmsGateway("https://sms.example.vn/send", "t").timeout == 10.0


def test_file_sink_appends_json_lines_readable_by_the_owner_only(tmp_path: Path) -> None:
    sink = FileSmsSink(tmp_path / "data" / "sms-sent.jsonl")
    sink.send("84912345678", "Ho so A da co ket qua.")
    sink.send("84987654321", "Ho so B can bo sung giay to.")
    lines = [json.loads(x) for x in sink.path.read_text().splitlines()]
    assert [x["to"] for x in lines] == ["84912345678", "84987654321"]
    assert (sink.path.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("event", ["received", "supplement", "result"])
def test_texts_name_the_code_and_fit_one_gsm7_sms(event: str) -> None:
    record = {"official_code": CODE, "due_at": "2026-12-31"}
    plain = sms_text(event, record, gsm7=True)
    assert CODE in plain and plain.isascii() and len(plain) <= 160
    full = sms_text(event, record, gsm7=False)
    assert CODE in full and "Hồ sơ" in full and gsm7_text(full) == plain
    assert len(full) <= 70 * 2  # two UCS-2 parts at most


def test_a_number_is_only_taken_from_the_consented_field() -> None:
    assert sms_number({"sms_to": "+84 912 345 678"}) == "84912345678"
    assert sms_number({"sms_to": "0912.345.678"}) == "84912345678"
    assert sms_number({"answers": {"requester_phone": "0912345678"}}) is None
    assert sms_number({"sms_to": "12345"}) is None


def test_status_replies_from_older_portals_read_as_unpaid() -> None:
    old = PortalStatus.from_json({"status": 4, "e_result_available": False}, official_code=CODE)
    assert (old.paid, old.paid_amount_vnd, old.paid_at) == (False, None, None)
    half = {"status": 4, "paid": True, "paid_amount_vnd": 0, "paid_at": "2026-12-04T03:15:00Z"}
    assert not PortalStatus.from_json(half, official_code=CODE).paid
    new = PortalStatus(CODE, 4, None, None, False, paid=True, paid_amount_vnd=8000, paid_at="x")
    assert PortalStatus.from_json(new.to_json(), official_code=CODE).paid_amount_vnd == 8000
