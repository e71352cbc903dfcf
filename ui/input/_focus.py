"""Follow ``QApplication.focusChanged`` only while a widget is shown, and never after it is gone.

A keyboard or host left connected after its page was thrown away can be reached
by a later focus change (a crash in PySide6 6.11 once its window was deleted),
so the connection lives from show to hide and is dropped on destruction too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["FocusLink"]

FocusSlot = Callable[[QWidget | None, QWidget | None], None]


class FocusLink:
    """One ``focusChanged`` connection that ``owner`` switches on (show) and off (hide)."""

    def __init__(self, owner: QObject, slot: FocusSlot) -> None:
        self._slot = slot
        self._connection: QMetaObject.Connection | None = None
        holder: list[FocusLink] = [self]
        # The handler must not touch ``owner`` (half destroyed by then): it only
        # drops the connection by its handle.
        owner.destroyed.connect(lambda *_: holder[0].disconnect())

    @property
    def connected(self) -> bool:
        """True while focus changes reach the slot."""
        return self._connection is not None

    def connect(self) -> None:
        """Start following focus (no-op if already connected or no QApplication)."""
        app = QApplication.instance()
        if self._connection is None and isinstance(app, QApplication):
            self._connection = app.focusChanged.connect(self._slot)

    def disconnect(self) -> None:
        """Stop following focus (safe to call twice)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            QObject.disconnect(connection)
