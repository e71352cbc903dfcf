"""Contract tests: the reference portal answers as ``wire/openapi.yaml`` says (schemathesis)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from portal import RunningPortal, start_portal_in_thread
from sync import PortalClient

SPEC = Path(__file__).resolve().parents[2] / "wire" / "openapi.yaml"
schema = schemathesis.openapi.from_path(SPEC)


@pytest.fixture(scope="module")
def live_portal(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningPortal, dict[str, str]]]:
    db = tmp_path_factory.mktemp("contract") / "portal.db"
    portal = start_portal_in_thread(db, enroll_code="CONTRACT")
    enrolment = PortalClient(portal.url, timeout=5).enrol("CONTRACT", device_id="contract-device")
    headers = {"Authorization": f"Bearer {enrolment.token}", "X-Kiosk-Id": enrolment.kiosk_id}
    yield portal, headers
    portal.stop()


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_portal_conforms_to_its_spec(case, live_portal) -> None:
    portal, headers = live_portal
    # Business rules (known procedure, non-empty answers, an envelope the portal key opens)
    # rightly refuse some schema-valid bodies with 422 + reasons; every other check applies.
    case.call_and_validate(
        base_url=portal.url,
        headers=headers,
        excluded_checks=[schemathesis.checks.positive_data_acceptance],
    )
