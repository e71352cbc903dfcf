"""The form side of the flow: ID-card autofill, resuming a draft, and the whole-form page.

Composed into :class:`ui._flow.ResidentFlow` (``window.flow.forms``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.journey import Journey

_log = logging.getLogger(__name__)

_preload_started = False
preloaded = threading.Event()
"""Set once the ID-card parser's data has loaded (or failed to): ``make bench`` waits for a
settled kiosk."""
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
        finally:
            preloaded.set()

    def start() -> None:
        threading.Thread(target=work, name="card-parser-preload", daemon=True).start()

    # After the home screen has painted: the address data (vietnamadminunits, shapely)
    # would otherwise compete with the first paint for the interpreter (issue 17).
    QTimer.singleShot(PRELOAD_DELAY_MS, start)


class FormFlow(Protocol):
    """What the form pages need from the resident flow."""

    results: Any  # ui._result_desk.ResultDesk: a card scanned on "Nhận kết quả" goes there

    def _run(self, fn: Any, on_done: Any, on_error: Any = None) -> None: ...
    def _on_task_error(self, exc: BaseException) -> None: ...
    def _on_wizard_answer_changed(self, field_id: str) -> None: ...
    def open_review(self) -> None: ...


class FormPages(QObject):
    """Card scans fill the person on screen; drafts reopen; staff switch wizard / whole form.

    A QObject for the reason given on :class:`ui._flow.ResidentFlow` (no weak reference
    left behind per connection from a rebuilt screen).
    """

    def __init__(self, host: Any, flow: FormFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._flow = flow
        self.whole_form = False
        """Assisted mode: staff fill the whole form on one page instead of the wizard."""
        self._scanner: Any = None

    def release_pages(self) -> None:
        """The window is going away: every page lets go of its keyboard."""
        for page in self._host.screens.values():
            if hasattr(page, "release"):
                page.release()

    def form_page(self, name: str) -> Any:
        """The "resume" or "wholeform" screen, built on first use.

        Not every resident needs them, and each holds an on-screen keyboard (a few
        hundred widgets): built lazily, the window's rebuild after each wipe stays
        quick. The window's rebuild drops them with the other screens.
        """
        screen = self._host.screens.get(name)
        if screen is not None:
            return screen
        from ui.screens._resume import ResumeScreen
        from ui.screens._wholeform import WholeFormScreen

        if name == "resume":
            screen = ResumeScreen()
            screen.resume_requested.connect(self.resume_with_code)
            screen.back_requested.connect(self._host.finish_session)
        elif name == "wholeform":
            screen = WholeFormScreen(self._host.session)
            screen.answer_changed.connect(self._flow._on_wizard_answer_changed)
            screen.finished.connect(self._flow.open_review)
            screen.single_requested.connect(self._on_wholeform_single_requested)
            self.attach_card_source(screen.camera_panel)
            screen.show_draft_code(self._host.session.draft_code)
        else:
            raise KeyError(name)
        self._host.screens[name] = screen
        self._host.pages[name] = screen
        self._host.stack.addWidget(screen)
        screen.spoken.connect(self._host._on_screen_spoken)
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
        name = self._host.current_screen()
        return self._host.screens[name] if name in ("wizard", "wholeform") else None

    def on_card_scanned(self, card: Any) -> None:
        """An ID card scanned: fill the person on screen (elsewhere: say where it works)."""
        if self._host.current_screen() == "result_pickup":
            self._flow.results.on_card_scanned(card)  # proof of the applicant
            return
        screen = self._form_screen()
        if screen is not None:
            screen.fill_from_card(card)
            return
        self._host.show_message(
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
            self._host.show_message(scan_failed_message(text))

    # -- resuming a draft ----------------------------------------------------------------

    def open_resume(self) -> None:
        """ "Tiếp tục hồ sơ đang làm": ask for the draft code and the ID number."""
        page = self.form_page("resume")
        self._host.show_screen("resume")
        page.start()  # focus only lands on a shown field

    def resume_with_code(self, draft_code: str, id_number: str) -> None:
        """A resident resumes their own draft (the pair is checked by the services)."""
        self._flow._run(
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
        self._flow._on_task_error(exc)
        self.form_page("resume").show_error(
            QCoreApplication.translate(
                "KioskWindow", "Chưa mở được hồ sơ. Hãy thử lại, hoặc báo cán bộ ở quầy."
            )
        )

    def resume_draft_by_id(self, draft_id: str) -> None:
        """Staff resume a draft chosen in the staff console."""
        self._flow._run(lambda svc: svc.load_draft(draft_id), self.open_draft)

    def open_draft(self, draft: Any) -> None:
        """Load a saved draft into the session and show its first question still to answer."""
        s = self._host.session
        try:
            definition = self._host.catalog.get(draft.procedure_code, draft.definition_version)
        except KeyError:  # the version is gone from this kiosk's catalog: the newest one
            definition = self._host.catalog.get(draft.procedure_code)
        s.definition, s.procedure_code = definition, draft.procedure_code
        s.draft_id, s.draft_code = draft.id, draft.draft_code
        s.answers, s.entered_by = dict(draft.answers), dict(draft.entered_by)
        self._show_draft_code()
        wizard = self._host.screens["wizard"]
        journey = Journey(s)
        wizard.open(journey, self._host.lang)
        target = journey.first_open_field()
        if target is None and s.answers:
            self._flow.open_review()
            return
        if self.whole_form:
            page = self.form_page("wholeform")
            self._host.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self._host.lang, target)
            return
        if target is not None:
            wizard.show_field(target)
        self._host.show_screen("wizard")

    # -- assisted mode: the whole form on one page ---------------------------------------

    def _on_wizard_whole_form_requested(self) -> None:
        self.whole_form = True
        wizard = self._host.screens["wizard"]
        page = self.form_page("wholeform")
        self._host.show_screen("wholeform")  # shown first: the cursor can land in it
        page.open(self._host.lang, wizard.field.id if wizard.field else None)

    def _on_wholeform_single_requested(self, field_id: str) -> None:
        self.whole_form = False
        wizard = self._host.screens["wizard"]
        wizard.lang = self._host.lang
        if field_id:
            wizard.show_field(field_id)
        else:
            wizard.start(self._host.lang)
        self._host.show_screen("wizard")

    def show_form_field(self, field_id: str, message: str | None = None) -> None:
        """Show one question to correct, in whichever form view staff chose."""
        if self.whole_form:
            page = self.form_page("wholeform")
            self._host.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self._host.lang, field_id, message)
            return
        self._host.screens["wizard"].show_field(field_id, message, from_review=True)
        self._host.show_screen("wizard")

    def _show_draft_code(self) -> None:
        code = self._host.session.draft_code
        for name in ("wizard", "wholeform"):
            if name in self._host.screens:
                self._host.screens[name].show_draft_code(code)
