"""The wizard: one question per screen, with its hint, progress, and a plain error under it.

"Quay lại" and "Tiếp tục" both keep what was typed: every change goes into the
session at once (and is autosaved by the window); only "Tiếp tục" checks it.
Which questions show is recomputed from the answers at every step
(``forms.visible_fields``), so a conditional question appears or disappears
as soon as the answer it depends on changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import forms
from ui._session import Session
from ui._theme import set_role
from ui.screens._field_widgets import FieldInput, make_input, pick


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
        self.input_box = QVBoxLayout()

        body = QWidget(self)
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 24, 40, 24)
        column.setSpacing(14)
        column.addWidget(self.section)
        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        column.addLayout(top)
        column.addSpacing(10)
        for w in (self.question, self.hint, self.sensitive):
            column.addWidget(w)
        column.addLayout(self.input_box)
        column.addWidget(self.error)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)

        self.back = QPushButton(self.tr("← Quay lại"), self)
        self.repeat = QPushButton(self.tr("Đọc lại"), self)
        self.to_review = QPushButton(self.tr("Về trang xem lại"), self)
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
        buttons = QHBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        for w in (self.back, self.repeat):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.to_review)
        buttons.addWidget(self.next)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(buttons)

    # -- what the window calls ------------------------------------------------------------

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
        self.question.setText(label if required else label + self.tr(" (không bắt buộc)"))
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
        for label in (
            self.section,
            self.question,
            self.hint,
            self.sensitive,
            self.error,
            self.progress_text,
        ):
            label.clear()

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
            self.input.setParent(None)
            self.input.deleteLater()
            self.input = None

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

    def _on_to_review_clicked(self) -> None:
        self._commit()
        self.finished.emit()

    def _on_repeat_clicked(self) -> None:
        self.spoken.emit(
            self.question.text(),
            self.hint.text() if self.hint.isVisible() else "",
            self.error.text() if self.error.isVisible() else "",
        )

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Enter moves on, like the big "Tiếp tục" button (keyboard-only walk-through)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_next_clicked()
            return
        super().keyPressEvent(event)
