"""Document photos: a still from the camera's frames, cropped to the paper, refused when dark
or blurred. Frames are real QImages sent through the same QVideoSink path the camera uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from tests.ui._walk import document_photo
from ui.input import DocumentCamera, check_photo, crop_to_paper, forget_captures


def _camera(qtbot: Any) -> DocumentCamera:
    camera = DocumentCamera(use_camera=False)  # no camera device here: frames come via a sink
    qtbot.addWidget(camera)
    camera.attach_sink(QVideoSink(camera))
    camera.show()
    return camera


def _show(camera: DocumentCamera, image: QImage) -> None:
    camera.sink.setVideoFrame(QVideoFrame(image))


def _darker(image: QImage, factor: float) -> QImage:
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    for y in range(out.height()):
        for x in range(0, out.width(), 1):
            c = out.pixelColor(x, y)
            out.setPixelColor(x, y, c.darker(int(100 / factor)))
    return out


def _blurred(image: QImage) -> QImage:
    small = image.scaledToWidth(80, Qt.TransformationMode.SmoothTransformation)
    return small.scaledToWidth(image.width(), Qt.TransformationMode.SmoothTransformation)


def test_a_sharp_photo_is_cropped_to_the_paper_and_kept(qtbot) -> None:
    camera = _camera(qtbot)
    _show(camera, document_photo())
    assert camera.latest is not None  # the frame went through the sink
    with qtbot.waitSignal(camera.captured) as got:
        camera.shoot.click()
    path = got.args[0]
    kept = QImage(str(path))
    assert not kept.isNull()
    # The desk around the sheet (800 x 640 of 1280 x 720) is cut away.
    assert 700 <= kept.width() <= 900 and 560 <= kept.height() <= 720
    assert "Đã chụp" in camera.message.text()
    forget_captures()
    assert not path.exists()


def test_a_dark_photo_is_refused_with_what_to_do(qtbot) -> None:
    camera = _camera(qtbot)
    dark = document_photo().scaled(320, 180)
    _show(camera, _darker(dark, 0.2))
    assert camera.take() is None
    assert "tối" in camera.message.text()


def test_a_blurred_photo_is_refused_with_what_to_do(qtbot) -> None:
    camera = _camera(qtbot)
    _show(camera, _blurred(document_photo()))
    assert camera.take() is None
    assert "mờ" in camera.message.text()


def test_no_frame_yet_says_to_wait(qtbot) -> None:
    camera = _camera(qtbot)
    assert camera.take() is None
    assert camera.message.text()


def test_checks_on_plain_images() -> None:
    sharp = document_photo()
    assert check_photo(sharp) is None
    assert check_photo(_blurred(sharp)) is not None
    plain = QImage(400, 300, QImage.Format.Format_RGB32)
    plain.fill(Qt.GlobalColor.white)
    assert check_photo(plain) is not None  # nothing printed on it: nothing to read
    assert crop_to_paper(plain).size() == plain.size()
