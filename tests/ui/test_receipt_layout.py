"""The receipt screen at 200 %: the page keeps the height, the QR sits where it fits, and
the scroll bar is a touch-sized groove with a handle drawn in both themes.

The screen is laid out under the kiosk's own style sheet at the size a window gives it
below the top bar (1366x768 laptop, 1080x1920 portrait), with a sample application filed
through the kiosk's services.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

import forms
from kiosk.services import KioskServices, file_sample
from tests.kiosk.test_receipts_every_procedure import services as services
from ui._theme import colors, stylesheet
from ui.screens import ReceiptScreen

TOP_BAR = 70  # about what the top bar takes at 200 %


def _shown(qtbot: Any, services: KioskServices, size: tuple[int, int], **display: Any) -> Any:
    screen = ReceiptScreen()
    qtbot.addWidget(screen)
    screen.setStyleSheet(stylesheet(**display))
    screen.resize(size[0], size[1] - TOP_BAR)
    filed = file_sample(services, "1.001193", forms.sample_answers("1.001193"))
    screen.show_application(
        filed.record,
        procedure_name="Đăng ký khai sinh",
        sms_phone="0912345678",
        receipt=filed.receipt,
        definition=services.definition("1.001193"),
    )
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.qr.pos() != QPoint(0, 0))  # laid out
    # The scroll area shows or hides its bars on a queued call after their ranges change.
    bars = (screen._scroll.horizontalScrollBar(), screen._scroll.verticalScrollBar())
    qtbot.waitUntil(lambda: all(b.isVisible() == (b.maximum() > 0) for b in bars))
    return screen


def _rect(widget: QWidget, screen: QWidget) -> QRect:
    return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("high_contrast", [False, True])
def test_at_200_percent_on_a_laptop_the_page_keeps_the_height(
    qtbot: Any, services: KioskServices, high_contrast: bool
) -> None:
    screen = _shown(qtbot, services, (1366, 768), scale=200, high_contrast=high_contrast)
    view = screen._scroll.viewport()
    assert view.height() >= 0.75 * screen.height(), f"scroll area {view.height()} px tall"
    # One line of buttons below it: print and done side by side.
    assert _rect(screen.print_button, screen).top() == _rect(screen.done, screen).top()
    # The QR beside the code, not under it (under it, it was below the fold).
    code, qr = _rect(screen.code, screen), _rect(screen.qr, screen)
    assert qr.left() > code.right() and qr.top() < code.bottom()
    assert screen._scroll.horizontalScrollBar().maximum() == 0  # nothing wider than the screen

    bar = screen._scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.isVisible() and bar.width() >= 48
    # Drawn as a groove with a handle a finger can find: the handle's colour runs the bar
    # down for the view's share of the page (with only a width set, Qt drew two small boxes).
    image = bar.grab().toImage()
    handle = QColor(colors(high_contrast)["handle"])
    middle = image.width() // 2
    run = [y for y in range(image.height()) if image.pixelColor(middle, y) == handle]
    share = view.height() / screen._scroll.widget().height()
    assert run and len(run) >= 0.8 * share * bar.height()
    groove = QColor(colors(high_contrast)["groove"])
    assert image.pixelColor(middle, image.height() - 2) == groove


def test_at_200_percent_on_a_portrait_screen_the_qr_goes_under_the_code(
    qtbot: Any, services: KioskServices
) -> None:
    screen = _shown(qtbot, services, (1080, 1920), scale=200)
    code, qr = _rect(screen.code, screen), _rect(screen.qr, screen)
    assert qr.top() >= code.bottom()
    assert screen._scroll.horizontalScrollBar().maximum() == 0


def test_at_100_percent_the_qr_is_beside_the_code(qtbot: Any, services: KioskServices) -> None:
    screen = _shown(qtbot, services, (1366, 768), scale=100)
    code, qr = _rect(screen.code, screen), _rect(screen.qr, screen)
    assert qr.left() > code.right() and qr.top() < code.bottom()


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_long_page_still_has_a_handle_a_finger_can_drag(
    qtbot: Any, scale: int, high_contrast: bool
) -> None:
    from PySide6.QtWidgets import QLabel, QScrollArea

    area = QScrollArea()
    qtbot.addWidget(area)
    area.setStyleSheet(stylesheet(scale=scale, high_contrast=high_contrast))
    area.setWidget(QLabel("\n".join(f"dòng {n}" for n in range(400))))
    area.resize(600, 500)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    assert bar.width() >= 48
    image = bar.grab().toImage()
    handle = QColor(colors(high_contrast)["handle"])
    middle = image.width() // 2
    run = [y for y in range(image.height()) if image.pixelColor(middle, y) == handle]
    assert len(run) >= 48, f"handle {len(run)} px long"
    # Qt counts the bar's length hint in every scroll area's least height: it stays Qt's
    # own (two arrows and a 26 px handle), so no screen's layout got taller.
    assert bar.sizeHint().height() == 2 * bar.width() + 26
