"""A row of controls that wraps onto more lines when the window is too narrow for it.

At 200 % text on a 1080 px wide (portrait) or 1366 px screen a row of big buttons no
longer fits; squeezed, Qt cuts their labels. Wrapped, every label stays whole and every
button keeps its size (a touch target). Items keep their order; a stretch pushes the
items after it to the end of the line they land on.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)


class WrapLayout(QLayout):
    """Left to right, wrapping; supports height-for-width (the row gets taller, not cut)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def addStretch(self) -> None:  # noqa: N802 - like QBoxLayout's
        """Items after this go to the end of their line (when they share it with earlier ones)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """One line: every item side by side."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest item (everything else can wrap)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            if widget is None and item.spacerItem() is not None:
                continue
            shown.append(item)
        return shown

    def _place(self, rect: QRect, *, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        x = 0
        push = False  # a stretch came before: the next items go right
        for item in self._items:
            if item.spacerItem() is not None and item.widget() is None:
                push = True
                continue
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint, push))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(h.height() for _, h, _ in line)
            if apply:
                used = sum(h.width() for _, h, _ in line) + self._spacing * (len(line) - 1)
                free = max(0, area.width() - used)
                x = area.x()
                for item, hint, pushed in line:
                    if pushed and free:  # the first pushed item takes the free space before it
                        x += free
                        free = 0
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()


class WrapRow(QWidget):
    """A widget holding a :class:`WrapLayout` (``row.layout_()`` to add to it)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self.wrap = WrapLayout(self, spacing)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, *widgets: QWidget) -> None:
        """Append widgets in order."""
        for w in widgets:
            self.wrap.addWidget(w)


class WrapButton(QPushButton):
    """A push button whose label word-wraps (taller, never cut) when the row is narrow."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAccessibleName(text)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 8, 16, 8)
        box.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def label_text(self) -> str:
        """The text shown (``text()`` is empty: the label draws it)."""
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        return max(self.minimumHeight(), layout.totalHeightForWidth(width) if layout else 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        layout = self.layout()
        hint = layout.totalSizeHint() if layout else QSize(200, 60)
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, 48)
