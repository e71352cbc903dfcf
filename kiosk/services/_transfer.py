"""Carrying undelivered applications from a broken kiosk to a working one, still encrypted.

A blob in the store is encrypted with *this* kiosk's data key, which never
leaves it, so another kiosk can't read it. ``export_outbox`` therefore opens
each blob in memory and re-encrypts it at once to an export key derived from a
passphrase the technician chooses (scrypt, AES-256-GCM): no plaintext file is
ever written. ``import_outbox`` on the working kiosk opens the blobs with the
same passphrase and re-encrypts them with its own data key. Each application
keeps its kiosk application id and its idempotency key, so the portal stores it
once however often it is sent; an application already in the store is skipped,
so importing the same export twice changes nothing. See docs/staff-console.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.store import Store

FORMAT = "kiosk-outbox-export"
VERSION = 1
MANIFEST = "manifest.json"
MIN_PASSPHRASE = 10
HELD_UNTIL = "9999-12-31T00:00:00.000000Z"
"""``next_attempt_at`` of items handed to another kiosk: this kiosk no longer sends them."""

_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class TransferError(Exception):
    """The export or import can't go on; the message says what to do, in Vietnamese."""


@dataclass
class TransferReport:
    """What an export or import did, per application id."""

    folder: Path
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class ExportKey:
    """AES-GCM for blobs and an HMAC key for the manifest, both from one passphrase."""

    def __init__(self, passphrase: str, salt: bytes, params: dict[str, int]) -> None:
        raw = Scrypt(salt=salt, length=64, **params).derive(passphrase.encode("utf-8"))
        self._aead = AESGCM(raw[:32])
        self._mac = raw[32:]

    def encrypt(self, data: bytes, aad: str) -> bytes:
        nonce = secrets.token_bytes(12)
        return b"\x01" + nonce + self._aead.encrypt(nonce, data, aad.encode())

    def decrypt(self, blob: bytes, aad: str) -> bytes:
        if blob[:1] != b"\x01" or len(blob) < 29:
            raise TransferError("Tệp hồ sơ bị hỏng (not an export blob).")
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], aad.encode())
        except InvalidTag as exc:
            raise TransferError("Tệp hồ sơ bị sửa hoặc hỏng (blob failed authentication).") from exc

    def mac(self, manifest: dict[str, Any]) -> str:
        body = {k: v for k, v in manifest.items() if k != "mac"}
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self._mac, text.encode(), hashlib.sha256).hexdigest()


def check_passphrase(passphrase: str) -> None:
    """Raise ``TransferError`` when the passphrase is too short to protect residents' data."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise TransferError(
            f"Mật khẩu xuất dữ liệu phải có ít nhất {MIN_PASSPHRASE} ký tự."
            f" (The export passphrase needs at least {MIN_PASSPHRASE} characters.)"
        )


def export_outbox(
    store: Store, dest: Path, passphrase: str, *, actor: str = "technician", hold: bool = True
) -> TransferReport:
    """Write every undelivered application to a new folder under ``dest``.

    With ``hold`` (the default) this kiosk stops sending the exported items, so
    only the kiosk that imports them delivers them; ``requeue`` releases one.

    Raises:
        TransferError: short passphrase, or the folder can't be written.
    """
    check_passphrase(passphrase)
    export_id = str(uuid.uuid4())
    stamp = store.clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
    folder = Path(dest) / f"kiosk-outbox-{stamp}-{export_id[:8]}"
    try:
        (folder / "applications").mkdir(parents=True)
        (folder / "attachments").mkdir()
    except OSError as exc:
        raise TransferError(f"Không tạo được thư mục {folder}: {exc}") from exc
    salt = secrets.token_bytes(16)
    key = ExportKey(passphrase, salt, _SCRYPT)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "export_id": export_id,
        "created_at": store.clock.stamp(),
        "source_kiosk": store.get_device("kiosk_id"),
        "kdf": {"name": "scrypt", "salt": base64.b64encode(salt).decode(), **_SCRYPT},
        "applications": [],
    }
    report = TransferReport(folder)
    for item in store.list_outbox(limit=100_000):
        entry = _export_one(store, key, export_id, folder, item)
        manifest["applications"].append(entry)
        report.done.append(item.application_id)
    manifest["mac"] = key.mac(manifest)
    _write(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode())
    with store.transaction():
        if hold:
            store.hold_outbox(report.done, until=HELD_UNTIL, note=f"exported {export_id}")
        store.audit(actor, "outbox.exported", export_id, {"count": len(report.done), "held": hold})
    return report


def _export_one(
    store: Store, key: ExportKey, export_id: str, folder: Path, item: Any
) -> dict[str, Any]:
    app_id = item.application_id
    row = store.application_row(app_id)
    if row is None:
        raise TransferError(f"Không tìm thấy hồ sơ {app_id} để xuất.")
    attachments = []
    for att in store.attachments_of(app_id):
        content = store.attachment_content(att.id)
        if content is None:
            continue
        blob = key.encrypt(content, blob_aad(export_id, "attachment", att.id))
        name = f"attachments/{att.id}.bin"
        _write(folder / name, blob)
        attachments.append(
            {
                "id": att.id,
                "kind": att.kind,
                "mime": att.mime,
                "size": att.size,
                "sha256": att.sha256,
                "file": name,
                "file_sha256": _sha(blob),
            }
        )
    record = {
        "application": {k: row[k] for k in _APP_COLUMNS},
        "payload": store.application_payload(app_id),
        "receipt": store.decrypt_json(row["receipt"], f"receipts:{app_id}"),
        "consents": store.consents_of(app_id),
        "outbox": {"state": item.state, "attempts": item.attempts},
    }
    blob = key.encrypt(
        json.dumps(record, ensure_ascii=False).encode(), blob_aad(export_id, "application", app_id)
    )
    name = f"applications/{app_id}.bin"
    _write(folder / name, blob)
    return {
        "id": app_id,
        "idempotency_key": item.idempotency_key,
        "provisional_code": row["provisional_code"],
        "procedure_code": row["procedure_code"],
        "submitted_at": row["submitted_at"],
        "file": name,
        "file_sha256": _sha(blob),
        "attachments": attachments,
    }


_APP_COLUMNS = (
    "id provisional_code procedure_code definition_version level mode staff_id state"
    " portal_status due_at correction submitted_at"
).split()


def blob_aad(export_id: str, kind: str, ident: str) -> str:
    return f"{FORMAT}|v{VERSION}|{export_id}|{kind}|{ident}"


def read_checked(folder: Path, entry: dict[str, Any]) -> bytes:
    path = (folder / entry["file"]).resolve()
    if folder.resolve() not in path.parents:
        raise TransferError("Danh mục trỏ ra ngoài thư mục xuất (path outside the export).")
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise TransferError(f"Thiếu tệp {entry['file']} (missing file).") from exc
    if not hmac.compare_digest(_sha(blob), entry["file_sha256"]):
        raise TransferError(f"Tệp {entry['file']} bị hỏng khi sao chép (sha256 mismatch).")
    return blob


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [
    "HELD_UNTIL",
    "MIN_PASSPHRASE",
    "ExportKey",
    "TransferError",
    "TransferReport",
    "blob_aad",
    "check_passphrase",
    "export_outbox",
    "read_checked",
]
