"""Signed electronic results: issued when an application is ready, served to its applicant.

An application at status 9 ("Đã xử lý xong") has a result. The first kiosk to
ask for it makes the portal issue it: the sealed application is opened with the
portal key, the page is rendered and signed (PAdES, ``portal._results_pdf``)
and stored with the blind indexes of the applicants' ID numbers, so the same
signed bytes are served from then on. A kiosk gets the PDF only with proof of
the applicant: the blind index of the card it scanned (``wire.applicant_index``
with the key from ``GET /v1/results/index-key``), or a staff member's id and the
document staff checked. Tables: Alembic revision ``0003_results``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from portal._conn import run
from portal._files import now_iso
from portal._key import PortalKey
from portal._replies import authorised, error, json_body, reason, rejected, unauthorised
from portal._results_ca import ResultSigner
from portal._results_pdf import ResultDocument, render_result, sign_result
from wire import (
    INDEX_PATTERN,
    applicant_id_numbers,
    applicant_index,
    applicant_names,
    checked_document,
)

READY_STATUSES = (9, 10)
HANDED_OVER = 10
MAX_REFUSED_PROOFS = 5
DEFAULT_DECISION = "Hồ sơ đã được giải quyết theo đề nghị của người nộp."
DEFAULT_AGENCY_NAME = "Cơ quan giải quyết thủ tục hành chính (cổng tham chiếu)"


def applicant_index_key(db: Any) -> bytes:
    """The portal's applicant index key (32 random bytes), made on first use."""
    stored = db.meta("applicant_index_key")
    if stored is None:
        with db.transaction() as conn:
            run(
                conn,
                "INSERT INTO meta (key, value) VALUES ('applicant_index_key', ?)"
                " ON CONFLICT (key) DO NOTHING",
                (base64.b64encode(secrets.token_bytes(32)).decode(),),
            )
        stored = db.meta("applicant_index_key")
    return base64.b64decode(stored)


def mark_result_ready(db: Any, official_code: str, *, decision: str | None = None) -> bool:
    """Admin verb: move an application to status 9 with its e-result and the decision to print.

    The decision of a result already issued is not changed (its PDF is signed).
    Returns False when there is no such application.
    """
    if not db.set_status(official_code, 9, e_result=True):
        return False
    with db.transaction() as conn:
        run(
            conn,
            "INSERT INTO results (official_code, decision, ready_at) VALUES (?, ?, ?)"
            " ON CONFLICT (official_code) DO UPDATE SET decision = excluded.decision"
            " WHERE results.pdf IS NULL",
            (official_code, decision or DEFAULT_DECISION, now_iso(db.clock)),
        )
    return True


def _answers(record: dict[str, Any], portal_key: PortalKey) -> dict[str, Any]:
    stored = json.loads(record["payload"])
    if record["sealed"]:
        stored = portal_key.open_json(stored, aad=record["kiosk_application_id"])
    answers = stored.get("answers") if isinstance(stored, dict) else None
    return answers if isinstance(answers, dict) else {}


def _procedure_name(db: Any, code: str) -> str:
    for proc, _version, text in reversed(db.catalog()):
        if proc == code:
            name = json.loads(text).get("name")
            if isinstance(name, str) and name:
                return name
    return code


def issue_result(
    db: Any, portal_key: PortalKey, signer: ResultSigner, official_code: str
) -> dict[str, Any] | None:
    """The application's result (issued and signed now if it has none); ``None`` if not ready.

    Synchronous and slow (signing): run it off the event loop.
    """
    record = db.application(None, official_code)
    if record is None or record["status"] not in READY_STATUSES:
        return None
    held = _result_row(db, official_code)
    if held is not None and held["pdf"] is not None:
        return held
    answers = _answers(record, portal_key)
    key = applicant_index_key(db)
    indexes = [applicant_index(key, n) for n in applicant_id_numbers(answers)]
    decision = held["decision"] if held is not None else DEFAULT_DECISION
    agency = db.meta("agency_name") or DEFAULT_AGENCY_NAME
    doc = ResultDocument(
        official_code=official_code,
        procedure_code=record["procedure_code"],
        procedure_name=_procedure_name(db, record["procedure_code"]),
        applicants=tuple(applicant_names(answers)),
        decision=decision,
        issued_on=db.clock.now_local().date(),
        agency_name=agency,
        agency_id=db.agency_id,
    )
    pdf = sign_result(
        render_result(doc), signer, reason=f"Kết quả hồ sơ {official_code}", location=agency
    )
    now = now_iso(db.clock)
    with db.transaction() as conn:
        # Two kiosks asking at once: the first signed copy stored is the one served.
        run(
            conn,
            "INSERT INTO results (official_code, decision, applicant_index, pdf, sha256,"
            " ready_at, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (official_code)"
            " DO UPDATE SET applicant_index = excluded.applicant_index, pdf = excluded.pdf,"
            " sha256 = excluded.sha256, issued_at = excluded.issued_at WHERE results.pdf IS NULL",
            (
                official_code,
                decision,
                json.dumps(indexes),
                pdf,
                hashlib.sha256(pdf).hexdigest(),
                now,
                now,
            ),
        )
    return _result_row(db, official_code)


def _result_row(db: Any, official_code: str) -> dict[str, Any] | None:
    rows = db._query("SELECT * FROM results WHERE official_code = ?", (official_code,))
    if not rows:
        return None
    row = dict(rows[0])
    if row["pdf"] is not None:
        row["pdf"] = bytes(row["pdf"])
    return row


def _count_refused(db: Any, official_code: str) -> None:
    with db.transaction() as conn:
        run(
            conn,
            "UPDATE results SET refused_proofs = refused_proofs + 1 WHERE official_code = ?",
            (official_code,),
        )


def record_handover(
    db: Any,
    official_code: str,
    kiosk_id: str,
    sha256: str,
    *,
    staff_id: str | None,
    document: dict[str, str] | None,
) -> bool:
    """Record that a kiosk handed a result over and mark the application 10 ("Đã trả kết quả")."""
    held = _result_row(db, official_code)
    if held is None or held["sha256"] is None or not hmac.compare_digest(held["sha256"], sha256):
        return False
    with db.transaction() as conn:
        run(
            conn,
            "INSERT INTO result_handovers (official_code, kiosk_id, staff_id, document_type,"
            " document_last4, result_sha256, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                official_code,
                kiosk_id,
                staff_id,
                (document or {}).get("type"),
                (document or {}).get("last4"),
                sha256,
                now_iso(db.clock),
            ),
        )
    db.set_status(official_code, HANDED_OVER, e_result=True)
    return True


def handovers_of(db: Any, official_code: str) -> list[dict[str, Any]]:
    """The recorded hand-overs of a result, oldest first."""
    rows = db._query(
        "SELECT * FROM result_handovers WHERE official_code = ? ORDER BY id", (official_code,)
    )
    return [dict(r) for r in rows]


def _proof(body: dict[str, Any]) -> tuple[str | None, str | None, dict[str, str] | None, str]:
    """(applicant index, staff id, checked document, problem) from a request body."""
    index = body.get("applicant_index")
    if index is not None:
        if not isinstance(index, str) or not INDEX_PATTERN.match(index):
            return None, None, None, "applicant_index must be 64 lowercase hex digits"
        return index, None, None, ""
    staff_id, doc = body.get("staff_id"), body.get("document")
    if not isinstance(staff_id, str) or not staff_id.strip() or len(staff_id) > 100:
        return None, None, None, "applicant_index, or staff_id with document, is required"
    if not isinstance(doc, dict):
        return None, None, None, "document (type, last4) is required with staff_id"
    try:
        checked = checked_document(str(doc.get("type", "")), str(doc.get("last4", "")))
    except ValueError as exc:
        return None, None, None, str(exc)
    if len(str(doc.get("last4", ""))) > 4:
        return None, None, None, "document.last4 holds at most 4 characters"
    return None, staff_id.strip(), checked, ""


def add_result_routes(
    app: Any, db: Any, portal_key: PortalKey, signer: ResultSigner | None = None
) -> None:
    """Register the index-key route and ``POST /v1/applications/{code}/result[/handover]``.

    Without ``signer`` the portal DB's own test signer is used (``dev_result_signer``).
    """
    from portal._results_ca import dev_result_signer

    signing = signer or dev_result_signer(db)

    @app.get("/v1/results/index-key")
    async def index_key(request: Request) -> Response:
        if authorised(db, request) is None:
            return unauthorised()
        key = applicant_index_key(db)
        return JSONResponse({"key": base64.b64encode(key).decode(), "version": 1})

    @app.post("/v1/applications/{official_code}/result")
    async def result(official_code: str, request: Request) -> Response:
        if authorised(db, request) is None:
            return unauthorised()
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        index, _staff, _doc, problem = _proof(body)
        if problem:
            return rejected(
                [reason("applicant_index", "invalid", "Thiếu bằng chứng người nhận.", problem)]
            )
        if db.application(None, official_code) is None:
            return error(404, "not_found", "Không tìm thấy hồ sơ.", "No such application.")
        held = await asyncio.to_thread(issue_result, db, portal_key, signing, official_code)
        if held is None:
            return error(
                409, "result_not_ready", "Hồ sơ chưa có kết quả.", "The result is not ready yet."
            )
        if index is not None:
            if held["refused_proofs"] >= MAX_REFUSED_PROOFS:
                return error(
                    403,
                    "proof_locked",
                    "Đã thử sai nhiều lần. Xin mời đến quầy để cán bộ trả kết quả.",
                    "Too many wrong cards for this result; staff must hand it over.",
                )
            known = json.loads(held["applicant_index"] or "[]")
            if not any(hmac.compare_digest(index, k) for k in known):
                _count_refused(db, official_code)
                return error(
                    403,
                    "applicant_mismatch",
                    "Thẻ căn cước không phải của người nộp hồ sơ này.",
                    "The card scanned is not the applicant's.",
                )
        return Response(
            held["pdf"],
            media_type="application/pdf",
            headers={"X-Result-Sha256": held["sha256"], "Cache-Control": "no-store"},
        )

    @app.post("/v1/applications/{official_code}/result/handover")
    async def handover(official_code: str, request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        sha = body.get("result_sha256")
        _index, staff_id, doc, problem = _proof(body)
        if problem or not isinstance(sha, str):
            return rejected(
                [
                    reason(
                        "result_sha256",
                        "invalid",
                        "Thiếu thông tin trả kết quả.",
                        problem or "result_sha256 is required",
                    )
                ]
            )
        if not record_handover(db, official_code, kiosk_id, sha, staff_id=staff_id, document=doc):
            return error(404, "not_found", "Không có kết quả này.", "No such issued result.")
        return JSONResponse(
            {"official_code": official_code, "status": HANDED_OVER}, status_code=200
        )
