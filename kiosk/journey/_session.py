"""The resident's in-memory session: plain data, wiped between people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.clock import Clock, system_clock


@dataclass
class Session:
    """One resident's visit: the draft being filled, who is entering it, the result.

    Holds personal data in memory only; :meth:`wipe` drops every reference.
    """

    mode: str = "self"  # "self" or "assisted"
    staff_id: str | None = None
    staff_name: str | None = None
    staff_admin: bool = False
    staff_typing: bool = False
    procedure_code: str | None = None
    definition: Any = None
    draft_id: str | None = None
    draft_code: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    entered_by: dict[str, str] = field(default_factory=dict)
    application: Any = None
    rating: int | None = None
    sms_opt_in: bool = False
    papers: dict[str, int] = field(default_factory=dict)
    """Assisted mode: papers of each document kind staff took in (the review page's checklist)."""
    clock: Clock = field(default_factory=system_clock)
    """The kiosk's clock: "today" for the form's date checks (not wiped with the resident)."""

    @property
    def entered_by_now(self) -> str:
        """Who is typing right now: staff in assisted mode unless they handed over."""
        return "staff" if self.mode == "assisted" and self.staff_typing else "resident"

    def set_answer(self, field_id: str, value: Any) -> bool:
        """Record an answer and who gave it; False when the value did not change."""
        if self.answers.get(field_id) == value and field_id in self.answers:
            return False
        if value in (None, "", [], {}):
            if field_id not in self.answers:
                return False
            self.answers.pop(field_id, None)
        else:
            self.answers[field_id] = value
        self.entered_by[field_id] = self.entered_by_now
        return True

    def wipe(self, *, keep_staff: bool = False) -> None:
        """Forget the resident: answers, draft, application; staff too unless ``keep_staff``."""
        self.answers.clear()
        self.entered_by.clear()
        self.answers = {}
        self.entered_by = {}
        self.procedure_code = None
        self.definition = None
        self.draft_id = None
        self.draft_code = None
        self.application = None
        self.rating = None
        self.sms_opt_in = False
        self.papers = {}
        if not keep_staff:
            self.mode = "self"
            self.staff_id = None
            self.staff_name = None
            self.staff_admin = False
            self.staff_typing = False
