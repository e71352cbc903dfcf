"""Consent (Decree 13/2023): one card per purpose with its versioned text and an unticked box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
from ui.screens._field_widgets import pick


def consent_words(text: str) -> str:
    """A consent's data type, processor or rights line in the kiosk's language.

    The definitions word them in Vietnamese (the legal text); the English comes from
    the .ts file under the context "ConsentData" (tests/ui/test_consent_english.py checks
    every one in the bundled catalog has a translation).
    """
    return QCoreApplication.translate("ConsentData", text)


class ConsentScreen(QWidget):
    """Emits ``submitted(list of (consent, accepted))`` when the resident sends the application."""

    submitted = Signal(list)
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.lang = "vi"
        self.consents: list[Any] = []
        self.boxes: dict[str, QCheckBox] = {}
        self._built_for: tuple[Any, str] | None = None
        """The definition and language the cards were built for (built while the review is
        read, so "Đồng ý, tiếp tục" only shows them: issue 16's screen change)."""
        self.title = set_role(QLabel(self.tr("Đồng ý xử lý dữ liệu cá nhân"), self), "title")
        # The header stays short (title and one line) so the first tick box is on the first
        # screen at 200 % on a 768 px high screen; the full instruction follows the cards.
        self.intro = set_role(QLabel(self.tr("Đánh dấu ô nếu bạn đồng ý."), self), "hint")
        self.intro.setWordWrap(True)
        self.body = QWidget(self)
        self.cards = QVBoxLayout(self.body)
        self.cards.setContentsMargins(40, 10, 40, 10)
        self.cards.setSpacing(16)
        self.details = set_role(
            QLabel(
                self.tr(
                    "Đọc từng mục dưới đây. Đánh dấu vào ô nếu bạn đồng ý. "
                    "Không đánh dấu nghĩa là không đồng ý."
                ),
                self.body,
            ),
            "hint",
        )
        self.details.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.error = set_role(QLabel(self), "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.back = QPushButton(self.tr("← Quay lại"), self)
        self.back.setAccessibleName(self.tr("Quay lại trang xem lại"))
        self.back.clicked.connect(self.back_requested)
        self.send = set_role(QPushButton(self.tr("Gửi hồ sơ"), self), "primary")
        self.send.setAccessibleName(self.tr("Gửi hồ sơ"))
        self.send.clicked.connect(self._on_send_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.send)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(40, 0, 40, 0)
        header.setSpacing(0)
        header.addWidget(self.title)
        header.addWidget(self.intro)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)
        error_row = QVBoxLayout()
        error_row.setContentsMargins(40, 0, 40, 0)
        error_row.addWidget(self.error)
        outer.addLayout(error_row)
        outer.addLayout(buttons)

    def show_consents(self, definition: Any, lang: str = "vi") -> None:
        """Show the definition's consent purposes, every box unticked."""
        if not self._is_built_for(definition, lang):
            self.prepare(definition, lang)
        else:  # built beforehand, or shown before: as new, nothing ticked
            self.error.hide()
            self.error.clear()
            for box in self.boxes.values():
                box.setChecked(False)
        self.spoken.emit(self.title.text(), self.details.text(), "")

    def prepare(self, definition: Any, lang: str = "vi") -> None:
        """Build the cards of ``definition``'s consents, every box unticked, unseen."""
        if self._is_built_for(definition, lang):
            return
        self.lang = lang
        self.clear()
        self.consents = list(definition.consents)
        for consent in self.consents:
            self.cards.addWidget(self._card(consent))
        self.cards.addWidget(self.details)
        self.details.show()
        self.cards.addStretch(1)
        self.body.updateGeometry()  # the scroll area re-reads the (word-wrapped) content height
        self._built_for = (definition, lang)

    def _is_built_for(self, definition: Any, lang: str) -> bool:
        return self._built_for is not None and (
            self._built_for[0] is definition and self._built_for[1] == lang
        )

    def show_error(self, message: str) -> None:
        """Say what is missing (e.g. a required consent)."""
        self.error.setText(message)
        self.error.show()
        self.spoken.emit("", "", message)

    def set_busy(self, busy: bool) -> None:
        """While sending, the button can't be pressed twice."""
        self.send.setEnabled(not busy)
        self.send.setText(self.tr("Đang gửi…") if busy else self.tr("Gửi hồ sơ"))

    def clear(self) -> None:
        """Untick and remove every card."""
        self._built_for = None
        self.error.hide()
        self.error.clear()
        self.boxes.clear()
        self.consents = []
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.details:
                widget.setParent(None)
                widget.deleteLater()

    def _card(self, consent: Any) -> QFrame:
        card = set_role(QFrame(self.body), "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        purpose = set_role(QLabel(pick(consent, "purpose", self.lang), card), "answer")
        text = set_role(QLabel(pick(consent, "text", self.lang), card), "consent_text")
        details = set_role(
            QLabel(
                self.tr("Dữ liệu: %1\nĐơn vị xử lý: %2\nQuyền của bạn: %3\nPhiên bản văn bản: %4")
                .replace("%1", ", ".join(consent_words(t) for t in consent.data_types))
                .replace("%2", consent_words(consent.processors))
                .replace("%3", consent_words(consent.rights))
                .replace("%4", consent.version),
                card,
            ),
            "hint",
        )
        required = set_role(
            QLabel(
                self.tr("Bắt buộc để xử lý hồ sơ")
                if consent.required
                else self.tr("Không bắt buộc"),
                card,
            ),
            "hint",
        )
        box = QCheckBox(self.tr("Tôi đồng ý"), card)
        box.setChecked(False)
        box.setAccessibleName(
            self.tr("Đồng ý: %1").replace("%1", pick(consent, "purpose", self.lang))
        )
        box.toggled.connect(self._on_box_toggled)
        # The tick box comes right under the purpose, before the long text: at 200 % it
        # stays on the first screen of the card instead of falling below the fold.
        extra = []
        sensitive = list(getattr(consent, "sensitive_data_types", []) or [])
        if sensitive:
            extra.append(
                set_role(
                    QLabel(
                        self.tr("Dữ liệu cá nhân nhạy cảm: %1").replace(
                            "%1", ", ".join(consent_words(t) for t in sensitive)
                        ),
                        card,
                    ),
                    "note",
                )
            )
        for widget in (purpose, required, box, text, details, *extra):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        self.boxes[consent.id] = box
        return card

    def _on_box_toggled(self, _checked: bool) -> None:
        self.error.hide()

    def _on_send_clicked(self) -> None:
        missing = [c for c in self.consents if c.required and not self.boxes[c.id].isChecked()]
        if missing:
            self.show_error(
                self.tr(
                    "Bạn cần đánh dấu đồng ý ở mục “%1” thì hồ sơ mới được xử lý. "
                    "Nếu không đồng ý, hãy hỏi cán bộ để nộp hồ sơ giấy."
                ).replace("%1", pick(missing[0], "purpose", self.lang))
            )
            return
        self.submitted.emit([(c, self.boxes[c.id].isChecked()) for c in self.consents])
