"""Issue 16's journey: a birth registered by touch with both parents' cards scanned, counted
by the walkthrough that drives it (tests/ui/_journey.py), and the time from a tap to the
next screen painted."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from bench._core import Figure, median, percentile
from bench._ui_figures import _Gui


class _Clicks:
    """What :class:`tests.ui._walk.Finger` needs of pytest-qt's ``qtbot``: a mouse click."""

    def mouseClick(self, widget: Any, button: Any, pos: Any = None) -> None:  # noqa: N802
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, button, pos=pos)


def _bare_switch_ms(samples: int = 20) -> list[float]:
    """Floor: a QStackedWidget of the same size switching between two labelled pages."""
    from PySide6.QtWidgets import QLabel, QStackedWidget

    stack = QStackedWidget()
    pages = [QLabel("Trang một"), QLabel("Trang hai")]
    for page in pages:
        stack.addWidget(page)
    stack.resize(1280, 900)
    stack.show()
    out = []
    for n in range(samples):
        started = time.perf_counter()
        stack.setCurrentWidget(pages[n % 2])
        stack.repaint()
        out.append((time.perf_counter() - started) * 1000)
    stack.deleteLater()
    return out


def journey(runs: int = 3) -> list[Figure]:
    """Inputs and screens of the journey (target ≤ 60 inputs); screen change p95 (≤ 50 ms)."""
    from tests.ui._journey import CHILD_NAME, PHONE, register_birth_by_touch
    from tests.ui._walk import Finger, telex_keys

    results = []
    for _ in range(runs):
        gui = _Gui()
        try:
            finger = Finger(_Clicks())
            results.append(
                register_birth_by_touch(
                    gui.window, finger, lambda until: gui.pump(until, 30), dt.date.today()
                )
            )
        finally:
            gui.close()
    first = results[0]
    inputs, screens = first.inputs, len(first.screens)
    # The least any journey needs: one tap per screen change, the keys of what only the
    # resident knows (the child's name, the phone number) and one scan per parent.
    least = screens + len(telex_keys(CHILD_NAME)) + len(PHONE) + 2
    changes = [ms for r in results for ms in r.screen_change_ms[1:]]  # after the first screen
    p95 = percentile(changes, 95)
    floor = median(_bare_switch_ms())
    name = "journey: birth registration by touch, parents' cards scanned"
    return [
        Figure(
            name,
            inputs,
            least,
            "inputs",
            "≤ 60 inputs",
            note="taps (each on-screen key one) and scans, counted by tests/ui/_journey.py; "
            "floor: one tap per screen, the typed name and phone, two scans",
            text=f"{name}: {inputs} inputs over {screens} screens (target ≤ 60 inputs)",
        ),
        Figure(
            "screen change p95",
            p95,
            floor,
            "ms",
            "≤ 50 ms",
            note=f"tap to the next screen painted over {len(changes)} screen changes of the "
            "journey (store round trips included); floor: a bare QStackedWidget page switch",
            text=f"screen change p95: {p95:.0f} ms",
        ),
    ]
