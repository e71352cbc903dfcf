"""Answers one person gives once and the form reuses: a card, the requester as a parent,
what the parents share with the child, and the address of a picked place."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import forms
from forms import FieldSpec, FieldType, FormDefinition, Section

__all__ = [
    "card_answers",
    "derived_answers",
    "place_address",
    "requester_as",
    "suggestions",
]


def _card_value(card: Any, tag: str) -> Any:
    if tag == "address":
        converted = getattr(card, "address_2025", None)
        if converted is not None:
            data = asdict(converted) if hasattr(converted, "__dataclass_fields__") else converted
            return {k: (v or "") for k, v in dict(data).items() if k != "text"}
        match = getattr(card, "address_match", None)
        if match is not None and match.province_code:
            # Several 2025 communes, or none: the address input asks, showing the choices.
            return match.answer(card.address)
        return card.address or None
    return getattr(card, tag, None)


def card_answers(
    definition: FormDefinition, section: Section | None, answers: dict[str, Any], card: Any
) -> dict[str, Any]:
    """The answers ``card`` gives in ``section`` (its visible ``autofill`` fields only).

    Empty when the section belongs to nobody (``person`` unset).
    """
    if section is None or not section.person:
        return {}
    shown = {f.id for f in forms.visible_fields(definition, answers)}
    out: dict[str, Any] = {}
    for field in section.fields:
        if field.autofill is None or field.id not in shown:
            continue
        raw = _card_value(card, str(field.autofill))
        if raw in (None, ""):
            continue
        value = forms.normalize_value(field, raw)
        if value not in (None, "", {}):
            out[field.id] = value
    return out


def requester_as(definition: FormDefinition, answers: dict[str, Any]) -> str | None:
    """The person the requester says they are ("Tôi là mẹ của cháu" -> ``mother``), if any."""
    for field in definition.all_fields().values():
        if field.type is not FieldType.SELECT or not any(o.person for o in field.options or []):
            continue
        chosen = answers.get(field.id)
        for option in field.options or []:
            if option.person and option.value == chosen:
                return option.person
    return None


def _section_of_person(definition: FormDefinition, person: str) -> Section | None:
    return next((s for s in definition.sections if s.person == person), None)


def person_answers(
    definition: FormDefinition, source: str, target: str, answers: dict[str, Any]
) -> dict[str, Any]:
    """``target``'s answers copied from ``source``'s by ``autofill`` tag (name, ID, birth...)."""
    src = _section_of_person(definition, source)
    dst = _section_of_person(definition, target)
    if src is None or dst is None:
        return {}
    by_tag = {
        str(f.autofill): answers[f.id]
        for f in src.fields
        if f.autofill is not None and answers.get(f.id) not in (None, "", {})
    }
    return {f.id: by_tag[str(f.autofill)] for f in dst.fields if str(f.autofill) in by_tag}


def _text_of(field: FieldSpec, value: Any) -> str | None:
    """A source answer as the text offered for another question."""
    if value in (None, "", {}):
        return None
    if field.type is FieldType.ADDRESS and isinstance(value, dict):
        parts = (value.get("commune_name"), value.get("province_name"))
        text = ", ".join(p for p in parts if p)
        return text or None
    if field.type is FieldType.SELECT:
        return str(value)
    return str(value) if isinstance(value, str) else None


def suggestions(definition: FormDefinition, field: FieldSpec, answers: dict[str, Any]) -> list[str]:
    """What the form offers for ``field`` from its ``suggest_from`` answers (no repeats)."""
    fields = definition.all_fields()
    out: list[str] = []
    for source in field.suggest_from or []:
        spec = fields.get(source)
        text = _text_of(spec, answers.get(source)) if spec is not None else None
        if text and not any(forms.same_text(text, seen) for seen in out):
            out.append(text)
    return out


def derived_answers(definition: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """Defaults the resident only confirms: a ``suggest_from`` answer when all sources agree.

    Only sources of the same kind of question count (a parent's ethnicity for the
    child's); an address offered for a text question stays a suggestion.
    """
    fields = definition.all_fields()
    visible = {f.id for f in forms.visible_fields(definition, answers)}
    out: dict[str, Any] = {}
    for field in fields.values():
        if not field.suggest_from:
            continue
        sources = [fields[s] for s in field.suggest_from if s in fields]
        if any(s.type is not field.type for s in sources):
            continue
        shown = [s for s in sources if s.id in visible]
        values = [answers.get(s.id) for s in shown]
        if not values or any(v in (None, "") for v in values):
            continue
        if all(forms.same_text(str(v), str(values[0])) for v in values):
            value = forms.normalize_value(field, values[0])
            if not forms.validate_field(field, value, answers, definition=definition):
                out[field.id] = value
    return out


def place_address(field: FieldSpec, value: Any) -> dict[str, Any] | None:
    """The address of the place picked for ``field`` (None when it is not in the list)."""
    if field.places is None or not isinstance(value, str):
        return None
    for place in forms.places(field.places):
        if forms.same_text(place.name, value) and place.commune_code:
            province = next(
                (p.name for p in forms.list_provinces() if p.code == place.province_code), ""
            )
            return {
                "province_code": place.province_code,
                "province_name": province,
                "commune_code": place.commune_code,
                "commune_name": place.commune_name,
                "street": place.street,
            }
    return None
