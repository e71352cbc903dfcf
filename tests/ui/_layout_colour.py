"""Layout-check helpers shared by tests/ui/_layout.py, the page-size checks, and contrast.

Contrast is measured on the rendered pixels: a text/background pair under 7:1 (4.5:1
for disabled controls) is a problem. The background is the commonest colour of the
widget's inside, the text the colour furthest from it in luminance (antialiasing only
lowers contrast, so the purest text pixels give the text colour).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

MIN_CONTRAST = 7.0
MIN_CONTRAST_DISABLED = 4.5
_INSET = 5  # px trimmed off each side before reading colours (borders are at most 4 px)


def describe(widget: QWidget) -> str:
    """A short name a developer can find the widget by."""
    text = ""
    for getter in ("text", "accessibleName", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            text = str(value() or "")
        if text:
            break
    role = widget.property("role")
    name = type(widget).__name__ + (f"[{role}]" if role else "")
    return f"{name} {text.splitlines()[0][:40]!r}" if text else name


OVERLAYS = ("PinOverlay", "ConfirmOverlay")


def visible_widgets(widgets: Iterable[QWidget]) -> list[QWidget]:
    """Shown widgets; under a full-window overlay (PIN, confirm) only the overlay's own."""
    shown = [w for w in widgets if w.isVisible() and w.width() > 0 and w.height() > 0]
    overlays = [w for w in shown if w.objectName() in OVERLAYS]
    if overlays:
        top = overlays[-1]
        shown = [w for w in shown if top.isAncestorOf(w)]
    return shown


def in_keyboard(widget: QWidget) -> bool:
    return any(type(w).__name__ == "OnScreenKeyboard" for w in ancestors(widget))


def ancestors(widget: QWidget) -> Iterable[QWidget]:
    w: QWidget | None = widget
    while w is not None:
        yield w
        w = w.parentWidget()


def column_count(model: Any) -> int:
    try:
        return int(model.columnCount())
    except TypeError:  # a list model: one column (its columnCount is private in PySide)
        return 1



# -- contrast -----------------------------------------------------------------------------


def _luminance(rgb: int) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel((rgb >> 16) & 255)
        + 0.7152 * channel((rgb >> 8) & 255)
        + 0.0722 * channel(rgb & 255)
    )


def contrast(a: int, b: int) -> float:
    """WCAG contrast ratio of two 0xRRGGBB colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def measured_contrast(image: QImage, rect: QRect) -> tuple[float, int, int] | None:
    """(ratio, text, background) inside ``rect`` of an RGB32 image; None if nothing to read."""
    rect = rect.intersected(image.rect())
    if rect.width() < 3 or rect.height() < 3:
        return None
    crop = image.copy(rect)
    if crop.width() * crop.height() > 12000:
        # Every other pixel each way, unblended: colours stay exact and text stems
        # (2 px and more at the kiosk's sizes) still leave pure text pixels.
        crop = crop.scaled(
            crop.width() // 2,
            crop.height() // 2,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    data = memoryview(crop.constBits()).cast("I")  # type: ignore[arg-type]
    counts = Counter(data)
    background = counts.most_common(1)[0][0]
    background &= 0xFFFFFF
    floor = max(3, len(data) // 2000)
    lum_bg = _luminance(background)
    best, best_colour = 1.0, background
    for colour, n in counts.items():
        if n < floor:
            continue
        colour &= 0xFFFFFF
        lum = _luminance(colour)
        hi, lo = max(lum, lum_bg), min(lum, lum_bg)
        ratio = (hi + 0.05) / (lo + 0.05)
        if ratio > best:
            best, best_colour = ratio, colour
    if best_colour == background:
        return None  # a blank area (no text drawn)
    return best, best_colour, background


def _text_rects(w: QWidget) -> list[tuple[QRect, bool]]:
    """Areas holding text in ``w`` (its coordinates) and whether each is disabled text."""
    disabled = not w.isEnabled()
    inner = w.rect().adjusted(_INSET, _INSET, -_INSET, -_INSET)
    if isinstance(w, QLabel):
        if not w.text() or (w.pixmap() is not None and not w.pixmap().isNull()):
            return []
        return [(w.contentsRect().adjusted(2, 2, -2, -2).intersected(inner), disabled)]
    if isinstance(w, QAbstractButton):
        if not w.text() or isinstance(w.parentWidget(), QTabBar):
            return []
        if isinstance(w, QCheckBox):
            option = QStyleOptionButton()
            w.initStyleOption(option)  # type: ignore[attr-defined]
            room = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, w)
            return [(room.intersected(inner), disabled)]
        return [(inner, disabled)]
    if isinstance(w, QLineEdit):
        if not w.text() and not w.placeholderText():
            return []
        return [(inner, disabled)]
    if isinstance(w, QTabBar):
        return [
            (w.tabRect(i).adjusted(_INSET, _INSET, -_INSET, -_INSET), not w.isTabEnabled(i))
            for i in range(w.count())
        ]
    if isinstance(w, QHeaderView):
        rects = []
        for i in range(w.count()):
            pos = w.sectionViewportPosition(i)
            if w.orientation() == Qt.Orientation.Horizontal and not w.isSectionHidden(i):
                rects.append((QRect(pos + 3, 3, w.sectionSize(i) - 6, w.height() - 6), disabled))
        return rects
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        model = w.model()
        rects = []
        origin = w.viewport().pos()
        for row in range(min(model.rowCount(QModelIndex()), 12)):
            for col in range(column_count(model)):
                index = model.index(row, col)
                r = w.visualRect(index)
                value = str(model.data(index) or "")
                if r.isValid() and any(ch.isalnum() for ch in value):
                    rects.append((r.translated(origin).adjusted(3, 3, -3, -3), disabled))
        return rects
    return []


_SEEN: dict[tuple[Any, ...], tuple[float, int, int] | None] = {}


def _key(w: QWidget, rect: QRect) -> tuple[Any, ...]:
    """What decides a widget's colours: the same key is measured once per test process."""
    parent = w.parentWidget()
    window = w.window()
    text = getattr(w, "text", None)
    return (
        window.styleSheet(),
        type(w).__name__,
        w.property("role"),
        w.objectName(),
        parent.property("role") if parent else None,
        parent.objectName() if parent else None,
        text() if callable(text) else None,
        w.isEnabled(),
        w.hasFocus(),
        getattr(w, "isChecked", lambda: None)(),
        rect.size().toTuple(),
        w.underMouse(),
    )


def contrast_problems(window: QWidget, image: QImage) -> list[str]:
    """Text/background pairs under 7:1 (4.5:1 disabled) in the rendered ``image`` of ``window``."""
    out = []
    for w in visible_widgets(window.findChildren(QWidget)):
        if in_keyboard(w) and not isinstance(w, QAbstractButton):
            continue
        visible = w.visibleRegion().boundingRect()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            visible = visible.intersected(w.viewport().geometry())  # not under the scroll bars
        origin = w.mapTo(window, QPoint(0, 0))
        text = getattr(w, "text", None)
        if callable(text) and not any(ch.isalnum() for ch in str(text())):
            continue  # "," or "▾": too few pixels to read a colour from (same style as the rest)
        for rect, disabled in _text_rects(w):
            shown = rect.intersected(visible)
            if shown.isEmpty():
                continue
            cacheable = not isinstance(w, (QAbstractItemView, QTabBar, QLineEdit))
            key = _key(w, shown) if cacheable else None
            if key is not None and key in _SEEN:
                found = _SEEN[key]
            else:
                found = measured_contrast(image, shown.translated(origin))
                if key is not None:
                    _SEEN[key] = found
            if found is None:
                continue
            ratio, fg, bg = found
            floor = MIN_CONTRAST_DISABLED if disabled else MIN_CONTRAST
            if ratio < floor - 0.05:
                out.append(
                    f"{describe(w)}: contrast {ratio:.2f}:1 (#{fg:06x} on #{bg:06x}), "
                    f"needs {floor}:1"
                )
    return out


def size_problems(window: QWidget, size: tuple[int, int]) -> list[str]:
    """The window must stay the size of the screen: a page whose minimum size is larger
    pushes it past the screen's edge, where nothing can be seen or reached."""
    if window.width() <= size[0] and window.height() <= size[1]:
        return []
    pages = [w for w in window.findChildren(QWidget) if w.parentWidget() is not None
             and type(w.parentWidget()).__name__ == "QStackedWidget"]
    worst = max(pages, key=lambda p: p.minimumSizeHint().width() * 10000
                + p.minimumSizeHint().height(), default=None)
    hint = worst.minimumSizeHint() if worst is not None else None
    return [f"window pushed to {window.width()}x{window.height()} on a {size[0]}x{size[1]} "
            f"screen (largest page minimum: {describe(worst) if worst else '?'} "
            f"{hint.width() if hint else '?'}x{hint.height() if hint else '?'})"]


def page_width_problems(window: QWidget) -> list[str]:
    """A page wider than its scroll area: part of it sits under the scroll bar or past the
    edge, to be scrolled sideways (a resident would not think to)."""
    out = []
    for area in visible_widgets(window.findChildren(QScrollArea)):
        page = area.widget()
        if page is not None and page.width() > area.viewport().width() + 1:
            out.append(
                f"{describe(page)} in {describe(area)}: page {page.width()} px wide in a "
                f"{area.viewport().width()} px view (minimum {page.minimumSizeHint().width()})"
            )
    return out
