"""Issue 20, parts 2 and 3, end to end on real parts: kiosk services, the sync worker, the
reference portal on loopback (SQLite and PostgreSQL), the SMS outbox and its file sink.

File a trích lục (2 copies: 16.000 đồng) with and without SMS consent -> deliver -> the
bank's signed notification marks it paid (bad signature, wrong amount, unknown reference
refused; a replay is a duplicate) -> the kiosk's next pull -> receipt and lookup say
"Đã thanh toán". Texts land in the sink on receipt, status 5 and status 9, only for the
application whose resident consented.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

import forms
from kiosk.clock import FixedClock, system_clock, time_zone
from kiosk.config import PaymentSection
from kiosk.payments import payment_reference
from kiosk.receipts import PAID, render_receipt_pdf
from kiosk.services import (
    KioskServices,
    StoreExecutor,
    file_sample,
    load_kiosk_catalog,
    open_context,
)
from kiosk.store import ConsentInput
from portal import (
    SIGNATURE_HEADER,
    FileSmsSink,
    PortalDB,
    RunningPortal,
    deliver_pending,
    sign_notification,
)
from portal._key import PortalKey
from sync import Backoff, ManualClock, OutboxWorker, PortalClient, enrol
from tests.kiosk.test_receipts import pdf_text
from tests.sync.conftest import ENROL_CODE
from ui.screens import LookupScreen, ReceiptScreen

SECRET = b"shared-with-the-bank"
RECEIVED = datetime(2026, 12, 3, 9, 30, tzinfo=time_zone())
EXTRACT = forms.SAMPLE_SETS["2.000635"]["trích lục khai sinh"]  # 2 copies


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sink(tmp_path: Path) -> Path:
    return tmp_path / "sms-sent.jsonl"


@pytest.fixture
def portal(
    start_portal: Callable[..., RunningPortal], sink: Path, monkeypatch: pytest.MonkeyPatch
) -> RunningPortal:
    monkeypatch.setenv("KIOSK_PORTAL_PAYMENT_SECRET", SECRET.decode())
    monkeypatch.setenv("KIOSK_PORTAL_SMS_SINK", str(sink))
    monkeypatch.setenv("KIOSK_PORTAL_SMS_INTERVAL", "0")  # the test delivers, no thread races
    return start_portal(require_sealed=True)


@pytest.fixture
def kiosk(data_dir: Path) -> Iterator[StoreExecutor]:
    context = open_context(data_dir, clock=FixedClock(RECEIVED))
    config = context.config.model_copy(
        update={
            "payment": PaymentSection(
                bank_bin="970415", account_number="113000006789", account_name="UBND PHUONG X"
            )
        }
    )

    def services() -> KioskServices:
        store = context.open_store()
        return KioskServices(store, config, load_kiosk_catalog(store))

    executor = StoreExecutor(services)
    executor.ready()
    yield executor
    executor.shutdown(lambda svc: svc.store.close())


def _file(kiosk: StoreExecutor, *, sms: bool) -> str:
    def submit(svc: KioskServices) -> str:
        if sms:
            return str(file_sample(svc, "2.000635", dict(EXTRACT)).record.id)
        definition = svc.definition("2.000635")
        draft = svc.start_draft("2.000635", mode="self")
        svc.save_answers(draft.id, dict(EXTRACT), {k: "resident" for k in EXTRACT})
        consents = [
            ConsentInput(c.id, c.version, c.text, c.id != "nhan_tin") for c in definition.consents
        ]
        return str(svc.submit(draft.id, consents=consents).id)

    return str(kiosk.call(submit))


def _sync(kiosk: StoreExecutor, client: PortalClient) -> Any:
    clock = ManualClock(system_clock().now_utc() + timedelta(minutes=5))
    worker = OutboxWorker(
        kiosk, client, clock=clock, rng=random.Random(1), backoff=Backoff(base_s=0)
    )
    return worker.run_once()  # delivers, then pulls statuses


def _notify(portal: RunningPortal, body: dict[str, Any], secret: bytes = SECRET) -> Any:
    raw = json.dumps(body).encode()
    return requests.post(
        f"{portal.url}/v1/payments/notify",
        data=raw,
        headers={
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign_notification(secret, raw),
        },
        timeout=10,
    )


def _deliver(portal: RunningPortal, sink: Path) -> list[dict[str, str]]:
    db = PortalDB(portal.db_path)
    try:
        deliver_pending(db, FileSmsSink(sink), PortalKey(db.keypair()[0]))
    finally:
        db.close()
    return [json.loads(line) for line in sink.read_text().splitlines()] if sink.exists() else []


def test_payment_marks_paid_and_the_kiosk_shows_it_and_sms_follow_consent(
    kiosk: StoreExecutor, portal: RunningPortal, sink: Path, qtbot: Any
) -> None:
    client = enrol(kiosk, portal.url, ENROL_CODE, timeout=10)
    consented, declined = _file(kiosk, sms=True), _file(kiosk, sms=False)
    assert _sync(kiosk, client).delivered == 2
    code = kiosk.call(lambda svc: svc.application(consented).official_code)
    other = kiosk.call(lambda svc: svc.application(declined).official_code)
    assert code and other

    # SMS on receipt: only the resident who consented, one short ASCII text naming the code.
    [received] = _deliver(portal, sink)
    assert received["to"] == "84912345678"
    assert code in received["text"] and "tiep nhan" in received["text"]
    assert received["text"].isascii() and len(received["text"]) <= 160
    assert other not in sink.read_text()

    paid_at = "2026-12-04T03:15:00Z"
    good = {
        "transaction_id": "FT26338000123",
        "amount_vnd": 16000,
        "reference": f"{payment_reference(code)} CHUYEN TIEN LE PHI",
        "paid_at": paid_at,
    }
    forged = _notify(portal, good, secret=b"not-the-secret")
    assert forged.status_code == 401 and forged.json()["error"] == "signature_invalid"
    assert _notify(portal, {**good, "amount_vnd": 8000}).json()["reasons"][0]["code"] == (
        "amount_mismatch"
    )
    unknown = _notify(portal, {**good, "reference": "0000001H26261299019999"})
    assert unknown.status_code == 422
    assert unknown.json()["reasons"][0]["code"] == "reference_unknown"
    status = client.status(code)
    assert status is not None and not status.paid  # nothing refused was recorded

    first = _notify(portal, good)
    assert first.status_code == 201, first.text
    assert first.json()["official_code"] == code and first.json()["duplicate"] is False
    replay = _notify(portal, good)
    assert replay.status_code == 200 and replay.json()["duplicate"] is True
    twice = _notify(portal, {**good, "transaction_id": "FT26338000999"})
    assert twice.status_code == 409 and twice.json()["error"] == "already_paid"
    status = client.status(code)
    assert status is not None
    assert (status.paid, status.paid_amount_vnd, status.paid_at) == (True, 16000, paid_at)

    # The kiosk learns it on its next status pull; receipt and lookup say "Đã thanh toán".
    assert kiosk.call(lambda svc: svc.application(consented).paid_at) is None
    _sync(kiosk, client)
    record = kiosk.call(lambda svc: svc.lookup(code))
    assert (record.paid_amount_vnd, record.paid_at) == (16000, paid_at)
    receipt = kiosk.call(lambda svc: svc.receipt_data(consented))
    assert receipt.paid and receipt.fee_qr_payload() is None
    text = pdf_text(render_receipt_pdf(receipt))
    assert PAID in text and "16.000 đồng" in text
    screen = ReceiptScreen()
    qtbot.addWidget(screen)
    screen.show_application(record, procedure_name="Trích lục", receipt=receipt)
    assert PAID in screen.facts_text() and screen.fee_qr.isHidden()
    lookup = LookupScreen()
    qtbot.addWidget(lookup)
    lookup.show_result(record, "Cấp bản sao trích lục hộ tịch")
    assert "Đã thanh toán" in lookup.result.text() and "16.000" in lookup.result.text()
    unpaid = kiosk.call(lambda svc: svc.lookup(other))
    lookup.show_result(unpaid, "Cấp bản sao trích lục hộ tịch")
    assert "Đã thanh toán" not in lookup.result.text()

    # SMS on a request for more papers (5) and on the result (9); never without consent.
    db = PortalDB(portal.db_path)
    for official in (code, other):
        assert db.set_status(official, 5, note="Thiếu văn bản ủy quyền")
        assert db.set_status(official, 5, note="Nhắc lại")  # no change of status: no new text
        assert db.set_status(official, 9, e_result=True)
    db.close()
    texts = _deliver(portal, sink)
    assert [t["text"] for t in texts[1:]] == [
        f"Ho so {code} can bo sung giay to. Moi ong/ba den bo phan mot cua.",
        f"Ho so {code} da co ket qua. Moi ong/ba den nhan hoac nhan tai kiosk.",
    ]
    assert other not in sink.read_text()
    db = PortalDB(portal.db_path)
    skipped = db._query(
        "SELECT event, state, detail FROM sms_outbox WHERE official_code = ? ORDER BY id",
        (other,),
    )
    db.close()
    assert [(r["event"], r["state"], r["detail"]) for r in skipped] == [
        ("received", "skipped", "no_consent"),
        ("supplement", "skipped", "no_consent"),
        ("result", "skipped", "no_consent"),
    ]


def test_a_fee_paid_with_the_provisional_code_is_matched_after_sync(
    kiosk: StoreExecutor, portal: RunningPortal
) -> None:
    client = enrol(kiosk, portal.url, ENROL_CODE, timeout=10)
    app_id = _file(kiosk, sms=False)
    provisional = kiosk.call(lambda svc: svc.application(app_id).provisional_code)
    body = {
        "transaction_id": "FT26338000777",
        "amount_vnd": 16000,
        "reference": payment_reference(provisional),
    }
    # Paid while the kiosk was offline: the portal does not know the code yet, and says so
    # (the bank notifies again later, as it does for any reply but 2xx).
    assert _notify(portal, body).status_code == 422
    _sync(kiosk, client)
    reply = _notify(portal, body)
    assert reply.status_code == 201, reply.text
    official = kiosk.call(lambda svc: svc.application(app_id).official_code)
    assert reply.json()["official_code"] == official
    _sync(kiosk, client)
    assert kiosk.call(lambda svc: svc.application(app_id).paid_amount_vnd) == 16000


def test_failed_texts_are_retried_then_given_up_and_stale_claims_recovered(
    kiosk: StoreExecutor, portal: RunningPortal, sink: Path, tmp_path: Path
) -> None:
    client = enrol(kiosk, portal.url, ENROL_CODE, timeout=10)
    _file(kiosk, sms=True)
    _sync(kiosk, client)
    db = PortalDB(portal.db_path)
    key = PortalKey(db.keypair()[0])
    broken = FileSmsSink(tmp_path)  # a directory: the operator "refuses" every text
    try:
        for attempt in range(1, 6):
            assert deliver_pending(db, broken, key) == 0
            [row] = db._query("SELECT state, attempts FROM sms_outbox")
            assert (row["state"], row["attempts"]) == (
                "pending" if attempt < 5 else "failed",
                attempt,
            )
        with db.transaction() as conn:  # a sender died right after claiming it
            conn.exec_driver_sql(
                "UPDATE sms_outbox SET state = 'sending', done_at = '2000-01-01T00:00:00Z'"
            )
        assert deliver_pending(db, FileSmsSink(sink), key) == 1
        assert [r["state"] for r in db._query("SELECT state FROM sms_outbox")] == ["sent"]
    finally:
        db.close()


def test_the_running_portal_sends_on_its_own(
    kiosk: StoreExecutor,
    start_portal: Callable[..., RunningPortal],
    sink: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    monkeypatch.setenv("KIOSK_PORTAL_SMS_SINK", str(sink))
    monkeypatch.setenv("KIOSK_PORTAL_SMS_INTERVAL", "0.05")
    running = start_portal(require_sealed=True)
    client = enrol(kiosk, running.url, ENROL_CODE, timeout=10)
    _file(kiosk, sms=True)
    assert _sync(kiosk, client).delivered == 1
    qtbot.waitUntil(lambda: sink.exists() and "tiep nhan" in sink.read_text(), timeout=15000)
