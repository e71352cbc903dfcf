"""Kiosk-mode lock-down inside the app: full screen, frameless, on top, no way out without a PIN.

The window ignores close requests (the window manager's Alt+F4 arrives as one)
and an application-wide filter swallows Esc, Alt+F4, Ctrl+W and Ctrl+Q. Staff
leave kiosk mode with a long press on the kiosk's name in the top bar, which
asks for an ADMIN PIN (:class:`kiosk.security.StaffDirectory`, which counts the
failures, locks the account and writes the audit entries). What the app cannot
block (Ctrl+Alt+F1, the power button) is the OS's job: see docs/deploy.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role

_log = logging.getLogger(__name__)

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_CTRL_BLOCKED = (Qt.Key.Key_W, Qt.Key.Key_Q)


def blocked_key(event: QKeyEvent) -> bool:
    """Esc, Alt+F4, Ctrl+W and Ctrl+Q: the keys that would close or shrink the kiosk."""
    key = event.key()
    mods = event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    return bool(key in _CTRL_BLOCKED and mods & Qt.KeyboardModifier.ControlModifier)


class PinDialog(QWidget):
    """Staff id and PIN on a big keypad, drawn over the whole kiosk window (not a separate
    window: nothing to lose behind a full-screen, on-top kiosk, and it scrolls at 200 %).

    Emits ``submitted(staff_id, pin)``; the owner checks it on the store's thread and
    answers with :meth:`show_error` or closes it with :meth:`accept`. ``finished(result)``
    (1 accepted, 0 cancelled) when it closes.
    """

    submitted = Signal(str, str)
    finished = Signal(int)

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("PinOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#PinOverlay { background: rgba(0, 0, 0, 120); }")
        self.setAccessibleName(title)
        card = QWidget()
        set_role(card, "screen")
        self.card = card
        self.title = set_role(QLabel(title, card), "section")
        self.title.setWordWrap(True)
        self.staff_id = QLineEdit(card)
        self.staff_id.setPlaceholderText(self.tr("Mã cán bộ"))
        self.staff_id.setAccessibleName(self.tr("Mã cán bộ"))
        self.pin = QLineEdit(card)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Mã PIN"))
        self.pin.setAccessibleName(self.tr("Mã PIN"))
        self.error = set_role(QLabel(card), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        keypad = QGridLayout()
        keypad.setSpacing(10)
        self.keys: list[QPushButton] = []
        for n, key in enumerate("123456789⌫0✓"):
            button = QPushButton(key, card)
            button.setAccessibleName(
                {"⌫": self.tr("Xoá một số"), "✓": self.tr("Xác nhận")}.get(key, key)
            )
            if key == "✓":
                set_role(button, "primary")
            button.clicked.connect(lambda _=False, k=key: self._on_key_clicked(k))
            keypad.addWidget(button, n // 3, n % 3)
            self.keys.append(button)
        self.ok = self.keys[-1]
        self.cancel = QPushButton(self.tr("Huỷ"), card)
        self.cancel.setAccessibleName(self.tr("Huỷ, quay lại kiosk"))
        self.cancel.clicked.connect(self.reject)
        self.pin.returnPressed.connect(self._on_submit)

        column = QVBoxLayout(card)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        for w in (self.title, self.staff_id, self.pin):
            column.addWidget(w)
        column.addLayout(keypad)
        column.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        column.addLayout(row)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(card)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Cover the window and take the focus."""
        self._fit()
        self.raise_()
        self.show()
        self._fit()  # the card's size is known once it is polished
        self.staff_id.setFocus()

    def accept(self) -> None:
        self.done(1)

    def reject(self) -> None:
        self.done(0)

    def done(self, result: int) -> None:
        """Close, forgetting what was typed."""
        self.staff_id.clear()
        self.pin.clear()
        self.hide()
        self.finished.emit(result)

    def show_error(self, message: str) -> None:
        """A refused PIN: say what to do next (attempts left, locked until hh:mm); clear the PIN."""
        self.pin.clear()
        self.error.setText(message)
        self.error.show()
        self.setEnabled(True)
        self._fit()
        self.area.ensureWidgetVisible(self.error)  # at 200 % it may sit below the keypad
        self.pin.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Follow the window's size."""
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        self.card.adjustSize()
        hint = self.card.sizeHint()
        width = min(parent.width() - 40, max(560, hint.width() + 40))
        height = min(parent.height() - 40, hint.height() + 4)
        self.area.setGeometry(
            (parent.width() - width) // 2, (parent.height() - height) // 2, width, height
        )

    def _on_key_clicked(self, key: str) -> None:
        if key == "⌫":
            self.pin.backspace()
        elif key == "✓":
            self._on_submit()
        else:
            self.pin.insert(key)

    def _on_submit(self) -> None:
        if not self.staff_id.text().strip() or not self.pin.text():
            self.show_error(self.tr("Hãy nhập mã cán bộ và mã PIN."))
            return
        self.error.hide()
        self.setEnabled(False)  # one check at a time; show_error re-enables
        self.submitted.emit(self.staff_id.text().strip(), self.pin.text())


def ask_pin(window: Any, title: str, *, require_admin: bool, on_success: Any) -> PinDialog:
    """Open a PIN dialog over ``window``; check it on the store's thread.

    ``on_success(member)`` runs on the GUI thread after a correct PIN (of an admin
    when ``require_admin``); a refusal shows ``AuthError.message`` in the dialog.
    Returns the (open, non-blocking) dialog.
    """
    dialog = PinDialog(title, window)

    def check(staff_id: str, pin: str) -> None:
        window.tasks.run_db(
            lambda svc: _authenticate(svc, staff_id, pin, require_admin), done, failed
        )

    def done(member: Any) -> None:
        dialog.accept()
        on_success(member)

    def failed(exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if message is None:
            _log.error("PIN check failed: %s", type(exc).__name__)
            message = dialog.tr("Không kiểm tra được mã PIN. Hãy thử lại.")
        dialog.show_error(str(message))

    dialog.submitted.connect(check)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _authenticate(svc: Any, staff_id: str, pin: str, require_admin: bool) -> Any:
    from kiosk.security import StaffDirectory

    directory = StaffDirectory.from_config(svc.store, svc.config)
    return directory.authenticate(staff_id, pin, require_admin=require_admin)


class Lockdown(QObject):
    """Keeps the window full screen, frameless and on top until an admin lets it go.

    ``engage()`` when ``ui.kiosk_mode`` is on; ``request_exit()`` is the staff
    gesture's answer (the admin PIN dialog); ``released(admin_id)`` after it.
    """

    engaged = Signal()
    released = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._locked = False
        self.dialog: PinDialog | None = None

    @property
    def locked(self) -> bool:
        """The window is locked down (close and the escape keys are ignored)."""
        return self._locked

    def engage(self) -> None:
        """Go full screen, frameless and on top; swallow the keys that would leave."""
        w = self._window
        w.setWindowFlags(
            w.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        app = QApplication.instance()
        if app is not None and not self._locked:
            app.installEventFilter(self)
        self._locked = True
        w.showFullScreen()
        _log.info("kiosk mode engaged")
        self.engaged.emit()

    def release(self, admin_id: str) -> None:
        """Back to an ordinary, closable window (after the admin PIN)."""
        w = self._window
        app = QApplication.instance()
        if app is not None and self._locked:
            app.removeEventFilter(self)
        self._locked = False
        w.setWindowFlags(
            w.windowFlags()
            & ~Qt.WindowType.FramelessWindowHint
            & ~Qt.WindowType.WindowStaysOnTopHint
        )
        w.showNormal()
        _log.info("kiosk mode left by an admin")
        self.released.emit(admin_id)

    def request_exit(self) -> PinDialog | None:
        """The staff gesture: ask for an admin PIN; None when not locked."""
        if not self._locked:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        self.dialog = ask_pin(
            self._window,
            self.tr("Thoát chế độ kiosk: quản trị viên nhập mã cán bộ và mã PIN"),
            require_admin=True,
            on_success=lambda member: self.release(member.staff_id),
        )
        return self.dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Swallow the leaving keys wherever they are aimed (the PIN dialog has "Huỷ")."""
        if event.type() not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if not blocked_key(event):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Accepting the override claims the key as a plain key press, so no shortcut
            # (a QShortcut, a QAction's Ctrl+Q) fires; the key press is then swallowed here.
            event.accept()
        return True
