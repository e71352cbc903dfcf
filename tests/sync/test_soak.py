"""Fault-injection soak: 300 applications through a portal that drops, fails, stalls, loses replies.

Exactly-once means: the portal stores exactly 300 applications, none twice, and
every one is delivered on the kiosk with the portal's official code.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from kiosk.clock import system_clock
from portal import PortalDB
from sync import Backoff, ManualClock, OutboxWorker, PortalClient
from tests.sync.conftest import add_application

COUNT = 300
FAULTS = "drop=0.2,error=0.1,timeout=0.05,lost_reply=0.05,hold=0.5,seed=20261128"


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_300_applications_exactly_once_through_faults(executor, client, start_portal) -> None:
    rng = random.Random(4)
    ids = []
    for i in range(COUNT):
        attachments = [rng.randbytes(40_000)] if i % 10 == 0 else []
        ids.append(add_application(executor, answers={"n": i}, attachments=attachments))
    faulty = start_portal(FAULTS)  # same DB as `client`'s portal: enrolled kiosk, fresh faults
    flaky = PortalClient(faulty.url, timeout=0.3, kiosk_id=client.kiosk_id, token=client._token)
    worker = OutboxWorker(
        executor,
        flaky,
        clock=ManualClock(system_clock().now_utc() + timedelta(minutes=5)),
        rng=random.Random(5),
        backoff=Backoff(base_s=0),
        chunk_size=16_000,
        status_interval_s=10**9,
        catalog_interval_s=10**9,
    )

    report = worker.run_until_empty(timeout=10**6)

    assert report.pending == 0 and report.failed == 0, report.errors[-5:]
    assert report.retried + report.quick_retries > 50  # the faults really happened
    stats = PortalDB(faulty.db_path).stats()
    assert stats["applications"] == COUNT
    assert stats["duplicates"] == 0
    assert stats["duplicate_replies"] > 0  # lost replies were answered as duplicates
    codes = set()
    for app_id in ids:
        app = executor.call(lambda s, a=app_id: s.get_application(a))
        assert app.state == "delivered" and app.official_code
        codes.add(app.official_code)
    assert len(codes) == COUNT
    stored = {
        r[0] for r in PortalDB(faulty.db_path)._query("SELECT official_code FROM applications")
    }
    assert stored == codes
