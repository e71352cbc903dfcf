"""``kiosk audit verify`` / ``purge`` / ``staff add`` through the real entry point."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from kiosk.security import StaffDirectory
from kiosk.services import open_context


def _seed_audit(data_dir: Path, n: int = 6) -> None:
    store = open_context(data_dir).open_store()
    try:
        for i in range(n):
            store.audit("nv01", "test.event", f"s{i}", {"n": i})
    finally:
        store.close()


def _raw(data_dir: Path, sql: str) -> None:
    conn = sqlite3.connect(str(data_dir / "kiosk.db"))
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _verify(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_intact_chain_passes(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _seed_audit(data_dir)
    code, out = _verify(data_dir, capsys)
    assert code == 0 and "intact (6 entries)" in out


def test_altered_entry_is_named(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _seed_audit(data_dir)
    _raw(data_dir, "UPDATE audit_events SET detail = '{\"n\": 99}' WHERE seq = 3")
    code, out = _verify(data_dir, capsys)
    assert code == 1 and "entry #3" in out and "altered" in out


def test_deleted_middle_entry_is_named(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _seed_audit(data_dir)
    _raw(data_dir, "DELETE FROM audit_events WHERE seq = 4")
    code, out = _verify(data_dir, capsys)
    assert code == 1 and "entry #4" in out


def test_truncated_tail_is_named(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _seed_audit(data_dir)
    _raw(data_dir, "DELETE FROM audit_events WHERE seq >= 5")
    code, out = _verify(data_dir, capsys)
    assert code == 1 and "entry #5" in out and "removed" in out


def test_purge_dry_run_then_real(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "purge", "--dry-run"]) == 0
    assert "would delete: 0 delivered application(s)" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "purge"]) == 0
    out = capsys.readouterr().out
    assert "deleted: 0" in out and "audit entry #1" in out
    assert _verify(data_dir, capsys)[0] == 0


def test_staff_add_reads_pin_from_stdin(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("482915\n"))
    argv = [
        "--data-dir",
        str(data_dir),
        "staff",
        "add",
        "--id",
        "qt01",
        "--name",
        "Phạm Quốc Khánh",
        "--role",
        "admin",
    ]
    assert main(argv) == 0
    assert "added admin account qt01" in capsys.readouterr().out
    store = open_context(data_dir).open_store()
    try:
        assert StaffDirectory(store).authenticate("qt01", "482915").is_admin
    finally:
        store.close()


def test_staff_add_refuses_trivial_pin_and_missing_pin(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["--data-dir", str(data_dir), "staff", "add", "--id", "nv01", "--name", "A B"]
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert main(argv) == 2
    assert "quá dễ đoán" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(argv) == 2
    assert "Chưa nhập mã PIN" in capsys.readouterr().err


def test_pin_is_never_a_command_line_argument() -> None:
    with pytest.raises(SystemExit):
        main(["staff", "add", "--id", "nv01", "--name", "A B", "--pin", "482915"])
