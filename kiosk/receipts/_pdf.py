"""Render the "giấy tiếp nhận hồ sơ và hẹn trả kết quả" as an A4 PDF with ReportLab.

The layout follows the paper form one-stop units hand out: agency and national
motto header, title, application code with a QR, filer, request, documents,
times, where to collect, and two signature blocks. Every piece of resident text
goes through :func:`_esc` because ReportLab paragraphs parse XML-like markup.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.receipts._data import LEVEL_LABELS, ReceiptData, format_vn_datetime, to_hanoi_time
from kiosk.receipts._facts import resident_facts
from kiosk.receipts._fee import fee_block
from kiosk.receipts._fonts import FONT_REGULAR, register_fonts
from kiosk.receipts._qr import qr_png
from kiosk.receipts._styles import GREY as _GREY
from kiosk.receipts._styles import LINE as _LINE
from kiosk.receipts._styles import WARN as _WARN
from kiosk.receipts._styles import WARN_BG as _WARN_BG
from kiosk.receipts._styles import Styles as _Styles
from kiosk.receipts._texts import PROVISIONAL_NOTE, SELF_SERVICE_NOTE, TITLE

__all__ = [
    "PROVISIONAL_NOTE",
    "SELF_SERVICE_NOTE",
    "TITLE",
    "render_receipt_pdf",
    "write_receipt_pdf",
]

_NATION = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_PLACE = "Hà Nội"
_NOT_GIVEN = "Không có"


_PAGE_W, _PAGE_H = A4
_MARGIN_L, _MARGIN_R, _MARGIN_T, _MARGIN_B = 22 * mm, 15 * mm, 12 * mm, 14 * mm
_BODY_W = _PAGE_W - _MARGIN_L - _MARGIN_R
_QR_SIDE = 26 * mm
_build_lock = threading.Lock()


def _esc(text: str) -> str:
    """Escape resident text for a ReportLab Paragraph (which parses &, < and >)."""
    return escape(text)


def render_receipt_pdf(data: ReceiptData) -> bytes:
    """Return the receipt as PDF bytes (A4 portrait, fonts embedded, normally one page).

    Raises:
        FileNotFoundError: the bundled fonts are missing (a broken install).
    """
    styles = _Styles(*register_fonts())
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN_L,
        rightMargin=_MARGIN_R,
        topMargin=_MARGIN_T,
        bottomMargin=_MARGIN_B,
        # The code only, never the resident's name: PDF metadata leaks into file
        # managers, print queues and search indexes.
        title=f"Giấy tiếp nhận hồ sơ {data.application_code}",
        author=data.agency_name,
        subject=TITLE,
        creator="commune-kiosk",
        invariant=True,
        # Otherwise every page starts in Helvetica, a WinAnsi font with no Vietnamese.
        initialFontName=styles.regular,
    )
    footer = f"Mã hồ sơ: {data.application_code}"

    def _on_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(styles.regular, 8)
        canvas.setFillColor(_GREY)
        y = _MARGIN_B - 7 * mm
        canvas.drawString(_MARGIN_L, y, footer)
        canvas.drawRightString(_PAGE_W - _MARGIN_R, y, f"Trang {document.page}")
        canvas.restoreState()

    # A frame without padding, so tables sized to _BODY_W line up with paragraphs.
    frame = Frame(
        _MARGIN_L,
        _MARGIN_B,
        _BODY_W,
        _PAGE_H - _MARGIN_T - _MARGIN_B,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame], onPage=_on_page)])
    # ReportLab keeps per-font subsetting state in shared objects and is not
    # documented as thread-safe; a receipt takes ~20 ms, so serialise the builds.
    with _build_lock:
        doc.build(_story(data, styles))
    return buffer.getvalue()


def write_receipt_pdf(data: ReceiptData, path: str | Path) -> Path:
    """Render the receipt and write it to ``path`` atomically; return the path.

    Writes a sibling temporary file first and renames it, so a printer spooler or
    viewer never opens a half-written PDF.
    """
    target = Path(path)
    pdf = render_receipt_pdf(data)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(target)
    return target


def _story(data: ReceiptData, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [_header(data, st), Spacer(1, 4 * mm)]
    story.append(Paragraph(TITLE, st.title))
    story.append(Spacer(1, 3 * mm))
    story.append(_code_block(data, st))
    story.append(Spacer(1, 3 * mm))
    story.extend(_filer_block(data, st))
    story.append(Spacer(1, 3 * mm))
    story.extend(_documents_block(data, st))
    story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether(_times_block(data, st)))
    fee = fee_block(data, st, _BODY_W)
    if fee:
        story.append(Spacer(1, 3 * mm))
        story.extend(fee)
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_signatures(data, st)]))
    story.append(Spacer(1, 3 * mm))
    story.extend(_notes(data, st))
    return story


def _header(data: ReceiptData, st: _Styles) -> Table:
    received = to_hanoi_time(data.received_at)
    left = [
        Paragraph(_esc(data.agency_name.upper()), st.head),
        Paragraph(_esc(data.one_stop_unit.upper()), st.head_bold),
        HRFlowable(width="35%", thickness=0.7, color=_LINE, spaceBefore=2.5, hAlign="CENTER"),
    ]
    right = [
        Paragraph(_NATION, st.head_bold),
        Paragraph(_MOTTO, ParagraphStyle("motto", parent=st.head_bold, fontSize=11.5)),
        HRFlowable(width="52%", thickness=0.7, color=_LINE, spaceBefore=2.5, hAlign="CENTER"),
        Spacer(1, 3 * mm),
        Paragraph(
            f"{_PLACE}, ngày {received:%d} tháng {received:%m} năm {received:%Y}",
            ParagraphStyle("date", parent=st.head, textColor=_GREY),
        ),
    ]
    table = Table([[left, right]], colWidths=[_BODY_W * 0.42, _BODY_W * 0.58])
    table.setStyle(_plain_cells())
    table.setStyle(_table_style([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return table


def _code_block(data: ReceiptData, st: _Styles) -> Table:
    label = "Mã hồ sơ" if data.code_is_official else "Mã hồ sơ (tạm thời)"
    text: list[Flowable] = [
        Paragraph(f"{label}:", st.body),
        Paragraph(_esc(data.application_code), st.code),
        Spacer(1, 2 * mm),
    ]
    if data.code_is_official:
        text.append(Paragraph("Hồ sơ đã được tiếp nhận trên Cổng dịch vụ công.", st.small))
    else:
        note = Table(
            [[Paragraph(PROVISIONAL_NOTE, st.warn)]], colWidths=[_BODY_W - _QR_SIDE - 8 * mm]
        )
        note.setStyle(
            _table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.6, _WARN),
                    ("BACKGROUND", (0, 0), (-1, -1), _WARN_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ]
            )
        )
        text.append(note)
    qr = Image(io.BytesIO(qr_png(data.application_code)), width=_QR_SIDE, height=_QR_SIDE)
    qr_cell = [qr, Paragraph("Quét để tra cứu", st.hint)]
    table = Table([[text, qr_cell]], colWidths=[_BODY_W - _QR_SIDE - 4 * mm, _QR_SIDE + 4 * mm])
    table.setStyle(_plain_cells(valign="MIDDLE"))
    return table


def _filer_block(data: ReceiptData, st: _Styles) -> list[Flowable]:
    intro = Paragraph(
        f"{_esc(data.one_stop_unit)}, {_esc(data.agency_name)} tiếp nhận hồ sơ của:", st.body
    )
    request = _esc(data.request)
    if data.procedure_code:
        request += f" (mã thủ tục {_esc(data.procedure_code)})"
    rows = [
        ("Ông/Bà", f"<b>{_esc(data.filer_name)}</b>"),
        ("Địa chỉ", _esc(data.filer_address) or _NOT_GIVEN),
        ("Số điện thoại", _esc(data.filer_phone) or _NOT_GIVEN),
        ("Thư điện tử", _esc(data.filer_email) if data.filer_email else _NOT_GIVEN),
        ("Nội dung yêu cầu", request),
        ("Hình thức", LEVEL_LABELS[data.level]),
    ]
    return [intro, Spacer(1, 1.5 * mm), _label_table(rows, st)]


def _documents_block(data: ReceiptData, st: _Styles) -> list[Flowable]:
    """What was taken in: files attached and papers handed over, per document; nothing else."""
    out: list[Flowable] = [Paragraph("<b>1. Thành phần hồ sơ đã nhận:</b>", st.body)]
    rows: list[list[Flowable]] = [
        [
            Paragraph("STT", st.cell_bold),
            Paragraph("Tên giấy tờ", st.cell_bold),
            Paragraph("Tệp đính kèm", st.cell_bold),
            Paragraph("Bản giấy", st.cell_bold),
        ]
    ]
    received = data.received_documents()
    for index, (name, files, papers) in enumerate(received, start=1):
        rows.append(
            [
                Paragraph(str(index), st.cell_center),
                Paragraph(_esc(name), st.cell),
                Paragraph(f"{files:02d}" if files else "-", st.cell_center),
                Paragraph(f"{papers:02d}" if papers else "-", st.cell_center),
            ]
        )
    if not received:
        rows.append(
            [
                Paragraph("", st.cell),
                Paragraph("Không có giấy tờ kèm theo", st.cell),
                Paragraph("", st.cell),
                Paragraph("", st.cell),
            ]
        )
    count_w = 24 * mm
    table = Table(
        rows, colWidths=[12 * mm, _BODY_W - 12 * mm - 2 * count_w, count_w, count_w], repeatRows=1
    )
    table.setStyle(
        _table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, _LINE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    out += [Spacer(1, 1.5 * mm), table, Spacer(1, 2 * mm)]
    files = sum(f for _, f, _ in received)
    papers = sum(p for _, _, p in received)
    out.append(
        Paragraph(
            f"<b>2. Số lượng giấy tờ:</b> {files:02d} tệp đính kèm, {papers:02d} bản giấy "
            f"({len(received):02d} loại giấy tờ)",
            st.body,
        )
    )
    return out


def _times_block(data: ReceiptData, st: _Styles) -> list[Flowable]:
    facts = resident_facts(data)
    lines = [
        ("3. Thời gian giải quyết theo quy định:", _esc(data.processing_time) or _NOT_GIVEN),
        ("4. Thời gian nhận hồ sơ:", format_vn_datetime(data.received_at)),
        ("5. Thời gian hẹn trả kết quả:", facts.due),
        ("6. Nơi nhận kết quả:", _esc(data.result_place) or _NOT_GIVEN),
        ("7. Lệ phí:", _esc(facts.fee)),
    ]
    return [Paragraph(f"<b>{label}</b> {value}", st.body) for label, value in lines]


def _signatures(data: ReceiptData, st: _Styles) -> Table:
    filer = [
        Paragraph("NGƯỜI NỘP HỒ SƠ", st.center_bold),
        Paragraph("(Ký và ghi rõ họ tên)", st.hint),
        Spacer(1, 14 * mm),
        Paragraph(_esc(data.filer_name), st.center_bold),
    ]
    if data.staff_name is not None:
        receiver = [
            Paragraph("NGƯỜI TIẾP NHẬN HỒ SƠ", st.center_bold),
            Paragraph(_esc(data.agency_name), st.center),
            Paragraph("(Ký và ghi rõ họ tên)", st.hint),
            Spacer(1, 14 * mm),
            Paragraph(_esc(data.staff_name), st.center_bold),
        ]
    else:
        receiver = [
            Paragraph("NGƯỜI TIẾP NHẬN HỒ SƠ", st.center_bold),
            Spacer(1, 6 * mm),
            Paragraph(SELF_SERVICE_NOTE, st.center),
            Paragraph("(không có chữ ký người tiếp nhận)", st.hint),
        ]
    table = Table([[filer, receiver]], colWidths=[_BODY_W / 2, _BODY_W / 2])
    table.setStyle(_plain_cells())
    return table


def _notes(data: ReceiptData, st: _Styles) -> list[Flowable]:
    lines = [
        *(_esc(step) for step in resident_facts(data).next_steps),
        "Quét mã QR tại kiosk hoặc nhập mã hồ sơ để tra cứu tình trạng hồ sơ.",
    ]
    if data.lookup_url:
        lines.append(f"Tra cứu trực tuyến: {_esc(data.lookup_url)}")
    out: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.4, color=_GREY, spaceAfter=1.5 * mm),
        Paragraph("<b>Các bước tiếp theo và ghi chú:</b>", st.small),
    ]
    out.extend(Paragraph(f"- {line}", st.small) for line in lines)
    return out


def _label_table(rows: Sequence[tuple[str, str]], st: _Styles) -> Table:
    data = [[Paragraph(f"{label}:", st.body), Paragraph(value, st.body)] for label, value in rows]
    table = Table(data, colWidths=[38 * mm, _BODY_W - 38 * mm])
    table.setStyle(_plain_cells(padding=0.6 * mm))
    return table


def _plain_cells(valign: str = "TOP", padding: float = 0) -> TableStyle:
    return _table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ]
    )


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cell font is the bundled TTF.

    Table cells default to Helvetica, which ends up in the PDF even when every
    cell holds a Paragraph; a reader that falls back to it prints boxes.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT_REGULAR), *commands])
