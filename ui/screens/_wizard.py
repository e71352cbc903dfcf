"""The wizard: one page of related questions per screen, each with its hint and plain error.

It shows a :class:`kiosk.journey.Journey` and forwards every answer to it: the
journey decides the pages ("Bước 3/8" never moves), which questions show, and
what it fills by itself (a card's person, the requester who is the mother, the
child's ethnicity from parents who agree, a hospital's address), so the page only
redraws. "Quay lại" and "Tiếp tục" both keep what was typed (autosaved by the
window); only "Tiếp tục" checks the page.

The page sits in a :class:`ui.input.KeyboardHost`: the on-screen keyboard docks
below it and never covers the field. A scanned ID card fills the questions of
the person whose section is showing (:meth:`WizardScreen.fill_from_card`); on
such a step "Quét thẻ căn cước bằng camera" opens :attr:`WizardScreen.camera_panel`,
a card source the window attaches like the wedge scanner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

import forms
from kiosk.journey import Journey
from ui._session import Session
from ui._theme import set_role
from ui._wrap import WrapRow
from ui.input import KeyboardHost
from ui.screens._autofill import filled_message, nobody_message, scan_failed_message
from ui.screens._camera_panel import CameraPanel, open_button
from ui.screens._field_widgets import FieldInput, pick
from ui.screens._page_shelf import PageShelf
from ui.screens._question_row import QuestionRow
from ui.screens._wizard_parts import (
    base_field_id,
    error_text,
    format_draft_code,
    nav_buttons,
    release_keyboard,
    set_progress,
    typing_row,
)

__all__ = [
    "WizardScreen",
    "base_field_id",
    "format_draft_code",
    "release_keyboard",
    "typing_row",
]


class WizardScreen(QWidget):
    """Shows the current page of the session's journey; emits intents, never calls services."""

    answer_changed = Signal(str)
    """An answer in the session changed (field id): time to autosave."""
    finished = Signal()
    """The last page was answered: go to the review."""
    left_at_start = Signal()
    """"Quay lại" on the first page: back to what comes before the form."""
    spoken = Signal(str, str, str)
    """Question, hint and error to read aloud."""
    whole_form_requested = Signal()
    """Assisted mode: staff switch to the whole form on one page."""
    page_shown = Signal(str)
    """A page of the journey was put on screen (its id)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.session = session
        self.journey: Journey | None = None
        self.lang = "vi"
        self.rows: dict[str, QuestionRow] = {}
        """The questions of the page showing."""
        self.focus_row: QuestionRow | None = None
        self.return_to_review = False
        self._refreshing = False

        self.section = set_role(QLabel(self), "section")
        self.progress_text = set_role(QLabel(self), "progress")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Tiến độ"))
        self.section.setWordWrap(True)
        self.notice = set_role(QLabel(self), "note")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Thông báo"))
        self.notice.hide()
        self.draft_code = set_role(QLabel(self), "hint")
        self.draft_code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.draft_code.hide()
        self._notice_page: str | None = None

        body = QWidget(self)
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 16, 40, 24)
        column.setSpacing(10)
        column.addWidget(self.section)
        top = QHBoxLayout()
        top.addWidget(self.progress_text)
        top.addWidget(self.progress, 1)
        column.addLayout(top)
        column.addWidget(self.draft_code)
        column.addWidget(self.notice)
        self.camera_button = open_button(body)
        self.camera_button.clicked.connect(self.open_camera)
        self.camera_button.hide()
        column.addWidget(self.camera_button)
        self.row_box = QVBoxLayout()
        self.row_box.setSpacing(8)
        column.addLayout(self.row_box)
        self.shelf = PageShelf(body, self.row_box, self._on_row_value_changed)
        """Pages built so far (the next one is built while the resident reads this one)."""
        column.addStretch(1)
        self.host = KeyboardHost(body, self)
        self.scroll_area = self.host.scroll_area
        typing, self.input_method = typing_row(self)
        self.back, self.repeat, self.to_review, self.whole_form, self.next = nav_buttons(self)
        self.whole_form.clicked.connect(self._on_whole_form_clicked)
        self.back.clicked.connect(self._on_back_clicked)
        self.repeat.clicked.connect(self._on_repeat_clicked)
        self.to_review.clicked.connect(self._on_to_review_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        # The buttons wrap onto a second line rather than cut their labels (200 %, portrait).
        typing_box = QWidget(self)
        typing_box.setLayout(typing)
        first = typing.itemAt(0)
        self._typing_label = first.widget() if first is not None else None
        self.host.keyboard_toggled.connect(self._on_host_keyboard_toggled)
        typing.setContentsMargins(0, 0, 0, 0)
        bar = WrapRow(self)
        bar.add(self.back, self.repeat, typing_box)
        bar.wrap.addStretch()
        bar.add(self.whole_form, self.to_review, self.next)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(40, 8, 40, 16)
        buttons.addWidget(bar)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.host, 1)
        self.camera_panel = CameraPanel(self)
        outer.addWidget(self.camera_panel, 1)
        outer.addLayout(buttons)

    # -- the question with the focus (what "Đọc lại" reads, what a review edit opens) -----

    @property
    def field(self) -> Any:
        return self.focus_row.field if self.focus_row is not None else None

    @property
    def input(self) -> FieldInput | None:
        return self.focus_row.input if self.focus_row is not None else None

    @property
    def question(self) -> QLabel:
        return self.focus_row.question if self.focus_row is not None else self.section

    @property
    def hint(self) -> QLabel:
        return self.focus_row.hint if self.focus_row is not None else self.section

    @property
    def error(self) -> QLabel:
        """The error of the question with the focus (the first one with a problem)."""
        return self.focus_row.error if self.focus_row is not None else self.notice

    # -- what the window calls ------------------------------------------------------------

    def open(self, journey: Journey, lang: str = "vi") -> None:
        """Show ``journey``'s first page (the window made it for this session's draft)."""
        if journey is not self.journey:
            self._drop_rows()
        self.journey = journey
        self.start(lang)

    def prepare(self, journey: Journey, lang: str = "vi") -> None:
        """Build ``journey``'s first page unseen, so "Bắt đầu" shows it at once (once only)."""
        if self.rows:
            return
        if journey is not self.journey:
            self._drop_rows()
        self.journey, self.lang = journey, lang
        first = journey.pages[0] if journey.pages else None
        if first is not None:
            self.shelf.polish(self._page_widgets(first)[0])

    def _on_host_keyboard_toggled(self, shown: bool) -> None:
        # On a short screen at large text the keyboard needs the room: "Đọc lại" (the top
        # bar's "Gọi cán bộ" reads aloud too) and the "Kiểu gõ:" caption step aside.
        short = shown and self.window().height() < 900 and self.font().pixelSize() > 30
        self.repeat.setVisible(not short)
        if self._typing_label is not None:
            self._typing_label.setVisible(not short)

    def steps(self) -> list[Any]:
        """The questions that show now, in the order of the pages."""
        journey = self._journey()
        if journey is None:
            return []
        return [f for page in journey.pages for f in journey.shown(page)]

    def start(self, lang: str = "vi") -> None:
        """Open the first page of the session's form."""
        self.lang = lang
        self.return_to_review = False
        journey = self._journey()
        if journey is not None:
            journey.start()
            self._show_page()

    def show_field(
        self, field_id: str, message: str | None = None, *, from_review: bool = False
    ) -> None:
        """Show the page holding one question (by id, or the group holding it), with an error."""
        self.return_to_review = from_review or self.return_to_review
        journey = self._journey()
        if journey is None:
            return
        target = base_field_id(field_id)
        if target not in self.session.definition.all_fields():
            return
        journey.go_to(target)
        self._show_page(target, message)

    def clear(self) -> None:
        """Drop the page and its inputs (wipe)."""
        self._drop_rows()
        self.journey = None
        self.return_to_review = False
        self._notice_page = None
        self.host.hide_keyboard()
        self.camera_panel.close_panel()
        self.camera_button.hide()
        for label in (self.section, self.progress_text, self.notice, self.draft_code):
            label.clear()

    def release(self) -> None:
        """The page is thrown away (window rebuild or close): let go of keyboard and camera."""
        self.camera_panel.close_panel()
        release_keyboard(self.host)

    def open_camera(self) -> None:
        """Open the camera panel to scan the card of the person this page asks about."""
        self._commit_all()
        self.host.hide_keyboard()  # the preview needs the room
        self.camera_panel.open_panel()

    def show_draft_code(self, code: str | None) -> None:
        """ "Mã hồ sơ đang làm: XXXX-XXXX", shown once the draft is saved (to resume it later)."""
        self.draft_code.setText(
            self.tr("Mã hồ sơ đang làm: %1 (ghi lại để làm tiếp sau)").replace(
                "%1", format_draft_code(code)
            )
            if code
            else ""
        )
        self.draft_code.setVisible(bool(code))

    def fill_from_card(self, card: Any) -> list[str]:
        """Fill this page's person from a scanned ID card; return the field ids filled."""
        journey = self._journey()
        if journey is None or not self.rows:
            return []
        self._commit_all()
        before = dict(self.session.answers)
        values = journey.fill_from_card(card)
        if not values:
            self._show_notice(nobody_message(), None)
            return []
        for field_id, value in self.session.answers.items():
            if before.get(field_id) != value:
                self.answer_changed.emit(field_id)
        for field_id in set(before) - set(self.session.answers):
            self.answer_changed.emit(field_id)
        message = filled_message(self.session.definition, values, self.lang)
        self._show_page(self.field.id if self.field is not None else None, redraw=True)
        self._show_notice(message, journey.page.id)
        self.spoken.emit(message, "", "")
        return values

    def show_scan_failed(self, text: str) -> None:
        """A scan that could not be read: say so plainly; nothing is filled."""
        message = scan_failed_message(text)
        self._show_notice(message, None)
        self.spoken.emit("", "", message)

    # -- internals -----------------------------------------------------------------------

    def _journey(self) -> Journey | None:  # made here when the window gave none
        definition = self.session.definition
        if definition is None:
            return None
        if self.journey is None or self.journey.definition is not definition:
            self._drop_rows()
            self.journey = Journey(self.session)
        return self.journey

    def _show_page(
        self, focus_id: str | None = None, message: str | None = None, *, redraw: bool = False
    ) -> None:
        journey = self._journey()
        if journey is None:
            return
        page = journey.page
        self.shelf.hide_all()
        box, self.rows = self._page_widgets(page)
        box.show()
        self._refresh_rows()
        shown = [r for r in self.rows.values() if not r.isHidden()]
        focus = self.rows.get(focus_id or "") or next(
            (r for r in shown if self.session.answers.get(r.field.id) in (None, "", {})), None
        )
        self.focus_row = focus or (shown[0] if shown else None)
        title = pick(page, "title", self.lang) if page.title else ""
        self.section.setText(title or pick(page.section, "title", self.lang))
        if page.id != self._notice_page:
            self._show_notice(None)  # the card message belongs to the page it filled
        has_person = journey.person() is not None
        self.camera_button.setVisible(has_person)
        if not has_person:
            self.camera_panel.close_panel()
        number, total = journey.step
        self.progress_text.setText(
            self.tr("Bước %1/%2").replace("%1", str(number)).replace("%2", str(total))
        )
        set_progress(self.progress, number, total)
        self.to_review.setVisible(self.return_to_review)
        self.whole_form.setVisible(self.session.mode == "assisted")
        self.next.setText(
            self.tr("Xem lại hồ sơ →") if journey.is_last() else self.tr("Tiếp tục →")
        )
        if message and self.focus_row is not None:
            self.focus_row.show_error(message)
        self.body.updateGeometry()
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.focus_row is not None:
            self.focus_row.input.focus_input()
            self.scroll_area.ensureWidgetVisible(self.focus_row)
        if not isinstance(QApplication.focusWidget(), QLineEdit):
            self.host.hide_keyboard()  # nothing to type on this page yet: the page needs the room
        focused = self.focus_row
        if not redraw:
            self.page_shown.emit(page.id)
            QTimer.singleShot(0, self._prebuild_next)
        self.spoken.emit(
            focused.question.text() if focused else self.section.text(),
            focused.hint.text() if focused and focused.hint.isVisible() else "",
            message or "",
        )

    def _refresh_rows(self, changed: list[str] | None = None) -> None:
        """Show what applies; put in the answers of ``changed`` (default: every answer)."""
        journey = self._journey()
        if journey is None:
            return
        self._refreshing = True
        try:
            self.shelf.refresh(self.rows, journey, changed)
        finally:
            self._refreshing = False

    def _page_widgets(self, page: Any) -> tuple[QWidget, dict[str, QuestionRow]]:
        """The questions of ``page`` in their own box (built once per journey)."""
        return self.shelf.get(page, self.lang, self.session.mode == "assisted")

    def _prebuild_next(self) -> None:
        """Build the page after this one while the resident reads this one."""
        journey = self.journey
        if journey is None or not self.isVisible():
            return
        following = journey.index + 1
        if following < len(journey.pages):
            self.shelf.prepare(journey, journey.pages[following], self._page_widgets)

    def _drop_rows(self) -> None:
        """Throw every built page away (a new journey, the wipe)."""
        self.shelf.drop()
        self.rows = {}
        self.focus_row = None

    def _commit(self, row: QuestionRow) -> list[str]:
        journey = self._journey()
        if journey is None:
            return []
        value = forms.normalize_value(row.field, row.input.value())
        changed = journey.answer(row.field.id, value)
        for field_id in changed:
            self.answer_changed.emit(field_id)
        return changed

    def _commit_all(self) -> None:
        for row in list(self.rows.values()):
            if not row.isHidden() and (changed := self._commit(row)):
                # What the journey filled besides the row goes into its input before
                # that input is read in turn (an unchanged answer changes nothing).
                self._refresh_rows(changed[1:])

    def _on_row_value_changed(self, row: QuestionRow) -> None:
        if self._refreshing:
            return
        changed = self._commit(row)
        if changed:
            self._refresh_rows(changed[1:] if changed[0] == row.field.id else changed)
        journey = self._journey()
        if row.error.isVisible() and journey and not journey.errors().get(row.field.id):
            row.show_error(None)

    def _show_notice(self, message: str | None, page_id: str | None = None) -> None:
        self._notice_page = page_id if message else None
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    def _on_next_clicked(self) -> None:
        journey = self._journey()
        if journey is None or not self.rows:
            return
        self._commit_all()
        errors = journey.errors()
        # One problem at a time, under its question with the focus (never under the keyboard).
        first_id = next((f for f in self.rows if f in errors), None)
        for field_id, row in self.rows.items():
            problem = errors[field_id][0] if field_id == first_id else None
            row.show_error(error_text(problem, self.lang) if problem is not None else None)
        if errors:
            self.focus_row = first = self.rows[first_id or next(iter(self.rows))]
            first.input.focus_input()
            self.scroll_area.ensureWidgetVisible(first)
            hint = first.hint.text() if first.hint.isVisible() else ""
            self.spoken.emit(first.question.text(), hint, first.error.text())
            return
        if self.return_to_review or journey.go_next() is None:
            self.finished.emit()
        else:
            self._show_page()

    def _on_back_clicked(self) -> None:
        journey = self._journey()
        if journey is None:
            return
        self._commit_all()  # "back" never loses an answer, even one that is not valid yet
        if journey.go_back() is None:
            self.left_at_start.emit()
        else:
            self._show_page()

    def _on_whole_form_clicked(self) -> None:
        self._commit_all()
        self.whole_form_requested.emit()

    def _on_to_review_clicked(self) -> None:
        self._commit_all()
        self.finished.emit()

    def _on_repeat_clicked(self) -> None:
        row = self.focus_row
        self.spoken.emit(
            row.question.text() if row else self.section.text(),
            row.hint.text() if row and row.hint.isVisible() else "",
            row.error.text() if row and row.error.isVisible() else "",
        )

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Leaving the wizard (another screen, the wipe) stops the camera."""
        self.camera_panel.close_panel()
        super().hideEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Enter goes to the next question of the page, and on the last one moves on."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shown = [r for r in self.rows.values() if not r.isHidden()]
            focus = QApplication.focusWidget()
            here = next((r for r in shown if focus is not None and r.isAncestorOf(focus)), None)
            if here is not None and here is not shown[-1]:
                changed = self._commit(here)
                self._refresh_rows(changed[1:] if changed[:1] == [here.field.id] else changed)
                shown = [r for r in self.rows.values() if not r.isHidden()]
                if here in shown and here is not shown[-1]:
                    following = shown[shown.index(here) + 1]
                    self.focus_row = following
                    following.input.focus_input()
                    self.scroll_area.ensureWidgetVisible(following)
                    return
            self._on_next_clicked()
            return
        super().keyPressEvent(event)
