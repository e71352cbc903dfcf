"""Review: every answer read back in large type, by whose data it is, with "Sửa" beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import forms
from ui._session import Session
from ui._theme import set_role
from ui.screens._field_widgets import display_value, pick


class ReviewScreen(QWidget):
    """Reads the session's answers back; emits ``edit_requested(field_id)`` or ``confirmed``."""

    edit_requested = Signal(str)
    confirmed = Signal()
    back_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, fee_qr: bool = False
    ) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.session = session
        self.fee_qr = fee_qr  # the kiosk has an account for VietQR fees ([payment])
        self.lang = "vi"
        self.paper_counts: dict[str, QSpinBox] = {}
        self._shape: tuple[Any, ...] | None = None
        """What the built list shows (form, language, visible fields, mode)."""
        self._values: dict[str, tuple[Any, QLabel]] = {}
        """Each shown field's answer label, refreshed in place while the shape holds."""
        self.title = set_role(QLabel(self.tr("Xem lại hồ sơ"), self), "title")
        self.intro = set_role(
            QLabel(self.tr("Hãy đọc lại từng câu trả lời. Bấm “Sửa” nếu cần thay đổi."), self),
            "hint",
        )
        self.intro.setWordWrap(True)
        self.body = QWidget(self)
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(40, 10, 40, 10)
        self.rows.setSpacing(16)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.scroll_area = scroll

        self.back = QPushButton(self.tr("← Quay lại"), self)
        self.back.setAccessibleName(self.tr("Quay lại câu hỏi cuối"))
        self.back.clicked.connect(self.back_requested)
        self.ok = set_role(QPushButton(self.tr("Đúng rồi, tiếp tục →"), self), "primary")
        self.ok.setAccessibleName(self.tr("Thông tin đúng, tiếp tục"))
        self.ok.clicked.connect(self.confirmed)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 20, 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(40, 0, 40, 0)
        header.addWidget(self.title)
        header.addWidget(self.intro)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def refresh(self, lang: str = "vi") -> None:
        """Show the session's current answers (read aloud from the top)."""
        self.prepare(lang)
        self.body.updateGeometry()  # the scroll area re-reads the (word-wrapped) content height
        self.scroll_area.verticalScrollBar().setValue(0)
        self.spoken.emit(self.title.text(), self.intro.text(), "")

    def prepare(self, lang: str = "vi") -> None:
        """Build the list from the session's answers without showing or reading it (the flow
        calls it while the form's last page is read: "Xem lại" then only updates answers).

        The cards are rebuilt when the form, the language, the visible questions or the
        mode changed; otherwise each answer's label gets its current text.
        """
        definition = self.session.definition
        answers = self.session.answers
        visible_fields = forms.visible_fields(definition, answers) if definition else []
        fee = forms.fee_due(definition, answers) if definition else None  # counted from answers
        shape = (
            id(definition),
            lang,
            tuple(f.id for f in visible_fields),
            self.session.mode,
            fee,
        )
        if shape == self._shape:
            for field_id, (field, label) in self._values.items():
                label.setText(display_value(field, answers.get(field_id), lang))
            return
        self.lang = lang
        self.clear()
        self._shape = shape
        if definition is None:
            return
        visible = set(shape[2])
        for section in definition.sections:
            fields = [f for f in section.fields if f.id in visible]
            if not fields:
                continue
            card = set_role(QFrame(self.body), "card")
            grid = QGridLayout(card)
            grid.setContentsMargins(20, 14, 20, 14)
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(6)
            heading = set_role(QLabel(pick(section, "title", lang), card), "section")
            grid.addWidget(heading, 0, 0, 1, 2)
            row = 1
            for field in fields:
                grid.addWidget(self._label(pick(field, "label", lang), "hint", card), row, 0)
                edit = QPushButton(self.tr("Sửa"), card)
                whose = pick(section, "title", lang)
                edit.setAccessibleName(
                    self.tr("Sửa: %1").replace("%1", f"{pick(field, 'label', lang)} ({whose})")
                )
                edit.clicked.connect(lambda _=False, fid=field.id: self.edit_requested.emit(fid))
                grid.addWidget(edit, row, 1, 2, 1)
                value = display_value(field, answers.get(field.id), lang)
                label = self._label(value, "answer", card)
                self._values[field.id] = (field, label)
                grid.addWidget(label, row + 1, 0)
                row += 2
            grid.setColumnStretch(0, 1)
            self.rows.addWidget(card)
        fee_card = self._fee_card(definition, answers)
        if fee_card is not None:
            self.rows.addWidget(fee_card)
        if self.session.mode == "assisted" and definition.required_documents:
            self.rows.addWidget(self._paper_checklist(definition, lang))
        self.rows.addStretch(1)

    def _paper_checklist(self, definition: Any, lang: str) -> QFrame:
        """Staff count the papers handed over for each document kind (the receipt lists them)."""
        card = set_role(QFrame(self.body), "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 14, 20, 14)
        grid.setHorizontalSpacing(18)
        heading = set_role(
            QLabel(self.tr("Giấy tờ bản giấy đã nhận (cán bộ ghi)"), card), "section"
        )
        grid.addWidget(heading, 0, 0, 1, 2)
        intro = self._label(
            self.tr(
                "Ghi số bản giấy người dân đã nộp cho từng loại giấy tờ (không tính tệp đã "
                "đính kèm). Giấy biên nhận chỉ ghi những gì đã nhận."
            ),
            "hint",
            card,
        )
        grid.addWidget(intro, 1, 0, 1, 2)
        for row, doc in enumerate(definition.required_documents, start=2):
            grid.addWidget(self._label(pick(doc, "name", lang), "answer", card), row, 0)
            count = QSpinBox(card)
            count.setRange(0, 99)
            count.setMinimumWidth(180)  # wide enough to hit its arrows on a touch screen
            count.setSuffix(self.tr(" bản"))
            count.setValue(int(self.session.papers.get(doc.kind, 0)))
            count.setAccessibleName(
                self.tr("Số bản giấy: %1").replace("%1", pick(doc, "name", lang))
            )
            count.valueChanged.connect(
                lambda value, kind=doc.kind: self._on_paper_count_changed(kind, value)
            )
            grid.addWidget(count, row, 1)
            self.paper_counts[doc.kind] = count
        grid.setColumnStretch(0, 1)
        return card

    def _fee_card(self, definition: Any, answers: dict[str, Any]) -> QFrame | None:
        """The fee this application costs, counted from the answers, and how it is paid.

        Only a fee the definition gives as certain is stated as an amount; the receipt
        then carries the VietQR that pays it (after or without a network link).
        """
        due = forms.fee_due(definition, answers)
        if not due or definition.unverified("fee"):
            return None
        card = set_role(QFrame(self.body), "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(20, 14, 20, 14)
        column.addWidget(set_role(QLabel(self.tr("Lệ phí"), card), "section"))
        amount = f"{due:,}".replace(",", ".")
        tariff = definition.fee.tariff
        if tariff is not None:
            unit = f"{tariff.unit_vnd:,}".replace(",", ".")
            text = self.tr("%1 đồng (%2 đồng/%3 theo biểu phí)")
            per = pick(tariff, "unit", self.lang)
            text = text.replace("%1", amount).replace("%2", unit).replace("%3", per)
        else:
            text = self.tr("%1 đồng").replace("%1", amount)
        self.fee_amount = self._label(text, "answer", card)
        column.addWidget(self.fee_amount)
        if self.fee_qr:
            how = self.tr(
                "Giấy tiếp nhận in số tiền và mã VietQR để nộp lệ phí bằng ứng dụng ngân "
                "hàng. Không cần nộp ngay: có thể nộp sau bằng chính mã đó, kể cả khi máy "
                "đang mất mạng, hoặc nộp tại quầy một cửa."
            )
        else:
            how = self.tr("Lệ phí nộp tại quầy một cửa; giấy tiếp nhận ghi số tiền này.")
        self.fee_note = self._label(how, "hint", card)
        column.addWidget(self.fee_note)
        return card

    def _on_paper_count_changed(self, kind: str, value: int) -> None:
        if value > 0:
            self.session.papers[kind] = value
        else:
            self.session.papers.pop(kind, None)

    def clear(self) -> None:
        """Remove every answer from the screen (wipe)."""
        self._shape = None
        self._values = {}
        self.paper_counts = {}
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _label(self, text: str, role: str, parent: QWidget) -> QLabel:
        label = set_role(QLabel(text, parent), role)
        label.setWordWrap(True)
        return label
