"""Render every screen offscreen: ``python -m ui.screenshots OUTDIR``.

Writes ``OUTDIR/<lang>-<scale>-<screen>.png``: every screen in Vietnamese at
100 % and 200 %, the main ones in English at 100 %. Uses a throw-away data dir
with the real store and the bundled catalog, and a sample (fictional) resident.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

SAMPLE_ADDRESS = {
    "province_code": "01", "province_name": "Thành phố Hà Nội",
    "commune_code": "00004", "commune_name": "Phường Ba Đình", "street": "Số 12 phố Đội Cấn",
}
MAIN_SCREENS = ("home", "catalog", "wizard", "review", "consent", "receipt")


def _sample_answers(attachment: Path, today: dt.date) -> dict[str, Any]:
    born = today - dt.timedelta(days=10)
    return {
        "requester_full_name": "Nguyễn Thị Hoà", "requester_id_number": "001190012345",
        "requester_residence": SAMPLE_ADDRESS, "requester_phone": "0912345678",
        "requester_relationship": "me", "child_full_name": "Trần Minh Khôi",
        "child_dob": born.strftime("%d/%m/%Y"), "child_sex": "Nam", "child_ethnicity": "Kinh",
        "child_nationality": "Việt Nam", "child_birth_place_type": "co_so_y_te",
        "child_birth_facility": "Bệnh viện Phụ sản Hà Nội", "child_birth_place": SAMPLE_ADDRESS,
        "child_hometown": "Xã Đông Anh, Thành phố Hà Nội", "father_declared": False,
        "mother_full_name": "Nguyễn Thị Hoà", "mother_dob": "1990", "mother_ethnicity": "Kinh",
        "mother_nationality": "Việt Nam", "mother_residence": SAMPLE_ADDRESS,
        "attach_birth_certificate": attachment, "copies_requested": False, "commitment": True,
    }


@dataclass
class _StandIn:
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


def _idle_check(window: Any) -> Callable[[], bool]:
    """A condition for :func:`_wait`: the window's store tasks have all answered."""
    return lambda: bool(window.tasks.idle)


def _wait(app: Any, condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def _answer(window: Any, value: Any) -> None:
    from ui.screens._address_input import AddressInput
    from ui.screens._field_widgets import ChoiceInput, TextInput
    from ui.screens._group_input import AttachmentInput

    widget = window.get_screen("wizard").input
    if isinstance(widget, TextInput):
        widget.edit.setText(str(value))
    elif isinstance(widget, ChoiceInput):
        widget.buttons[value].click()
    elif isinstance(widget, AttachmentInput):
        widget.set_path(value)
    elif isinstance(widget, AddressInput) or widget is not None:
        widget.set_value(value)


def render_all(out: Path) -> list[Path]:
    """Render every screen into ``out``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import forms
    from kiosk.services import KioskServices, StoreExecutor, open_context
    from ui._app import build_window, load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        attachment = Path(tmp) / "giay_chung_sinh.png"
        from kiosk.receipts import qr_png

        attachment.write_bytes(qr_png("giay chung sinh"))
        context = open_context(Path(tmp) / "data")
        catalog = forms.load_catalog()
        executor = StoreExecutor(
            lambda: KioskServices(context.open_store(), context.config, catalog)
        )
        try:
            from ui.staff._demo import seed_demo  # fictional applications for the staff pages

            executor.call(lambda svc: seed_demo(svc.store))
            runs: tuple[tuple[Literal["vi", "en"], int], ...] = (
                ("vi", 100),
                ("vi", 200),
                ("en", 100),
            )
            for lang, scale in runs:
                config = context.config.model_copy(deep=True)
                config.kiosk.language = lang
                ctx = type(context)(data_dir=context.data_dir, config=config, key=context.key,
                                   clock=context.clock)
                window = build_window(ctx, executor, catalog, voice_engine="mock")
                window.resize(1920, 1080)
                window.show()
                only = MAIN_SCREENS if lang == "en" else None
                written += _render_window(app, window, out, f"{lang}-{scale}", scale, only,
                                          _sample_answers(attachment, context.clock.today()))
                window.close()
                _wait(app, _idle_check(window))
                window.deleteLater()
                app.processEvents()
        finally:
            executor.shutdown(lambda s: s.store.close())
    return written


def _render_window(app: Any, window: Any, out: Path, prefix: str, scale: int,
                   only: tuple[str, ...] | None, answers: dict[str, Any]) -> list[Path]:
    written: list[Path] = []
    window.set_font_scale(scale)

    def snap(name: str) -> None:
        if only is not None and name not in only:
            return
        for _ in range(5):  # layout requests cascade: scroll content, then its children
            app.processEvents()
        path = out / f"{prefix}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    snap("home")
    window.open_catalog("")
    snap("catalog")
    window.start_procedure("1.001193")
    _wait(app, lambda: window.current_screen() == "wizard")
    snap("wizard")
    wizard = window.get_screen("wizard")
    wizard.next.click()
    snap("wizard-error")
    shots = {"requester_residence": "wizard-address", "requester_relationship": "wizard-choice",
             "child_ethnicity": "wizard-sensitive", "attach_birth_certificate": "wizard-attachment"}
    while window.current_screen() == "wizard":
        fid = wizard.field.id
        if fid in shots:
            snap(shots[fid])
        if answers.get(fid) not in (None, ""):
            _answer(window, answers[fid])
        wizard.next.click()
        if window.current_screen() == "wizard" and wizard.field.id == fid:
            break  # an answer was refused; render what we have
    window.flow.open_review()
    snap("review")
    window.get_screen("review").ok.click()
    snap("consent")
    consent = window.get_screen("consent")
    for box in consent.boxes.values():
        box.setChecked(True)
    consent.send.click()
    if not _wait(app, lambda: window.current_screen() == "receipt", 20):
        window.get_screen("receipt").show_application(
            _StandIn(), procedure_name="Đăng ký khai sinh", sms_phone="0912345678"
        )
        window.show_screen("receipt")
    snap("receipt")
    window.get_screen("receipt").print_button.click()
    _wait(app, lambda: bool(window.get_screen("receipt").print_status.text().strip("…. ")), 20)
    _wait(app, lambda: window.tasks.idle)
    snap("receipt-printed")
    window.get_screen("receipt").rate.click()
    window.get_screen("feedback").stars[3].click()
    snap("feedback")
    window.idle._on_quiet_timeout()
    snap("idle-warning")
    window.finish_session()
    window.set_font_scale(scale)  # the wipe restores the default size
    window.show_screen("lookup")
    record = window.session.application or _StandIn()
    window.get_screen("lookup").show_result(record, "Đăng ký khai sinh")
    snap("lookup")
    window.show_screen("staff")
    window.get_screen("staff").show_error("Mã PIN chưa đúng. Bạn còn 4 lần thử.")
    snap("staff")
    if only is None:
        written += _render_staff(app, window, out, prefix, scale)
    window.finish_session()
    return written


def _render_staff(app: Any, window: Any, out: Path, prefix: str, scale: int) -> list[Path]:
    """The staff page, console, dashboard, admin settings, the kiosk-mode PIN and a staff alert."""
    from kiosk.security import StaffMember
    from ui._app import window_text_rescued
    from ui._lockdown import ask_pin

    written: list[Path] = []

    def settle() -> None:
        _wait(app, lambda: window.tasks.idle)
        for _ in range(5):
            app.processEvents()

    def snap(name: str) -> None:
        settle()
        path = out / f"{prefix}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    window.flow._on_signed_in(StaffMember("qt01", "Phạm Thu Hà", "admin"))
    window.set_font_scale(scale)
    window.open_staff_home()
    snap("staff-home")
    window.open_staff_console()
    console = window.staff_page("staff_console")
    for tab, name in ((0, "drafts"), (1, "outbox"), (2, "applications")):
        console.tabs.setCurrentIndex(tab)
        snap(f"staff-console-{name}")
    window.open_dashboard()
    snap("staff-dashboard")
    window.open_admin_settings()
    snap("staff-settings")
    window.finish_session()
    window.set_font_scale(scale)
    dialog = ask_pin(
        window,
        "Thoát chế độ kiosk: quản trị viên nhập mã cán bộ và mã PIN",
        require_admin=True,
        on_success=lambda _m: None,
    )
    dialog.staff_id.setText("qt01")
    dialog.show_error(
        "Tài khoản tạm khoá do nhập sai mã PIN nhiều lần. Vui lòng thử lại sau 10:35 "
        "hoặc nhờ quản trị viên đặt lại mã PIN."
    )
    snap("lockdown-pin")
    dialog.reject()
    window.show_staff_alert(window_text_rescued())
    snap("staff-alert")
    window.staff_alert.messages = []
    window.staff_alert.hide()
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point: one argument, the output directory."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    files = render_all(Path(args[0]))
    print(f"{len(files)} screenshots in {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
