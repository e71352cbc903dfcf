"""Cold start: the home screen paints before any heavy library is imported (issue 17).

``kiosk run`` is started in a subprocess (offscreen) over a fresh data dir, with
``KIOSK_BENCH_EXIT_ON_HOME`` (print "home-shown" when the home screen has painted,
"home-ready" when the kiosk window has replaced it, then quit) and
``KIOSK_MODULES_AT_HOME`` (write ``sys.modules`` at the first paint). Everything
named here is loaded after the first paint: the config's validation, the data
key, the store and the kiosk window (:mod:`kiosk.first_paint`,
:mod:`ui._first_frame`), or only after a resident taps something, or by
background work (the embedded portal, sync's first contact).
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
    # The home screen paints from kiosk.toml's display settings alone (kiosk.first_paint);
    # the config's validation, the data key and the store come after it.
    "pydantic",
    "pydantic_core",
    "cryptography",
    "sqlite_utils",
    "sqlite3",
    "yaml",  # form definitions
)
# Our own modules loaded only after the first paint (a module or any module under it).
OURS_AFTER_FIRST_PAINT = (
    "forms",  # the catalog and form definitions
    "kiosk.config",
    "kiosk.crypto",
    "kiosk.store",
    "kiosk.services",
    "kiosk.journey",
    "kiosk.idcard",
    "sync",
    "portal",
    "wire",
    "ui._window",  # the kiosk window and everything it is made of
    "ui._flow",
    "ui._tasks",
    "ui._voice",
    "ui.input",  # the on-screen keyboard and the Telex composer
    "ui.staff",
    "ui.screens._catalog",  # every screen but home
    "ui.screens._intro",
    "ui.screens._wizard",
    "ui.screens._review",
    "ui.screens._consent",
    "ui.screens._receipt",
    "ui.screens._feedback",
    "ui.screens._lookup",
    "ui.screens._staff",
)


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
        assert "home-ready" in done.stdout, done.stderr[-2000:]  # the rest started after it
    return set((tmp_path / "modules.txt").read_text(encoding="utf-8").split())


@pytest.mark.timeout(300)
def test_no_heavy_module_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    modules = _modules_at_first_paint(tmp_path)
    assert "ui" in modules and "PySide6.QtWidgets" in modules  # the hook ran in the kiosk
    early = sorted(name for name in modules if name.split(".")[0] in HEAVY_BEFORE_FIRST_PAINT)
    assert not early, f"imported before the home screen painted: {early}"
    ours = sorted(
        name
        for name in modules
        if any(name == m or name.startswith(m + ".") for m in OURS_AFTER_FIRST_PAINT)
    )
    assert not ours, f"imported before the home screen painted: {ours}"
