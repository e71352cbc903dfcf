"""The store: migrations, encryption at rest, drafts, applications + outbox atomicity, audit chain."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest

from kiosk.crypto import DataCipher, DecryptionError
from kiosk.store import ConsentInput, Store, StoreFullError, open_store
from kiosk.store._migrations import MIGRATIONS


@pytest.fixture
def store(data_dir: Path) -> Store:
    s = open_store(data_dir, DataCipher(secrets.token_bytes(32)))
    yield s
    s.close()


def _submit(store: Store, draft_id: str | None = None, name: str = "Nguyễn Thị Ánh Tuyết"):
    return store.submit_application(
        draft_id=draft_id,
        procedure_code="1.001193",
        definition_version="1",
        level="toan_trinh",
        mode="self",
        staff_id=None,
        payload={"answers": {"requester_full_name": name}},
        receipt={"filer_name": name},
        code_prefix="TT-AB12",
        consents=[ConsentInput("processing", "v1", "Tôi đồng ý", True)],
    )


def test_pragmas_and_schema(store: Store) -> None:
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    tables = set(store.db.table_names())
    assert {"drafts", "applications", "attachments", "outbox", "catalog", "audit_events"} <= tables
    assert store.schema_version >= 1
    versions = [r[0] for r in store.query("SELECT version FROM schema_migrations")]
    assert versions == [number for number, _, _ in MIGRATIONS]


def test_reopen_does_not_reapply_migrations(data_dir: Path) -> None:
    key = secrets.token_bytes(32)
    open_store(data_dir, DataCipher(key)).close()
    again = open_store(data_dir, DataCipher(key))
    versions = [r[0] for r in again.query("SELECT version FROM schema_migrations")]
    assert versions == [number for number, _, _ in MIGRATIONS]
    again.close()


def test_draft_autosave_round_trip_is_encrypted(store: Store, data_dir: Path) -> None:
    draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    rev = store.save_draft(draft.id, {"answers": {"child_full_name": "Trần Đức Lương"}})
    assert rev == 1
    assert store.get_draft(draft.id).payload["answers"]["child_full_name"] == "Trần Đức Lương"
    store.close()
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("kiosk.db"))
    assert "Lương".encode() not in raw and b"child_full_name" not in raw


def test_blob_moved_to_another_row_fails(store: Store) -> None:
    a = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    b = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    blob = store.query("SELECT payload FROM drafts WHERE id = ?", (a.id,))[0][0]
    with store.transaction() as conn:
        conn.execute("UPDATE drafts SET payload = ? WHERE id = ?", (blob, b.id))
    with pytest.raises(DecryptionError):
        store.get_draft(b.id)


def test_submit_writes_application_outbox_and_consent_together(store: Store) -> None:
    draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    app = _submit(store, draft.id)
    assert app.provisional_code.startswith("TT-AB12-") and app.provisional_code.endswith("-0001")
    assert app.official_code is None and app.code == app.provisional_code
    item = store.outbox_item(app.id)
    assert item is not None and item.state == "pending" and len(item.idempotency_key) == 36
    assert store.consents_of(app.id)[0]["purpose"] == "processing"
    assert store.get_draft(draft.id).state == "submitted"
    assert store.get_draft(draft.id).payload == {}
    assert _submit(store).provisional_code.endswith("-0002")


def test_failed_submit_leaves_nothing(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.submit_application(
            draft_id=None,
            procedure_code="1.001193",
            definition_version="1",
            level="not-a-level",
            mode="self",
            staff_id=None,
            payload={},
            receipt={},
            code_prefix="TT-AB12",
        )
    assert store.query("SELECT COUNT(*) FROM applications")[0][0] == 0
    assert store.query("SELECT COUNT(*) FROM outbox")[0][0] == 0


def test_delivery_drops_local_copy_and_keeps_receipt(store: Store) -> None:
    app = _submit(store)
    item = store.due_outbox()[0]
    assert store.claim_outbox(item.id)
    assert not store.claim_outbox(item.id), "an item in flight cannot be claimed twice"
    store.record_delivered(item.id, official_code="000.00.01.H26-261128-010001", portal_status=2)
    got = store.get_application(app.id)
    assert got.state == "delivered" and got.code == "000.00.01.H26-261128-010001"
    assert store.application_payload(app.id) is None
    assert got.receipt["filer_name"] == "Nguyễn Thị Ánh Tuyết"
    assert store.find_application("000.00.01.H26-261128-010001").id == app.id
    assert store.find_application(app.provisional_code.lower()).id == app.id
    assert store.outbox_counts()["delivered"] == 1


def test_crash_in_flight_is_resumed(store: Store) -> None:
    _submit(store)
    item = store.due_outbox()[0]
    store.claim_outbox(item.id)
    assert store.due_outbox() == []
    assert store.resume_in_flight() == 1
    assert store.due_outbox()[0].attempts == 1


def test_retry_and_rejection(store: Store) -> None:
    a, b = _submit(store), _submit(store)
    ia, ib = store.outbox_item(a.id), store.outbox_item(b.id)
    store.claim_outbox(ia.id)
    store.record_retry(ia.id, error="503", next_attempt_at="2999-01-01T00:00:00Z")
    store.claim_outbox(ib.id)
    store.record_rejected(ib.id, reasons="child_dob: in the future")
    assert store.due_outbox() == []
    assert store.get_application(b.id).state == "needs_correction"
    assert store.outbox_counts()["failed"] == 1
    store.requeue(b.id)
    assert [i.application_id for i in store.due_outbox()] == [b.id]


def test_audit_chain_detects_alteration_and_truncation(store: Store) -> None:
    for i in range(5):
        store.audit("staff-1", "test.event", str(i), {"n": i})
    assert store.verify_audit() == (True, None, "ok")
    with store.transaction() as conn:
        conn.execute("UPDATE audit_events SET detail = '{\"n\": 99}' WHERE seq = 3")
    ok, seq, _ = store.verify_audit()
    assert not ok and seq == 3


def test_audit_truncation_detected(store: Store) -> None:
    for i in range(4):
        store.audit("staff-1", "test.event", str(i))
    with store.transaction() as conn:
        conn.execute("DELETE FROM audit_events WHERE seq = 4")
    ok, seq, reason = store.verify_audit()
    assert not ok and seq == 4 and "removed" in reason


def test_corrupt_database_is_moved_aside(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "kiosk.db").write_bytes(b"this is not a database" * 100)
    store = open_store(data_dir, DataCipher(secrets.token_bytes(32)))
    try:
        assert store.rescued_from is not None and store.rescued_from.exists()
        assert store.integrity_check()[0]
    finally:
        store.close()


def test_full_disk_keeps_previous_data(store: Store) -> None:
    draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
    store.save_draft(draft.id, {"answers": {"x": "trước"}})
    pages = store.query("PRAGMA page_count")[0][0]
    store.query(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreFullError):
        for _ in range(50):
            store.save_draft(draft.id, {"answers": {"x": "y" * 50_000}})
    store.query("PRAGMA max_page_count = 1073741823")
    assert store.get_draft(draft.id).payload["answers"]["x"] in {"trước", "y" * 50_000}
    assert store.integrity_check()[0]


def test_blind_search_finds_by_name_any_diacritics(store: Store, data_dir: Path) -> None:
    a, b = _submit(store, name="Nguyễn Thị Ánh Tuyết"), _submit(store, name="Trần Văn Đức")
    store.index_application(a.id, ["Nguyễn Thị Ánh Tuyết", "001190012345"])
    store.index_application(b.id, ["Trần Văn Đức"])
    assert store.search_applications("tuyet") == [a.id]
    assert store.search_applications("NGUYỄN ánh") == [a.id]
    assert store.search_applications("duc tran") == [b.id]
    assert store.search_applications("001190012345") == [a.id]
    assert store.search_applications("Lê") == []
    store.close()
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("kiosk.db"))
    for word in (b"tuyet", b"nguyen", "Tuyết".encode(), b"001190012345"):
        assert word not in raw


def test_status_time_changes_only_with_the_status(store: Store) -> None:
    app = _submit(store)
    store.record_status(app.id, portal_status=4)
    first = store.query("SELECT portal_status_at FROM applications WHERE id = ?", (app.id,))[0][0]
    store.record_status(app.id, portal_status=4, due_at="2026-12-01T17:00:00+07:00")
    again = store.query("SELECT portal_status_at FROM applications WHERE id = ?", (app.id,))[0][0]
    assert again == first
    store.record_status(app.id, portal_status=9, e_result=True)
    got = store.get_application(app.id)
    assert got.portal_status == 9 and got.e_result and got.due_at.startswith("2026-12-01")
    later = store.query("SELECT portal_status_at FROM applications WHERE id = ?", (app.id,))[0][0]
    assert later >= first


def test_one_word_search_lists_newest_first(store: Store) -> None:
    older, newer = _submit(store, name="Lê Văn Anh"), _submit(store, name="Phạm Thị Anh")
    for app in (older, newer):
        store.index_application(app.id, [app.receipt["filer_name"]])
    assert store.search_applications("anh") == [newer.id, older.id]
    assert store.search_applications("anh", limit=1) == [newer.id]
    assert store.search_applications("anh le") == [older.id]
