"""QR codes of an application code, the same image on paper and on screen."""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.image.pil import PilImage

__all__ = ["qr_png"]


def qr_png(text: str, box_size: int = 8, border: int = 4) -> bytes:
    """Return a black-on-white PNG of a QR code holding ``text`` (UTF-8).

    Args:
        text: what to encode, normally the application code.
        box_size: pixels per module; 8 prints crisply at receipt size.
        border: quiet zone in modules; scanners need at least 4.

    Raises:
        ValueError: empty text or a non-positive size.
    """
    if not text:
        raise ValueError("QR text must not be empty")
    if box_size < 1 or border < 0:
        raise ValueError("box_size must be >= 1 and border >= 0")
    # Level M survives a smudge or a fold on thermal or laser paper and keeps the
    # code small; the payload is short, so a low version fits.
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M,
        box_size=box_size,
        border=border,
        image_factory=PilImage,
    )
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
