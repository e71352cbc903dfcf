# ruff: noqa: F811
"""An uncaught exception (a failing slot, a failing store task) is logged with personal data
masked, the resident's session is wiped, and the kiosk goes home with a plain message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from tests.ui._kiosk import (  # noqa: F401
    RESIDENT_NAME,
    choose_procedure,
    close_window,
    kiosk_env,
    make_window,
)
from ui._crash import crash_message

pytestmark = pytest.mark.qt_no_exception_capture  # the guard, not pytest-qt, takes them

ID_NUMBER = "001190012345"


class _Trigger(QObject):
    fired = Signal()


@pytest.fixture
def guarded(qtbot: Any, kiosk_env: Any, tmp_path: Path) -> Iterator[Any]:
    from kiosk.security import setup_logging

    log_path = setup_logging(tmp_path / "logdir")
    window = make_window(qtbot, kiosk_env)
    window.crash_guard.install()
    window.log_path = log_path
    yield window
    window.crash_guard.uninstall()
    close_window(qtbot, window)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk_handler", False):
            root.removeHandler(handler)
            handler.close()


def _start_filling(qtbot: Any, window: Any) -> str:
    window.get_screen("home").start.click()
    choose_procedure(window, "1.001193")
    qtbot.waitUntil(lambda: window.session.draft_id is not None, timeout=10_000)
    window.session.set_answer("requester_full_name", RESIDENT_NAME)
    window.flow._on_wizard_answer_changed("requester_full_name")  # the autosave, as typing does
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    return str(window.session.draft_id)


def _assert_recovered(window: Any) -> None:
    assert window.current_screen() == "home"
    assert window.session.answers == {} and window.session.draft_id is None
    assert window.banner.isVisible()
    assert window.banner_text.text() == crash_message()
    assert crash_message() == "Đã có lỗi, xin bắt đầu lại. Hồ sơ đã lưu không bị mất."


def test_failing_slot_wipes_and_goes_home(qtbot, guarded) -> None:
    draft_id = _start_filling(qtbot, guarded)
    trigger = _Trigger()

    def broken_slot() -> None:
        raise ValueError(f"cannot handle {RESIDENT_NAME} {ID_NUMBER}")

    trigger.fired.connect(broken_slot)
    assert sys.excepthook == guarded.crash_guard.excepthook
    with qtbot.waitSignal(guarded.crash_guard.recovered, timeout=5_000) as recovered:
        trigger.fired.emit()
    assert recovered.args == ["ValueError"]
    _assert_recovered(guarded)
    # The saved draft is still there for staff to resume.
    qtbot.waitUntil(lambda: guarded.tasks.idle, timeout=10_000)
    draft = guarded.tasks._executor.call(lambda svc: svc.load_draft(draft_id))
    assert draft.answers["requester_full_name"] == RESIDENT_NAME
    # Logged, through the masking filter.
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = guarded.log_path.read_text(encoding="utf-8")
    assert "uncaught exception" in log and "ValueError" in log
    assert ID_NUMBER not in log
    assert RESIDENT_NAME not in log, log[-600:]


def test_failing_store_task_wipes_once(qtbot, guarded) -> None:
    _start_filling(qtbot, guarded)

    def broken_task(_svc: Any) -> None:
        raise RuntimeError("the disk said no")

    with qtbot.waitSignal(guarded.crash_guard.recovered, timeout=10_000):
        guarded.tasks.run_db(broken_task)  # no on_error: the TaskManager re-raises it
    qtbot.waitUntil(lambda: guarded.tasks.idle, timeout=10_000)
    _assert_recovered(guarded)
    assert guarded.crash_guard.count == 1  # the re-raise reaches the hook but is not handled twice


def test_the_next_resident_does_not_keep_the_message(qtbot, guarded) -> None:
    guarded.crash_guard.handle(KeyError("x"))
    assert guarded.banner.isVisible()
    guarded.get_screen("home").start.click()
    assert guarded.current_screen() == "catalog"
    assert not guarded.banner.isVisible()


def test_a_failure_during_recovery_does_not_loop(qtbot, guarded, monkeypatch) -> None:
    calls = []

    def broken_finish(**_kw: Any) -> None:
        calls.append(1)
        raise RuntimeError("wipe broke")

    monkeypatch.setattr(guarded, "finish_session", broken_finish)
    guarded.show_screen("lookup")
    guarded.crash_guard.handle(ValueError("first"))
    assert calls == [1]
    assert guarded.current_screen() == "home"  # the fallback still leaves nothing on screen
