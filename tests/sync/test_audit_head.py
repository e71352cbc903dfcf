"""The portal keeps each kiosk's audit head (issue 19): latest, highest, regressions counted."""

from __future__ import annotations

import pytest

from portal import RunningPortal
from sync import PortalClient
from tests.sync.conftest import ENROL_CODE

H = [f"{i:064x}" for i in range(8)]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_heads_are_kept_and_a_lower_one_is_a_regression(portal: RunningPortal) -> None:
    enrolment = PortalClient(portal.url, timeout=10).enrol(ENROL_CODE, device_id="audit")
    client = PortalClient(
        portal.url, timeout=10, kiosk_id=enrolment.kiosk_id, token=enrolment.token
    )
    assert client.audit_head_seen() is None
    assert client.report_audit_head(3, H[3]) == (3, H[3])
    assert client.report_audit_head(5, H[5]) == (5, H[5])
    # A log cut back to #2 (or a database rolled back): the reply keeps the highest.
    assert client.report_audit_head(2, H[2]) == (5, H[5])
    # The same number with another hash (history rewritten) is a regression too.
    assert client.report_audit_head(5, H[6]) == (5, H[5])
    assert client.audit_head_seen() == (5, H[5])
    from portal import PortalDB
    from portal._audit_heads import audit_head_of

    db = PortalDB(portal.db_path)
    try:
        held = audit_head_of(db, enrolment.kiosk_id)
    finally:
        db.close()
    assert held is not None
    assert (held["seq"], held["max_seq"], held["regressions"]) == (5, 5, 2)


def test_bad_reports_are_problems(portal: RunningPortal) -> None:
    import requests

    enrolment = PortalClient(portal.url, timeout=10).enrol(ENROL_CODE, device_id="audit")
    headers = {"Authorization": f"Bearer {enrolment.token}", "X-Kiosk-Id": enrolment.kiosk_id}
    for body in ({"seq": -1, "hash": H[1]}, {"seq": 1, "hash": "xyz"}, {"seq": True, "hash": H[1]}):
        resp = requests.put(f"{portal.url}/v1/audit-head", json=body, headers=headers, timeout=10)
        assert resp.status_code == 422
        assert resp.headers["content-type"].startswith("application/problem+json")
    resp = requests.put(f"{portal.url}/v1/audit-head", json={"seq": 1, "hash": H[1]}, timeout=10)
    assert resp.status_code == 401
