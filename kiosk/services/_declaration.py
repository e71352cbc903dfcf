"""The declaration as the authority reads it: addressee, answers with official labels, words.

The portal receives the answers (field id -> value) plus what the paper form
prints from them: the "Kính gửi" addressee and dates written "bằng chữ".
:func:`declaration_document` is the reviewer's view of the same thing, each
field with its official label and the form item it comes from.
"""

from __future__ import annotations

from typing import Any

import forms
from kiosk.config import KioskConfig
from kiosk.services._receipt_fields import addressee

__all__ = ["declaration_document", "declaration_extras"]


def declaration_extras(
    definition: Any, answers: dict[str, Any], config: KioskConfig
) -> dict[str, Any]:
    """What the paper declaration prints beyond the answers: addressee and dates in words."""
    words: dict[str, str] = {}
    for field in definition.all_fields().values():
        value = answers.get(field.id)
        if field.in_words and isinstance(value, str) and len(value) == 10:
            try:
                words[field.id] = forms.date_in_words(value)
            except ValueError:
                continue  # a value validation would have refused; nothing to print
    return {"addressee": addressee(definition, config), "in_words": words}


def declaration_document(
    definition: Any, answers: dict[str, Any], config: KioskConfig
) -> dict[str, Any]:
    """The declaration for a reviewer: every answered field with its label and citation."""
    extras = declaration_extras(definition, answers, config)
    fields: dict[str, Any] = {}
    for field_id, field in definition.all_fields().items():
        if field_id not in answers:
            continue
        entry: dict[str, Any] = {"label": field.label, "value": answers[field_id]}
        if field.cite:
            entry["cite"] = field.cite
        if field_id in extras["in_words"]:
            entry["in_words"] = extras["in_words"][field_id]
        if field.fields:
            entry["item_labels"] = {sub.id: sub.label for sub in field.fields}
        fields[field_id] = entry
    return {
        "procedure_code": definition.code,
        "procedure": definition.name,
        "definition_version": str(definition.version),
        "form": definition.declaration_form,
        "kinh_gui": extras["addressee"],
        "fields": fields,
    }
