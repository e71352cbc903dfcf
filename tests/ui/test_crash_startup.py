"""Data-dir problems at start-up: the kiosk still starts, and staff see a warning that stays
(through wipes and language changes) until a staff member acknowledges it with their PIN."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import open_services
from kiosk.services import open_context
from tests.ui._shell import STAFF_PIN, enter_pin
from ui import build_window, startup_problem_text


def _window(qtbot: Any, data_dir: Path) -> tuple[Any, Any, str | None]:
    context = open_context(data_dir)
    executor, catalog, code = open_services(context)
    problem = None if code is None else startup_problem_text(code)
    window = build_window(context, executor, catalog, voice_engine="mock")
    window.resize(1280, 900)
    window.show()
    if problem is not None:
        window.show_staff_alert(problem)
    return window, executor, problem


def _close(qtbot: Any, window: Any, executor: Any) -> None:
    window.close()
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    window.deleteLater()
    executor.shutdown(lambda s: s.store.close())


def test_corrupt_database_is_moved_aside_and_staff_are_told_until_they_acknowledge(
    qtbot, tmp_path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.db").write_bytes(b"this is not a database" * 512)
    window, executor, problem = _window(qtbot, data)
    try:
        assert problem == startup_problem_text("rescued")
        assert list(data.glob("kiosk.db.corrupt-*")), "the broken file is kept for a technician"
        alert = window.staff_alert
        assert alert.isVisible() and alert.text.text() == problem
        window.finish_session()  # "Xong" or the idle wipe does not hide it
        window.set_language("en")
        window.set_language("vi")
        assert alert.isVisible()

        def add(svc: Any) -> None:
            from kiosk.security import StaffDirectory

            StaffDirectory.from_config(svc.store, svc.config).add_staff(
                "cb01", "Lê Văn Bình", "staff", STAFF_PIN
            )

        executor.call(add)
        dialog = alert.ask_acknowledge()
        enter_pin(dialog, "cb01", "111999")  # a wrong PIN leaves it up
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert alert.isVisible()
        with qtbot.waitSignal(alert.acknowledged, timeout=10_000):
            enter_pin(dialog, "cb01", STAFF_PIN)
        assert not alert.isVisible() and not alert.active
        qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
        sql = "SELECT actor, action, detail FROM audit_events"
        rows = executor.call(lambda s: s.store.query(sql))
        assert ("cb01", "staff.alert_acknowledged", {"alerts": 1}) in [
            (r["actor"], r["action"], json.loads(r["detail"])) for r in rows
        ]
    finally:
        _close(qtbot, window, executor)


def test_data_dir_that_is_a_file_still_starts_with_a_warning(qtbot, tmp_path) -> None:
    data = tmp_path / "not-a-dir"
    data.write_text("a file where the data dir should be")
    window, executor, problem = _window(qtbot, data)
    try:
        assert problem == startup_problem_text("store_failed")
        assert window.current_screen() == "home"
        assert len(window.catalog) > 0  # the bundled procedures are still listed
        assert window.staff_alert.isVisible()
        assert window.staff_alert.text.text() == startup_problem_text("store_failed")
        window.finish_session()
        assert window.staff_alert.isVisible()
        dialog = window.staff_alert.ask_acknowledge()  # no store: the PIN cannot be checked
        enter_pin(dialog, "cb01", STAFF_PIN)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert dialog.error.text() == "Không kiểm tra được mã PIN. Hãy thử lại."
        assert window.staff_alert.isVisible()
        dialog.cancel.click()
    finally:
        _close(qtbot, window, executor)


def test_a_failed_background_integrity_check_alerts_staff(qtbot, tmp_path) -> None:
    """Issue 19: the watch's thread reports a damaged database; the GUI thread shows it."""
    import threading

    from ui import integrity_alerter

    window, executor, _ = _window(qtbot, tmp_path / "data")
    try:
        assert not window.staff_alert.isVisible()
        alert = integrity_alerter(window)
        thread = threading.Thread(target=alert, args=("Page 35: btreeInitPage() error",))
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: window.staff_alert.isVisible(), timeout=10_000)
        assert window.staff_alert.text.text() == startup_problem_text("damaged")
        assert "kiosk doctor" in window.staff_alert.text.text()
    finally:
        _close(qtbot, window, executor)
