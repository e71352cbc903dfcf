"""What a receipt says about one application, built from its definition, answers and intake.

The receipt is a legal record of what the receiving unit took in: only the files
actually attached (per document kind) and the papers staff ticked as handed over,
never the procedure's list of required documents. Its header, agency and
signature block follow the procedure's own agency (the commune police for
residence procedures, the People's Committee for civil status).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import forms
from kiosk.config import KioskConfig
from kiosk.services._dates import due_at

__all__ = [
    "PaperDocument",
    "agency_names",
    "fee_text",
    "filer_fields",
    "format_address",
    "receipt_fields",
]


@dataclass(frozen=True)
class PaperDocument:
    """Papers of one document kind staff took in over the counter (assisted mode).

    ``count`` is the number of papers (sheets or booklets handed over), not files.
    """

    kind: str
    count: int


def commune_words(config: KioskConfig) -> str:
    """The kiosk's commune as it sits inside a sentence: "phường Ba Đình"."""
    name = forms.commune_name(config.kiosk.province_code, config.kiosk.commune_code)
    if not name:
        # An unknown code: fall back to the configured agency's own words ("UBND phường X").
        text = config.kiosk.agency_name
        for prefix in ("Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "):
            if text.startswith(prefix):
                return text[len(prefix) :]
        return text
    return name[:1].lower() + name[1:]


def _fill(template: str | None, config: KioskConfig) -> str | None:
    if not template:
        return None
    return template.replace("{commune}", commune_words(config))


def agency_names(definition: Any, config: KioskConfig) -> tuple[str, str, str]:
    """(agency, receiving unit, where the result is collected) for this procedure at this kiosk."""
    agency = _fill(getattr(definition, "agency", None), config) or config.kiosk.agency_name
    unit = _fill(getattr(definition, "receiving_unit", None), config) or config.kiosk.one_stop_unit
    place = _fill(getattr(definition, "result_place", None), config) or config.kiosk.result_place
    return agency, unit, place


def addressee(definition: Any, config: KioskConfig) -> str:
    """The declaration's "Kính gửi" line: the authority the request is addressed to."""
    return _fill(definition.addressee, config) or config.kiosk.agency_name


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


def fee_text(definition: Any, answers: dict[str, Any] | None = None) -> tuple[str, bool]:
    """(what the resident pays when filing here, online; whether the amount is confirmed).

    A fee with a *verify* item in the definition is never given as certain. A
    per-unit fee (``fee.tariff``) with ``answers`` is given as this application's
    sum ("16.000 đồng (2 bản sao)") before the tariff's own words.
    """
    fee = definition.fee
    confirmed = not definition.unverified("fee")
    tariff = fee.tariff
    if tariff is not None and answers is not None:
        due = forms.fee_due(definition, answers)
        if due:
            units = _tariff_units(tariff, answers)
            counted = f" ({units} {tariff.unit})" if units else ""
            return f"{_vnd(due)}{counted}. Biểu phí: {fee.text}", confirmed
    amount = fee.online_amount_vnd if fee.online_amount_vnd is not None else fee.amount_vnd
    if amount is None or "trực tuyến" in fee.text or tariff is not None:
        return fee.text, confirmed  # the text already says what filing online costs
    online = "Miễn lệ phí (0 đồng)" if amount == 0 else _vnd(amount)
    return f"{online} khi nộp trực tuyến. {fee.text}", confirmed


def _tariff_units(tariff: Any, answers: dict[str, Any]) -> int:
    """How many units (copies, pages × copies) the answers ask for; 0 when not countable."""
    items = answers.get(tariff.group) if tariff.group else [answers]
    total = 0
    for item in items if isinstance(items, list) else []:
        try:
            units = int(float(item.get(tariff.units_field)))
            copies = int(float(item.get(tariff.copies_field, 1))) if tariff.copies_field else 1
        except (TypeError, ValueError, AttributeError, OverflowError):
            return 0
        total += units * copies
    return total


def receipt_fields(
    definition: Any,
    answers: dict[str, Any],
    config: KioskConfig,
    now: datetime,
    staff_name: str | None,
    *,
    files: Iterable[str] = (),
    papers: Sequence[PaperDocument] = (),
) -> dict[str, Any]:
    """What the receipt needs, kept (encrypted) after the application itself is delivered.

    ``files`` are the document kinds of the attached files (one entry per file);
    ``papers`` what staff ticked as handed over on paper.
    """
    filer = filer_fields(definition, answers)
    processing = definition.processing_time
    agency, unit, place = agency_names(definition, config)
    fee, fee_confirmed = fee_text(definition, answers)
    return {
        "agency_name": agency,
        "one_stop_unit": unit,
        "filer_name": filer.get("full_name", ""),
        "filer_address": filer.get("address", ""),
        "filer_phone": filer.get("phone", ""),
        "filer_email": filer.get("email", ""),
        "request": definition.name,
        "procedure_code": definition.code,
        "documents": _named_counts(definition, Counter(files)),
        "papers": _named_counts(
            definition, Counter({p.kind: p.count for p in papers if p.count > 0})
        ),
        "processing_time": processing.text,
        "received_at": now.isoformat(),
        "due_at": due_at(
            now, processing.processing_days, config.kiosk.working_calendar()
        ).isoformat(),
        "result_place": place,
        "staff_name": staff_name,
        "level": definition.level,
        "fee": fee,
        "fee_confirmed": fee_confirmed,
        "fee_amount_vnd": fee_amount(definition, answers),
        **payee_fields(config),
    }


def fee_amount(definition: Any, answers: dict[str, Any] | None = None) -> int:
    """What filing here (online) costs in đồng, 0 when free or not known as a number.

    A per-unit fee is counted from ``answers`` (copies × unit price); 0 while it
    cannot be counted, so no payment code ever carries a guessed amount.
    """
    if answers is None:
        fee = definition.fee
        if fee.tariff is not None:
            return 0
        amount = fee.online_amount_vnd if fee.online_amount_vnd is not None else fee.amount_vnd
        return amount or 0
    return forms.fee_due(definition, answers) or 0


def payee_fields(config: KioskConfig) -> dict[str, str]:
    """The agency's account for VietQR fees (empty when ``[payment]`` is not configured)."""
    payment = config.payment
    if not payment.enabled:
        return {"payee_bank_bin": "", "payee_account": "", "payee_name": ""}
    return {
        "payee_bank_bin": payment.bank_bin,
        "payee_account": payment.account_number,
        "payee_name": payment.account_name,
    }


def _named_counts(definition: Any, counts: Counter[str]) -> list[list[Any]]:
    """[[document name, count], ...] in the definition's order of document kinds."""
    out = []
    for doc in definition.required_documents:
        if counts.get(doc.kind):
            out.append([doc.name, counts.pop(doc.kind)])
    out += [[kind, n] for kind, n in counts.items() if n]  # a kind the definition lost
    return out


def filer_fields(definition: Any, answers: dict[str, Any]) -> dict[str, str]:
    """Who filed: the name(s) of the definition's ``filer`` people, their address and contacts.

    Most procedures are filed by one requester; a marriage by both parties ("A và B").
    """
    people = list(getattr(definition, "filer", None) or ["requester"])
    found = [_person_fields(definition, answers, p) for p in people]
    names = [f["full_name"] for f in found if f.get("full_name")]
    out = {"full_name": " và ".join(names)}
    for key in ("address", "phone", "email"):
        value = next((f[key] for f in found if f.get(key)), None) or _any_of_type(
            definition, answers, key
        )
        if value:
            out[key] = value
    return out


def _person_fields(definition: Any, answers: dict[str, Any], person: str) -> dict[str, str]:
    """One person's name, address, phone and email, found by field role and type."""
    found: dict[str, str] = {}
    for section in definition.sections:
        if getattr(section, "person", None) != person:
            continue
        for field in section.fields:
            value = answers.get(field.id)
            if value in (None, ""):
                continue
            role = getattr(field, "autofill", None)
            kind = str(getattr(field, "type", ""))
            if role == "full_name" or (kind == "person_name" and field.id.endswith("full_name")):
                found.setdefault("full_name", str(value))
            elif role == "address" or kind == "address":
                found.setdefault("address", format_address(value))
            elif kind == "phone":
                found.setdefault("phone", str(value))
            elif kind == "email":
                found.setdefault("email", str(value))
    return found


_KIND_OF = {"phone": "phone", "email": "email"}


def _any_of_type(definition: Any, answers: dict[str, Any], key: str) -> str | None:
    """A phone or email given anywhere on the form (contact details outside the filer's section)."""
    kind = _KIND_OF.get(key)
    if kind is None:
        return None
    for field in definition.all_fields().values():
        if str(field.type) == kind and answers.get(field.id):
            return str(answers[field.id])
    return None


def format_address(value: Any) -> str:
    """One-line address from the form's address value (dict or text)."""
    if isinstance(value, dict):
        parts = [value.get("street"), value.get("commune_name"), value.get("province_name")]
        return ", ".join(str(p) for p in parts if p)
    return str(value)
