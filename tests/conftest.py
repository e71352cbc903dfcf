"""Suite-wide fixtures: headless Qt, an isolated data dir and key, and a leak check.

Every test gets its own data dir and data-key file under pytest's tmp dir, so
nothing is written to the developer's real kiosk. A test that leaves a thread
running fails: leftover threads are the usual source of flaky suites.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

if "faketime" in os.environ.get("LD_PRELOAD", ""):
    # Under faketime (make test's runs at fixed instants) libfaketime 0.9.10 rejects the
    # absolute monotonic deadline of Python's time.sleep (EINVAL); an event's timed wait
    # works. Only the test process is affected; the clock under test is not.
    import time as _time

    def _sleep(seconds: float) -> None:
        threading.Event().wait(max(0.0, seconds))

    _time.sleep = _sleep


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``clock`` the tests whose own code depends on "now" (tests/tools/clock_tests.py)."""
    from tests.tools.clock_tests import reads_clock

    for item in items:
        function = getattr(item, "function", None)
        if function is not None and reads_clock(function):
            item.add_marker(pytest.mark.clock)


@pytest.fixture(autouse=True)
def _isolated_kiosk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_KEY_FILE", str(tmp_path / "keys" / "data.key"))
    monkeypatch.delenv("KIOSK_USE_KEYRING", raising=False)
    yield


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    leftover = []
    for thread in threading.enumerate():
        if thread.ident in before or not thread.is_alive() or thread.daemon and _is_benign(thread):
            continue
        thread.join(timeout=5)
        if thread.is_alive():
            leftover.append(thread.name)
    assert not leftover, f"test left threads running: {leftover}"


def _is_benign(thread: threading.Thread) -> bool:
    # Hypothesis and pytest-timeout keep daemon helpers of their own.
    return thread.name.startswith(("hypothesis", "pytest_timeout"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The test's kiosk data dir (also in ``KIOSK_DATA_DIR``)."""
    return tmp_path / "data"
