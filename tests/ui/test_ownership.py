# ruff: noqa: F811
"""Closing the window destroys every Qt object it made, on the GUI thread.

A QObject left for Python's garbage collector is destroyed on whichever thread the
collection happens to run, often the store's; the speech engine destroyed there
left a dangling timer in the GUI thread (the GUI tests crashed in a later test).
"""

from __future__ import annotations

import gc
import threading
from typing import Any

from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401 (fixtures)


def test_closing_the_window_destroys_its_task_manager_and_voice(qtbot, kiosk_env) -> None:
    from shiboken6 import Shiboken

    window = make_window(qtbot, kiosk_env)
    tasks, voice = window.tasks, window.voice
    spoken: list[str] = []
    voice.spoken.connect(spoken.append)
    voice.say("Xin chào")  # the engine is busy when the window closes
    assert spoken == ["Xin chào"]
    _close_and_wait(qtbot, window)
    assert not Shiboken.isValid(tasks)
    assert not Shiboken.isValid(voice)


def test_a_collection_on_another_thread_finds_no_live_qt_object(qtbot, kiosk_env) -> None:

    gc.collect()  # what earlier tests left, here on the GUI thread
    window = make_window(qtbot, kiosk_env)
    window.voice.say("Xin chào")
    _close_and_wait(qtbot, window)
    del window
    live: list[str] = []

    def collect() -> None:
        # What a store task's allocations can trigger: a full collection off the GUI thread.
        # DEBUG_SAVEALL keeps what it finds instead of destroying it there.
        gc.collect()
        live.extend(_live_python_owned(gc.garbage))

    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        worker = threading.Thread(target=collect)
        worker.start()
        worker.join(30)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()  # the real destruction, back on the GUI thread
    assert not worker.is_alive()
    assert live == [], f"left to the garbage collector: {live}"


def _close_and_wait(qtbot: Any, window: Any) -> None:
    """``close_window``, then wait for its ``deleteLater`` to destroy the window."""
    from shiboken6 import Shiboken

    close_window(qtbot, window)
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5_000)


def _live_python_owned(objects: list[Any]) -> list[str]:
    """Type names of QObjects in ``objects`` that Python would destroy (not a Qt parent)."""
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    return [
        type(o).__name__
        for o in objects
        if isinstance(o, QObject) and Shiboken.isValid(o) and Shiboken.ownedByPython(o)
    ]
