"""The receipt screen's QR codes, made off the GUI thread (issue 16's screen change).

Encoding a QR code is ~10 ms of pure Python: on the tap that shows the receipt that
is more than a frame, so the flow makes them on the store's thread with the
submission and hands the PNGs to the screen. Nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["ReceiptImages", "receipt_images"]


@dataclass(frozen=True)
class ReceiptImages:
    """The receipt screen's QR codes as PNG, made off the GUI thread (issue 16: encoding a
    QR takes ~10 ms of Python, more than a frame, on the tap that shows the receipt)."""

    code: str
    code_png: bytes
    fee_payload: str | None = None
    fee_png: bytes | None = None


def receipt_images(code: str, receipt: Any = None) -> ReceiptImages:
    """The QR of the application ``code`` and of ``receipt``'s fee (VietQR), if it has one.

    Touches no widget: the flow runs it on the store's thread with the submission.
    """
    from kiosk.payments import VietQRError
    from kiosk.receipts import qr_png

    payload = None
    if receipt is not None:
        try:
            payload = receipt.fee_qr_payload()
        except VietQRError:
            payload = None  # the printed receipt says: pay at the counter
    fee_png = qr_png(payload) if payload is not None else None
    return ReceiptImages(code, qr_png(code), payload, fee_png)
