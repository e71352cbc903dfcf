"""Fee payments: the bank's notification of a VietQR transfer marks an application paid.

A resident pays by scanning the receipt's VietQR: the transfer's purpose is the
application's official code reduced to letters and digits (``kiosk.payments.
payment_reference``), the amount the fee the kiosk computed. The agency's bank
calls ``POST /v1/payments/notify`` for each credit to the agency's account, the
body signed with a shared secret (HMAC-SHA256 of the raw body, header
``X-Payment-Signature: sha256=<hex>``). The portal refuses a bad signature (401),
a reference naming no application or an amount that is not the fee (422), and
records each bank transaction once (idempotent by ``transaction_id``). The status
reply then carries ``paid``, ``paid_amount_vnd`` and ``paid_at``.

The expected fee travels inside the sealed application (``fee_amount_vnd``), so it
is read by opening the stored envelope with the portal key, like the SMS number.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from portal._conn import run
from portal._files import now_iso
from portal._key import PortalKey
from portal._payment_refs import official_code_for
from portal._replies import error, reason, rejected
from portal._requests import (
    JSON_TYPE,
    MAX_JSON_BYTES,
    BadRequestError,
    parse_json_object,
    problem_from,
    read_body,
    require_media_type,
)
from portal._sms import application_payload

__all__ = [
    "PAYMENT_SECRET_ENV",
    "SIGNATURE_HEADER",
    "add_payment_routes",
    "application_by_reference",
    "payment_of",
    "record_payment",
    "sign_notification",
]

_log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Payment-Signature"
PAYMENT_SECRET_ENV = "KIOSK_PORTAL_PAYMENT_SECRET"  # noqa: S105 (a variable name)
"""The shared secret with the bank, when not given to :func:`create_portal_app`."""
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def sign_notification(secret: bytes, body: bytes) -> str:
    """The signature header value for ``body``: ``sha256=<hex HMAC-SHA256>``."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(secret: bytes, body: bytes, given: str) -> bool:
    return hmac.compare_digest(sign_notification(secret, body), given.strip().lower())


def application_by_reference(db: Any, reference: str) -> dict[str, Any] | None:
    """The application a transfer's text names: its official code, as written or reduced.

    Banks keep letters and digits of a transfer text and may add their own words,
    so the code is looked for both as printed (``000.00.01.H26-261204-010001``) and
    as the VietQR reference (``0000001H26261204010001``), followed by no digit.
    """
    agency = db.agency_id
    upper = reference.upper()
    written = re.search(re.escape(agency.upper()) + r"-(\d{6})-(\d{6,})(?!\d)", upper)
    if written is None:
        plain = re.sub(r"[^0-9A-Z]", "", agency.upper())
        written = re.search(
            re.escape(plain) + r"(\d{6})(\d{6,})(?!\d)", re.sub(r"[^0-9A-Z]", "", upper)
        )
    if written is None:
        official = official_code_for(db, reference)  # a receipt printed before sync
        return db.application(None, official) if official else None
    found: dict[str, Any] | None = db.application(None, f"{agency}-{written[1]}-{written[2]}")
    return found


def payment_of(db: Any, official_code: str) -> dict[str, Any]:
    """The status reply's payment fields for an application (``paid`` False when none)."""
    rows = db._query(
        "SELECT amount_vnd, paid_at FROM payments WHERE official_code = ?"
        " ORDER BY received_at LIMIT 1",
        (official_code,),
    )
    if not rows:
        return {"paid": False, "paid_amount_vnd": None, "paid_at": None}
    return {"paid": True, "paid_amount_vnd": int(rows[0][0]), "paid_at": rows[0][1]}


def record_payment(
    db: Any, transaction_id: str, official_code: str, amount_vnd: int, reference: str, paid_at: str
) -> tuple[str, dict[str, Any] | None]:
    """Store one bank transaction against an application, once.

    Returns ("stored" | "duplicate" | "conflict" | "already_paid", the stored row).
    "conflict": the transaction id was seen with other facts; "already_paid": the
    application was paid by another transaction (the agency refunds it).
    """
    with db.transaction() as conn:
        db._advisory_lock(conn, f"payment:{official_code}")
        seen = run(
            conn, "SELECT * FROM payments WHERE transaction_id = ?", (transaction_id,)
        ).fetchone()
        if seen is not None:
            same = seen["official_code"] == official_code and int(seen["amount_vnd"]) == amount_vnd
            return ("duplicate" if same else "conflict"), dict(seen)
        select = "SELECT * FROM payments WHERE official_code = ?" + db._lock_suffix()  # noqa: S608
        other = run(conn, select, (official_code,)).fetchone()
        if other is not None:
            return "already_paid", dict(other)
        run(
            conn,
            "INSERT INTO payments (transaction_id, official_code, amount_vnd, reference,"
            " paid_at, received_at) VALUES (?, ?, ?, ?, ?, ?)",
            (transaction_id, official_code, amount_vnd, reference, paid_at, now_iso(db.clock)),
        )
        row = run(conn, "SELECT * FROM payments WHERE transaction_id = ?", (transaction_id,))
        return "stored", dict(row.fetchone())


def _fields(
    body: dict[str, Any], reasons: list[dict[str, str]]
) -> tuple[str, int, str, str | None]:
    txn, amount, reference = (
        body.get("transaction_id"),
        body.get("amount_vnd"),
        body.get("reference"),
    )
    paid_at = body.get("paid_at")
    if not isinstance(txn, str) or not 0 < len(txn) <= 100:
        reasons.append(
            reason("transaction_id", "invalid", "Thiếu mã giao dịch.", "transaction_id missing.")
        )
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount < 10**13:
        reasons.append(
            reason(
                "amount_vnd",
                "invalid",
                "Số tiền không hợp lệ.",
                "amount_vnd must be a positive integer.",
            )
        )
    if not isinstance(reference, str) or not 0 < len(reference) <= 500:
        reasons.append(
            reason("reference", "invalid", "Thiếu nội dung chuyển khoản.", "reference missing.")
        )
    if paid_at is not None and (not isinstance(paid_at, str) or not _STAMP.match(paid_at)):
        reasons.append(
            reason(
                "paid_at",
                "invalid",
                "Thời điểm thanh toán không hợp lệ.",
                "paid_at must be ISO 8601 with a zone.",
            )
        )
    return str(txn), amount if isinstance(amount, int) else 0, str(reference), paid_at


def add_payment_routes(app: Any, db: Any, key: PortalKey, secret: bytes | None = None) -> None:
    """Register ``POST /v1/payments/notify`` (the bank's callback; no kiosk token: a signature).

    ``secret`` is the HMAC key shared with the bank (default: ``$KIOSK_PORTAL_PAYMENT_SECRET``);
    without one every notification is refused (403), never accepted unsigned.
    """
    if secret is None:
        secret = os.environ.get(PAYMENT_SECRET_ENV, "").encode() or None

    @app.post("/v1/payments/notify")
    async def notify(request: Request) -> Response:
        if not secret:
            return error(
                403,
                "payments_not_configured",
                "Cổng chưa cấu hình nhận thanh toán.",
                "No payment secret is configured on this portal.",
            )
        try:
            require_media_type(request, JSON_TYPE)
            raw = await read_body(request, MAX_JSON_BYTES)
        except BadRequestError as exc:
            return problem_from(exc)
        if not _signature_ok(secret, raw, request.headers.get(SIGNATURE_HEADER, "")):
            _log.warning("payment notification refused: bad signature")
            return error(
                401,
                "signature_invalid",
                "Chữ ký thông báo thanh toán không đúng.",
                "The payment notification's signature is wrong.",
            )
        try:
            body = parse_json_object(raw)
        except BadRequestError as exc:
            return problem_from(exc)
        reasons: list[dict[str, str]] = []
        txn, amount, reference, paid_at = _fields(body, reasons)
        if reasons:
            return rejected(reasons)
        record = application_by_reference(db, reference)
        if record is None:
            return rejected(
                [
                    reason(
                        "reference",
                        "reference_unknown",
                        "Nội dung chuyển khoản không ghi mã hồ sơ nào.",
                        "The reference names no application.",
                    )
                ]
            )
        fee = application_payload(record, key).get("fee_amount_vnd")
        if isinstance(fee, bool) or not isinstance(fee, int) or fee != amount:
            return rejected(
                [
                    reason(
                        "amount_vnd",
                        "amount_mismatch",
                        "Số tiền không đúng lệ phí của hồ sơ.",
                        "The amount is not the application's fee.",
                    )
                ]
            )
        outcome, row = record_payment(
            db, txn, record["official_code"], amount, reference, paid_at or now_iso(db.clock)
        )
        if outcome == "conflict":
            return error(
                409,
                "transaction_conflict",
                "Mã giao dịch đã dùng cho khoản khác.",
                "This transaction id was notified with other facts.",
            )
        if outcome == "already_paid":
            return error(
                409,
                "already_paid",
                "Hồ sơ đã được thanh toán bằng giao dịch khác.",
                "The application was already paid by another transaction.",
            )
        assert row is not None
        _log.info("payment %s recorded (%s)", outcome, record["official_code"])
        return JSONResponse(
            {
                "official_code": record["official_code"],
                "transaction_id": txn,
                "amount_vnd": int(row["amount_vnd"]),
                "paid_at": row["paid_at"],
                "duplicate": outcome == "duplicate",
            },
            status_code=200 if outcome == "duplicate" else 201,
        )
