"""Result pick-up against a real portal on loopback: proof of the applicant, signature checks."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.results import (
    ResultRefusedError,
    load_trust_root,
    record_handover,
    record_refusal,
    validate_result,
)
from portal import PortalDB, handovers_of, make_result_ca
from sync import ResultUnavailableError
from tests.results.conftest import APPLICANT_ID, OTHER_ID, FiledResult

MOMENT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def test_applicant_card_gets_a_signed_result_that_validates(filed: FiledResult, executor) -> None:
    fetched = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    assert fetched.pdf.startswith(b"%PDF")
    assert APPLICANT_ID.encode() not in fetched.pdf  # the number is nowhere in the result
    check = validate_result(fetched.pdf, load_trust_root(filed.trust_root), moment=MOMENT)
    assert "Ba Đình" in check.signer
    assert check.sha256 == fetched.sha256

    seq = executor.call(
        lambda s: record_handover(
            s,
            official_code=filed.official_code,
            kiosk_id=filed.client.kiosk_id,
            check=check,
            applicant_index=fetched.applicant_index,
        )
    )
    filed.results.confirm_handover(fetched)
    events = executor.call(lambda s: s.query("SELECT * FROM audit_events WHERE seq = ?", (seq,)))
    event = dict(events[0])
    assert (event["action"], event["subject"]) == ("result.handed_over", filed.official_code)
    assert APPLICANT_ID not in event["detail"] and fetched.applicant_index in event["detail"]
    assert filed.client.kiosk_id in event["detail"]

    db = PortalDB(filed.portal.db_path)
    try:
        assert db.application(None, filed.official_code)["status"] == 10
        (handover,) = handovers_of(db, filed.official_code)
        assert handover["staff_id"] is None and handover["result_sha256"] == fetched.sha256
    finally:
        db.close()


def test_the_same_signed_bytes_are_served_twice(filed: FiledResult) -> None:
    first = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    again = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    assert first.pdf == again.pdf


def test_wrong_card_is_refused_and_locks_after_five(filed: FiledResult) -> None:
    for _ in range(5):
        with pytest.raises(ResultUnavailableError) as refused:
            filed.results.fetch_for_applicant(filed.official_code, OTHER_ID)
        assert refused.value.code == "applicant_mismatch"
    with pytest.raises(ResultUnavailableError) as locked:
        filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    assert locked.value.code == "proof_locked"
    # Staff can still hand it over, recording the document they checked.
    fetched = filed.results.fetch_for_staff(filed.official_code, "staff-7", "passport", "C1234567")
    assert fetched.document == {"type": "passport", "last4": "4567"}


def test_not_ready_and_unknown_codes(filed: FiledResult) -> None:
    db = PortalDB(filed.portal.db_path)
    try:
        db.set_status(filed.official_code, 4)
    finally:
        db.close()
    with pytest.raises(ResultUnavailableError) as not_ready:
        filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    assert not_ready.value.code == "result_not_ready"
    with pytest.raises(ResultUnavailableError) as unknown:
        filed.results.fetch_for_applicant("000.00.01.H26-250101-019999", APPLICANT_ID)
    assert unknown.value.code == "not_found"


def test_one_altered_byte_is_refused_and_reported(filed: FiledResult, executor) -> None:
    pdf = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID).pdf
    roots = load_trust_root(filed.trust_root)
    # Every byte of the file matters: flip one in the page content, the signature, the trailer.
    for where in (len(pdf) // 4, pdf.index(b"/Contents <") + 40, len(pdf) - 30):
        altered = pdf[:where] + bytes([pdf[where] ^ 0x01]) + pdf[where + 1 :]
        with pytest.raises(ResultRefusedError):
            validate_result(altered, roots, moment=MOMENT)
    alerts: list[str] = []
    executor.call(
        lambda s: record_refusal(
            s,
            official_code=filed.official_code,
            kiosk_id=filed.client.kiosk_id,
            reason="altered",
            alert=alerts.append,
        )
    )
    assert alerts and filed.official_code in alerts[0]
    actions = executor.call(lambda s: [r[0] for r in s.query("SELECT action FROM audit_events")])
    assert "result.refused" in actions


def test_another_trust_root_is_refused(filed: FiledResult, tmp_path) -> None:
    pdf = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID).pdf
    stranger = tmp_path / "other-ca.pem"
    stranger.write_bytes(make_result_ca("Another TEST CA").cert_pem)
    with pytest.raises(ResultRefusedError, match="trust root"):
        validate_result(pdf, load_trust_root(stranger), moment=MOMENT)
