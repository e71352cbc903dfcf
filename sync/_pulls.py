"""Pulling from the portal: application statuses and the procedure catalog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from operator import methodcaller
from typing import Any

import forms
from sync._client import PortalClient
from sync._errors import PortalError

_log = logging.getLogger(__name__)

# Statuses after which nothing changes any more: refused, withdrawn, stopped, returned.
FINAL_STATUSES = frozenset({3, 7, 8, 10})
STATUS_BATCH = 100

Db = Callable[[Callable[[Any], Any]], Any]


def pull_statuses(client: PortalClient, db: Db, errors: list[str]) -> int:
    """Refresh the portal status of delivered applications still in progress; return how many.

    Stops at the first transport failure (the link is probably down).
    """
    apps = db(lambda s: s.list_applications(state="delivered", limit=STATUS_BATCH))
    updated = 0
    for app in apps:
        if not app.official_code or app.portal_status in FINAL_STATUSES:
            continue
        try:
            status = client.status(app.official_code)
        except PortalError as exc:
            errors.append(f"status pull: {exc}")
            break
        if status is None:
            continue
        db(
            methodcaller(
                "record_status",
                app.id,
                portal_status=status.status,
                due_at=status.due_at,
                supplement_note=status.supplement_note,
                e_result=status.e_result_available,
            )
        )
        if status.paid and status.paid_amount_vnd and status.paid_at:
            db(
                methodcaller(
                    "record_payment",
                    app.id,
                    amount_vnd=status.paid_amount_vnd,
                    paid_at=status.paid_at,
                )
            )
        updated += 1
    return updated


def pull_catalog(client: PortalClient, db: Db, errors: list[str]) -> bool:
    """Download the catalog if it changed; replace the working one only if all of it is usable.

    Returns whether the stored catalog was replaced.
    """
    etag = db(lambda s: s.get_device("catalog_etag")) or None
    try:
        catalog = client.catalog(etag)
    except PortalError as exc:
        errors.append(f"catalog pull: {exc}")
        return False
    if catalog is None:
        return False
    definitions: dict[str, tuple[str, str]] = {}
    for code, version, text in catalog.procedures:
        try:
            forms.load_definition(text, source=f"portal:{code}")
        except Exception as exc:  # one unusable definition rejects the whole download
            errors.append(
                f"catalog pull: definition {code} {version} unusable ({type(exc).__name__})"
            )
            return False
        if code not in definitions or version > definitions[code][0]:
            definitions[code] = (version, text)
    db(lambda s: s.replace_portal_catalog(definitions, catalog.etag))
    _log.info("catalog updated from the portal (%d procedures)", len(definitions))
    return True


def report_audit_head(
    client: PortalClient, db: Db, errors: list[str], last: tuple[int, str] | None
) -> tuple[int, str] | None:
    """Send the audit head if it moved since ``last``; return the head now reported.

    The portal's answer (the highest head it has seen) is kept, keyed, on the
    kiosk, so ``kiosk audit verify`` notices a log shorter than that even offline.
    """
    head = db(lambda s: s.audit_head())
    if head is None or head == last:
        return last
    try:
        seen = client.report_audit_head(*head)
    except PortalError as exc:
        errors.append(f"audit head: {exc}")
        return last
    db(lambda s: s.record_portal_audit_head(*seen))
    return (int(head[0]), str(head[1]))
