"""The data key is checked against the data, never silently replaced.

A data dir records its key's check value (``data-key.check`` and a device row).
A key is made only for a data dir that holds no data yet; a missing key beside
existing data, or a key whose check value differs, stops the kiosk before it
writes anything, until the right key is back or a technician starts a new data
dir on purpose (``kiosk new-data-dir``).
"""

from __future__ import annotations

import hmac
import logging
from pathlib import Path

from kiosk.crypto import DataKeyError, key_check_value, load_key
from kiosk.paths import DB_FILENAME
from kiosk.store import WRONG_KEY_MESSAGE, stored_key_check, write_key_check_file

_log = logging.getLogger(__name__)


def missing_key_message(key_file: Path, data_dir: Path) -> str:
    """What a technician reads when the key of existing data is gone."""
    return (
        f"Không tìm thấy khoá bảo vệ dữ liệu ({key_file}) trong khi thư mục dữ liệu "
        f"{data_dir} đã có dữ liệu mã hoá bằng khoá đó, nên kiosk dừng lại và không ghi gì. "
        "Hãy đặt lại đúng tệp khoá (từ bản sao lưu khoá) rồi khởi động lại; nếu khoá đã mất "
        "hẳn, chạy `kiosk new-data-dir` để bắt đầu thư mục dữ liệu mới (dữ liệu cũ được giữ "
        "lại nguyên vẹn bên cạnh)."
    )


def _database_exists(data_dir: Path) -> bool:
    """A file with SQLite's header (garbage with no header holds nothing to protect)."""
    try:
        with open(data_dir / DB_FILENAME, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def open_data_key(data_dir: Path, key_file: Path, *, use_keyring: bool) -> bytes:
    """Load the data key and check it against the data; make one only for a new data dir.

    Raises:
        DataKeyError: the key is unreadable, missing beside existing data, or not the
            key that wrote this data (``message`` says what to do, in Vietnamese).
    """
    stored = stored_key_check(data_dir)
    existing = stored is not None or _database_exists(data_dir)
    key = load_key(key_file, use_keyring=use_keyring, create=not existing)
    if key is None:
        raise DataKeyError(
            f"no data key at {key_file} but {data_dir} holds data written with one",
            missing_key_message(key_file, data_dir),
        )
    kcv = key_check_value(key)
    if stored is None:
        if not existing:  # a new data dir: record which key is its key
            try:
                write_key_check_file(data_dir, kcv)
            except OSError as exc:
                _log.error("cannot record the data key's check value: %s", exc.strerror)
        # Otherwise a database from before key checks (or whose value is still in its WAL):
        # the store checks it on open, or adopts this key and records it.
        return key
    if not hmac.compare_digest(stored, kcv):
        raise DataKeyError(
            f"the data key at {key_file} is not the key of {data_dir} (check value differs)",
            WRONG_KEY_MESSAGE,
        )
    return key
