"""Drafts: the resident's answers, autosaved encrypted on every change."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any

from kiosk.store._base import StoreBase

# No 0/O, 1/I/L: the draft code is read aloud and typed by residents.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class DraftRecord:
    """A draft as stored; ``payload`` is the decrypted answers document."""

    id: str
    draft_code: str
    procedure_code: str
    definition_version: str
    mode: str
    staff_id: str | None
    state: str
    revision: int
    created_at: str
    updated_at: str
    payload: dict[str, Any] = field(default_factory=dict)


class DraftsMixin(StoreBase):
    """Draft verbs."""

    def create_draft(
        self,
        *,
        procedure_code: str,
        definition_version: str,
        mode: str,
        staff_id: str | None = None,
        payload: dict[str, Any] | None = None,
    ) -> DraftRecord:
        """Create an empty draft with a fresh short draft code."""
        draft_id = str(uuid.uuid4())
        now = self.clock.stamp()
        body = payload if payload is not None else {"answers": {}, "entered_by": {}}
        with self.transaction() as conn:
            code = self._new_draft_code()
            conn.execute(
                "INSERT INTO drafts (id, draft_code, procedure_code, definition_version, mode,"
                " staff_id, payload, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft_id,
                    code,
                    procedure_code,
                    definition_version,
                    mode,
                    staff_id,
                    self.encrypt_json(body, f"drafts:{draft_id}"),
                    now,
                    now,
                ),
            )
        return self.get_draft(draft_id)

    def _new_draft_code(self) -> str:
        while True:
            code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
            if not self.query("SELECT 1 FROM drafts WHERE draft_code = ?", (code,)):
                return code

    def save_draft(
        self,
        draft_id: str,
        payload: dict[str, Any],
        *,
        resume_key: str | None = None,
        search_key: bytes | None = None,
    ) -> int:
        """Replace the draft's answers document; return its new revision.

        The write is durable when this returns (WAL, ``synchronous=FULL``).

        Raises:
            LookupError: no open draft has this id.
        """
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE drafts SET payload = ?, revision = revision + 1, updated_at = ?,"
                " resume_key = COALESCE(?, resume_key), search_key = COALESCE(?, search_key)"
                " WHERE id = ? AND state = 'open'",
                (
                    self.encrypt_json(payload, f"drafts:{draft_id}"),
                    self.clock.stamp(),
                    resume_key,
                    search_key,
                    draft_id,
                ),
            )
            if cur.rowcount != 1:
                raise LookupError(f"no open draft {draft_id}")
            row = conn.execute("SELECT revision FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            return int(row[0])

    def get_draft(self, draft_id: str) -> DraftRecord:
        """Read a draft with its decrypted answers.

        Raises:
            LookupError: no draft has this id.
        """
        rows = self.query("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise LookupError(f"no draft {draft_id}")
        return self._draft(rows[0])

    def find_draft_by_code(self, draft_code: str) -> DraftRecord | None:
        """Find an open draft by its short code (case-insensitive, spaces ignored)."""
        code = draft_code.replace(" ", "").replace("-", "").upper()
        rows = self.query("SELECT * FROM drafts WHERE draft_code = ? AND state = 'open'", (code,))
        return self._draft(rows[0]) if rows else None

    def resume_key_of(self, draft_id: str) -> str | None:
        """The stored resume key (a keyed hash of the resident's ID number), if any."""
        rows = self.query("SELECT resume_key FROM drafts WHERE id = ?", (draft_id,))
        return rows[0][0] if rows else None

    def list_drafts(self, *, limit: int = 50, offset: int = 0) -> list[DraftRecord]:
        """Open drafts, most recently changed first, without decrypting their answers."""
        rows = self.query(
            "SELECT * FROM drafts WHERE state = 'open' ORDER BY updated_at DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [self._draft(r, with_payload=False) for r in rows]

    def delete_draft(self, draft_id: str, *, actor: str) -> bool:
        """Delete a draft and its attachments, with an audit entry; return whether it existed."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM drafts WHERE id = ? AND state = 'open'", (draft_id,))
            if cur.rowcount:
                self.audit(actor, "draft.deleted", draft_id)
            return cur.rowcount == 1

    def _draft(self, row: Any, *, with_payload: bool = True) -> DraftRecord:
        payload = self.decrypt_json(row["payload"], f"drafts:{row['id']}") if with_payload else {}
        return DraftRecord(
            id=row["id"],
            draft_code=row["draft_code"],
            procedure_code=row["procedure_code"],
            definition_version=row["definition_version"],
            mode=row["mode"],
            staff_id=row["staff_id"],
            state=row["state"],
            revision=row["revision"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            payload=payload,
        )
