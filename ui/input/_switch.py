"""Three big toggle buttons for the top bar: Telex / VNI / Tắt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.input._keys import key_side
from ui.input._settings import INPUT_METHODS, input_method_settings

__all__ = ["InputMethodSwitch"]

# The chosen method shows in the theme's "checked" colours (ui._theme), bold.


def _labels() -> dict[str, str]:
    return {"telex": "Telex", "vni": "VNI",
            "off": QCoreApplication.translate("InputMethodSwitch", "Tắt")}


def _names() -> dict[str, str]:
    return {
        "telex": QCoreApplication.translate("InputMethodSwitch", "Gõ tiếng Việt kiểu Telex"),
        "vni": QCoreApplication.translate("InputMethodSwitch", "Gõ tiếng Việt kiểu VNI"),
        "off": QCoreApplication.translate("InputMethodSwitch", "Tắt gõ tiếng Việt"),
    }


class _FitButton(QPushButton):
    """A toggle as wide as its label in bold (the checked look), whatever the style sheet."""

    min_width = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()  # current font and style-sheet padding
        bold = QFont(self.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(self.text())
        extra -= QFontMetrics(self.font()).horizontalAdvance(self.text())
        return QSize(max(self.min_width, hint.width() + max(0, extra)), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()


class InputMethodSwitch(QWidget):
    """Switches the process-wide input method; follows changes made elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("InputMethodSwitch", "Kiểu gõ"))
        labels, names = _labels(), _names()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        settings = input_method_settings()
        for method in INPUT_METHODS:
            button = _FitButton(labels[method], self)
            button.setCheckable(True)
            button.setAccessibleName(names[method])
            button.setToolTip(names[method])
            # The switch must not pull focus off the field being typed in.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, m=method: settings.set_method(m))
            self._group.addButton(button)
            self.buttons[method] = button
            layout.addWidget(button)
        settings.changed.connect(self._on_changed)
        self._on_changed(settings.method)
        self._apply_metrics()

    def _apply_metrics(self) -> None:
        side = key_side(self.font())
        for button in self.buttons.values():
            # Only the height is fixed: the width comes from the label (see _FitButton).
            if isinstance(button, _FitButton):
                button.min_width = side
            button.setMinimumHeight(side)
            button.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_metrics()

    def _on_changed(self, method: str) -> None:
        self.buttons[method].setChecked(True)
