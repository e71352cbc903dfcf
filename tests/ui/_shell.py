"""Helpers for the shell's tests: staff accounts, a submitted application, audit actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

STAFF_PIN = "482915"
ADMIN_PIN = "739164"
SCAN = b"%PDF-1.4\n(giay chung sinh)\n%%EOF\n"


def add_staff(window: Any) -> None:
    """A staff member ``cb01`` and an admin ``qt01`` in the window's store."""
    from kiosk.security import StaffDirectory

    def add(svc: Any) -> None:
        directory = StaffDirectory.from_config(svc.store, svc.config)
        directory.add_staff("cb01", "Lê Văn Bình", "staff", STAFF_PIN)
        directory.add_staff("qt01", "Phạm Thu Hà", "admin", ADMIN_PIN)

    window.tasks._executor.call(add)


def sign_in(qtbot: Any, window: Any, staff_id: str, pin: str) -> None:
    """Assisted mode through the home screen's staff sign-in (touch: the keypad)."""
    window.get_screen("home").staff.click()
    staff = window.get_screen("staff")
    staff.staff_id.setText(staff_id)
    for digit in pin:
        next(k for k in staff.keys if k.text() == digit).click()
    next(k for k in staff.keys if k.text() == "✓").click()
    qtbot.waitUntil(lambda: window.current_screen() == "catalog", timeout=10_000)


def enter_pin(dialog: Any, staff_id: str, pin: str) -> None:
    """Type into a PinDialog by touch and press ✓."""
    dialog.staff_id.setText(staff_id)
    for digit in pin:
        next(k for k in dialog.keys if k.text() == digit).click()
    dialog.ok.click()


def audit_actions(window: Any) -> list[tuple[str, str, str]]:
    """(actor, action, detail) of every audit entry, oldest first."""
    rows = window.tasks._executor.call(
        lambda svc: svc.store.query("SELECT actor, action, detail FROM audit_events ORDER BY seq")
    )
    return [(r["actor"], r["action"], r["detail"]) for r in rows]


def submit_application(window: Any) -> Any:
    """A birth registration submitted straight through the services; the ApplicationRecord."""
    from kiosk.store import AttachmentInput, ConsentInput
    from tests.forms.samples import SAMPLES

    def work(svc: Any) -> Any:
        draft = svc.start_draft("1.001193")
        svc.save_answers(draft.id, dict(SAMPLES["1.001193"]), {})
        definition = svc.definition("1.001193")
        consents = [ConsentInput(c.id, c.version, c.text, True) for c in definition.consents]
        scan = AttachmentInput("giay_chung_sinh", "application/pdf", SCAN)
        return svc.submit(draft.id, consents=consents, attachments=[scan], today=svc.clock.today())

    # The first submission loads the address data (seconds); under faketime (make
    # test-times) on a loaded machine it has taken over a minute.
    return window.tasks._executor.call(work, timeout=180)


class FakeSync(QObject):
    """Stands in for the SyncController: counts ``sync_now()`` calls."""

    item_changed = Signal(str, str, float)

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def sync_now(self) -> None:
        self.calls += 1
