"""Dashboard: figures from the real store against the targets; one tap logs a paper intake."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries, QPieSeries

import forms
from kiosk.clock import FixedClock
from kiosk.services import KioskServices, StoreExecutor, open_context
from tests.ui._kiosk import kiosk_env  # noqa: F401 (fixture)
from ui import TaskManager
from ui.staff import Dashboard
from ui.staff._demo import seed_demo


def _dashboard(qtbot: Any, executor: Any, clock: Any = None) -> tuple[Dashboard, TaskManager]:
    tasks = TaskManager(executor, clock=clock)
    widget = Dashboard(tasks, days=14)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    return widget, tasks


# 21:00 UTC is 04:00 in Hà Nội, when the UTC date is still yesterday's (the hour the
# dashboard used to miss applications); 03:00 UTC is office hours; 16:59:59 UTC is a
# second before the local midnight.
PINNED = [
    datetime(2026, 12, 4, 21, 0, tzinfo=UTC),
    datetime(2026, 12, 5, 3, 0, tzinfo=UTC),
    datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC),
]


@pytest.fixture(params=PINNED, ids=lambda d: d.strftime("%H%M%SZ"))
def pinned_env(request: Any, tmp_path: Path) -> Iterator[tuple[Any, StoreExecutor]]:
    """(clock, executor) over a fresh store whose clock stands at one of ``PINNED``."""
    clock = FixedClock(request.param)
    context = open_context(tmp_path / "data", clock=clock)
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    yield clock, executor
    executor.shutdown(lambda s: s.store.close())


def test_dashboard_draws_local_figures_against_targets(qtbot: Any, pinned_env: Any) -> None:
    clock, executor = pinned_env
    executor.call(lambda s: seed_demo(s.store, applications=30))
    widget, tasks = _dashboard(qtbot, executor, clock)
    assert widget.figures.today == clock.today()
    figures = widget.figures
    assert sum(n for _, n in figures.per_day) == 30
    bars = widget.per_day.chart().series()[0]
    assert isinstance(bars, QBarSeries)
    assert [bars.barSets()[0].at(i) for i in range(14)] == [float(n) for _, n in figures.per_day]
    pie = widget.per_procedure.chart().series()[0]
    assert isinstance(pie, QPieSeries) and round(pie.sum()) == 30
    online = figures.intakes.online  # 30 kiosk applications, 30 paper intakes
    assert (online.part, online.whole) == (30, 60)
    assert (
        widget.online.figure.text().startswith("50 %") and "chưa đạt" in widget.online.figure.text()
    )
    assert "mục tiêu ≥ 60 %" in widget.online.goal.text()
    assert "mục tiêu ≥ 20 %" in widget.full_online.goal.text()
    assert widget.online.bar.target == 0.6 and widget.online.bar.share == 0.5
    assert "chờ lâu nhất" in widget.waiting.text()
    qtbot.waitUntil(lambda: tasks.idle, timeout=5000)


def test_paper_intake_is_one_tap(qtbot: Any, kiosk_env: Any) -> None:  # noqa: F811
    _, _, executor = kiosk_env
    widget, tasks = _dashboard(qtbot, executor)
    assert widget.online.figure.text() == "—"  # nothing counted yet: no fake 0 %
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.paper.click()
    assert "Đã ghi nhận 1 hồ sơ giấy" in widget.notice.text()
    assert widget.figures.intakes.paper == 1
    assert widget.online.figure.text().startswith("0 %")
    qtbot.waitUntil(lambda: tasks.idle, timeout=5000)
