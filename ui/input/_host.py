"""A container that keeps the on-screen keyboard from ever covering the field typed in.

The keyboard is docked below a scroll area that holds the page, in the same
layout: it can't overlap the page, and when it appears (or the window shrinks)
the page is scrolled so the focused field is in view above it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.input._composer import is_text_field
from ui.input._focus import FocusLink
from ui.input._keyboard import OnScreenKeyboard
from ui.input._keyboard_pool import borrow_keyboard, give_back_keyboard, refit_keyboard

__all__ = ["KeyboardHost"]

_MARGIN = 24  # space kept around the field when scrolling it into view
KEYBOARD_SHARE = 0.45
"""Most of the window height the keyboard may take: the page keeps the rest."""
_HOST_SHARE = 0.6  # ... and at most this much of the host itself


class KeyboardHost(QWidget):
    """Holds ``content`` in a scroll area with an :class:`OnScreenKeyboard` docked below.

    Args:
        content: the page (a wizard step, a form).
        keyboard: a keyboard to use; if ``None``, one is borrowed (see
            :mod:`ui.input._keyboard_pool`) and given back by :meth:`release`.
        auto_show: show the keyboard when a text field inside ``content`` gets
            focus (the keyboard's own "hide" key hides it again).

    Signals:
        keyboard_toggled(bool): the keyboard was shown (True) or hidden (False); the
            page around it may make room (a short screen at 200 %).
    """

    keyboard_toggled = Signal(bool)

    def __init__(
        self,
        content: QWidget,
        parent: QWidget | None = None,
        *,
        keyboard: OnScreenKeyboard | None = None,
        auto_show: bool = True,
    ) -> None:
        super().__init__(parent)
        self.auto_show = auto_show
        self.content = content
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self._borrowed = keyboard is None
        self._released = False
        self._sized = False
        self.keyboard = keyboard or borrow_keyboard()
        self.keyboard.setParent(self)
        self.keyboard.hide()
        self.keyboard.hide_requested.connect(self.hide_keyboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.keyboard, 0)
        self._focus = FocusLink(self, self._on_focus_changed)
        self._reveal_later = QTimer(self)
        self._reveal_later.setSingleShot(True)
        self._reveal_later.setInterval(0)
        self._reveal_later.timeout.connect(self._on_reveal_later_timeout)
        content.installEventFilter(self)
        # The keyboard settling to its final height shrinks the viewport, not the host.
        self.scroll_area.viewport().installEventFilter(self)

    # -- public -------------------------------------------------------------------------

    def release(self) -> None:
        """The page is being thrown away (a wipe, a language change, the window closing):
        stop following focus and give a borrowed keyboard back, reset, for the next page.
        The host does nothing more after this."""
        if self._released:
            return
        self._released = True
        self._focus.disconnect()
        self._reveal_later.stop()
        self.content.removeEventFilter(self)
        self.scroll_area.viewport().removeEventFilter(self)
        self.keyboard.hide_requested.disconnect(self.hide_keyboard)
        if self._borrowed:
            layout = self.layout()
            if layout is not None:
                layout.removeWidget(self.keyboard)
            give_back_keyboard(self.keyboard)
        else:
            self.keyboard.hide()  # a keyboard of the caller's: it stops following focus

    @property
    def released(self) -> bool:
        """True once :meth:`release` has run."""
        return self._released

    def show_keyboard(self, field: QWidget | None = None) -> None:
        """Show the keyboard typing into ``field`` (default: the focused field), field in view."""
        if self._released:
            return
        field = field or self._focused_field()
        if field is not None:
            self.keyboard.set_target(field)
        if self._borrowed and not self._sized:
            # A kept keyboard is sized again once, here, where a new one would be polished:
            # in this window, under the style sheet it has now (high contrast, text size).
            self._sized = True
            refit_keyboard(self.keyboard)
        self._limit_keyboard()
        self.keyboard.show()
        self.keyboard_toggled.emit(True)
        self._settle()
        if field is not None:
            self.reveal(field)

    def hide_keyboard(self) -> None:
        """Hide the keyboard; the page gets the room back."""
        if self._released:
            return
        self.keyboard.hide()
        self.keyboard_toggled.emit(False)
        self._settle()

    def reveal(self, field: QWidget) -> None:
        """Scroll so ``field`` is fully in view above the keyboard, together with a shown
        error message when both fit (else the field alone)."""
        if not self._released and self.content.isAncestorOf(field):
            self._settle()
            self._reveal_with_errors(field)

    # -- internals ----------------------------------------------------------------------

    def _reveal_with_errors(self, field: QWidget) -> None:
        # Geometry first: an error that just appeared (a word-wrapped label) may not have its
        # final height yet, and the question above it moves when it grows.
        for widget in (field, *self._shown_errors(field)):
            self._settle_around(widget)
        errors = self._shown_errors(field)
        question = self._question_label(field)
        viewport = self.scroll_area.viewport()
        room = viewport.height()
        # The field first, then its error (never hidden for the question), then the question
        # it answers while they all fit: at 200 % a resident should read what is asked,
        # not half of it. The scroll margin gives way when the three only just fit.
        area = self._content_rect(field)
        for extra in [*errors, *([question] if question else [])]:
            both = area.united(self._content_rect(extra))
            if both.height() <= room:
                area = both
        margin = max(0, min(_MARGIN, (room - area.height()) // 2))
        centre = area.center()
        self.scroll_area.ensureVisible(
            centre.x(),
            centre.y(),
            min(area.width() // 2 + _MARGIN, viewport.width() // 2),
            min(area.height() // 2 + margin, room // 2),
        )

    def _settle_around(self, widget: QWidget) -> None:
        """Activate the layouts from the page down to ``widget`` (top first), so the
        widget's rect and the rects around it are final before scrolling."""
        chain: list[QWidget] = []
        holder: QWidget | None = widget.parentWidget()
        while holder is not None and holder is not self.scroll_area.viewport():
            chain.append(holder)
            if holder is self.content:
                break
            holder = holder.parentWidget()
        for holder in reversed(chain):
            layout = holder.layout()
            if layout is not None:
                layout.activate()

    def _question_label(self, field: QWidget) -> QLabel | None:
        """The label asking for ``field``: in the nearest enclosing widget (below the page)
        that has one, its own visible question label (role "answer") above the field."""
        top = self._content_rect(field).top()
        holder = field.parentWidget()
        while holder is not None and holder is not self.content:
            labels = [
                w
                for w in holder.findChildren(
                    QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if w.property("role") == "answer"
                and w.isVisibleTo(self.content)
                and self._content_rect(w).top() <= top
            ]
            if labels:
                return max(labels, key=lambda w: self._content_rect(w).top())
            holder = holder.parentWidget()
        return None

    def _content_rect(self, widget: QWidget) -> QRect:
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.width() > 0:
            # A label whose text just changed may still have its old height.
            size.setHeight(max(size.height(), widget.heightForWidth(widget.width())))
        return QRect(widget.mapTo(self.content, QPoint(0, 0)), size)

    def _shown_errors(self, field: QWidget | None = None) -> list[QLabel]:
        """The error messages shown about ``field`` (default: the keyboard's target): those
        in the same question (a common parent below the page); on a one-question page,
        its only error. Other questions' errors may scroll out of view."""
        field = field or self.keyboard.target()
        shown = [
            w
            for w in self.content.findChildren(QLabel)
            if w.property("role") == "error" and w.isVisibleTo(self.content) and w.text()
        ]
        if field is None or not shown:
            return []
        own = [e for e in shown if _common_parent(e, field) is not self.content]
        return own or (shown if len(shown) == 1 else [])

    def _limit_keyboard(self) -> None:
        """Cap the keyboard so the page keeps room above it for the field typed in and
        any error message (never less than the field itself)."""
        window_height = self.height() if self.isWindow() else self.window().height()
        limit = min(KEYBOARD_SHARE * window_height, _HOST_SHARE * self.height())
        field = self.keyboard.target() or self._focused_field()
        if field is not None and self.content.isAncestorOf(field):
            # The field, its error and the question above it, as _reveal_with_errors shows them.
            area = self._content_rect(field)
            question = self._question_label(field)
            for extra in [*self._shown_errors(field), *([question] if question else [])]:
                area = area.united(self._content_rect(extra))
            limit = min(limit, self.height() - area.height() - 2 * _MARGIN)
        self.keyboard.set_height_limit(max(1, round(limit)))
        self.keyboard.set_width_limit(self.width() if self.width() > 0 else None)

    def _settle(self) -> None:
        """Apply pending layout now, so geometry is right before scrolling (no timers)."""
        layout = self.layout()
        if layout is not None and self.isVisible():
            # invalidate() drops size hints cached while the keyboard was hidden.
            layout.invalidate()
            layout.activate()
            inner = self.content.layout()
            if inner is not None:
                inner.activate()

    def _focused_field(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if focus is not None and self.content.isAncestorOf(focus) and is_text_field(focus):
            return focus
        return None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._released or new is None or not self.content.isAncestorOf(new):
            return
        if not is_text_field(new):
            # A choice, yes/no or attachment step: nothing to type, the page gets the room.
            if self.auto_show and self.keyboard.isVisible():
                self.hide_keyboard()
            return
        if self.auto_show and not self.keyboard.isVisible():
            self.show_keyboard(new)
        else:
            self.keyboard.set_target(new)
            self.reveal(new)
        self._reveal_later.start()  # again once a new page has been laid out

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._released:
            return
        self._focus.connect()  # follow focus only while shown; see ui.input._focus
        # Focus may have moved into the page while it was hidden (no signal reached us).
        field = self._focused_field()
        if field is not None and self.auto_show and not self.keyboard.isVisibleTo(self):
            self.show_keyboard(field)
        elif field is not None:
            self.keyboard.set_target(field)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self._focus.disconnect()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._released:
            return
        self._limit_keyboard()
        field = self.keyboard.target()
        if field is not None and self.keyboard.isVisible():
            self.reveal(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A page that grows (a section unfolds) keeps the typed field in view.
        # An error message that appears gets room too; a field that went away (the next
        # step has none) takes the keyboard with it.
        if self._released:
            return False
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            if self.keyboard.isVisible() and self.keyboard.target() is not None:
                self._reveal_later.start()
            return False
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            field = self.keyboard.target()
            if not self.keyboard.isVisible():
                return False
            if field is None or not self.content.isAncestorOf(field):
                if self.auto_show and self._focused_field() is None:
                    self.hide_keyboard()
                return False
            self._limit_keyboard()
            # This filter runs before the layout and the scroll area see the request:
            # reveal once they have placed the page (an error that just appeared).
            self._reveal_later.start()
        return False

    def _on_reveal_later_timeout(self) -> None:
        if self._released:
            return
        field = self.keyboard.target()
        if field is not None and self.keyboard.isVisible() and self.content.isAncestorOf(field):
            self._reveal_with_errors(field)


def _common_parent(a: QWidget, b: QWidget) -> QWidget | None:
    """The nearest widget holding both ``a`` and ``b``."""
    parents: list[QWidget] = []
    w: QWidget | None = a
    while w is not None:
        parents.append(w)
        w = w.parentWidget()
    w = b
    while w is not None:
        if w in parents:
            return w
        w = w.parentWidget()
    return None
