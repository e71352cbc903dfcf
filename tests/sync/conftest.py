"""Fixtures for sync tests: a real reference portal on loopback and a real encrypted store."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.crypto import DataCipher
from kiosk.services import StoreExecutor
from kiosk.store import AttachmentInput, open_store
from portal import RunningPortal, start_portal_in_thread
from sync import PortalClient, enrol
from tests.pgcluster import PgCluster, pg_bin

ENROL_CODE = "TEST-CODE-1"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL cluster for the whole run (``make test`` installs PostgreSQL)."""
    bin_dir = pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: CI must run the portal's tests on it")
        pytest.skip("PostgreSQL binaries not installed (make test installs them)")
    cluster = PgCluster(bin_dir)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite"])
def backend(request: pytest.FixtureRequest) -> str:
    """The portal's database; modules that test the portal itself override this with both."""
    return str(request.param)


@pytest.fixture
def start_portal(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Callable[..., RunningPortal]]:
    """Start reference portals (stopped at teardown); each call may set faults. The same
    ``db_name`` is the same database (a SQLite file, or a PostgreSQL database).

    Protocol tests post payloads in clear, so these portals accept them unless
    ``require_sealed`` is asked for.
    """
    running: list[RunningPortal] = []
    databases: dict[str, str] = {}

    def start(
        faults: str | None = None, *, db_name: str = "portal.db", require_sealed: bool = False
    ) -> RunningPortal:
        db: Path | str = tmp_path / db_name
        if backend == "postgresql":
            if db_name not in databases:
                databases[db_name] = request.getfixturevalue("pg_cluster").database()
            db = databases[db_name]
        portal = start_portal_in_thread(
            db, enroll_code=ENROL_CODE, faults=faults, require_sealed=require_sealed
        )
        running.append(portal)
        return portal

    yield start
    for portal in running:
        portal.stop()


@pytest.fixture
def portal(start_portal: Callable[..., RunningPortal]) -> RunningPortal:
    """A fault-free reference portal."""
    return start_portal()


@pytest.fixture
def executor(data_dir: Path) -> Iterator[StoreExecutor]:
    """The store's single DB thread, with a Store as its target."""
    cipher = DataCipher(os.urandom(32))
    ex = StoreExecutor(lambda: open_store(data_dir, cipher))
    ex.ready()
    yield ex
    ex.shutdown(lambda store: store.close())


@pytest.fixture
def client(executor: StoreExecutor, portal: RunningPortal) -> PortalClient:
    """A client enrolled with ``portal`` (credentials stored in the store)."""
    return enrol(executor, portal.url, ENROL_CODE, timeout=5)


def add_application(
    executor: StoreExecutor,
    *,
    answers: dict[str, Any] | None = None,
    attachments: list[bytes] = (),  # type: ignore[assignment]
    procedure: str = "1.001193",
) -> str:
    """Queue one application in the store (as ``KioskServices.submit`` would); return its id."""
    payload = {
        "procedure_code": procedure,
        "definition_version": "2025.1",
        "level": "toan_trinh",
        "answers": {"child_full_name": "Nguyễn Văn An"} if answers is None else answers,
    }

    def create(store: Any) -> str:
        record = store.submit_application(
            draft_id=None,
            procedure_code=procedure,
            definition_version="2025.1",
            level="toan_trinh",
            mode="self",
            staff_id=None,
            payload=payload,
            receipt={},
            code_prefix="TT-TEST",
            attachments=[
                AttachmentInput("giay_chung_sinh", "application/pdf", a) for a in attachments
            ],
        )
        return str(record.id)

    return str(executor.call(create))


def sha(data: bytes) -> str:
    """Hex sha256."""
    return hashlib.sha256(data).hexdigest()
