"""Address figures: one free-text address read to its 2025 commune, vs folding its text."""

from __future__ import annotations

import time
from pathlib import Path

from bench._core import Figure, percentile
from forms import fold, resolve_address

_TABLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "hanoi_addresses.tsv"


def _addresses() -> list[str]:
    """Every Hà Nội unit in every spelling (full, short, abbreviated, no diacritics...)."""
    lines = _TABLE.read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(ln.split("\t")[0] for ln in lines if ln and ln[0] != "#"))


def address_conversion() -> list[Figure]:
    """Per-address cost of resolve_address (target p95 < 2 ms) vs the fold every reading needs.

    Each address is distinct and read once, so the result cache never answers.
    """
    addresses = _addresses()
    resolve_address("Phường Hoàn Kiếm, Thành phố Hà Nội")  # load the data (start-up work)
    samples = []
    for text in addresses:
        t0 = time.perf_counter()
        resolve_address(text)
        samples.append((time.perf_counter() - t0) * 1000)
    floor = []
    for text in addresses:
        t0 = time.perf_counter()
        fold(text)
        floor.append((time.perf_counter() - t0) * 1000)
    return [
        Figure(
            "address conversion p95",
            percentile(samples, 95),
            percentile(floor, 95),
            "ms",
            "< 2 ms",
            note=f"resolve_address over {len(addresses)} Hà Nội addresses vs fold()",
        ),
    ]
