"""Importing an outbox export: queue each application once, re-encrypted with this kiosk's key.

See :mod:`kiosk.services._transfer` for the format and the key design.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from kiosk.services._transfer import (
    FORMAT,
    MANIFEST,
    VERSION,
    ExportKey,
    TransferError,
    TransferReport,
    blob_aad,
    read_checked,
)
from kiosk.store import Store


def find_exports(source: Path) -> list[Path]:
    """Export folders at ``source``: the folder itself, or the exports directly inside it."""
    source = Path(source)
    if (source / MANIFEST).is_file():
        return [source]
    if source.is_dir():
        return sorted(p for p in source.iterdir() if (p / MANIFEST).is_file())
    return []


def import_outbox(
    store: Store,
    source: Path,
    passphrase: str,
    *,
    actor: str = "technician",
    index: Any = None,
) -> TransferReport:
    """Queue the applications of the export at ``source`` (see :func:`find_exports`).

    ``index(payload, receipt) -> list[str]`` gives the search terms to index an
    imported application under (the blind index is keyed per kiosk, so it is
    rebuilt here); by default the receipt's filer name and phone.

    Raises:
        TransferError: no export there, wrong passphrase, altered manifest.
    """
    folders = find_exports(source)
    if not folders:
        raise TransferError(f"Không thấy bản xuất hồ sơ ({MANIFEST}) trong {source}.")
    total = TransferReport(Path(source))
    for folder in folders:
        report = _import_folder(store, folder, passphrase, actor, index or _receipt_terms)
        total.done += report.done
        total.skipped += report.skipped
        total.failed += report.failed
    return total


def _import_folder(
    store: Store, folder: Path, passphrase: str, actor: str, index: Any
) -> TransferReport:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TransferError(f"Không đọc được {folder / MANIFEST}: {exc}") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise TransferError("Bản xuất không đúng định dạng hoặc của phiên bản khác.")
    params, salt = _kdf_params(manifest.get("kdf"))
    key = ExportKey(passphrase, salt, params)
    if not hmac.compare_digest(str(manifest.get("mac", "")), key.mac(manifest)):
        raise TransferError(
            "Mật khẩu không đúng, hoặc bản xuất đã bị sửa."
            " Hãy nhập lại đúng mật khẩu đã dùng khi xuất."
            " (Wrong passphrase, or the export was altered.)"
        )
    export_id = manifest["export_id"]
    report = TransferReport(folder)
    for entry in manifest["applications"]:
        app_id = entry["id"]
        if store.knows_application(app_id, entry["idempotency_key"]):
            report.skipped.append(app_id)
            continue
        try:
            _import_one(store, folder, key, export_id, entry, actor, index)
        except TransferError as exc:
            report.failed.append((app_id, str(exc)))
        except Exception as exc:  # one bad item must not stop the others
            report.failed.append((app_id, f"{type(exc).__name__}: {exc}"))
        else:
            report.done.append(app_id)
    return report


# The export writes scrypt n=2^15, r=8, p=1 (32 MiB, well under a second). A tampered
# manifest must not make the importing kiosk spend gigabytes and minutes before it can
# say "wrong passphrase": only settings near the kiosk's own are accepted.
KDF_MAX_MEMORY = 128 * 1024 * 1024  # 128 * n * r bytes
KDF_MAX_N = 2**17
KDF_MIN_N = 2**14


def _kdf_params(kdf: Any) -> tuple[dict[str, int], bytes]:
    """The manifest's scrypt settings, if within bounds; else refuse before deriving.

    Raises:
        TransferError: not scrypt, malformed, or costlier than the kiosk allows.
    """
    try:
        if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
            raise ValueError("not scrypt")
        n, r, p = (kdf[k] for k in ("n", "r", "p"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise ValueError("non-integer parameter")
        salt = base64.b64decode(kdf["salt"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise TransferError(
            f"Bản xuất hỏng hoặc đã bị sửa (thông số mã hoá không đọc được: {exc})."
        ) from exc
    if (
        not KDF_MIN_N <= n <= KDF_MAX_N
        or n & (n - 1)
        or not 1 <= r <= 16
        or not 1 <= p <= 4
        or 128 * n * r > KDF_MAX_MEMORY
        or not 16 <= len(salt) <= 64
    ):
        raise TransferError(
            "Bản xuất có thông số mã hoá bất thường nên kiosk không mở (có thể đã bị sửa). "
            "Hãy xuất lại từ máy cũ. (KDF parameters out of bounds.)"
        )
    return {"n": n, "r": r, "p": p}, salt


def _import_one(
    store: Store,
    folder: Path,
    key: ExportKey,
    export_id: str,
    entry: dict[str, Any],
    actor: str,
    index: Any,
) -> None:
    app_id = entry["id"]
    record = json.loads(
        key.decrypt(read_checked(folder, entry), blob_aad(export_id, "application", app_id))
    )
    app = record["application"]
    if app["id"] != app_id:
        raise TransferError("Tệp hồ sơ không khớp danh mục (id mismatch).")
    contents = []
    for att in entry["attachments"]:
        data = key.decrypt(read_checked(folder, att), blob_aad(export_id, "attachment", att["id"]))
        if hashlib.sha256(data).hexdigest() != att["sha256"]:
            raise TransferError("Tệp đính kèm không khớp mã kiểm tra (attachment hash mismatch).")
        contents.append((att, data))
    with store.transaction():
        store.add_transferred_application(
            app,
            payload=record["payload"],
            receipt=record["receipt"],
            idempotency_key=entry["idempotency_key"],
            rejected=record["outbox"]["state"] == "rejected",
            attachments=contents,
            consents=record["consents"],
        )
        store.index_application(app_id, index(record["payload"] or {}, record["receipt"]))
        store.audit(
            actor,
            "outbox.imported",
            app_id,
            {"export_id": export_id, "procedure": app["procedure_code"]},
        )


def catalog_index(catalog: Any) -> Any:
    """An ``index`` for :func:`import_outbox`: the names, ID and phone answers of the form.

    Falls back to the receipt's filer name and phone when the catalog lacks the version.
    """
    from kiosk.services._services import search_terms

    def index(payload: dict[str, Any], receipt: dict[str, Any]) -> list[str]:
        try:
            definition = catalog.get(payload["procedure_code"], str(payload["definition_version"]))
            return search_terms(definition, payload.get("answers", {}))
        except Exception:  # an unknown version still gets indexed by the receipt's fields
            return _receipt_terms(payload, receipt)

    return index


def _receipt_terms(_payload: dict[str, Any], receipt: dict[str, Any]) -> list[str]:
    return [str(receipt.get(k) or "") for k in ("filer_name", "filer_phone")]


__all__ = ["catalog_index", "find_exports", "import_outbox"]
