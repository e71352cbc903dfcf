"""Layout checks on a shown window: clipped text, unreachable controls, small targets, contrast.

Each check looks at what is on screen now (visible widgets only) and returns plain
problem lines naming the widget, so a failing test says what to fix:

- text that does not fit its widget (labels, buttons, tick boxes, line edits and their
  placeholders, tabs, table cells and headers, keyboard keys and their captions);
- a control or text cut off by a parent that can't scroll to it (the window edge, a
  layout squeezed below its minimum, a scroll area whose scroll bar can't reach it);
- the on-screen keyboard shown with no text field focused, or over the focused field,
  a visible error, the primary action or (when they fit together) the question above it;
- a touch target (button, tick box, line edit, tab, list/table row, scroll bar) under 48 px;
- a text/background pair under 7:1 (4.5:1 for disabled controls), measured on the
  rendered pixels by tests/ui/_layout_colour.py (which also holds the shared helpers).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from tests.ui._layout_colour import (
    ancestors,
    column_count,
    contrast_problems,
    describe,
    in_keyboard,
    page_width_problems,
    size_problems,
    visible_widgets,
)

MIN_TARGET = 48
_SLACK = 1  # px of rounding allowed in geometry comparisons


# -- text fits ----------------------------------------------------------------------------


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed_h = label.heightForWidth(label.width())
        if needed_h > label.height() + _SLACK:
            return f"text cut: needs {needed_h} px height, has {label.height()}"
        # A word longer than the line is cut even with word wrap.
        fm = QFontMetrics(label.font())
        room = label.contentsRect().width() - 2 * max(0, label.margin())
        plain = label.text() if label.textFormat() != Qt.TextFormat.RichText else ""
        words = re.split(r"[\s\u200b]+", plain)  # Qt also breaks after a zero-width space
        longest = max((fm.horizontalAdvance(w) for w in words if w), default=0)
        if longest > room + _SLACK:
            return f"a word is wider ({longest} px) than the label ({room} px)"
        return None
    hint = (
        label.minimumSizeHint()
        if label.textFormat() == Qt.TextFormat.RichText
        else label.sizeHint()
    )
    if hint.width() > label.width() + _SLACK or hint.height() > label.height() + _SLACK:
        return (
            f"text cut: needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
        )
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if type(button).__name__ == "KeyButton":  # the space bar has a caption, no label
        return _key_problem(button)
    text = button.text()
    if not text:
        return None
    fm = QFontMetrics(button.font())
    needed = fm.boundingRect(QRect(0, 0, 100000, 100000), int(Qt.AlignmentFlag.AlignLeft), text)
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    if isinstance(button, QCheckBox):
        room = button.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    else:
        # Text may use the padding, not the border (at most 4 px): inside it, it is seen whole.
        room = button.rect().adjusted(4, 4, -4, -4)
    width = needed.width()
    if not button.icon().isNull() and not isinstance(button, QCheckBox):
        width += button.iconSize().width() + 4
    if width > room.width() + _SLACK or needed.height() > room.height() + _SLACK:
        return f"text cut: needs {width}x{needed.height()}, has {room.width()}x{room.height()}"
    if isinstance(button, QPushButton):
        # A style sheet's padding clips the text sideways (the label is drawn inside it).
        inside = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        advance = max(fm.horizontalAdvance(line) for line in text.splitlines())
        if not button.icon().isNull():
            advance += button.iconSize().width() + 4
        if advance > inside.width() + 4:  # 2 px each side: a glyph's blank side bearing
            return f"text cut by the padding: needs {advance} px, has {inside.width()}"
    return None


def _font_px(font: QFont) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


MIN_KEY_TEXT_SHARE = 0.4
"""A key's label or caption is at least this share of the keyboard's text size: secondary
labels ("Chọn dấu", "dấu cách", tone names) follow the resident's text size too."""


def _key_problem(key: QAbstractButton) -> str | None:
    label_font = getattr(key, "_label_font", key.font())
    caption_font = getattr(key, "_caption_font", key.font())
    base_font = getattr(key, "_base_font", None)
    caption = str(getattr(key, "caption", ""))
    inline = bool(getattr(key, "_inline", False))
    room = key.rect().adjusted(2, 2, -2, -2)
    fm, cfm = QFontMetrics(label_font), QFontMetrics(caption_font)
    caption_h = cfm.height() if caption else 0
    if base_font is not None:
        least = MIN_KEY_TEXT_SHARE * _font_px(base_font)
        if key.text() and _font_px(label_font) < least:
            return f"key label {key.text()!r} too small ({_font_px(label_font):.0f} px)"
        if caption and _font_px(caption_font) < least:
            return f"key caption {caption!r} too small ({_font_px(caption_font):.0f} px)"
    if inline:
        wide = fm.horizontalAdvance(key.text()) + cfm.horizontalAdvance(" " + caption)
        if wide > room.width() + _SLACK:
            return f"key label and caption wider than the key ({caption!r})"
        if max(fm.height(), caption_h) > room.height() + 2 * _SLACK + 2:
            return "key label or caption taller than the key"
        return None
    if fm.horizontalAdvance(key.text()) > room.width() + _SLACK:
        return "key label cut"
    if caption and cfm.horizontalAdvance(caption) > room.width() + _SLACK:
        return f"key caption elided ({caption!r})"
    label_h = fm.height() if key.text() else 0
    if label_h + caption_h > room.height() + 2 * _SLACK + 2:
        return "key label and caption taller than the key"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    fm = QFontMetrics(edit.font())
    if fm.height() > edit.height():
        return f"text taller ({fm.height()} px) than the field ({edit.height()} px)"
    if not edit.text() and edit.placeholderText():
        room = edit.width() - 2 * (edit.height() - fm.height()) // 2
        if fm.horizontalAdvance(edit.placeholderText()) > room + 8:
            return "placeholder cut"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if bar.tabRect(i).width() + _SLACK < bar.tabSizeHint(i).width():
            out.append(f"tab {bar.tabText(i)!r} elided")
    return out


def _view_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    viewport = view.viewport().rect()
    fm = QFontMetrics(view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for col in range(column_count(model)):
            index = model.index(row, col)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            text = str(model.data(index) or "")
            if not text:
                continue
            room = rect.width() - 2 * margin
            if isinstance(view, QTableView) and view.wordWrap():
                # Wrapped onto lines (where Qt may break: spaces, after a hyphen): no
                # unbreakable piece may be wider than the cell, the lines must fit in height.
                flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
                lines = fm.boundingRect(QRect(0, 0, max(room, 1), 100_000), flags, text)
                if lines.width() > room + _SLACK:
                    out.append(f"cell {text[:24]!r} cut ({lines.width()} px in {room})")
                elif lines.height() > rect.height() + _SLACK:
                    out.append(f"cell {text[:24]!r} cut in height")
                continue
            width = max(fm.horizontalAdvance(line) for line in text.splitlines())
            if isinstance(view, QTableView) and width > room + _SLACK:
                out.append(f"cell {text[:24]!r} elided ({width} px in {rect.width()})")
            if fm.height() * len(text.splitlines()) > rect.height() + _SLACK:
                out.append(f"item {text[:24]!r} cut in height")
    if isinstance(view, QTableView):
        bar = view.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > bar.minimum():
            out.append("table scrolls sideways: its columns don't fit its width")
        header = view.horizontalHeader()
        hfm = QFontMetrics(header.font())
        for col in range(column_count(model)):
            text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            if text and not header.isSectionHidden(col):
                need = hfm.horizontalAdvance(text) + 2 * margin
                if need > header.sectionSize(col) + _SLACK:
                    out.append(f"column header {text!r} elided")
    return out


def text_problems(window: QWidget) -> list[str]:
    out: list[str] = []
    for w in visible_widgets(window.findChildren(QWidget)):
        problem: str | None = None
        if isinstance(w, QLabel):
            problem = _label_problem(w)
        elif isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            problem = _button_problem(w)
        elif isinstance(w, QLineEdit):
            problem = _line_edit_problem(w)
        elif isinstance(w, QTabBar):
            out += [f"{describe(w)}: {p}" for p in _tab_problems(w)]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            out += [f"{describe(w)}: {p}" for p in _view_problems(w)]
        if problem:
            out.append(f"{describe(w)}: {problem}")
    return out


# -- reach --------------------------------------------------------------------------------


def _scroll_reach(area: QAbstractScrollArea) -> QRect:
    """The part of the scroll area's content a resident can bring into view."""
    viewport = area.viewport()
    width = viewport.width()
    height = viewport.height()
    for bar, policy in (
        (area.horizontalScrollBar(), area.horizontalScrollBarPolicy()),
        (area.verticalScrollBar(), area.verticalScrollBarPolicy()),
    ):
        if policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        if bar.orientation() == Qt.Orientation.Horizontal:
            width += bar.maximum() - bar.minimum()
        else:
            height += bar.maximum() - bar.minimum()
    return QRect(0, 0, width, height)


def reach_problems(window: QWidget) -> list[str]:
    """Controls and text a parent cuts off with no scroll bar to bring them into view."""
    out = []
    kinds = (
        QAbstractButton,
        QLineEdit,
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QAbstractItemView,
        QTabBar,
    )
    for w in visible_widgets(window.findChildren(QWidget)):
        if not isinstance(w, kinds) or isinstance(w, QScrollBar) or isinstance(w, QHeaderView):
            continue
        if isinstance(w, QLabel) and not w.text():
            continue
        rect = QRect(QPoint(0, 0), w.size())
        child: QWidget = w
        parent = w.parentWidget()
        while parent is not None:
            rect.translate(child.pos())
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
                if isinstance(area, QScrollArea) and child is area.widget():
                    # rect is in the content's coordinates before the translate: undo it
                    rect.translate(-child.pos())
                    bounds = _scroll_reach(area)
                    if not bounds.adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK).contains(rect):
                        out.append(f"{describe(w)}: beyond its scroll area's reach")
                        break
                    if (
                        child.height() > bounds.height() + _SLACK
                        or child.width() > bounds.width() + _SLACK
                    ):
                        out.append(f"{describe(w)}: page taller than its scroll range")
                        break
                rect = QRect(QPoint(0, 0), area.size())  # the area itself must be reachable
                child, parent = area, area.parentWidget()
                continue
            bounds = QRect(QPoint(0, 0), parent.size()).adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
            if not bounds.contains(rect):
                out.append(f"{describe(w)}: cut off by {describe(parent)}")
                break
            child, parent = parent, parent.parentWidget()
    return out


# -- keyboard -----------------------------------------------------------------------------


def _common_parent(a: QWidget, b: QWidget) -> QWidget | None:
    parents = list(ancestors(a))
    return next((w for w in ancestors(b) if w in parents), None)


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _fully_shown(widget: QWidget) -> bool:
    region = widget.visibleRegion()
    return region.boundingRect().size() == widget.size() and region.rectCount() >= 1


def _question_of(field: QWidget, page: QWidget) -> QLabel | None:
    """The visible question label (role "answer") above ``field`` in its nearest holder."""
    top = field.mapTo(page, QPoint(0, 0)).y() if page.isAncestorOf(field) else None
    holder = field.parentWidget()
    while top is not None and holder is not None and holder is not page:
        labels = [
            w
            for w in holder.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.property("role") == "answer"
            and w.isVisible()
            and w.mapTo(page, QPoint(0, 0)).y() <= top
        ]
        if labels:
            return max(labels, key=lambda w: w.mapTo(page, QPoint(0, 0)).y())
        holder = holder.parentWidget()
    return None


def keyboard_problems(window: QWidget) -> list[str]:
    keyboards = [
        k
        for k in visible_widgets(window.findChildren(QWidget))
        if type(k).__name__ == "OnScreenKeyboard"
    ]
    if not keyboards:
        return []
    out = []
    focus = QApplication.focusWidget()
    typing = (focus is not None and isinstance(focus, QLineEdit)) or type(focus).__name__ in (
        "QPlainTextEdit",
        "QTextEdit",
    )
    for kb in keyboards:
        kb_rect = _window_rect(kb, window)
        if not typing or focus is None or not window.isAncestorOf(focus):
            out.append(
                f"keyboard shown with no text field focused ({describe(focus) if focus else None})"
            )
            continue
        if _window_rect(focus, window).intersects(kb_rect):
            out.append(f"keyboard covers the focused field {describe(focus)}")
        elif not _fully_shown(focus):
            out.append(f"keyboard up but the focused field {describe(focus)} is not all in view")
        page = kb.parentWidget() or window
        content = getattr(page, "content", page)  # a KeyboardHost's page
        errors = [
            e
            for e in visible_widgets(content.findChildren(QLabel))
            if e.property("role") == "error" and e.text()
        ]
        # Its own error: in the same question (a common parent below the page), or the
        # page's only one. Other questions' errors may be scrolled out of view.
        own = [e for e in errors if _common_parent(e, focus) not in (content, None)]
        shown = own or (errors if len(errors) == 1 else [])
        for other in shown:
            if _window_rect(other, window).intersects(kb_rect) or not _fully_shown(other):
                out.append(f"keyboard hides {describe(other)}")
        question = _question_of(focus, content)
        area = getattr(page, "scroll_area", None)
        if question is not None and area is not None:
            together = _window_rect(focus, window).united(_window_rect(question, window))
            for other in shown:
                together = together.united(_window_rect(other, window))
            fits = together.height() <= area.viewport().height()
            if fits and (
                _window_rect(question, window).intersects(kb_rect) or not _fully_shown(question)
            ):
                out.append(f"question {describe(question)} cut off above the focused field")
        for other in visible_widgets(window.findChildren(QPushButton)):
            if other.property("role") == "primary" and not in_keyboard(other):
                if _window_rect(other, window).intersects(kb_rect) or not _fully_shown(other):
                    out.append(f"keyboard hides {describe(other)}")
    return out


# -- touch targets ------------------------------------------------------------------------


def target_problems(window: QWidget) -> list[str]:
    out = []
    for w in visible_widgets(window.findChildren(QWidget)):
        small = ""
        if isinstance(w, QScrollBar):
            if w.maximum() > w.minimum():
                thickness = w.width() if w.orientation() == Qt.Orientation.Vertical else w.height()
                small = f"{thickness} px thick" if thickness < MIN_TARGET else ""
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                r = w.tabRect(i)
                if min(r.width(), r.height()) < MIN_TARGET:
                    small = f"tab {w.tabText(i)!r} {r.width()}x{r.height()}"
        elif isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
            if isinstance(w.parentWidget(), QTabBar):
                if isinstance(w, QToolButton):  # its scroll arrows: some tabs are out of view
                    out.append(f"{describe(w.parentWidget())}: tabs don't fit, scroll arrows shown")
                continue
            if min(w.width(), w.height()) < MIN_TARGET:
                small = f"{w.width()}x{w.height()}"
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            model = w.model()
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                r = w.visualRect(model.index(row, 0))
                if r.isValid() and r.height() < MIN_TARGET:
                    small = f"row {row} {r.height()} px high"
                    break
        if small:
            out.append(f"{describe(w)}: touch target {small} (< {MIN_TARGET} px)")
    return out


def check(
    window: QWidget, size: tuple[int, int] | None = None, *, pixels: bool = True
) -> list[str]:
    """Every problem on the window as it is shown now (``size``: the screen it must fit)."""
    problems = size_problems(window, size) if size else []
    problems += page_width_problems(window)
    problems += text_problems(window) + reach_problems(window) + keyboard_problems(window)
    problems += target_problems(window)
    if pixels:
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        problems += contrast_problems(window, image)
    return problems
