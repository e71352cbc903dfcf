"""The reference portal with several server processes (``kiosk portal serve --workers 2``),
on SQLite and on PostgreSQL: each application stored once, every official code unique."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from portal import PortalDB
from sync import PortalClient


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_cluster").database())
    return str(tmp_path / "portal.db")


def _serve(db: str) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    kiosk = str(Path(sys.executable).with_name("kiosk"))
    server = subprocess.Popen(
        [
            kiosk,
            "portal",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--workers",
            "2",
            "--enroll-code",
            "W-CODE",
            "--accept-unsealed",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/v1/health", timeout=1).ok:
                return server, url
        except requests.RequestException:
            pass
        try:  # waits a moment for the port, and stops at once if the server died
            code = server.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"portal exited with {code} before answering")
    server.terminate()
    raise RuntimeError("portal did not start")


def _body(app_id: str) -> dict:
    return {
        "kiosk_application_id": app_id,
        "procedure_code": "1.001193",
        "definition_version": "2025.1",
        "submitted_at": "2026-12-01T02:00:00Z",
        "attachments": [],
        "payload": {"procedure_code": "1.001193", "answers": {"child_full_name": "Lê Văn B"}},
    }


@pytest.mark.timeout(180)
def test_two_workers_store_each_application_once_with_unique_codes(db_url: str) -> None:
    server, url = _serve(db_url)
    try:
        first = PortalClient(url, timeout=10)
        enrolment = first.enrol("W-CODE", device_id="dev-1")
        client = first.with_credentials(enrolment.kiosk_id, enrolment.token)
        answers: dict[str, set[str]] = {}
        errors: list[str] = []
        lock = threading.Lock()

        def submit(i: int) -> None:
            app = f"app-{i % 25}"  # every application sent 4 times at once, to both workers
            try:
                code = client.submit(_body(app), idempotency_key=f"key-{app}").official_code
            except Exception as exc:  # collected: the assertion says which
                errors.append(repr(exc))
                return
            with lock:
                answers.setdefault(app, set()).add(code)

        threads = [threading.Thread(target=submit, args=(i,)) for i in range(100)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(30)
    assert errors == []
    assert len(answers) == 25 and all(len(codes) == 1 for codes in answers.values())
    codes = [next(iter(c)) for c in answers.values()]
    seqs = sorted(int(re.search(r"-01(\d{4,})$", c).group(1)) for c in codes)  # type: ignore[union-attr]
    assert seqs == list(range(seqs[0], seqs[0] + 25))  # no number twice, none skipped
    stats = PortalDB(db_url).stats()
    assert stats["applications"] == 25 and stats["duplicates"] == 0
    assert stats["submissions"] == 100
