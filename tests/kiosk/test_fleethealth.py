"""The health report's figures: doctor's last warnings, the outbox backlog's age, the wire form."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from kiosk.clock import FixedClock
from kiosk.fleethealth import (
    DOCTOR_RESULT_FILENAME,
    build_report,
    doctor_warnings,
    record_doctor_checks,
)
from wire import HealthReport, MessageError

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def test_only_warn_and_fail_lines_are_kept(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    record_doctor_checks(
        data_dir,
        [
            ("printer", "warn", "no printer installed"),
            ("camera", "ok", "1 camera"),
            ("scanner", "info", "cannot be detected"),
            ("disk", "FAIL", "only 120 MB free"),
        ],
        "2026-12-05T02:00:00Z",
    )
    warnings, checked = doctor_warnings(data_dir)
    assert [(w.check, w.status) for w in warnings] == [("printer", "warn"), ("disk", "FAIL")]
    assert checked == "2026-12-05T02:00:00Z"


def test_a_report_round_trips_and_dates_the_backlog(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    record_doctor_checks(
        data_dir, [("speech", "warn", "no Vietnamese voice")], "2026-12-05T01:00:00Z"
    )
    report = build_report(
        data_dir=data_dir,
        now=FixedClock(NOW).now_utc(),
        backlog=(2, "2026-12-05T02:30:00Z"),
        last_sync_at="2026-12-05T02:59:00Z",
        clock_skew_s=-3.44,
        config_serial=4,
        config_problem=None,
        group="ba-dinh",
    )
    assert report.oldest_undelivered_age_s == 1800.0 and report.clock_skew_s == -3.4
    assert report.reported_at == "2026-12-05T03:00:00Z" and report.free_disk_mb > 0
    assert HealthReport.from_json(json.loads(json.dumps(report.to_json()))) == report


@pytest.mark.parametrize(
    "change",
    [
        {"outbox_depth": -1},
        {"outbox_depth": True},
        {"version": ""},
        {"clock_skew_s": "3"},
        {"warnings": [{"check": "printer", "status": "ok", "detail": ""}]},
        {"group": "ba dinh"},
        {"config_serial": 1.5},
    ],
)
def test_the_portal_reads_reports_strictly(change: dict[str, object]) -> None:
    body = {
        "version": "1.0",
        "reported_at": "2026-12-05T03:00:00Z",
        "outbox_depth": 0,
        "free_disk_mb": 10,
    }
    HealthReport.from_json(body)
    with pytest.raises(MessageError):
        HealthReport.from_json({**body, **change})


@pytest.fixture
def _quick_probes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.cli._doctor.PROBE_TIMEOUT_S", 3.0)


@pytest.mark.usefixtures("_quick_probes")
def test_kiosk_doctor_records_its_result(data_dir: Path) -> None:
    main(["--data-dir", str(data_dir), "doctor"])
    recorded = json.loads((data_dir / DOCTOR_RESULT_FILENAME).read_text(encoding="utf-8"))
    assert recorded["checked_at"]
    assert all(w["status"] in ("warn", "FAIL") for w in recorded["warnings"])
