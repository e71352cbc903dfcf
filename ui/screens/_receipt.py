"""Receipt screen: the code and its QR, due date, where to collect, fee, next steps; print, finish.

The facts come from the same receipt data as the printed receipt
(:func:`kiosk.receipts.receipt_facts`), worded through Qt's translations
(ui.screens._receipt_words): in Vietnamese exactly as the paper, in English for English
readers, so screen and paper never disagree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._receipt_images import ReceiptImages, receipt_images
from ui._theme import set_role
from ui._wrap import WrapRow


def qr_pixmap(text: str, size: int = 260) -> QPixmap:
    """A QR code of ``text`` as a pixmap (the same image as on the printed receipt)."""
    from kiosk.receipts import qr_png

    return _png_pixmap(qr_png(text), size)


def _png_pixmap(png: bytes, size: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(png)
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class ReceiptScreen(QWidget):
    """Shows an ``ApplicationRecord``; emits intents to print, rate and finish."""

    print_requested = Signal()
    rate_requested = Signal()
    done_requested = Signal()
    spoken = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.code_text = ""
        self.title = set_role(QLabel(self), "title")
        self.title.setWordWrap(True)
        self.procedure = set_role(QLabel(self), "hint")
        self.procedure.setWordWrap(True)
        self.code_caption = set_role(QLabel(self.tr("Mã hồ sơ của bạn:"), self), "hint")
        self.code = set_role(QLabel(self), "code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setAccessibleName(self.tr("Mã hồ sơ"))
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("Mã QR của hồ sơ"))
        self.qr.setFixedSize(270, 270)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = set_role(QLabel(self), "note")
        self.note.setWordWrap(True)
        self.sms = set_role(QLabel(self), "hint")
        self.sms.setWordWrap(True)
        self.filer = set_role(QLabel(self), "hint")
        self.filer.setWordWrap(True)
        self.documents = set_role(QLabel(self), "hint")
        self.documents.setWordWrap(True)
        self.due = set_role(QLabel(self), "answer")
        self.due.setWordWrap(True)
        self.place = set_role(QLabel(self), "answer")
        self.place.setWordWrap(True)
        self.fee = set_role(QLabel(self), "answer")
        self.fee.setWordWrap(True)
        self.payment = set_role(QLabel(self), "hint")  # how to pay: sentences, not a figure
        self.payment.setWordWrap(True)
        self.payment.setVisible(False)
        self.fee_qr = QLabel(self)  # the VietQR paying the fee, when the receipt carries one
        self.fee_qr.setAccessibleName(self.tr("Mã VietQR nộp lệ phí"))
        self.fee_qr.setVisible(False)
        self.next_steps = set_role(QLabel(self), "hint")
        self.next_steps.setWordWrap(True)
        self.facts_card = set_role(QFrame(self), "card")
        facts = QVBoxLayout(self.facts_card)
        facts.setContentsMargins(24, 14, 24, 14)
        # What the resident acts on first; who filed what and the papers taken in last.
        for w in (self.due, self.place, self.fee, self.next_steps, self.filer, self.documents):
            facts.addWidget(w)
            if w is self.fee:
                facts.addWidget(self.payment)
                facts.addWidget(self.fee_qr)
        self.facts_card.setVisible(False)
        self.print_status = set_role(QLabel(self), "hint")
        self.print_status.setWordWrap(True)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.print_button = QPushButton(self.tr("In giấy biên nhận"), self)
        self.print_button.setAccessibleName(self.tr("In giấy biên nhận"))
        self.rate = QPushButton(self.tr("Đánh giá dịch vụ"), self)
        self.rate.setAccessibleName(self.tr("Đánh giá mức độ hài lòng"))
        self.done = set_role(QPushButton(self.tr("Xong / người tiếp theo"), self), "primary")
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))
        self.print_button.clicked.connect(self.print_requested)
        self.rate.clicked.connect(self.rate_requested)
        self.done.clicked.connect(self.done_requested)

        card = set_role(QFrame(self), "card")
        # The QR goes beside the code where the code still fits on its line, else under
        # it: beside it, a 200 % code on a portrait screen made the page wider than the
        # screen (cut under the scroll bar); under it, the card took a laptop's whole view.
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 18, 24, 18)
        self._code_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._code_row.setSpacing(24)
        words = QVBoxLayout()
        for w in (self.procedure, self.code_caption, self.code, self.sms):
            words.addWidget(w)
        words.addStretch(1)
        self._code_row.addLayout(words, 1)
        self._code_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addLayout(self._code_row)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 20, 40, 10)
        column.setSpacing(14)
        # What to do next comes before the rating; the rating (optional) ends the page so
        # the button bar below stays one line at 200 % and the page keeps the height.
        for part in (self.title, card, self.note, self.facts_card):
            column.addWidget(part)
        column.addWidget(self.rate, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(body)

        bar = WrapRow(self)  # wraps rather than cut a label at 200 %
        bar.add(self.print_button)
        bar.wrap.addStretch()
        bar.add(self.done)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(self.print_status)  # where the receipt went, beside its button
        buttons.addWidget(bar)
        self.print_status.setVisible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll, 1)
        outer.addLayout(buttons)

    def _arrange(self) -> None:
        """QR beside the code when the row has room for the code on one line, else under it."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        room = self.width() - 80 - bar - 2 * 24 - 8 - self.qr.width() - self._code_row.spacing()
        need = max(self.code.sizeHint().width(), self.code_caption.sizeHint().width(), 360)
        wide = room >= need
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._code_row.direction() != direction:
            self._code_row.setDirection(direction)
            align = Qt.AlignmentFlag.AlignRight if wide else Qt.AlignmentFlag.AlignLeft
            self._code_row.setAlignment(self.qr, align | Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange()  # the text size changed: the code is wider or narrower

    def show_application(
        self,
        record: Any,
        *,
        procedure_name: str = "",
        sms_phone: str | None = None,
        receipt: Any = None,
        definition: Any = None,
        lang: str = "vi",
        images: ReceiptImages | None = None,
    ) -> None:
        """Render an application: official code once the portal has it, else the provisional one.

        ``receipt`` (a ``ReceiptData``) adds what the resident needs next, as printed,
        worded in ``lang``; ``definition`` (the procedure's) gives its English names.
        ``images``: its QR codes made beforehand off the GUI thread (:func:`receipt_images`);
        made here when missing or made for another code.
        """
        if images is None or images.code != record.code:
            images = receipt_images(record.code, receipt)
        official = bool(getattr(record, "official_code", None))
        self.code_text = record.code
        self.title.setText(
            self.tr("Hồ sơ đã được tiếp nhận") if official else self.tr("Đã gửi hồ sơ")
        )
        self.procedure.setText(procedure_name)
        self.code_caption.setText(
            self.tr("Mã hồ sơ chính thức:") if official else self.tr("Mã hồ sơ tạm thời:")
        )
        self.code.setText(record.code)
        self.qr.setPixmap(_png_pixmap(images.code_png, 260))
        self._arrange()
        if official:
            self.note.setText(
                self.tr(
                    "Hồ sơ đã lên Cổng dịch vụ công. Dùng mã này để tra cứu. "
                    "Hãy in hoặc chụp lại giấy biên nhận."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Mã hồ sơ tạm thời. Hồ sơ chưa được tiếp nhận chính thức cho đến khi "
                    "được gửi lên Cổng dịch vụ công."
                )
            )
        if sms_phone:
            self.sms.setText(
                self.tr(
                    "Tin nhắn khi hồ sơ được tiếp nhận, khi cần bổ sung giấy tờ và khi có kết quả "
                    "sẽ được gửi tới số %1."
                ).replace("%1", _masked(sms_phone))
            )
        self.sms.setVisible(bool(sms_phone))
        self._show_facts(receipt, images, definition, lang)
        self.spoken.emit(self.title.text(), self.note.text(), self.due.text())

    def _show_facts(self, receipt: Any, images: ReceiptImages, definition: Any, lang: str) -> None:
        if receipt is None:
            self.facts_card.setVisible(False)
            return
        from kiosk.receipts import receipt_facts
        from ui.screens._receipt_words import word_facts

        facts = word_facts(receipt_facts(receipt), lang, definition)
        self.filer.setText(
            self.tr("Người nộp: %1 — %2 — Cơ quan giải quyết: %3")
            .replace("%1", facts.filer)
            .replace("%2", facts.request)
            .replace("%3", facts.agency)
        )
        self.documents.setText(
            self.tr("Giấy tờ đã nhận:") + "\n" + "\n".join(f"• {d}" for d in facts.documents)
        )
        self.due.setText(self.tr("Hẹn trả kết quả: %1").replace("%1", facts.due))
        self.place.setText(self.tr("Nơi nhận kết quả: %1").replace("%1", facts.result_place))
        fee = self.tr("Lệ phí: %1").replace("%1", facts.fee)
        self.fee.setText(fee)
        self.payment.setText(facts.payment)
        self.payment.setVisible(bool(facts.payment))
        self._show_fee_qr(images)
        self.next_steps.setText(
            self.tr("Các bước tiếp theo:") + "\n" + "\n".join(f"• {s}" for s in facts.next_steps)
        )
        self.facts_card.setVisible(True)

    def _show_fee_qr(self, images: ReceiptImages) -> None:
        self.fee_qr.setVisible(images.fee_png is not None)
        if images.fee_png is None:
            self.fee_qr.clear()
        else:
            self.fee_qr.setPixmap(_png_pixmap(images.fee_png, 220))

    def facts_text(self) -> str:
        """Everything the facts card says (tests compare it with the printed receipt)."""
        if not self.facts_card.isVisibleTo(self):
            return ""
        return "\n".join(w.text() for w in self._fact_labels() if w.text())

    def _fact_labels(self) -> tuple[QLabel, ...]:
        """The facts card's lines, in reading order."""
        return (
            self.filer,
            self.documents,
            self.due,
            self.place,
            self.fee,
            self.payment,
            self.next_steps,
        )

    def show_print_result(self, message: str) -> None:
        """Where the receipt went (printer, or the PDF's folder)."""
        self.print_status.setText(message)
        self.print_status.setVisible(bool(message))
        self.print_button.setEnabled(True)

    def set_printing(self) -> None:
        """The receipt is being made: the button waits."""
        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Đang chuẩn bị giấy biên nhận…"))
        self.print_status.setVisible(True)

    def clear(self) -> None:
        """Forget the application (wipe)."""
        self.code_text = ""
        for label in (
            self.title,
            self.procedure,
            self.code,
            self.note,
            self.sms,
            self.print_status,
            *self._fact_labels(),
        ):
            label.clear()
        self.facts_card.setVisible(False)
        self.print_status.setVisible(False)
        self.payment.setVisible(False)
        self.qr.clear()
        self.fee_qr.clear()
        self.fee_qr.setVisible(False)
        self.print_button.setEnabled(True)


def _masked(phone: str) -> str:
    """0912345678 -> 0912 *** 678: enough for the resident to recognise, not for a passer-by."""
    return phone[:4] + " *** " + phone[-3:] if len(phone) >= 8 else phone
