"""Issue 19, attack 8: outbox import trusted the archive's KDF settings.

A tampered manifest asking for scrypt n=2^21 made the importing kiosk spend
2.17 GB and 10.6 s before saying "wrong passphrase". Settings outside the
kiosk's bounds are now refused before any key is derived.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.services import TransferError, export_outbox, find_exports, import_outbox
from kiosk.store import Store
from tests.kiosk.test_outbox_transfer import NAMES, PASS, _context, _submit


@pytest.fixture
def kiosk_a(tmp_path: Path) -> Iterator[tuple[Any, Store, list[str]]]:
    context = _context(tmp_path, "a")
    store = context.open_store()
    store.set_device("kiosk_id", "kiosk-a")
    ids = [_submit(store, name, n) for n, name in enumerate(NAMES)]
    yield context, store, ids
    store.close()


HOSTILE = {
    "n=2^21": {"n": 2**21},
    "n=2^30": {"n": 2**30},
    "r=1024": {"r": 1024},
    "p=64": {"p": 64},
    "n not a power of two": {"n": 3 * 2**14},
    "n as text": {"n": "32768"},
    "n too small": {"n": 2},
    "not scrypt": {"name": "pbkdf2"},
    "salt missing": {"salt": None},
}


@pytest.mark.parametrize("change", sorted(HOSTILE))
def test_out_of_bounds_kdf_settings_are_refused_at_once(
    kiosk_a: Any, tmp_path: Path, change: str
) -> None:
    _, store, _ = kiosk_a
    export_outbox(store, tmp_path / "usb", PASS)
    [folder] = find_exports(tmp_path / "usb")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["kdf"].update(HOSTILE[change])
    if manifest["kdf"].get("salt") is None:
        del manifest["kdf"]["salt"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    b = _context(tmp_path, "b").open_store()
    try:
        with pytest.raises(TransferError) as refused:
            import_outbox(b, folder, PASS)
        # Refused for its settings, before deriving: a "wrong passphrase" answer would mean
        # the tampered scrypt ran (2 GB and 10 s for n=2^21 on the old code).
        assert "thông số mã hoá" in str(refused.value)
        assert "Mật khẩu không đúng" not in str(refused.value)
        assert b.query("SELECT COUNT(*) FROM applications")[0][0] == 0
    finally:
        b.close()


def test_the_kiosks_own_exports_still_import(kiosk_a: Any, tmp_path: Path) -> None:
    _, store, ids = kiosk_a
    export_outbox(store, tmp_path / "usb", PASS)
    b = _context(tmp_path, "b").open_store()
    try:
        report = import_outbox(b, tmp_path / "usb", PASS)
        assert sorted(report.done) == sorted(ids)
    finally:
        b.close()
