"""The form side of the flow: ID-card autofill, resuming a draft, and the whole-form page.

Mixed into :class:`ui._window.KioskWindow` through :class:`ui._flow.FlowMixin`.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.journey import Journey

_log = logging.getLogger(__name__)

_preload_started = False
PRELOAD_DELAY_MS = 2000  # after start-up's own work (the home screen, sync, the portal)


def preload_card_parser() -> None:
    """Load the ID-card parser's address data once per process, soon after start-up.

    The first card parse otherwise spends about a second loading it inside the
    key handler of the scan. It is pure Python (no Qt object is created), so it
    runs on a helper thread and never blocks the GUI thread. (An earlier segfault
    blamed on this was a TaskManager/Voice collected off the GUI thread; the window
    now owns those, see commit 3862c57.)
    """
    global _preload_started
    if _preload_started:
        return
    _preload_started = True

    def work() -> None:
        try:
            from kiosk.idcard import preload

            preload()
        except Exception as exc:  # the scan still works; only its first parse is slower
            _log.warning("ID-card preload failed: %s", type(exc).__name__)

    def start() -> None:
        threading.Thread(target=work, name="card-parser-preload", daemon=True).start()

    # After the home screen has painted: the address data (vietnamadminunits, shapely)
    # would otherwise compete with the first paint for the interpreter (issue 17).
    QTimer.singleShot(PRELOAD_DELAY_MS, start)


class FormFlowMixin:
    """Card scans fill the person on screen; drafts reopen; staff switch wizard / whole form."""

    session: Any
    screens: dict[str, Any]
    pages: dict[str, Any]
    stack: Any
    catalog: Any
    whole_form: bool = False
    """Assisted mode: staff fill the whole form on one page instead of the wizard."""
    _scanner: Any = None

    if TYPE_CHECKING:  # provided by KioskWindow / FlowMixin

        @property
        def lang(self) -> str: ...
        def show_screen(self, name: str) -> None: ...
        def show_message(self, text: str, *, button: bool = False) -> None: ...
        def current_screen(self) -> str: ...
        def open_review(self) -> None: ...
        def _run(self, fn: Any, on_done: Any, on_error: Any = None) -> None: ...
        def _on_task_error(self, exc: BaseException) -> None: ...
        def _on_screen_spoken(self, question: str, hint: str, error: str) -> None: ...
        def _on_wizard_answer_changed(self, field_id: str) -> None: ...
        def finish_session(self) -> None: ...

    _releasable: ClassVar[list[Any]] = []  # replaced per window by _release_dropped_pages

    def _release_dropped_pages(self) -> None:
        """Pages the window's rebuild threw away let go of their on-screen keyboard."""
        kept = {id(page) for page in self.screens.values()}
        for page in self._releasable:
            if id(page) not in kept:
                page.release()
        self._releasable = [p for p in self.screens.values() if hasattr(p, "release")]  # type: ignore[misc]

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override, reached by super())
        """The window is going away: every page lets go of its keyboard."""
        for page in self.screens.values():
            if hasattr(page, "release"):
                page.release()
        super().closeEvent(event)  # type: ignore[misc]

    def form_page(self, name: str) -> Any:
        """The "resume" or "wholeform" screen, built on first use.

        Not every resident needs them, and each holds an on-screen keyboard (a few
        hundred widgets): built lazily, the window's rebuild after each wipe stays
        quick. The window's rebuild drops them with the other screens.
        """
        screen = self.screens.get(name)
        if screen is not None:
            return screen
        from ui.screens._resume import ResumeScreen
        from ui.screens._wholeform import WholeFormScreen

        if name == "resume":
            screen = ResumeScreen()
            screen.resume_requested.connect(self.resume_with_code)
            screen.back_requested.connect(self.finish_session)
        elif name == "wholeform":
            screen = WholeFormScreen(self.session)
            screen.answer_changed.connect(self._on_wizard_answer_changed)
            screen.finished.connect(self.open_review)
            screen.single_requested.connect(self._on_wholeform_single_requested)
            self.attach_card_source(screen.camera_panel)
            screen.show_draft_code(self.session.draft_code)
        else:
            raise KeyError(name)
        self.screens[name] = screen
        self._releasable.append(screen)
        self.pages[name] = screen
        self.stack.addWidget(screen)
        screen.spoken.connect(self._on_screen_spoken)
        return screen

    # -- ID cards ------------------------------------------------------------------------

    @property
    def scanner(self) -> Any:
        """The keyboard-wedge scanner (set by the app at start-up)."""
        return self._scanner

    @scanner.setter
    def scanner(self, scanner: Any) -> None:
        # Setting it wires the card signals too, so whoever installs the scanner
        # (``ui._app``) gets autofill without knowing about the wizard.
        self._scanner = scanner
        if scanner is not None:
            self.attach_card_source(scanner)

    def attach_card_source(self, source: Any) -> None:
        """Fill the form from ``source.card_scanned`` (wedge or camera); say ``scan_failed``."""
        source.card_scanned.connect(self.on_card_scanned)
        source.scan_failed.connect(self.on_scan_failed)

    def _form_screen(self) -> Any:
        """The wizard or the whole-form page when it is showing, else None."""
        name = self.current_screen()
        return self.screens[name] if name in ("wizard", "wholeform") else None

    def on_card_scanned(self, card: Any) -> None:
        """An ID card scanned: fill the person on screen (elsewhere: say where it works)."""
        screen = self._form_screen()
        if screen is not None:
            screen.fill_from_card(card)
            return
        self.show_message(
            QCoreApplication.translate(
                "KioskWindow",
                "Đã đọc thẻ căn cước. Hãy quét thẻ khi đang điền thông tin của người đó "
                "trong hồ sơ.",
            )
        )

    def on_scan_failed(self, text: str) -> None:
        """A scan that could not be read: the plain message; nothing is filled."""
        from ui.screens._autofill import scan_failed_message

        screen = self._form_screen()
        if screen is not None:
            screen.show_scan_failed(text)
        else:
            self.show_message(scan_failed_message(text))

    # -- resuming a draft ----------------------------------------------------------------

    def open_resume(self) -> None:
        """ "Tiếp tục hồ sơ đang làm": ask for the draft code and the ID number."""
        page = self.form_page("resume")
        self.show_screen("resume")
        page.start()  # focus only lands on a shown field

    def resume_with_code(self, draft_code: str, id_number: str) -> None:
        """A resident resumes their own draft (the pair is checked by the services)."""
        self._run(
            lambda svc: svc.resume_draft(draft_code, id_number),
            self._on_resumed_by_code,
            self._on_resume_failed,
        )

    def _on_resumed_by_code(self, draft: Any) -> None:
        if draft is None:
            self.form_page("resume").not_found()
            return
        self.form_page("resume").clear()
        self.open_draft(draft)

    def _on_resume_failed(self, exc: BaseException) -> None:
        self._on_task_error(exc)
        self.form_page("resume").show_error(
            QCoreApplication.translate(
                "KioskWindow", "Chưa mở được hồ sơ. Hãy thử lại, hoặc báo cán bộ ở quầy."
            )
        )

    def resume_draft_by_id(self, draft_id: str) -> None:
        """Staff resume a draft chosen in the staff console."""
        self._run(lambda svc: svc.load_draft(draft_id), self.open_draft)

    def open_draft(self, draft: Any) -> None:
        """Load a saved draft into the session and show its first question still to answer."""
        s = self.session
        try:
            definition = self.catalog.get(draft.procedure_code, draft.definition_version)
        except KeyError:  # the version is gone from this kiosk's catalog: the newest one
            definition = self.catalog.get(draft.procedure_code)
        s.definition, s.procedure_code = definition, draft.procedure_code
        s.draft_id, s.draft_code = draft.id, draft.draft_code
        s.answers, s.entered_by = dict(draft.answers), dict(draft.entered_by)
        self._show_draft_code()
        wizard = self.screens["wizard"]
        journey = Journey(s)
        wizard.open(journey, self.lang)
        target = journey.first_open_field()
        if target is None and s.answers:
            self.open_review()
            return
        if self.whole_form:
            page = self.form_page("wholeform")
            self.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self.lang, target)
            return
        if target is not None:
            wizard.show_field(target)
        self.show_screen("wizard")

    # -- assisted mode: the whole form on one page ---------------------------------------

    def _on_wizard_whole_form_requested(self) -> None:
        self.whole_form = True
        wizard = self.screens["wizard"]
        page = self.form_page("wholeform")
        self.show_screen("wholeform")  # shown first: the cursor can land in it
        page.open(self.lang, wizard.field.id if wizard.field else None)

    def _on_wholeform_single_requested(self, field_id: str) -> None:
        self.whole_form = False
        wizard = self.screens["wizard"]
        wizard.lang = self.lang
        if field_id:
            wizard.show_field(field_id)
        else:
            wizard.start(self.lang)
        self.show_screen("wizard")

    def show_form_field(self, field_id: str, message: str | None = None) -> None:
        """Show one question to correct, in whichever form view staff chose."""
        if self.whole_form:
            page = self.form_page("wholeform")
            self.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self.lang, field_id, message)
            return
        self.screens["wizard"].show_field(field_id, message, from_review=True)
        self.show_screen("wizard")

    def _show_draft_code(self) -> None:
        code = self.session.draft_code
        for name in ("wizard", "wholeform"):
            if name in self.screens:
                self.screens[name].show_draft_code(code)
