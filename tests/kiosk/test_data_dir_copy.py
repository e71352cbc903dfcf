"""Issue 19, attack 1: a copy of a default set-up's data dir gives no way to a resident.

The default set-up (no ``portal.url``, as ``make run``) delivers to the embedded
reference portal, whose files live in the data dir. Its private key used to sit
there in clear, so copying the data dir was enough to open every application.
Here two residents are filed and delivered the default way (``kiosk sync
--until-empty``), the data dir is copied without the key file, and the copy is
searched for any way in: readable personal data in any file, or any private key
(PEM in any file or database cell) that opens any sealed envelope in the copy.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from app.cli import main
from kiosk.services import KioskServices, StoreExecutor, load_kiosk_catalog, open_context
from tests.kiosk.test_no_plaintext import RESIDENTS, _file, find_leaks
from wire import open_json

PEM = re.compile(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----.+?-----END [A-Z ]*PRIVATE KEY-----", re.S)


def _cells(db_path: Path) -> list[bytes]:
    """Every text or blob value of every table of a SQLite file."""
    out: list[bytes] = []
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return out
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        out.append(value.encode())
                    elif isinstance(value, bytes):
                        out.append(value)
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return out


def _material(folder: Path) -> list[bytes]:
    """Raw bytes of every file, plus every cell of every SQLite database, in ``folder``."""
    out: list[bytes] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        out.append(data)
        if data.startswith(b"SQLite format 3\x00"):
            out.extend(_cells(path))
    return out


def _private_keys(material: list[bytes]) -> list[Any]:
    keys = []
    for blob in material:
        for match in PEM.finditer(blob):
            try:
                keys.append(serialization.load_pem_private_key(match.group(0), password=None))
            except (ValueError, TypeError):
                continue
    return keys


def _envelopes(material: list[bytes]) -> list[tuple[dict[str, Any], str]]:
    """Sealed envelopes (with their application id) found in any cell."""
    found = []
    for blob in material:
        try:
            doc = json.loads(blob)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(doc, dict) and {"ek", "ct", "aad"} <= doc.keys():
            import base64

            found.append((doc, base64.b64decode(doc["aad"]).decode()))
    return found


def _file_two_residents(data_dir: Path) -> None:
    context = open_context(data_dir)

    def services() -> KioskServices:
        store = context.open_store()
        return KioskServices(store, context.config, load_kiosk_catalog(store))

    executor = StoreExecutor(services)
    executor.ready()
    try:
        for resident in RESIDENTS:
            executor.call(lambda svc, r=resident: _file(svc, r))
    finally:
        executor.shutdown(lambda svc: svc.store.close())


def test_copied_data_dir_of_a_default_set_up_opens_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _file_two_residents(data_dir)
    # The default way: no portal configured, the embedded portal receives them.
    assert main(["--data-dir", str(data_dir), "sync", "--until-empty", "--timeout", "120"]) == 0
    capsys.readouterr()
    portal_dir = data_dir / "embedded-portal"
    assert (portal_dir / "portal.db").exists()

    copy = tmp_path / "stolen"
    shutil.copytree(data_dir, copy)
    key_file = Path(os.environ["KIOSK_KEY_FILE"])
    assert not any(p.read_bytes() == key_file.read_bytes() for p in copy.rglob("*") if p.is_file())

    material = _material(copy)
    envelopes = _envelopes(material)
    assert len(envelopes) >= len(RESIDENTS), "the portal's sealed applications are in the copy"
    assert find_leaks(copy) == [], "readable personal data in the copy"
    keys = _private_keys(material)
    opened = 0
    for key in keys:
        for envelope, app_id in envelopes:
            try:
                open_json(envelope, key, aad=app_id)
                opened += 1
            except Exception:
                continue
    assert (len(keys), opened) == (0, 0), f"{len(keys)} private key(s), {opened} envelope(s) opened"

    for path in [portal_dir, *portal_dir.iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is mode {mode:o}"

    # Control: with the data key (kept outside the data dir) the same files do open.
    from app._embedded import embedded_wrap_key
    from portal._keyfile import KEY_FILENAME, _unwrap

    wrapped = (copy / portal_dir.name / KEY_FILENAME).read_bytes()
    pem = _unwrap(embedded_wrap_key(key_file.read_bytes()), wrapped)
    key = serialization.load_pem_private_key(pem, password=None)
    names = {open_json(e, key, aad=a)["answers"]["mother_full_name"] for e, a in envelopes}
    assert names == {r["name"] for r in RESIDENTS}
