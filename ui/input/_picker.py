"""The diacritic picker page: every form of one vowel as big buttons (â, ă, á, à...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.text import variants
from ui.input._keys import KeyButton

__all__ = ["DiacriticPicker", "picker_rows"]


def picker_rows(vowel: str) -> list[list[str]]:
    """Arrange ``variants(vowel)`` as one row per vowel form: plain, then its five tones.

    "a" gives rows for a, â, ă; each row is [a, á, à, ả, ã, ạ]. "d" gives [[d, đ]].
    """
    forms = variants(vowel)
    if len(forms) % 6:
        return [forms]
    families = len(forms) // 6
    return [[forms[i], *forms[families + 5 * i : families + 5 * i + 5]] for i in range(families)]


class DiacriticPicker(QWidget):
    """Shows the forms of one vowel; emits ``chosen(text)`` or ``cancelled()``."""

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        back = QCoreApplication.translate("Keyboard", "Quay lại")
        self._cancel = KeyButton(back, back, self, span=3, role="cancel")
        self._cancel.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addLayout(self._grid, 1)
        layout.addWidget(self._cancel)
        self.buttons: list[KeyButton] = []
        self._side = 48
        self._font = self.font()

    def show_vowel(self, vowel: str) -> None:
        """Fill the picker with the forms of ``vowel`` (case kept)."""
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        title = QCoreApplication.translate("Keyboard", "Chọn chữ có dấu cho “%1”:")
        self._title.setText(title.replace("%1", vowel))
        for row, forms in enumerate(picker_rows(vowel)):
            for col, form in enumerate(forms):
                name = QCoreApplication.translate("Keyboard", "Chữ %1").replace("%1", form)
                button = KeyButton(form, name, self, role="variant")
                button.clicked.connect(lambda _=False, f=form: self.chosen.emit(f))
                button.apply_metrics(self._side, self._font)
                self._grid.addWidget(button, row, col)
                self.buttons.append(button)

    def button_for(self, form: str) -> KeyButton | None:
        """The button that types ``form``, if shown."""
        return next((b for b in self.buttons if b.text() == form), None)

    def apply_metrics(self, side: int, font: QFont) -> None:
        """Resize every button for a key side of ``side`` pixels and ``font``."""
        self._side, self._font = side, QFont(font)
        for button in [*self.buttons, self._cancel]:
            button.apply_metrics(side, font)
