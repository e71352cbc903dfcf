"""Electronic results at the kiosk: check the portal's signature, record the hand-over.

A result is shown or printed only after :func:`validate_result` has found one
PAdES signature that covers the whole file, is intact, and chains to the
configured trust root (``[results] trust_root``). Validation is offline: no
certificate or revocation fetching (the kiosk makes no network calls of its
own), so revocation is not checked here; the portal stops serving a revoked
result. Hand-overs and refusals go to the audit log with codes and blind
indexes only, never a resident's name or number.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "REFUSED_MESSAGE",
    "ResultCheck",
    "ResultRefusedError",
    "TrustRootError",
    "load_trust_root",
    "record_handover",
    "record_refusal",
    "validate_result",
]

_log = logging.getLogger(__name__)

REFUSED_MESSAGE = (
    "Kết quả nhận được không có chữ ký số hợp lệ nên máy không in. "
    "Xin bạn mang giấy biên nhận đến Bộ phận Một cửa để nhận kết quả; "
    "cán bộ đã được báo."
)
"""What a resident reads when a result fails its check (the staff alert says more)."""


class TrustRootError(Exception):
    """The configured trust root is missing or is not a certificate (a set-up fault)."""


class ResultRefusedError(Exception):
    """A result that must not be shown or printed; ``reason`` is for logs and staff."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ResultCheck:
    """A result that passed: who signed it and when (as the signature says)."""

    signer: str
    signed_at: datetime | None
    sha256: str


def load_trust_root(path: Path | str) -> list[Any]:
    """The CA certificates in a PEM (or DER) file, as pyHanko wants them.

    Raises:
        TrustRootError: no such file, or no certificate in it.
    """
    from asn1crypto import pem, x509

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TrustRootError(f"trust root {path} cannot be read: {exc.strerror}") from exc
    try:
        if pem.detect(data):
            certs = [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
        else:
            certs = [x509.Certificate.load(data)]
        for cert in certs:
            _ = cert.subject  # parse now: a damaged file fails here, not at a resident's turn
    except (ValueError, TypeError) as exc:
        raise TrustRootError(f"trust root {path} holds no certificate") from exc
    if not certs:
        raise TrustRootError(f"trust root {path} holds no certificate")
    return certs


def validate_result(pdf: bytes, trust_roots: list[Any], *, moment: datetime) -> ResultCheck:
    """Check a result's PAdES signature against ``trust_roots`` at ``moment``.

    Raises:
        ResultRefusedError: not a PDF, not signed, more than one signature, altered,
            not covering the whole file, or not chaining to the trust root.
    """
    import hashlib

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = reader.embedded_signatures
    except Exception as exc:  # fail closed: whatever breaks the parser refuses the file
        raise ResultRefusedError(f"not a readable PDF ({type(exc).__name__})") from exc
    if len(signatures) != 1:
        raise ResultRefusedError(f"expected one signature, found {len(signatures)}")
    context = ValidationContext(
        trust_roots=trust_roots, allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )
    try:
        status = validate_pdf_signature(signatures[0], context)
    except Exception as exc:  # fail closed, as above
        raise ResultRefusedError(f"signature cannot be checked ({type(exc).__name__})") from exc
    if not status.intact or not status.valid:
        raise ResultRefusedError("signature does not match the document (altered)")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise ResultRefusedError(f"signature does not cover the whole file ({status.coverage})")
    if not status.trusted:
        raise ResultRefusedError("signer does not chain to the configured trust root")
    subject = status.signing_cert.subject.native if status.signing_cert else {}
    signer = str(subject.get("organization_name") or subject.get("common_name") or "")
    return ResultCheck(
        signer=signer,
        signed_at=status.signer_reported_dt,
        sha256=hashlib.sha256(pdf).hexdigest(),
    )


class _AuditLog(Protocol):
    def audit(
        self,
        actor: str,
        action: str,
        subject: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> int: ...


def record_handover(
    store: _AuditLog,
    *,
    official_code: str,
    kiosk_id: str,
    check: ResultCheck,
    applicant_index: str | None = None,
    staff_id: str | None = None,
    document: dict[str, str] | None = None,
) -> int:
    """Audit that a checked result was handed over; return the audit event's number.

    Who is the applicant's blind index (a resident who scanned their card) or the
    staff id with the document staff checked (type and last 4 characters only).
    The audit event's own time stamp is when.

    Raises:
        ValueError: neither an applicant index nor a staff id with a document.
    """
    if applicant_index is None and (staff_id is None or document is None):
        raise ValueError("a hand-over needs the applicant's index or staff and a document")
    detail: dict[str, Any] = {"kiosk_id": kiosk_id, "result_sha256": check.sha256}
    if applicant_index is not None:
        detail["applicant_index"] = applicant_index
        actor = "resident"
    else:
        assert document is not None and staff_id is not None
        detail["document"] = {"type": document["type"], "last4": document["last4"][-4:]}
        actor = staff_id
    return store.audit(actor, "result.handed_over", official_code, detail)


def record_refusal(
    store: _AuditLog,
    *,
    official_code: str,
    kiosk_id: str,
    reason: str,
    alert: Callable[[str], None] | None = None,
) -> int:
    """Audit a result refused by its check and tell staff; return the event's number."""
    _log.warning("result %s refused: %s", official_code, reason)
    seq = store.audit(
        "kiosk", "result.refused", official_code, {"kiosk_id": kiosk_id, "reason": reason}
    )
    if alert is not None:
        alert(
            f"Kết quả điện tử của hồ sơ {official_code} bị từ chối vì chữ ký số không hợp lệ"
            f" ({reason}). Hãy báo cổng dịch vụ công và trả kết quả giấy tại quầy."
        )
    return seq
