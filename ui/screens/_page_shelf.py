"""The wizard's built pages: each page's questions in a box of their own, built once.

Going back and forth shows a box again instead of building it, and the page after
the one showing is built (and styled) while the resident reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

import forms
from ui.screens._question_row import QuestionRow


class PageShelf:
    """Boxes of :class:`QuestionRow` by page id, inside ``layout`` of ``body``."""

    def __init__(
        self, body: QWidget, layout: QVBoxLayout, changed: Callable[[QuestionRow], None]
    ) -> None:
        self.body = body
        self.layout = layout
        self.changed = changed
        self.built: dict[str, tuple[QWidget, dict[str, QuestionRow]]] = {}
        self._preparing = False

    def get(self, page: Any, lang: str, staff: bool) -> tuple[QWidget, dict[str, QuestionRow]]:
        """The box and rows of ``page`` (hidden when new); ``staff``: file dialogs allowed."""
        built = self.built.get(page.id)
        if built is not None:
            return built
        box = QWidget(self.body)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        rows: dict[str, QuestionRow] = {}
        for field in page.fields:
            row = QuestionRow(field, lang, box)
            row.input.value_changed.connect(lambda r=row: self._on_value_changed(r))
            set_staff = getattr(row.input, "set_staff", None)
            if set_staff is not None:  # the file dialog is for staff only
                set_staff(staff)
            column.addWidget(row)
            rows[field.id] = row
        box.hide()
        self.layout.addWidget(box)
        self.built[page.id] = (box, rows)
        return box, rows

    @staticmethod
    def refresh(
        rows: dict[str, QuestionRow], journey: Any, changed: list[str] | None, page: Any = None
    ) -> None:
        """Show the rows that apply; put in the answers of ``changed`` (None: every answer).

        Only answers that changed are put back into their inputs: an input being typed
        into keeps its text until it is committed. ``page``: the journey's page these
        rows ask (default: the one showing; another when it is built ahead).
        """
        answers = journey.session.answers
        shown = {f.id for f in journey.shown(page)}
        for field_id, row in rows.items():
            row.setVisible(field_id in shown)
            row.show_label(
                required=forms.is_required(row.field, answers),
                from_card=field_id in journey.from_card,
            )
            if row.field.suggest_from:
                row.show_offers(journey.suggestions(field_id))
            if changed is None or field_id in changed:
                value = answers.get(field_id, None)
                current = forms.normalize_value(row.field, row.input.value())
                if current != value and not (value is None and current in ("", None, {})):
                    row.input.set_value(value)

    def prepare(self, journey: Any, page: Any, build: Callable[[Any], tuple[QWidget, Any]]) -> None:
        """Build ``page`` unseen with ``build`` (:meth:`get` in the screen's language), style
        it and put in its answers as they stand: showing it then redraws only what changed
        meanwhile (issue 16's screen change: no input filled, no offer built on the tap)."""
        box, rows = build(page)
        self.polish(box)
        self._preparing = True  # what goes into its inputs is no answer of the resident's
        try:
            self.refresh(rows, journey, None, page)
        finally:
            self._preparing = False

    def _on_value_changed(self, row: QuestionRow) -> None:
        if not self._preparing:
            self.changed(row)

    def hide_all(self) -> None:
        for box, _rows in self.built.values():
            box.hide()

    @staticmethod
    def polish(box: QWidget) -> None:
        """Apply the style sheet now, while nobody waits (showing the page then costs less)."""
        box.ensurePolished()
        for child in box.findChildren(QWidget):
            child.ensurePolished()

    def drop(self) -> None:
        """Throw every page away (a new journey, the wipe)."""
        for box, rows in self.built.values():
            for row in rows.values():
                row.input.value_changed.disconnect()  # clearing is no answer
                row.input.clear()
            self.layout.removeWidget(box)
            box.hide()  # not setParent(None): a top-level, even hidden, can steal activation
            box.deleteLater()
        self.built = {}
