# ruff: noqa: F811
"""The resident's help button, "Xong / người tiếp theo" asking first, and the keyboard on steps.

- "Gọi cán bộ" on every resident screen raises the staff alert (until a staff PIN),
  writes a ``help.requested`` audit event the console lists, and reads the screen aloud
  even with "Đọc to" off.
- "Xong" with an unsent application asks; "Tiếp tục làm hồ sơ" keeps everything, the
  other answer wipes. With nothing started it wipes at once. It sits apart from "Đọc to".
- The on-screen keyboard goes away on a choice step and never stays over the page.
"""

from __future__ import annotations

from typing import Any

from tests.ui._kiosk import (  # noqa: F401 (fixtures)
    attachment,
    birth_answers,
    current_field,
    kiosk_env,
    start_birth_registration,
    window,
)


def test_help_calls_staff_records_it_and_reads_the_screen(
    qtbot: Any, window: Any, kiosk_env: Any
) -> None:
    start_birth_registration(qtbot, window)
    help_button = window.topbar.help
    assert help_button.isVisible()
    window.topbar.voice.setChecked(False)  # "Đọc to" off: a help call still reads aloud
    spoken: list[str] = []
    window.voice.spoken.connect(spoken.append)
    help_button.click()
    assert window.staff_alert.active
    assert any("cần cán bộ hỗ trợ" in m for m in window.staff_alert.messages)
    assert window.banner.isVisible()
    qtbot.waitUntil(lambda: bool(spoken), timeout=5000)
    question = window.get_screen("wizard").question.text().split(" (")[0]
    assert "Đã gọi cán bộ" in spoken[-1] and question in spoken[-1]

    def calls(svc: Any) -> list[str]:
        return list(svc.store.audit_times("help.requested", "2000-01-01"))

    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    assert len(kiosk_env[2].call(calls)) == 1
    # The alert outlives the resident's wipe: only a staff PIN clears it.
    window.finish_session()
    assert window.staff_alert.active


def test_help_button_on_every_resident_screen_and_apart_from_xong(qtbot: Any, window: Any) -> None:
    for name in ("home", "catalog", "lookup", "staff"):
        window.show_screen(name)
        assert window.topbar.help.isVisible(), name
    window.show_screen("catalog")
    qtbot.waitUntil(lambda: window.topbar.done.isVisible())
    done = window.topbar.done.geometry()
    for other in (window.topbar.voice, window.topbar.help, window.topbar.contrast):
        rect = other.geometry().translated(
            other.parentWidget().mapTo(window.topbar, other.pos()) - other.pos()
        )
        gap = max(
            done.left() - rect.right(),
            rect.left() - done.right(),
            done.top() - rect.bottom(),
            rect.top() - done.bottom(),
        )
        assert gap >= window.topbar.done_gap - 1, (other.text(), gap)


def test_xong_asks_before_discarding_an_unsent_application(qtbot: Any, window: Any) -> None:
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    wizard.input.edit.setText("Nguyễn Thị Hoà")
    wizard.next.click()
    assert window.session.answers
    window.topbar.done.click()
    confirm = window.help_desk.confirm
    assert confirm is not None and confirm.isVisible()
    confirm.no.click()  # "Tiếp tục làm hồ sơ"
    assert window.current_screen() == "wizard"
    assert window.session.answers.get("requester_full_name") == "Nguyễn Thị Hoà"
    window.topbar.done.click()
    window.help_desk.confirm.yes.click()  # "Xoá và cho người tiếp theo"
    assert window.current_screen() == "home"
    assert not window.session.answers


def test_xong_wipes_at_once_when_nothing_was_started(qtbot: Any, window: Any) -> None:
    window.show_screen("catalog")
    window.topbar.done.click()
    assert window.help_desk.confirm is None
    assert window.current_screen() == "home"


def test_keyboard_goes_away_on_a_choice_step(qtbot: Any, window: Any, attachment: Any) -> None:
    from tests.ui._kiosk import answer

    window.activateWindow()
    start_birth_registration(qtbot, window)
    wizard = window.get_screen("wizard")
    answers = birth_answers(attachment)
    keyboard = wizard.host.keyboard
    wizard.input.edit.setFocus()
    qtbot.waitUntil(keyboard.isVisible, timeout=5000)
    while current_field(window) != "requester_relationship":
        answer(window, answers[current_field(window)])
        wizard.next.click()
    qtbot.waitUntil(lambda: not keyboard.isVisible(), timeout=5000)
