"""One clock: no module reads the wall clock except kiosk/clock.py (issue 12).

"Now" and "today" come from an injected :class:`kiosk.clock.Clock`; a bare
``datetime.now()``, ``date.today()``, ``time.time()`` or Qt's
``currentDateTime()`` elsewhere would read UTC or the machine's zone, unpinned
by tests. ``time.monotonic()`` (durations, timeouts) is allowed. The check
reads the syntax tree, so comments and docstrings that name these calls pass.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "kiosk", "forms", "sync", "portal", "wire", "ui", "update", "tests")
ALLOWED = {
    "kiosk/clock.py",  # the one wall-clock read
    "tests/kiosk/test_clock.py",  # checks the system clock against the real time
}
WALL_CLOCK = (
    "datetime.now",
    "datetime.utcnow",
    "datetime.today",
    "date.today",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.gmtime",
    "time.ctime",
    "QDateTime.currentDateTime",
    "QDateTime.currentDateTimeUtc",
    "QDateTime.currentSecsSinceEpoch",
    "QDateTime.currentMSecsSinceEpoch",
    "QDate.currentDate",
    "QTime.currentTime",
)
BARE_NAMES = ("utcnow",)  # kiosk.store.utcnow(): the real clock, not the store's


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, call) for every wall-clock read in ``source``."""
    tree = ast.parse(source)
    imported: dict[str, str] = {}  # local name -> dotted original ("from time import time")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        if not name:
            continue
        head, _, rest = name.partition(".")
        full = f"{imported[head]}.{rest}" if head in imported and rest else imported.get(head, name)
        if name in BARE_NAMES or any(
            full == call or full.endswith("." + call) for call in WALL_CLOCK
        ):
            found.append((node.lineno, name))
    return found


def test_no_wall_clock_read_outside_the_clock_module() -> None:
    offenders = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in ALLOWED:
                continue
            for line, call in wall_clock_reads(path.read_text(encoding="utf-8")):
                offenders.append(f"{relative}:{line}: {call}()")
    assert not offenders, (
        "read the time from the injected kiosk.clock.Clock (services.clock, store.clock, "
        "tasks.clock, context.clock), not the wall clock:\n" + "\n".join(offenders)
    )


def test_the_check_finds_each_kind_of_read() -> None:
    sample = "\n".join(
        [
            "import datetime as dt",
            "import time",
            "from datetime import UTC, date, datetime",
            "from time import time as now",
            "from PySide6.QtCore import QDateTime",
            "a = datetime.now(UTC)",
            "b = date.today()",
            "c = dt.datetime.now()",
            "d = time.time()",
            "e = now()",
            "f = QDateTime.currentDateTime()",
            "g = utcnow()",
            "h = time.monotonic()",  # a duration: allowed
            "i = clock.now_utc()",  # the injected clock: allowed
            "j = datetime.fromisoformat('2027-02-06')",  # no read: allowed
        ]
    )
    assert [line for line, _ in wall_clock_reads(sample)] == [6, 7, 8, 9, 10, 11, 12]
