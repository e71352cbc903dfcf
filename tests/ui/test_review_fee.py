"""Issue 20: the review page states the fee counted from the answers and how it is paid."""

from __future__ import annotations

from typing import Any

import forms
from ui._session import Session
from ui.screens import ReviewScreen


def _review(qtbot: Any, code: str, answers: dict[str, Any], *, fee_qr: bool) -> ReviewScreen:
    session = Session(mode="self")
    session.definition = forms.load_catalog().get(code)
    session.answers = forms.normalize_answers(session.definition, answers)
    review = ReviewScreen(session, fee_qr=fee_qr)
    qtbot.addWidget(review)
    review.refresh()
    return review


def test_the_extract_fee_follows_the_copies_asked_for(qtbot: Any) -> None:
    answers = forms.sample_answers("2.000635")
    review = _review(qtbot, "2.000635", {**answers, "copies_count": 3}, fee_qr=True)
    assert review.fee_amount.text() == "24.000 đồng (8.000 đồng/bản sao theo biểu phí)"
    note = review.fee_note.text()
    assert "VietQR" in note and "nộp sau bằng chính mã đó" in note and "mất mạng" in note
    review.session.answers["copies_count"] = 1
    review.refresh()
    assert review.fee_amount.text().startswith("8.000 đồng")


def test_without_an_account_the_fee_is_paid_at_the_counter(qtbot: Any) -> None:
    review = _review(qtbot, "2.000815", forms.sample_answers("2.000815"), fee_qr=False)
    assert review.fee_amount.text().startswith("34.000 đồng")
    assert "quầy một cửa" in review.fee_note.text() and "VietQR" not in review.fee_note.text()


def test_a_free_or_unknown_fee_shows_no_fee_card(qtbot: Any) -> None:
    for code in ("1.001193", "1.004873"):
        review = _review(qtbot, code, forms.sample_answers(code), fee_qr=True)
        assert "Lệ phí" not in [label.text() for label in review.findChildren(type(review.title))]
