"""Staff hand-over without a card, the trust-root setting, and the dev portal's own test CA."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import requests

from kiosk.config import KioskConfig
from kiosk.results import TrustRootError, load_trust_root, record_handover, validate_result
from portal import PortalDB, handovers_of, start_embedded_portal
from tests.results.conftest import FiledResult
from wire import applicant_id_numbers, checked_document

MOMENT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def test_staff_hand_over_records_the_document_checked(filed: FiledResult, executor) -> None:
    fetched = filed.results.fetch_for_staff(filed.official_code, "cb01", "cmnd", "012345678")
    check = validate_result(fetched.pdf, load_trust_root(filed.trust_root), moment=MOMENT)
    executor.call(
        lambda s: record_handover(
            s,
            official_code=filed.official_code,
            kiosk_id="kiosk-1",
            check=check,
            staff_id=fetched.staff_id,
            document=fetched.document,
        )
    )
    filed.results.confirm_handover(fetched)
    row = executor.call(
        lambda s: s.query(
            "SELECT actor, detail FROM audit_events WHERE action = ?", ("result.handed_over",)
        )
    )[0]
    assert row[0] == "cb01"
    assert json.loads(row[1])["document"] == {"type": "cmnd", "last4": "5678"}
    assert "012345678" not in row[1]
    db = PortalDB(filed.portal.db_path)
    try:
        (handover,) = handovers_of(db, filed.official_code)
        assert (handover["staff_id"], handover["document_type"], handover["document_last4"]) == (
            "cb01",
            "cmnd",
            "5678",
        )
    finally:
        db.close()


def test_portal_refuses_more_than_four_characters_and_no_proof(filed: FiledResult) -> None:
    client = filed.client
    url = f"{client.base_url}/v1/applications/{filed.official_code}/result"
    headers = {"Authorization": f"Bearer {client._token}", "X-Kiosk-Id": client.kiosk_id}
    for body in (
        {"staff_id": "cb01", "document": {"type": "cmnd", "last4": "012345678"}},
        {"staff_id": "cb01"},
        {},
        {"applicant_index": "001190012345"},  # a number where the index belongs
    ):
        resp = requests.post(url, json=body, headers=headers, timeout=10)
        assert resp.status_code == 422, body
    assert requests.post(url, json={}, timeout=10).status_code == 401


def test_checked_document_keeps_only_the_last_four() -> None:
    assert checked_document("passport", "c 1234 567") == {"type": "passport", "last4": "4567"}
    with pytest.raises(ValueError):
        checked_document("library_card", "1234")
    with pytest.raises(ValueError):
        checked_document("cccd", " - ")


def test_applicants_are_the_requester_or_both_spouses() -> None:
    assert applicant_id_numbers(
        {"requester_id_number": "001190012345", "mother_id_number": "001085067890"}
    ) == ["001190012345"]
    assert applicant_id_numbers(
        {"bride_id_number": "001195000001", "groom_id_number": "001193000002"}
    ) == ["001195000001", "001193000002"]
    assert applicant_id_numbers({"deceased_id_number": "001050000003"}) == []


def test_trust_root_setting(tmp_path: Path) -> None:
    config = KioskConfig.model_validate({"results": {"trust_root": "certs/ca.pem"}})
    assert config.results.trust_root_path(tmp_path) == tmp_path / "certs" / "ca.pem"
    assert KioskConfig().results.trust_root_path(tmp_path) is None
    with pytest.raises(TrustRootError):
        load_trust_root(tmp_path / "certs" / "ca.pem")
    (tmp_path / "junk.pem").write_text(
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    )
    with pytest.raises(TrustRootError):
        load_trust_root(tmp_path / "junk.pem")


def test_embedded_dev_portal_writes_its_test_ca(tmp_path: Path) -> None:
    wrap_key = os.urandom(32)
    running = start_embedded_portal(tmp_path / "data", wrap_key=wrap_key)
    try:
        pem = tmp_path / "data" / "embedded-portal" / "results-ca.pem"
        (root,) = load_trust_root(pem)
        assert "TEST" in root.subject.native["common_name"]
        # The signer's key is wrapped like the sealing key: nothing readable in the data dir.
        folder = tmp_path / "data" / "embedded-portal"
        assert all(b"PRIVATE KEY" not in p.read_bytes() for p in folder.iterdir() if p.is_file())
    finally:
        running.stop()
    again = start_embedded_portal(tmp_path / "data", wrap_key=wrap_key)  # reopened, same CA
    again.stop()
    assert load_trust_root(pem)[0].dump() == root.dump()


def test_standalone_dev_portal_keeps_one_test_signer(tmp_path: Path) -> None:
    from portal._results_ca import dev_result_signer

    db = PortalDB(tmp_path / "portal.db")
    try:
        first, again = dev_result_signer(db), dev_result_signer(db)
        assert first == again
        assert first.chain_pems == (db.meta("results_ca_pem").encode(),)
    finally:
        db.close()
