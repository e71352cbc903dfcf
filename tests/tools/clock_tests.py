"""Run the tests that read the clock (``make test`` runs this under faketime at three instants).

Which tests: every test file whose code names something that reads or depends on
"now" or "today" (``CLOCK_WORDS``: the
clock itself, dates computed from today, due dates, working days, the dashboard's
days, retention, PIN lock-outs, certificate expiry, provisional codes, the sync
worker's clocks). The list is computed from the code on every run, so a new test
that uses the clock joins it; ``--list`` prints it. Helper modules are not followed:
the GUI helpers only date a sample child "ten days ago", valid on any day, and
following them would pull in every GUI file (minutes per instant). Slow soak tests are left out
(``-m "not slow"``): they run once, at the real time, in the full suite.

Under faketime the monotonic clock stays real and ``time.sleep`` (whose absolute
monotonic deadline libfaketime 0.9.10 rejects) waits on an event instead: see
tests/conftest.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.tools.run_suite import _run  # noqa: E402 (after the path set-up)

CLOCK_WORDS = re.compile(
    r"\b(clock|system_clock|FixedClock|ManualClock|today|now_utc|now_local|due_at|due_date"
    r"|working_days?|WorkingCalendar|seed_demo|local_today|dashboard_figures|retention|purge"
    r"|locked_until|expires|expiry|provisional_code|submitted_at|received_at|TODAY)\b"
)


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
    runs = [[*core, "-m", "not slow", *argv]]
    runs += [[f, "-m", "not slow", *argv] for f in files if f.startswith("tests/ui/")]
    passed = failed = 0
    for args in runs:
        code, counts = _run(args)
        passed += counts.get("passed", 0)
        failed += counts.get("failed", 0) + counts.get("error", 0) + (code not in (0, 5))
    print(f"clock-reading tests: {passed} passed, {failed} failed ({len(files)} files)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
