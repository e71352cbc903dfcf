"""Figures, floors, ratios, percentiles and the machine description."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its floor measured in the same run."""

    name: str
    value: float
    floor: float
    unit: str
    target: str = ""
    higher_is_better: bool = False
    note: str = ""
    text: str = ""
    """When set, the line printed, spelt exactly so (issues name some lines word for word)."""

    @property
    def ratio(self) -> float:
        """Figure over floor for costs (lower is better); floor over figure would hide units."""
        if self.floor == 0:
            return float("inf") if self.value else 1.0
        return self.value / self.floor

    def line(self) -> str:
        """One line containing the word "ratio" (or exactly :attr:`text` when set)."""
        if self.text:
            return self.text
        target = f" (target {self.target})" if self.target else ""
        return (
            f"{self.name}: {self.value:.4g} {self.unit} | floor {self.floor:.4g} {self.unit}"
            f" | ratio {self.ratio:.2f}{target}"
        )


def percentile(samples: list[float], pct: float) -> float:
    """The ``pct`` percentile (0..100) by nearest rank."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[rank]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Run ``fn`` ``repeat`` times and return each duration in milliseconds."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def median(samples: list[float]) -> float:
    """The median of the samples."""
    return statistics.median(samples)


def machine_description() -> str:
    """CPU model, cores, memory, OS, Python and Qt versions."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) // (1024 * 1024)} GiB RAM"
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no PySide6"
    import sqlite3

    return (
        f"{cpu}, {os.cpu_count()} cores, {mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; {qt}"
    )
