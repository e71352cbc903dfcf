"""SyncController: background delivery reported through signals; stop() leaves nothing running."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from sync import SyncController
from tests.sync.conftest import ENROL_CODE, add_application


def test_controller_delivers_and_signals(qtbot, executor, portal) -> None:
    from sync import enrol

    app_id = add_application(executor)
    controller = SyncController(
        executor,
        portal.url,
        enroll=lambda: enrol(executor, portal.url, ENROL_CODE, timeout=5),
        interval_s=3600,
    )
    states: list[str] = []
    finished: list[dict] = []
    controller.item_changed.connect(lambda a, s, p: states.append(s) if a == app_id else None)
    controller.sync_finished.connect(finished.append)
    try:
        with qtbot.waitSignal(controller.link_changed, timeout=20_000) as link:
            controller.start()
        assert link.args == [True]
        qtbot.waitUntil(lambda: any(c.get("delivered") == 1 for c in finished), timeout=20_000)
        counts = finished[-1]
        assert counts["pending"] == 0 and counts["online"] and counts["failed"] == 0
        assert states[0] == "sending" and states[-1] == "delivered"
        assert controller.online is True
        new_id = add_application(executor)
        with qtbot.waitSignal(
            controller.sync_finished,
            timeout=20_000,
            check_params_cb=lambda c: c.get("delivered") == 2,
        ):
            controller.sync_now()
        assert executor.call(lambda s: s.get_application(new_id)).state == "delivered"
    finally:
        controller.stop()
    assert controller._thread is None


def test_controller_reports_offline(qtbot, executor) -> None:
    from sync import PortalClient

    add_application(executor)
    dead = PortalClient("http://127.0.0.1:9", timeout=0.5, kiosk_id="k", token="t")
    controller = SyncController(executor, dead, interval_s=3600)
    try:
        with qtbot.waitSignal(controller.link_changed, timeout=10_000) as blocker:
            controller.start()
        assert blocker.args == [False]
    finally:
        controller.stop()
    assert executor.call(lambda s: s.outbox_counts())["pending"] == 1
