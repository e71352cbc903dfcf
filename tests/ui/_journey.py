"""The issue-16 journey: a first-time resident registers a birth alone, by touch, with both
parents' ID cards scanned. Used by tests/ui/test_journey.py and by ``make bench``.

Every input is a tap (each on-screen key is one) or a scan (one each), counted by
:class:`tests.ui._walk.Finger`; screens are counted as they are shown (each page of
the wizard is one screen).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.ui._walk import Finger, document_photo, show_to_camera

BIRTH = "1.001193"
# The mother files; her chip card (7 fields, pre-2025 address) and the father's new card.
MOTHER_CARD = (
    "001190012345|012345678|Nguyễn Thị Ánh|01021990|Nữ|"
    "Số 5 ngõ 12 Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|15082021"
)
FATHER_CARD = (
    "001088012346||Trần Văn Bình|12081988|Nam|"
    "Thôn Đông, Xã Uy Nỗ, Huyện Đông Anh, Hà Nội|04102024|||"
)
CHILD_NAME = "trần minh khôi"  # typed as a person would: the form capitalises it
PHONE = "0912345678"
HOSPITAL = "Bệnh viện Phụ sản Hà Nội"


@dataclass
class JourneyResult:
    inputs: int
    shown: list[str]
    """Every screen shown, in order ("wizard:<page>" for each page of the form)."""
    screen_change_ms: list[float] = field(default_factory=list)
    """From the tap to the next screen painted, for each tap that changed the screen."""
    screen_change_cpu_ms: list[float] = field(default_factory=list)
    """The GUI thread's CPU time over the same spans (what load on the machine disturbs less)."""

    @property
    def screens(self) -> list[str]:
        """The screens the resident saw: each page of the wizard counts, the stack page not."""
        return [s for s in self.shown if s != "wizard"]


def register_birth_by_touch(
    window: Any,
    finger: Finger,
    wait: Callable[[Callable[[], bool]], None],
    today: dt.date,
) -> JourneyResult:
    """Home to receipt; ``wait(condition)`` lets the GUI run until it holds."""
    shown: list[str] = []
    wizard = window.get_screen("wizard")
    window.screen_changed.connect(lambda name: shown.append(name))
    wizard.page_shown.connect(lambda page: shown.append(f"wizard:{page}"))
    result = JourneyResult(0, shown)

    def answered(field_id: str) -> Callable[[], bool]:
        return lambda: field_id in window.session.answers

    def on(name: str) -> Callable[[], bool]:
        return lambda: window.current_screen() == name

    def on_page(page: str) -> Callable[[], bool]:
        return lambda: window.current_screen() == "wizard" and wizard.journey.page.id == page

    def tap_to(button: Any, until: Callable[[], bool]) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the resident looks at the screen before tapping:
        wait(lambda: window.tasks.idle)  # long enough for the last answer's autosave
        started, cpu = time.perf_counter(), time.thread_time()
        finger.click(button)
        wait(until)
        window.repaint()  # painted
        result.screen_change_ms.append((time.perf_counter() - started) * 1000)
        result.screen_change_cpu_ms.append((time.thread_time() - cpu) * 1000)

    def row(field_id: str) -> Any:
        return wizard.rows[field_id]

    def choose_commune_if_asked(field_id: str) -> None:
        """A card address whose old ward was split: the resident taps where they live."""
        value = window.session.answers.get(field_id) or {}
        if value.get("commune_code") or not value.get("candidates"):
            return
        finger.tap_row(row(field_id).input.commune.list, value["candidates"][0]["code"])

    def fill(field_id: str, value: Any) -> None:
        r = row(field_id)
        finger.fill(r.input, r.field, value, r.offer_buttons)

    tap_to(window.get_screen("home").start, on("catalog"))
    tap_to(window.get_screen("catalog").buttons[BIRTH], on("intro"))
    tap_to(window.get_screen("intro").start, on_page("requester"))
    finger.keyboard = wizard.host.keyboard

    # "Người đi đăng ký": the mother's card, "Mẹ", her phone number.
    finger.scan(MOTHER_CARD)
    wait(answered("requester_full_name"))
    choose_commune_if_asked("requester_residence")
    fill("requester_relationship", "me")
    fill("requester_phone", PHONE)
    tap_to(wizard.next, on_page("mother"))
    # "Người mẹ": filled from the same card; only the ethnicity is hers to choose.
    fill("mother_ethnicity", "Kinh")
    tap_to(wizard.next, on_page("father"))
    # "Người cha": his card.
    finger.scan(FATHER_CARD)
    wait(answered("father_full_name"))
    choose_commune_if_asked("father_residence")
    fill("father_ethnicity", "Kinh")
    tap_to(wizard.next, on_page("child"))
    # "Người được khai sinh": the name is typed (nothing else knows it); the date tapped.
    fill("child_full_name", CHILD_NAME)
    fill("child_dob", (today - dt.timedelta(days=10)).isoformat())
    fill("child_sex", "Nam")
    tap_to(wizard.next, on_page("birth_place"))
    fill("child_birth_place_type", "co_so_y_te")
    fill("child_birth_facility", HOSPITAL)  # the hospital's address fills the place of birth
    tap_to(wizard.next, on_page("origin"))
    # Ethnicity and nationality follow the parents; the home town is offered from them.
    offers = row("child_hometown").offer_buttons
    assert offers, "the home town is offered from the parents"
    finger.click(next(iter(offers.values())))  # the father's
    tap_to(wizard.next, on_page("documents"))
    # The birth certificate, photographed with the kiosk's camera.
    certificate = row("attach_birth_certificate").input
    finger.click(certificate.camera)
    show_to_camera(certificate, document_photo())
    finger.click(certificate.document_camera.shoot)
    wait(answered("attach_birth_certificate"))
    tap_to(wizard.next, on_page("confirm"))
    fill("commitment", True)
    tap_to(wizard.next, on("review"))
    tap_to(window.get_screen("review").ok, on("consent"))
    consent = window.get_screen("consent")
    for box in consent.boxes.values():  # processing, and text messages about the application
        finger.tick(box)
    tap_to(consent.send, on("receipt"))
    result.inputs = finger.inputs
    return result
