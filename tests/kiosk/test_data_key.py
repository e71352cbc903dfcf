"""Issue 19, attack 2: a missing or wrong data key is never silently replaced.

Moving the key file away used to make the next command create a new key and
write under it (applications under two keys, the enrolment token re-saved under
the new one, ``doctor`` all green). Now the data carries its key's check value,
and every command stops, writing nothing, until the right key is back or a
technician runs ``kiosk new-data-dir``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

import pytest

from app.cli import main
from kiosk.crypto import DataKeyError
from kiosk.services import open_context
from kiosk.store import KEY_CHECK_FILENAME


def _key_file() -> Path:
    return Path(os.environ["KIOSK_KEY_FILE"])


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256 (to prove nothing was written)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _kiosk_with_data(data_dir: Path) -> bytes:
    """A data dir holding a draft, written under a fresh key; return that key."""
    context = open_context(data_dir)
    store = context.open_store()
    try:
        store.create_draft(
            procedure_code="1.001193",
            definition_version="1",
            mode="self",
            payload={"child_full_name": "Lê Thị Hoà"},
        )
    finally:
        store.close()
    return context.key


def test_a_new_data_dir_gets_a_key_and_its_check_value(data_dir: Path) -> None:
    context = open_context(data_dir)
    assert _key_file().read_bytes() == context.key
    assert (data_dir / KEY_CHECK_FILENAME).exists()
    assert open_context(data_dir).key == context.key


def test_missing_key_beside_data_stops_and_writes_nothing(data_dir: Path) -> None:
    _kiosk_with_data(data_dir)
    _key_file().rename(_key_file().with_name("moved-away.key"))
    before = _snapshot(data_dir)
    with pytest.raises(DataKeyError) as caught:
        open_context(data_dir)
    assert "kiosk new-data-dir" in caught.value.message
    assert not _key_file().exists(), "a new key was made beside existing data"
    assert _snapshot(data_dir) == before


@pytest.mark.parametrize("without_check_file", [False, True])
def test_wrong_key_stops_and_writes_nothing(data_dir: Path, without_check_file: bool) -> None:
    """A different key is refused, even with the check file deleted (the DB keeps a copy)."""
    _kiosk_with_data(data_dir)
    if without_check_file:
        (data_dir / KEY_CHECK_FILENAME).unlink()
    _key_file().write_bytes(secrets.token_bytes(32))
    before = _snapshot(data_dir)
    with pytest.raises(DataKeyError) as caught:
        open_context(data_dir)
    assert "không phải khoá" in caught.value.message
    assert _snapshot(data_dir) == before


def test_every_command_stops_with_a_plain_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _kiosk_with_data(data_dir)
    _key_file().unlink()
    for argv in (["audit", "verify"], ["purge", "--dry-run"], ["sync", "status"]):
        code = main(["--data-dir", str(data_dir), *argv])
        out = capsys.readouterr()
        assert code != 0, argv
        assert "Traceback" not in out.err and "kiosk new-data-dir" in out.err, argv
    assert not _key_file().exists()


def test_doctor_fails_on_a_missing_key(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _kiosk_with_data(data_dir)
    _key_file().unlink()
    assert main(["--data-dir", str(data_dir), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  data key:" in out and "all checks passed" not in out


def test_new_data_dir_is_explicit_and_keeps_the_old_data(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_key = _kiosk_with_data(data_dir)
    _key_file().write_bytes(secrets.token_bytes(32))  # the old key is lost for good
    assert main(["--data-dir", str(data_dir), "new-data-dir"]) == 2  # no --yes: nothing done
    assert not list(data_dir.parent.glob("data.abandoned-*"))
    assert main(["--data-dir", str(data_dir), "new-data-dir", "--yes"]) == 0
    capsys.readouterr()
    moved = list(data_dir.parent.glob("data.abandoned-*"))
    assert len(moved) == 1 and (moved[0] / "kiosk.db").exists()
    context = open_context(data_dir)
    assert context.key != old_key
    store = context.open_store()
    try:
        assert store.query("SELECT COUNT(*) FROM drafts")[0][0] == 0
    finally:
        store.close()


def test_a_data_dir_from_before_key_checks_adopts_its_key(data_dir: Path) -> None:
    key = _kiosk_with_data(data_dir)
    (data_dir / KEY_CHECK_FILENAME).unlink()
    import sqlite3

    conn = sqlite3.connect(data_dir / "kiosk.db")
    conn.execute("DELETE FROM device WHERE key = 'data_key_check'")
    conn.commit()
    conn.close()
    context = open_context(data_dir)
    assert context.key == key
    context.open_store().close()  # the store records the adopted key's check value
    assert (data_dir / KEY_CHECK_FILENAME).exists()
    _key_file().write_bytes(secrets.token_bytes(32))
    with pytest.raises(DataKeyError):
        open_context(data_dir)
