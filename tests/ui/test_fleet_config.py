"""A configuration pushed from the portal changes a running kiosk's idle timeout; a broken one
and a badly signed one are refused while the last good one stays (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import forms
import portal as reference_portal
import sync
from app.cli import main
from kiosk.fleetconfig import applied_serial, last_refusal
from kiosk.services import KioskServices, StoreExecutor, open_context
from tests.ui._kiosk import close_window, make_window

ENROL_CODE = "fleet-enrol-code"
TOKEN = "fleet-admin-token-for-ui-tests"


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Any]:
    running = reference_portal.start_portal_in_thread(
        tmp_path / "portal.db", enroll_code=ENROL_CODE
    )
    db = reference_portal.PortalDB(running.db_path)
    try:
        reference_portal.set_admin_token(db, TOKEN)
    finally:
        db.close()
    yield running
    running.stop()


@pytest.fixture
def fleet_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The fleet's signing key (``kiosk fleet keygen``); the kiosk trusts its public half."""
    key = tmp_path / "fleet.pem"
    assert main(["fleet", "keygen", str(key)]) == 0
    public = capsys.readouterr().out.strip()
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.toml").write_text(f'[fleet]\nconfig_public_key = "{public}"\n', "utf-8")
    return key


@pytest.fixture
def kiosk(tmp_path: Path, fleet_key: Path) -> Iterator[tuple[Any, Any, StoreExecutor]]:
    context = open_context(tmp_path / "data")
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    yield context, catalog, executor
    executor.shutdown(lambda s: s.store.close())


def _push(tmp_path: Path, key: Path, portal: Any, serial: int, settings: str) -> None:
    """``kiosk fleet sign`` then ``kiosk fleet publish``, as a technician would."""
    source = tmp_path / f"settings-{serial}.toml"
    source.write_text(settings, encoding="utf-8")
    document = tmp_path / f"doc-{serial}.json"
    token = tmp_path / "token"
    token.write_text(TOKEN, encoding="utf-8")
    signed = ["fleet", "sign", str(source), "--key", str(key), "--serial", str(serial)]
    assert main([*signed, "--out", str(document)]) == 0
    publish = ["fleet", "publish", str(document), "--portal", portal.url]
    assert main([*publish, "--token-file", str(token)]) == 0


def test_pushed_configuration_changes_the_idle_timeout_and_bad_ones_are_refused(
    qtbot: Any, tmp_path: Path, portal: Any, fleet_key: Path, kiosk: Any
) -> None:
    context, _catalog, executor = kiosk
    data_dir = context.data_dir
    reporter = sync.FleetReporter(executor, data_dir, context.clock)
    controller = sync.SyncController(
        executor,
        portal.url,
        enroll=lambda: sync.ensure_enrolled(executor, portal.url, ENROL_CODE),
        interval_s=3600,
        fleet=reporter,
    )
    window = make_window(qtbot, kiosk, sync=controller)
    try:
        assert window.idle.idle_ms == 120_000
        _push(tmp_path, fleet_key, portal, 1, "[session]\nidle_timeout_s = 45\n")
        with qtbot.waitSignal(controller.config_changed, timeout=30_000):
            controller.start()
        qtbot.waitUntil(lambda: window.idle.idle_ms == 45_000, timeout=10_000)
        assert applied_serial(data_dir) == 1

        # Broken: fails `kiosk config validate`'s rules (publish checks only the signature's
        # shape, so sign it by hand: `kiosk fleet sign` itself refuses such settings).
        from wire import ConfigDocument, sign_config

        broken = sign_config(
            ConfigDocument(2, "2026-12-05T00:00:00Z", {"session": {"idle_timeout_s": 5}}),
            fleet_key.read_bytes(),
        )
        headers = {"Authorization": f"Bearer {TOKEN}"}
        resp = requests.post(
            portal.url + "/v1/fleet/config", json=broken, headers=headers, timeout=10
        )
        assert resp.status_code == 201
        controller.sync_now()
        qtbot.waitUntil(lambda: "idle_timeout_s" in (last_refusal(data_dir) or ""), timeout=30_000)

        # Badly signed: another key than the one this kiosk trusts.
        other = tmp_path / "other.pem"
        assert main(["fleet", "keygen", str(other)]) == 0
        _push(tmp_path, other, portal, 3, "[session]\nidle_timeout_s = 300\n")
        controller.sync_now()
        qtbot.waitUntil(lambda: "signature" in (last_refusal(data_dir) or ""), timeout=30_000)
        assert window.idle.idle_ms == 45_000 and applied_serial(data_dir) == 1

        # The fleet page shows the refusal: the kiosk reports again once it judged a document.
        def fleet() -> Any:
            return requests.get(portal.url + "/v1/fleet", headers=headers, timeout=10).json()

        qtbot.waitUntil(
            lambda: any(
                r.startswith("configuration refused: bad signature")
                for r in fleet()["kiosks"][0]["attention"]
            ),
            timeout=10_000,
        )
        shown = fleet()["kiosks"][0]
        assert shown["config_serial"] == 1 and "signature" in shown["config_problem"]
    finally:
        controller.stop()
        close_window(qtbot, window)
