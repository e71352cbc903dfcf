"""The bar on top of every screen: text size, contrast, voice, help, who is typing, and "Xong".

A long press on the kiosk's name is the discreet staff gesture (leave kiosk mode);
once staff have signed in, their name is a button that opens the staff page (console, dashboard).
The bar grows with the text size; when its controls no longer fit in one row it takes two
(the display settings move to the second), and "Xong / người tiếp theo" always sits apart,
at the far end, so it is not tapped instead of "Đọc to" or "Gọi cán bộ".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui._theme import set_role
from ui._wrap import WrapRow


class TopBar(QWidget):
    """Emits one signal per control; the window applies the change to every screen."""

    bigger_requested = Signal()
    smaller_requested = Signal()
    contrast_toggled = Signal(bool)
    voice_toggled = Signal(bool)
    typist_toggled = Signal(bool)
    """Assisted mode: True when staff type, False when the resident does."""
    done_requested = Signal()
    help_requested = Signal()
    """The resident asked for help: call staff and read the screen aloud."""
    staff_gesture = Signal()
    """The kiosk's name was held down for ``hold_ms`` (leave kiosk mode)."""
    staff_page_requested = Signal()

    hold_ms = 3000
    done_gap = 48
    """Empty space (px) kept between "Xong" and every other control."""

    def __init__(self, kiosk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._kiosk_name = kiosk_name
        self.name = set_role(QLabel(_kiosk_words(kiosk_name), self), "topbar")
        self.name.setMinimumWidth(40)  # gives way to the controls at large text sizes...
        self.name.setWordWrap(True)  # ... on more lines, never cut
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.name.setSizePolicy(policy)
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
        self.help = set_role(QPushButton(self.tr("Gọi cán bộ"), self), "help")
        self.help.setAccessibleName(self.tr("Gọi cán bộ đến giúp và đọc to màn hình này"))
        self.done = set_role(QPushButton(self.tr("Xong / người tiếp theo"), self), "topbar")
        self.done.setAccessibleName(self.tr("Xong, xoá thông tin, cho người tiếp theo"))

        self.smaller.clicked.connect(self.smaller_requested)
        self.bigger.clicked.connect(self.bigger_requested)
        self.contrast.toggled.connect(self.contrast_toggled)
        self.voice.toggled.connect(self.voice_toggled)
        self.typist.toggled.connect(self._on_typist_toggled)
        self.done.clicked.connect(self.done_requested)
        self.help.clicked.connect(self.help_requested)
        self.staff_page.clicked.connect(self.staff_page_requested)

        # Who helps and the display settings: one group that wraps when the bar is narrow.
        self.settings = WrapRow(self)
        self.settings.add(self.staff, self.typist, self.smaller, self.scale, self.bigger,
                          self.contrast, self.voice, self.voice_off)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 6, 16, 6)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        # "Aa": shows the folded display settings on a short screen (see _arrange).
        self.more = set_role(QPushButton(self.tr("Aa Cỡ chữ, màu"), self), "topbar")
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("Hiện cài đặt cỡ chữ, tương phản và giọng đọc"))
        self.more.toggled.connect(self._on_more_toggled)
        self.more.hide()
        self._two_rows: tuple[bool, bool] | None = None
        self._arrange(two_rows=False)

    short_height = 900

    def _short(self) -> bool:
        """A short screen at large text (150 % and more): the page needs the height."""
        window = self.window()
        large = self.font().pixelSize() > 30
        return large and window is not self and window.height() < self.short_height

    def _on_more_toggled(self, shown: bool) -> None:
        self.settings.setVisible(shown)
        self.name.setVisible(shown)

    def _arrange(self, *, two_rows: bool) -> None:
        """One row: name, settings, help, gap, Xong. Two rows: the settings go below.

        On a short screen (under ``short_height`` px) the second row folds behind the
        "Aa" button, so the page keeps the room for the question, field and keyboard.
        """
        fold = two_rows and self._short()
        if (two_rows, fold) == self._two_rows:
            return
        self._two_rows = (two_rows, fold)
        for w in (self.name, self.settings, self.help, self.done, self.more):
            self.grid.removeWidget(w)
        self.more.setVisible(fold)
        self.settings.setVisible(not fold or self.more.isChecked())
        self.name.setVisible(not fold or self.more.isChecked())
        # Folded, the kiosk's name goes below with the settings (hold it there to leave
        # kiosk mode): row one keeps "Aa", "Gọi cán bộ" and "Xong" whole.
        row1: list[QWidget] = [self.more] if fold else [self.name]
        row1 += [] if two_rows else [self.settings]
        row1 += [self.help]
        for column, cell in enumerate(row1):
            self.grid.addWidget(cell, 0, column)
        for column in range(6):
            self.grid.setColumnMinimumWidth(column, 0)
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnMinimumWidth(len(row1), self.done_gap)
        self.grid.addWidget(self.done, 0, len(row1) + 1)
        if fold:
            self.grid.addWidget(self.name, 1, 0, 1, len(row1) + 2)
            self.grid.addWidget(self.settings, 2, 0, 1, len(row1) + 2)
        elif two_rows:
            self.grid.addWidget(self.settings, 1, 0, 1, len(row1) + 2)
        self.grid.invalidate()

    def _needed_width(self) -> int:
        """Width of the bar in one row (the name may shrink to a few letters)."""
        shown = [w for w in (self.help, self.done) if not w.isHidden()]
        spacing = self.grid.horizontalSpacing()
        margins = self.grid.contentsMargins()
        return (sum(w.sizeHint().width() + spacing for w in shown) + self.done_gap + 160
                + self.settings.wrap.sizeHint().width() + margins.left() + margins.right())

    def relayout(self) -> None:
        """Pick one or two rows for the current width and text size."""
        self._arrange(two_rows=self._needed_width() > self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.relayout()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange,
                            QEvent.Type.LayoutRequest):
            self.relayout()  # a larger text size: maybe two rows now
        return handled

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.name.setText(_kiosk_words(self._kiosk_name))
        self.more.setText(self.tr("Aa Cỡ chữ, màu"))
        self.more.setAccessibleName(self.tr("Hiện cài đặt cỡ chữ, tương phản và giọng đọc"))
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
        self.help.setText(self.tr("Gọi cán bộ"))
        self.help.setAccessibleName(self.tr("Gọi cán bộ đến giúp và đọc to màn hình này"))
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
        self.relayout()

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


def _kiosk_words(name: str) -> str:
    """The configured kiosk name in the interface language.

    The name is data (``[kiosk] name``, printed on receipts); the stock one has an English
    translation under the context "KioskName", a name of the commune's own stays as set.
    """
    return QCoreApplication.translate("KioskName", name)
