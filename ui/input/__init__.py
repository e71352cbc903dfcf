"""Vietnamese input for the kiosk: fields, on-screen keyboard, ID-card and code scanning.

No OS input method is needed: every field composes Telex/VNI itself through
``kiosk.text.ComposingBuffer``, so physical keys, the on-screen keyboard and
``kiosk.text.compose`` always give the same NFC text.

Input method (process-wide)
    ``set_default_input_method("telex" | "vni" | "off")``, ``default_input_method()``;
    ``input_method_settings().changed`` (Signal(str)) tells every listener.
    ``InputMethodSwitch(parent)``: three big toggle buttons "Telex / VNI / Tắt"
    for the top bar.

Fields
    ``VietLineEdit(text="", parent=None, *, kind="text", input_method=None)``:
    composes physical keys; ``set_kind("text"|"numeric"|"phone"|"date")``
    (numeric kinds never compose, drop other characters and get the number pad);
    ``set_input_method(m | None)`` fixes one field's method; ``type_text(s)``
    types as if by keys; ``setText``/``insert``/paste store NFC, never composed.
    The word being typed is finished (``composer.commit()``) on Enter, a cursor
    move, a click or focus out: then a word whose keys made no Vietnamese comes
    back as typed ("Wifi"), so ``text()`` equals ``kiosk.text.compose(keys)``.
    Read values on ``editingFinished``/focus out, not mid-word.
    ``VietPlainTextEdit`` is the multi-line counterpart (``text()`` is NFC).
    ``FieldComposer`` / ``composer_for(widget)`` give any QLineEdit or
    QPlainTextEdit the same behaviour (the keyboard uses it for plain fields).

On-screen keyboard
    ``KeyboardHost(content, parent=None, *, keyboard=None, auto_show=True)``
    puts ``content`` (a page) in a scroll area with ``OnScreenKeyboard`` docked
    below it, so the keyboard never covers the focused field: it scrolls the field
    into view when the keyboard appears. ``show_keyboard(field=None)``,
    ``hide_keyboard()``, ``reveal(field)``, ``.keyboard``. The keyboard takes at
    most 45 % of the window height (keys and their text shrink, never below
    40 px), so the question and the field stay in view at 200 % text.
    ``OnScreenKeyboard(parent=None)`` follows focus (or ``set_target(widget)``),
    shows the number pad for numeric kinds; ``key("Phím a")`` finds a key by
    its accessible name; ``set_height_limit(px | None)``; signals
    ``hide_requested()``, ``enter_pressed()``. Host and keyboard follow
    ``QApplication.focusChanged`` only while shown and drop it when destroyed:
    pages need not disconnect them by hand.

Document photos
    ``DocumentCamera(parent=None, *, use_camera=True)``: preview, "Chụp"; frames
    from ``attach_sink(sink)`` (the camera's QVideoSink, or any other); the still
    is cropped to the paper (``crop_to_paper``) and refused when too dark or
    blurred (``check_photo``); signal ``captured(Path)``. ``forget_captures()``
    deletes the session's photos (the wipe).

Scanning
    ``WedgeScanFilter(parent=None, *, max_gap_ms=35, scan_gap_ms=300,
    min_code_length=12, release_after_ms=120, clock=None)``: ``install(app=None)``,
    ``uninstall()``, ``set_enabled(bool)``, ``flush()``. Signals
    ``card_scanned(IdCard)``, ``scan_failed(str)``, ``code_scanned(str)``.
    The scan is never typed into the focused field; other keys pass unchanged
    (digits and letters may arrive up to ``release_after_ms`` late).
    ``CameraScanner(parent=None, *, decode_interval_ms=150, use_camera=True)``: same signals,
    ``available``, ``start()``, ``stop()``, ``clear()``, ``process_image(QImage)``.
    ``decode_qr_image(QImage) -> list[str]``. ``classify_payload(text)`` is the
    shared parser (card, code or neither); ``SCAN_FAILED_MESSAGE`` the plain message.

Call ``kiosk.idcard.preload()`` at start-up: the first card parse otherwise loads
the address data (about a second) inside the key handler.

Wiring sketch for the wizard::

    host = KeyboardHost(step_page)
    scan = WedgeScanFilter(window); scan.install()
    scan.card_scanned.connect(fill_current_person)   # IdCard from kiosk.idcard
    scan.scan_failed.connect(show_message)
    name = VietLineEdit(); id_number = VietLineEdit(kind="numeric")
"""

from ui.input._camera import NO_CAMERA_TEXT, CameraScanner, decode_qr_image
from ui.input._composer import FieldComposer, composer_for
from ui.input._document import DocumentCamera, check_photo, crop_to_paper, forget_captures
from ui.input._fields import FIELD_KINDS, VietLineEdit, VietPlainTextEdit
from ui.input._host import KeyboardHost
from ui.input._keyboard import NUMERIC_KINDS, OnScreenKeyboard
from ui.input._keyboard_pool import drop_spare_keyboards
from ui.input._keys import MIN_KEY_PX
from ui.input._scan import SCAN_FAILED_MESSAGE, ScanResult, classify_payload
from ui.input._settings import (
    INPUT_METHODS,
    InputMethodSettings,
    default_input_method,
    input_method_settings,
    set_default_input_method,
)
from ui.input._switch import InputMethodSwitch
from ui.input._wedge import WedgeScanFilter

__all__ = [
    "FIELD_KINDS",
    "INPUT_METHODS",
    "MIN_KEY_PX",
    "NO_CAMERA_TEXT",
    "NUMERIC_KINDS",
    "SCAN_FAILED_MESSAGE",
    "CameraScanner",
    "DocumentCamera",
    "FieldComposer",
    "InputMethodSettings",
    "InputMethodSwitch",
    "KeyboardHost",
    "OnScreenKeyboard",
    "ScanResult",
    "VietLineEdit",
    "VietPlainTextEdit",
    "WedgeScanFilter",
    "check_photo",
    "classify_payload",
    "composer_for",
    "crop_to_paper",
    "decode_qr_image",
    "default_input_method",
    "drop_spare_keyboards",
    "forget_captures",
    "input_method_settings",
    "set_default_input_method",
]
