"""Sync's two retry levels: quick retries inside one attempt, then the outbox's long backoff."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from portal import PortalDB
from sync import (
    ManualClock,
    OutboxWorker,
    PortalClient,
    RetryPolicy,
    TransientError,
)
from sync._retry import PortalGate
from tests.sync.conftest import add_application

GOOD = json.dumps(
    {"official_code": "000.00.01.H26-261128-010001", "kiosk_application_id": "app-1"}
).encode()


class _Scripted(BaseHTTPRequestHandler):
    """Answers each request with the next (status, headers, body) of ``script``; counts them."""

    script: ClassVar[list[tuple[int, dict[str, str], bytes]]] = []
    seen: ClassVar[list[int]] = []
    lock = threading.Lock()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.lock:
            self.seen.append(threading.get_ident())
            step = self.script.pop(0) if self.script else (200, {}, GOOD)
        status, headers, body = step
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[tuple[type[_Scripted], str]]:
    _Scripted.script, _Scripted.seen = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, name="scripted-server")
    thread.start()
    yield _Scripted, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def _client(url: str, pauses: list[float], **kwargs: object) -> PortalClient:
    return PortalClient(
        url,
        timeout=2,
        kiosk_id="k",
        token="t",
        rng=random.Random(1),
        sleep=pauses.append,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_are_retried_quickly_within_one_attempt(scripted, status: int) -> None:
    handler, url = scripted
    handler.script = [(status, {}, b"{}"), (status, {}, b"{}")]
    pauses: list[float] = []
    client = _client(url, pauses)
    accepted = client.submit({"kiosk_application_id": "app-1"}, idempotency_key="k1")
    assert accepted.official_code.endswith("010001")
    assert len(handler.seen) == 3 and client.quick_retries == 2
    assert all(0.02 <= p <= 0.8 for p in pauses) and len(pauses) == 2
    assert pauses[1] >= pauses[0] / 2  # grows, jittered


def test_quick_retries_are_bounded_in_count_then_the_outbox_takes_over(scripted) -> None:
    handler, url = scripted
    handler.script = [(503, {}, b"{}")] * 20
    pauses: list[float] = []
    client = _client(url, pauses, retry_policy=RetryPolicy(retries=3))
    with pytest.raises(TransientError, match="503"):
        client.submit({"kiosk_application_id": "app-1"}, idempotency_key="k1")
    assert len(handler.seen) == 4 and len(pauses) == 3


def test_quick_retries_are_bounded_in_total_pause(scripted) -> None:
    handler, url = scripted
    handler.script = [(502, {}, b"{}")] * 20
    pauses: list[float] = []
    policy = RetryPolicy(retries=50, base_s=0.2, cap_s=0.4, budget_s=1.0)
    with pytest.raises(TransientError):
        _client(url, pauses, retry_policy=policy).submit({}, idempotency_key="k1")
    assert sum(pauses) <= 1.0 and len(handler.seen) == len(pauses) + 1 < 10


def test_429_is_never_retried_and_holds_every_request(scripted) -> None:
    handler, url = scripted
    handler.script = [(429, {"Retry-After": "30"}, b"{}")]
    pauses: list[float] = []
    client = _client(url, pauses)
    with pytest.raises(TransientError) as info:
        client.submit({"kiosk_application_id": "app-1"}, idempotency_key="k1")
    assert info.value.retry_after == 30.0 and len(handler.seen) == 1
    # The next item's request does not go out either: the portal said it is overloaded.
    with pytest.raises(TransientError) as second:
        client.submit({"kiosk_application_id": "app-2"}, idempotency_key="k2")
    assert len(handler.seen) == 1 and second.value.retry_after is not None
    assert 29 <= second.value.retry_after <= 30 and pauses == []


def test_short_retry_after_is_waited_out_then_asked_again(scripted) -> None:
    handler, url = scripted
    handler.script = [(503, {"Retry-After": "1"}, b"{}")]
    pauses: list[float] = []
    clock = [0.0]

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        clock[0] += seconds

    client = PortalClient(url, timeout=2, kiosk_id="k", token="t", sleep=sleep)
    client.gate = PortalGate(lambda: clock[0])
    client.submit({"kiosk_application_id": "app-1"}, idempotency_key="k1")
    assert len(handler.seen) == 2
    assert pauses == [pytest.approx(1.0)]  # exactly the Retry-After, not sooner


def test_long_retry_after_goes_to_the_outbox_with_the_hint(scripted) -> None:
    handler, url = scripted
    handler.script = [(503, {"Retry-After": "120"}, b"{}")]
    with pytest.raises(TransientError) as info:
        _client(url, []).submit({}, idempotency_key="k1")
    assert info.value.retry_after == 120.0 and len(handler.seen) == 1


def test_lost_replies_and_drops_are_absorbed_by_quick_retries(
    executor, client, start_portal
) -> None:
    """Every request dropped or its reply lost half the time: one pass delivers nearly all."""
    ids = [
        add_application(executor, answers={"n": i}, attachments=[b"x" * 3000]) for i in range(20)
    ]
    faulty = start_portal("drop=0.25,lost_reply=0.25,seed=18")
    flaky = PortalClient(faulty.url, timeout=5, kiosk_id=client.kiosk_id, token=client._token)
    worker = OutboxWorker(executor, flaky, status_interval_s=1e9, catalog_interval_s=1e9)
    report = worker.run_until_empty(timeout=120)
    assert report.pending == 0 and report.failed == 0, report.errors[-5:]
    assert report.quick_retries > 10
    stats = PortalDB(faulty.db_path).stats()
    assert stats["applications"] == len(ids) and stats["duplicates"] == 0


def test_after_an_outage_waiting_items_become_due_spread_out(executor, client) -> None:
    for i in range(30):
        add_application(executor, answers={"n": i})
    clock = ManualClock(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    worker = OutboxWorker(executor, client, clock=clock, rng=random.Random(3), min_spread_s=5)
    far = "2026-12-01T04:00:00.000000Z"
    executor.call(
        lambda s: s.reschedule_outbox({i: far for i in s.waiting_outbox(now="2000-01-01")})
    )
    assert worker.link_up() == 0  # no outage seen: nothing moves
    worker._down_since = clock.monotonic()
    clock.advance(40)  # a 40 s outage
    assert worker.link_up() == 30
    items = executor.call(lambda s: s.list_outbox())
    start = clock.now()
    offsets = [
        (datetime.strptime(i.next_attempt_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) - start)
        for i in items
    ]
    assert all(timedelta(0) <= o <= timedelta(seconds=40) for o in offsets)
    assert max(offsets) - min(offsets) > timedelta(seconds=20)  # spread, not one instant
    assert not worker.link_down


def test_an_unreachable_portal_stops_the_pass_after_one_item(executor, client, portal) -> None:
    for i in range(5):
        add_application(executor, answers={"n": i})
    portal.stop()
    pauses: list[float] = []
    dead = PortalClient(
        portal.url, timeout=1, kiosk_id=client.kiosk_id, token=client._token, sleep=pauses.append
    )
    worker = OutboxWorker(executor, dead, clock=ManualClock(), status_interval_s=1e9)
    report = worker.run_once()
    # One item found the portal down (after its quick retries); the others were not tried.
    assert report.attempted == 1 and report.retried == 1 and report.pending == 5
    assert worker.link_down and len(pauses) == RetryPolicy().retries
    assert dead.health() is False
