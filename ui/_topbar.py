"""The bar on top of every screen: text size, contrast, voice, who is typing, and "Xong".

A long press on the kiosk's name is the discreet staff gesture (leave kiosk mode);
once staff have signed in, their name is a button that opens the staff page (console, dashboard).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui._theme import set_role


class TopBar(QWidget):
    """Emits one signal per control; the window applies the change to every screen."""

    bigger_requested = Signal()
    smaller_requested = Signal()
    contrast_toggled = Signal(bool)
    voice_toggled = Signal(bool)
    typist_toggled = Signal(bool)
    """Assisted mode: True when staff type, False when the resident does."""
    done_requested = Signal()
    staff_gesture = Signal()
    """The kiosk's name was held down for ``hold_ms`` (leave kiosk mode)."""
    staff_page_requested = Signal()

    hold_ms = 3000

    def __init__(self, kiosk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.name = set_role(QLabel(kiosk_name, self), "topbar")
        self.name.setMinimumWidth(40)  # gives way to the controls at large text sizes
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.name.installEventFilter(self)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self.staff_gesture)
        # Who helps, as a button: tapping it opens the staff page (console, dashboard...).
        self.staff = set_role(QPushButton(self), "topbar")
        self.staff.setAccessibleName(self.tr("Mở trang cán bộ: quản lý hồ sơ, báo cáo"))
        self.staff.hide()
        self.staff_page = self.staff
        self.typist = set_role(QPushButton(self.tr("Cán bộ đang nhập"), self), "topbar")
        self.typist.setCheckable(True)
        self.typist.setAccessibleName(self.tr("Chuyển người nhập: cán bộ hoặc người dân"))
        self.typist.hide()
        self.smaller = set_role(QPushButton(self.tr("A−"), self), "topbar")
        self.smaller.setAccessibleName(self.tr("Chữ nhỏ hơn"))
        self.scale = set_role(QLabel("100 %", self), "topbar")
        self.bigger = set_role(QPushButton(self.tr("A+"), self), "topbar")
        self.bigger.setAccessibleName(self.tr("Chữ to hơn"))
        self.contrast = set_role(QPushButton(self.tr("◐ Tương phản cao"), self), "topbar")
        self.contrast.setCheckable(True)
        self.contrast.setAccessibleName(self.tr("Bật hoặc tắt chế độ tương phản cao"))
        self.voice = set_role(QPushButton(self.tr("Đọc to"), self), "topbar")
        self.voice.setCheckable(True)
        self.voice.setAccessibleName(self.tr("Bật hoặc tắt giọng đọc"))
        self.voice_off = set_role(QLabel(self.tr("Giọng đọc không khả dụng"), self), "voice_off")
        self.voice_off.hide()
        self.done = set_role(QPushButton(self.tr("Xong / người tiếp theo"), self), "topbar")
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))

        self.smaller.clicked.connect(self.smaller_requested)
        self.bigger.clicked.connect(self.bigger_requested)
        self.contrast.toggled.connect(self.contrast_toggled)
        self.voice.toggled.connect(self.voice_toggled)
        self.typist.toggled.connect(self._on_typist_toggled)
        self.done.clicked.connect(self.done_requested)
        self.staff_page.clicked.connect(self.staff_page_requested)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(10)
        row.addWidget(self.name, 1)
        row.addWidget(self.staff)
        row.addWidget(self.typist)
        for w in (
            self.smaller,
            self.scale,
            self.bigger,
            self.contrast,
            self.voice,
            self.voice_off,
            self.done,
        ):
            row.addWidget(w)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.typist.setAccessibleName(self.tr("Chuyển người nhập: cán bộ hoặc người dân"))
        self.smaller.setAccessibleName(self.tr("Chữ nhỏ hơn"))
        self.bigger.setAccessibleName(self.tr("Chữ to hơn"))
        self.contrast.setText(self.tr("◐ Tương phản cao"))
        self.contrast.setAccessibleName(self.tr("Bật hoặc tắt chế độ tương phản cao"))
        self.voice.setText(self.tr("Đọc to"))
        self.voice.setAccessibleName(self.tr("Bật hoặc tắt giọng đọc"))
        self.voice_off.setText(self.tr("Giọng đọc không khả dụng"))
        self.done.setText(self.tr("Xong / người tiếp theo"))
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))
        self.staff.setAccessibleName(self.tr("Mở trang cán bộ: quản lý hồ sơ, báo cáo"))
        self._label_typist(self.typist.isChecked())

    def show_settings(self, scale: int, high_contrast: bool, voice_on: bool) -> None:
        """Reflect the current display settings without re-emitting them."""
        self.scale.setText(f"{scale} %")
        self.smaller.setEnabled(scale > 100)
        self.bigger.setEnabled(scale < 200)
        for button, checked in ((self.contrast, high_contrast), (self.voice, voice_on)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)

    def show_voice_available(self, available: bool) -> None:
        """With no speech engine the toggle is replaced by a plain notice."""
        self.voice.setVisible(available)
        self.voice_off.setVisible(not available)

    def show_staff(self, name: str | None, staff_typing: bool = True) -> None:
        """Assisted mode shows who helps and who is typing; self-service hides both."""
        self.staff.setVisible(bool(name))
        self.typist.setVisible(bool(name))
        self.staff.setText(self.tr("Cán bộ: %1").replace("%1", name or ""))
        self.typist.blockSignals(True)
        self.typist.setChecked(staff_typing)
        self.typist.blockSignals(False)
        self._label_typist(staff_typing)

    def show_session(self, active: bool) -> None:
        """ "Xong" only makes sense while someone is using the kiosk."""
        self.done.setVisible(active)

    def stop_hold(self) -> None:
        """Forget a press in progress (the window is closing or being rebuilt)."""
        self._hold.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Holding the kiosk's name (mouse or finger) arms the staff gesture; letting go early
        or moving away cancels it. Never consumes the event."""
        kind = event.type()
        if watched is self.name:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self._hold.start(self.hold_ms)
            elif kind in (
                QEvent.Type.MouseButtonRelease,
                QEvent.Type.TouchEnd,
                QEvent.Type.TouchCancel,
                QEvent.Type.Leave,
                QEvent.Type.Hide,
            ):
                self._hold.stop()
        return False

    def _label_typist(self, staff_typing: bool) -> None:
        self.typist.setText(
            self.tr("Cán bộ đang nhập") if staff_typing else self.tr("Người dân đang nhập")
        )

    def _on_typist_toggled(self, checked: bool) -> None:
        self._label_typist(checked)
        self.typist_toggled.emit(checked)
