"""The reference portal stands alone: it runs with Qt and the kiosk's packages unimportable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A child interpreter where PySide6 and every kiosk-side package fail to import, as on a
# server that has only the portal, wire and the shared clock installed. The portal starts,
# enrols a kiosk, opens a sealed application and stores it.
_SCRIPT = r"""
import importlib.abc, json, sys

BLOCKED = ("PySide6", "shiboken6", "app", "forms", "kiosk", "sync", "ui")
# The one clock and the working-day calendar (pure, no dependencies) are shared with the
# kiosk: the portal counts due dates the same way (pyproject's portal contract).
SHARED = ("kiosk", "kiosk.clock", "kiosk.workdays")

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED and name not in SHARED:
            raise ImportError(f"{name} is not installed on a portal server")
        return None

sys.meta_path.insert(0, Block())

import requests
import portal
import wire

db = sys.argv[1]
running = portal.start_portal_in_thread(db, enroll_code="STANDALONE")
try:
    base = running.url
    assert requests.get(base + "/v1/health", timeout=10).status_code == 200
    enrolled = requests.post(
        base + "/v1/enrol",
        json={"code": "STANDALONE", "device_id": "dev-1", "name": "test"},
        timeout=10,
    ).json()
    app_id = "0b0c5a4e-1111-4a5b-9c3d-000000000001"
    answers = {"answers": {"child_full_name": "Nguyễn Văn An"}, "procedure_code": "1.001193",
               "definition_version": "1", "level": "toan_trinh",
               "submitted_at": "2026-01-05T02:00:00.000000Z"}
    stored, _ = wire.seal_application(app_id, answers, [], enrolled["public_key_pem"].encode())
    body = wire.submission(app_id, stored, [])
    reply = requests.post(
        base + "/v1/applications",
        json=body,
        headers={"Authorization": "Bearer " + enrolled["token"],
                 "X-Kiosk-Id": enrolled["kiosk_id"], "Idempotency-Key": "k-1"},
        timeout=10,
    )
    accepted = wire.Accepted.from_json(reply.json())
    print(json.dumps({"status": reply.status_code, "code": accepted.official_code,
                      "qt": any(m.startswith("PySide6") for m in sys.modules)}))
finally:
    running.stop()
"""


def test_portal_runs_without_qt_or_the_kiosk(tmp_path: Path) -> None:
    # The child is about imports, not time: it runs on the real clock even under make
    # test's faketime runs (libfaketime rejects the sleeps of uvicorn's start-up there).
    env = {
        k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")
    }
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "portal.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    last = proc.stdout.strip().splitlines()[-1]
    assert '"status": 201' in last and '"qt": false' in last, last
