"""One question on a wizard page: label, hint, sensitive-data note, offers, input, error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui._wrap import WrapButton
from ui.screens._field_widgets import FieldInput, make_input, pick, with_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("WizardScreen", text)


class QuestionRow(QWidget):
    """A question of the page; the wizard reads ``input`` and shows ``error``."""

    def __init__(self, field: Any, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.label = pick(field, "label", lang)
        self.question = set_role(QLabel(self.label, self), "answer")
        hint = pick(field, "hint", lang)
        self.hint = set_role(QLabel(hint, self), "hint")
        self.hint.setVisible(bool(hint))
        self.sensitive = set_role(
            QLabel(
                _tr(
                    "%1 là dữ liệu cá nhân nhạy cảm. "
                    "Thông tin này được bảo vệ đặc biệt theo Nghị định 13/2023."
                ).replace("%1", self.label),
                self,
            ),
            "sensitive",
        )
        self.sensitive.setVisible(bool(field.sensitive))
        self.offers = QVBoxLayout()
        self.offers.setSpacing(8)
        self.offer_buttons: dict[str, QPushButton] = {}
        self.input: FieldInput = make_input(field, lang, self)
        self.error = set_role(QLabel(self), "error")
        self.error.setAccessibleName(_tr("Lỗi"))
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 10)
        column.setSpacing(6)
        for label in (self.question, self.hint, self.sensitive, self.error):
            label.setWordWrap(True)
        column.addWidget(self.question)
        column.addWidget(self.hint)
        column.addWidget(self.sensitive)
        column.addLayout(self.offers)
        column.addWidget(self.input)
        column.addWidget(self.error)

    def show_label(self, *, required: bool, from_card: bool) -> None:
        text = self.label if required else with_note(self.label, _tr(" (không bắt buộc)"))
        if from_card:
            text += _tr(" (đã điền từ thẻ căn cước)")
        self.question.setText(text)

    def show_offers(self, texts: list[str]) -> None:
        """Answers offered from elsewhere in the form (the parents' home town...): one tap each."""
        if list(self.offer_buttons) == texts:
            return
        for button in self.offer_buttons.values():
            self.offers.removeWidget(button)
            button.deleteLater()
        self.offer_buttons = {}
        for text in texts:
            # Wraps a long place name onto a second line rather than cut it (portrait, 200 %).
            button = set_role(WrapButton(text, self), "choice")
            button.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setAccessibleName(_tr("Chọn: %1").replace("%1", text))
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, t=text: self._on_offer_clicked(t))
            self.offers.addWidget(button)
            self.offer_buttons[text] = button

    def _on_offer_clicked(self, text: str) -> None:
        self.input.set_value(text)
        self.input.value_changed.emit()

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
