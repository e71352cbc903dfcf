"""Issue 19, attack 6: silent corruption of ``kiosk.db``.

One garbage page in the middle of the database used to open normally and let the
kiosk go on taking applications; only ``doctor`` noticed. Now a ``quick_check``
runs in the background after start (and daily): on failure staff are alerted,
no new application is taken, what is stored stays, and ``doctor`` says what to do.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from app.cli import main
from kiosk.services import (
    IntegrityWatch,
    KioskServices,
    SubmissionError,
    load_kiosk_catalog,
    open_context,
)
from kiosk.store import INTEGRITY_FLAG, quick_check
from tests.kiosk.test_no_plaintext import RESIDENTS, _file


def _filled_store(data_dir: Path) -> str:
    """A kiosk with an application and enough audit entries to span many pages."""
    context = open_context(data_dir)
    store = context.open_store()
    try:
        services = KioskServices(store, context.config, load_kiosk_catalog(store))
        app_id = _file(services, RESIDENTS[0])
        for i in range(400):
            store.audit("nv01", "test.event", f"s{i}", {"n": i, "pad": "x" * 100})
    finally:
        store.close()
    return app_id


def _corrupt_a_middle_page(db_path: Path) -> int:
    """Overwrite one page inside the file with garbage: the root of an index that only a
    new submission writes, so the rest of the kiosk still reads and writes as before."""
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'applications_submitted'"
    ).fetchone()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    page = int(root[0])
    assert 1 < page < pages
    with open(db_path, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
    return page


def test_a_corrupted_page_stops_new_applications_and_doctor_says_what_to_do(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _filled_store(data_dir)
    good = tmp_path / "good.db"
    shutil.copy(data_dir / "kiosk.db", good)
    _corrupt_a_middle_page(data_dir / "kiosk.db")

    # It still opens (header and schema read fine): the start-up probe cannot see it.
    context = open_context(data_dir)
    store = context.open_store()
    assert store.rescued_from is None
    services = KioskServices(store, context.config, load_kiosk_catalog(store))
    try:
        failures: list[str] = []
        seen = threading.Event()

        def on_failure(problem: str) -> None:
            failures.append(problem)
            seen.set()

        watch = IntegrityWatch(data_dir, on_failure=on_failure, first_delay_s=0.0)
        watch.start()
        try:
            assert seen.wait(30), "the background check did not report the damaged page"
        finally:
            watch.stop()
        assert failures and failures[0] != "ok"
        assert (data_dir / INTEGRITY_FLAG).exists()

        # No new application: the resident is told in plain words, nothing is stored.
        before = store.query("SELECT COUNT(*) FROM applications NOT INDEXED")[0][0]
        with pytest.raises(SubmissionError) as refused:
            _file(services, RESIDENTS[1])
        [error] = refused.value.errors
        assert error.code == "database_damaged" and "kiosk doctor" in error.message
        assert store.query("SELECT COUNT(*) FROM applications NOT INDEXED")[0][0] == before
        # What can be read stays: the application filed before is still there.
        assert before == 1 and (data_dir / "kiosk.db").exists()
        assert services.application(app_id).id == app_id
    finally:
        store.close()

    assert main(["--data-dir", str(data_dir), "doctor"]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("FAIL  database:"))
    assert "integrity check failed" in line and "kiosk outbox export" in line

    # Repaired (here: the good copy put back): the next check clears the refusal.
    for suffix in ("-wal", "-shm"):
        Path(str(data_dir / "kiosk.db") + suffix).unlink(missing_ok=True)
    shutil.copy(good, data_dir / "kiosk.db")
    assert quick_check(data_dir / "kiosk.db") == (True, "ok")
    main(["--data-dir", str(data_dir), "doctor"])
    assert "FAIL  database" not in capsys.readouterr().out
    assert not (data_dir / INTEGRITY_FLAG).exists()


def test_the_watch_checks_again_every_interval(data_dir: Path) -> None:
    _filled_store(data_dir)
    ran = threading.Event()
    watch = IntegrityWatch(data_dir, on_failure=lambda p: None, first_delay_s=0.0, interval_s=0.01)
    watch.start()
    try:
        for _ in range(200):
            if watch.checks >= 3:
                ran.set()
                break
            ran.wait(0.05)
    finally:
        watch.stop()
    assert watch.checks >= 3
    assert not (data_dir / INTEGRITY_FLAG).exists()
