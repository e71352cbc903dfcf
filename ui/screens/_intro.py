"""Before the form: what the procedure costs, how long it takes, who decides, what to have at hand.

Shown after the resident picks a procedure and before the first question, so
nobody starts a form they cannot finish: "Bắt đầu" sits below the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import forms
from ui._theme import set_role
from ui.screens._field_widgets import pick

_PEOPLE: dict[str, str] = {  # translated under "IntroScreen" (resources/translations)
    "requester": "Thẻ căn cước của bạn",
    "mother": "Thẻ căn cước của người mẹ (nếu có)",
    "father": "Thẻ căn cước của người cha (nếu có)",
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("IntroScreen", source)


def papers_at_hand(definition: Any, lang: str) -> list[str]:
    """The papers to have ready: the documents of the procedure, then the ID cards to scan."""
    optional = _tr(" (nếu có)")
    papers = [
        pick(doc, "name", lang) + ("" if doc.required else optional)
        for doc in definition.required_documents
    ]
    for section in definition.sections:
        card = _PEOPLE.get(section.person or "")
        has_card = any(f.autofill == "id_number" for f in section.fields)
        if card is not None and has_card:
            papers.append(_tr(card))
    return papers


class IntroScreen(QWidget):
    """One procedure's fee, time, deciding authority and papers; "Bắt đầu" starts the form."""

    start_requested = Signal(str)
    """"Bắt đầu": open a draft of this procedure (its code)."""
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.code: str | None = None
        self.title = set_role(QLabel(self), "title")
        self.facts = QVBoxLayout()
        self.facts.setSpacing(10)
        self.papers_title = set_role(QLabel(self.tr("Giấy tờ cần có sẵn:"), self), "answer")
        self.papers = set_role(QLabel(self), "consent_text")
        self.start = set_role(QPushButton(self.tr("Bắt đầu"), self), "primary")
        self.start.setAccessibleName(self.tr("Bắt đầu điền hồ sơ"))
        self.start.setMinimumHeight(72)
        self.back = QPushButton(self.tr("← Chọn thủ tục khác"), self)
        self.back.setAccessibleName(self.tr("Chọn thủ tục khác"))
        for label in (self.title, self.papers_title, self.papers):
            label.setWordWrap(True)
        self.start.clicked.connect(self._on_start_clicked)
        self.back.clicked.connect(self.back_requested)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 16)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addLayout(self.facts)
        column.addWidget(self.papers_title)
        column.addWidget(self.papers)
        column.addWidget(self.start)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        column.addLayout(row)
        self.fact_labels: dict[str, QLabel] = {}

    def show_procedure(self, definition: Any, decider: str, lang: str = "vi") -> None:
        """Show ``definition``; ``decider``: the authority that decides (the kiosk's commune)."""
        self.code = definition.code
        self.title.setText(pick(definition, "name", lang))
        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.fact_labels = {}
        level = (
            self.tr("Có thể làm trọn vẹn trên mạng (toàn trình)")
            if definition.level == "toan_trinh"
            else self.tr("Nộp trên mạng, còn một bước làm trực tiếp (một phần)")
        )
        for key, name, text in (
            ("fee", self.tr("Lệ phí"), pick(definition.fee, "text", lang)),
            (
                "time",
                self.tr("Thời gian giải quyết"),
                pick(definition.processing_time, "text", lang),
            ),
            ("decider", self.tr("Cơ quan giải quyết"), decider),
            ("level", self.tr("Cách nộp"), level),
        ):
            label = set_role(QLabel(f"{name}: {text}", self), "consent_text")
            label.setWordWrap(True)
            self.facts.addWidget(label)
            self.fact_labels[key] = label
        self.papers.setText("\n".join(f"• {p}" for p in papers_at_hand(definition, lang)))
        self.start.setFocus()
        self.spoken.emit(
            self.title.text(),
            " ".join(label.text() for label in self.fact_labels.values()),
            "",
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Lay out again at the size shown: the fact labels, made while hidden, get their
        (200 %) font only now, and Qt drops the resize its scroll area makes while it is still
        delivering the pending one (the labels would keep their squeezed height)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.geometry() != self.contentsRect():
            layout.setGeometry(self.contentsRect())

    def clear(self) -> None:
        self.code = None
        self.title.clear()
        self.papers.clear()

    def _on_start_clicked(self) -> None:
        if self.code is not None:
            self.start_requested.emit(self.code)


def decider_of(definition: Any, province_code: str, commune_code: str) -> str:
    """ "Ủy ban nhân dân Phường Ba Đình": the addressee with the kiosk's commune."""
    commune = forms.commune_name(province_code, commune_code) or ""
    addressee = str(definition.addressee)
    if "{commune}" in addressee and commune:
        return addressee.replace("{commune}", commune)
    return str(definition.agency or addressee.replace("{commune}", "").strip())
