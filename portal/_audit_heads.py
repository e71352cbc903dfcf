"""Each kiosk's audit head as the portal saw it: an anchor kept off the kiosk.

A kiosk reports its audit log's head (sequence number and hash) with each sync.
The portal keeps the latest and the highest it has seen; a head lower than the
highest (a log cut short, emptied, or a database rolled back) is counted as a
regression for the fleet page (issue 21) and answered with the highest, so the
kiosk's ``audit verify`` fails. The table (Alembic revision 0002) is separate
from the portal's other data on purpose: one small, self-contained addition.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from portal._conn import run
from portal._files import now_iso
from portal._replies import authorised, error, json_body, reason, rejected, unauthorised

_HASH = re.compile(r"^[0-9a-f]{64}$")


def record_audit_head(db: Any, kiosk_id: str, seq: int, digest: str) -> dict[str, Any]:
    """Store a reported head; return what the portal now holds for this kiosk."""
    with db.transaction() as conn:
        db._advisory_lock(conn, f"audit-head:{kiosk_id}")  # one report at a time per kiosk
        select = "SELECT * FROM audit_heads WHERE kiosk_id = ?" + db._lock_suffix()  # noqa: S608
        row = run(conn, select, (kiosk_id,)).fetchone()
        max_seq, max_hash, regressions = seq, digest, 0
        if row is not None:
            regressions = int(row["regressions"])
            if int(row["max_seq"]) > seq or (
                int(row["max_seq"]) == seq and row["max_hash"] != digest
            ):
                regressions += 1
            if int(row["max_seq"]) >= seq:
                max_seq, max_hash = int(row["max_seq"]), str(row["max_hash"])
        run(
            conn,
            "INSERT INTO audit_heads (kiosk_id, seq, hash, max_seq, max_hash, regressions,"
            " reported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id) DO UPDATE SET"
            " seq = excluded.seq, hash = excluded.hash, max_seq = excluded.max_seq,"
            " max_hash = excluded.max_hash, regressions = excluded.regressions,"
            " reported_at = excluded.reported_at",
            (kiosk_id, seq, digest, max_seq, max_hash, regressions, now_iso(db.clock)),
        )
    found = audit_head_of(db, kiosk_id)
    assert found is not None
    return found


def audit_head_of(db: Any, kiosk_id: str) -> dict[str, Any] | None:
    """What the portal holds for a kiosk's audit head, or ``None`` if it never reported."""
    rows = db._query("SELECT * FROM audit_heads WHERE kiosk_id = ?", (kiosk_id,))
    row = rows[0] if rows else None
    if row is None:
        return None
    return {
        "seq": int(row["seq"]),
        "hash": row["hash"],
        "max_seq": int(row["max_seq"]),
        "max_hash": row["max_hash"],
        "regressions": int(row["regressions"]),
        "reported_at": row["reported_at"],
    }


def add_audit_routes(app: Any, db: Any) -> None:
    """Register ``PUT``/``GET /v1/audit-head``."""

    @app.api_route("/v1/audit-head", methods=["GET", "PUT"])
    async def audit_head(request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        if request.method == "GET":
            held = audit_head_of(db, kiosk_id)
            if held is None:
                return error(404, "not_found", "Kiosk chưa gửi nhật ký.", "No head reported yet.")
            return JSONResponse(held)
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        seq, digest = body.get("seq"), body.get("hash")
        if (
            not isinstance(seq, int)
            or isinstance(seq, bool)
            or not 0 <= seq < 2**53
            or not isinstance(digest, str)
            or not _HASH.match(digest)
        ):
            return rejected(
                [
                    reason(
                        "seq",
                        "invalid",
                        "Đầu nhật ký kiểm toán không hợp lệ.",
                        "seq must be a non-negative integer and hash 64 lowercase hex digits.",
                    )
                ]
            )
        return JSONResponse(record_audit_head(db, kiosk_id, seq, digest))
