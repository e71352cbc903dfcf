"""The reference portal's HTTP API (``wire/openapi.yaml`` v1) as a FastAPI app.

Bodies are parsed by hand so every error has the spec's shape
(``{"error", "message", "message_en", "reasons"}``) rather than FastAPI's.
Database calls run on the event loop: SQLite work here is short, and keeping
it on one thread makes the portal's own ordering easy to reason about.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from portal._audit_heads import add_audit_routes
from portal._db import STATUS_LABELS, PortalDB, now_iso
from portal._faults import FaultInjector, FaultPlan
from portal._fleet_routes import add_fleet_routes
from portal._key import PortalKey, public_pem_of
from portal._payments import add_payment_routes, payment_of
from portal._problems import add_problem_handlers
from portal._replies import (
    authorised,
    bundled_catalog,
    check_application,
    error,
    json_body,
    reason,
    rejected,
    text_field,
    unauthorised,
)
from portal._results import add_result_routes
from portal._sms import SmsGateway, add_sms_sender
from portal._uploads import add_upload_routes
from wire import Accepted, PortalStatus

DATA_DIR_ENV = "KIOSK_PORTAL_DATA_DIR"
"""Where the portal keeps files (the SMS sink); default: the SQLite file's folder."""
SPEC_PATH = Path(__file__).resolve().parent.parent / "wire" / "openapi.yaml"


def _catalog_doc(db: PortalDB) -> tuple[str, bytes]:
    procedures = [
        {"code": code, "version": version, "definition": json.loads(text)}
        for code, version, text in db.catalog()
    ]
    body = json.dumps(
        {"count": len(procedures), "procedures": procedures},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"', body


def _reply(record: dict[str, Any], *, duplicate: bool) -> dict[str, Any]:
    return Accepted(
        official_code=record["official_code"],
        kiosk_application_id=record["kiosk_application_id"],
        status=record["status"],
        status_label=STATUS_LABELS[record["status"]],
        due_at=record["due_at"],
        received_at=record["received_at"],
        duplicate=duplicate,
    ).to_json()


def create_portal_app(
    db_path: Path | str,
    *,
    enroll_code: str | None = None,
    faults: FaultPlan | str | None = None,
    agency_id: str | None = None,
    require_sealed: bool = True,
    private_key_pem: bytes | None = None,
    payment_secret: bytes | None = None,
    sms_gateway: SmsGateway | None = None,
    sms: bool = True,
    result_signer: Any = None,
) -> Any:
    """The portal as an ASGI app (wrapped by the fault injector when faults are asked for).

    ``enroll_code`` is added as a one-time enrolment code. The portal's catalog is
    seeded from the bundled definitions when it is empty. With ``require_sealed``
    (the default) an application whose payload is in clear is refused: every
    enrolled kiosk has the portal key and seals. ``private_key_pem`` is the
    sealing key kept outside the portal DB (the kiosk's embedded portal keeps it
    wrapped by the kiosk's data key); without it the DB's own key pair is used.
    ``payment_secret`` is the HMAC key shared with the bank for payment
    notifications and ``sms_gateway`` where texts go (defaults from the
    environment: see portal/_payments.py and portal/_sms.py); ``sms`` False sends
    none (the kiosk's embedded stand-in portal texts nobody).
    ``result_signer`` (a ``ResultSigner``) signs electronic results; without it the
    DB's own test signer is made on first use.
    """
    db = PortalDB(db_path, agency_id=agency_id)
    if enroll_code:
        db.add_enroll_code(enroll_code)
    if not db.catalog():
        db.put_catalog(bundled_catalog())
    if private_key_pem is None:
        private_key_pem, public_pem = db.keypair()
    else:
        public_pem = public_pem_of(private_key_pem)
    portal_key = PortalKey(private_key_pem)
    app = FastAPI(title="Reference portal", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db = db
    add_problem_handlers(app)

    @app.get("/v1/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "time": now_iso(), "agency_id": db.agency_id}

    @app.get("/openapi.yaml")
    async def spec() -> Response:
        return Response(SPEC_PATH.read_bytes(), media_type="application/yaml")

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> Response:
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        reasons: list[dict[str, str]] = []
        code = text_field(body, "code", 200, reasons)
        device_id = text_field(body, "device_id", 100, reasons, required=False)
        name = text_field(body, "name", 200, reasons, required=False)
        if reasons or code is None:
            return rejected(reasons)
        enrolment = db.enrol(code, device_id, name)
        if enrolment is None:
            return error(
                403,
                "enrol_code_invalid",
                "Mã đăng ký không đúng hoặc đã dùng.",
                "The enrolment code is wrong or already used.",
            )
        return JSONResponse(
            {
                "kiosk_id": enrolment.kiosk_id,
                "token": enrolment.token,
                "public_key_pem": public_pem.decode(),
                "agency_id": db.agency_id,
            },
            status_code=201,
        )

    @app.post("/v1/applications")
    async def submit(request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        key = request.headers.get("idempotency-key", "")
        body = await json_body(request)
        if isinstance(body, Response):
            return body
        reasons: list[dict[str, str]] = []
        if not key or len(key) > 200:
            reasons.append(
                reason(
                    "Idempotency-Key",
                    "missing",
                    "Thiếu khoá chống trùng.",
                    "Idempotency-Key header missing.",
                )
            )
        app_id = text_field(body, "kiosk_application_id", 100, reasons)
        procedure = text_field(body, "procedure_code", 32, reasons)
        text_field(body, "definition_version", 50, reasons, required=False)
        if reasons or app_id is None or procedure is None:
            return rejected(reasons)
        existing, conflict = db.find_existing(kiosk_id, key, app_id)
        if existing is not None:
            return JSONResponse(_reply(existing, duplicate=True), status_code=200)
        if conflict:
            return error(
                409,
                "idempotency_conflict",
                "Khoá chống trùng đã dùng cho hồ sơ khác.",
                "The Idempotency-Key was used for another application.",
            )
        payload_text, sealed = check_application(
            db, kiosk_id, body, portal_key, reasons, require_sealed=require_sealed
        )
        if reasons or payload_text is None:
            return rejected(reasons)
        try:
            record, duplicate = db.store_application(
                kiosk_id, key, body, payload_text=payload_text, sealed=sealed
            )
        except ValueError:
            return error(
                409,
                "idempotency_conflict",
                "Khoá chống trùng đã dùng cho hồ sơ khác.",
                "The Idempotency-Key was used for another application.",
            )
        return JSONResponse(
            _reply(record, duplicate=duplicate), status_code=200 if duplicate else 201
        )

    @app.get("/v1/applications/{official_code}")
    async def status(official_code: str, request: Request) -> Response:
        kiosk_id = authorised(db, request)
        if kiosk_id is None:
            return unauthorised()
        record = db.application(kiosk_id, official_code)
        if record is None:
            return error(404, "not_found", "Không tìm thấy hồ sơ.", "No such application.")
        reply = PortalStatus(
            official_code=record["official_code"],
            kiosk_application_id=record["kiosk_application_id"],
            status=record["status"],
            status_label=STATUS_LABELS[record["status"]],
            due_at=record["due_at"],
            supplement_note=record["supplement_note"],
            e_result_available=bool(record["e_result"]),
            updated_at=record["updated_at"],
            **payment_of(db, record["official_code"]),
        )
        return JSONResponse(reply.to_json())

    add_upload_routes(app, db)
    add_audit_routes(app, db)
    add_payment_routes(app, db, portal_key, payment_secret)
    if sms:
        folder = os.environ.get(DATA_DIR_ENV) or (
            None if "://" in str(db_path) else Path(db_path).parent
        )
        add_sms_sender(app, db, portal_key, sms_gateway, Path(folder) if folder else None)
    add_result_routes(app, db, portal_key, result_signer)
    add_fleet_routes(app, db)

    @app.get("/v1/catalog")
    async def catalog(request: Request) -> Response:
        if authorised(db, request) is None:
            return unauthorised()
        etag, body = _catalog_doc(db)
        wanted = [t.strip() for t in request.headers.get("if-none-match", "").split(",")]
        if etag in wanted or "*" in wanted:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(body, media_type="application/json", headers={"ETag": etag})

    plan = FaultPlan.parse(faults) if isinstance(faults, str) or faults is None else faults
    if plan.active:
        return FaultInjector(app, plan)
    return app
