"""Run the test suite: the core tests in one process, each GUI test file in its own.

Qt objects outliving a test can corrupt the next test's event loop; isolating
each GUI file keeps one file's leftovers from crashing another and makes a crash
point at the file that caused it. Prints pytest's own lines and, last, one
"N passed, N failed" line for the whole run; exits non-zero on any failure.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_COUNT = re.compile(r"(\d+) (passed|failed|error|errors|skipped|xfailed|xpassed)")


def _run(args: list[str]) -> tuple[int, dict[str, int]]:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    sys.stdout.write(proc.stdout[-6000:])
    sys.stderr.write(proc.stderr[-3000:])
    counts: dict[str, int] = {}
    lines = proc.stdout.strip().splitlines()
    for n, kind in _COUNT.findall(lines[-1] if lines else ""):
        key = "error" if kind == "errors" else kind
        counts[key] = counts.get(key, 0) + int(n)
    if proc.returncode not in (0, 5) and not counts.get("failed") and not counts.get("error"):
        counts["failed"] = counts.get("failed", 0) + 1  # the process died (crash, timeout)
        print(f"!! {' '.join(args)}: pytest exited with {proc.returncode}", flush=True)
    return proc.returncode, counts


def main(argv: list[str]) -> int:
    """``run_suite.py [pytest args]``: extra args go to every pytest run."""
    totals: dict[str, int] = {}
    failed_runs = 0
    runs = [["tests", "--ignore=tests/ui", *argv]]
    runs += [[str(p.relative_to(ROOT)), *argv] for p in sorted((ROOT / "tests/ui").glob("test_*.py"))]
    for args in runs:
        code, counts = _run(args)
        failed_runs += code not in (0, 5)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    extra = "".join(f", {totals[k]} {k}" for k in ("skipped", "xfailed", "error") if totals.get(k))
    print(f"{totals.get('passed', 0)} passed, {totals.get('failed', 0)} failed{extra}")
    return 1 if failed_runs or totals.get("failed") or totals.get("error") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
