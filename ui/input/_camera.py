"""Camera QR scanning: a preview that decodes frames with zxing-cpp.

QtMultimedia is imported lazily: on Debian it fails to load without libpulse0,
and a kiosk without a camera must still start. With no QtMultimedia or no camera
the widget just says "Không có camera" and does nothing else. Camera decoding is
the reliable path for Vietnamese text: the QR's UTF-8 bytes are read directly,
with no keyboard layout in between (unlike a wedge scanner).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.input._scan import classify_payload

__all__ = ["NO_CAMERA_TEXT", "CameraScanner", "decode_qr_image"]

log = logging.getLogger(__name__)

# Shown through self.tr() (context "CameraScanner" in resources/translations).
NO_CAMERA_TEXT = "Không có camera"
_HINT_TEXT = "Đưa mã QR trên thẻ căn cước vào trước camera"


def decode_qr_image(image: QImage) -> list[str]:
    """Return the texts of every QR code found in ``image`` (empty list if none).

    The raw bytes are decoded as UTF-8 when they are valid UTF-8 (CCCD payloads
    carry no charset marker, and a guessed Latin-1 would mangle the diacritics).
    """
    import zxingcpp

    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    results = zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    texts = []
    for result in results:
        try:
            texts.append(bytes(result.bytes).decode("utf-8"))
        except (UnicodeDecodeError, AttributeError):
            texts.append(result.text)
    return texts


def _load_multimedia() -> Any | None:
    """Import QtMultimedia, or ``None`` when the library (or libpulse) is missing."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as exc:  # missing system libraries raise ImportError too
        log.info("QtMultimedia unavailable: %s", exc)
        return None
    return QtMultimedia


class CameraScanner(QWidget):
    """Camera preview that reports a scanned card or application code.

    Call :meth:`start` when the scanning screen is shown and :meth:`stop` when it
    is left; :meth:`clear` drops the last frame and payload (session wipe).
    The same QR stays in front of the camera for many frames: each payload is
    reported once until another one is seen or :meth:`clear` is called.

    Signals: ``card_scanned(IdCard)``, ``scan_failed(str)``, ``code_scanned(str)``.

    Args:
        decode_interval_ms: decode at most one frame per interval (zxing-cpp on a
            720p frame takes tens of milliseconds on kiosk hardware).
        use_camera: ``False`` never touches QtMultimedia (a kiosk configured
            without camera, tests); the widget then says "Không có camera".
    """

    card_scanned = Signal(object)
    scan_failed = Signal(str)
    code_scanned = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decode_interval_ms: int = 150,
        use_camera: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Camera quét mã QR"))
        self.decode_interval_ms = decode_interval_ms
        self._view = QLabel(self)
        self._view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._view.setMinimumSize(240, 180)
        self._view.setWordWrap(True)
        self._status = QLabel(self)
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._status)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._last_payload: str | None = None
        self._last_image: QImage | None = None
        self._since_decode = QElapsedTimer()
        self._available = self._set_up(use_camera)

    # -- public -------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether a camera (and QtMultimedia) is there to scan with."""
        return self._available

    def start(self) -> None:
        """Start the camera (no-op without one)."""
        if self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        """Stop the camera (no-op without one)."""
        if self._camera is not None:
            self._camera.stop()

    def clear(self) -> None:
        """Drop the last frame and payload: nothing of the last resident stays on screen."""
        self._last_payload = None
        self._last_image = None
        self._view.clear()
        if not self._available:
            self._view.setText(self.tr(NO_CAMERA_TEXT))

    def process_image(self, image: QImage) -> list[str]:
        """Show ``image`` and decode it now; emits the scan signals. Returns the texts found.

        The camera path calls this for frames; tests and other sources may too.
        """
        self._show(image)
        texts = decode_qr_image(image)
        for text in texts:
            self._report(text)
        return texts

    # -- internals ----------------------------------------------------------------------

    def _set_up(self, use_camera: bool) -> bool:
        mm = _load_multimedia() if use_camera else None
        devices = mm.QMediaDevices.videoInputs() if mm is not None else []
        if mm is None or not devices:
            self._view.setText(self.tr(NO_CAMERA_TEXT))
            self._view.setAccessibleName(self.tr(NO_CAMERA_TEXT))
            return False
        self._camera = mm.QCamera(devices[0], self)
        self._session = mm.QMediaCaptureSession(self)
        self._sink = mm.QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._status.setText(self.tr(_HINT_TEXT))
        return True

    def _on_frame(self, frame: Any) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        if self._since_decode.isValid() and self._since_decode.elapsed() < self.decode_interval_ms:
            self._show(image)
            return
        self._since_decode.restart()
        self.process_image(image)

    def _on_camera_error(self, *_args: object) -> None:
        log.warning("camera error; scanning by camera disabled")
        self.stop()
        self._available = False
        self.clear()

    def _show(self, image: QImage) -> None:
        self._last_image = image
        pixmap = QPixmap.fromImage(image).scaled(
            self._view.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._view.setPixmap(pixmap)

    def _report(self, text: str) -> None:
        if text == self._last_payload:
            return
        self._last_payload = text
        result = classify_payload(text)
        if result is None:
            return
        if result.card is not None:
            self.card_scanned.emit(result.card)
        elif result.code is not None:
            self.code_scanned.emit(result.code)
        elif result.error is not None:
            self.scan_failed.emit(result.error)
