"""Small parts the wizard and the whole-form page share: the draft code, the keyboard
release, the input-method row, the field id of an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ui._theme import set_role
from ui.input import InputMethodSwitch, KeyboardHost

__all__ = [
    "base_field_id",
    "error_text",
    "format_draft_code",
    "nav_buttons",
    "release_keyboard",
    "typing_row",
]


def format_draft_code(code: str) -> str:
    """ "AB12CD34" -> "AB12-CD34": easier to copy down and read out."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def set_progress(bar: QProgressBar, value: int, total: int) -> None:
    """Show step ``value`` of ``total``. QProgressBar.setValue repaints at once (the page
    behind it with its style sheet, a few ms each step); with updates off it is painted
    with the rest of the page instead."""
    bar.setUpdatesEnabled(False)
    bar.setRange(0, total)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)


def release_keyboard(host: KeyboardHost) -> None:
    """A page being thrown away (a wipe, a language change) lets go of its keyboard.

    The host stops following the application's focus (a later focus change must not
    reach deleted widgets: a crash in PySide6 6.11 once the window holding them was
    deleted) and gives its keyboard back, reset, for the next page (issue 17: no
    keyboard is rebuilt per resident; see ``ui.input._keyboard_pool``).
    """
    host.release()


def typing_row(parent: QWidget) -> tuple[QHBoxLayout, InputMethodSwitch]:
    """ "Kiểu gõ: [Telex] [VNI] [Tắt]": the input-method switch with its label."""
    row = QHBoxLayout()
    label = set_role(QLabel(QCoreApplication.translate("WizardScreen", "Kiểu gõ:"), parent), "hint")
    switch = InputMethodSwitch(parent)
    row.addWidget(label)
    row.addWidget(switch)
    return row, switch


def base_field_id(field_id: str) -> str:
    """The top-level field of an error id such as ``children[0].name``."""
    return field_id.split("[", 1)[0].split(".", 1)[0]


def error_text(error: object, lang: str) -> str:
    """A field error in the interface language."""
    english = getattr(error, "message_en", None)
    return str(english if lang == "en" and english else getattr(error, "message", ""))


def nav_buttons(
    parent: QWidget,
) -> tuple[QPushButton, QPushButton, QPushButton, QPushButton, QPushButton]:
    """The wizard's buttons: "← Quay lại", "Đọc lại", "Về trang xem lại", "Xem cả tờ khai"
    (staff; hidden), "Tiếp tục →"."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("WizardScreen", text)

    back = QPushButton(tr("← Quay lại"), parent)
    repeat = QPushButton(tr("Đọc lại"), parent)
    to_review = QPushButton(tr("Về trang xem lại"), parent)
    whole_form = QPushButton(tr("Xem cả tờ khai"), parent)
    whole_form.setAccessibleName(tr("Chuyển sang nhập cả tờ khai trên một trang"))
    whole_form.hide()
    forward = set_role(QPushButton(tr("Tiếp tục →"), parent), "primary")
    back.setAccessibleName(tr("Quay lại trang trước"))
    repeat.setAccessibleName(tr("Đọc lại câu hỏi"))
    to_review.setAccessibleName(tr("Về trang xem lại"))
    forward.setAccessibleName(tr("Tiếp tục"))
    forward.setDefault(True)
    return back, repeat, to_review, whole_form, forward
