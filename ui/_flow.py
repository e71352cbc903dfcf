"""What each screen's intent does: one service call through the TaskManager, then a screen change.

Composed into :class:`ui._window.KioskWindow` (``window.flow``): the window shows
screens, the flow forwards their intents to the services and the journey model
(:mod:`kiosk.journey`). Every callback checks the session generation, so a result
that arrives after a wipe never reaches the next resident's screens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.journey import Journey
from ui._flow_forms import FormPages, preload_card_parser
from ui._flow_wiring import warm_up_once, wire_screen
from ui._receipt_images import receipt_images
from ui._result_desk import ResultDesk

if TYPE_CHECKING:
    from ui._session import Session

_log = logging.getLogger(__name__)


class FlowHost(Protocol):
    """What the flow needs from the window: its screens, the session, the services."""

    session: Session
    screens: dict[str, Any]
    pages: dict[str, Any]
    stack: Any
    tasks: Any
    catalog: Any
    config: Any
    sync: Any
    topbar: Any
    data_dir: Path
    _generation: int

    @property
    def lang(self) -> str: ...
    def show_screen(self, name: str) -> None: ...
    def show_message(self, text: str, *, button: bool = False, transient: bool = False) -> None: ...
    def set_language(self, lang: str) -> None: ...
    def finish_session(self, *, reason: str = "manual") -> None: ...
    def current_screen(self) -> str: ...
    def print_receipt(self) -> None: ...
    @property
    def receipt_output(self) -> Any: ...
    def _on_screen_spoken(self, question: str, hint: str, error: str) -> None: ...


class ResidentFlow(QObject):
    """Procedure → draft → wizard → review → consent → submit → receipt; lookup; staff sign-in.

    A QObject (a child of the window) because the screens of every session connect their
    signals to its methods: PySide6 tracks a plain Python receiver with a weak reference
    that outlives the sender, so each rebuilt screen left ~18 of them behind (issue 17).
    """

    def __init__(self, host: FlowHost) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        self._host = host
        self._save_in_flight = False
        self._save_dirty = False
        # An answer's autosave starts on the next turn of the event loop: the tap that
        # changed it ("Tiếp tục" commits what was typed) first puts the next screen up,
        # without the store's thread taking the GIL meanwhile (issue 16's screen change).
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(0)
        self._save_soon.timeout.connect(self._on_save_soon_timeout)
        self._new_draft: dict[str, Any] = {}
        self._looked_up: tuple[Any, str] = (None, "")
        """The last lookup's record and procedure name (for its result notice)."""
        self.forms = FormPages(host, self, parent=self)
        """Card scans, resuming drafts, the whole-form page."""
        self.results = ResultDesk(host)
        """ "Nhận kết quả": signed results fetched, checked, printed, handed over."""

    def forget(self) -> None:
        """The wipe: no save is pending for the resident who left."""
        self._save_soon.stop()
        self._save_in_flight = False
        self._save_dirty = False
        self._new_draft = {}
        self._looked_up = (None, "")

    def reset(self) -> None:
        """A fresh set of screens (every wipe and language change): wizard mode again."""
        self.forms.whole_form = False
        preload_card_parser()

    def warm_up(self) -> None:
        """Once per process, with every screen built: load on the store's thread what a
        resident's first submission would otherwise wait for (the working-day calendar's
        holiday tables for the due date, the receipt's modules and its QR code's imaging);
        about a second and a half on a loaded machine, paid before anyone is waiting."""
        warm_up_once(self._host.tasks)

    def wire(self, name: str, screen: Any) -> None:
        """Connect a screen just built (on first use, or once home has painted) to the flow."""
        wire_screen(self, name, screen)

    def _run(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call; drop its result if the session was wiped meanwhile."""
        generation = self._host._generation

        def done(result: Any) -> None:
            if generation == self._host._generation:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation != self._host._generation:
                return
            (on_error or self._on_task_error)(exc)

        self._host.tasks.run_db(fn, done, failed)

    def _on_task_error(self, exc: BaseException) -> None:
        _log.error("kiosk task failed: %s", type(exc).__name__)
        self._host.show_message(
            QCoreApplication.translate(
                "KioskWindow",
                "Có lỗi khi lưu hoặc đọc dữ liệu trên máy. Thông tin bạn đã nhập "
                "vẫn còn. Hãy thử lại, hoặc báo cán bộ ở quầy.",
            )
        )

    def _on_tasks_task_failed(self, exc: BaseException) -> None:
        self._on_task_error(exc)

    # -- choosing and filling ------------------------------------------------------------

    def open_catalog(self, query: str = "") -> None:
        self._host.screens["catalog"].show_procedures(query, self._host.lang)
        self._host.show_screen("catalog")

    def open_intro(self, code: str) -> None:
        """Before the form: fee, time, who decides, the papers to have at hand; "Bắt đầu"."""
        from ui.screens._intro import decider_of

        definition = self._host.catalog.get(code)
        kiosk = self._host.config.kiosk
        decider = decider_of(definition, kiosk.province_code, kiosk.commune_code)
        self._host.screens["intro"].show_procedure(definition, decider, self._host.lang)
        self._host.show_screen("intro")
        # While the resident reads, the form's first page is built: "Bắt đầu" shows it at once.
        s = self._host.session
        s.definition, s.procedure_code = definition, code
        s.answers, s.entered_by = {}, {}
        s.draft_id, s.draft_code = None, None
        self._new_draft = {}
        journey = Journey(s)
        wizard = self._host.screens["wizard"]
        QTimer.singleShot(0, wizard, lambda: wizard.prepare(journey, self._host.lang))

    def start_procedure(self, code: str) -> None:
        """Open a new draft of a procedure and show its first question at once.

        The draft row is made on the store's thread meanwhile; answers given before it
        exists are saved as soon as it does.
        """
        s = self._host.session
        wizard = self._host.screens["wizard"]
        journey = wizard.journey  # built while the page before the form was read
        if s.procedure_code != code or journey is None or s.draft_id is not None:
            s.definition = self._host.catalog.get(code)
            s.procedure_code = code
            s.answers, s.entered_by = {}, {}
            s.draft_id, s.draft_code = None, None
            journey = Journey(s)
        mode, staff_id = s.mode, s.staff_id
        made: dict[str, Any] = {}
        self._new_draft = made

        def start(svc: Any) -> Any:
            made["draft"] = svc.start_draft(code, mode=mode, staff_id=staff_id)
            return made["draft"]

        self._run(start, self._on_draft_started)
        wizard.open(journey, self._host.lang)
        if self.forms.whole_form:
            page = self.forms.form_page("wholeform")
            self._host.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self._host.lang)
        else:
            self._host.show_screen("wizard")

    def _draft_of(self) -> Callable[[], str | None]:
        """The draft's id, read on the store's thread: a draft still being made is there by
        then (the store runs its tasks in order), even before the GUI heard of it."""
        known = self._host.session.draft_id
        made = self._new_draft
        return lambda: known or (made["draft"].id if "draft" in made else None)

    def _on_draft_started(self, draft: Any) -> None:
        self._host.session.draft_id = draft.id
        self._host.session.draft_code = draft.draft_code
        self.forms._show_draft_code()
        if self._save_dirty and not self._save_in_flight:
            self._save_draft()  # answers given while the draft row was being made

    def _on_wizard_answer_changed(self, _field_id: str) -> None:
        self._save_dirty = True
        if self._save_in_flight:
            return
        if not getattr(self._host, "isHidden", lambda: False)():
            self._save_soon.start()
        else:  # the window is closing (a field's text committed as it hides): save now,
            # while the store's executor still takes work
            self._save_draft()

    def _on_save_soon_timeout(self) -> None:
        if self._save_dirty and not self._save_in_flight:
            self._save_draft()

    def _save_draft(self) -> None:
        """Autosave the whole answer set; changes made meanwhile are saved right after."""
        s = self._host.session
        if s.draft_id is None:
            return
        self._save_dirty = False
        self._save_in_flight = True
        draft_id, answers, entered_by = s.draft_id, dict(s.answers), dict(s.entered_by)
        self._run(
            lambda svc: svc.save_answers(draft_id, answers, entered_by),
            self._on_draft_saved,
            self._on_draft_save_failed,
        )

    def _on_draft_saved(self, _revision: int) -> None:
        self._save_in_flight = False
        self.forms._show_draft_code()  # saved: the code now opens this draft again
        if self._save_dirty:
            self._save_draft()

    def _on_draft_save_failed(self, exc: BaseException) -> None:
        self._save_in_flight = False
        self._on_task_error(exc)

    def _flush_draft(self) -> None:
        """Queue a last save of the current answers (before submit or wipe); never waits."""
        s = self._host.session
        if s.procedure_code is None or not (self._save_dirty or self._save_in_flight):
            return
        self._save_soon.stop()  # saved here instead
        draft_of = self._draft_of()
        answers, entered_by = dict(s.answers), dict(s.entered_by)
        self._save_dirty = False
        self._host.tasks.run_db(
            lambda svc: svc.save_answers(draft_of(), answers, entered_by),
            lambda _r: None,
            lambda exc: _log.error("final save failed: %s", type(exc).__name__),
        )

    def _on_wizard_page_shown(self, _page_id: str) -> None:
        """On the form's last page, build the review meanwhile: "Xem lại" then only updates
        the answers given since (issue 16's screen change)."""
        journey = self._host.screens["wizard"].journey
        if journey is None or not journey.is_last():
            return
        review, lang = self._host.screens["review"], self._host.lang
        QTimer.singleShot(0, review, lambda: review.prepare(lang))

    def open_review(self) -> None:
        self._host.screens["review"].refresh(self._host.lang)
        self._host.show_screen("review")
        # While the resident reads the review, the consent cards are built.
        consent, lang = self._host.screens["consent"], self._host.lang
        definition = self._host.session.definition
        if definition is not None:
            QTimer.singleShot(0, consent, lambda: consent.prepare(definition, lang))

    def _on_review_edit_requested(self, field_id: str) -> None:
        self.forms.show_form_field(field_id)

    def _on_review_back_requested(self) -> None:
        if self.forms.whole_form:
            page = self.forms.form_page("wholeform")
            self._host.show_screen("wholeform")  # shown first: the cursor can land in it
            page.open(self._host.lang)
            return
        steps = self._host.screens["wizard"].steps()
        if steps:
            self._host.screens["wizard"].show_field(steps[-1].id)
        self._host.show_screen("wizard")

    def _on_review_confirmed(self) -> None:
        self._host.screens["consent"].show_consents(self._host.session.definition, self._host.lang)
        self._host.show_screen("consent")

    # -- submitting ----------------------------------------------------------------------

    def submit(self, choices: list[tuple[Any, bool]]) -> None:
        """Send the application: consents as ticked, then the receipt (or the first problem)."""
        from kiosk.services import PaperDocument
        from kiosk.store import AttachmentInput, ConsentInput

        s = self._host.session
        self._flush_draft()
        # The record keeps the hash of the wording actually shown, in its language.
        lang = "en" if self._host.lang == "en" else "vi"
        consents = [
            ConsentInput(
                purpose=c.id,
                text_version=c.version,
                text=c.text_in(lang),
                accepted=ok,
                language=lang,
            )
            for c, ok in choices
        ]
        sent = self._host.screens["wizard"]._journey().submission(choices)
        files = list(sent.files)
        draft_of, staff_name = self._draft_of(), s.staff_name
        s.sms_opt_in = sent.sms_opt_in

        # Papers staff ticked on the review page (assisted mode only): counts of papers.
        papers = [
            PaperDocument(kind, count)
            for kind, count in s.papers.items()
            if count > 0 and s.mode == "assisted"
        ]

        def work(svc: Any) -> Any:
            attachments = [
                AttachmentInput(kind=kind, mime=mime, content=Path(path).read_bytes())
                for path, kind, mime in files
            ]
            record = svc.submit(
                draft_of(),
                consents=consents,
                attachments=attachments,
                staff_name=staff_name,
                papers=papers,
            )
            receipt = svc.receipt_data(record.id)
            # The QR codes are encoded here, not on the tap that shows the receipt.
            return record, receipt, receipt_images(record.code, receipt)

        self._host.screens["consent"].set_busy(True)
        self._run(work, self._on_submitted, self._on_submit_failed)

    def _on_submitted(self, result: tuple[Any, Any, Any]) -> None:
        record, receipt, images = result
        self._host.session.application = record
        self._host.screens["consent"].set_busy(False)
        self._show_receipt(record, receipt, images)
        self._host.show_screen("receipt")
        if self._host.sync is not None:
            self._host.sync.sync_now()

    def _on_submit_failed(self, exc: BaseException) -> None:
        from kiosk.services import SubmissionError

        self._host.screens["consent"].set_busy(False)
        if not isinstance(exc, SubmissionError) or not exc.errors:
            self._on_task_error(exc)
            return
        first = exc.errors[0]
        message = (
            first.message_en
            if self._host.lang == "en" and getattr(first, "message_en", None)
            else first.message
        )
        if first.field_id == "consent":
            self._host.screens["consent"].show_error(message)
            return
        self.forms.show_form_field(first.field_id, message)

    def _show_receipt(self, record: Any, receipt: Any = None, images: Any = None) -> None:
        s = self._host.session
        name = _pick(s.definition, "name", self._host.lang) if s.definition is not None else ""
        journey = self._host.screens["wizard"]._journey()
        phone = journey.phone() if s.sms_opt_in and journey is not None else None
        self._host.screens["receipt"].show_application(
            record, procedure_name=name, sms_phone=phone, receipt=receipt, images=images
        )

    def _on_sync_item_changed(self, app_id: str, state: str, _progress: float) -> None:
        record = self._host.session.application
        if record is None or record.id != app_id or state != "delivered":
            return

        def reload(svc: Any) -> Any:
            record, receipt = svc.application(app_id), svc.receipt_data(app_id)
            return record, receipt, receipt_images(record.code, receipt)

        self._run(reload, self._on_application_reloaded)

    def _on_application_reloaded(self, result: tuple[Any, Any, Any]) -> None:
        record, receipt, images = result
        self._host.session.application = record
        self._show_receipt(record, receipt, images)

    def _on_receipt_rate_requested(self) -> None:
        self._host.screens["feedback"].reset()
        self._host.show_screen("feedback")

    def _on_feedback_rated(self, rating: int) -> None:
        self._host.session.rating = rating
        record = self._host.session.application
        app_id = record.id if record is not None else None
        self._run(lambda svc: _record_rating(svc, app_id, rating), lambda _r: None)

    # -- lookup and staff ----------------------------------------------------------------

    def look_up(self, code: str) -> None:
        self._run(lambda svc: svc.lookup(code), self._on_looked_up)

    def _on_looked_up(self, record: Any) -> None:
        name = ""
        if record is not None and record.procedure_code in self._host.catalog:
            name = _pick(self._host.catalog.get(record.procedure_code), "name", self._host.lang)
        self._looked_up = (record, name)
        self._host.screens["lookup"].notice_printable = self._host.config.printer.thermal_enabled
        self._host.screens["lookup"].show_result(record, name)

    def _on_lookup_notice_requested(self) -> None:
        record, name = self._looked_up
        if record is not None:
            self._host.receipt_output.print_result_notice(record, name)

    def on_code_scanned(self, text: str) -> None:
        """A receipt QR scanned on home or lookup: show its status (on "Nhận kết quả": its code)."""
        if self._host.current_screen() == "result_pickup":
            self.results.on_code(text)
            return
        if self._host.current_screen() in ("home", "lookup"):
            self._host.show_screen("lookup")
            self._host.screens["lookup"].look_up(text)

    def sign_in(self, staff_id: str, pin: str) -> None:
        self._run(
            lambda svc: _authenticate(svc, staff_id, pin),
            self._on_signed_in,
            self._on_sign_in_failed,
        )

    def _on_signed_in(self, member: Any) -> None:
        s = self._host.session
        s.mode, s.staff_id, s.staff_name, s.staff_typing = (
            "assisted",
            member.staff_id,
            member.display_name,
            True,
        )
        s.staff_admin = bool(getattr(member, "is_admin", False))  # may open the admin settings
        self._host.topbar.show_staff(member.display_name, True)
        self._host.screens["staff"].clear()
        self.open_catalog("")

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if message is None:
            self._on_task_error(exc)
            message = QCoreApplication.translate(
                "KioskWindow", "Không đăng nhập được. Hãy thử lại."
            )
        self._host.screens["staff"].show_error(str(message))


def _authenticate(svc: Any, staff_id: str, pin: str) -> Any:
    from kiosk.security import StaffDirectory

    return StaffDirectory.from_config(svc.store, svc.config).authenticate(staff_id, pin)


def _record_rating(svc: Any, app_id: str | None, rating: int) -> None:
    recorder = getattr(svc, "record_rating", None)
    if recorder is not None:
        recorder(app_id, rating)
    else:  # until the services grow a verb for it: an audit event carries no personal data
        svc.store.audit("resident", "feedback.rating", app_id, {"rating": rating})


def _pick(obj: Any, name: str, lang: str) -> str:
    from ui.screens._field_widgets import pick

    return pick(obj, name, lang)
