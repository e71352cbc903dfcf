"""Applications: submitted drafts, their receipt data, consent records and portal status."""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.clock import store_stamp
from kiosk.store._base import StoreBase


@dataclass(frozen=True)
class AttachmentInput:
    """An attachment to store with an application: bytes already checked by the caller."""

    kind: str
    mime: str
    content: bytes
    id: str | None = None  # set by the caller when the content is sealed to this id


def consent_text_hash(text: str) -> str:
    """SHA-256 of a consent wording (NFC), as kept in a consent record."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode()).hexdigest()


@dataclass(frozen=True)
class ConsentInput:
    """One purpose the resident explicitly agreed to (or declined)."""

    purpose: str
    text_version: str
    text: str
    accepted: bool
    language: str = "vi"  # the language of ``text``, the wording actually shown


@dataclass(frozen=True)
class ApplicationRecord:
    """An application as stored, without its (encrypted) payload."""

    id: str
    provisional_code: str
    official_code: str | None
    procedure_code: str
    definition_version: str
    level: str
    mode: str
    staff_id: str | None
    state: str
    portal_status: int | None
    due_at: str | None
    supplement_note: str | None
    e_result: bool
    correction: str | None
    submitted_at: str
    delivered_at: str | None
    receipt: dict[str, Any] = field(default_factory=dict)
    paid_amount_vnd: int | None = None
    paid_at: str | None = None
    """The fee's payment as the portal reported it (None: not paid, or no fee)."""

    @property
    def code(self) -> str:
        """The code to show: the portal's official one once delivered, else the provisional one."""
        return self.official_code or self.provisional_code


class ApplicationsMixin(StoreBase):
    """Application verbs."""

    def submit_application(
        self,
        *,
        draft_id: str | None,
        procedure_code: str,
        definition_version: str,
        level: str,
        mode: str,
        staff_id: str | None,
        payload: dict[str, Any],
        receipt: dict[str, Any],
        code_prefix: str,
        attachments: list[AttachmentInput] = (),  # type: ignore[assignment]
        consents: list[ConsentInput] = (),  # type: ignore[assignment]
        actor: str = "resident",
        app_id: str | None = None,
        received_at: datetime | None = None,
    ) -> ApplicationRecord:
        """Store an application and its outbox row in one transaction.

        Also records consents, stores attachments, closes the draft and writes an
        audit entry. The provisional code is ``<prefix>-YYMMDD-NNNN`` with a
        per-day sequence; it is unique on this kiosk and marked provisional until
        the portal's official code arrives. ``app_id`` (and ``AttachmentInput.id``)
        may be chosen by the caller when the payload was sealed bound to them.
        ``received_at`` (default: the store's clock) dates both ``submitted_at`` and the
        code, whose YYMMDD is the *local* date: the same date the receipt prints.
        """
        app_id = app_id or str(uuid.uuid4())
        moment = received_at or self.clock.now_utc()
        now = store_stamp(moment)
        day = self.clock.local_date(moment).strftime("%y%m%d")
        with self.transaction() as conn:
            stem = f"{code_prefix}-{day}-"
            row = conn.execute(
                "SELECT COUNT(*) FROM applications WHERE provisional_code LIKE ?", (stem + "%",)
            ).fetchone()
            provisional = f"{stem}{int(row[0]) + 1:04d}"
            receipt = {**receipt, "provisional_code": provisional, "application_id": app_id}
            conn.execute(
                "INSERT INTO applications (id, draft_id, provisional_code, procedure_code,"
                " definition_version, level, mode, staff_id, payload, receipt,"
                " submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    app_id,
                    draft_id,
                    provisional,
                    procedure_code,
                    definition_version,
                    level,
                    mode,
                    staff_id,
                    self.encrypt_json(payload, f"applications:{app_id}"),
                    self.encrypt_json(receipt, f"receipts:{app_id}"),
                    now,
                    now,
                ),
            )
            conn.execute(
                "INSERT INTO outbox (application_id, idempotency_key, next_attempt_at,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (app_id, str(uuid.uuid4()), now, now, now),
            )
            for att in attachments:
                att_id = att.id or str(uuid.uuid4())
                conn.execute(
                    "INSERT INTO attachments (id, application_id, kind, mime, size, sha256,"
                    " content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        att_id,
                        app_id,
                        att.kind,
                        att.mime,
                        len(att.content),
                        hashlib.sha256(att.content).hexdigest(),
                        self.cipher.encrypt(att.content, f"attachments:{att_id}"),
                        now,
                    ),
                )
            for consent in consents:
                conn.execute(
                    "INSERT INTO consents (draft_id, application_id, purpose, text_version,"
                    " text_sha256, accepted, recorded_at, language, event, actor)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'given', ?)",
                    (
                        draft_id,
                        app_id,
                        consent.purpose,
                        consent.text_version,
                        consent_text_hash(consent.text),
                        int(consent.accepted),
                        now,
                        consent.language,
                        actor,
                    ),
                )
            if draft_id is not None:
                # The answers now live in the application; keep no second copy in the draft.
                conn.execute(
                    "UPDATE drafts SET state = 'submitted', payload = ?, updated_at = ?"
                    " WHERE id = ?",
                    (self.encrypt_json({}, f"drafts:{draft_id}"), now, draft_id),
                )
            self.audit(actor, "application.submitted", app_id, {"procedure": procedure_code})
        return self.get_application(app_id)

    def get_application(self, app_id: str) -> ApplicationRecord:
        """Read an application with its decrypted receipt data.

        Raises:
            LookupError: no application has this id.
        """
        rows = self.query("SELECT * FROM applications WHERE id = ?", (app_id,))
        if not rows:
            raise LookupError(f"no application {app_id}")
        return self._application(rows[0])

    def find_application(self, code: str) -> ApplicationRecord | None:
        """Find an application by its provisional or official code (what a receipt QR holds)."""
        code = code.strip().upper()
        rows = self.query(
            "SELECT * FROM applications WHERE official_code = ? OR provisional_code = ?",
            (code, code),
        )
        return self._application(rows[0]) if rows else None

    def list_applications(
        self, *, state: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[ApplicationRecord]:
        """Applications, newest first, optionally only in one local state."""
        where, params = ("WHERE state = ?", (state,)) if state else ("", ())
        rows = self.query(
            f"SELECT * FROM applications {where} ORDER BY submitted_at DESC LIMIT ? OFFSET ?",  # noqa: S608
            (*params, limit, offset),
        )
        return [self._application(r, with_receipt=False) for r in rows]

    def application_payload(self, app_id: str) -> dict[str, Any] | None:
        """The application's payload for delivery; ``None`` once delivered and dropped."""
        rows = self.query("SELECT payload FROM applications WHERE id = ?", (app_id,))
        if not rows or rows[0][0] is None:
            return None
        return dict(self.decrypt_json(rows[0][0], f"applications:{app_id}"))

    def record_status(
        self,
        app_id: str,
        *,
        portal_status: int,
        due_at: str | None = None,
        supplement_note: str | None = None,
        e_result: bool = False,
    ) -> None:
        """Store the latest portal status pulled for an application.

        ``portal_status_at`` is when the status last *changed*: pulling the same
        status again must not make an on-time result look late.
        """
        now = self.clock.stamp()
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET"
                " portal_status_at = CASE WHEN portal_status IS ? THEN portal_status_at"
                " ELSE ? END, portal_status = ?,"
                " due_at = COALESCE(?, due_at), supplement_note = ?, e_result = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    portal_status,
                    now,
                    portal_status,
                    due_at,
                    supplement_note,
                    int(e_result),
                    now,
                    app_id,
                ),
            )

    def consents_of(self, app_id: str) -> list[dict[str, Any]]:
        """The consent records of an application, oldest first.

        Each row: purpose, text version, hash of the text shown and its language,
        accepted, event ("given" or "withdrawn"), who recorded it and when.
        """
        rows = self.query(
            "SELECT purpose, text_version, text_sha256, language, accepted, event, actor,"
            " recorded_at FROM consents WHERE application_id = ? ORDER BY id",
            (app_id,),
        )
        return [dict(r) for r in rows]

    def record_consent_withdrawal(self, app_id: str, purpose: str, *, actor: str) -> bool:
        """Record that consent to ``purpose`` was withdrawn; False if it was never given.

        The withdrawal is a new row (the original consent stays as proof of what
        was agreed and when) plus an audit entry, in one transaction.
        """
        now = self.clock.stamp()
        with self.transaction() as conn:
            given = conn.execute(
                "SELECT text_version, text_sha256, language FROM consents"
                " WHERE application_id = ? AND purpose = ? AND event = 'given' AND accepted = 1"
                " ORDER BY id DESC LIMIT 1",
                (app_id, purpose),
            ).fetchone()
            if given is None:
                return False
            conn.execute(
                "INSERT INTO consents (application_id, purpose, text_version, text_sha256,"
                " accepted, recorded_at, language, event, actor)"
                " VALUES (?, ?, ?, ?, 0, ?, ?, 'withdrawn', ?)",
                (app_id, purpose, given[0], given[1], now, given[2], actor),
            )
            self.audit(actor, "consent.withdrawn", app_id, {"purpose": purpose})
        return True

    def _application(self, row: Any, *, with_receipt: bool = True) -> ApplicationRecord:
        receipt = self.decrypt_json(row["receipt"], f"receipts:{row['id']}") if with_receipt else {}
        return ApplicationRecord(
            id=row["id"],
            provisional_code=row["provisional_code"],
            official_code=row["official_code"],
            procedure_code=row["procedure_code"],
            definition_version=row["definition_version"],
            level=row["level"],
            mode=row["mode"],
            staff_id=row["staff_id"],
            state=row["state"],
            portal_status=row["portal_status"],
            due_at=row["due_at"],
            supplement_note=row["supplement_note"],
            e_result=bool(row["e_result"]),
            correction=row["correction"],
            submitted_at=row["submitted_at"],
            delivered_at=row["delivered_at"],
            receipt=receipt,
            paid_amount_vnd=row["paid_amount_vnd"],
            paid_at=row["paid_at"],
        )
