"""The form-definition format: pydantic v2 models that every procedure file is checked against.

A definition is data, not code: technicians edit YAML/JSON files, the kiosk
validates them on load (unknown keys are errors, so a typo never silently drops
a rule) and a bad file makes only its own procedure unavailable.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from forms._fees import FeeTariff, tariff_problems

__all__ = [
    "Attachment",
    "Condition",
    "Consent",
    "Fee",
    "FieldSpec",
    "FieldType",
    "FormDefinition",
    "LegalBasis",
    "Option",
    "Page",
    "ProcessingTime",
    "RequiredDocument",
    "Rule",
    "Section",
    "VerifyItem",
]


class _Strict(BaseModel):
    """Base for every definition model: unknown keys are errors, models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldType(StrEnum):
    """What a field holds; decides how input is normalised and checked."""

    TEXT = "text"
    PERSON_NAME = "person_name"
    DATE = "date"
    TIME = "time"
    PERSONAL_ID = "personal_id"
    PHONE = "phone"
    EMAIL = "email"
    SELECT = "select"
    YES_NO = "yes_no"
    NUMBER = "number"
    ADDRESS = "address"
    ATTACHMENT = "attachment"
    GROUP = "group"


OptionList = Literal["ethnic_groups"]
"""Bundled official lists a select field can take its options from (see forms/_lists.py)."""
PlaceList = Literal["hanoi_birth_facilities"]
"""Bundled lists of places a text field offers as choices (see forms/_lists.py)."""

Autofill = Literal["full_name", "id_number", "old_id_number", "date_of_birth", "sex", "address"]
Level = Literal["toan_trinh", "mot_phan"]
Scalar = str | int | float | bool


class Condition(_Strict):
    """A declarative test on another field's value: exactly one operator, or ``all``/``any``."""

    field: str | None = None
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    filled: bool | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_operator(self) -> Condition:
        ops = [n for n in ("equals", "not_equals", "in_", "filled") if getattr(self, n) is not None]
        combos = [n for n in ("all", "any") if getattr(self, n) is not None]
        if combos:
            if self.field is not None or ops or len(combos) > 1:
                raise ValueError("dùng 'all' hoặc 'any' một mình (use 'all' or 'any' alone)")
            return self
        if self.field is None:
            raise ValueError("thiếu 'field' (a condition needs 'field')")
        if len(ops) != 1:
            raise ValueError(
                "cần đúng một trong equals, not_equals, in, filled "
                "(exactly one of equals, not_equals, in, filled)"
            )
        return self

    def referenced_fields(self) -> list[str]:
        """Every field id this condition reads."""
        if self.all is not None or self.any is not None:
            return [f for c in (self.all or self.any or []) for f in c.referenced_fields()]
        return [self.field] if self.field else []


class Option(_Strict):
    """One choice of a select field: the stored value and its labels.

    ``person``: choosing this option says the requester *is* that person (a section's
    ``person``, e.g. "Mẹ" -> ``mother``), so the requester's answers fill that person.
    """

    value: str
    label: str
    label_en: str
    person: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")


class Attachment(_Strict):
    """Which document an attachment field takes; limits default to the required document's."""

    kind: str
    accept: list[str] | None = None
    max_bytes: int | None = Field(default=None, gt=0)


class FieldSpec(_Strict):
    """One question on the form. ``id`` is unique across the whole definition."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: FieldType
    label: str
    label_en: str
    hint: str | None = None
    hint_en: str | None = None
    cite: str | None = None
    required: bool = False
    required_if: Condition | None = None
    visible_if: Condition | None = None
    options: list[Option] | None = None
    sensitive: bool = False
    autofill: Autofill | None = None
    min: float | None = None
    max: float | None = None
    max_length: int | None = Field(default=None, gt=0)
    year_only: bool = False
    in_words: bool = False
    must_accept: bool = False
    default: Scalar | None = None
    attachment: Attachment | None = None
    fields: list[FieldSpec] | None = None
    min_items: int | None = Field(default=None, ge=0)
    max_items: int | None = Field(default=None, ge=1)
    options_from: OptionList | None = None
    """A select field whose options are a bundled official list (filled in on load)."""
    suggest_from: list[str] | None = None
    """Fields whose answers are offered for this one; the default when they all agree."""
    places: PlaceList | None = None
    """A text field that offers a bundled list of places to pick from (typing stays possible)."""
    place_address: str | None = None
    """With ``places``: the address field a picked place fills with its address."""

    @model_validator(mode="before")
    @classmethod
    def _bundled_options(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("options_from") and not data.get("options"):
            from forms._lists import list_options

            data = {**data, "options": list_options(str(data["options_from"]))}
        return data

    @model_validator(mode="after")
    def _type_specific(self) -> FieldSpec:
        t = self.type
        if t is FieldType.SELECT and not self.options:
            raise ValueError("trường chọn cần 'options' (a select field needs 'options')")
        if t is not FieldType.SELECT and self.options is not None:
            raise ValueError("chỉ trường chọn có 'options' (only select fields take 'options')")
        if t is FieldType.SELECT and self.options:
            values = [o.value for o in self.options]
            if len(set(values)) != len(values):
                raise ValueError("giá trị lựa chọn bị trùng (duplicate option values)")
        if t is FieldType.GROUP and not self.fields:
            raise ValueError("nhóm cần 'fields' (a group needs 'fields')")
        if t is not FieldType.GROUP and (
            self.fields is not None or self.min_items is not None or self.max_items is not None
        ):
            raise ValueError(
                "chỉ nhóm có 'fields', 'min_items', 'max_items' "
                "(only groups take 'fields', 'min_items', 'max_items')"
            )
        if t is FieldType.ATTACHMENT and self.attachment is None:
            raise ValueError(
                "trường đính kèm cần 'attachment' (an attachment field needs 'attachment')"
            )
        if t is not FieldType.ATTACHMENT and self.attachment is not None:
            raise ValueError("chỉ trường đính kèm có 'attachment' (only attachment fields take it)")
        if self.in_words and t is not FieldType.DATE:
            raise ValueError("'in_words' chỉ dùng cho ngày (in_words is for date fields)")
        if self.places is not None and t is not FieldType.TEXT:
            raise ValueError("'places' chỉ dùng cho trường chữ (places is for text fields)")
        if self.place_address is not None and self.places is None:
            raise ValueError("'place_address' cần 'places' (place_address needs places)")
        if self.year_only and t is not FieldType.DATE:
            raise ValueError("'year_only' chỉ dùng cho ngày (year_only is for date fields)")
        if self.must_accept and t is not FieldType.YES_NO:
            raise ValueError(
                "'must_accept' chỉ dùng cho có/không (must_accept is for yes_no fields)"
            )
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("'min' lớn hơn 'max' (min is greater than max)")
        if (
            self.min_items is not None
            and self.max_items is not None
            and self.min_items > self.max_items
        ):
            raise ValueError(
                "'min_items' lớn hơn 'max_items' (min_items is greater than max_items)"
            )
        return self


class Section(_Strict):
    """A screen of the wizard; ``person`` says whose ID card fills its ``autofill`` fields."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    title_en: str
    person: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    visible_if: Condition | None = None
    fields: list[FieldSpec] = Field(min_length=1)


class Fee(_Strict):
    """What the resident pays, as text (fees vary by province and channel)."""

    text: str
    text_en: str
    amount_vnd: int | None = Field(default=None, ge=0)
    online_amount_vnd: int | None = Field(default=None, ge=0)
    tariff: FeeTariff | None = None
    """A per-unit fee computed from the answers (see :func:`forms.fee_due`)."""


class ProcessingTime(_Strict):
    """The legal processing time; ``days`` are working days, 0 = same day."""

    text: str
    text_en: str
    processing_days: int = Field(ge=0)


class LegalBasis(_Strict):
    """A legal citation: the instrument and, where useful, the article."""

    citation: str
    articles: str | None = None


class RequiredDocument(_Strict):
    """A document the application needs; ``kind`` is what attachment fields refer to."""

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    name_en: str
    required: bool = True
    accept: list[str] = Field(
        default_factory=lambda: ["application/pdf", "image/jpeg", "image/png"]
    )
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    note: str | None = None


class Consent(_Strict):
    """A consent purpose, versioned wording (Decree 13/2023: data, purpose, processor, rights)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: str
    purpose: str
    purpose_en: str
    text: str
    text_en: str
    data_types: list[str] = Field(min_length=1)
    processors: str
    rights: str
    sensitive_data_types: list[str] = Field(default_factory=list)
    required: bool = True
    sms: bool = False
    """Accepting this purpose asks for text messages at the phone number given."""

    def text_in(self, language: str) -> str:
        """The wording shown in ``language`` ("vi" or "en"); what a consent record hashes."""
        return self.text_en if language == "en" else self.text

    @model_validator(mode="after")
    def _sensitive_listed(self) -> Consent:
        missing = [t for t in self.sensitive_data_types if t not in self.data_types]
        if missing:
            raise ValueError(
                f"dữ liệu nhạy cảm không có trong data_types: {', '.join(missing)} "
                "(sensitive_data_types must be listed in data_types)"
            )
        return self


class VerifyItem(_Strict):
    """A fact in the definition not yet confirmed from the legal text (shown to staff only).

    ``what`` names the part: "fee", "processing_time", "agency", "result_place" or a
    field id; the receipt never prints an unconfirmed fee or time as certain.
    """

    what: str
    note: str


RuleName = Literal[
    "date_not_future",
    "date_not_before",
    "older_than",
    "min_age",
    "id_matches_person",
    "one_of_required",
]


class Rule(_Strict):
    """A cross-field rule; see docs/forms.md for what each rule reads."""

    rule: RuleName
    field: str | None = None
    fields: list[str] | None = None
    than: str | None = None
    years: int | None = Field(default=None, ge=0)
    date_of_birth: str | None = None
    sex: str | None = None
    sex_value: str | None = None
    message: str | None = None
    message_en: str | None = None

    @model_validator(mode="after")
    def _arguments(self) -> Rule:
        need: dict[str, tuple[str, ...]] = {
            "date_not_future": ("field",),
            "date_not_before": ("field", "than"),
            "older_than": ("field", "than", "years"),
            "min_age": ("field", "years"),
            "id_matches_person": ("field",),
            "one_of_required": ("fields",),
        }
        missing = [n for n in need[self.rule] if getattr(self, n) is None]
        if missing:
            raise ValueError(
                f"quy tắc {self.rule} thiếu {', '.join(missing)} "
                f"(rule {self.rule} needs {', '.join(missing)})"
            )
        return self

    def referenced_fields(self) -> list[str]:
        """Every field id the rule reads."""
        ids = [self.field, self.than, self.date_of_birth, self.sex, *(self.fields or [])]
        return [i for i in ids if i]


class Page(_Strict):
    """One screen of the resident's journey: related questions asked together.

    ``fields`` are top-level field ids, in the order shown. A definition without
    ``pages`` gets them from its sections; a question no page lists joins the page
    of the question before it in its section, an id that is no question is passed
    over (see ``kiosk.journey``).
    """

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str | None = None
    title_en: str | None = None
    fields: list[str] = Field(min_length=1)


class FormDefinition(_Strict):
    """One version of one procedure: metadata shown to the resident plus the form itself."""

    code: str = Field(pattern=r"^[0-9]+(\.[0-9]+)+$")
    version: str = Field(min_length=1)
    name: str
    name_en: str
    synonyms: list[str] = Field(default_factory=list)
    level: Level
    fee: Fee
    processing_time: ProcessingTime
    legal_basis: list[LegalBasis] = Field(min_length=1)
    required_documents: list[RequiredDocument] = Field(default_factory=list)
    pictogram: str
    addressee: str
    agency: str | None = None
    receiving_unit: str | None = None
    result_place: str | None = None
    result_place_en: str | None = None
    """``result_place`` in English ({commune} stays the commune's Vietnamese name)."""
    declaration_form: str | None = None
    filer: list[str] = Field(default_factory=lambda: ["requester"], min_length=1)
    verify: list[VerifyItem] = Field(default_factory=list)
    consents: list[Consent] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)
    rules: list[Rule] = Field(default_factory=list)
    pages: list[Page] | None = None
    notes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _tariff_counts_number_fields(self) -> FormDefinition:
        if self.fee.tariff is not None:
            problems = tariff_problems(self.fee.tariff, self.all_fields())
            if problems:
                raise ValueError("; ".join(problems))
        return self

    @model_validator(mode="after")
    def _pages_cover_fields(self) -> FormDefinition:
        if self.pages is None:
            return self
        # Pages only arrange the questions: an id that is not (or no longer) a question
        # is passed over and every question is asked, so neither a typo nor a removed
        # field can drop one. Listing a question twice is an error.
        listed = [f for page in self.pages for f in page.fields]
        twice = sorted({f for f in listed if listed.count(f) > 1})
        if twice:
            raise ValueError(f"'pages' liệt kê hai lần (pages list twice): {twice}")
        return self

    def all_fields(self) -> dict[str, FieldSpec]:
        """Every field by id, including the fields inside groups."""
        out: dict[str, FieldSpec] = {}
        for section in self.sections:
            for f in section.fields:
                out[f.id] = f
                for sub in f.fields or []:
                    out[sub.id] = sub
        return out

    def section_of(self, field_id: str) -> Section | None:
        """The section holding a top-level or group field."""
        for section in self.sections:
            for f in section.fields:
                if f.id == field_id or any(s.id == field_id for s in f.fields or []):
                    return section
        return None

    def unverified(self, what: str) -> list[VerifyItem]:
        """The *verify* items about ``what`` (e.g. "fee")."""
        return [v for v in self.verify if v.what == what]

    def fields_without_citation(self) -> list[str]:
        """Ids of fields that cite no item of the official form (``kiosk catalog check``)."""
        return [f.id for f in self.all_fields().values() if not f.cite]

    def document(self, kind: str) -> RequiredDocument | None:
        """The required-document entry of that kind."""
        return next((d for d in self.required_documents if d.kind == kind), None)

    def raw(self) -> dict[str, Any]:
        """The definition as plain data (for storing or sending back)."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")
