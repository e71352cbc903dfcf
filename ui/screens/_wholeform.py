"""Assisted mode's whole-form page: every question of the form on one scrollable page.

Staff who know the form type faster when they see all of it. It is the same
form as the wizard: the same inputs, the same answers in the session (so
switching back and forth loses nothing), the same autosave, and the same
checks (``forms.validate_field`` as each answer is given, ``forms.validate_answers``
before the review). Questions that don't apply are hidden, not removed, so
Tab moves only through the ones that show. A section about a person has a
"Quét thẻ căn cước bằng camera" button: it puts the cursor in that section
(a card fills the section of the question with the focus) and opens the camera panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import forms
from kiosk.journey import card_answers
from ui._session import Session
from ui._theme import set_role
from ui.input import KeyboardHost
from ui.screens._autofill import filled_message, nobody_message, scan_failed_message
from ui.screens._camera_panel import CameraPanel, open_button
from ui.screens._field_widgets import FieldInput, make_input, pick, with_note
from ui.screens._wizard import base_field_id, format_draft_code, release_keyboard, typing_row


class _Row(QWidget):
    """One question: its label, hint, sensitive-data note, input and error."""

    def __init__(self, field: Any, lang: str, required: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        label = pick(field, "label", lang)
        self.question = set_role(
            QLabel(label if required else with_note(label, self.tr(" (không bắt buộc)")), self),
            "answer",
        )
        hint = pick(field, "hint", lang)
        self.hint = set_role(QLabel(hint, self), "hint")
        self.hint.setVisible(bool(hint))
        self.sensitive = set_role(
            QLabel(
                self.tr(
                    "%1 là dữ liệu cá nhân nhạy cảm, được bảo vệ theo Nghị định 13/2023."
                ).replace("%1", label),
                self,
            ),
            "sensitive",
        )
        self.sensitive.setVisible(bool(field.sensitive))
        self.input: FieldInput = make_input(field, lang, self)
        self.error = set_role(QLabel(self), "error")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(6)
        for w in (self.question, self.hint, self.sensitive, self.input, self.error):
            if isinstance(w, QLabel):
                w.setWordWrap(True)
            column.addWidget(w)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class WholeFormScreen(QWidget):
    """The session's form on one page; emits intents like the wizard, never calls services."""

    answer_changed = Signal(str)
    finished = Signal()
    """Every answer checked: go to the review."""
    single_requested = Signal(str)
    """Back to one question per screen, at this field id."""
    spoken = Signal(str, str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.session = session
        self.lang = "vi"
        self.rows: dict[str, _Row] = {}
        self.headings: dict[str, QLabel] = {}
        self.camera_buttons: dict[str, QPushButton] = {}
        self.autofilled: set[str] = set()

        self.title = set_role(QLabel(self.tr("Cả tờ khai"), self), "title")
        self.title.setWordWrap(True)
        self.notice = set_role(QLabel(self), "note")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Thông báo"))
        self.notice.hide()
        self.draft_code = set_role(QLabel(self), "hint")
        self.draft_code.hide()
        self.body = QWidget(self)
        # Title and draft code scroll with the questions: the room above the
        # on-screen keyboard is for the question being answered.
        page = QVBoxLayout(self.body)
        page.setContentsMargins(40, 8, 40, 24)
        page.addWidget(self.title)
        page.addWidget(self.draft_code)
        self.column = QVBoxLayout()
        page.addLayout(self.column)
        self.column.setSpacing(8)
        self.host = KeyboardHost(self.body, self)
        self.scroll_area = self.host.scroll_area

        self.single = QPushButton(self.tr("← Một câu mỗi trang"), self)
        self.single.setAccessibleName(self.tr("Chuyển về một câu hỏi mỗi trang"))
        self.single.clicked.connect(self._on_single_clicked)
        self.next = set_role(QPushButton(self.tr("Xem lại hồ sơ →"), self), "primary")
        self.next.setAccessibleName(self.tr("Kiểm tra và xem lại hồ sơ"))
        self.next.clicked.connect(self._on_next_clicked)
        typing, self.input_method = typing_row(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(self.single)
        buttons.addSpacing(16)
        buttons.addLayout(typing)
        buttons.addStretch(1)
        buttons.addWidget(self.next)

        header = QVBoxLayout()
        header.setContentsMargins(40, 12, 40, 0)
        header.addWidget(self.notice)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(header)
        outer.addWidget(self.host, 1)
        self.camera_panel = CameraPanel(self)
        outer.addWidget(self.camera_panel, 1)
        outer.addLayout(buttons)

    # -- what the window calls ------------------------------------------------------------

    def open(
        self, lang: str = "vi", field_id: str | None = None, message: str | None = None
    ) -> None:
        """Build the page for the session's form; focus ``field_id`` (with an error) if given."""
        self.lang = lang
        self.clear()
        definition = self.session.definition
        if definition is None:
            return
        answers = self.session.answers
        for field in definition.all_fields().values():
            # A default shows as chosen, so it is an answer (the wizard keeps it on "Tiếp tục").
            if field.default is not None and field.id not in answers:
                self.session.set_answer(field.id, forms.normalize_value(field, field.default))
        for section in definition.sections:
            heading = set_role(QLabel(pick(section, "title", lang), self.body), "section")
            heading.setWordWrap(True)
            self.headings[section.id] = heading
            self.column.addWidget(heading)
            if getattr(section, "person", None):
                button = open_button(self.body)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the section
                button.clicked.connect(lambda _=False, sid=section.id: self.open_camera(sid))
                self.camera_buttons[section.id] = button
                self.column.addWidget(button)
            for field in section.fields:
                row = _Row(field, lang, forms.is_required(field, answers), self.body)
                row.input.set_value(answers.get(field.id, field.default))
                row.input.value_changed.connect(
                    lambda fid=field.id: self._on_input_value_changed(fid)
                )
                self.rows[field.id] = row
                self.column.addWidget(row)
        self.column.addStretch(1)
        self._update_visibility()
        self.body.updateGeometry()
        self.spoken.emit(self.title.text(), "", message or "")
        target = base_field_id(field_id) if field_id else None
        if target in self.rows:
            self.rows[target].show_error(message)
            self.focus_field(target)
        else:
            first = next((r for r in self.rows.values() if not r.isHidden()), None)
            if first is not None:
                first.input.focus_input()

    def focus_field(self, field_id: str) -> None:
        """Scroll to a question and put the cursor in it."""
        row = self.rows.get(base_field_id(field_id))
        if row is None:
            return
        row.input.focus_input()
        self.host.reveal(row)

    def show_draft_code(self, code: str | None) -> None:
        """The code to resume this draft later (same text as the wizard's)."""
        self.draft_code.setText(
            self.tr("Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)").replace(
                "%1", format_draft_code(code)
            )
            if code
            else ""
        )
        self.draft_code.setVisible(bool(code))

    def current_field(self) -> str | None:
        """The question holding the keyboard focus, if any."""
        focus = QApplication.focusWidget()
        for field_id, row in self.rows.items():
            if focus is not None and row.isAncestorOf(focus):
                return field_id
        return None

    def fill_from_card(self, card: Any) -> list[str]:
        """Fill the questions of the person whose question has the focus; return the ids filled."""
        definition = self.session.definition
        current = self.current_field()
        if definition is None:
            return []
        section = definition.section_of(current) if current else None
        values = card_answers(definition, section, self.session.answers, card)
        if not values:
            self._show_notice(nobody_message())
            return []
        for field_id, value in values.items():
            if self.session.set_answer(field_id, value):
                self.answer_changed.emit(field_id)
            row = self.rows[field_id]
            row.input.set_value(value)
            row.question.setText(
                row.question.text().split(self.tr(" (đã điền từ thẻ căn cước)"))[0]
                + self.tr(" (đã điền từ thẻ căn cước)")
            )
            row.show_error(None)
        self.autofilled |= set(values)
        self._update_visibility()
        message = filled_message(definition, list(values), self.lang)
        self._show_notice(message)
        self.spoken.emit(message, "", "")
        return list(values)

    def show_scan_failed(self, text: str) -> None:
        """A scan that could not be read: a plain message, nothing filled."""
        message = scan_failed_message(text)
        self._show_notice(message)
        self.spoken.emit("", "", message)

    def release(self) -> None:
        """The page is thrown away (window rebuild or close): let go of keyboard and camera."""
        self.camera_panel.close_panel()
        release_keyboard(self.host)

    def open_camera(self, section_id: str) -> None:
        """Open the camera panel to fill the person of ``section_id``."""
        definition = self.session.definition
        section = next((x for x in definition.sections if x.id == section_id), None)
        first = (
            next((self.rows[f.id] for f in section.fields if not self.rows[f.id].isHidden()), None)
            if section is not None
            else None
        )
        if first is None:
            return
        self.focus_field(first.field.id)
        self.host.hide_keyboard()  # the preview needs the room
        self.camera_panel.open_panel()

    def clear(self) -> None:
        """Remove every question and answer from the page (wipe, or before a rebuild)."""
        self.host.hide_keyboard()
        self.camera_panel.close_panel()
        rows, self.rows = self.rows, {}
        for row in rows.values():
            row.input.blockSignals(True)  # a cleared input must not answer into the session
            row.input.clear()
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        self.headings = {}
        self.camera_buttons = {}
        self.autofilled = set()
        self._show_notice(None)

    # -- internals -----------------------------------------------------------------------

    def _show_notice(self, message: str | None) -> None:
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    def _commit(self, field_id: str) -> None:
        row = self.rows[field_id]
        value = forms.normalize_value(row.field, row.input.value())
        if self.session.set_answer(field_id, value):
            self.answer_changed.emit(field_id)

    def _commit_all(self) -> None:
        for field_id, row in self.rows.items():
            if not row.isHidden():
                self._commit(field_id)

    def _update_visibility(self) -> None:
        definition = self.session.definition
        answers = self.session.answers
        for section in definition.sections:
            section_shows = forms.is_visible(section, answers)
            any_shown = False
            for field in section.fields:
                shows = section_shows and forms.is_visible(field, answers)
                self.rows[field.id].setHidden(not shows)
                any_shown = any_shown or shows
            self.headings[section.id].setHidden(not any_shown)
            if section.id in self.camera_buttons:
                self.camera_buttons[section.id].setHidden(not any_shown)

    def _message(self, error: Any) -> str:
        english = getattr(error, "message_en", None)
        return str(english if self.lang == "en" and english else error.message)

    def _on_input_value_changed(self, field_id: str) -> None:
        if field_id not in self.rows or self.session.definition is None:
            return  # late signal from a page being taken down
        self._commit(field_id)
        self._update_visibility()
        row = self.rows[field_id]
        if row.error.isVisible():
            errors = forms.validate_field(
                row.field,
                self.session.answers.get(field_id),
                self.session.answers,
                definition=self.session.definition,
            )
            row.show_error(self._message(errors[0]) if errors else None)

    def _on_next_clicked(self) -> None:
        self._commit_all()
        today = self.session.clock.today()
        errors = forms.validate_answers(self.session.definition, self.session.answers, today=today)
        for row in self.rows.values():
            row.show_error(None)
        first: str | None = None
        general: list[str] = []
        for error in errors:
            fid = base_field_id(error.field_id)
            found = self.rows.get(fid)
            if found is None or found.isHidden():
                general.append(self._message(error))
                continue
            if not found.error.isVisible():
                found.show_error(self._message(error))
            first = first or fid
        if first is None and not general:
            self._show_notice(None)
            self.finished.emit()
            return
        self._show_notice(general[0] if general else self.tr("Còn mục chưa đúng, xem chữ đỏ."))
        if first is not None:
            self.focus_field(first)
            self.spoken.emit("", "", self.rows[first].error.text())
        else:
            self.spoken.emit("", "", general[0])

    def _on_single_clicked(self) -> None:
        self._commit_all()
        current = self.current_field()
        shown = [f for f, r in self.rows.items() if not r.isHidden()]
        self.single_requested.emit(current or (shown[0] if shown else ""))

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Leaving the page (another screen, the wipe) stops the camera."""
        self.camera_panel.close_panel()
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Enter moves to the next question (the whole form is filled with Tab and Enter)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
