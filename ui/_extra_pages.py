"""Pages mounted on the window's stack for a while: the staff pages and the receipt preview.

They are dropped at sign-out, at every wipe and at a language change, so nothing
of them outlives the session that opened them. A dropped page is deleted only
once no store task can still answer it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

if TYPE_CHECKING:
    from ui._tasks import TaskManager


class PagesHost(Protocol):
    """The window's stack and its page index (rebuilt on every wipe)."""

    stack: QStackedWidget
    pages: dict[str, QWidget]
    tasks: TaskManager


class ExtraPages:
    """Mounts and drops the temporary pages of one window."""

    def __init__(self, host: PagesHost) -> None:
        self._host = host
        self._mounted: dict[str, QWidget] = {}
        self._retired: list[QWidget] = []

    def __contains__(self, name: str) -> bool:
        return name in self._mounted

    def page(self, name: str) -> QWidget:
        """A mounted page's own widget (inside its scroll area); KeyError if not open."""
        page = self._mounted[name]
        inner = page.widget() if isinstance(page, QScrollArea) else page
        if inner is None:
            raise KeyError(name)
        return inner

    def mount(self, name: str, widget: QWidget) -> None:
        """Add ``widget`` to the stack as page ``name`` (in a scroll area unless it has one)."""
        page: QWidget = widget
        if not widget.findChildren(QScrollArea):  # at 200 % the page must still fit
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(widget)
            page = area
        self._mounted[name] = page
        self._host.pages[name] = page
        self._host.stack.addWidget(page)

    def drop(self, name: str) -> None:
        """Take one page off the stack; delete it once no store task can answer it."""
        page = self._mounted.pop(name, None)
        if page is None:
            return
        self._host.stack.removeWidget(page)
        self._host.pages.pop(name, None)
        page.hide()
        inner = page.widget() if isinstance(page, QScrollArea) else page
        clear = getattr(inner, "clear", None)
        if callable(clear):
            clear()
        self._retired.append(page)  # a panel's pending load still finds its widget
        self.delete_retired()

    def drop_all(self) -> None:
        """Every mounted page (sign-out, wipe, language change)."""
        for name in list(self._mounted):
            self.drop(name)

    def delete_retired(self, _idle: bool = True) -> None:
        """Delete dropped pages once the task manager is idle (connected to ``idle_changed``)."""
        if not self._host.tasks.idle:
            return
        for page in self._retired:
            page.deleteLater()
        self._retired = []
