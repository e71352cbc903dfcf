"""The resident's journey through one procedure: which screen, what to ask, what to reuse.

Qt-free: the wizard shows :attr:`Journey.page` and forwards each answer to
:meth:`Journey.answer`; everything the form can work out by itself (a card's
person, the requester who is the mother, what both parents share with the child,
a hospital's address) is filled here, so the resident only confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import forms
from forms import FieldError, FieldSpec, FieldType, FormDefinition
from kiosk.journey._pages import JourneyPage, pages_of
from kiosk.journey._people import (
    card_answers,
    derived_answers,
    person_answers,
    place_address,
    requester_as,
    suggestions,
)
from kiosk.journey._session import Session

__all__ = ["Journey", "Submission"]


@dataclass(frozen=True)
class Submission:
    """What the window sends with the application: files to attach and the SMS choice."""

    files: tuple[tuple[str, str, str | None], ...]
    """(path, document kind, MIME type) of every attached file."""
    sms_opt_in: bool
    sms_phone: str | None


class Journey:
    """One procedure's screens over the session's answers (the session keeps the answers)."""

    def __init__(self, session: Session) -> None:
        if session.definition is None:
            raise ValueError("the session has no procedure")
        self.session = session
        self.definition: FormDefinition = session.definition
        self.pages: tuple[JourneyPage, ...] = pages_of(self.definition)
        self.index = 0
        self._filled_for_you: dict[str, Any] = {}
        """Answers the journey gave (copied or defaulted): replaced when their source changes."""
        self.from_card: set[str] = set()
        self._cards: dict[str, Any] = {}
        """The card scanned for each person (memory only): reused wherever they appear."""

    # -- where we are -------------------------------------------------------------------

    @property
    def page(self) -> JourneyPage:
        return self.pages[self.index]

    @property
    def step(self) -> tuple[int, int]:
        """("Bước n/m"): this page's number and the number of pages, which never changes."""
        return self.index + 1, len(self.pages)

    def shown(self, page: JourneyPage | None = None) -> list[FieldSpec]:
        """The questions of ``page`` (default: this one) that apply to the answers so far."""
        visible = {f.id for f in forms.visible_fields(self.definition, self.session.answers)}
        return [f for f in (page or self.page).fields if f.id in visible]

    def is_last(self) -> bool:
        return self._next_index(self.index) is None

    def start(self, field_id: str | None = None) -> JourneyPage:
        """Open the page holding ``field_id`` (default: the first page with a question)."""
        self._refresh_derived()
        if field_id is not None:
            return self.go_to(field_id)
        self.index = self._next_index(-1) or 0
        return self._enter()

    def _enter(self) -> JourneyPage:
        """Questions of this page with a default ("Việt Nam", "có khai người cha") start with it.

        The resident sees it and only confirms; what shows next follows from it.
        """
        for _ in range(2):  # a default can reveal a question with a default of its own
            for field in self.shown():
                if field.default is not None and field.id not in self.session.answers:
                    self.session.set_answer(field.id, forms.normalize_value(field, field.default))
        self._refresh_derived()
        return self.page

    def go_to(self, field_id: str) -> JourneyPage:
        """The page holding ``field_id`` (a group's sub-field id finds its group)."""
        base = field_id.split("[", 1)[0]
        for n, page in enumerate(self.pages):
            if base in page.field_ids or any(
                base in [s.id for s in f.fields or []] for f in page.fields
            ):
                self.index = n
                break
        return self._enter()

    def go_next(self) -> JourneyPage | None:
        """The next page with a question; None after the last (time for the review)."""
        following = self._next_index(self.index)
        if following is None:
            return None
        self.index = following
        return self._enter()

    def go_back(self) -> JourneyPage | None:
        """The previous page with a question; None before the first."""
        for n in range(self.index - 1, -1, -1):
            if self.shown(self.pages[n]):
                self.index = n
                return self._enter()
        return None

    def _next_index(self, after: int) -> int | None:
        for n in range(after + 1, len(self.pages)):
            if self.shown(self.pages[n]):
                return n
        return None

    # -- answers --------------------------------------------------------------------------

    def answer(self, field_id: str, value: Any) -> list[str]:
        """Record the resident's answer; return every field id that changed (derived too)."""
        changed = []
        if self.session.set_answer(field_id, value):
            changed.append(field_id)
            self._filled_for_you.pop(field_id, None)
            self.from_card.discard(field_id)
        if changed:
            changed += self._refresh_derived()
        return changed

    def fill_from_card(self, card: Any) -> list[str]:
        """A scanned card fills the person of this page; returns the field ids it filled."""
        section = next((s for s in self._sections() if s.person), None)
        values = card_answers(self.definition, section, self.session.answers, card)
        if section is not None and section.person:
            self._cards[section.person] = card
        for field_id, value in values.items():
            self.session.set_answer(field_id, value)
            self._filled_for_you.pop(field_id, None)
        self.from_card |= set(values)
        self._refresh_derived()
        return list(values)

    def person(self) -> str | None:
        """Whose card fills this page (the person of its card-fillable questions)."""
        return next((s.person for s in self._sections() if s.person), None)

    def _sections(self) -> Iterable[Any]:
        """The sections of this page's card-fillable questions (all its sections when none)."""
        seen = []
        fillable = [f for f in self.page.fields if f.autofill is not None]
        for field in fillable or self.page.fields:
            section = self.definition.section_of(field.id)
            if section is not None and section not in seen:
                seen.append(section)
        return seen

    def suggestions(self, field_id: str) -> list[str]:
        """Answers offered for ``field_id`` (from its ``suggest_from`` questions)."""
        field = self.definition.all_fields()[field_id]
        return suggestions(self.definition, field, self.session.answers)

    def _fill(self, values: dict[str, Any]) -> list[str]:
        """Answers the journey gives: never over what the resident (or a card) gave."""
        changed = []
        for field_id, value in values.items():
            mine = field_id in self.session.answers and field_id not in self._filled_for_you
            if mine:
                continue
            if self.session.set_answer(field_id, value):
                changed.append(field_id)
            self._filled_for_you[field_id] = value
        return changed

    def _refresh_derived(self) -> list[str]:
        answers = self.session.answers
        wanted: dict[str, Any] = {}
        person = requester_as(self.definition, answers)
        if person is not None:
            card = self._cards.get("requester")
            target = next((s for s in self.definition.sections if s.person == person), None)
            if card is not None:  # the whole card: the birth date the requester's page lacks
                wanted.update(card_answers(self.definition, target, answers, card))
            wanted.update(person_answers(self.definition, "requester", person, answers))
        for field in self.definition.all_fields().values():
            if field.place_address:  # a hospital from the list: its address
                address = place_address(field, answers.get(field.id))
                if address is not None:
                    wanted[field.place_address] = address
        wanted.update(derived_answers(self.definition, {**answers, **wanted}))
        changed = self._fill(wanted)
        # What the journey gave and no longer follows from anything is taken back.
        for field_id in [f for f in self._filled_for_you if f not in wanted]:
            if answers.get(field_id) == self._filled_for_you.pop(field_id):
                self.session.set_answer(field_id, None)
                changed.append(field_id)
        return changed

    # -- checks ----------------------------------------------------------------------------

    def errors(self, page: JourneyPage | None = None) -> dict[str, list[FieldError]]:
        """The problems of each shown question of ``page`` (default: this one)."""
        answers = self.session.answers
        out = {}
        for field in self.shown(page):
            found = forms.validate_field(
                field, answers.get(field.id), answers, definition=self.definition
            )
            if found:
                out[field.id] = list(found)
        return out

    def first_open_field(self) -> str | None:
        """The first question that shows and is unanswered or not valid yet; None when all are."""
        answers = self.session.answers
        for field in forms.visible_fields(self.definition, answers):
            value = answers.get(field.id)
            if forms.validate_field(field, value, answers, definition=self.definition):
                return str(field.id)
        return None

    # -- what to submit -----------------------------------------------------------------

    def submission(self, accepted: Iterable[tuple[Any, bool]]) -> Submission:
        """Files to attach and the SMS choice, from the consents as ticked.

        SMS goes out when a consent purpose marked ``sms`` in the definition is ticked.
        """
        answers = self.session.answers
        files = []
        for field_id, value in answers.items():
            field = self.definition.all_fields().get(field_id)
            if field is None or not isinstance(value, dict) or not value.get("path"):
                continue
            kind = str(field.attachment.kind) if field.attachment is not None else field_id
            files.append((str(value["path"]), kind, value.get("mime")))
        sms = any(ok and getattr(consent, "sms", False) for consent, ok in accepted)
        return Submission(tuple(files), sms, self.phone() if sms else None)

    def phone(self) -> str | None:
        """The first phone number answered (where SMS goes)."""
        for field in self.definition.all_fields().values():
            value = self.session.answers.get(field.id)
            if field.type is FieldType.PHONE and isinstance(value, str) and value:
                return value
        return None
