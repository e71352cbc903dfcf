"""Retention: delivered applications and abandoned drafts are purged; dry run changes nothing."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.crypto import DataCipher
from kiosk.security import purge
from kiosk.store import AttachmentInput, ConsentInput, Store, open_store

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = open_store(data_dir, DataCipher(secrets.token_bytes(32)))
    yield s
    s.close()


def _application(store: Store, *, delivered_days_ago: float | None) -> str:
    draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    app = store.submit_application(
        draft_id=draft.id,
        procedure_code="1.001193",
        definition_version="1",
        level="toan_trinh",
        mode="self",
        staff_id=None,
        payload={"answers": {"requester_full_name": "Nguyễn Thị Ánh Tuyết"}},
        receipt={"filer_name": "Nguyễn Thị Ánh Tuyết"},
        code_prefix="TT-AB12",
        attachments=[AttachmentInput("birth_certificate", "application/pdf", b"%PDF-1.4 x")],
        consents=[ConsentInput("processing", "v1", "Tôi đồng ý", True)],
    )
    if delivered_days_ago is not None:
        item = store.outbox_item(app.id)
        assert item is not None and store.claim_outbox(item.id)
        store.record_delivered(
            item.id, official_code=f"000.00.01.H26-260101-{secrets.randbelow(10**6):06d}"
        )
        when = _ts(NOW - timedelta(days=delivered_days_ago))
        with store.transaction() as conn:
            conn.execute("UPDATE applications SET delivered_at = ? WHERE id = ?", (when, app.id))
            conn.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (when, draft.id))
    return app.id


def _draft(store: Store, *, hours_ago: float) -> str:
    draft = store.create_draft(procedure_code="1.004873", definition_version="1", mode="assisted")
    store.save_draft(draft.id, {"answers": {"full_name": "Trần Văn Bình"}})
    with store.transaction() as conn:
        conn.execute(
            "UPDATE drafts SET updated_at = ? WHERE id = ?",
            (_ts(NOW - timedelta(hours=hours_ago)), draft.id),
        )
    return draft.id


def _counts(store: Store) -> dict[str, int]:
    return {
        t: int(store.query(f"SELECT COUNT(*) FROM {t}")[0][0])
        for t in ("applications", "attachments", "drafts", "outbox", "consents", "audit_events")
    }


def test_dry_run_counts_and_changes_nothing(store: Store) -> None:
    _application(store, delivered_days_ago=40)
    _application(store, delivered_days_ago=5)
    _draft(store, hours_ago=100)
    before = _counts(store)
    report = purge(store, delivered_days=30, draft_hours=72, dry_run=True, now=NOW)
    assert report.dry_run and report.audit_seq is None
    assert (report.applications, report.attachments, report.drafts) == (1, 1, 1)
    assert _counts(store) == before, "a dry run writes nothing, not even an audit entry"


def test_purge_deletes_only_what_is_due(store: Store) -> None:
    old = _application(store, delivered_days_ago=40)
    recent = _application(store, delivered_days_ago=5)
    queued = _application(store, delivered_days_ago=None)  # never delivered: must stay
    stale = _draft(store, hours_ago=100)
    fresh = _draft(store, hours_ago=1)

    report = purge(store, delivered_days=30, draft_hours=72, dry_run=False, now=NOW)

    assert (report.applications, report.attachments, report.drafts) == (1, 1, 1)
    # Submitted drafts are empty shells; they go after draft_hours like open drafts.
    assert report.draft_shells == 2
    ids = {r[0] for r in store.query("SELECT id FROM applications")}
    assert ids == {recent, queued} and old not in ids
    assert not store.query("SELECT 1 FROM attachments WHERE application_id = ?", (old,))
    assert not store.query("SELECT 1 FROM outbox WHERE application_id = ?", (old,))
    assert not store.query("SELECT 1 FROM consents WHERE application_id = ?", (old,))
    drafts = {r[0] for r in store.query("SELECT id FROM drafts WHERE state = 'open'")}
    assert fresh in drafts and stale not in drafts
    assert store.application_payload(queued) is not None

    last = store.query("SELECT actor, action, subject, detail FROM audit_events ORDER BY seq DESC")[
        0
    ]
    assert (last[0], last[1], last[2]) == ("system", "retention.purged", None)
    detail = json.loads(last[3])
    assert detail == {
        "applications": 1,
        "attachments": 1,
        "drafts": 1,
        "draft_shells": 2,
        "delivered_days": 30,
        "draft_hours": 72,
    }
    assert report.audit_seq is not None
    assert store.verify_audit() == (True, None, "ok")


def test_second_run_finds_nothing_and_still_audits(store: Store) -> None:
    _application(store, delivered_days_ago=40)
    purge(store, delivered_days=30, draft_hours=72, dry_run=False, now=NOW)
    again = purge(store, delivered_days=30, draft_hours=72, dry_run=False, now=NOW)
    assert again.total == 0 and again.audit_seq is not None


def test_purged_personal_data_is_gone_from_the_files(store: Store, data_dir: Path) -> None:
    app_id = _application(store, delivered_days_ago=40)
    receipt_blob = bytes(
        store.query("SELECT receipt FROM applications WHERE id = ?", (app_id,))[0][0]
    )
    code = store.get_application(app_id).official_code
    assert code is not None
    purge(store, delivered_days=30, draft_hours=72, dry_run=False, now=NOW)
    store.close()
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("kiosk.db"))
    # Even the ciphertext is gone: secure_delete zeroes freed pages, the WAL is folded back.
    assert receipt_blob[:64] not in raw
    assert code.encode() not in raw.replace(b'"official_code": "' + code.encode(), b"")


def test_negative_ages_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        purge(store, delivered_days=-1, draft_hours=1, dry_run=True)
