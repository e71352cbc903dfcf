"""Run one bench suite in a fresh interpreter and hand its figures back as JSON.

Memory figures mean nothing in a process whose heap earlier suites grew to a gigabyte
(the fleet and 100k-store benches): the sessions then reuse freed heap and "grow" by
nothing. ``python -m bench`` runs such suites here, in a process of their own, as a
kiosk that has just started.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import subprocess
import sys

from bench._core import Figure

_MARK = "BENCH-FIGURES "


def run_isolated(module_name: str, func_name: str) -> list[Figure]:
    """The suite's figures, measured in a child interpreter (its output passes through).

    Raises:
        RuntimeError: the child failed or printed no figures.
    """
    proc = subprocess.run(  # noqa: S603 - our own interpreter, a suite from SUITES
        [sys.executable, "-m", "bench._child", module_name, func_name],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    figures: list[Figure] = []
    for line in proc.stdout.splitlines():
        if line.startswith(_MARK):
            figures = [Figure(**item) for item in json.loads(line[len(_MARK) :])]
        else:
            print(line, flush=True)
    if proc.returncode != 0 or not figures:
        raise RuntimeError(f"{func_name} in its own process exited {proc.returncode}")
    return figures


def main(argv: list[str]) -> int:
    """``python -m bench._child MODULE FUNCTION``: print the figures as one JSON line."""
    module_name, func_name = argv
    figures = getattr(importlib.import_module(module_name), func_name)()
    print(_MARK + json.dumps([dataclasses.asdict(f) for f in figures]), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
