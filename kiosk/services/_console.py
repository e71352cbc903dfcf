"""What the staff console and dashboard show: figures against the city's targets, work lists.

Every function takes :class:`KioskServices` and runs on the store's thread
(``tasks.run_db(lambda s: dashboard_figures(s))``). Nothing here decrypts a
resident's answers: the dashboard is counts, codes and dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kiosk.clock import Clock, system_clock
from kiosk.store import ApplicationRecord, DraftRecord, IntakeCounts, OutboxItem, Ratio

TARGET_ONLINE = 0.60
"""Share of a service point's intakes received online (Hanoi's target for communes)."""
TARGET_FULL_ONLINE = 0.20
"""Share of applications filed toàn trình (fully online)."""
TARGET_ON_TIME = 1.0
"""Share of results returned on or before the due date."""
TARGET_E_RESULT = 1.0
"""Share of results also issued as an electronic copy."""


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard draws, computed from the local store in one call."""

    today: date
    per_day: list[tuple[date, int]]
    """Applications per local day over the window, every day present (zeros included)."""
    per_procedure: list[tuple[str, str, int]]
    """(procedure code, Vietnamese name, count) over the window, most first."""
    full_online: Ratio
    intakes: IntakeCounts
    on_time: Ratio
    e_results: Ratio
    undelivered: int
    oldest_undelivered_at: datetime | None
    overdue: int
    supplements: int
    outbox: dict[str, int] = field(default_factory=dict)
    now: datetime | None = None
    """When the figures were computed (the services' clock): ages are counted to it."""

    @property
    def oldest_undelivered_age(self) -> timedelta | None:
        """How long the oldest undelivered application has waited (None when all delivered)."""
        if self.oldest_undelivered_at is None:
            return None
        now = self.now or system_clock().now_utc()
        return max(timedelta(0), now - self.oldest_undelivered_at)


@dataclass(frozen=True)
class OutboxRow:
    """An outbox item with the application's code and procedure, for the console's list."""

    item: OutboxItem
    application: ApplicationRecord


@dataclass(frozen=True)
class WorkLists:
    """Applications staff must act on."""

    overdue: list[ApplicationRecord]
    supplements: list[ApplicationRecord]


def local_today(clock: Clock | None = None) -> date:
    """Today in the kiosk's time zone, by ``clock`` (the real clock in Hà Nội when None)."""
    return (clock or system_clock()).today()


def _clock_of(services: Any) -> Clock:
    clock: Clock = getattr(services, "clock", None) or system_clock()
    return clock


def parse_utc(stamp: str | None) -> datetime | None:
    """A store timestamp (``...Z``) as an aware UTC datetime; None stays None."""
    if not stamp:
        return None
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)


def procedure_name(services: Any, code: str) -> str:
    """The Vietnamese name of a procedure, or its code when the catalog doesn't know it."""
    try:
        return str(services.catalog.get(code).name)
    except Exception:  # an old or withdrawn procedure still counts; show its code
        return code


def dashboard_figures(
    services: Any, *, today: date | None = None, days: int = 14
) -> DashboardFigures:
    """The dashboard's figures over the last ``days`` local days (targets use every record)."""
    store = services.store
    clock = _clock_of(services)
    today = today or clock.today()
    start = today - timedelta(days=days - 1)
    since, until = start.isoformat(), today.isoformat()
    counted = dict(store.applications_per_day(since=since, until=until))
    per_day = [
        (start + timedelta(days=n), counted.get((start + timedelta(days=n)).isoformat(), 0))
        for n in range(days)
    ]
    per_procedure = [
        (code, procedure_name(services, code), count)
        for code, count in store.applications_per_procedure(since=since, until=until)
    ]
    return DashboardFigures(
        today=today,
        per_day=per_day,
        per_procedure=per_procedure,
        full_online=store.full_online_share(),
        intakes=store.intake_counts(),
        on_time=store.results_on_time(today=until),
        e_results=store.electronic_results(),
        undelivered=store.undelivered_count(),
        oldest_undelivered_at=parse_utc(store.oldest_undelivered_at()),
        overdue=len(store.overdue_application_ids(today=until)),
        supplements=len(store.supplement_request_ids()),
        outbox=store.outbox_counts(),
        now=clock.now_utc(),
    )


def record_paper_intake(services: Any, procedure_code: str | None = None) -> IntakeCounts:
    """Log one paper intake (one tap on the dashboard) and return the new intake counts."""
    services.store.record_intake("paper", procedure_code)
    counts: IntakeCounts = services.store.intake_counts()
    return counts


def outbox_rows(services: Any, *, include_delivered: bool = False) -> list[OutboxRow]:
    """The outbox for the console: each item with its application, oldest first."""
    store = services.store
    rows = []
    for item in store.list_outbox(include_delivered=include_delivered):
        rows.append(OutboxRow(item, store.get_application(item.application_id)))
    return rows


def work_lists(services: Any, *, today: date | None = None) -> WorkLists:
    """Overdue applications and supplement requests, each with its record."""
    store = services.store
    until = (today or _clock_of(services).today()).isoformat()
    return WorkLists(
        overdue=[store.get_application(i) for i in store.overdue_application_ids(today=until)],
        supplements=[store.get_application(i) for i in store.supplement_request_ids()],
    )


def find_drafts(services: Any, query: str, *, limit: int = 100) -> list[DraftRecord]:
    """Open drafts matching ``query``: a draft code, else names/ID/phone via the blind index."""
    query = query.strip()
    if not query:
        drafts: list[DraftRecord] = services.list_drafts(limit=limit)
        return drafts
    by_code = services.store.find_draft_by_code(query)
    found: list[DraftRecord] = services.search_drafts(query, limit=limit)
    if by_code is not None and all(d.id != by_code.id for d in found):
        found.insert(0, by_code)
    return found


def find_applications(services: Any, query: str, *, limit: int = 100) -> list[ApplicationRecord]:
    """Applications matching ``query``: a receipt code, else names/ID/phone via the blind index."""
    query = query.strip()
    if not query:
        records: list[ApplicationRecord] = services.store.list_applications(limit=limit)
        return records
    by_code = services.lookup(query)
    found: list[ApplicationRecord] = services.search_applications(query, limit=limit)
    if by_code is not None and all(a.id != by_code.id for a in found):
        found.insert(0, by_code)
    return found


def delete_draft(services: Any, draft_id: str, *, staff_id: str) -> bool:
    """Delete an open draft with an audit entry naming the staff member; False if already gone."""
    deleted: bool = services.store.delete_draft(draft_id, actor=f"staff:{staff_id}")
    return deleted


def retry_now(services: Any, application_id: str, *, staff_id: str) -> None:
    """Put an application back at the head of the queue (same idempotency key), audited."""
    store = services.store
    with store.transaction():
        store.requeue(application_id)
        store.audit(f"staff:{staff_id}", "outbox.requeued", application_id)


__all__ = [
    "TARGET_E_RESULT",
    "TARGET_FULL_ONLINE",
    "TARGET_ONLINE",
    "TARGET_ON_TIME",
    "DashboardFigures",
    "OutboxRow",
    "WorkLists",
    "dashboard_figures",
    "delete_draft",
    "find_applications",
    "find_drafts",
    "local_today",
    "outbox_rows",
    "parse_utc",
    "procedure_name",
    "record_paper_intake",
    "retry_now",
]
