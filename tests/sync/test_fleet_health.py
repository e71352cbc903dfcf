"""Two kiosks under test report their health to one real reference portal on loopback, and the
fleet page (HTML and JSON) shows them with their figures, the one needing attention first."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.clock import FixedClock, system_clock
from kiosk.crypto import DataCipher
from kiosk.fleethealth import record_doctor_checks
from kiosk.services import StoreExecutor
from kiosk.store import open_store
from portal import PortalDB, RunningPortal, set_admin_token
from sync import FleetReporter, OutboxWorker, PortalClient, enrol
from tests.sync.conftest import ENROL_CODE, add_application

TOKEN = "fleet-admin-token-for-tests"
SECOND_CODE = "TEST-CODE-2"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The fleet tables and queries run on both of the portal's databases."""
    return str(request.param)


@pytest.fixture
def kiosks(tmp_path: Path, portal: RunningPortal) -> Iterator[list[tuple[Path, StoreExecutor]]]:
    """Two kiosks: their own data dirs and stores."""
    db = PortalDB(portal.db_path)
    try:
        db.add_enroll_code(SECOND_CODE)
        set_admin_token(db, TOKEN)
    finally:
        db.close()
    made = []
    for name in ("k1", "k2"):
        data_dir = tmp_path / name
        data_dir.mkdir()
        cipher = DataCipher(os.urandom(32))
        ex = StoreExecutor(lambda d=data_dir, c=cipher: open_store(d, c))
        ex.ready()
        made.append((data_dir, ex))
    yield made
    for _, ex in made:
        ex.shutdown(lambda store: store.close())


def _get(portal: RunningPortal, path: str, **kwargs: Any) -> requests.Response:
    return requests.get(portal.url + path, timeout=10, **kwargs)


def _admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def test_two_kiosks_appear_on_the_fleet_page_with_their_health(
    portal: RunningPortal, kiosks: list[tuple[Path, StoreExecutor]]
) -> None:
    (dir1, ex1), (dir2, ex2) = kiosks
    (dir1 / "kiosk.toml").write_text('[fleet]\ngroup = "ba-dinh"\n', encoding="utf-8")
    client1 = enrol(ex1, portal.url, ENROL_CODE, timeout=5)
    client2 = enrol(ex2, portal.url, SECOND_CODE, timeout=5)
    # Kiosk 1 delivers its application; kiosk 2 keeps one queued and runs 10 minutes late.
    add_application(ex1)
    assert OutboxWorker(ex1, client1).run_once().delivered == 1
    add_application(ex2, answers={"child_full_name": "Trần Thị Bình"})
    real = system_clock()
    late = FixedClock(real.now_utc() - timedelta(minutes=10))
    record_doctor_checks(
        dir1,
        [
            ("printer", "warn", "no printer installed: receipts are shown on screen"),
            ("camera", "ok", "1 camera"),
        ],
        real.stamp(),
    )
    reporter1 = FleetReporter(ex1, dir1, real)
    reporter2 = FleetReporter(ex2, dir2, late)
    for _ in range(2):  # the second report carries the skew measured on the first's reply
        reporter1.after_round(client1, online=True, synced=True)
        reporter2.after_round(client2, online=True, synced=False)

    assert _get(portal, "/v1/fleet").status_code == 401
    page = _get(portal, "/fleet")
    assert page.status_code == 401 and page.headers["WWW-Authenticate"].startswith("Basic")

    fleet = _get(portal, "/v1/fleet", headers=_admin()).json()["kiosks"]
    by_id = {k["kiosk_id"]: k for k in fleet}
    one, two = by_id[client1.kiosk_id], by_id[client2.kiosk_id]
    assert one["outbox_depth"] == 0 and one["oldest_undelivered_age_s"] is None
    assert one["last_sync_at"] is not None and one["group"] == "ba-dinh"
    assert one["version"] and one["free_disk_mb"] > 0
    assert abs(one["clock_skew_s"]) < 5
    assert [w["check"] for w in one["warnings"]] == ["printer"]
    assert "printer: warn" in one["attention"]
    assert two["outbox_depth"] == 1 and two["oldest_undelivered_age_s"] is not None
    assert two["last_sync_at"] is None
    assert -700 < two["clock_skew_s"] < -500
    assert any(r.startswith("clock off by") for r in two["attention"])
    assert fleet[0]["attention"], "a kiosk needing attention comes first"

    stored = json.dumps(fleet, ensure_ascii=False)
    assert "Nguyễn Văn An" not in stored and "Trần Thị Bình" not in stored  # no personal data

    basic = base64.b64encode(f"kythuat:{TOKEN}".encode()).decode()
    html = _get(portal, "/fleet", headers={"Authorization": f"Basic {basic}"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert client1.kiosk_id in html.text and client2.kiosk_id in html.text
    assert "printer: warn" in html.text and "clock off by" in html.text
    by_depth = _get(portal, "/fleet?sort=outbox_depth&order=desc", headers=_admin()).text
    assert by_depth.index(client2.kiosk_id) < by_depth.index(client1.kiosk_id)
    by_depth = _get(portal, "/fleet?sort=outbox_depth&order=asc", headers=_admin()).text
    assert by_depth.index(client1.kiosk_id) < by_depth.index(client2.kiosk_id)


def test_a_silent_kiosk_needs_attention(
    portal: RunningPortal, kiosks: list[tuple[Path, StoreExecutor]]
) -> None:
    (dir1, ex1), (_dir2, ex2) = kiosks
    client1 = enrol(ex1, portal.url, ENROL_CODE, timeout=5)
    enrol(ex2, portal.url, SECOND_CODE, timeout=5)  # enrolled, never reports
    FleetReporter(ex1, dir1, system_clock()).after_round(client1, online=True, synced=True)
    fleet = _get(portal, "/v1/fleet", headers=_admin()).json()["kiosks"]
    assert fleet[0]["attention"] == ["never reported"]
    assert fleet[1]["kiosk_id"] == client1.kiosk_id


def test_the_portal_refuses_a_malformed_report(portal: RunningPortal, client: PortalClient) -> None:
    resp = client._request("PUT", "/v1/kiosk-health", json={"version": "1", "outbox_depth": -1})
    assert resp.status_code == 422


@pytest.fixture
def admin_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    return lambda token: monkeypatch.setenv("KIOSK_PORTAL_ADMIN_TOKEN", token)


def test_the_admin_token_can_come_from_the_environment(
    portal: RunningPortal, admin_env: Callable[[str], None]
) -> None:
    assert _get(portal, "/v1/fleet", headers={"Authorization": "Bearer x" * 3}).status_code == 401
    admin_env("another-admin-token-from-env")
    ok = _get(portal, "/v1/fleet", headers={"Authorization": "Bearer another-admin-token-from-env"})
    assert ok.status_code == 200 and ok.json()["kiosks"] == []


def test_publishing_checks_shape_and_serial_and_serves_only_targeted_kiosks(
    portal: RunningPortal, kiosks: list[tuple[Path, StoreExecutor]]
) -> None:
    from wire import ConfigDocument, generate_config_keypair, sign_config

    (_dir1, ex1), (_dir2, ex2) = kiosks
    client1 = enrol(ex1, portal.url, ENROL_CODE, timeout=5)
    client2 = enrol(ex2, portal.url, SECOND_CODE, timeout=5)
    key, _ = generate_config_keypair()
    url = portal.url + "/v1/fleet/config"

    def publish(serial: int, **targets: Any) -> requests.Response:
        doc = ConfigDocument(serial, "2026-12-05T00:00:00Z", {"ui": {"voice": False}}, **targets)
        return requests.post(url, json=sign_config(doc, key), headers=_admin(), timeout=10)

    assert (
        requests.post(
            url, json=sign_config(ConfigDocument(1, "x", {}), key), timeout=10
        ).status_code
        == 401
    )
    assert publish(2, kiosks=(client2.kiosk_id,)).status_code == 201
    assert publish(2).status_code == 409  # never the same serial twice
    assert publish(1).status_code == 409
    bad = requests.post(
        url, json={"document": {"serial": 3}, "signature": "x"}, headers=_admin(), timeout=10
    )
    assert bad.status_code == 422
    listed = requests.get(url, headers=_admin(), timeout=10).json()["documents"]
    assert [(d["serial"], d["kiosks"]) for d in listed] == [(2, [client2.kiosk_id])]

    def served(client: PortalClient) -> Any:
        body = {
            "version": "1",
            "reported_at": "2026-12-05T00:00:00Z",
            "outbox_depth": 0,
            "free_disk_mb": 1000,
        }
        return client._request("PUT", "/v1/kiosk-health", json=body).json()["config"]

    assert served(client1) is None
    assert served(client2)["document"]["serial"] == 2


def test_a_portal_without_the_fleet_api_is_asked_again_only_later(
    data_dir: Path, executor: StoreExecutor
) -> None:
    """Another portal answers 404: one try, no failure logged every cycle."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str] = []

    class NoFleet(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            seen.append(self.path)
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), NoFleet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        client = PortalClient(url, timeout=5, kiosk_id="kiosk-x", token="token-x")
        reporter = FleetReporter(executor, data_dir, system_clock())
        for _ in range(3):
            reporter.after_round(client, online=True, synced=True)
        assert seen == ["/v1/kiosk-health"]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
