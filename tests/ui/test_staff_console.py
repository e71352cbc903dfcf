"""Staff console: find drafts by name through the blind index, resume, delete with audit; outbox
progress from the sync controller and "Đồng bộ ngay"; overdue and supplement work lists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from tests.ui._kiosk import kiosk_env  # noqa: F401 (fixture)
from ui import TaskManager
from ui.staff import StaffConsole
from ui.staff._common import Confirm
from ui.staff._demo import seed_demo


class FakeSync(QObject):
    """The sync controller's surface the console uses."""

    item_changed = Signal(str, str, float)

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def sync_now(self) -> None:
        self.calls += 1


@pytest.fixture
def console(qtbot: Any, kiosk_env: Any) -> Iterator[tuple[StaffConsole, Any, FakeSync]]:  # noqa: F811
    _, _, executor = kiosk_env
    executor.call(lambda s: seed_demo(s.store, applications=20))
    tasks = TaskManager(executor)
    sync = FakeSync()
    widget = StaffConsole(tasks, "cb01", sync=sync)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    yield widget, executor, sync
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)


def _draft_with_name(executor: Any, name: str) -> str:
    def make(services: Any) -> str:
        store = services.store
        draft = store.create_draft(procedure_code="1.001193", definition_version="1", mode="self")
        store.save_draft(draft.id, {"answers": {"requester_full_name": name}, "entered_by": {}})
        store.index_draft(draft.id, [name])
        return str(draft.id)

    return str(executor.call(make))


def test_drafts_found_by_folded_name_then_resumed(qtbot: Any, console: Any) -> None:
    widget, executor, _ = console
    draft_id = _draft_with_name(executor, "Phạm Thị Thuỷ")
    panel = widget.drafts
    panel.search.setText("pham thi thuy")  # no diacritics, other tone placement
    panel.find_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert [d.id for d in panel.drafts] == [draft_id]
    panel.table.selectRow(0)
    with qtbot.waitSignal(widget.resume_requested, timeout=2000) as signal:
        panel.resume.click()
    assert signal.args == [draft_id]


def test_delete_draft_asks_and_leaves_an_audit_entry(
    qtbot: Any, console: Any, monkeypatch: Any
) -> None:
    widget, executor, _ = console
    draft_id = _draft_with_name(executor, "Đỗ Văn Hùng")
    panel = widget.drafts
    panel.search.setText("Hùng Đỗ")
    panel.find_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    panel.table.selectRow(0)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: False))
    panel.delete.click()
    assert executor.call(lambda s: s.store.get_draft(draft_id)).id == draft_id
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    panel.delete.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    assert "Đã xoá" in panel.info.text()
    rows = executor.call(
        lambda s: s.store.query(
            "SELECT actor, subject FROM audit_events WHERE action = 'draft.deleted'"
        )
    )
    assert [(r[0], r[1]) for r in rows] == [("staff:cb01", draft_id)]
    with pytest.raises(LookupError):
        executor.call(lambda s: s.store.get_draft(draft_id))


def test_outbox_shows_progress_and_sync_now(qtbot: Any, console: Any) -> None:
    widget, executor, sync = console
    panel = widget.outbox
    widget.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 5, timeout=5000)  # 4 queued + 1 rejected
    assert "1 hồ sơ bị cổng trả lại" in panel.summary.text()
    app_id = panel.rows[0].application.id
    sync.item_changed.emit(app_id, "sending", 0.42)
    assert panel.bars[app_id].value() == 42
    assert "42 %" in panel.table.item(0, 2).text()
    panel.sync_now.click()
    assert sync.calls == 1
    panel.table.selectRow(0)
    panel.retry.click()
    qtbot.waitUntil(lambda: sync.calls == 2, timeout=5000)
    actions = executor.call(
        lambda s: s.store.query("SELECT subject FROM audit_events WHERE action = 'outbox.requeued'")
    )
    assert [r[0] for r in actions] == [app_id]


def test_applications_work_lists(qtbot: Any, console: Any) -> None:
    widget, executor, _ = console
    panel = widget.applications
    widget.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 20, timeout=5000)
    lists = executor.call(lambda s: __import__("kiosk.services").services.work_lists(s))
    panel.show_supplements.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(lists.supplements), timeout=5000)
    assert len(lists.supplements) > 0
    assert all(
        "Cần bổ sung" in panel.table.item(r, 4).text() for r in range(panel.table.rowCount())
    )
    panel.show_overdue.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(lists.overdue), timeout=5000)
    assert f"({len(lists.overdue)})" in panel.show_overdue.text()
    texts = [panel.table.item(r, 4).text() for r in range(panel.table.rowCount())]
    assert all("Quá hạn" in t for t in texts), texts
