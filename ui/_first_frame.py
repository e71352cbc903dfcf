"""The home screen painted first, before the config is validated and the store opened (issue 17).

A kiosk restarts after every crash, power cut and nightly update; a resident who
walks up meanwhile should see the home screen, not a black one. ``kiosk run``
shows this frame (the top bar and the home screen, built from
:class:`kiosk.first_paint.HomeLook` with the kiosk's own styles and fonts) as
soon as the QApplication exists; once it has painted, the composition root
loads the rest, shows the kiosk window in its place and hands over the last tap
given meanwhile (see :meth:`FirstFrame.hand_over`). This module imports only
what the frame is built from: Qt, the theme, the top bar and the home screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ui._theme import stylesheet
from ui._topbar import TopBar
from ui.screens._home import HomeScreen

if TYPE_CHECKING:
    from kiosk.first_paint import HomeLook

# The home screen's intents a tap on the frame can give (replayed on the kiosk's home).
_INTENTS = (
    "start_requested",
    "search_requested",
    "lookup_requested",
    "resume_requested",
    "staff_requested",
    "language_requested",
)


class OnFirstPaint(QObject):
    """Calls ``then`` once, on the turn of the event loop after ``widget`` first paints."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


class FirstFrame(QMainWindow):
    """The top bar and the home screen as the kiosk window shows them; taps are remembered."""

    painted = Signal()
    """The home screen has painted (emitted once, on the next turn of the event loop)."""

    def __init__(self, look: HomeLook) -> None:
        super().__init__()
        self.look = look
        self.setWindowTitle(look.name)
        self.setAccessibleName(look.name)
        self.topbar = TopBar(look.name, self)
        self.topbar.show_settings(look.font_scale, look.high_contrast, look.voice)
        self.topbar.show_session(False)
        self.home = HomeScreen(look.name, plain_search=True)
        self.home.set_language(look.language)
        page = QScrollArea()  # as the kiosk window holds it, so it lays out the same
        page.setWidgetResizable(True)
        page.setWidget(self.home)
        stack = QStackedWidget(self)
        stack.addWidget(page)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.topbar)
        column.addWidget(stack, 1)
        self.setCentralWidget(central)
        self.setProperty("highContrast", look.high_contrast)
        self.setStyleSheet(stylesheet(look.font_scale, look.high_contrast))
        self.last_intent: tuple[str, tuple[Any, ...]] | None = None
        """The last tap on the home screen (intent, arguments), given back by hand_over."""
        for name in _INTENTS:
            getattr(self.home, name).connect(lambda *args, n=name: self._remember(n, args))
        OnFirstPaint(self.home, self.painted.emit)

    def _remember(self, intent: str, args: tuple[Any, ...]) -> None:
        self.last_intent = (intent, args)

    def show_as_kiosk(self) -> None:
        """Show it where and how the kiosk window will be (full screen in kiosk mode)."""
        if self.look.kiosk_mode:
            self.setWindowFlags(
                self.windowFlags()
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self.showFullScreen()
            return
        from ui._app import show_sized

        show_sized(self, self.look.window_size)

    def hand_over(self, home: Any) -> None:
        """Close the frame (the kiosk window is up): what was typed in the search box goes
        to ``home`` (the kiosk's home screen), then the last tap is given to it again."""
        text = self.home.search.text()
        if text:
            home.search.setText(text)
        intent, self.last_intent = self.last_intent, None
        self.close()
        self.deleteLater()
        if intent is not None:
            name, args = intent
            getattr(home, name).emit(*args)
