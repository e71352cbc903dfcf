"""A 1366x768 laptop at 200 % text: what the first screen of each page must show without scrolling.

The slow layout walk (tests/ui/test_layout.py) checks every screen for clipped text and
controls out of reach; these quicker cases pin the defects seen on this screen in
particular: the question cut off above its error with the keyboard up, the consent tick
box below the fold, the drafts table scrolling sideways.
"""

# ruff: noqa: F811
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from tests.ui import _layout
from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401
from ui._screen_walk import SIZES
from ui.input import KeyboardHost
from ui.staff._table_fit import TableFitter

LAPTOP = SIZES["laptop"]


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _fully_in(outer: QRect, inner: QRect) -> bool:
    return outer.adjusted(-1, -1, 1, 1).contains(inner)


@pytest.fixture(autouse=True)
def _back_to_vietnamese(qapp) -> Any:
    """An English case leaves the app's translator on English: later tests expect Vietnamese."""
    yield
    translators = getattr(qapp, "_kiosk_translators", None)
    if translators is not None:
        translators.use("vi")


def _settled(qapp: Any, window: Any) -> None:
    for _ in range(5):
        qapp.processEvents()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_question_field_and_error_show_above_the_keyboard(qapp, qtbot, kiosk_env, lang) -> None:
    from ui._app import load_fonts

    context = kiosk_env[0]
    context.config.kiosk.language = lang
    load_fonts()
    window = make_window(qtbot, kiosk_env)
    window.setFixedSize(*LAPTOP)
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        window.set_font_scale(200)
        window.flow.open_intro("1.001193")
        window.flow.start_procedure("1.001193")
        qtbot.waitUntil(lambda: window.current_screen() == "wizard", timeout=10_000)
        wizard = window.get_screen("wizard")
        wizard.next.click()  # nothing typed: the first question shows its error
        row = next(r for r in wizard.rows.values() if r.isVisible() and r.error.text())
        host = next(h for h in wizard.findChildren(KeyboardHost) if h.isVisible())
        qtbot.waitUntil(lambda: host.keyboard.isVisible(), timeout=5_000)
        _settled(qapp, window)
        qtbot.waitUntil(lambda: not host._reveal_later.isActive(), timeout=5_000)
        _settled(qapp, window)
        viewport = _rect_in(window, host.scroll_area.viewport())
        keyboard = _rect_in(window, host.keyboard)
        field = row.input
        for part, name in ((row.question, "question"), (field, "field"), (row.error, "error")):
            rect = _rect_in(window, part)
            assert _fully_in(viewport, rect), f"the {name} is cut: {rect} outside {viewport}"
            assert not rect.intersects(keyboard), f"the keyboard covers the {name}"
        assert not _layout.keyboard_problems(window)
    finally:
        close_window(qtbot, window)


@pytest.mark.parametrize("size", ["laptop", "portrait"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_staff_tables_fit_without_sideways_scrolling(qapp, qtbot, kiosk_env, lang, size) -> None:
    from kiosk.security import StaffMember
    from ui._app import load_fonts
    from ui.staff._demo import seed_demo

    context, _catalog, executor = kiosk_env
    context.config.kiosk.language = lang
    # Demo rows on fixed days (the widest date and time texts), not the hour the test runs.
    seeded_at = datetime(2026, 12, 31, 16, 59, 50, tzinfo=UTC)  # 23:59:50 local
    executor.call(lambda svc: seed_demo(svc.store, now=seeded_at))
    load_fonts()
    window = make_window(qtbot, kiosk_env)
    window.setFixedSize(*SIZES[size])
    qtbot.waitExposed(window)
    try:
        window.flow._on_signed_in(StaffMember("qt01", "Phạm Thu Hà", "admin"))
        window.set_font_scale(200)
        window.open_staff_console()
        console = window.staff_page("staff_console")
        for tab in range(3):
            console.tabs.setCurrentIndex(tab)
            panel = console.tabs.currentWidget()
            table = panel.table
            qtbot.waitUntil(lambda t=table: t.rowCount() > 0, timeout=10_000)
            qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
            _settled(qapp, window)
            fitter = table.findChild(TableFitter)
            qtbot.waitUntil(lambda f=fitter: not f._later.isActive(), timeout=5_000)
            _settled(qapp, window)
            bar = table.horizontalScrollBar()
            assert bar.maximum() == 0, f"tab {tab}: scrolls sideways by {bar.maximum()} px"
            problems = [p for p in _layout.text_problems(window) if "QTable" in p]
            assert not problems, "\n".join(problems)
    finally:
        close_window(qtbot, window)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_first_consent_tick_box_is_on_the_first_screen(qapp, qtbot, kiosk_env, lang) -> None:
    from ui._app import load_fonts

    context, catalog, _executor = kiosk_env
    context.config.kiosk.language = lang
    load_fonts()
    window = make_window(qtbot, kiosk_env)
    window.setFixedSize(*LAPTOP)
    qtbot.waitExposed(window)
    try:
        window.set_font_scale(200)
        consent = window.get_screen("consent")
        consent.show_consents(catalog.get("1.001193"), window.lang)
        window.show_screen("consent")
        _settled(qapp, window)
        box = next(iter(consent.boxes.values()))
        area = consent.body.parentWidget().parentWidget()  # the scroll area around the cards
        viewport = _rect_in(window, area.viewport())
        assert _fully_in(viewport, _rect_in(window, box)), "the first tick box is below the fold"
        header = _rect_in(window, consent.intro).bottom() - _rect_in(window, consent).top()
        assert header < 0.3 * consent.height(), f"the header takes {header} px"
        assert not [p for p in _layout.text_problems(window) if "Consent" in p]
    finally:
        close_window(qtbot, window)
