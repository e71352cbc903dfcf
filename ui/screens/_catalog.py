"""Choose a procedure: a searchable list of big cards, each with its pictogram, fee and time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import resources
from ui._theme import set_role
from ui.screens._field_widgets import line_edit, pick


def pictogram(name: str) -> QIcon:
    """The procedure's pictogram from ``resources/icons`` (a generic document when missing)."""
    for candidate in (name, "document"):
        try:
            return QIcon(str(resources.path("icons", f"{candidate}.svg")))
        except (FileNotFoundError, ValueError):
            continue
    return QIcon()


class ProcedureCard(QPushButton):
    """A big tappable card: pictogram, the procedure's name and its time and fee lines.

    The lines are word-wrapped labels inside the button, and the card is as tall as they
    need at the width it gets (at 200 % the fee line wraps instead of being cut).
    """

    def __init__(self, icon: QIcon, name: str, lines: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon.pixmap(QSize(72, 72)))
        self.icon_label.setFixedSize(72, 72)
        self.icon_label.setVisible(not icon.isNull())  # no pictogram bundled: no empty gap
        self.name = set_role(QLabel(name, self), "answer")
        self.lines = [set_role(QLabel(line, self), "hint") for line in lines]
        text = QVBoxLayout()
        text.setSpacing(4)
        for label in (self.name, *self.lines):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            text.addWidget(label)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        return max(self.minimumHeight(), layout.totalHeightForWidth(width)) if layout else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        hint = layout.totalSizeHint() if layout else QSize(400, 120)
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        return QSize(200, layout.totalMinimumSize().height() if layout else 60)


class CatalogScreen(QWidget):
    """Lists procedures (all, or those matching the search); emits ``chosen(code)``."""

    chosen = Signal(str)
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, catalog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.catalog = catalog
        self.lang = "vi"
        self.buttons: dict[str, QPushButton] = {}
        """The cards listed now, by procedure code."""
        self._cards: dict[str, tuple[Any, str, QPushButton]] = {}
        self._listed: list[QPushButton] = []
        self.title = set_role(QLabel(self.tr("Chọn thủ tục"), self), "title")
        self.search = line_edit(self)
        self.search.setPlaceholderText(self.tr("Gõ tên thủ tục để tìm"))
        self.search.setAccessibleName(self.tr("Tìm thủ tục"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.empty = set_role(
            QLabel(
                self.tr("Không tìm thấy thủ tục này. Hãy thử từ khác, hoặc hỏi cán bộ ở quầy."),
                self,
            ),
            "note",
        )
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        self.list = QVBoxLayout(self.body)
        self.list.setSpacing(14)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.back = QPushButton(self.tr("← Về trang chủ"), self)
        self.back.setAccessibleName(self.tr("Về trang chủ"))
        self.back.clicked.connect(self.back_requested)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 16)
        column.addWidget(self.title)
        column.addWidget(self.search)
        column.addWidget(self.empty)
        column.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        column.addLayout(row)
        # The cards are built with the screen (after home has painted), not on the tap.
        self._fill("")

    def show_procedures(self, query: str = "", lang: str = "vi") -> None:
        """List every procedure, or the matches for ``query``."""
        self.lang = lang
        self.search.blockSignals(True)
        self.search.setText(query)
        self.search.blockSignals(False)
        self._fill(query)
        self.spoken.emit(self.title.text(), self.tr("Chạm vào thủ tục bạn cần."), "")

    def clear(self) -> None:
        """Forget the search."""
        self.search.clear()

    def _definitions(self, query: str) -> list[Any]:
        if not query.strip():
            return list(self.catalog.latest())
        return [self.catalog.get(hit.code) for hit in self.catalog.search(query)]

    def _fill(self, query: str) -> None:
        definitions = self._definitions(query)
        self.empty.setVisible(not definitions)
        cards = [self._card_of(definition) for definition in definitions]
        self.buttons = {d.code: card for d, card in zip(definitions, cards, strict=True)}
        if cards == self._listed:
            return  # the same cards in the same order: nothing to lay out again
        while self.list.count():  # the cards stay built (hidden) for the next search
            item = self.list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in cards:
                widget.hide()
        for card in cards:
            self.list.addWidget(card)
            card.setVisible(True)
        self.list.addStretch(1)
        self._listed = cards
        self.body.updateGeometry()

    def _card_of(self, definition: Any) -> QPushButton:
        """The card of ``definition`` in this screen's language, built once (a catalog tap
        then only shows cards, issue 16's screen change)."""
        cached = self._cards.get(definition.code)
        if cached is not None and cached[0] is definition and cached[1] == self.lang:
            return cached[2]
        if cached is not None:
            stale = cached[2]
            self.list.removeWidget(stale)
            stale.hide()
            stale.deleteLater()
            if stale in self._listed:
                self._listed = []
        card = self._card(definition)
        self._cards[definition.code] = (definition, self.lang, card)
        return card

    def _card(self, definition: Any) -> QPushButton:
        name = pick(definition, "name", self.lang)
        fee = pick(definition.fee, "text", self.lang)
        time = pick(definition.processing_time, "text", self.lang)
        button = ProcedureCard(
            pictogram(definition.pictogram),
            name,
            [
                self.tr("Thời hạn: %1").replace("%1", _short(time)),
                self.tr("Lệ phí: %1").replace("%1", _short(fee)),
            ],
            self.body,
        )
        button.setAccessibleName(name)
        button.setAccessibleDescription(f"{definition.code}. {fee}")
        button.clicked.connect(lambda _=False, code=definition.code: self.chosen.emit(code))
        return button

    def _on_search_text_changed(self, text: str) -> None:
        self._fill(text)


def _short(text: str, limit: int = 70) -> str:
    first = text.split(". ")[0].split("; ")[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"
