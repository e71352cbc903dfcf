"""Every procedure of the catalog, home to receipt: keyboard only and touch only, self-service
and assisted, Vietnamese and English.

One kiosk window (real store, no portal) serves every walk, as at a real service point: each
walk ends with the "Xong" wipe and the next one starts from the home screen. Keyboard walks
send key events only (Tab, Space, Enter, Telex keys at human speed); touch walks send mouse
clicks only (text by tapping the on-screen keyboard). Assisted keyboard walks use the
whole-form page; assisted touch walks the wizard.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import forms
from kiosk.services import KioskServices, StoreExecutor, open_context
from tests.ui._kiosk import STAFF_PIN
from tests.ui._walk import Finger, Keys, accepts_photo, sample_answers

CODES = [d.code for d in forms.load_catalog().latest()]
WALK_STAFF_ID = "2468"  # digits: the sign-in keypad types it by touch


@pytest.fixture(scope="module")
def kiosk(qapp, tmp_path_factory) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """One kiosk for the whole module: store on its thread, the window, a staff member."""
    from kiosk.receipts import qr_png
    from kiosk.security import StaffDirectory
    from ui import build_window

    folder = tmp_path_factory.mktemp("walk")
    context = open_context(folder / "data")
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    executor.call(
        lambda svc: StaffDirectory.from_config(svc.store, svc.config).add_staff(
            WALK_STAFF_ID, "Lê Văn Bình", "staff", STAFF_PIN
        )
    )
    window = build_window(context, executor, catalog, voice_engine="mock")
    window.resize(1024, 768)  # a small kiosk screen: less to paint, more to scroll
    window.show()
    window.activateWindow()
    files = {"png": folder / "giay_to.png", "pdf": folder / "giay_to.pdf"}
    files["png"].write_bytes(qr_png("giay to"))
    files["pdf"].write_bytes(_small_pdf())
    window.walk_files = files
    yield window
    window.close()
    while not window.tasks.idle:
        qapp.processEvents()
    window.deleteLater()
    executor.shutdown(lambda s: s.store.close())


def _small_pdf() -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def window(kiosk, qtbot, monkeypatch) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The shared window at home, attachments chosen without a file dialog."""
    from ui.screens._group_input import AttachmentInput

    chosen: dict[str, Path] = {}
    monkeypatch.setattr(AttachmentInput, "ask_path", classmethod(lambda cls, parent: chosen["p"]))
    kiosk.walk_chosen = chosen
    kiosk.activateWindow()
    assert kiosk.current_screen() == "home"
    yield kiosk
    kiosk.finish_session()  # "Xong": the next resident starts at home
    _wait_idle(qtbot, kiosk)


def _wait_for(qtbot: Any, window: Any, *names: str) -> None:
    """Wait for one of these screens (woken by the window's signal, not by polling)."""
    if window.current_screen() in names:
        return
    with qtbot.waitSignal(
        window.screen_changed, timeout=10_000, check_params_cb=lambda name: name in names
    ):
        pass


def _wait_idle(qtbot: Any, window: Any) -> None:
    """Wait until every store task has been delivered."""
    if not window.tasks.idle:
        with qtbot.waitSignal(window.tasks.idle_changed, timeout=10_000):
            pass


def _start(qtbot: Any, window: Any, actor: Any, code: str, mode: str, lang: str) -> None:
    """Home (language, staff sign-in) → the procedure → its first question."""
    touch = isinstance(actor, Finger)
    press = actor.click if touch else actor.activate
    if lang == "en":
        press(window.get_screen("home").language)
        assert window.lang == "en"
    home = window.get_screen("home")
    if mode == "assisted":
        press(home.staff)
        staff = window.get_screen("staff")
        if touch:
            for edit, digits in ((staff.staff_id, WALK_STAFF_ID), (staff.pin, STAFF_PIN)):
                actor.click(edit)
                for digit in digits:
                    actor.click(next(k for k in staff.keys if k.text() == digit))
            actor.click(next(k for k in staff.keys if k.text() == "✓"))
        else:
            actor.tab_to(staff.staff_id)
            actor.type(WALK_STAFF_ID)
            actor.tab_to(staff.pin)
            actor.type(STAFF_PIN)
            actor.enter()
        _wait_for(qtbot, window, "catalog")
        assert window.session.mode == "assisted"
    else:
        press(home.start)
    assert window.current_screen() == "catalog"
    press(window.get_screen("catalog").buttons[code])
    assert window.current_screen() == "intro"  # fee, time, who decides, papers: "Bắt đầu"
    press(window.get_screen("intro").start)
    _wait_for(qtbot, window, "wizard")


def _already(window: Any, field: Any, value: Any) -> bool:
    """Whether the answer is there already (a default, a card, the journey): only confirmed."""
    have = window.session.answers.get(field.id)
    if str(field.type) == "attachment" or have is None:
        return False
    want = forms.normalize_value(field, value)
    if isinstance(want, str) and isinstance(have, str):
        return forms.same_text(want, have)
    return bool(want == have)


def _fill_wizard(window: Any, actor: Any, answers: dict[str, Any]) -> None:
    """Every page of the wizard, in order: each question the sample answers, then "Tiếp tục"."""
    from ui.screens._field_widgets import ListInput

    wizard = window.get_screen("wizard")
    pages: list[str] = []
    touch = isinstance(actor, Finger)
    if touch:
        actor.keyboard = wizard.host.keyboard
    while window.current_screen() == "wizard":
        page = wizard.journey.page.id
        assert page not in pages, f"{page} again: {_page_errors(wizard)}"
        pages.append(page)
        done: set[str] = set()
        while wizard.journey.page.id == page and window.current_screen() == "wizard":
            todo = [f for f, r in wizard.rows.items() if not r.isHidden() and f not in done]
            if not todo:
                break
            field_id = todo[0]
            done.add(field_id)
            row = wizard.rows[field_id]
            value = answers.get(field_id)
            if value is None or _already(window, row.field, value):
                continue
            window.walk_chosen["p"] = value
            if str(row.field.type) == "attachment":
                actor.photo_ok = accepts_photo(window.session.definition, row.field)
            if touch:
                actor.fill(row.input, row.field, value, row.offer_buttons)
            else:
                actor.fill(row.input, row.field, value)
                if isinstance(row.input, ListInput):
                    actor.enter()  # the first match; the cursor goes to the next question
        if window.current_screen() == "wizard" and wizard.journey.page.id == page:
            actor.click(wizard.next) if touch else actor.activate(wizard.next)
        assert window.current_screen() != "wizard" or wizard.journey.page.id != page, (
            f"{page}: {_page_errors(wizard)}"
        )


def _page_errors(wizard: Any) -> list[str]:
    return [r.error.text() for r in wizard.rows.values() if r.error.isVisible()]


def _fill_whole_form(window: Any, actor: Any, answers: dict[str, Any]) -> None:
    wizard = window.get_screen("wizard")
    actor.activate(wizard.whole_form)
    assert window.current_screen() == "wholeform"
    page = window.get_screen("wholeform")
    done: set[str] = set()
    while True:  # in form order; a conditional question shows once its answer is given
        todo = [
            f
            for f, row in page.rows.items()
            if not row.isHidden() and f not in done and answers.get(f) is not None
        ]
        if not todo:
            break
        field_id = todo[0]
        done.add(field_id)
        window.walk_chosen["p"] = answers[field_id]
        actor.fill(page.rows[field_id].input, page.rows[field_id].field, answers[field_id])
        actor.enter()  # the answer is finished (a list takes its first match): next question
    actor.activate(page.next)
    errors = [r.error.text() for r in page.rows.values() if r.error.isVisible()]
    assert window.current_screen() == "review", errors or page.notice.text()


def _submit(qtbot: Any, window: Any, actor: Any) -> None:
    """Review → consent (every box ticked) → send → the receipt."""
    touch = isinstance(actor, Finger)
    review = window.get_screen("review")
    actor.click(review.ok) if touch else actor.activate(review.ok)
    assert window.current_screen() == "consent"
    consent = window.get_screen("consent")
    for box in consent.boxes.values():
        actor.tick(box) if touch else actor.activate(box)
        assert box.isChecked()
    actor.click(consent.send) if touch else actor.activate(consent.send)
    _wait_for(qtbot, window, "receipt", "wizard", "wholeform")
    wizard = window.get_screen("wizard")
    assert window.current_screen() == "receipt", (
        f"refused at {wizard.field.id if wizard.field else '?'}: {_page_errors(wizard)} "
        f"{window.banner_text.text()}"
    )


def _check_answers(window: Any, definition: Any, answers: dict[str, Any]) -> None:
    """What arrived is what the sample says (typed or tapped, composed, normalised)."""
    got = window.session.answers
    shown = {f.id for f in forms.visible_fields(definition, got)}
    fields = definition.all_fields()
    for field_id, value in answers.items():
        if field_id not in shown or str(fields[field_id].type) == "attachment":
            continue
        expected = forms.normalize_value(fields[field_id], value)
        actual = got.get(field_id)
        if isinstance(expected, str) and isinstance(actual, str):
            assert forms.same_text(actual, expected), (field_id, actual, expected)
        else:
            assert actual == expected, (field_id, actual, expected)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("mode", ["self", "assisted"])
@pytest.mark.parametrize("how", ["keys", "touch"])
@pytest.mark.parametrize("code", CODES)
def test_walk(qtbot, window, code: str, how: str, mode: str, lang: str) -> None:
    definition = window.catalog.get(code)
    answers = sample_answers(code, window.walk_files, definition)
    actor: Any = Keys(qtbot) if how == "keys" else Finger(qtbot)
    if how == "touch":  # no "@" on the on-screen keyboard: optional e-mails stay empty
        answers = {
            k: v
            for k, v in answers.items()
            if not (isinstance(v, str) and not actor.can_type(v) and not _required(definition, k))
        }
    _start(qtbot, window, actor, code, mode, lang)
    assert window.session.procedure_code == code
    if mode == "assisted" and how == "keys":
        _fill_whole_form(window, actor, answers)
    else:
        _fill_wizard(window, actor, answers)
    assert window.current_screen() == "review"
    _check_answers(window, definition, answers)
    _submit(qtbot, window, actor)
    record = window.session.application
    assert record is not None and record.procedure_code == code
    receipt = window.get_screen("receipt")
    assert receipt.code.text() == record.provisional_code
    if mode == "assisted":
        assert set(window.session.entered_by.values()) == {"staff"}


def _required(definition: Any, field_id: str) -> bool:
    return bool(definition.all_fields()[field_id].required)
