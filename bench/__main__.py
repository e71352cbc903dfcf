"""Run every benchmark, print one "ratio" line per figure, write docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from bench._child import run_isolated
from bench._core import Figure, machine_description

# (module, function): each returns a list of Figures. Order: cheap first.
SUITES = [
    ("bench._text_figures", "compose"),
    ("bench._address_figures", "address_conversion"),
    ("bench._forms_figures", "catalog_search"),
    ("bench._forms_figures", "form_open"),
    ("bench._receipt_figures", "receipts"),
    ("bench._store_figures", "autosave"),
    ("bench._store_figures", "store_scale"),
    ("bench._sync_figures", "throughput"),
    ("bench._drain_figures", "drain"),
    ("bench._fleet_figures", "fleet"),
    ("bench._ui_figures", "cold_start"),
    ("bench._ui_figures", "typing_stalls"),
    ("bench._ui_figures", "wedge_scan"),
    ("bench._journey_figures", "journey"),
    ("bench._ui_figures", "session_memory"),
]


# Suites measured in a process of their own: memory after the fleet and 100k-store
# suites is a heap of a gigabyte that the sessions would reuse instead of growing.
ISOLATED = {"session_memory"}

NOTES_HEADING = "## Notes"


def main(argv: list[str] | None = None) -> int:
    """Run the suites (optionally ``--only substring``) and report."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", default="", help="run suites whose name contains this")
    parser.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    failures: list[str] = []
    started = time.perf_counter()
    for module_name, func_name in SUITES:
        if args.only and args.only not in func_name and args.only not in module_name:
            continue
        print(f"== {func_name}", flush=True)
        t0 = time.perf_counter()
        try:
            if func_name in ISOLATED:
                got = run_isolated(module_name, func_name)
            else:
                got = getattr(importlib.import_module(module_name), func_name)()
        except Exception as exc:
            traceback.print_exc()
            failures.append(f"{func_name}: {type(exc).__name__}: {exc}")
            continue
        for fig in got:
            print(fig.line(), flush=True)
        figures.extend(got)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    total = time.perf_counter() - started
    if not args.only:
        _write_report(args.out, figures, failures, total)
    if figures:
        worst = max(figures, key=lambda f: f.ratio)
        print(f"worst ratio: {worst.name} ({worst.ratio:.2f})")
    for failure in failures:
        print(f"FAILED {failure}")
    print(f"total {total:.0f} s")
    return 1 if failures else 0


def _write_report(out: Path, figures: list[Figure], failures: list[str], total: float) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`. Each figure is measured beside a floor taken in the same",
        "run on the same machine; the ratio (figure / floor) is what to compare across",
        "machines, since this machine is shared and noisy. Lower is better for every row.",
        "",
        f"- Run: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}, {total:.0f} s in all",
        f"- Machine: {machine_description()}",
        "",
        "| figure | value | floor | ratio | target | what the floor is |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f.name} | {f.value:.4g} {f.unit} | {f.floor:.4g} {f.unit} | {f.ratio:.2f} |"
            f" {f.target} | {f.note} |"
        )
    if failures:
        lines += ["", "## Not measured in this run", ""] + [f"- {x}" for x in failures]
    # What people wrote under "## Notes" (how a figure was reached, what its floor is made
    # of) is kept from one run to the next.
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    if NOTES_HEADING in old:
        lines += ["", NOTES_HEADING + old.split(NOTES_HEADING, 1)[1].rstrip("\n")]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
