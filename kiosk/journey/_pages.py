"""The screens of a procedure's journey: related questions grouped, in a fixed order.

A definition may list its ``pages`` (order and grouping chosen for the resident);
without them, each section becomes pages of a few questions: a screen at 200 %
text holds about three simple questions, or one list, address, file or group.
The list never changes while a resident fills the form, so "Bước 3/9" is stable:
a page whose questions don't apply is passed over, not removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms import FieldSpec, FieldType, FormDefinition, Section

__all__ = ["JourneyPage", "pages_of"]

PAGE_BUDGET = 3
"""How much fits on one screen at 200 %, in units of :func:`_weight`."""


@dataclass(frozen=True)
class JourneyPage:
    """One screen: its id, the section it belongs to (title, person) and its questions."""

    id: str
    section: Section
    fields: tuple[FieldSpec, ...]
    title: str | None = None
    title_en: str | None = None

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)


def _weight(field: FieldSpec) -> int:
    """Screen room a question takes: lists, addresses, files and groups fill a page."""
    if field.type in (FieldType.ADDRESS, FieldType.ATTACHMENT, FieldType.GROUP):
        return PAGE_BUDGET
    if field.type is FieldType.SELECT and len(field.options or []) > 6:
        return PAGE_BUDGET
    if field.type is FieldType.YES_NO and field.must_accept:
        return 2  # a long commitment text
    return 1


def _section_pages(section: Section) -> list[JourneyPage]:
    groups: list[list[FieldSpec]] = []
    room = 0
    for field in section.fields:
        weight = _weight(field)
        # A conditional question stays with the one it depends on (it appears as it is answered).
        follows = (
            bool(groups)
            and field.visible_if is not None
            and any(f.id in field.visible_if.referenced_fields() for f in groups[-1])
        )
        if groups and (follows or room + weight <= PAGE_BUDGET):
            groups[-1].append(field)
            room += weight
        else:
            groups.append([field])
            room = weight
    return [
        JourneyPage(f"{section.id}_{n}" if n else section.id, section, tuple(group))
        for n, group in enumerate(groups)
    ]


def pages_of(definition: FormDefinition) -> tuple[JourneyPage, ...]:
    """Every page of the journey, in order (the definition's ``pages`` when it has them)."""
    if definition.pages is None:
        return tuple(p for s in definition.sections for p in _section_pages(s))
    fields = {f.id: f for s in definition.sections for f in s.fields}
    placed = [[f for f in page.fields if f in fields] for page in definition.pages]
    for section in definition.sections:  # a question no page lists follows its neighbour
        ids = [f.id for f in section.fields]
        for n, field_id in enumerate(ids):
            if any(field_id in p for p in placed):
                continue
            near = [i for i in ids[:n][::-1] + ids[n + 1 :] if any(i in p for p in placed)]
            if not near:
                placed.append([field_id])
                continue
            page = next(p for p in placed if near[0] in p)
            page.insert(page.index(near[0]) + (1 if ids.index(near[0]) < n else 0), field_id)
    out = []
    for n, ids in enumerate(placed):
        if not ids:
            continue
        spec = definition.pages[n] if n < len(definition.pages) else None
        holder = definition.section_of(ids[0])
        assert holder is not None  # every id here is a question of the definition
        section = holder
        out.append(
            JourneyPage(
                spec.id if spec else f"{section.id}_{n}",
                section,
                tuple(fields[f] for f in ids),
                spec.title if spec else None,
                spec.title_en if spec else None,
            )
        )
    return tuple(out)
