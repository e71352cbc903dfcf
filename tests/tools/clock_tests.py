"""Run the tests that read the clock (``make test`` runs this under faketime at three instants).

Which tests: those whose own code names something whose outcome depends on "now"
or "today" (``CLOCK_WORDS``: the kiosk clock read or pinned, dates computed from
today, due dates, working days, the dashboard's days, retention, PIN lock-outs,
certificate expiry, received/submitted times). tests/conftest.py marks each such
test function ``clock`` by reading its source; this script runs the files that have
any (``--list``), with ``-m "clock and not slow"``. The selection is computed from
the code on every run, so a new test that uses the clock joins it. Fixtures and
helper modules are not followed (the GUI helpers date a sample child "ten days
ago", valid on any day; following them would pull in every GUI file). Slow soak
tests run once, at the real time, in the full suite.

Under faketime the monotonic clock and file times stay real, and ``time.sleep`` (whose absolute
monotonic deadline libfaketime 0.9.10 rejects) waits on an event instead: see
tests/conftest.py.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.tools.run_suite import _run  # noqa: E402 (after the path set-up)

CLOCK_WORDS = re.compile(
    r"\b(system_clock|FixedClock|now_utc|now_local|today|TODAY|due|due_at|due_date"
    r"|working_days?|WorkingCalendar|seed_demo|local_today|dashboard_figures|retention|purge"
    r"|locked_until|expires|expiry|received_at|submitted_at|lockout)\b"
)


def reads_clock(function: Callable[..., Any]) -> bool:
    """Whether a test function's own source names something that depends on the clock."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return False
    return CLOCK_WORDS.search(source) is not None


def clock_test_files() -> list[Path]:
    """Test files whose own code names something that reads or depends on the clock."""
    return [
        p
        for p in sorted((ROOT / "tests").rglob("test_*.py"))
        if CLOCK_WORDS.search(p.read_text(encoding="utf-8"))
    ]


def main(argv: list[str]) -> int:
    """``clock_tests.py [--list] [pytest args]``: core files in one process, GUI files one each."""
    files = [str(p.relative_to(ROOT)) for p in clock_test_files()]
    if "--list" in argv:
        print("\n".join(files))
        return 0
    core = [f for f in files if not f.startswith("tests/ui/")]
    select = ["-m", "clock and not slow"]
    runs = [[*core, *select, *argv]]
    runs += [[f, *select, *argv] for f in files if f.startswith("tests/ui/")]
    passed = failed = 0
    for args in runs:
        code, counts = _run(args)
        passed += counts.get("passed", 0)
        counted = counts.get("failed", 0) + counts.get("error", 0)
        failed += counted or int(code not in (0, 5))  # a crash without a count is one failure
    print(f"clock-reading tests: {passed} passed, {failed} failed ({len(files)} files)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
