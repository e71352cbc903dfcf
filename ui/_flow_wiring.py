"""Which of a screen's intents goes to which step of the resident flow, and the warm-up.

Screens are built on first use (:mod:`ui._screen_set`): each is wired when built.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui._flow import ResidentFlow

_log = logging.getLogger(__name__)


def wire_screen(flow: ResidentFlow, name: str, screen: Any) -> None:
    """Connect screen ``name``, just built (on first use, or once home has painted), to the
    resident flow's handlers."""
    if name == "home":
        screen.start_requested.connect(lambda: flow.open_catalog(""))
        screen.search_requested.connect(flow.open_catalog)
        screen.lookup_requested.connect(lambda: flow._host.show_screen("lookup"))
        screen.results_requested.connect(lambda: flow.results.open())
        screen.resume_requested.connect(flow.forms.open_resume)
        screen.staff_requested.connect(lambda: flow._host.show_screen("staff"))
        screen.language_requested.connect(flow._host.set_language)
    elif name == "catalog":
        screen.chosen.connect(flow.open_intro)
        screen.back_requested.connect(flow._host.finish_session)
    elif name == "intro":
        screen.start_requested.connect(flow.start_procedure)
        screen.back_requested.connect(lambda: flow.open_catalog(""))
    elif name == "wizard":
        screen.answer_changed.connect(flow._on_wizard_answer_changed)
        screen.finished.connect(flow.open_review)
        screen.left_at_start.connect(lambda: flow.open_catalog(""))
        screen.whole_form_requested.connect(flow.forms._on_wizard_whole_form_requested)
        screen.page_shown.connect(flow._on_wizard_page_shown)
        screen.show_draft_code(flow._host.session.draft_code)  # built mid-session: a resume
        flow.forms.attach_card_source(screen.camera_panel)
    elif name == "review":
        screen.edit_requested.connect(flow._on_review_edit_requested)
        screen.back_requested.connect(flow._on_review_back_requested)
        screen.confirmed.connect(flow._on_review_confirmed)
    elif name == "consent":
        screen.back_requested.connect(flow.open_review)
        screen.submitted.connect(flow.submit)
    elif name == "receipt":
        screen.print_requested.connect(flow._host.print_receipt)
        screen.rate_requested.connect(flow._on_receipt_rate_requested)
        screen.done_requested.connect(flow._host.finish_session)
    elif name == "feedback":
        screen.rated.connect(flow._on_feedback_rated)
        screen.done_requested.connect(flow._host.finish_session)
    elif name == "lookup":
        screen.lookup_requested.connect(flow.look_up)
        screen.notice_requested.connect(flow._on_lookup_notice_requested)
        screen.back_requested.connect(flow._host.finish_session)
    elif name == "staff":
        screen.sign_in_requested.connect(flow.sign_in)
        screen.back_requested.connect(flow._host.finish_session)


def warm_up_once(tasks: Any) -> None:
    """Once per process: load on the store's thread what a resident's first submission would
    otherwise wait for (see :meth:`ui._flow.ResidentFlow.warm_up`)."""
    global _warmed_up
    if _warmed_up:
        return
    _warmed_up = True
    try:
        tasks.run_db(
            _warm_up,
            lambda _r: None,
            lambda exc: _log.warning("warm-up failed: %s", type(exc).__name__),
        )
    except RuntimeError:  # the store's thread has stopped (the window is closing)
        _warmed_up = False


_warmed_up = False


def _warm_up(svc: Any) -> None:
    """See :meth:`ResidentFlow.warm_up` (runs on the store's thread)."""
    from PIL import Image

    import kiosk.receipts  # noqa: F401 - loads qrcode and reportlab's receipt modules

    Image.preinit()  # the QR code's PNG writer
    svc.config.kiosk.working_calendar().add_working_days(svc.clock.today(), 1)
