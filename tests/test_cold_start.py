"""Cold start: the home screen paints before any heavy library is imported (issue 17).

``kiosk run`` is started in a subprocess (offscreen) over a fresh data dir, with
``KIOSK_BENCH_EXIT_ON_HOME`` (quit once the home screen has painted) and
``KIOSK_MODULES_AT_HOME`` (write ``sys.modules`` at that moment). Everything named
here is needed only after a resident taps something, or by background work that
starts after the first paint (the embedded portal, sync's first contact).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Libraries the home screen does not need; each costs tens of milliseconds to import.
HEAVY_BEFORE_FIRST_PAINT = (
    "reportlab",  # receipts (PDF)
    "qrcode",  # the receipt's QR code
    "PIL",  # qrcode's images, camera captures
    "fastapi",  # the embedded portal, started after the first paint
    "uvicorn",
    "starlette",
    "sqlalchemy",
    "alembic",
    "requests",  # the portal client: sync starts after the first paint
    "urllib3",
    "vietnamadminunits",  # the address pickers' and the ID-card parser's data
    "shapely",
    "holidays",  # working-day calendars, first needed by a deadline
    "numpy",  # sqlite_utils loads it only for numpy columns (kiosk/store/_lib.py)
    "pandas",
)
# Still imported before the first paint, by what the home screen is built from: pydantic
# (kiosk.toml is validated), cryptography (the data key opens the store) and sqlite_utils
# (the store gives the catalog and the start-up problem). docs/benchmarks.md, issue 17.


def _modules_at_first_paint(tmp_path: Path, runs: int = 2) -> set[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_BENCH_EXIT_ON_HOME="1",
        KIOSK_KEY_FILE=str(tmp_path / "key"),
        KIOSK_DATA_DIR=str(tmp_path / "data"),
        KIOSK_MODULES_AT_HOME=str(tmp_path / "modules.txt"),
    )
    for _ in range(runs):  # the first run creates the data dir; the second is a normal start
        done = subprocess.run(
            [sys.executable, "-m", "app", "run"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "home-shown" in done.stdout, done.stderr[-2000:]
    return set((tmp_path / "modules.txt").read_text(encoding="utf-8").split())


@pytest.mark.timeout(300)
def test_no_heavy_module_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    modules = _modules_at_first_paint(tmp_path)
    assert "ui" in modules and "PySide6.QtWidgets" in modules  # the hook ran in the kiosk
    early = sorted(name for name in modules if name.split(".")[0] in HEAVY_BEFORE_FIRST_PAINT)
    assert not early, f"imported before the home screen painted: {early}"
