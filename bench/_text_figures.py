"""Composer figures: one keystroke through the incremental composer vs appending a character."""

from __future__ import annotations

import time

from bench._core import Figure, percentile
from kiosk.text import ComposingBuffer

_NAMES = "Nguyeenx Thij Asnh Tuyeets Traanf DDuwcs Luwowng Phuwowngf Hoaanf Kieemss ".split()


def compose() -> list[Figure]:
    """Per-keystroke cost of Telex composing (target < 0.2 ms) vs a bare string append."""
    keys = " ".join(_NAMES * 40)
    samples = []
    buffer = ComposingBuffer("telex")
    for ch in keys:
        t0 = time.perf_counter()
        if ch == " ":
            buffer.commit()
            buffer.reset()
        else:
            buffer.press(ch)
        samples.append((time.perf_counter() - t0) * 1000)
    floor = []
    text = ""
    for ch in keys:
        t0 = time.perf_counter()
        text = text + ch
        floor.append((time.perf_counter() - t0) * 1000)
    return [
        Figure(
            "compose one keystroke p95",
            percentile(samples, 95),
            percentile(floor, 95),
            "ms",
            "< 0.2 ms",
            note="ComposingBuffer.press vs str append",
        ),
    ]
