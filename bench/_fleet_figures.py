"""The fleet line of ``make bench``: 1,000 simulated kiosks × 5 applications through a 60 s
outage of a portal on PostgreSQL with 2 workers (``bench/fleet.py``)."""

from __future__ import annotations

from bench._core import Figure

KIOSKS, APPS, OUTAGE_S = 1000, 5, 60.0


def fleet() -> list[Figure]:
    """Recovery peak against the steady rate, time to drain, applications/s."""
    from bench.fleet import run_fleet
    from tests.pgcluster import PgCluster, pg_bin

    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (make test installs it)")
    cluster = PgCluster(bin_dir)
    try:
        got = run_fleet(
            kiosks=KIOSKS, apps=APPS, outage_s=OUTAGE_S, db=cluster.database(), workers=2
        )
    finally:
        cluster.stop()
    what = (
        f"{got['stored']} of {got['expected']} stored, {got['duplicates']} duplicates, "
        f"p95 latency {got['p95_latency_s'] * 1000:.0f} ms "
        f"(steady {got['p95_latency_steady_s'] * 1000:.0f} ms), {got['requests']} requests"
    )
    name = f"fleet, {KIOSKS} kiosks × {APPS} apps, PostgreSQL, 2 workers"
    return [
        Figure(
            f"{name}: recovery peak requests/s",
            got["peak_rps"],
            got["steady_rps"],
            "req/s",
            "ratio ≤ 3",
            note=f"floor = steady rate before the outage; {what}",
        ),
        Figure(
            f"{name}: time to drain after a {OUTAGE_S:.0f} s outage",
            got["drain_after_outage_s"],
            OUTAGE_S,
            "s",
            "every outbox empty",
            note="from the portal answering again until every kiosk's outbox is empty; "
            "floor = the outage's length",
        ),
        Figure(
            f"{name}: applications/s at the recovery peak",
            got["apps_per_s_peak"],
            got["apps_per_s_steady"],
            "apps/s",
            "reported",
            higher_is_better=True,
            note="floor = applications/s in the steady phase (the residents' filing rate)",
        ),
    ]
