"""Synthetic applications for demos, tests and benchmarks (``kiosk dev seed``).

Residents come from faker's ``vi_VN`` locale; answers are built from the birth
registration definition's fields and go through the real services (validation,
consent, encrypted store, outbox), so seeded data is indistinguishable from
data entered on the kiosk. Nothing here is a real person.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import forms
from kiosk.store import AttachmentInput, ConsentInput

BIRTH_REGISTRATION = "1.001193"
_PDF_HEADER = b"%PDF-1.4\n% synthetic attachment for tests\n"


def _pdf_bytes(rng: random.Random, size: int) -> bytes:
    body = bytes(rng.getrandbits(8) for _ in range(max(size - len(_PDF_HEADER) - 6, 0)))
    return _PDF_HEADER + body + b"\n%%EOF"


class Seeder:
    """Makes realistic residents and birth-registration answers (deterministic with a seed)."""

    def __init__(self, seed: int | None = None, resident: dict[str, Any] | None = None) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        self.fake = Faker("vi_VN")
        self.fake.seed_instance(seed)
        self.resident = resident
        self._communes = forms.list_communes("01")
        self._province = next(p for p in forms.list_provinces() if p.code == "01")

    def address(self) -> dict[str, Any]:
        """A Hanoi address in the 2025 two-level form."""
        commune = self.rng.choice(self._communes)
        return {
            "province_code": "01",
            "province_name": self._province.name,
            "commune_code": commune.code,
            "commune_name": commune.name,
            "street": f"Số {self.rng.randint(1, 200)} {self.fake.street_name()}",
        }

    def id_number(self, birth: date, female: bool) -> str:
        """A 12-digit personal ID consistent with birth year and sex (DOMAIN.md layout)."""
        century = (birth.year // 100) - 19
        digit = century * 2 + (1 if female else 0)
        return f"001{digit}{birth.year % 100:02d}{self.rng.randint(0, 999999):06d}"

    def phone(self) -> str:
        """A mobile number in the 10-digit form."""
        return "09" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))

    def person(self, female: bool, born: date) -> dict[str, Any]:
        """A synthetic adult."""
        name = self.fake.name_female() if female else self.fake.name_male()
        return {"full_name": name, "dob": born, "id_number": self.id_number(born, female)}

    def birth_answers(self, today: date) -> dict[str, Any]:
        """Answers of a birth registration that validate against the bundled definition."""
        child_dob = today - timedelta(days=self.rng.randint(1, 50))
        mother = self.person(True, child_dob - timedelta(days=365 * self.rng.randint(20, 38)))
        father = self.person(False, child_dob - timedelta(days=365 * self.rng.randint(22, 42)))
        requester = mother if self.rng.random() < 0.6 else father
        relationship = "me" if requester is mother else "cha"
        answers: dict[str, Any] = {
            "requester_full_name": requester["full_name"],
            "requester_id_number": requester["id_number"],
            "requester_residence": self.address(),
            "requester_phone": self.phone(),
            "requester_relationship": relationship,
            "child_full_name": f"{father['full_name'].split()[0]} {self.fake.first_name()}",
            "child_dob": child_dob.isoformat(),
            "child_sex": self.rng.choice(["Nam", "Nữ"]),
            "child_ethnicity": "Kinh",
            "child_nationality": "Việt Nam",
            "child_birth_place_type": "co_so_y_te",
            "child_birth_facility": "Bệnh viện Phụ sản Hà Nội",
            "child_birth_place": self.address(),
            "child_hometown": "Hà Nội",
            "father_declared": True,
            "copies_requested": False,
            "commitment": True,
        }
        for role, who in (("mother", mother), ("father", father)):
            answers[f"{role}_full_name"] = who["full_name"]
            answers[f"{role}_dob"] = who["dob"].isoformat()
            answers[f"{role}_ethnicity"] = "Kinh"
            answers[f"{role}_nationality"] = "Việt Nam"
            answers[f"{role}_id_number"] = who["id_number"]
        if self.resident:
            self._apply_resident(answers)
        return answers

    def _apply_resident(self, answers: dict[str, Any]) -> None:
        """Make the given resident the requester (and the parent of their sex)."""
        res = self.resident or {}
        female = forms.fold(str(res.get("sex", ""))) in ("nu", "female", "f")
        answers["requester_full_name"] = res["full_name"]
        answers["requester_id_number"] = res["id_number"]
        answers["requester_phone"] = res.get("phone") or answers["requester_phone"]
        answers["requester_relationship"] = "me" if female else "cha"
        if res.get("address"):
            answers["requester_residence"] = res["address"]
        role = "mother" if female else "father"
        answers[f"{role}_full_name"] = res["full_name"]
        answers[f"{role}_id_number"] = res["id_number"]
        if res.get("date_of_birth"):
            answers[f"{role}_dob"] = str(res["date_of_birth"])

    def attachment(self, size: int | None = None) -> tuple[AttachmentInput, dict[str, Any]]:
        """A small synthetic PDF and the answer value that refers to it."""
        size = size or self.rng.randint(2_000, 20_000)
        content = _pdf_bytes(self.rng, size)
        name = f"giay-chung-sinh-{self.rng.randint(1000, 9999)}.pdf"
        att = AttachmentInput(kind="giay_chung_sinh", mime="application/pdf", content=content)
        return att, {"name": name, "mime": "application/pdf", "size": len(content)}


def consents_for(definition: Any) -> list[ConsentInput]:
    """Accept every consent the definition asks for (synthetic data only)."""
    out = [
        ConsentInput(purpose=c.id, text_version=c.version, text=c.text, accepted=True)
        for c in getattr(definition, "consents", None) or []
    ]
    return out or [
        ConsentInput("processing", "1", "Đồng ý xử lý dữ liệu để giải quyết hồ sơ.", True)
    ]


def seed(
    services: Any,
    *,
    count: int,
    drafts: int = 0,
    resident: dict[str, Any] | None = None,
    seed_value: int | None = None,
    attachment_size: int | None = None,
) -> dict[str, int]:
    """Create ``count`` submitted applications and ``drafts`` open drafts (on the store thread).

    Raises:
        forms.DefinitionError / KeyError: the birth-registration definition is missing.
        kiosk.services.SubmissionError: generated answers failed validation (a bug here).
    """
    seeder = Seeder(seed_value, resident)
    today = services.clock.today()
    definition = services.definition(BIRTH_REGISTRATION)
    consents = consents_for(definition)
    for _ in range(count):
        draft = services.start_draft(BIRTH_REGISTRATION)
        answers = seeder.birth_answers(today)
        att, value = seeder.attachment(attachment_size)
        answers["attach_birth_certificate"] = value
        services.save_answers(draft.id, answers, dict.fromkeys(answers, "resident"))
        services.submit(draft.id, consents=consents, attachments=[att], today=today)
    for _ in range(drafts):
        draft = services.start_draft(BIRTH_REGISTRATION)
        answers = seeder.birth_answers(today)
        keep = dict(list(answers.items())[: seeder.rng.randint(3, 12)])
        services.save_answers(draft.id, keep, dict.fromkeys(keep, "resident"))
    return {"applications": count, "drafts": drafts}
