"""The kiosk's health report: figures for the portal's fleet page, never a resident's data.

The sync loop builds one report per cycle (``sync``'s fleet reporter sends it).
Hardware state comes from doctor's last run: ``kiosk doctor`` and the running
kiosk's periodic hardware check record their warn and FAIL lines in
``<data dir>/doctor-last.json``; the report carries them with the time they were
checked.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.clock import parse_stamp
from kiosk.version import current_version
from wire import HealthReport, HealthWarning

_log = logging.getLogger(__name__)

DOCTOR_RESULT_FILENAME = "doctor-last.json"


def kiosk_version() -> str:
    """The version this kiosk runs (the build manifest's, else the package's)."""
    return current_version()


def record_doctor_checks(data_dir: Path, checks: Iterable[tuple[str, str, str]], at: str) -> None:
    """Keep the warn/FAIL lines of a doctor run (``(name, status, detail)``) checked at ``at``."""
    lines = [
        {"check": name, "status": status, "detail": detail[:300]}
        for name, status, detail in checks
        if status in ("warn", "FAIL")
    ]
    target = data_dir / DOCTOR_RESULT_FILENAME
    tmp = target.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps({"checked_at": at, "warnings": lines}), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        _log.warning("cannot record doctor's result: %s", exc.strerror)


def doctor_warnings(data_dir: Path) -> tuple[list[HealthWarning], str | None]:
    """The warnings of doctor's last recorded run and when it ran (``[]``, ``None`` if never)."""
    try:
        data = json.loads((data_dir / DOCTOR_RESULT_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], None
    if not isinstance(data, dict):
        return [], None
    out = []
    for item in data.get("warnings") or []:
        if isinstance(item, dict) and item.get("status") in ("warn", "FAIL"):
            out.append(
                HealthWarning(
                    str(item.get("check"))[:64], item["status"], str(item.get("detail"))[:300]
                )
            )
    checked = data.get("checked_at")
    return out, checked if isinstance(checked, str) else None


def doctor_age_s(data_dir: Path, now: datetime) -> float | None:
    """Seconds since doctor's last recorded run (``None`` if never)."""
    _, checked = doctor_warnings(data_dir)
    if checked is None:
        return None
    try:
        return (now - parse_stamp(checked)).total_seconds()
    except ValueError:
        return None


def free_disk_mb(data_dir: Path) -> int:
    """Free space (MB) on the disk of the data dir."""
    path = data_dir
    while not path.exists() and path != path.parent:
        path = path.parent
    return int(shutil.disk_usage(path).free // (1024 * 1024))


def build_report(
    *,
    data_dir: Path,
    now: datetime,
    backlog: tuple[int, str | None],
    last_sync_at: str | None,
    clock_skew_s: float | None,
    config_serial: int | None,
    config_problem: str | None,
    group: str,
) -> HealthReport:
    """One report from the figures the sync loop gathered (``now`` aware UTC)."""
    depth, oldest = backlog
    age = None
    if oldest is not None:
        try:
            age = max(0.0, (now - parse_stamp(oldest)).total_seconds())
        except ValueError:
            age = None
    warnings, checked = doctor_warnings(data_dir)
    return HealthReport(
        version=kiosk_version(),
        reported_at=_iso(now),
        outbox_depth=depth,
        free_disk_mb=free_disk_mb(data_dir),
        last_sync_at=last_sync_at,
        oldest_undelivered_age_s=age,
        clock_skew_s=None if clock_skew_s is None else round(clock_skew_s, 1),
        warnings=warnings,
        warnings_checked_at=checked,
        config_serial=config_serial,
        config_problem=None if config_problem is None else config_problem[:300],
        group=group,
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
