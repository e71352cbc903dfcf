"""Idle timeout: after a quiet spell warn (visibly and aloud), then have the session wiped.

An application-wide event filter resets the countdown on every key, touch,
mouse press or wheel. The watcher only runs while a resident's session is open;
at home it is stopped, so a kiosk left alone does not keep waking up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
    QEvent.Type.MouseButtonDblClick,
}


class IdleWatcher(QObject):
    """Emits ``warning_started(seconds)``, ``warning_tick(seconds_left)``, then ``expired``.

    ``idle_ms`` is the whole quiet time before the wipe; the warning takes its
    last ``warning_ms``.
    """

    warning_started = Signal(int)
    warning_tick = Signal(int)
    warning_cancelled = Signal()
    expired = Signal()

    def __init__(self, idle_ms: int, warning_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_ms = min(warning_ms, idle_ms)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(max(1, idle_ms - self._warning_ms))
        self._quiet.timeout.connect(self._on_quiet_timeout)
        self._tick = QTimer(self)
        self._tick.setInterval(min(1000, max(1, self._warning_ms)))
        self._tick.timeout.connect(self._on_tick_timeout)
        self._left_ms = 0
        self._running = False
        self._installed = False

    def set_timeouts(self, idle_ms: int, warning_ms: int) -> None:
        """Change the quiet time and the warning (a config reload; tests use short ones)."""
        self._warning_ms = min(warning_ms, idle_ms)
        self._quiet.setInterval(max(1, idle_ms - self._warning_ms))
        self._tick.setInterval(min(1000, max(1, self._warning_ms)))

    def follow(self, source: Any) -> None:
        """Take new timings from ``source.config_changed(config)`` (the sync controller's
        signal when the portal's configuration changed): no restart needed."""
        changed = getattr(source, "config_changed", None)
        if changed is not None:
            changed.connect(self._on_source_config_changed)

    def _on_source_config_changed(self, config: Any) -> None:
        session = config.session
        self.set_timeouts(session.idle_timeout_s * 1000, session.warning_s * 1000)

    @property
    def idle_ms(self) -> int:
        """The whole quiet time before the wipe, warning included."""
        return int(self._quiet.interval() + self._warning_ms)

    @property
    def running(self) -> bool:
        """The countdown is armed (a session is open)."""
        return self._running

    @property
    def warning(self) -> bool:
        """The warning is showing."""
        return self._tick.isActive()

    def start(self) -> None:
        """Arm the countdown (a resident's session began)."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._running = True
        self.poke()

    def stop(self) -> None:
        """Disarm every timer (session over, or the kiosk is closing)."""
        self._running = False
        was_warning = self._tick.isActive()
        self._quiet.stop()
        self._tick.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        if was_warning:
            self.warning_cancelled.emit()

    def poke(self) -> None:
        """The resident did something: restart the quiet time and drop any warning."""
        if not self._running:
            return
        if self._tick.isActive():
            self._tick.stop()
            self.warning_cancelled.emit()
        self._quiet.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Any input counts as activity; never consumes the event."""
        if self._running and event.type() in _ACTIVITY:
            self.poke()
        return False

    def _on_quiet_timeout(self) -> None:
        self._left_ms = self._warning_ms
        self._tick.start()
        self.warning_started.emit(self._seconds_left())

    def _on_tick_timeout(self) -> None:
        self._left_ms -= self._tick.interval()
        if self._left_ms <= 0:
            self.stop()
            self.expired.emit()
            return
        self.warning_tick.emit(self._seconds_left())

    def _seconds_left(self) -> int:
        return max(0, -(-self._left_ms // 1000))
