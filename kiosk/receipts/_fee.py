"""The receipt's fee block: the amount, the VietQR code that pays it, and how else to pay."""

from __future__ import annotations

import io
import logging
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table, TableStyle

from kiosk.payments import VietQRError, payment_reference
from kiosk.receipts._data import ReceiptData
from kiosk.receipts._facts import payment_note, vnd
from kiosk.receipts._fonts import FONT_REGULAR
from kiosk.receipts._qr import qr_png
from kiosk.receipts._styles import LINE
from kiosk.receipts._styles import Styles as _Styles

__all__ = ["FEE_QR_SIDE", "fee_block"]

FEE_QR_SIDE = 34 * mm
"""Bank apps scan a VietQR (about 150 characters, version 7-8) reliably at this size."""
_log = logging.getLogger(__name__)


def fee_block(data: ReceiptData, st: _Styles, width: float) -> list[Flowable]:
    """The fee's payment part of the receipt; empty for a procedure without a fee."""
    if data.paid:
        return [Paragraph(f"<b>Lệ phí:</b> {escape(payment_note(data))}", st.body)]
    if data.fee_amount_vnd <= 0:
        return []
    try:
        payload = data.fee_qr_payload()
    except VietQRError:
        # A code that cannot be a transfer reference: pay at the counter, never a wrong QR.
        _log.warning("no VietQR on the receipt: the application code is not a valid reference")
        payload = None
    note = payment_note(data, qr=payload is not None)
    if payload is None:
        return [Paragraph(f"<b>Nộp lệ phí:</b> {escape(note)}", st.body)]
    lines = [
        Paragraph("<b>Nộp lệ phí bằng VietQR</b>", st.body),
        Paragraph(f"Số tiền: <b>{vnd(data.fee_amount_vnd)}</b>", st.body),
        Paragraph(f"Người nhận: {escape(data.payee_name)}", st.small),
        Paragraph(f"Số tài khoản: {escape(data.payee_account)}", st.small),
        Paragraph(f"Nội dung chuyển khoản: {payment_reference(data.application_code)}", st.small),
        Paragraph(escape(note), st.small),
    ]
    qr = Image(io.BytesIO(qr_png(payload)), width=FEE_QR_SIDE, height=FEE_QR_SIDE)
    table = Table(
        [[lines, [qr, Paragraph("Quét để nộp lệ phí", st.hint)]]],
        colWidths=[width - FEE_QR_SIDE - 6 * mm, FEE_QR_SIDE + 6 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    return [KeepTogether([table])]
