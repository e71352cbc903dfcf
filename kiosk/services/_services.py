"""Domain services: what the UI and the CLI do with drafts, applications and receipts.

A ``KioskServices`` lives on the store's thread (see :class:`StoreExecutor`): every
method may touch the database. Methods are small verbs; each write is one
transaction in the store.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import forms
from kiosk.clock import DEFAULT_TIME_ZONE, Clock, time_zone
from kiosk.config import KioskConfig
from kiosk.services._consent import consent_problems, sms_recipient
from kiosk.services._dates import CLOSE
from kiosk.services._declaration import declaration_extras
from kiosk.services._integrity import integrity_refusal
from kiosk.services._protect import attachment_errors, seal_submission
from kiosk.services._receipt_fields import PaperDocument, receipt_fields
from kiosk.store import (
    ApplicationRecord,
    AttachmentInput,
    ConsentInput,
    DraftRecord,
    Store,
)
from wire import is_sealed

_log = logging.getLogger(__name__)

HANOI = time_zone(DEFAULT_TIME_ZONE)
"""Hà Nội's zone; calendar code asks ``services.clock`` (the configured zone) instead."""


class SubmissionError(Exception):
    """The draft can't be submitted yet; ``errors`` are the form's field errors."""

    def __init__(self, errors: list[Any]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} field error(s)")


@dataclass(frozen=True)
class DraftState:
    """A draft as the UI edits it."""

    id: str
    draft_code: str
    procedure_code: str
    definition_version: str
    answers: dict[str, Any]
    entered_by: dict[str, str]
    mode: str
    staff_id: str | None


class KioskServices:
    """Drafts, submission, receipts, lookup: the kiosk's use cases over one store."""

    def __init__(
        self, store: Store, config: KioskConfig, catalog: Any, *, clock: Clock | None = None
    ) -> None:
        self.store = store
        self.config = config
        self.catalog = catalog
        self.clock: Clock = clock or store.clock
        """Now and today for every use case (the store's clock unless given)."""
        self.kiosk_id = self._ensure_kiosk_id()

    # -- identity ----------------------------------------------------------------------

    def _ensure_kiosk_id(self) -> str:
        kiosk_id = self.store.get_device("kiosk_id")
        if kiosk_id is None:
            kiosk_id = str(uuid.uuid4())
            self.store.set_device("kiosk_id", kiosk_id)
            self.store.set_device("resume_secret", uuid.uuid4().hex + uuid.uuid4().hex)
        return kiosk_id

    @property
    def code_prefix(self) -> str:
        """Prefix of provisional codes: ``TT`` (tạm thời) and a short kiosk tag."""
        return "TT-" + self.kiosk_id.replace("-", "")[:4].upper()

    def _resume_key(self, id_number: str) -> str:
        secret = (self.store.get_device("resume_secret") or "").encode()
        digits = "".join(ch for ch in id_number if ch.isdigit())
        return hmac.new(secret, digits.encode(), hashlib.sha256).hexdigest()

    # -- drafts ------------------------------------------------------------------------

    def definition(self, procedure_code: str, version: str | None = None) -> Any:
        """The form definition of a procedure (a specific version for an open draft)."""
        return self.catalog.get(procedure_code, version)

    def start_draft(
        self, procedure_code: str, *, mode: str = "self", staff_id: str | None = None
    ) -> DraftState:
        """Open a new, empty draft of a procedure."""
        definition = self.definition(procedure_code)
        with self.store.transaction():
            self.store.keep_definition(
                procedure_code, str(definition.version), definition.model_dump_json()
            )
            record = self.store.create_draft(
                procedure_code=procedure_code,
                definition_version=str(definition.version),
                mode=mode,
                staff_id=staff_id,
            )
        self.store.audit(
            staff_id or "resident", "draft.created", record.id, {"procedure": procedure_code}
        )
        return _state(record)

    def save_answers(
        self, draft_id: str, answers: dict[str, Any], entered_by: dict[str, str]
    ) -> int:
        """Autosave: replace the draft's answers and who entered each one; return the revision.

        Text values are stored in NFC. When the requester's ID number is known it
        becomes the draft's resume key (a keyed hash, never the number itself).
        """
        clean = {k: _nfc(v) for k, v in answers.items()}
        resume = None
        for key, value in clean.items():
            if key.startswith("requester") and key.endswith("id_number") and isinstance(value, str):
                if len(value) == 12 and value.isdigit():
                    resume = self._resume_key(value)
        draft = self.store.get_draft(draft_id)
        definition = self.definition(draft.procedure_code, draft.definition_version)
        with self.store.transaction():
            revision = self.store.save_draft(
                draft_id, {"answers": clean, "entered_by": dict(entered_by)}, resume_key=resume
            )
            self.store.index_draft(draft_id, search_terms(definition, clean))
        return revision

    def load_draft(self, draft_id: str) -> DraftState:
        """Read a draft back (staff resume, or after a crash)."""
        return _state(self.store.get_draft(draft_id))

    def resume_draft(self, draft_code: str, id_number: str) -> DraftState | None:
        """A resident resumes their own draft with its code and their ID number; else None."""
        record = self.store.find_draft_by_code(draft_code)
        if record is None:
            return None
        stored = self.store.resume_key_of(record.id)
        if not stored or not hmac.compare_digest(stored, self._resume_key(id_number)):
            return None
        return _state(record)

    def list_drafts(self, *, limit: int = 50, offset: int = 0) -> list[DraftRecord]:
        """Open drafts for the staff console."""
        return self.store.list_drafts(limit=limit, offset=offset)

    def search_applications(self, query: str, *, limit: int = 50) -> list[ApplicationRecord]:
        """Applications whose requester's name, ID or phone matches every word of ``query``."""
        return [
            self.store.get_application(i)
            for i in self.store.search_applications(query, limit=limit)
        ]

    def search_drafts(self, query: str, *, limit: int = 50) -> list[DraftRecord]:
        """Open drafts matching every word of ``query`` (names, ID, phone)."""
        return [self.store.get_draft(i) for i in self.store.search_drafts(query, limit=limit)]

    # -- submission --------------------------------------------------------------------

    def submit(
        self,
        draft_id: str,
        *,
        consents: list[ConsentInput],
        attachments: list[AttachmentInput] | None = None,
        staff_name: str | None = None,
        papers: list[PaperDocument] | None = None,
        today: date | None = None,
    ) -> ApplicationRecord:
        """Validate a draft and turn it into an application with its outbox row.

        ``papers`` are the paper documents staff took in over the counter (assisted
        mode); the receipt lists them beside the attached files. The time of receipt
        is the services' clock.

        Raises:
            SubmissionError: the answers don't validate, or a consent is missing,
                outdated (version or wording not the definition's) or unknown, or the
                last integrity check found the database damaged (``database_damaged``).
        """
        refusal = integrity_refusal(self.store.path.parent)
        if refusal is not None:  # a damaged database takes no new applications
            raise SubmissionError([refusal])
        draft = self.store.get_draft(draft_id)
        definition = self.definition(draft.procedure_code, draft.definition_version)
        answers = forms.normalize_answers(definition, draft.payload.get("answers", {}))
        now = self.clock.now_local()
        errors: list[Any] = list(
            forms.validate_answers(definition, answers, today=today or self.clock.today())
        )
        errors.extend(attachment_errors(definition, attachments or []))
        errors.extend(consent_problems(definition, consents))
        if errors:
            raise SubmissionError(errors)
        papers = [p for p in papers or [] if p.count > 0]
        fee_due = forms.fee_due(definition, answers) or 0
        payload = {
            "procedure_code": draft.procedure_code,
            "definition_version": draft.definition_version,
            "level": definition.level,
            "mode": draft.mode,
            "staff_id": draft.staff_id,
            "submitted_at": now.isoformat(),
            "answers": answers,
            **declaration_extras(definition, answers, self.config),
            "papers": [{"kind": p.kind, "count": p.count} for p in papers],
            "entered_by": draft.payload.get("entered_by", {}),
            "consents": [
                {
                    "purpose": c.purpose,
                    "text_version": c.text_version,
                    "language": c.language,
                    "accepted": c.accepted,
                }
                for c in consents
            ],
            # The fee the receipt's VietQR asks for: the portal matches the bank's payment to it.
            **({"fee_amount_vnd": fee_due} if fee_due else {}),
            # The number texts go to travels only with the resident's SMS consent (issue 20).
            **sms_recipient(definition, answers, consents),
        }
        receipt = receipt_fields(
            definition,
            answers,
            self.config,
            now,
            staff_name,
            files=[a.kind for a in attachments or []],
            papers=papers,
        )
        app_id = str(uuid.uuid4())
        stored_payload, stored_files = seal_submission(
            self.store, app_id, payload, attachments or []
        )
        with self.store.transaction():
            record = self.store.submit_application(
                app_id=app_id,
                draft_id=draft.id,
                procedure_code=draft.procedure_code,
                definition_version=draft.definition_version,
                level=definition.level,
                mode=draft.mode,
                staff_id=draft.staff_id,
                payload=stored_payload,
                receipt=receipt,
                code_prefix=self.code_prefix,
                attachments=stored_files,
                consents=consents,
                actor=draft.staff_id or "resident",
                received_at=now,
            )
            self.store.index_application(record.id, search_terms(definition, answers))
        # The draft's earlier revisions and the readable pages just replaced may still
        # sit in the WAL: fold it into the database (secure_delete zeroes freed pages).
        self.store.checkpoint()
        _log.info(
            "application %s submitted (procedure %s, sealed: %s)",
            record.id,
            record.procedure_code,
            is_sealed(stored_payload),
        )
        return record

    def application(self, app_id: str) -> ApplicationRecord:
        """Read an application (its state, codes, receipt data)."""
        return self.store.get_application(app_id)

    def receipt_data(self, app_id: str) -> Any:
        """The receipt of an application, with its current (provisional or official) code."""
        from kiosk.receipts import ReceiptData

        record = self.store.get_application(app_id)
        overrides: dict[str, Any] = {
            "application_code": record.code,
            "code_is_official": record.official_code is not None,
        }
        if record.due_at:
            # The portal gives a date alone: the result is due by the close of office that day.
            # Received after closing on that very day, the kiosk's own working-day count
            # (stored with the receipt) is the later, meaningful one.
            due = record.due_at
            if len(due) == 10:
                due = datetime.combine(date.fromisoformat(due), CLOSE, self.clock.tz).isoformat()
            local = record.receipt.get("due_at")
            if local and datetime.fromisoformat(due) < datetime.fromisoformat(local):
                due = local
            overrides["due_at"] = due
        if record.paid_at and record.paid_amount_vnd:
            overrides.update(paid_amount_vnd=record.paid_amount_vnd, paid_at=record.paid_at)
        return ReceiptData.from_dict(record.receipt, **overrides)

    def withdraw_consent(self, app_id: str, purpose: str, *, actor: str) -> bool:
        """Record a resident's withdrawal of consent to ``purpose``; False if none was given.

        The original record stays (it proves what was agreed and when). Withdrawing
        the processing consent does not erase what the law requires to be kept.
        """
        return self.store.record_consent_withdrawal(app_id, purpose, actor=actor)

    def lookup(self, code: str) -> ApplicationRecord | None:
        """Find an application by a receipt's code (provisional or official)."""
        return self.store.find_application(code)


def load_kiosk_catalog(store: Store) -> Any:
    """The bundled catalog plus every definition kept in the store (portal updates, draft copies).

    A broken definition never stops the kiosk: it is listed in ``catalog.unavailable``.
    """
    extra = [
        (f"{source}:{code}@{version}", text)
        for source, code, version, text in store.kept_definitions()
    ]
    catalog = forms.load_catalog(extra=extra)
    for problem in catalog.unavailable:
        _log.error("procedure definition unavailable: %s", problem)
    return catalog


_SEARCHABLE_TYPES = {"person_name", "personal_id", "phone"}
_SEARCHABLE_ROLES = {"full_name", "id_number", "old_id_number"}


def search_terms(definition: Any, answers: dict[str, Any]) -> list[str]:
    """The answers staff may search by: names, ID numbers and phone numbers."""
    terms = []
    for section in definition.sections:
        for field in section.fields:
            value = answers.get(field.id)
            if not isinstance(value, str) or not value:
                continue
            if getattr(field, "type", "") in _SEARCHABLE_TYPES or (
                getattr(field, "autofill", None) in _SEARCHABLE_ROLES
            ):
                terms.append(value)
    return terms


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return forms.normalize(value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def _state(record: DraftRecord) -> DraftState:
    return DraftState(
        id=record.id,
        draft_code=record.draft_code,
        procedure_code=record.procedure_code,
        definition_version=record.definition_version,
        answers=dict(record.payload.get("answers", {})),
        entered_by=dict(record.payload.get("entered_by", {})),
        mode=record.mode,
        staff_id=record.staff_id,
    )
