"""Aggregate queries for the staff dashboard: counts only, never a payload or a name.

Times in the store are UTC (``...Z``); the city counts days in local time: the
SQL function ``local_date(x)`` (registered by the store from its clock's zone)
gives the local day. ``due_at`` from the portal is a local date (``YYYY-MM-DD``) or a
timestamp whose first ten characters are that date.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.store._base import StoreBase

# Portal status codes (see DOMAIN.md): 9 done, 10 result returned; 3 refused,
# 7 withdrawn and 8 stopped end an application without a result.
FINISHED_STATUSES = (9, 10)
CLOSED_STATUSES = (3, 7, 8, 9, 10)
SUPPLEMENT_STATUS = 5

_LOCAL_DAY = "local_date({col})"
_FINISHED = "portal_status IN (9, 10)"
_CLOSED = "COALESCE(portal_status, 0) IN (3, 7, 8, 9, 10)"


@dataclass(frozen=True)
class Ratio:
    """``part`` of ``whole`` (``share`` is None when there is nothing to count yet)."""

    part: int
    whole: int

    @property
    def share(self) -> float | None:
        """The fraction in 0..1, or None when ``whole`` is 0."""
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class IntakeCounts:
    """Where this service point's applications came from."""

    kiosk: int
    """Applications filed on this kiosk (all reach the portal as online applications)."""
    online_logged: int
    """Other online intakes staff logged by hand (``intake_log`` channel 'online')."""
    paper: int
    """Paper intakes staff logged with the one-tap button."""

    @property
    def online(self) -> Ratio:
        """Online intakes against all intakes."""
        online = self.kiosk + self.online_logged
        return Ratio(online, online + self.paper)


class StatsMixin(StoreBase):
    """Dashboard aggregates. ``since``/``until`` are local dates ``YYYY-MM-DD`` (inclusive)."""

    def applications_per_day(self, *, since: str, until: str) -> list[tuple[str, int]]:
        """Applications per local day from ``since`` to ``until``; days with none are omitted."""
        day = _LOCAL_DAY.format(col="submitted_at")
        rows = self.query(
            f"SELECT {day} AS d, COUNT(*) FROM applications"  # noqa: S608 - fixed expression
            f" WHERE {day} BETWEEN ? AND ? GROUP BY d ORDER BY d",
            (since, until),
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def applications_per_procedure(
        self, *, since: str | None = None, until: str | None = None
    ) -> list[tuple[str, int]]:
        """Applications per procedure code, most first (then by code)."""
        where, params = _period("submitted_at", since, until)
        rows = self.query(
            f"SELECT procedure_code, COUNT(*) AS n FROM applications {where}"  # noqa: S608
            " GROUP BY procedure_code ORDER BY n DESC, procedure_code",
            params,
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def full_online_share(self, *, since: str | None = None, until: str | None = None) -> Ratio:
        """Applications at level toàn trình against all applications (target 20 %)."""
        where, params = _period("submitted_at", since, until)
        row = self.query(
            "SELECT COALESCE(SUM(level = 'toan_trinh'), 0), COUNT(*)"  # noqa: S608
            f" FROM applications {where}",
            params,
        )[0]
        return Ratio(int(row[0]), int(row[1]))

    def intake_counts(self, *, since: str | None = None, until: str | None = None) -> IntakeCounts:
        """Kiosk applications plus the intakes staff logged by hand (target 60 % online)."""
        where, params = _period("submitted_at", since, until)
        kiosk = int(self.query(f"SELECT COUNT(*) FROM applications {where}", params)[0][0])  # noqa: S608
        where, params = _period("recorded_at", since, until)
        logged = {"paper": 0, "online": 0}
        for row in self.query(
            f"SELECT channel, COUNT(*) FROM intake_log {where} GROUP BY channel",  # noqa: S608
            params,
        ):
            logged[str(row[0])] = int(row[1])
        return IntakeCounts(kiosk=kiosk, online_logged=logged["online"], paper=logged["paper"])

    def results_on_time(self, *, today: str) -> Ratio:
        """Results finished on or before their due date, against every result that is due.

        A result is due once it is finished (status 9/10) or its due date has
        passed: an unfinished application past its due date already counts as late.
        """
        finished_day = _LOCAL_DAY.format(col="portal_status_at")
        row = self.query(
            f"SELECT COALESCE(SUM({_FINISHED} AND {finished_day} <= substr(due_at, 1, 10)), 0),"  # noqa: S608
            " COUNT(*) FROM applications WHERE due_at IS NOT NULL AND"
            f" ({_FINISHED} OR (NOT {_CLOSED} AND substr(due_at, 1, 10) < ?))",
            (today,),
        )[0]
        return Ratio(int(row[0]), int(row[1]))

    def electronic_results(self) -> Ratio:
        """Finished applications whose result was also issued electronically (target 100 %)."""
        row = self.query(
            f"SELECT COALESCE(SUM(e_result != 0), 0), COUNT(*) FROM applications WHERE {_FINISHED}"  # noqa: S608
        )[0]
        return Ratio(int(row[0]), int(row[1]))

    def oldest_undelivered_at(self) -> str | None:
        """When the oldest application still not on the portal was submitted (UTC), or None."""
        row = self.query("SELECT MIN(submitted_at) FROM applications WHERE state != 'delivered'")
        return row[0][0] if row else None

    def audit_event_count(self) -> int:
        """How many entries the audit chain holds."""
        return int(self.query("SELECT COUNT(*) FROM audit_events")[0][0])

    def undelivered_count(self) -> int:
        """Applications not yet on the portal (queued, sending or needing correction)."""
        return int(self.query("SELECT COUNT(*) FROM applications WHERE state != 'delivered'")[0][0])

    def overdue_application_ids(self, *, today: str, limit: int = 200) -> list[str]:
        """Open applications whose due date has passed, most overdue first."""
        rows = self.query(
            "SELECT id FROM applications WHERE due_at IS NOT NULL"  # noqa: S608
            f" AND substr(due_at, 1, 10) < ? AND NOT {_CLOSED}"
            " ORDER BY due_at, submitted_at LIMIT ?",
            (today, limit),
        )
        return [str(r[0]) for r in rows]

    def supplement_request_ids(self, *, limit: int = 200) -> list[str]:
        """Applications for which the portal asked for more documents (status 5), oldest first."""
        rows = self.query(
            "SELECT id FROM applications WHERE portal_status = ?"
            " ORDER BY portal_status_at, submitted_at LIMIT ?",
            (SUPPLEMENT_STATUS, limit),
        )
        return [str(r[0]) for r in rows]

    def record_intake(self, channel: str, procedure_code: str | None = None) -> int:
        """Log one intake received outside the kiosk ('paper' or 'online'); return its row id."""
        if channel not in ("paper", "online"):
            raise ValueError(f"unknown intake channel {channel!r}")
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO intake_log (channel, procedure_code, recorded_at) VALUES (?, ?, ?)",
                (channel, procedure_code, self.clock.stamp()),
            )
            return int(cur.lastrowid or 0)


def _period(column: str, since: str | None, until: str | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause limiting ``column`` (UTC) to local days ``since``..``until``."""
    day = _LOCAL_DAY.format(col=column)
    clauses, params = [], []
    if since:
        clauses.append(f"{day} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{day} <= ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


__all__ = [
    "CLOSED_STATUSES",
    "FINISHED_STATUSES",
    "SUPPLEMENT_STATUS",
    "IntakeCounts",
    "Ratio",
    "StatsMixin",
]
