"""Issue 19, attack 9: core dumps and tracebacks.

A core dump of the kiosk held decrypted drafts (only the systemd unit limited
core dumps); a full disk made the CLI print a Python traceback. Every command
now sets its own core-dump limit to zero first, and known failures (disk full,
locked database, missing key) end as one plain line and an exit code.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import kiosk.store._base as store_base
from app.cli import main
from app.cli._failures import EXIT_DISK_FULL, EXIT_KEY, EXIT_LOCKED
from kiosk.services import open_context

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_disables_core_dumps_first() -> None:
    script = textwrap.dedent(
        """
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))  # as loose as allowed
        before = resource.getrlimit(resource.RLIMIT_CORE)
        from app.cli import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        print(before, resource.getrlimit(resource.RLIMIT_CORE))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    assert out.endswith("(0, 0)"), out


def _one_plain_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert "Traceback" not in err and len(lines) == 1, err
    return lines[0]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system for the data dir (needs root and mount; skipped otherwise)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_plain_line(tiny_disk: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "KIOSK_DATA_DIR": str(tiny_disk / "data"),
        "KIOSK_KEY_FILE": str(tmp_path / "keys" / "data.key"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "app", "dev", "seed", "--count", "400"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == EXIT_DISK_FULL, (proc.returncode, proc.stderr[-2000:])
    assert "đầy" in _one_plain_line(proc.stderr)


def test_a_locked_database_is_one_plain_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_context(data_dir).open_store().close()
    real_connect = store_base.connect

    def impatient(path: object) -> sqlite3.Connection:  # waits 0.2 s, not 30 s, for the lock
        conn = real_connect(path)  # type: ignore[arg-type]
        conn.execute("PRAGMA busy_timeout=200")
        return conn

    monkeypatch.setattr(store_base, "connect", impatient)
    holder = sqlite3.connect(data_dir / "kiosk.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), "purge"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == EXIT_LOCKED
    assert "chương trình khác" in _one_plain_line(capsys.readouterr().err)


def test_a_missing_key_is_one_plain_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_context(data_dir).open_store().close()
    Path(os.environ["KIOSK_KEY_FILE"]).unlink()
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "sync", "--once"])
    err = capsys.readouterr().err
    assert code == EXIT_KEY and "Traceback" not in err and "kiosk new-data-dir" in err
