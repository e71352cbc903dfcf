"""Outbox export/import: a broken kiosk's undelivered applications reach the portal once.

Kiosk A (its own data key) exports; kiosk B (another key) imports into its own
data dir and delivers to the real reference portal on loopback. Importing the
same export twice, or after the applications were delivered, stores nothing new.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from kiosk.config import KioskConfig
from kiosk.services import (
    KioskContext,
    StoreExecutor,
    TransferError,
    export_outbox,
    find_exports,
    import_outbox,
)
from kiosk.store import AttachmentInput, ConsentInput, Store

PASS = "mat-khau-chuyen-may-2025"
NAMES = ["Nguyễn Thị Hoà", "Trần Văn Thuỷ", "Lê Minh Đức"]


def _context(root: Path, name: str) -> KioskContext:
    return KioskContext(data_dir=root / name, config=KioskConfig(), key=secrets.token_bytes(32))


def _submit(store: Store, name: str, n: int, *, attachment: bytes | None = None) -> str:
    record = store.submit_application(
        draft_id=None,
        procedure_code="1.001193",
        definition_version="1",
        level="toan_trinh",
        mode="assisted",
        staff_id="cb01",
        payload={
            "procedure_code": "1.001193",
            "definition_version": "1",
            "level": "toan_trinh",
            "submitted_at": "2025-10-01T09:00:00+07:00",
            "answers": {"requester_full_name": name, "requester_phone": f"091234567{n}"},
        },
        receipt={"filer_name": name, "filer_phone": f"091234567{n}", "request": "Khai sinh"},
        code_prefix="TT-AAAA",
        attachments=[AttachmentInput("birth_certificate", "image/png", attachment)]
        if attachment
        else [],
        consents=[ConsentInput("processing", "v1", "Tôi đồng ý", True)],
    )
    store.index_application(record.id, [name])
    return record.id


@pytest.fixture
def kiosk_a(tmp_path: Path) -> Iterator[tuple[KioskContext, Store, list[str]]]:
    context = _context(tmp_path, "a")
    store = context.open_store()
    store.set_device("kiosk_id", "kiosk-a")
    ids = [
        _submit(store, name, n, attachment=b"\x89PNG" + bytes(range(256)) * 40 if n == 0 else None)
        for n, name in enumerate(NAMES)
    ]
    yield context, store, ids
    store.close()


def test_export_holds_no_plaintext_and_stops_the_broken_kiosk_sending(
    kiosk_a: Any, tmp_path: Path
) -> None:
    _, store, ids = kiosk_a
    report = export_outbox(store, tmp_path / "usb", PASS)
    assert sorted(report.done) == sorted(ids)
    everything = b"".join(p.read_bytes() for p in report.folder.rglob("*") if p.is_file())
    for name in NAMES:
        assert name.encode() not in everything
    assert b"0912345670" not in everything and b"bytes(range" not in everything
    # The broken kiosk no longer sends them (only one kiosk delivers), and says so.
    assert store.due_outbox() == []
    assert all(i.last_error and i.last_error.startswith("exported") for i in store.list_outbox())
    assert store.verify_audit()[0]
    assert store.query("SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1")[0][0] == (
        "outbox.exported"
    )


def test_import_with_wrong_passphrase_or_altered_file_is_refused(
    kiosk_a: Any, tmp_path: Path
) -> None:
    _, store, _ = kiosk_a
    folder = export_outbox(store, tmp_path / "usb", PASS).folder
    b = _context(tmp_path, "b").open_store()
    try:
        with pytest.raises(TransferError, match="Mật khẩu không đúng"):
            import_outbox(b, folder, "mot-mat-khau-khac")
        blob = next((folder / "applications").iterdir())
        blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
        report = import_outbox(b, folder, PASS)
        assert len(report.failed) == 1 and "sha256" in report.failed[0][1]
        assert len(report.done) == 2
    finally:
        b.close()
    with pytest.raises(TransferError, match="ít nhất"):
        export_outbox(store, tmp_path / "x", "ngan")


def test_import_twice_then_deliver_stores_each_application_once(
    kiosk_a: Any, tmp_path: Path
) -> None:
    from portal import PortalDB, start_portal_in_thread
    from sync import Backoff, OutboxWorker, enrol

    _, store_a, ids = kiosk_a
    folder = export_outbox(store_a, tmp_path / "usb", PASS).folder
    assert find_exports(tmp_path / "usb") == [folder]

    context_b = _context(tmp_path, "b")
    store_b = context_b.open_store()
    first = import_outbox(store_b, tmp_path / "usb", PASS)
    again = import_outbox(store_b, folder, PASS)
    assert sorted(first.done) == sorted(ids) and not first.failed
    assert again.done == [] and sorted(again.skipped) == sorted(ids)
    # Same ids and idempotency keys as on kiosk A; payloads readable with B's key only.
    for app_id in ids:
        assert (
            store_b.outbox_item(app_id).idempotency_key
            == store_a.outbox_item(app_id).idempotency_key
        )
        assert store_b.application_payload(app_id) == store_a.application_payload(app_id)
    att = store_b.attachments_of(ids[0])[0]
    assert store_b.attachment_content(att.id) == store_a.attachment_content(att.id)
    assert store_b.search_applications("thuy tran") == [ids[1]]
    assert store_b.find_application(store_a.get_application(ids[2]).provisional_code).id == ids[2]
    store_b.close()

    portal_db = tmp_path / "portal.db"
    with start_portal_in_thread(portal_db, enroll_code="MA-B") as portal:
        executor = StoreExecutor(context_b.open_store)
        try:
            executor.ready(30)
            client = enrol(executor, portal.url, "MA-B")
            worker = OutboxWorker(executor, client, backoff=Backoff(base_s=0))
            report = worker.run_until_empty(60)
            assert report.delivered == 3 and report.pending == 0
            # The same export imported once more after delivery changes nothing.
            late = executor.call(lambda s: import_outbox(s, folder, PASS))
            assert late.done == [] and len(late.skipped) == 3
            assert worker.run_until_empty(30).delivered == 0
        finally:
            executor.shutdown(lambda s: s.close())
        stats = PortalDB(portal_db).stats()
    assert stats["applications"] == 3
    assert stats["duplicates"] == 0


def test_export_imported_on_two_kiosks_is_stored_once(kiosk_a: Any, tmp_path: Path) -> None:
    from portal import PortalDB, start_portal_in_thread
    from sync import Backoff, OutboxWorker, enrol

    _, store_a, ids = kiosk_a
    folder = export_outbox(store_a, tmp_path / "usb", PASS).folder
    portal_db = tmp_path / "portal.db"
    codes: dict[str, list[str | None]] = {}
    with start_portal_in_thread(portal_db, enroll_code="MA-B") as portal:
        PortalDB(portal_db).add_enroll_code("MA-C")
        for name, code in (("b", "MA-B"), ("c", "MA-C")):
            context = _context(tmp_path, name)
            executor = StoreExecutor(context.open_store)
            try:
                executor.ready(30)
                executor.call(lambda s: import_outbox(s, folder, PASS))
                client = enrol(executor, portal.url, code)
                worker = OutboxWorker(executor, client, backoff=Backoff(base_s=0))
                report = worker.run_until_empty(60)
                assert report.delivered == 3 and report.pending == 0, name
                codes[name] = executor.call(
                    lambda s: [s.get_application(i).official_code for i in ids]
                )
            finally:
                executor.shutdown(lambda s: s.close())
        stats = PortalDB(portal_db).stats()
    assert stats["applications"] == 3
    assert stats["duplicates"] == 0
    # Kiosk C's three submissions were answered as repeats, with kiosk B's official codes.
    assert stats["duplicate_replies"] == 3
    assert all(codes["b"]) and codes["c"] == codes["b"]


def test_cli_export_then_import(kiosk_a: Any, tmp_path: Path, monkeypatch: Any) -> None:
    context_a, store_a, ids = kiosk_a
    store_a.close()
    key_a = tmp_path / "a.key"
    key_a.write_bytes(context_a.key)
    key_a.chmod(0o600)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_KEY_FILE", str(key_a))
    usb = tmp_path / "usb"
    assert (
        main(
            [
                "--data-dir",
                str(context_a.data_dir),
                "outbox",
                "export",
                "--to",
                str(usb),
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    monkeypatch.setenv("KIOSK_KEY_FILE", str(tmp_path / "b.key"))
    data_b = tmp_path / "b"
    args = [
        "--data-dir",
        str(data_b),
        "outbox",
        "import",
        str(usb),
        "--passphrase-file",
        str(secret),
    ]
    assert main(args) == 0
    assert main(args) == 0  # the second import skips everything
    store_b = Store.open(data_b, _cipher_from(tmp_path / "b.key"))
    try:
        assert sorted(i.application_id for i in store_b.list_outbox()) == sorted(ids)
        # Indexed from the form definition: the requester's name finds the application.
        assert store_b.search_applications("Lê Minh Đức") == [ids[2]]
    finally:
        store_b.close()
    monkeypatch.setenv("KIOSK_EXPORT_PASSPHRASE", "sai-mat-khau-roi")
    assert main(["--data-dir", str(data_b), "outbox", "import", str(usb)]) == 2


def test_cli_logs_export_masks_personal_data(tmp_path: Path) -> None:
    import json

    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "logs" / "kiosk.log").write_text(
        json.dumps({"level": "INFO", "msg": "application sent"})
        + "\n"
        + json.dumps({"level": "ERROR", "msg": "phone 0912345678 id 001190012345"})
        + "\n"
        + "plain line with Nguyễn Thị Hoà\n",
        encoding="utf-8",
    )
    (data / "logs" / "kiosk.log.1").write_text("older\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "logs", "export", "--to", str(tmp_path / "out")]) == 0
    (folder,) = (tmp_path / "out").iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["kiosk.log", "kiosk.log.1"]
    text = (folder / "kiosk.log").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert json.loads(lines[0])["msg"] == "application sent"
    assert "0912345678" not in text and "001190012345" not in text and "Hoà" not in text
    assert json.loads(lines[1])["level"] == "ERROR"


def _cipher_from(key_file: Path) -> Any:
    from kiosk.crypto import DataCipher

    return DataCipher(key_file.read_bytes())
