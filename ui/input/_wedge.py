"""Recognise a USB keyboard-wedge QR scan and keep it out of the focused field.

A wedge scanner "types" the QR payload as key events, far faster than a person,
and ends with Enter. This application-wide event filter holds back key events
that might start such a burst; if the burst turns out to be a card or an
application code it is swallowed and reported as a signal, otherwise the held
keys are re-delivered to the focused widget in their original order.

Decision rules (all thresholds are constructor arguments):

- holding starts on a letter or digit key press (no Ctrl/Alt/Meta, not auto-repeat);
- every next key press must come within ``max_gap_ms`` of the previous one,
  otherwise the held keys are released (a person typing);
- once the held text starts like a card (12 digits then ``|``) the scan is
  committed: gaps may grow to ``scan_gap_ms`` (some scanners type non-ASCII
  characters slowly), and giving up then reports ``scan_failed``;
- Enter / Return / CR / LF ends the burst: a card payload emits ``card_scanned``
  (or ``scan_failed`` if it can't be parsed), an application code emits
  ``code_scanned``; any other burst is re-delivered, Enter included;
- a held text that can no longer become a card or a code is released at once.

Times come from the key events' own timestamps (the moment the OS saw the key,
not when the busy GUI thread got to it); events without one (timestamp 0) use
``clock``, a monotonic millisecond counter (``QElapsedTimer`` by default,
injectable for tests).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.input._scan import CARD_PREFIX, SCAN_FAILED_MESSAGE, classify_payload

__all__ = ["WedgeScanFilter"]

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_CARD_SO_FAR = re.compile(r"^\d{0,12}$")
_CODE_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")


@dataclass(frozen=True)
class _HeldKey:
    """A copy of a held key event: Qt deletes the original once the filter returns."""

    type: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    auto_repeat: bool
    count: int

    @classmethod
    def of(cls, event: QKeyEvent) -> _HeldKey:
        return cls(
            event.type(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )

    def to_event(self) -> QKeyEvent:
        return QKeyEvent(
            self.type, self.key, self.modifiers, self.text, self.auto_repeat, self.count
        )


class WedgeScanFilter(QObject):
    """Application-wide event filter that turns wedge-scanner bursts into signals.

    Install with :meth:`install` (or ``app.installEventFilter(filter)``).

    Signals:
        card_scanned(IdCard): a card payload was scanned and parsed.
        scan_failed(str): a card-shaped scan could not be read; plain Vietnamese.
        code_scanned(str): an application code was scanned (status lookup).

    Args:
        max_gap_ms: longest gap between two key presses of one scan before it is
            known to be a card (person typing: usually 80 ms and more).
        scan_gap_ms: longest gap once the burst is known to be a card.
        min_code_length: shortest application code accepted as a scan.
        release_after_ms: how long a held key waits for the next one before it is
            re-delivered. Longer than ``max_gap_ms`` on purpose: the gap rule uses
            the events' timestamps, this timer only catches the last key a person
            typed, and a busy GUI thread may run it before queued keys arrive.
        clock: monotonic milliseconds for events without a timestamp.
    """

    card_scanned = Signal(object)
    scan_failed = Signal(str)
    code_scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = 35,
        scan_gap_ms: int = 300,
        min_code_length: int = 12,
        release_after_ms: int = 120,
        clock: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.scan_gap_ms = scan_gap_ms
        self.min_code_length = min_code_length
        self.release_after_ms = release_after_ms
        if clock is None:
            elapsed = QElapsedTimer()
            elapsed.start()
            clock = elapsed.elapsed
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._text: list[str] = []
        self._last_press = 0
        self._target: QWidget | None = None
        self._replaying = False
        self._enabled = True
        # Releases held keys when a burst stalls; stopped whenever nothing is held.
        self._gap_timer = QTimer(self)
        self._gap_timer.setSingleShot(True)
        self._gap_timer.timeout.connect(self._on_gap_timeout)

    # -- public -------------------------------------------------------------------------

    def install(self, app: QApplication | None = None) -> None:
        """Install on ``app`` (default: the running application)."""
        (app or QApplication.instance()).installEventFilter(self)  # type: ignore[union-attr]

    def uninstall(self, app: QApplication | None = None) -> None:
        """Remove the filter, re-delivering anything still held."""
        self.flush()
        (app or QApplication.instance()).removeEventFilter(self)  # type: ignore[union-attr]

    def set_enabled(self, enabled: bool) -> None:
        """Turn recognition on or off (off: every key passes untouched)."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    def is_holding(self) -> bool:
        """Tell whether key events are being held back right now."""
        return bool(self._held)

    def flush(self) -> None:
        """Give up on the current burst: re-deliver held keys, or fail a committed scan."""
        if not self._held:
            return
        if self._committed():
            self._reset()
            self.scan_failed.emit(SCAN_FAILED_MESSAGE)
        else:
            self._release()

    # -- filter -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._enabled or not isinstance(watched, QWidget):
            return False
        if not self._is_first_receiver(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if etype == QEvent.Type.KeyRelease:
            if self._held:
                self._held.append(_HeldKey.of(event))
                return True
            return False
        return self._on_press(watched, event)

    def _is_first_receiver(self, watched: QWidget) -> bool:
        # A key event reaches the focus widget first, then its parents if ignored;
        # the application filter sees every hop, so judge each event only once.
        focus = QApplication.focusWidget()
        return focus is None or watched is focus

    def _on_press(self, watched: QWidget, event: QKeyEvent) -> bool:
        now = event.timestamp() or self._clock()
        text = event.text()
        is_enter = event.key() in _ENTER_KEYS or text in ("\r", "\n")
        if self._held:
            gap = now - self._last_press
            limit = self.scan_gap_ms if self._committed() else self.max_gap_ms
            if gap > limit or gap < 0 or event.isAutoRepeat():
                self.flush()  # a stalled burst: release it, then judge this key afresh
            else:
                return self._continue(event, now, is_enter)
        if is_enter or not self._can_start(event):
            return False
        self._target = watched
        self._hold(event, now)
        return True

    def _can_start(self, event: QKeyEvent) -> bool:
        text = event.text()
        return (
            len(text) == 1
            and text.isascii()
            and text.isalnum()
            and not event.isAutoRepeat()
            and not (event.modifiers() & _CHORD)
        )

    def _continue(self, event: QKeyEvent, now: int, is_enter: bool) -> bool:
        if is_enter:
            self._held.append(_HeldKey.of(event))
            return self._finish()
        self._hold(event, now)
        if not self._viable():
            self._release()
        return True

    def _hold(self, event: QKeyEvent, now: int) -> None:
        self._held.append(_HeldKey.of(event))
        if event.text() and event.text().isprintable():
            self._text.append(event.text())
        self._last_press = now
        self._gap_timer.start(self.scan_gap_ms if self._committed() else self.release_after_ms)

    # -- decisions ----------------------------------------------------------------------

    def _payload(self) -> str:
        return unicodedata.normalize("NFC", "".join(self._text))

    def _committed(self) -> bool:
        return bool(CARD_PREFIX.match(self._payload()))

    def _viable(self) -> bool:
        text = self._payload()
        return bool(CARD_PREFIX.match(text) or _CARD_SO_FAR.match(text) or _CODE_CHARS.match(text))

    def _finish(self) -> bool:
        text = self._payload()
        result = classify_payload(text)
        if result is None or (result.code is not None and len(text) < self.min_code_length):
            self._release()
            return True
        self._reset()
        if result.card is not None:
            self.card_scanned.emit(result.card)
        elif result.code is not None:
            self.code_scanned.emit(result.code)
        else:
            self.scan_failed.emit(result.error or SCAN_FAILED_MESSAGE)
        return True

    def _on_gap_timeout(self) -> None:
        self.flush()

    def _reset(self) -> None:
        self._gap_timer.stop()
        self._held = []
        self._text = []
        self._target = None

    def _release(self) -> None:
        """Re-deliver the held keys, in order, to the focused widget."""
        held, target = self._held, QApplication.focusWidget() or self._target
        self._reset()
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key in held:
                QApplication.sendEvent(target, key.to_event())
        finally:
            self._replaying = False
