"""The results tables and verbs on PostgreSQL (the portal's production database)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.results import load_trust_root, validate_result
from portal import PortalDB, handovers_of
from sync import ResultUnavailableError
from tests.results.conftest import APPLICANT_ID, OTHER_ID, FiledResult


@pytest.fixture(params=["postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_issue_fetch_refuse_and_hand_over_on_postgresql(filed: FiledResult) -> None:
    with pytest.raises(ResultUnavailableError):
        filed.results.fetch_for_applicant(filed.official_code, OTHER_ID)
    fetched = filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID)
    moment = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    validate_result(fetched.pdf, load_trust_root(filed.trust_root), moment=moment)
    assert filed.results.fetch_for_applicant(filed.official_code, APPLICANT_ID).pdf == fetched.pdf
    filed.results.confirm_handover(fetched)
    db = PortalDB(filed.portal.db_path)
    try:
        assert db.application(None, filed.official_code)["status"] == 10
        assert len(handovers_of(db, filed.official_code)) == 1
    finally:
        db.close()
