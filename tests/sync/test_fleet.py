"""The fleet simulation itself (small): kiosks with their own stores and enrolments deliver
every application exactly once through a portal outage (two server processes)."""

from __future__ import annotations

import pytest

from bench.fleet import run_fleet


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_fleet_delivers_everything_once_through_an_outage(pg_cluster) -> None:
    got = run_fleet(
        kiosks=8,
        apps=2,
        outage_s=2.0,
        steady_s=3.0,
        db=pg_cluster.database(),
        workers=2,
        interval_s=5.0,
        timeout_s=120.0,
    )
    assert got["errors"] == []
    assert got["stored"] == got["expected"] == 16 and got["duplicates"] == 0
    assert got["drain_after_outage_s"] < float("inf")
    assert got["requests"] > 16
