"""``kiosk release ...`` on the technician's machine and ``kiosk update ...`` on a kiosk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from kiosk.version import current_version
from tests.update._repo import make_build


def _release(tmp_path: Path, *args: str) -> int:
    return main(["release", *args, "--repo", str(tmp_path / "repo"), "--keys", str(tmp_path / "k")])


def test_init_publish_rotate_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _release(tmp_path, "init") == 0
    keys = sorted(p.name for p in (tmp_path / "k").iterdir())
    assert keys == ["root.pem", "snapshot.pem", "targets.pem", "timestamp.pem"]
    assert all((tmp_path / "k" / k).stat().st_mode & 0o077 == 0 for k in keys)
    assert _release(tmp_path, "init") == 1  # never overwrites a repository

    # One command publishes a build; a .tar.gz of the make dist folder works too.
    assert (
        _release(tmp_path, "publish", str(make_build(tmp_path, "1.0.0")), "--version", "1.0.0") == 0
    )
    second = make_build(tmp_path, "1.0.1")
    archive = tmp_path / "kiosk-1.0.1.tar.gz"
    subprocess.run(["tar", "-czf", str(archive), "-C", str(tmp_path), second.name], check=True)
    assert _release(tmp_path, "publish", str(archive), "--version", "1.0.1") == 0
    assert "published 1.0.1" in capsys.readouterr().out

    assert _release(tmp_path, "keys", "rotate", "targets") == 0
    assert len(list((tmp_path / "k" / "retired").iterdir())) == 1
    root = json.loads((tmp_path / "repo" / "metadata" / "root.json").read_text())
    assert root["signed"]["version"] == 2
    assert _release(tmp_path, "refresh") == 0

    assert main(["release", "status", "--repo", str(tmp_path / "repo")]) == 0
    out = capsys.readouterr().out
    assert "published  1.0.0" in out and "published  1.0.1" in out
    # A served archive changed on the server is reported.
    (served,) = (tmp_path / "repo" / "targets").glob("*.kiosk-1.0.0.tar.gz")
    served.write_bytes(served.read_bytes() + b"x")
    assert main(["release", "status", "--repo", str(tmp_path / "repo")]) == 1
    assert "FAIL  archive for kiosk-1.0.0.tar.gz does not match" in capsys.readouterr().out


def test_publish_without_keys_says_where_they_should_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _release(tmp_path, "init") == 0
    os.rename(tmp_path / "k", tmp_path / "elsewhere")
    assert _release(tmp_path, "publish", str(make_build(tmp_path, "1.0.0")), "--version", "1") == 1
    assert "offline key stick" in capsys.readouterr().err
    assert not list((tmp_path / "repo" / "targets").iterdir())  # nothing half-published


def test_version_and_update_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {current_version()}"
    assert main(["update", "status", "--install-dir", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert f"running version: {current_version()}" in out
    assert "updates: off" in out
    assert main(["update", "rollback", "--install-dir", str(tmp_path / "none")]) == 1


def test_doctor_reports_the_build_it_runs_from_source() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "doctor", "--probe-timeout", "5"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert f"info  build: version {current_version()} run from source" in done.stdout
