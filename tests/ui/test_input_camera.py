"""Camera scanning: real zxing-cpp decoding of generated QR images (no camera needed)."""

from __future__ import annotations

import io

import pytest
import qrcode
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

from ui.input import NO_CAMERA_TEXT, CameraScanner, decode_qr_image

CARD_7 = (
    "001190012345|012345678|Nguyễn Thị Ánh Tuyết|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)


def qr_image(text: str) -> QImage:
    buffer = io.BytesIO()
    qrcode.make(text).save(buffer, format="PNG")
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return image


def camera_frame(text: str) -> QImage:
    """A 1280x720 grey 'camera frame' with the QR somewhere off-centre, scaled down."""
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor(150, 150, 150))
    qr = qr_image(text).scaled(420, 420, Qt.AspectRatioMode.KeepAspectRatio)
    painter = QPainter(frame)
    painter.drawImage(QPoint(700, 180), qr)
    painter.end()
    return frame


@pytest.fixture
def scanner(qtbot) -> CameraScanner:  # type: ignore[no-untyped-def]
    widget = CameraScanner(use_camera=False)
    qtbot.addWidget(widget)
    return widget


def test_decode_generated_qr_keeps_vietnamese() -> None:
    assert decode_qr_image(qr_image(CARD_7)) == [CARD_7]


def test_decode_qr_inside_a_larger_frame() -> None:
    assert decode_qr_image(camera_frame(CARD_7)) == [CARD_7]


def test_decode_blank_and_null_images() -> None:
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_qr_image(blank) == []
    assert decode_qr_image(QImage()) == []


def test_camera_off_says_no_camera(scanner: CameraScanner) -> None:
    assert not scanner.available
    texts = [label.text() for label in scanner.findChildren(QLabel)]
    assert NO_CAMERA_TEXT in texts
    scanner.start()  # no-ops, no error
    scanner.stop()


def test_without_camera_device_it_says_no_camera(qtbot) -> None:
    widget = CameraScanner()  # QtMultimedia may or may not load here; no camera either way
    qtbot.addWidget(widget)
    if widget.available:
        pytest.skip("this machine has a camera")
    assert NO_CAMERA_TEXT in [label.text() for label in widget.findChildren(QLabel)]


def test_frame_with_card_emits_once_until_cleared(qtbot, scanner: CameraScanner) -> None:
    frame = camera_frame(CARD_7)
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000) as blocker:
        scanner.process_image(frame)
    card = blocker.args[0]
    assert (card.id_number, card.full_name, card.sex) == (
        "001190012345",
        "Nguyễn Thị Ánh Tuyết",
        "Nữ",
    )
    with qtbot.assertNotEmitted(scanner.card_scanned):
        scanner.process_image(frame)  # the same card still in front of the camera
    scanner.clear()
    with qtbot.waitSignal(scanner.card_scanned, timeout=5000):
        scanner.process_image(frame)


def test_clear_drops_the_last_frame(scanner: CameraScanner) -> None:
    scanner.process_image(camera_frame("hello"))
    assert scanner._last_image is not None
    scanner.clear()
    assert scanner._last_image is None
    assert all(label.pixmap().isNull() for label in scanner.findChildren(QLabel))


def test_malformed_card_qr_fails_plainly(qtbot, scanner: CameraScanner) -> None:
    with qtbot.waitSignal(scanner.scan_failed) as blocker:
        scanner.process_image(qr_image("001190012345|Nguyen|01021990|Nam"))
    assert blocker.args[0].endswith("Xin quét lại hoặc nhập tay.")


def test_application_code_qr(qtbot, scanner: CameraScanner) -> None:
    with qtbot.waitSignal(scanner.code_scanned) as blocker:
        scanner.process_image(qr_image("000.00.01.H26-260930-0012"))
    assert blocker.args == ["000.00.01.H26-260930-0012"]


def test_unrelated_qr_emits_nothing(qtbot, scanner: CameraScanner) -> None:
    with (
        qtbot.assertNotEmitted(scanner.card_scanned),
        qtbot.assertNotEmitted(scanner.scan_failed),
        qtbot.assertNotEmitted(scanner.code_scanned),
    ):
        assert scanner.process_image(qr_image("https://dichvucong.gov.vn")) == [
            "https://dichvucong.gov.vn"
        ]
