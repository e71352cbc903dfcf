"""The home screen painted before the rest of the kiosk has loaded (issue 17).

``kiosk run`` shows :class:`ui._first_frame.FirstFrame` first; the kiosk window
replaces it once the store is open. A resident who tapped meanwhile gets what
they tapped; what they typed in the search box is kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from kiosk.first_paint import HomeLook
from tests.ui._kiosk import kiosk_env, window  # noqa: F401 - fixtures
from ui._first_frame import FirstFrame


def _frame(qtbot: Any, look: HomeLook) -> FirstFrame:
    frame = FirstFrame(look)
    qtbot.addWidget(frame)
    with qtbot.waitSignal(frame.painted, timeout=10_000):
        frame.show()
    return frame


def test_the_frame_is_the_home_screen_in_the_configured_look(qtbot: Any) -> None:
    look = HomeLook(name="UBND xã Uy Nỗ", font_scale=150, high_contrast=True, voice=False)
    frame = _frame(qtbot, look)
    texts = [label.text() for label in frame.findChildren(QLabel)]
    assert "UBND xã Uy Nỗ" in texts
    assert frame.topbar.scale.text() == "150 %"
    assert frame.topbar.contrast.isChecked() and not frame.topbar.voice.isChecked()
    assert frame.property("highContrast") is True
    assert frame.home.start.isVisible() and not frame.topbar.done.isVisible()


def test_a_tap_on_the_frame_is_carried_out_by_the_kiosk_window(
    qtbot: Any,
    window: Any,  # noqa: F811
) -> None:
    frame = _frame(qtbot, HomeLook())
    frame.home.lookup.click()
    frame.home.start.click()  # the last tap is the one carried out
    assert window.current_screen() == "home"
    frame.hand_over(window.get_screen("home"))
    qtbot.waitUntil(lambda: window.current_screen() == "catalog", timeout=10_000)
    assert not frame.isVisible()


def test_a_search_typed_on_the_frame_is_kept(qtbot: Any, window: Any) -> None:  # noqa: F811
    frame = _frame(qtbot, HomeLook())
    frame.home.search.setText("khai sinh")
    frame.hand_over(window.get_screen("home"))
    assert window.get_screen("home").search.text() == "khai sinh"
    assert window.current_screen() == "home"  # nothing was tapped
