"""The form side of the flow: ID-card autofill, resuming a draft, and the whole-form page.

Mixed into :class:`ui._window.KioskWindow` through :class:`ui._flow.FlowMixin`.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

_log = logging.getLogger(__name__)

_preload_started = False


def preload_card_parser() -> None:
    """Load the ID-card parser's address data on a thread, once per process.

    The first card parse otherwise spends about a second loading it inside the
    key handler of the scan.
    """
    global _preload_started
    if _preload_started:
        return
    _preload_started = True

    def work() -> None:
        try:
            from kiosk.idcard import preload

            preload()
        except Exception as exc:  # the scan still works, only its first parse is slower
            _log.warning("ID-card preload failed: %s", type(exc).__name__)

    threading.Thread(target=work, name="idcard-preload", daemon=True).start()


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

    def _add_form_screens(self) -> None:
        """Put the resume and whole-form screens on the stack (after every screen rebuild).

        Registered here rather than in the window's screen list so the window's
        rebuild (wipe, language change) drops and recreates them like the others.
        """
        from ui.screens._resume import ResumeScreen
        from ui.screens._wholeform import WholeFormScreen

        for name, widget in (
            ("resume", ResumeScreen()),
            ("wholeform", WholeFormScreen(self.session)),
        ):
            self.screens[name] = widget
            self.pages[name] = widget
            self.stack.addWidget(widget)
            widget.spoken.connect(self._on_screen_spoken)

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
        self.show_screen("resume")
        self.screens["resume"].start()  # focus only lands on a shown field

    def resume_with_code(self, draft_code: str, id_number: str) -> None:
        """A resident resumes their own draft (the pair is checked by the services)."""
        self._run(
            lambda svc: svc.resume_draft(draft_code, id_number),
            self._on_resumed_by_code,
            self._on_resume_failed,
        )

    def _on_resumed_by_code(self, draft: Any) -> None:
        if draft is None:
            self.screens["resume"].not_found()
            return
        self.screens["resume"].clear()
        self.open_draft(draft)

    def _on_resume_failed(self, exc: BaseException) -> None:
        self._on_task_error(exc)
        self.screens["resume"].show_error(
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
        wizard.start(self.lang)
        target = _first_open_field(definition, s.answers)
        if target is None and s.answers:
            self.open_review()
            return
        if self.whole_form:
            self.screens["wholeform"].open(self.lang, target)
            self.show_screen("wholeform")
            return
        if target is not None:
            wizard.show_field(target)
        self.show_screen("wizard")

    # -- assisted mode: the whole form on one page ---------------------------------------

    def _on_wizard_whole_form_requested(self) -> None:
        self.whole_form = True
        wizard = self.screens["wizard"]
        self.screens["wholeform"].open(self.lang, wizard.field.id if wizard.field else None)
        self.show_screen("wholeform")

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
            self.screens["wholeform"].open(self.lang, field_id, message)
            self.show_screen("wholeform")
            return
        self.screens["wizard"].show_field(field_id, message, from_review=True)
        self.show_screen("wizard")

    def _show_draft_code(self) -> None:
        code = self.session.draft_code
        for name in ("wizard", "wholeform"):
            self.screens[name].show_draft_code(code)


def _first_open_field(definition: Any, answers: dict[str, Any]) -> str | None:
    """The first question that shows and is unanswered or not valid yet; None when all are."""
    import forms

    for field in forms.visible_fields(definition, answers):
        if forms.validate_field(field, answers.get(field.id), answers, definition=definition):
            return str(field.id)
    return None
