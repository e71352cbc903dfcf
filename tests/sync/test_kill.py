"""Kill ``kiosk sync`` with SIGKILL in the middle of an upload: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from portal import PortalDB
from tests.sync.conftest import ENROL_CODE

COUNT = 6
_MAIN = "import sys; from app.cli import main; sys.exit(main())"


def _kiosk(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _MAIN, *args], capture_output=True, text=True, timeout=120, **kw
    )


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_upload_loses_and_duplicates_nothing(portal) -> None:
    seeded = _kiosk(
        "dev", "seed", "--count", str(COUNT), "--attachment-size", "1500000", "--seed", "3"
    )
    assert seeded.returncode == 0, seeded.stderr
    provisioned = _kiosk("provision", "--portal", portal.url, "--code", ENROL_CODE)
    assert provisioned.returncode == 0, provisioned.stderr

    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _MAIN,
            "sync",
            "--until-empty",
            "--timeout",
            "120",
            "--chunk-size",
            "65536",
            "--progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None
    delivered_before_kill = 0
    killed_during = None
    for line in proc.stdout:
        parts = line.split()
        if parts[:1] != ["item"]:
            continue
        _, app_id, state, progress = parts
        delivered_before_kill += state == "delivered"
        if state == "sending" and 0 < float(progress) < 0.5 and delivered_before_kill >= 1:
            proc.send_signal(signal.SIGKILL)
            killed_during = app_id
            break
    proc.wait(timeout=30)
    proc.stdout.close()
    assert killed_during is not None, "sync finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL

    db = PortalDB(portal.db_path)
    partial = db._query("SELECT upload_id, committed, size FROM uploads WHERE complete = 0")
    assert partial and 0 < partial[0]["committed"] < partial[0]["size"]  # killed mid-upload
    assert db.stats()["applications"] < COUNT

    again = _kiosk("sync", "--until-empty", "--timeout", "120", "--chunk-size", "65536")
    assert again.returncode == 0, again.stderr
    status = json.loads(_kiosk("sync", "status", "--json").stdout)
    assert (status["delivered"], status["pending"], status["failed"]) == (COUNT, 0, 0)
    stats = db.stats()
    assert stats["applications"] == COUNT and stats["duplicates"] == 0
    assert stats["uploads"] == stats["uploads_complete"] == COUNT
    resumed = db._query(
        "SELECT complete FROM uploads WHERE upload_id = ?", (partial[0]["upload_id"],)
    )
    assert resumed[0]["complete"] == 1  # the same upload finished: resumed, not restarted
    db.close()
