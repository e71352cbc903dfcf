"""Fixtures for electronic results: a test CA, a portal that signs with it, a filed application."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from portal import (
    PortalDB,
    ResultCA,
    RunningPortal,
    issue_result_signer,
    make_result_ca,
    mark_result_ready,
    start_portal_in_thread,
)
from sync import OutboxWorker, PortalClient, ResultsClient, enrol
from tests.sync.conftest import ENROL_CODE, add_application, executor, pg_cluster  # noqa: F401

APPLICANT_ID = "001190012345"
OTHER_ID = "001085067890"
DECISION = "Đồng ý đăng ký khai sinh cho cháu Nguyễn Văn An; cấp Giấy khai sinh bản chính."


@dataclass
class FiledResult:
    """An application filed from the kiosk store and made ready on the portal."""

    official_code: str
    app_id: str
    portal: RunningPortal
    client: PortalClient
    results: ResultsClient
    trust_root: Path


@pytest.fixture(scope="session")
def result_ca() -> ResultCA:
    """The test CA the portal's result signer is issued by (made here, never a real CA)."""
    return make_result_ca()


@pytest.fixture
def trust_root(tmp_path: Path, result_ca: ResultCA) -> Path:
    """The kiosk's configured trust root: the test CA's certificate as a PEM file."""
    path = tmp_path / "results-ca.pem"
    path.write_bytes(result_ca.cert_pem)
    return path


@pytest.fixture(params=["sqlite"])
def backend(request: pytest.FixtureRequest) -> str:
    """The portal's database (a module may ask for PostgreSQL too)."""
    return str(request.param)


@pytest.fixture
def signing_portal(
    tmp_path: Path, result_ca: ResultCA, backend: str, request: pytest.FixtureRequest
) -> Iterator[RunningPortal]:
    """A reference portal on loopback that takes sealed applications and signs results."""
    db: Path | str = tmp_path / "portal.db"
    if backend == "postgresql":
        db = request.getfixturevalue("pg_cluster").database()
    running = start_portal_in_thread(
        db,
        enroll_code=ENROL_CODE,
        require_sealed=True,
        result_signer=issue_result_signer(result_ca, "UBND phường Ba Đình (thử nghiệm)"),
    )
    yield running
    running.stop()


@pytest.fixture
def filed(executor, signing_portal: RunningPortal, trust_root: Path) -> FiledResult:  # noqa: F811
    """A birth registration filed by the kiosk, delivered, and marked result-ready."""
    client = enrol(executor, signing_portal.url, ENROL_CODE, timeout=10)
    app_id = add_application(
        executor,
        answers={
            "child_full_name": "Nguyễn Văn An",
            "requester_full_name": "Phạm Thị Hoà",
            "requester_id_number": APPLICANT_ID,
        },
    )
    OutboxWorker(executor, client).run_once()
    code = executor.call(lambda s: s.get_application(app_id).official_code)
    assert code and not code.startswith("TT-")
    db = PortalDB(signing_portal.db_path)
    try:
        assert mark_result_ready(db, code, decision=DECISION)
    finally:
        db.close()
    return FiledResult(code, app_id, signing_portal, client, ResultsClient(client), trust_root)
