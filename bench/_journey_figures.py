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


def _wait_as_the_kiosk(until: Any, timeout: float = 30.0) -> None:
    """Run the GUI until ``until()`` holds, sleeping between events as the kiosk's event loop
    does (``_Gui.pump`` spins instead: that spin was counted as the GUI thread's CPU time
    and took the GIL from the store's thread while a submission was waited for)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    end = time.monotonic() + timeout
    wake = QTimer()  # a condition that no event announces is looked at again soon
    wake.setInterval(10)
    wake.start()
    try:
        while not until():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            # Outside exec() Qt never runs deleteLater(); the kiosk's event loop does.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if time.monotonic() > end:
                raise TimeoutError("the GUI did not get there")
    finally:
        wake.stop()


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


def journey(runs: int = 5) -> list[Figure]:
    """Inputs and screens of the journey (target ≤ 60 inputs); screen change p95 (≤ 50 ms).

    Each run is a fresh window on a settled kiosk (:meth:`bench._ui_figures._Gui.settle`);
    the screen change figure is the median over the runs of each run's p95, with the range.
    """
    from tests.ui._journey import CHILD_NAME, PHONE, register_birth_by_touch
    from tests.ui._walk import Finger, telex_keys

    results = []
    for _ in range(runs):
        gui = _Gui()
        try:
            gui.settle()
            finger = Finger(_Clicks())
            results.append(
                register_birth_by_touch(gui.window, finger, _wait_as_the_kiosk, dt.date.today())
            )
        finally:
            gui.close()
    first = results[0]
    inputs, screens = first.inputs, len(first.screens)
    # The least any journey needs: one tap per screen change, the keys of what only the
    # resident knows (the child's name, the phone number) and one scan per parent.
    least = screens + len(telex_keys(CHILD_NAME)) + len(PHONE) + 2
    per_run = [r.screen_change_ms[1:] for r in results]  # after the first screen
    p95s = [percentile(changes, 95) for changes in per_run]
    p95 = median(p95s)
    cpu_p95s = [percentile(r.screen_change_cpu_ms[1:], 95) for r in results]
    slowest = _slowest(results)
    floor_samples = _bare_switch_ms()
    floor = median(floor_samples)
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
            note=f"tap to the next screen painted, {len(per_run[0])} screen changes a journey "
            f"(store round trips included); median of {runs} journeys' p95 "
            f"({min(p95s):.0f}–{max(p95s):.0f} ms), each on a fresh window once start-up's "
            f"background work is done; the GUI thread's CPU time over the same spans: p95 "
            f"{median(cpu_p95s):.0f} ms ({min(cpu_p95s):.0f}–{max(cpu_p95s):.0f}); slowest "
            f"changes (median ms): {slowest}; floor: a bare "
            f"QStackedWidget page switch ({min(floor_samples):.2f}–"
            f"{max(floor_samples):.2f} ms)",
            text=f"screen change p95: {p95:.0f} ms",
        ),
    ]


def _slowest(results: list[Any]) -> str:
    """The three slowest screen changes by their median over the runs, named "from→to"."""
    names = results[0].screens  # each page of the wizard, not the stack page holding them
    pairs = [
        f"{a}→{b}".replace("wizard:", "") for a, b in zip(["home", *names], names, strict=False)
    ]
    by_change: dict[str, list[float]] = {}
    for r in results:
        for label, ms in zip(pairs, r.screen_change_ms, strict=False):
            by_change.setdefault(label, []).append(ms)
    ranked = sorted(((median(v), k) for k, v in by_change.items()), reverse=True)[:3]
    return ", ".join(f"{k} {v:.0f}" for v, k in ranked)
