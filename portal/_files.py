"""Attachment uploads (resumable, checksummed chunks) and the catalog, in the portal DB."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from kiosk.clock import Clock, system_clock
from portal._conn import PortalConnection, Rec, run


def now_iso(clock: Clock | None = None) -> str:
    """UTC now (by ``clock``, the real one by default), ISO 8601 with a ``Z``."""
    return (clock or system_clock()).now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Upload:
    """An attachment upload's state."""

    upload_id: str
    size: int
    sha256: str
    committed: int
    complete: bool


class FilesMixin(PortalConnection):
    """Upload and catalog verbs."""

    # -- uploads -------------------------------------------------------------------------

    def open_upload(
        self, kiosk_id: str, meta: dict[str, Any], content: bytes | None = None
    ) -> tuple[Upload, bool]:
        """Start (or find again) the upload of one attachment; return (upload, created).

        ``content``: the whole file, sent with the opening request (small files): stored
        at once when nothing is committed yet and its sha256 matches, so the upload is
        complete without a chunk request; otherwise ignored (the kiosk then sends chunks).
        """
        with self.transaction() as conn:
            upload, created = self._open(conn, kiosk_id, meta)
            if (
                content is None
                or upload.complete
                or upload.committed
                or len(content) != upload.size
                or hashlib.sha256(content).hexdigest() != upload.sha256
            ):
                return upload, created
            run(
                conn,
                'INSERT INTO upload_chunks (upload_id, "offset", data) VALUES (?, 0, ?)',
                (upload.upload_id, content),
            )
            run(
                conn,
                "UPDATE uploads SET committed = size, complete = 1 WHERE upload_id = ?",
                (upload.upload_id,),
            )
            return Upload(upload.upload_id, upload.size, upload.sha256, upload.size, True), created

    def _open(self, conn: Connection, kiosk_id: str, meta: dict[str, Any]) -> tuple[Upload, bool]:
        row = run(
            conn,
            "SELECT * FROM uploads WHERE kiosk_id = ? AND attachment_id = ?",
            (kiosk_id, meta["attachment_id"]),
        ).fetchone()
        if row is not None and (row["size"], row["sha256"]) == (meta["size"], meta["sha256"]):
            return _upload(row), False
        if row is not None:  # the kiosk's file changed: start over
            run(conn, "DELETE FROM upload_chunks WHERE upload_id = ?", (row["upload_id"],))
            run(conn, "DELETE FROM uploads WHERE upload_id = ?", (row["upload_id"],))
        upload_id = str(uuid.uuid4())
        run(
            conn,
            "INSERT INTO uploads (upload_id, kiosk_id, attachment_id, kiosk_application_id,"
            " size, sha256, mime, kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                upload_id,
                kiosk_id,
                meta["attachment_id"],
                meta.get("kiosk_application_id"),
                meta["size"],
                meta["sha256"],
                meta.get("mime"),
                meta.get("kind"),
                now_iso(),
            ),
        )
        return Upload(upload_id, meta["size"], meta["sha256"], 0, False), True

    def upload(self, kiosk_id: str, upload_id: str) -> Upload | None:
        """An upload of this kiosk."""
        rows = self._query(
            "SELECT * FROM uploads WHERE upload_id = ? AND kiosk_id = ?", (upload_id, kiosk_id)
        )
        return _upload(rows[0]) if rows else None

    def upload_content(self, kiosk_id: str, upload_id: str) -> bytes | None:
        """The bytes of a complete upload of this kiosk (as uploaded: sealed when sealed)."""
        rows = self._query(
            "SELECT complete FROM uploads WHERE upload_id = ? AND kiosk_id = ?",
            (upload_id, kiosk_id),
        )
        if not rows or not rows[0][0]:
            return None
        chunks = self._query(
            'SELECT data FROM upload_chunks WHERE upload_id = ? ORDER BY "offset"', (upload_id,)
        )
        return b"".join(bytes(c[0]) for c in chunks)

    def append_chunk(
        self, kiosk_id: str, upload_id: str, offset: int, data: bytes
    ) -> tuple[int, bool]:
        """Append ``data`` at ``offset`` if that is the committed offset; return (committed, ok)."""
        with self.transaction() as conn:
            row = run(
                conn,
                "SELECT * FROM uploads WHERE upload_id = ? AND kiosk_id = ?"  # noqa: S608
                + self._lock_suffix(),
                (upload_id, kiosk_id),
            ).fetchone()
            if row is None:
                raise LookupError(upload_id)
            committed = int(row["committed"])
            if offset != committed or row["complete"] or committed + len(data) > row["size"]:
                return committed, False
            run(
                conn,
                'INSERT INTO upload_chunks (upload_id, "offset", data) VALUES (?, ?, ?)',
                (upload_id, offset, data),
            )
            run(
                conn,
                "UPDATE uploads SET committed = ? WHERE upload_id = ?",
                (committed + len(data), upload_id),
            )
            if committed + len(data) == row["size"]:
                # The last chunk: check the whole file now, so the kiosk needs no extra
                # round trip; a mismatch restarts the upload at 0 (409 with committed 0).
                if not self._whole_file_matches(conn, upload_id, row["sha256"]):
                    run(conn, "DELETE FROM upload_chunks WHERE upload_id = ?", (upload_id,))
                    run(conn, "UPDATE uploads SET committed = 0 WHERE upload_id = ?", (upload_id,))
                    return 0, False
                run(conn, "UPDATE uploads SET complete = 1 WHERE upload_id = ?", (upload_id,))
            return committed + len(data), True

    @staticmethod
    def _whole_file_matches(conn: Any, upload_id: str, sha256: str) -> bool:
        digest = hashlib.sha256()
        for chunk in run(
            conn,
            'SELECT data FROM upload_chunks WHERE upload_id = ? ORDER BY "offset"',
            (upload_id,),
        ):
            digest.update(chunk[0])
        return digest.hexdigest() == sha256

    def complete_upload(self, kiosk_id: str, upload_id: str, sha256: str) -> Upload:
        """Check the whole file's hash; on mismatch the upload restarts at offset 0.

        Raises:
            LookupError: no such upload for this kiosk.
        """
        with self.transaction() as conn:
            row = run(
                conn,
                "SELECT * FROM uploads WHERE upload_id = ? AND kiosk_id = ?"  # noqa: S608
                + self._lock_suffix(),
                (upload_id, kiosk_id),
            ).fetchone()
            if row is None:
                raise LookupError(upload_id)
            if row["complete"] or row["committed"] != row["size"]:
                return _upload(row)
            digest = hashlib.sha256()
            for chunk in run(
                conn,
                'SELECT data FROM upload_chunks WHERE upload_id = ? ORDER BY "offset"',
                (upload_id,),
            ):
                digest.update(chunk[0])
            if digest.hexdigest() == row["sha256"] == sha256.lower():
                run(conn, "UPDATE uploads SET complete = 1 WHERE upload_id = ?", (upload_id,))
            else:
                run(conn, "DELETE FROM upload_chunks WHERE upload_id = ?", (upload_id,))
                run(conn, "UPDATE uploads SET committed = 0 WHERE upload_id = ?", (upload_id,))
            new = run(conn, "SELECT * FROM uploads WHERE upload_id = ?", (upload_id,))
            return _upload(new.fetchone())

    # -- catalog -------------------------------------------------------------------------

    def put_catalog(self, definitions: list[tuple[str, str, str]]) -> None:
        """Add or replace procedure definitions (code, version, JSON text)."""
        with self.transaction() as conn:
            for definition in definitions:
                run(
                    conn,
                    "INSERT INTO catalog (procedure_code, version, definition) VALUES (?, ?, ?)"
                    " ON CONFLICT (procedure_code, version)"
                    " DO UPDATE SET definition = excluded.definition",
                    definition,
                )

    def catalog(self) -> list[tuple[str, str, str]]:
        """Every definition as (code, version, JSON text)."""
        rows = self._query(
            "SELECT procedure_code, version, definition FROM catalog"
            " ORDER BY procedure_code, version"
        )
        return [(r[0], r[1], r[2]) for r in rows]


def _upload(row: Rec) -> Upload:
    return Upload(
        row["upload_id"], row["size"], row["sha256"], row["committed"], bool(row["complete"])
    )
