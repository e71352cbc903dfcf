"""A result as a PDF, signed by the portal in PAdES form (pyHanko).

The page names the application code, the procedure, the applicant, the
decision, the date and the issuing agency. The signature is PAdES baseline
(``ETSI.CAdES.detached``, SHA-256) over the whole file, with the signer's chain
embedded so a kiosk needs only the CA's certificate as its trust root.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import resources
from portal._results_ca import ResultSigner

_FONT, _BOLD = "PortalSans", "PortalSans-Bold"
_fonts_lock = threading.Lock()
_fonts_ready = False


@dataclass(frozen=True)
class ResultDocument:
    """What the result page says."""

    official_code: str
    procedure_code: str
    procedure_name: str
    applicants: tuple[str, ...]
    decision: str
    issued_on: date
    agency_name: str
    agency_id: str


def _fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if not _fonts_ready:
            pdfmetrics.registerFont(
                TTFont(_FONT, str(resources.path("fonts", resources.FONT_REGULAR)))
            )
            pdfmetrics.registerFont(
                TTFont(_BOLD, str(resources.path("fonts", resources.FONT_BOLD)))
            )
            _fonts_ready = True


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and pdfmetrics.stringWidth(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def render_result(doc: ResultDocument) -> bytes:
    """The unsigned one-page result PDF."""
    _fonts()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(f"Kết quả giải quyết hồ sơ {doc.official_code}")
    page.setAuthor(doc.agency_name)
    width, height = A4
    left, usable = 25 * mm, width - 50 * mm
    y = height - 30 * mm
    page.setFont(_BOLD, 12)
    page.drawCentredString(width / 2, y, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    y -= 6 * mm
    page.setFont(_FONT, 11)
    page.drawCentredString(width / 2, y, "Độc lập - Tự do - Hạnh phúc")
    y -= 16 * mm
    page.setFont(_BOLD, 15)
    page.drawCentredString(width / 2, y, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    y -= 14 * mm
    rows = [
        ("Mã hồ sơ", doc.official_code),
        ("Thủ tục", f"{doc.procedure_name} ({doc.procedure_code})"),
        ("Người nộp", ", ".join(doc.applicants) or "(không ghi)"),
        ("Cơ quan giải quyết", f"{doc.agency_name} (mã {doc.agency_id})"),
        ("Ngày ký", doc.issued_on.strftime("%d/%m/%Y")),
    ]
    for label, value in rows:
        page.setFont(_BOLD, 11)
        page.drawString(left, y, f"{label}:")
        page.setFont(_FONT, 11)
        for line in _wrap(value, _FONT, 11, usable - 45 * mm):
            page.drawString(left + 45 * mm, y, line)
            y -= 6 * mm
        y -= 2 * mm
    y -= 6 * mm
    page.setFont(_BOLD, 12)
    page.drawString(left, y, "Quyết định")
    y -= 7 * mm
    page.setFont(_FONT, 11)
    for line in _wrap(doc.decision, _FONT, 11, usable):
        page.drawString(left, y, line)
        y -= 6 * mm
    y -= 12 * mm
    page.setFont(_FONT, 9)
    for line in _wrap(
        "Văn bản điện tử này được ký số bởi cơ quan giải quyết. Bản in từ kiosk có giá trị"
        " tra cứu; chữ ký số được kiểm tra trên tệp điện tử.",
        _FONT,
        9,
        usable,
    ):
        page.drawString(left, y, line)
        y -= 5 * mm
    page.showPage()
    page.save()
    return out.getvalue()


def sign_result(pdf: bytes, signer: ResultSigner, *, reason: str, location: str) -> bytes:
    """``pdf`` signed by ``signer`` (PAdES baseline B, SHA-256, whole file covered).

    Synchronous: pyHanko runs its own event loop, so call it off the server's loop.
    """
    from asn1crypto import pem, x509
    from pyhanko.keys import load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def cert_of(data: bytes) -> x509.Certificate:
        _, _, der = pem.unarmor(data)
        return x509.Certificate.load(der)

    simple = signers.SimpleSigner(
        signing_cert=cert_of(signer.cert_pem),
        signing_key=load_private_key_from_pemder_data(signer.key_pem, passphrase=None),
        cert_registry=SimpleCertificateStore.from_certs([cert_of(c) for c in signer.chain_pems]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="KetQua",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, meta, signer=simple)
    return bytes(out.getvalue())
