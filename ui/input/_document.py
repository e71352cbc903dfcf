"""Document photos with the kiosk's camera: a still, cropped to the paper, checked for blur
and darkness before it is kept.

The camera feeds a ``QVideoSink`` (QtMultimedia, loaded lazily like the QR scanner);
every frame goes through :meth:`DocumentCamera.frame_arrived`, whatever its source
(the camera, a video file, frames a test pushes into the same sink). "Chụp" keeps
the latest frame, crops it to the sheet of paper, and refuses a photo that is too
dark or blurred with a plain sentence. Kept photos are written to a private
folder that :func:`forget_captures` empties when the session ends.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

__all__ = ["DocumentCamera", "check_photo", "crop_to_paper", "forget_captures"]

log = logging.getLogger(__name__)

DARK_MEAN = 60
"""Mean brightness (0-255) under which a photo is too dark to read."""
BLUR_VARIANCE = 60.0
"""Laplacian variance (on a 320 px wide copy) under which a photo is too blurred to read."""

_capture_dir: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentCamera", text)


def _gray(image: QImage, width: int) -> tuple[list[bytes], int, int]:
    small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    gray = small.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    return [data[y * stride : y * stride + w] for y in range(h)], w, h


def check_photo(image: QImage) -> str | None:
    """None when the photo is readable; else a plain sentence saying what to do."""
    if image.isNull():
        return _tr("Chưa có hình từ camera. Hãy đợi một chút rồi chụp lại.")
    rows, w, h = _gray(image, 320)
    mean = sum(sum(r) for r in rows) / (w * h)
    if mean < DARK_MEAN:
        return _tr("Ảnh tối quá. Hãy để giấy tờ chỗ sáng hơn rồi chụp lại.")
    total = total_sq = count = 0
    for y in range(1, h - 1):
        up, row, down = rows[y - 1], rows[y], rows[y + 1]
        for x in range(1, w - 1):
            lap = up[x] + down[x] + row[x - 1] + row[x + 1] - 4 * row[x]
            total += lap
            total_sq += lap * lap
            count += 1
    variance = total_sq / count - (total / count) ** 2 if count else 0.0
    if variance < BLUR_VARIANCE:
        return _tr("Ảnh bị mờ. Hãy giữ yên giấy tờ, để gần camera hơn rồi chụp lại.")
    return None


def crop_to_paper(image: QImage) -> QImage:
    """The part of ``image`` holding the sheet of paper (brighter than what is around it).

    Rows and columns where most pixels are bright bound the sheet; when no such
    sheet covers at least a fifth of the picture, the whole picture is kept.
    """
    rows, w, h = _gray(image, 200)
    mean = sum(sum(r) for r in rows) / (w * h)
    bright = [[p > max(mean, 128) for p in r] for r in rows]
    ys = [y for y in range(h) if sum(bright[y]) > w * 0.3]
    xs = [x for x in range(w) if sum(bright[y][x] for y in range(h)) > h * 0.3]
    if not ys or not xs:
        return image
    left, right, top, bottom = min(xs), max(xs) + 1, min(ys), max(ys) + 1
    if (right - left) * (bottom - top) < w * h / 5:
        return image
    scale = image.width() / w
    rect = QRect(
        int(left * scale),
        int(top * scale),
        int((right - left) * scale),
        int((bottom - top) * scale),
    )
    return image.copy(rect.intersected(image.rect()))


def _folder() -> Path:
    global _capture_dir
    if _capture_dir is None or not _capture_dir.exists():
        _capture_dir = Path(tempfile.mkdtemp(prefix="kiosk-capture-"))  # mode 0700
    return _capture_dir


def forget_captures() -> None:
    """Delete every photo taken in this session (the wipe between residents)."""
    global _capture_dir
    if _capture_dir is not None:
        shutil.rmtree(_capture_dir, ignore_errors=True)
        _capture_dir = None


class DocumentCamera(QWidget):
    """Preview, "Chụp" and a message; emits ``captured(path)`` with a kept, checked photo.

    Args:
        use_camera: ``False`` never touches QtMultimedia: frames then come only
            through :meth:`frame_arrived` (a kiosk without camera, tests).
    """

    captured = Signal(object)
    """A photo passed the checks and was saved (its ``Path``, PNG)."""

    def __init__(self, parent: QWidget | None = None, *, use_camera: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Chụp giấy tờ bằng camera"))
        self.view = QLabel(self)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(320, 220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message = QLabel(_tr("Đặt giấy tờ phẳng trước camera, đủ sáng, rồi chạm Chụp."), self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "hint")
        self.shoot = QPushButton(_tr("Chụp"), self)
        self.shoot.setAccessibleName(_tr("Chụp ảnh giấy tờ"))
        self.shoot.setProperty("role", "primary")
        self.shoot.setMinimumHeight(64)
        self.shoot.clicked.connect(self.take)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.message)
        column.addWidget(self.shoot)
        self.latest: QImage | None = None
        self.sink: Any = None
        self._camera: Any = None
        self._session: Any = None
        self.available = self._set_up(use_camera)

    def _set_up(self, use_camera: bool) -> bool:
        if not use_camera:
            return False
        try:
            from PySide6 import QtMultimedia
        except ImportError as exc:  # missing system libraries raise ImportError too
            log.info("QtMultimedia unavailable: %s", exc)
            return False
        mm = QtMultimedia
        devices = mm.QMediaDevices.videoInputs()
        if not devices:
            return False
        self._camera = mm.QCamera(devices[0], self)
        self._session = mm.QMediaCaptureSession(self)
        self.attach_sink(mm.QVideoSink(self))
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        return True

    def attach_sink(self, sink: Any) -> None:
        """Take frames from ``sink`` (the camera's; a video player's or a test's works the same)."""
        self.sink = sink
        sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)

    def start(self) -> None:
        if self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def frame_arrived(self, image: QImage) -> None:
        """A frame from the source: shown as the preview, kept as the one "Chụp" takes."""
        if image.isNull():
            return
        self.latest = image
        self.view.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )

    def take(self) -> Path | None:
        """The still: the latest frame, cropped and checked; saved and reported when readable."""
        image = self.latest
        problem = check_photo(image) if image is not None else check_photo(QImage())
        if problem is not None or image is None:
            self.message.setText(problem or "")
            return None
        sheet = crop_to_paper(image)
        problem = check_photo(sheet)
        if problem is not None:
            self.message.setText(problem)
            return None
        folder = _folder()
        path = folder / f"giay-to-{len(list(folder.iterdir())) + 1}.png"
        if not sheet.save(str(path)):  # PNG, from the file name
            self.message.setText(_tr("Không lưu được ảnh. Hãy chụp lại hoặc đưa giấy cho cán bộ."))
            return None
        self.message.setText(_tr("Đã chụp. Ảnh rõ, đủ sáng."))
        self.view.setPixmap(
            QPixmap.fromImage(sheet).scaled(self.view.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        self.captured.emit(path)
        return path

    def clear(self) -> None:
        self.latest = None
        self.view.clear()

    def _on_sink_video_frame_changed(self, frame: Any) -> None:
        self.frame_arrived(frame.toImage())
