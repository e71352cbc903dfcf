"""Walk a kiosk window through every screen a resident and staff see, pausing on each.

Shared by ``make screenshots`` (it saves a PNG at each pause) and the layout test
(tests/ui/test_layout.py checks clipping, reach, touch targets and contrast at each
pause), so both see exactly the same screens in the same state: a sample (fictional)
resident files a birth registration, rates the service, looks an application up,
then staff sign in and open the console, dashboard, settings and the kiosk-mode PIN.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication

SIZES: dict[str, tuple[int, int]] = {
    "landscape": (1920, 1080),
    "portrait": (1080, 1920),
    "laptop": (1366, 768),
}
"""Window sizes every screen is laid out for (name: width, height)."""
SCALES = (100, 150, 200)
THEMES = ("normal", "contrast")
LANGUAGES: tuple[Literal["vi", "en"], ...] = ("vi", "en")

SAMPLE_ADDRESS = {
    "province_code": "01",
    "province_name": "Thành phố Hà Nội",
    "commune_code": "00004",
    "commune_name": "Phường Ba Đình",
    "street": "Số 12 phố Đội Cấn",
}
# Wizard pages that get their own name (and screenshot) by a question on them; every
# page is still walked (the others are "wizard-page-<id>").
NAMED_STEPS = {
    "requester_residence": "wizard-address",
    "requester_relationship": "wizard-choice",
    "child_ethnicity": "wizard-sensitive",
    "attach_birth_certificate": "wizard-attachment",
}


def sample_answers(attachment: Path, today: dt.date) -> dict[str, Any]:
    """A fictional mother registering her ten-day-old son (every value made up)."""
    born = today - dt.timedelta(days=10)  # today from the kiosk's clock
    return {
        "requester_full_name": "Nguyễn Thị Hoà",
        "requester_id_number": "001190012345",
        "requester_residence": SAMPLE_ADDRESS,
        "requester_phone": "0912345678",
        "requester_relationship": "me",
        "child_full_name": "Trần Minh Khôi",
        "child_dob": born.strftime("%d/%m/%Y"),
        "child_sex": "Nam",
        "child_ethnicity": "Kinh",
        "child_nationality": "Việt Nam",
        "child_birth_place_type": "co_so_y_te",
        "child_birth_facility": "Bệnh viện Phụ sản Hà Nội",
        "child_birth_place": SAMPLE_ADDRESS,
        "child_hometown": "Xã Đông Anh, Thành phố Hà Nội",
        "father_declared": False,
        "mother_full_name": "Nguyễn Thị Hoà",
        "mother_dob": "1990",
        "mother_ethnicity": "Kinh",
        "mother_nationality": "Việt Nam",
        "mother_residence": SAMPLE_ADDRESS,
        "attach_birth_certificate": attachment,
        "copies_requested": False,
        "commitment": True,
    }


@dataclass
class StandIn:
    """Shown on the receipt screen when the store can't submit (so the screen is still drawn)."""

    id: str = "sample"
    provisional_code: str = "TT-AB12-260930-0001"
    official_code: str | None = None
    state: str = "queued"
    portal_status: int | None = None
    due_at: str | None = None

    @property
    def code(self) -> str:
        return self.official_code or self.provisional_code


def wait(app: Any, condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Process events until ``condition()`` holds (False after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    return True


def settle(app: Any, window: Any) -> None:
    """Let queued store work land and layout requests cascade (scroll content, then children)."""
    wait(app, lambda: window.tasks.idle, 20)
    for _ in range(5):
        app.processEvents()


def apply_display(window: Any, scale: int, theme: str) -> None:
    """Text size and theme for the next resident (a wipe restores the defaults)."""
    window.set_font_scale(scale)
    window.set_high_contrast(theme == "contrast")


def _answer(window: Any, value: Any, field_id: str | None = None) -> None:
    from ui.screens._field_widgets import ChoiceInput, TextInput
    from ui.screens._group_input import AttachmentInput

    wizard = window.get_screen("wizard")
    widget = wizard.rows[field_id].input if field_id else wizard.input
    if isinstance(widget, TextInput):
        widget.edit.setText(str(value))
    elif isinstance(widget, ChoiceInput):
        widget.buttons[value].click()
    elif isinstance(widget, AttachmentInput):
        widget.set_path(value)
    elif widget is not None:  # address, list, date...: they take a value
        widget.set_value(value)


def walk(
    app: Any, window: Any, scale: int, theme: str, answers: dict[str, Any], *, staff: bool = True
) -> Iterator[str]:
    """Drive ``window`` through every screen; yield a name at each pause (the screen settled).

    The window must be shown (and active, so the on-screen keyboard follows focus).
    """
    from ui.screens._field_widgets import pick

    apply_display(window, scale, theme)

    def pause(name: str) -> str:
        settle(app, window)
        return name

    yield pause("home")
    window.open_catalog("")
    yield pause("catalog")
    window.flow.open_intro("1.001193")
    yield pause("intro")
    window.flow.start_procedure("1.001193")
    wait(app, lambda: window.current_screen() == "wizard")
    wizard = window.get_screen("wizard")
    yield pause("wizard")
    wizard.next.click()
    yield pause("wizard-error")
    named: set[str] = set()
    pages: list[str] = []
    while window.current_screen() == "wizard":
        page = wizard.journey.page.id
        if page in pages:
            break  # an answer was refused; go on with what we have
        pages.append(page)
        name = next((NAMED_STEPS[f] for f in wizard.rows if f in NAMED_STEPS), "")
        yield pause(name if name and name not in named else f"wizard-page-{page}")
        named.add(name)
        done: set[str] = set()
        while True:  # in page order; a conditional question shows once its answer is given
            todo = [f for f, r in wizard.rows.items() if not r.isHidden() and f not in done]
            if not todo:
                break
            done.add(todo[0])
            if answers.get(todo[0]) not in (None, ""):
                _answer(window, answers[todo[0]], todo[0])
        wizard.next.click()
    window.flow.open_review()
    yield pause("review")
    window.get_screen("review").ok.click()
    yield pause("consent")
    consent = window.get_screen("consent")
    for box in consent.boxes.values():
        box.setChecked(True)
    consent.send.click()
    if not wait(app, lambda: window.current_screen() == "receipt", 20):
        window.get_screen("receipt").show_application(
            StandIn(),
            procedure_name=pick(window.catalog.get("1.001193"), "name", window.lang),
            sms_phone="0912345678",
        )
        window.show_screen("receipt")
    yield pause("receipt")
    window.get_screen("receipt").print_button.click()
    wait(app, lambda: bool(window.get_screen("receipt").print_status.text().strip("…. ")), 20)
    yield pause("receipt-printed")
    window.get_screen("receipt").rate.click()
    window.get_screen("feedback").stars[3].click()
    yield pause("feedback")
    window.idle._on_quiet_timeout()
    yield pause("idle-warning")
    window.finish_session()
    apply_display(window, scale, theme)  # the wipe restores the default size and theme
    window.show_screen("lookup")
    record = window.session.application or StandIn()
    name = pick(window.catalog.get("1.001193"), "name", window.lang)  # as the flow words it
    window.get_screen("lookup").show_result(record, name)
    yield pause("lookup")
    window.show_screen("staff")
    window.get_screen("staff").show_error(
        QCoreApplication.translate("ScreenWalk", "Mã PIN chưa đúng. Bạn còn 4 lần thử.")
    )
    yield pause("staff")
    if staff:
        yield from _walk_staff(app, window, scale, theme)
    window.finish_session()


def _walk_staff(app: Any, window: Any, scale: int, theme: str) -> Iterator[str]:
    """The staff page, console, dashboard, admin settings, the kiosk-mode PIN and a staff alert."""
    from kiosk.security import StaffMember
    from ui._app import window_text_rescued
    from ui._lockdown import ask_pin

    def pause(name: str) -> str:
        settle(app, window)
        return name

    window.flow._on_signed_in(StaffMember("qt01", "Phạm Thu Hà", "admin"))
    apply_display(window, scale, theme)
    window.open_staff_home()
    yield pause("staff-home")
    window.open_staff_console()
    console = window.staff_page("staff_console")
    for tab, name in ((0, "drafts"), (1, "outbox"), (2, "applications")):
        console.tabs.setCurrentIndex(tab)
        yield pause(f"staff-console-{name}")
    window.open_dashboard()
    yield pause("staff-dashboard")
    window.open_admin_settings()
    yield pause("staff-settings")
    window.finish_session()
    apply_display(window, scale, theme)
    dialog = ask_pin(
        window,
        QCoreApplication.translate(
            "Lockdown", "Thoát chế độ kiosk: quản trị viên nhập mã cán bộ và mã PIN"
        ),
        require_admin=True,
        on_success=lambda _m: None,
    )
    dialog.staff_id.setText("qt01")
    dialog.show_error(
        QCoreApplication.translate(
            "ScreenWalk",
            "Tài khoản tạm khoá do nhập sai mã PIN nhiều lần. Vui lòng thử lại sau 10:35 "
            "hoặc nhờ quản trị viên đặt lại mã PIN.",
        )
    )
    yield pause("lockdown-pin")
    dialog.reject()
    window.show_staff_alert(window_text_rescued())
    yield pause("staff-alert")
    window.staff_alert.messages = []
    window.staff_alert.hide()
