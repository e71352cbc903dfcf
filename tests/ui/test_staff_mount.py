# ruff: noqa: F811
"""After a staff sign-in, "Trang cán bộ" opens the console, dashboard and (admins only) the
settings; a draft resumed from the console opens in the wizard; sign-out wipes and goes home."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401 (fixtures)
from tests.ui._shell import ADMIN_PIN, STAFF_PIN, FakeSync, add_staff, audit_actions, sign_in


@pytest.fixture
def staffed(qtbot: Any, kiosk_env: Any) -> Iterator[Any]:
    sync = FakeSync()
    window = make_window(qtbot, kiosk_env, sync=sync)
    window.fake_sync = sync
    add_staff(window)
    yield window
    close_window(qtbot, window)


def test_staff_page_appears_only_after_sign_in(qtbot, staffed) -> None:
    assert not staffed.topbar.staff_page.isVisible()
    staffed.open_staff_home()  # nobody signed in: nothing opens
    assert staffed.current_screen() == "home"
    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    assert staffed.topbar.staff_page.isVisible()
    staffed.topbar.staff_page.click()
    assert staffed.current_screen() == "staff_home"
    home = staffed.staff_page("staff_home")
    assert "Lê Văn Bình" in home.who.text()
    assert not home.settings.isVisible()  # not an admin


def test_console_syncs_through_the_controller(qtbot, staffed) -> None:
    from ui.staff import StaffConsole

    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_staff_home()
    staffed.staff_page("staff_home").console.click()
    assert staffed.current_screen() == "staff_console"
    console = staffed.staff_page("staff_console")
    assert isinstance(console, StaffConsole)
    console.tabs.setCurrentWidget(console.outbox)
    console.outbox.sync_now.click()
    assert staffed.fake_sync.calls == 1
    console.leave.click()
    assert staffed.current_screen() == "staff_home"
    qtbot.waitUntil(lambda: staffed.tasks.idle, timeout=10_000)


def test_dashboard_opens_and_returns(qtbot, staffed) -> None:
    from ui.staff import Dashboard

    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_staff_home()
    staffed.staff_page("staff_home").dashboard.click()
    assert staffed.current_screen() == "staff_dashboard"
    dashboard = staffed.staff_page("staff_dashboard")
    assert isinstance(dashboard, Dashboard)
    qtbot.waitUntil(lambda: staffed.tasks.idle, timeout=10_000)
    dashboard.close_requested.emit()
    assert staffed.current_screen() == "staff_home"


def test_admin_settings_only_for_an_admin(qtbot, staffed) -> None:
    from ui.staff import AdminSettings

    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_admin_settings()  # a staff member calling it directly is refused
    assert staffed.current_screen() == "catalog"
    staffed.sign_out_staff()
    sign_in(qtbot, staffed, "qt01", ADMIN_PIN)
    staffed.open_staff_home()
    home = staffed.staff_page("staff_home")
    assert home.settings.isVisible()
    home.settings.click()
    assert staffed.current_screen() == "staff_settings"
    settings = staffed.staff_page("staff_settings")
    assert isinstance(settings, AdminSettings)
    assert settings.path == staffed.data_dir / "kiosk.toml"
    assert settings.admin_id == "qt01"


def test_resume_from_the_console_opens_the_draft_in_the_wizard(qtbot, staffed) -> None:
    from tests.ui._kiosk import RESIDENT_NAME

    def make_draft(svc: Any) -> str:
        draft = svc.start_draft("1.001193", mode="assisted", staff_id="cb01")
        svc.save_answers(draft.id, {"requester_full_name": RESIDENT_NAME}, {})
        return str(draft.id)

    draft_id = staffed.tasks._executor.call(make_draft)
    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_staff_console()
    staffed.staff_page("staff_console").resume_requested.emit(draft_id)
    qtbot.waitUntil(lambda: staffed.session.draft_id == draft_id, timeout=10_000)
    assert staffed.current_screen() in ("wizard", "wholeform")
    assert staffed.session.answers["requester_full_name"] == RESIDENT_NAME
    assert staffed.session.staff_id == "cb01"  # still assisted


def test_sign_out_wipes_goes_home_and_is_audited(qtbot, staffed) -> None:
    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_staff_console()
    console = staffed.staff_page("staff_console")
    staffed.open_staff_home()
    staffed.staff_page("staff_home").sign_out.click()
    assert staffed.current_screen() == "home"
    assert staffed.session.mode == "self" and staffed.session.staff_id is None
    assert not staffed.session.staff_admin
    assert not staffed.topbar.staff_page.isVisible()
    assert not any(name.startswith("staff_") for name in staffed.pages)
    with pytest.raises(KeyError):
        staffed.staff_page("staff_console")
    assert console.parent() is None or not console.isVisible()
    qtbot.waitUntil(lambda: staffed.tasks.idle, timeout=10_000)
    entries = [(a, b, json.loads(c)) for a, b, c in audit_actions(staffed)]
    assert ("cb01", "staff.signed_out", {"reason": "manual"}) in entries


def test_idle_wipe_signs_staff_out(qtbot, staffed) -> None:
    sign_in(qtbot, staffed, "cb01", STAFF_PIN)
    staffed.open_staff_home()
    staffed.idle.expired.emit()
    assert staffed.current_screen() == "home" and staffed.session.staff_id is None
    qtbot.waitUntil(lambda: staffed.tasks.idle, timeout=10_000)
    entries = [(a, b, json.loads(c)) for a, b, c in audit_actions(staffed)]
    assert ("cb01", "staff.signed_out", {"reason": "idle"}) in entries
