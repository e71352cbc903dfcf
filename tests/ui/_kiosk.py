"""Shared helpers for the GUI tests: a real store on its thread, the window, form drivers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import forms
from kiosk.clock import system_clock
from kiosk.services import KioskServices, StoreExecutor, open_context

BIRTH = "1.001193"
RESIDENT_NAME = "Nguyễn Thị Hoà"
CHILD_NAME = "Trần Minh Khôi"
HANOI_ADDRESS = {
    "province_code": "01",
    "province_name": "Thành phố Hà Nội",
    "commune_code": "00004",
    "commune_name": "Phường Ba Đình",
    "street": "Số 12 phố Đội Cấn",
}


def birth_answers(attachment: Path) -> dict[str, Any]:
    """What a mother types to register her ten-day-old son."""
    born = system_clock().today() - dt.timedelta(days=10)
    return {
        "requester_full_name": RESIDENT_NAME,
        "requester_id_number": "001190012345",
        "requester_residence": HANOI_ADDRESS,
        "requester_phone": "0912345678",
        "requester_email": "",
        "requester_relationship": "me",
        "child_full_name": CHILD_NAME,
        "child_dob": born.strftime("%d/%m/%Y"),
        "child_sex": "Nam",
        "child_ethnicity": "Kinh",
        "child_nationality": "Việt Nam",
        "child_birth_place_type": "co_so_y_te",
        "child_birth_facility": "Bệnh viện Phụ sản Hà Nội",
        "child_birth_place": HANOI_ADDRESS,
        "child_hometown": "Xã Đông Anh, Thành phố Hà Nội",
        "father_declared": False,
        "mother_full_name": RESIDENT_NAME,
        "mother_dob": "1990",
        "mother_ethnicity": "Kinh",
        "mother_nationality": "Việt Nam",
        "mother_id_number": "",
        "mother_residence": HANOI_ADDRESS,
        "attach_birth_certificate": attachment,
        "copies_requested": False,
        "commitment": True,
    }


@pytest.fixture
def attachment(tmp_path: Path) -> Path:
    """A small PNG standing in for the photographed birth certificate."""
    from kiosk.receipts import qr_png

    path = tmp_path / "giay_chung_sinh.png"
    path.write_bytes(qr_png("giay chung sinh"))
    return path


@pytest.fixture
def kiosk_env(tmp_path: Path) -> Iterator[tuple[Any, Any, StoreExecutor]]:
    """(context, catalog, executor) over a fresh data dir; the store closed afterwards."""
    context = open_context(tmp_path / "data")
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    yield context, catalog, executor
    executor.shutdown(lambda s: s.store.close())


def make_window(qtbot: Any, env: tuple[Any, Any, StoreExecutor], *, sync: Any = None) -> Any:
    """The kiosk window over ``env`` with the mock speech engine (close with ``close_window``)."""
    from ui import build_window

    context, catalog, executor = env
    window = build_window(context, executor, catalog, sync=sync, voice_engine="mock")
    window.resize(1280, 900)
    window.show()
    return window


def close_window(qtbot: Any, window: Any) -> None:
    """Close the window and wait until every queued store task has been delivered."""
    window.close()
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    window.deleteLater()


@pytest.fixture
def window(qtbot: Any, kiosk_env: Any) -> Iterator[Any]:
    win = make_window(qtbot, kiosk_env)
    yield win
    close_window(qtbot, win)


def answer(window: Any, value: Any, field_id: str | None = None) -> None:
    """Put ``value`` into a question of the page (default: the one with the focus)."""
    from ui.screens._address_input import AddressInput
    from ui.screens._field_widgets import ChoiceInput, ListInput, TextInput
    from ui.screens._group_input import AttachmentInput

    wizard = window.get_screen("wizard")
    widget = wizard.rows[field_id].input if field_id else wizard.input
    if isinstance(widget, TextInput):
        widget.edit.setText(str(value))
    elif isinstance(widget, ChoiceInput):
        widget.buttons[value].click()
    elif isinstance(widget, ListInput):
        widget.set_value(value)
    elif isinstance(widget, AddressInput):
        widget.set_value(value)
    elif isinstance(widget, AttachmentInput):
        widget.set_path(value)
    else:
        raise AssertionError(f"no driver for {type(widget).__name__}")


def press_done(window: Any) -> None:
    """ "Xong / người tiếp theo", answering "Xoá và cho người tiếp theo" if it asks
    (it does when an application was started and not sent)."""
    window.topbar.done.click()
    confirm = window.help_desk.confirm
    if confirm is not None:
        confirm.yes.click()


def current_field(window: Any) -> str:
    return str(window.get_screen("wizard").field.id)


def start_birth_registration(qtbot: Any, window: Any) -> None:
    """Home → "Bắt đầu" → the birth-registration card → its first question."""
    home = window.get_screen("home")
    home.start.click()
    assert window.current_screen() == "catalog"
    choose_procedure(window, BIRTH)
    qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)


def choose_procedure(window: Any, code: str) -> None:
    """On the procedure list, tap ``code``; then "Bắt đầu" below its fee, time and papers."""
    window.get_screen("catalog").buttons[code].click()
    assert window.current_screen() == "intro"
    assert window.get_screen("intro").code == code
    window.get_screen("intro").start.click()


def page_errors(wizard: Any) -> list[str]:
    """The error texts showing on the wizard's page."""
    return [r.error.text() for r in wizard.rows.values() if r.error.isVisible()]


def fill_wizard(qtbot: Any, window: Any, answers: dict[str, Any]) -> list[str]:
    """Answer every question the wizard shows until the review; return the field ids seen."""
    seen: list[str] = []
    pages: list[str] = []
    wizard = window.get_screen("wizard")
    while window.current_screen() == "wizard":
        page = wizard.journey.page.id
        assert page not in pages, f"the wizard showed {page} twice: {page_errors(wizard)}"
        pages.append(page)
        done: set[str] = set()
        while True:  # in page order; a conditional question shows once its answer is given
            todo = [f for f, r in wizard.rows.items() if not r.isHidden() and f not in done]
            if not todo:
                break
            done.add(todo[0])
            seen.append(todo[0])
            if answers.get(todo[0]) not in (None, ""):
                answer(window, answers[todo[0]], todo[0])
        wizard.next.click()
        moved = window.current_screen() != "wizard" or wizard.journey.page.id != page
        assert moved, page_errors(wizard)
    return seen


# -- key events, as a keyboard (or a keyboard-wedge scanner) sends them ----------------------


def key_for(ch: str) -> tuple[Any, Any]:
    """(Qt key, modifiers) for one character of ASCII text."""
    from PySide6.QtCore import Qt

    shift = Qt.KeyboardModifier.ShiftModifier
    none = Qt.KeyboardModifier.NoModifier
    if ch.isdigit():
        return Qt.Key(Qt.Key.Key_0 + int(ch)), none
    if ch.isascii() and ch.isalpha():
        return Qt.Key(Qt.Key.Key_A + ord(ch.upper()) - ord("A")), (shift if ch.isupper() else none)
    specials = {
        "|": (Qt.Key.Key_Bar, shift),
        " ": (Qt.Key.Key_Space, none),
        ",": (Qt.Key.Key_Comma, none),
        ".": (Qt.Key.Key_Period, none),
        "-": (Qt.Key.Key_Minus, none),
        "/": (Qt.Key.Key_Slash, none),
        "@": (Qt.Key.Key_At, shift),
        "+": (Qt.Key.Key_Plus, shift),
        "\r": (Qt.Key.Key_Return, none),
    }
    return specials.get(ch, (Qt.Key.Key_unknown, none))


class WedgeKeys:
    """Sends text as key events to the focused widget, ``gap_ms`` apart (event timestamps)."""

    def __init__(self) -> None:
        self.now = 5_000_000

    def type(self, text: str, gap_ms: int) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for ch in text:
            self.now += gap_ms
            key, mods = key_for(ch)
            for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(etype, key, mods, ch)
                event.setTimestamp(self.now)
                target = QApplication.focusWidget()
                assert target is not None, "nothing has the keyboard focus"
                QApplication.sendEvent(target, event)

    def scan(self, payload: str) -> None:
        """A wedge scanner: the whole payload in a few milliseconds, then Enter."""
        self.type(payload + "\r", 3)


STAFF_ID, STAFF_PIN = "cb01", "482915"


def add_staff(window: Any) -> None:
    """Enrol one staff member (PIN ``STAFF_PIN``) in the window's store."""
    from kiosk.security import StaffDirectory

    def add(svc: Any) -> None:
        directory = StaffDirectory.from_config(svc.store, svc.config)
        directory.add_staff(STAFF_ID, "Lê Văn Bình", "staff", STAFF_PIN)

    window.tasks._executor.call(add)


def sign_in_staff(qtbot: Any, window: Any) -> None:
    """Home → "Cán bộ hỗ trợ" → id and PIN → the procedure list in assisted mode."""
    add_staff(window)
    window.get_screen("home").staff.click()
    staff = window.get_screen("staff")
    staff.staff_id.setText(STAFF_ID)
    staff.pin.setText(STAFF_PIN)
    staff.pin.returnPressed.emit()
    qtbot.waitUntil(lambda: window.current_screen() == "catalog", timeout=10_000)
    assert window.session.mode == "assisted"
