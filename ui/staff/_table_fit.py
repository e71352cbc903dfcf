"""Staff tables that fit their width: columns as wide as their text, wrapped when too wide.

A table at 200 % text on a 1366 px screen can't show every column on one line; a table
that scrolls sideways hides columns a staff member has to find. Instead, while the
columns' text on one line is wider than the table, the widest columns give way and
their cells wrap onto more lines (never narrower than their longest unbreakable word or
their header, so nothing is cut or elided); rows grow to hold the lines. When even that
is too wide, secondary columns fold into another column's cell as a labelled line
("Nộp lúc: 11:15 05/12/2026") and their own column is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
)

__all__ = ["TableFitter", "unbreakable_width"]


def unbreakable_width(text: str, font: QFont) -> float:
    """Width of the widest piece of ``text`` that word wrap can't break (a word, a code)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    widest = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(1)  # every break opportunity is taken
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest


class _FoldingDelegate(QStyledItemDelegate):
    """Draws a host cell with the folded columns' text as extra labelled lines."""

    def __init__(self, fitter: TableFitter) -> None:
        super().__init__(fitter.table)
        self.fitter = fitter

    def _option(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QStyleOptionViewItem:
        # A copy: PySide hands initStyleOption overrides a copy, so the text is set here.
        result = QStyleOptionViewItem(option)
        self.initStyleOption(result, index)
        # A Unicode line separator: a plain "\n" next to a wrap point was drawn as nothing.
        result.text = self.fitter.cell_text(index.row(), index.column()).replace("\n", "\u2028")
        return result

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = self._option(option, index)
        widget = self.fitter.table
        return widget.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), widget
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = self._option(option, index)
        widget = self.fitter.table
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class TableFitter(QObject):
    """Keeps ``table``'s columns inside its viewport (see the module docstring).

    Args:
        fixed: column -> width for columns holding a widget (a progress bar), not text.
        fold: secondary column -> the column whose cells take its text as an extra line
            when the table is too narrow, in the order they fold (a widget column
            folds into nothing: its column is just hidden).
    """

    def __init__(
        self,
        table: QTableWidget,
        fixed: dict[int, int] | None = None,
        fold: dict[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.fixed = dict(fixed or {})
        self.fold = dict(fold or {})
        self.folded: list[int] = []
        table.setItemDelegate(_FoldingDelegate(self))
        header = table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        for col in range(table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        rows = table.verticalHeader()
        rows.setMinimumSectionSize(50)  # 48 px inside the grid line
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by _fit_rows
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        model = table.model()
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._on_model_changed)
        # Wrapped rows can be taller than the table: scroll by pixels, not whole rows.
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._viewport = table.viewport()  # compared by identity: safe while being deleted
        table.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def cell_text(self, row: int, col: int) -> str:
        """A cell's text as shown: its own, then each column folded into it as a line."""
        model = self.table.model()
        text = str(model.data(model.index(row, col, QModelIndex())) or "")
        lines = [text] if text else []
        for other in self.folded:
            if self._host(other) == col:
                value = str(model.data(model.index(row, other, QModelIndex())) or "")
                name = str(model.headerData(other, Qt.Orientation.Horizontal) or "")
                if value:
                    lines.append(f"{name}: {value}" if name else value)
        return "\n".join(lines)

    def _host(self, col: int) -> int:
        """The shown column that ``col``'s text folds into (through folded hosts)."""
        host = self.fold[col]
        while host in self.folded and host in self.fold:
            host = self.fold[host]
        return host

    def fit(self) -> None:
        """Set the column widths for the current text, font and viewport width."""
        table = self.table
        if table.columnCount() == 0:
            return
        room = table.viewport().width()
        bar = table.verticalScrollBar()
        if not bar.isVisible():
            # Fit as if the vertical bar were shown: rows that grow by wrapping bring the bar,
            # which narrows the viewport, which folded a column, which shortened the rows...
            # Without this the fit went back and forth with the bar (and scrolled sideways).
            room -= bar.sizeHint().width()
        folds = list(self.fold)
        self.folded = []
        while True:
            natural, least = self._measure()
            if sum(least) <= room or not folds:
                break
            self.folded.append(folds.pop(0))  # too wide even wrapped: fold the next column
        header = table.horizontalHeader()
        for col in range(table.columnCount()):
            header.setSectionHidden(col, col in self.folded)
        shown = [c for c in range(table.columnCount()) if c not in self.folded]
        widths = _share([natural[c] for c in shown], [least[c] for c in shown], room)
        for col, width in zip(shown, widths, strict=True):
            if table.columnWidth(col) != width:
                table.setColumnWidth(col, width)
        self._fit_rows(dict(zip(shown, widths, strict=True)))

    def _fit_rows(self, widths: dict[int, int]) -> None:
        """Each row as tall as its most wrapped cell (measured here: Qt's row size hint
        missed folded lines), and at least a touch target."""
        table = self.table
        fm = QFontMetrics(table.font())
        pad = self._pad()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        for row in range(table.rowCount()):
            height = 50  # 48 px inside the grid line
            for col, width in widths.items():
                text = self.cell_text(row, col)
                if text:
                    box = QRect(0, 0, max(1, width - pad), 1_000_000)
                    height = max(height, fm.boundingRect(box, flags, text).height() + pad)
                widget = table.cellWidget(row, col)
                if widget is not None:
                    height = max(height, widget.sizeHint().height())
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)

    def _pad(self) -> int:
        """Room the item delegate leaves around a cell's text (and some for rounding)."""
        table = self.table
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        return 2 * (margin + 1) + 4

    def _measure(self) -> tuple[list[int], list[int]]:
        """Each column's width on one line and its least wrapped width (0 when folded)."""
        table = self.table
        font = table.font()
        fm = QFontMetrics(font)
        header = table.horizontalHeader()
        pad = self._pad()
        natural: list[int] = []
        least: list[int] = []
        for col in range(table.columnCount()):
            if col in self.folded:
                natural.append(0)
                least.append(0)
                continue
            # Header text never wraps: the column is at least as wide (the style sheet pads it).
            title = str(table.model().headerData(col, Qt.Orientation.Horizontal) or "")
            hfm = QFontMetrics(header.font())
            head = max(header.sectionSizeHint(col), hfm.horizontalAdvance(title) + hfm.height())
            if col in self.fixed:
                width = max(self.fixed[col], head)
                natural.append(width)
                least.append(width)
                continue
            wide, word = 0.0, 0.0
            for row in range(min(table.rowCount(), 500)):
                text = self.cell_text(row, col)
                for line in text.splitlines():
                    wide = max(wide, fm.horizontalAdvance(line))
                    word = max(word, unbreakable_width(line, font))
            natural.append(max(head, round(wide) + pad, 48))
            least.append(max(head, round(word) + pad, 48))
        return natural, least

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.Resize:
            self._later.start()
        elif watched is self.table and kind in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Show,
        ):
            self._later.start()
        return False

    def _on_model_changed(self, *_args: object) -> None:
        self._later.start()


def _share(natural: list[int], least: list[int], room: int) -> list[int]:
    """Column widths within ``room``: ``natural`` when they fit (the widest column gets
    what is left over), else each column gives up width in proportion to how much it
    can (``natural - least``); never under ``least`` (then the table scrolls sideways)."""
    total = sum(natural)
    if total <= room:
        widths = list(natural)
        widest = max(range(len(widths)), key=lambda c: natural[c])
        widths[widest] += room - total
        return widths
    over = total - room
    slack = [n - m for n, m in zip(natural, least, strict=True)]
    spare = sum(slack)
    if spare <= over:
        return list(least)
    widths = [n - (over * s + spare - 1) // spare for n, s in zip(natural, slack, strict=True)]
    # Rounding up may give back a pixel or two too many: the widest columns take it back.
    extra = room - sum(widths)
    for col in sorted(range(len(widths)), key=lambda c: -widths[c]):
        if extra >= 0:
            break
        give = min(-extra, widths[col] - least[col])
        widths[col] -= give
        extra += give
    return [max(w, m) for w, m in zip(widths, least, strict=True)]
