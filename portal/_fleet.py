"""The fleet (issue 21): each kiosk's latest health, what needs a technician, configuration.

Kiosks report their health once per sync cycle (``PUT /v1/kiosk-health``); the
portal keeps the latest report per kiosk (table ``kiosk_health``, Alembic 0005)
and judges which kiosks need attention. Configuration documents are signed by the
fleet administrator elsewhere; the portal stores them (``config_documents``) and
hands each kiosk the newest one meant for it with its health reply. It cannot sign
or alter them: kiosks verify the signature with the key they trust.

The fleet pages (``GET /fleet`` HTML, ``GET /v1/fleet`` JSON) and publishing a
document need the admin token: ``$KIOSK_PORTAL_ADMIN_TOKEN``, or one set with
``kiosk portal admin-token`` (stored hashed in the portal's settings).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import Request

from portal._conn import run
from portal._files import now_iso
from wire import ConfigDocument, HealthReport, MessageError, read_config_envelope

ADMIN_TOKEN_ENV = "KIOSK_PORTAL_ADMIN_TOKEN"  # noqa: S105 (the variable's name)
_ADMIN_META = "fleet_admin_token_sha256"


@dataclass(frozen=True)
class Thresholds:
    """When a kiosk needs attention (the fleet page says which rule it broke)."""

    silent_min: float = 15.0
    """No report for this long: off, no network, or the kiosk app is not running."""
    outbox_age_min: float = 60.0
    """An application undelivered this long."""
    max_skew_s: float = 120.0
    """Clock off by more than this (``kiosk doctor``'s threshold too)."""
    min_free_mb: int = 500
    """Less free disk than this in the data dir (``kiosk doctor``'s threshold too)."""


def set_admin_token(db: Any, token: str) -> None:
    """Keep (the hash of) the token that opens the fleet pages and publishes configuration."""
    if len(token) < 16:
        raise ValueError("the admin token must have at least 16 characters")
    db.set_meta(_ADMIN_META, hashlib.sha256(token.encode()).hexdigest())


def admin_allowed(db: Any, request: Request) -> bool:
    """Whether the request carries the admin token (``Bearer`` or HTTP Basic's password)."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    given = value.strip()
    if scheme.lower() == "basic":
        try:
            given = base64.b64decode(given, validate=True).decode("utf-8").partition(":")[2]
        except ValueError:
            return False
    elif scheme.lower() != "bearer":
        return False
    if not given:
        return False
    digest = hashlib.sha256(given.encode()).hexdigest()
    env = os.environ.get(ADMIN_TOKEN_ENV, "")
    if env and hmac.compare_digest(digest, hashlib.sha256(env.encode()).hexdigest()):
        return True
    stored = db.meta(_ADMIN_META)
    return bool(stored) and hmac.compare_digest(digest, stored)


def record_health(db: Any, kiosk_id: str, report: HealthReport) -> str:
    """Keep ``report`` as the kiosk's latest; return when the portal received it."""
    received = now_iso(db.clock)
    with db.transaction() as conn:
        run(
            conn,
            "INSERT INTO kiosk_health (kiosk_id, report, received_at) VALUES (?, ?, ?)"
            " ON CONFLICT (kiosk_id) DO UPDATE SET report = excluded.report,"
            " received_at = excluded.received_at",
            (kiosk_id, json.dumps(report.to_json(), ensure_ascii=False), received),
        )
    return received


def publish_config(db: Any, envelope: dict[str, Any]) -> ConfigDocument:
    """Store a signed document (its shape checked, its signature left to the kiosks).

    Raises:
        MessageError: malformed.
        ValueError: its serial is not higher than every published one (a replay).
    """
    document = read_config_envelope(envelope)
    with db.transaction() as conn:
        db._advisory_lock(conn, "fleet-config")
        top = run(conn, "SELECT MAX(serial) FROM config_documents").fetchone()[0]
        if top is not None and document.serial <= int(top):
            raise ValueError(f"serial {document.serial} is not above the last one ({top})")
        run(
            conn,
            "INSERT INTO config_documents (serial, envelope, published_at) VALUES (?, ?, ?)",
            (document.serial, json.dumps(envelope, ensure_ascii=False), now_iso(db.clock)),
        )
    return document


def config_for(db: Any, kiosk_id: str, group: str, above: int | None) -> dict[str, Any] | None:
    """The newest document meant for this kiosk, if its serial is above ``above``."""
    rows = db._query(
        "SELECT serial, envelope FROM config_documents WHERE serial > ? ORDER BY serial DESC",
        (above or 0,),
    )
    for row in rows:
        envelope = json.loads(row["envelope"])
        try:
            if read_config_envelope(envelope).targets(kiosk_id, group):
                return dict(envelope)
        except MessageError:
            continue
    return None


def published_configs(db: Any) -> list[dict[str, Any]]:
    """Every published document's serial, targets and publication time (newest first)."""
    out = []
    for row in db._query(
        "SELECT serial, envelope, published_at FROM config_documents ORDER BY serial DESC"
    ):
        doc = read_config_envelope(json.loads(row["envelope"]))
        out.append(
            {
                "serial": doc.serial,
                "issued_at": doc.issued_at,
                "kiosks": list(doc.kiosks),
                "groups": list(doc.groups),
                "published_at": row["published_at"],
            }
        )
    return out


def fleet(db: Any, thresholds: Thresholds | None = None) -> list[dict[str, Any]]:
    """Every enrolled kiosk with its latest figures and what needs attention, worst first."""
    limits = thresholds or Thresholds()
    now = db.clock.now_utc()
    rows = db._query(
        "SELECT k.kiosk_id, k.name, k.enrolled_at, h.report, h.received_at"
        " FROM kiosks k LEFT JOIN kiosk_health h ON h.kiosk_id = k.kiosk_id"
    )
    kiosks = []
    for row in rows:
        report = json.loads(row["report"]) if row["report"] else {}
        entry: dict[str, Any] = {
            "kiosk_id": row["kiosk_id"],
            "name": row["name"] or "",
            "enrolled_at": row["enrolled_at"],
            "received_at": row["received_at"],
            "silent_min": _minutes_since(now, row["received_at"] or row["enrolled_at"]),
            **{k: report.get(k) for k in _FIGURES},
            "warnings": report.get("warnings") or [],
        }
        entry["attention"] = attention(entry, limits)
        kiosks.append(entry)
    kiosks.sort(key=lambda k: (-len(k["attention"]), -(k["silent_min"] or 0.0), k["name"]))
    return kiosks


_FIGURES = (
    "version",
    "group",
    "reported_at",
    "last_sync_at",
    "outbox_depth",
    "oldest_undelivered_age_s",
    "free_disk_mb",
    "clock_skew_s",
    "warnings_checked_at",
    "config_serial",
    "config_problem",
)


def attention(entry: dict[str, Any], limits: Thresholds) -> list[str]:
    """Why a kiosk needs a technician (plain English lines; empty when all is well)."""
    reasons = []
    silent = entry.get("silent_min")
    if entry.get("received_at") is None:
        reasons.append("never reported")
    elif silent is not None and silent > limits.silent_min:
        reasons.append(f"no report for {silent:.0f} min")
    age = entry.get("oldest_undelivered_age_s")
    if isinstance(age, int | float) and age > limits.outbox_age_min * 60:
        reasons.append(f"an application undelivered for {age / 60:.0f} min")
    skew = entry.get("clock_skew_s")
    if isinstance(skew, int | float) and abs(skew) > limits.max_skew_s:
        reasons.append(f"clock off by {skew:+.0f} s")
    disk = entry.get("free_disk_mb")
    if isinstance(disk, int) and disk < limits.min_free_mb:
        reasons.append(f"only {disk} MB free disk")
    for warning in entry.get("warnings") or []:
        reasons.append(f"{warning.get('check')}: {warning.get('status')}")
    if entry.get("config_problem"):
        reasons.append(f"configuration refused: {entry['config_problem']}")
    return reasons


def _minutes_since(now: datetime, stamp: str | None) -> float | None:
    if not stamp:
        return None
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return max(timedelta(0), now - then).total_seconds() / 60
