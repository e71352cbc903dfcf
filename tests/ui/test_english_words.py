"""Words built outside the screens' own tr() calls are English in English too.

The card parser's reasons (kiosk.idcard, Vietnamese by design), the papers listed before a
form, the camera's texts and the kiosk's stock name all go through the .ts translations.
"""

from __future__ import annotations

from typing import Any

import forms
from kiosk.idcard import CardError, parse_card
from tests.ui.test_receipt_english import _VIETNAMESE
from tests.ui.test_receipt_english import translators as translators
from ui import Translators

# Payloads the parser refuses, one per reason it gives (the shape of a căn cước QR:
# id|old id|name|date of birth|sex|address|issue date).
REFUSED = {
    "fields": "001190012345|Nguyễn Thị Hoà",
    "id_number": "00119001234||Nguyễn Thị Hoà|01011990|Nữ|Số 12 phố Đội Cấn, Ba Đình|01012021",
    "date_of_birth": "001190012345||Nguyễn Thị Hoà|31021990|Nữ|Số 12 phố Đội Cấn|01012021",
    "sex": "001190012345||Nguyễn Thị Hoà|01011990|X|Số 12 phố Đội Cấn|01012021",
}


def _refusal(payload: str) -> CardError:
    try:
        parse_card(payload)
    except CardError as exc:
        return exc
    raise AssertionError(f"the parser took {payload!r}")


def test_card_refusals_are_worded_in_english(translators: Translators) -> None:
    from ui.screens._autofill import scan_failed_message

    refusals = [_refusal(p) for p in REFUSED.values()]
    assert [e.reason for e in refusals] == list(REFUSED)
    vietnamese = [scan_failed_message(e.message) for e in refusals]
    assert translators.use("en")
    for error, said_vi in zip(refusals, vietnamese, strict=True):
        said = scan_failed_message(error.message)
        assert not _VIETNAMESE.search(said), said
        assert said.startswith(error.message_en) and said != said_vi


def test_papers_at_hand_in_english(translators: Translators) -> None:
    from ui.screens._intro import papers_at_hand

    definition = forms.load_catalog().get("1.001193")
    assert translators.use("en")
    papers = papers_at_hand(definition, "en")
    assert "Your ID card" in papers and "The mother's ID card (if any)" in papers
    assert not [p for p in papers if _VIETNAMESE.search(p)], papers


def test_camera_and_kiosk_name_in_english(qtbot: Any, translators: Translators) -> None:
    from ui._topbar import TopBar
    from ui.input import CameraScanner

    assert translators.use("en")
    camera = CameraScanner(use_camera=False)
    qtbot.addWidget(camera)
    assert camera.accessibleName() == "QR code camera"
    assert camera._view.text() == "No camera"
    bar = TopBar("Điểm phục vụ hành chính công")
    qtbot.addWidget(bar)
    assert bar.name.text() == "Public service point"
    own = TopBar("Bộ phận Một cửa phường Hoàn Kiếm")  # a commune's own name is data
    qtbot.addWidget(own)
    assert own.name.text() == "Bộ phận Một cửa phường Hoàn Kiếm"
