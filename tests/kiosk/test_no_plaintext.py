"""Issue 7's "Done when": after a full session, no byte of the data dir names the resident.

Two planted residents (names with diacritics, ID numbers, phones, addresses, and a
scan whose bytes spell the name) go through the services as the GUI drives them:
start a draft, autosave many times, submit with an attachment. The first files
before the kiosk is enrolled (sealed at enrolment), the second after (sealed at
submission). Logging is on, as in ``kiosk run``. The sync worker delivers both to
the real reference portal on loopback, whose database lives outside the data dir;
statuses are pulled and the receipts read back. Then every file under the data
dir (database, WAL, SHM, logs, anything else) is searched for each planted
string in NFC and NFD, UTF-8 and UTF-16, JSON-escaped and folded to ASCII.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from kiosk.clock import system_clock
from kiosk.security import setup_logging
from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog, open_context
from kiosk.store import AttachmentInput, ConsentInput
from portal import PortalDB, start_portal_in_thread
from sync import Backoff, ManualClock, OutboxWorker, enrol
from tests.forms.samples import SAMPLES
from wire import is_sealed, load_portal_private_key, open_attachment, open_json

CODE = "NO-PLAINTEXT-1"
TODAY = date(2025, 9, 15)

RESIDENTS = [
    {
        "name": "Đặng Thị Ngọc Hoà",
        "child": "Đặng Quốc Khánh",
        "id": "001190054321",
        "phone": "0987654321",
        "phone_typed": "0987 654 321",
        "street": "Số 27 ngõ 148 phố Trần Cung",
    },
    {
        "name": "Lưu Thị Thuỳ Dương",
        "child": "Lưu Đức Thắng",
        "id": "036190067890",
        "phone": "0358246813",
        "phone_typed": "035.824.6813",
        "street": "Số 9 ngách 31/62 đường Nguyễn Khuyến",
    },
]


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


def needles(value: str) -> set[bytes]:
    """Every encoding of ``value`` a leak could take (compared case-insensitively)."""
    out: set[bytes] = set()
    for form in ("NFC", "NFD"):
        text = unicodedata.normalize(form, value)
        out.add(text.encode("utf-8"))
        out.add(text.encode("utf-16-le"))
        out.add(text.encode("utf-16-be"))
        out.add(json.dumps(text, ensure_ascii=True)[1:-1].encode("ascii"))
    folded = _ascii_fold(value)
    out.add(folded.encode("ascii"))
    out.add(folded.encode("utf-16-le"))
    return {n.lower() for n in out}


def planted_strings(resident: dict[str, str]) -> list[str]:
    return [
        resident["name"],
        resident["child"],
        resident["id"],
        resident["phone"],
        resident["phone_typed"],
        resident["street"],
    ]


def find_leaks(data_dir: Path) -> list[str]:
    """Which planted strings occur (in any variant) in which file of the data dir."""
    wanted = {
        needle: text for r in RESIDENTS for text in planted_strings(r) for needle in needles(text)
    }
    leaks = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        haystack = path.read_bytes().lower()
        for needle, text in wanted.items():
            if needle in haystack:
                leaks.append(f"{path.relative_to(data_dir)}: {text!r} as {needle!r}")
    return leaks


def _answers(resident: dict[str, str]) -> dict[str, Any]:
    answers = dict(SAMPLES["1.001193"])
    address = {**answers["requester_residence"], "street": resident["street"]}
    answers.update(
        requester_full_name=resident["name"].lower(),  # typed sloppily, normalised on save
        requester_id_number=resident["id"],
        requester_phone=resident["phone_typed"],
        requester_residence=address,
        requester_email="",
        mother_full_name=resident["name"],
        mother_id_number=resident["id"],
        father_residence=address,
        child_full_name=resident["child"],
        attach_birth_certificate={"name": "giay.pdf", "mime": "application/pdf", "size": 200},
    )
    return answers


def _scan(resident: dict[str, str]) -> bytes:
    """A 'PDF' whose bytes spell the resident's name and ID, as a real scan's text layer may."""
    text = f"GIAY CHUNG SINH {resident['name']} {resident['id']} {resident['street']}"
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n(" + text.encode() + b")\nendobj\n%%EOF\n"


def _file(svc: KioskServices, resident: dict[str, str]) -> str:
    """A resident's whole session: draft, many autosaves while typing, submission."""
    draft = svc.start_draft("1.001193")
    answers = _answers(resident)
    typed: dict[str, Any] = {}
    for key, value in answers.items():  # autosave after every field, as the wizard does
        typed[key] = value
        svc.save_answers(draft.id, dict(typed), {k: "resident" for k in typed})
    for partial in (resident["name"][:5], resident["name"]):  # a correction mid-way
        typed["requester_full_name"] = partial
        svc.save_answers(draft.id, dict(typed), {k: "resident" for k in typed})
    definition = svc.definition("1.001193")
    consents = [ConsentInput(c.id, c.version, c.text, True) for c in definition.consents]
    attachment = AttachmentInput("giay_chung_sinh", "application/pdf", _scan(resident))
    record = svc.submit(draft.id, consents=consents, attachments=[attachment], today=TODAY)
    return record.id


@pytest.fixture
def logging_on(data_dir: Path) -> Iterator[Path]:
    """``setup_logging`` as ``kiosk run`` does it; the root logger is restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    yield setup_logging(data_dir)
    for handler in list(root.handlers):
        if handler not in saved_handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(saved_level)
    logging.captureWarnings(False)


def test_full_session_leaves_no_plaintext(
    data_dir: Path, tmp_path: Path, logging_on: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    portal_dir = tmp_path / "portal"  # outside the kiosk's data dir
    portal_dir.mkdir()
    portal = start_portal_in_thread(portal_dir / "portal.db", enroll_code=CODE)
    context = open_context(data_dir)

    def services() -> KioskServices:
        store = context.open_store()
        return KioskServices(store, context.config, load_kiosk_catalog(store))

    executor = StoreExecutor(services)
    executor.ready()
    try:
        # Before enrolment: kept under the data key, readable by the kiosk for now.
        first = executor.call(lambda svc: _file(svc, RESIDENTS[0]))
        early = executor.call(lambda svc: svc.store.application_payload(first))
        assert not is_sealed(early) and early["answers"]["mother_id_number"] == RESIDENTS[0]["id"]

        client = enrol(executor, portal.url, CODE, timeout=5)
        # Enrolment sealed it: the kiosk can no longer read the answers.
        sealed = executor.call(lambda svc: svc.store.application_payload(first))
        assert is_sealed(sealed) and "answers" not in json.dumps(sealed)

        second = executor.call(lambda svc: _file(svc, RESIDENTS[1]))
        assert is_sealed(executor.call(lambda svc: svc.store.application_payload(second)))

        assert find_leaks(data_dir) == [], "readable data on disk before delivery"

        clock = ManualClock(system_clock().now_utc() + timedelta(minutes=5))
        worker = OutboxWorker(executor, client, clock=clock, backoff=Backoff(base_s=0))
        report = worker.run_once()
        assert (report.delivered, report.pending, report.failed) == (2, 0, 0)
        assert report.statuses_updated == 2

        for app_id, resident in zip((first, second), RESIDENTS, strict=True):
            app = executor.call(lambda svc, a=app_id: svc.application(a))
            assert app.state == "delivered" and app.official_code and app.portal_status
            receipt = executor.call(lambda svc, a=app_id: svc.receipt_data(a))
            assert receipt.filer_name == unicodedata.normalize("NFC", resident["name"])
            assert receipt.filer_phone and receipt.application_code == app.official_code
            found = executor.call(lambda svc, c=app.official_code: svc.lookup(c))
            assert found is not None and found.id == app_id

        _portal_has_everything(portal_dir / "portal.db", [first, second])
        assert find_leaks(data_dir) == [], "readable data on disk after delivery"
    finally:
        executor.shutdown(lambda svc: svc.store.close())
        portal.stop()

    log_file = data_dir / "logs" / "kiosk.log"
    assert log_file.stat().st_size > 0, "the session was logged"
    assert find_leaks(data_dir) == [], "readable data on disk after the kiosk closed"
    _audit_chain_holds_and_detects_tampering(data_dir, capsys)


def _portal_has_everything(db_path: Path, app_ids: list[str]) -> None:
    """The portal got every answer and file, sealed, and can open them with its key."""
    db = PortalDB(db_path)
    key = load_portal_private_key(db.keypair()[0])
    rows = {r["kiosk_application_id"]: r for r in db._query("SELECT * FROM applications")}
    for app_id, resident in zip(app_ids, RESIDENTS, strict=True):
        row = rows[app_id]
        assert row["sealed"] == 1 and resident["name"] not in row["payload"]
        content = open_json(json.loads(row["payload"]), key, aad=app_id)
        assert content["answers"]["mother_full_name"] == resident["name"]
        [entry] = content["attachment_keys"]
        upload = db._query(
            "SELECT upload_id, kiosk_id FROM uploads WHERE attachment_id = ?",
            (entry["attachment_id"],),
        )[0]
        blob = db.upload_content(upload["kiosk_id"], upload["upload_id"])
        assert blob is not None and resident["name"].encode() not in blob
        assert open_attachment(blob, entry, app_id=app_id) == _scan(resident)


def _audit_chain_holds_and_detects_tampering(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    conn = sqlite3.connect(str(data_dir / "kiosk.db"))
    try:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_events ORDER BY seq")]
        assert {"application.submitted", "kiosk.enrolled", "application.delivered"} <= set(actions)
        conn.execute("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2")
        conn.commit()
    finally:
        conn.close()
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 1
    captured = capsys.readouterr()
    assert "entry #2" in captured.out + captured.err


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
        lambda s: unicodedata.normalize("NFC", s).encode("utf-16-le"),
        lambda s: json.dumps(s).encode("ascii"),
        lambda s: _ascii_fold(s).upper().encode("ascii"),
    ],
    ids=["nfd", "utf16", "json-escaped", "ascii-folded-upper"],
)
def test_the_search_finds_a_planted_string(data_dir: Path, encode: Any) -> None:
    (data_dir / "logs").mkdir(parents=True)
    (data_dir / "logs" / "old.log").write_bytes(b"x" + encode(RESIDENTS[1]["street"]) + b"y")
    assert len(find_leaks(data_dir)) >= 1
