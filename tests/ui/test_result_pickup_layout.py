# ruff: noqa: F811
"""The "Nhận kết quả" screen fits, reads and can be reached at each size and text scale."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.ui import _layout
from tests.ui._kiosk import close_window, kiosk_env, make_window  # noqa: F401
from ui._screen_walk import SIZES


@pytest.fixture(scope="module")
def result_pdf() -> bytes:
    from portal import issue_result_signer, make_result_ca
    from portal._results_pdf import ResultDocument, render_result, sign_result

    doc = ResultDocument(
        official_code="000.00.01.H26-260302-010001",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        applicants=("Nguyễn Thị Hoà",),
        decision="Đồng ý đăng ký khai sinh.",
        issued_on=dt.date(2026, 3, 2),
        agency_name="UBND phường Ba Đình",
        agency_id="000.00.01.H26",
    )
    signer = issue_result_signer(make_result_ca())
    return sign_result(render_result(doc), signer, reason="test", location="Hà Nội")


@pytest.mark.parametrize("size", ["laptop", "portrait"])
@pytest.mark.parametrize("scale", [100, 200])
def test_result_pickup_fits(qapp, qtbot, kiosk_env, result_pdf, size: str, scale: int) -> None:
    from ui._app import load_fonts
    from ui._result_desk import render_pages

    load_fonts()
    window = make_window(qtbot, kiosk_env)
    window.setFixedSize(*SIZES[size])
    qtbot.waitExposed(window)
    try:
        window.set_font_scale(scale)
        screen: Any = window.flow.results.screen()
        window.show_screen("result_pickup")
        screen.ask_card("000.00.01.H26-260302-010001", staff=True)
        qapp.processEvents()  # lay out
        problems = _layout.check(window, SIZES[size], pixels=False)
        screen.show_result(render_pages(result_pdf), "Ký bởi: UBND phường Ba Đình")
        qapp.processEvents()
        problems += _layout.check(window, SIZES[size], pixels=False)
        assert not problems, "\n".join(problems)
    finally:
        # The window starts the card parser's once-per-process preload; this test is quick.
        qtbot.waitUntil(_preload_finished, timeout=60_000)
        close_window(qtbot, window)


def _preload_finished() -> bool:
    import threading

    return not any(t.name == "card-parser-preload" for t in threading.enumerate())
