"""Consent records: check what the resident agreed to against the definition's wording.

A record must prove which text the resident read: the purpose, its version and the
wording in the language shown (Vietnamese ``text`` or English ``text_en``). Submit
refuses a consent whose version or text is not the definition's, so a stale screen
or a hand-made request can never record agreement to words nobody showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from forms import normalize
from kiosk.store import ConsentInput

__all__ = ["ConsentProblem", "consent_problems", "sms_recipient"]


@dataclass(frozen=True)
class ConsentProblem:
    """A consent that can't be recorded, shaped like a form field error (``field_id`` "consent")."""

    code: str
    message: str
    message_en: str
    field_id: str = "consent"


_MISSING = ConsentProblem(
    "consent_required",
    "Xin đánh dấu đồng ý để hồ sơ được xử lý. Nếu không đồng ý, hồ sơ không thể gửi đi.",
    "Please tick your consent so the application can be processed.",
)
_STALE = ConsentProblem(
    "consent_outdated",
    "Nội dung đồng ý đã được cập nhật. Xin đọc lại và đánh dấu đồng ý một lần nữa.",
    "The consent wording has changed. Please read it again and tick to agree.",
)
_UNKNOWN = ConsentProblem(
    "consent_unknown",
    "Có mục đồng ý không thuộc thủ tục này. Xin bắt đầu lại từ trang đồng ý.",
    "A consent does not belong to this procedure. Please start again from the consent page.",
)


def consent_problems(definition: Any, consents: Sequence[ConsentInput]) -> list[ConsentProblem]:
    """What stops these consents being recorded for this definition (empty when none)."""
    purposes = {c.id: c for c in definition.consents}
    problems: list[ConsentProblem] = []
    for given in consents:
        purpose = purposes.get(given.purpose)
        if purpose is None:
            problems.append(_UNKNOWN)
            continue
        shown = purpose.text_in(given.language)
        if (
            given.language not in ("vi", "en")
            or given.text_version != purpose.version
            or normalize(given.text) != normalize(shown)
        ):
            problems.append(_STALE)
    accepted = {c.purpose for c in consents if c.accepted}
    required = {c.id for c in definition.consents if c.required}
    if (required - accepted) or not accepted:
        problems.append(_MISSING)
    return list(dict.fromkeys(problems))  # each problem once, in order


def sms_recipient(
    definition: Any, answers: dict[str, Any], consents: Sequence[ConsentInput]
) -> dict[str, str]:
    """``{"sms_to": phone}`` for the sealed payload, only with the SMS consent ticked, else {}.

    The SMS consent is the definition's purpose marked ``sms``; the number is the
    first phone answer (the one the consent text calls "số điện thoại đã khai").
    """
    sms_purposes = {c.id for c in definition.consents if getattr(c, "sms", False)}
    if not any(c.accepted and c.purpose in sms_purposes for c in consents):
        return {}
    for field_id, field in definition.all_fields().items():
        value = answers.get(field_id)
        if str(field.type) == "phone" and isinstance(value, str) and value.strip():
            return {"sms_to": value.strip()}
    return {}
