"""The wizard: one question per screen, with its hint, progress, and a plain error under it.

"Quay lại" and "Tiếp tục" both keep what was typed: every change goes into the
session at once (and is autosaved by the window); only "Tiếp tục" checks it.
Which questions show is recomputed from the answers at every step
(``forms.visible_fields``), so a conditional question appears or disappears
as soon as the answer it depends on changes.

The page sits in a :class:`ui.input.KeyboardHost`: the on-screen keyboard docks
below it and never covers the field. A scanned ID card fills the questions of
the person whose section is showing (:meth:`WizardScreen.fill_from_card`); on
such a step "Quét thẻ căn cước bằng camera" opens :attr:`WizardScreen.camera_panel`,
a card source the window attaches like the wedge scanner.
"""

from __future__ import annotations

import warnings
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import forms
from ui._session import Session
from ui._theme import set_role
from ui._wrap import WrapRow
from ui.input import InputMethodSwitch, KeyboardHost
from ui.screens._autofill import card_answers, filled_message, nobody_message, scan_failed_message
from ui.screens._camera_panel import CameraPanel, open_button
from ui.screens._field_widgets import FieldInput, make_input, pick


def format_draft_code(code: str) -> str:
    """ "AB12CD34" -> "AB12-CD34": easier to copy down and read out."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def release_keyboard(host: KeyboardHost) -> None:
    """Stop a keyboard host (and its keyboard) from following the application's focus.

    Both connect ``QApplication.focusChanged``; a page being thrown away must drop
    those connections itself, or a later focus change can reach the deleted widgets
    (seen as a crash in PySide6 6.11 once the window holding them was deleted).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    with warnings.catch_warnings():  # PySide warns (not raises) when already disconnected
        warnings.simplefilter("ignore", RuntimeWarning)
        for slot in (host._on_focus_changed, host.keyboard._on_focus_changed):
            try:
                app.focusChanged.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


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


class WizardScreen(QWidget):
    """Shows the current question of ``session.definition``; emits intents, never calls services."""

    answer_changed = Signal(str)
    """An answer in the session changed (field id): time to autosave."""
    finished = Signal()
    """The last question was answered: go to the review."""
    left_at_start = Signal()
    """"Quay lại" on the first question: back to the procedure list."""
    spoken = Signal(str, str, str)
    """Question, hint and error to read aloud."""
    whole_form_requested = Signal()
    """Assisted mode: staff switch to the whole form on one page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.session = session
        self.lang = "vi"
        self.field: Any = None
        self.input: FieldInput | None = None
        self.return_to_review = False

        self.section = set_role(QLabel(self), "section")
        self.progress_text = set_role(QLabel(self), "progress")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Tiến độ"))
        self.question = set_role(QLabel(self), "question")
        self.hint = set_role(QLabel(self), "hint")
        self.sensitive = set_role(QLabel(self), "sensitive")
        self.error = set_role(QLabel(self), "error")
        for label in (self.section, self.question, self.hint, self.sensitive, self.error):
            label.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Lỗi"))
        self.notice = set_role(QLabel(self), "note")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Thông báo"))
        self.notice.hide()
        self.draft_code = set_role(QLabel(self), "hint")
        self.draft_code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.draft_code.hide()
        self.input_box = QVBoxLayout()
        self._notice_section: str | None = None
        self.autofilled: set[str] = set()

        body = QWidget(self)
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 16, 40, 24)
        column.setSpacing(14)
        column.addWidget(self.section)
        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        column.addLayout(top)
        column.addWidget(self.draft_code)
        column.addWidget(self.notice)
        column.addSpacing(6)
        for w in (self.question, self.hint, self.sensitive):
            column.addWidget(w)
        column.addLayout(self.input_box)
        column.addWidget(self.error)
        self.camera_button = open_button(body)
        self.camera_button.clicked.connect(self.open_camera)
        self.camera_button.hide()
        column.addWidget(self.camera_button)
        column.addStretch(1)
        self.host = KeyboardHost(body, self)
        self.scroll_area = self.host.scroll_area
        # The input-method switch sits with the buttons: no extra row above the page,
        # which keeps room for the question while the on-screen keyboard is up.
        typing, self.input_method = typing_row(self)

        self.back = QPushButton(self.tr("← Quay lại"), self)
        self.repeat = QPushButton(self.tr("Đọc lại"), self)
        self.to_review = QPushButton(self.tr("Về trang xem lại"), self)
        self.whole_form = QPushButton(self.tr("Xem cả tờ khai"), self)
        self.whole_form.setAccessibleName(self.tr("Chuyển sang nhập cả tờ khai trên một trang"))
        self.whole_form.clicked.connect(self._on_whole_form_clicked)
        self.whole_form.hide()
        self.next = set_role(QPushButton(self.tr("Tiếp tục →"), self), "primary")
        self.back.setAccessibleName(self.tr("Quay lại câu trước"))
        self.repeat.setAccessibleName(self.tr("Đọc lại câu hỏi"))
        self.to_review.setAccessibleName(self.tr("Về trang xem lại"))
        self.next.setAccessibleName(self.tr("Tiếp tục"))
        self.next.setDefault(True)
        self.back.clicked.connect(self._on_back_clicked)
        self.repeat.clicked.connect(self._on_repeat_clicked)
        self.to_review.clicked.connect(self._on_to_review_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        # The buttons wrap onto a second line rather than cut their labels (200 %, portrait).
        typing_box = QWidget(self)
        typing_box.setLayout(typing)
        self._typing_label = typing.itemAt(0).widget()
        self.host.keyboard_toggled.connect(self._on_host_keyboard_toggled)
        typing.setContentsMargins(0, 0, 0, 0)
        bar = WrapRow(self)
        bar.add(self.back, self.repeat, typing_box)
        bar.wrap.addStretch()
        bar.add(self.whole_form, self.to_review, self.next)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(bar)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.host, 1)
        self.camera_panel = CameraPanel(self)
        outer.addWidget(self.camera_panel, 1)
        outer.addLayout(buttons)

    # -- what the window calls ------------------------------------------------------------

    def _on_host_keyboard_toggled(self, shown: bool) -> None:
        # On a short screen at large text the keyboard needs the room: "Đọc lại" (the top
        # bar's "Gọi cán bộ" reads aloud too) and the "Kiểu gõ:" caption step aside.
        short = shown and self.window().height() < 900 and self.font().pixelSize() > 30
        self.repeat.setVisible(not short)
        if self._typing_label is not None:
            self._typing_label.setVisible(not short)

    def steps(self) -> list[Any]:
        """The questions that show now, in order."""
        if self.session.definition is None:
            return []
        return list(forms.visible_fields(self.session.definition, self.session.answers))

    def start(self, lang: str = "vi") -> None:
        """Open the first question of the session's form."""
        self.lang = lang
        self.return_to_review = False
        steps = self.steps()
        if steps:
            self.show_field(steps[0].id)

    def show_field(
        self, field_id: str, message: str | None = None, *, from_review: bool = False
    ) -> None:
        """Show one question (by id, or the group holding it) with an optional error message."""
        self.return_to_review = from_review or self.return_to_review
        steps = self.steps()
        target = base_field_id(field_id)
        field = next((f for f in steps if f.id == target), None)
        if field is None:
            field = (
                self.session.definition.all_fields().get(target)
                if self.session.definition
                else None
            )
        if field is None:
            return
        self.field = field
        self._build_input(field)
        index = next((i for i, f in enumerate(steps) if f.id == field.id), 0)
        section = self.session.definition.section_of(field.id)
        self.section.setText(pick(section, "title", self.lang) if section is not None else "")
        if section is None or section.id != self._notice_section:
            self._show_notice(None)  # the card message belongs to the section it filled
        has_person = bool(getattr(section, "person", None))
        self.camera_button.setVisible(has_person)
        if not has_person:
            self.camera_panel.close_panel()
        self.progress_text.setText(
            self.tr("Bước %1/%2").replace("%1", str(index + 1)).replace("%2", str(len(steps)))
        )
        self.progress.setRange(0, len(steps))
        self.progress.setValue(index + 1)
        label = pick(field, "label", self.lang)
        required = (
            forms.is_required(field, self.session.answers)
            if hasattr(forms, "is_required")
            else field.required
        )
        question = label if required else label + self.tr(" (không bắt buộc)")
        if field.id in self.autofilled:
            question += self.tr(" (đã điền từ thẻ căn cước)")
        self.question.setText(question)
        hint = pick(field, "hint", self.lang)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.sensitive.setText(
            self.tr(
                "%1 là dữ liệu cá nhân nhạy cảm. "
                "Thông tin này được bảo vệ đặc biệt theo Nghị định 13/2023."
            ).replace("%1", label)
        )
        self.sensitive.setVisible(bool(field.sensitive))
        self.back.setEnabled(True)
        self.to_review.setVisible(self.return_to_review)
        self.whole_form.setVisible(self.session.mode == "assisted")
        self.next.setText(
            self.tr("Xem lại hồ sơ →") if index == len(steps) - 1 else self.tr("Tiếp tục →")
        )
        self._show_error(message)
        self.body.updateGeometry()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.input.focus_input() if self.input is not None else None
        self.spoken.emit(label, hint, message or "")

    def clear(self) -> None:
        """Drop the question and its input (wipe)."""
        self._drop_input()
        self.field = None
        self.return_to_review = False
        self.autofilled = set()
        self._notice_section = None
        self.host.hide_keyboard()
        self.camera_panel.close_panel()
        self.camera_button.hide()
        for label in (
            self.section,
            self.question,
            self.hint,
            self.sensitive,
            self.error,
            self.progress_text,
            self.notice,
            self.draft_code,
        ):
            label.clear()

    def release(self) -> None:
        """The page is thrown away (window rebuild or close): let go of keyboard and camera."""
        self.camera_panel.close_panel()
        release_keyboard(self.host)

    def open_camera(self) -> None:
        """Open the camera panel to scan the card of the person whose section shows."""
        self._commit()
        self.host.hide_keyboard()  # the preview needs the room
        self.camera_panel.open_panel()

    def show_draft_code(self, code: str | None) -> None:
        """ "Mã hồ sơ đang làm: XXXX-XXXX", shown once the draft is saved (to resume it later)."""
        self.draft_code.setText(
            self.tr("Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)").replace(
                "%1", format_draft_code(code)
            )
            if code
            else ""
        )
        self.draft_code.setVisible(bool(code))

    def fill_from_card(self, card: Any) -> list[str]:
        """Fill the showing person's questions from a scanned ID card; return the field ids filled.

        Shows which questions were filled (they stay editable); a section that
        asks about nobody fills nothing and says so.
        """
        definition = self.session.definition
        if definition is None or self.field is None:
            return []
        self._commit()
        section = definition.section_of(self.field.id)
        values = card_answers(definition, section, self.session.answers, card)
        if not values:
            self._show_notice(nobody_message(), None)
            return []
        for field_id, value in values.items():
            if self.session.set_answer(field_id, value):
                self.answer_changed.emit(field_id)
        self.autofilled |= set(values)
        message = filled_message(definition, list(values), self.lang)
        self.show_field(self.field.id)
        self._show_notice(message, section.id)
        self.spoken.emit(message, "", "")
        return list(values)

    def show_scan_failed(self, text: str) -> None:
        """A scan that could not be read: say so plainly; nothing is filled."""
        message = scan_failed_message(text)
        self._show_notice(message, None)
        self.spoken.emit("", "", message)

    # -- internals -----------------------------------------------------------------------

    def _build_input(self, field: Any) -> None:
        self._drop_input()
        self.input = make_input(field, self.lang, self)
        self.input.set_value(self.session.answers.get(field.id, field.default))
        self.input.value_changed.connect(self._on_input_value_changed)
        self.input_box.addWidget(self.input)

    def _drop_input(self) -> None:
        if self.input is not None:
            self.input.value_changed.disconnect(self._on_input_value_changed)
            self.input.clear()
            self.input_box.removeWidget(self.input)
            self.input.hide()  # not setParent(None): a top-level, even hidden, can steal activation
            self.input.deleteLater()
            self.input = None

    def _show_notice(self, message: str | None, section_id: str | None = None) -> None:
        self._notice_section = section_id if message else None
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    def _show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.body.updateGeometry()

    def _commit(self) -> None:
        if self.field is None or self.input is None:
            return
        value = forms.normalize_value(self.field, self.input.value())
        if self.session.set_answer(self.field.id, value):
            self.answer_changed.emit(self.field.id)

    def _errors(self) -> list[Any]:
        value = self.session.answers.get(self.field.id)
        return list(
            forms.validate_field(
                self.field, value, self.session.answers, definition=self.session.definition
            )
        )

    def _message(self, error: Any) -> str:
        return str(
            error.message_en
            if self.lang == "en" and getattr(error, "message_en", None)
            else error.message
        )

    def _on_input_value_changed(self) -> None:
        self._commit()
        if self.error.isVisible() and not self._errors():
            self._show_error(None)

    def _on_next_clicked(self) -> None:
        if self.field is None:
            return
        self._commit()
        errors = self._errors()
        if errors:
            message = self._message(errors[0])
            self._show_error(message)
            self.spoken.emit("", "", message)
            return
        steps = self.steps()
        ids = [f.id for f in steps]
        index = ids.index(self.field.id) if self.field.id in ids else -1
        if self.return_to_review or index >= len(steps) - 1:
            self.finished.emit()
        else:
            self.show_field(steps[index + 1].id)

    def _on_back_clicked(self) -> None:
        if self.field is None:
            return
        self._commit()  # "back" never loses an answer, even one that is not valid yet
        steps = self.steps()
        ids = [f.id for f in steps]
        index = ids.index(self.field.id) if self.field.id in ids else 0
        if index <= 0:
            self.left_at_start.emit()
        else:
            self.show_field(steps[index - 1].id)

    def _on_whole_form_clicked(self) -> None:
        self._commit()
        self.whole_form_requested.emit()

    def _on_to_review_clicked(self) -> None:
        self._commit()
        self.finished.emit()

    def _on_repeat_clicked(self) -> None:
        self.spoken.emit(
            self.question.text(),
            self.hint.text() if self.hint.isVisible() else "",
            self.error.text() if self.error.isVisible() else "",
        )

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Leaving the wizard (another screen, the wipe) stops the camera."""
        self.camera_panel.close_panel()
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Enter moves on, like the big "Tiếp tục" button (keyboard-only walk-through)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_next_clicked()
            return
        super().keyPressEvent(event)
