"""Receipt figures: receipt PDFs per second (fonts cached) vs a one-line PDF in the same font."""

from __future__ import annotations

import io
import time
from datetime import datetime

from bench._core import Figure
from kiosk.receipts import ReceiptData, register_fonts, render_receipt_pdf


def receipts(count: int = 40) -> list[Figure]:
    """Seconds per receipt and per one-line PDF (the ratio is the cost of the full layout)."""
    from reportlab.pdfgen import canvas

    regular, _bold = register_fonts()
    data = ReceiptData(
        agency_name="UBND phường Ba Đình",
        one_stop_unit="Bộ phận Một cửa",
        application_code="000.00.01.H26-261128-010001",
        code_is_official=True,
        filer_name="Nguyễn Thị Ánh Tuyết",
        filer_address="Số 12 phố Đội Cấn, Phường Ba Đình, Hà Nội",
        filer_phone="0912345678",
        filer_email=None,
        request="Đăng ký khai sinh",
        procedure_code="1.001193",
        documents=[("Giấy chứng sinh", 1)],
        processing_time="Trong ngày",
        received_at=datetime(2026, 11, 28, 9, 30),
        due_at=datetime(2026, 11, 28, 17, 0),
        result_place="Bộ phận Một cửa",
    )
    t0 = time.perf_counter()
    for _ in range(count):
        render_receipt_pdf(data)
    ours = (time.perf_counter() - t0) / count * 1000
    t0 = time.perf_counter()
    for _ in range(count):
        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.setFont(regular, 12)
        c.drawString(72, 720, "Nguyễn Thị Ánh Tuyết")
        c.save()
    floor = (time.perf_counter() - t0) / count * 1000
    return [
        Figure(
            "receipt PDF",
            ours,
            floor,
            "ms per PDF",
            note=f"{1000 / ours:.0f} receipts/s; floor: one-line PDF, same TTF",
        )
    ]
