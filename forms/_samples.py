"""Realistic sample answers for each bundled procedure (synthetic people, Hà Nội addresses).

Used by ``kiosk dev sample`` to file a reviewer's sample application and by the
tests. Attachment answers describe a file (name, type, size); whoever files the
sample supplies the bytes. Dates are valid on and after ``SAMPLE_TODAY``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SAMPLES", "SAMPLE_SETS", "SAMPLE_TODAY", "sample_answers"]

SAMPLE_TODAY = "2025-09-15"

HANOI_ADDRESS = {
    "province_code": "01",
    "province_name": "Thành phố Hà Nội",
    "commune_code": "00004",
    "commune_name": "Phường Ba Đình",
    "street": "Số 12 phố Đội Cấn",
}

JPEG = {"name": "anh.jpg", "mime": "image/jpeg", "size": 350_000}
PDF = {"name": "giay-to.pdf", "mime": "application/pdf", "size": 800_000}


def _requester(prefix: str = "requester") -> dict[str, Any]:
    return {
        f"{prefix}_full_name": "nguyễn thị  ánh",
        f"{prefix}_id_number": "001190012345",
        f"{prefix}_residence": HANOI_ADDRESS,
        f"{prefix}_phone": "+84 912 345 678",
        f"{prefix}_email": "anh.nguyen@example.com",
    }


SAMPLES: dict[str, dict[str, Any]] = {
    "1.001193": {
        **_requester(),
        "requester_relationship": "Mẹ",
        "child_full_name": "trần minh khôi",
        "child_dob": "5/8/2025",
        "child_sex": "nam",
        "child_ethnicity": "Kinh",
        "child_nationality": "Việt Nam",
        "child_birth_place_type": "co_so_y_te",
        "child_birth_facility": "Bệnh viện Phụ sản Hà Nội",
        "child_birth_place": HANOI_ADDRESS,
        "child_hometown": "xã Đông Anh, thành phố Hà Nội",
        "father_declared": "có",
        "mother_full_name": "Nguyễn Thị Ánh",
        "mother_dob": "1990",
        "mother_ethnicity": "Kinh",
        "mother_nationality": "Việt Nam",
        "mother_id_number": "001190012345",
        "father_full_name": "Trần Văn Bình",
        "father_dob": "12/08/1988",
        "father_ethnicity": "Kinh",
        "father_nationality": "Việt Nam",
        "father_residence": HANOI_ADDRESS,
        "attach_birth_certificate": JPEG,
        "copies_requested": True,
        "copies_count": "2",
        "commitment": True,
    },
    "1.004884": {
        **_requester(),
        "requester_relationship": "ban_than",
        "subject_full_name": "Nguyễn Thị Ánh",
        "subject_dob": "03/04/1990",
        "subject_sex": "Nữ",
        "subject_ethnicity": "Kinh",
        "subject_nationality": "Việt Nam",
        "subject_id_number": "001190012345",
        "subject_birth_place": "Bệnh viện Bạch Mai, Hà Nội",
        "previous_registration_place": "UBND phường Kim Liên, quận Đống Đa, Hà Nội",
        "mother_full_name": "Lê Thị Hoà",
        "mother_dob": "1965",
        "father_full_name": "Nguyễn Văn Thuỷ",
        "attach_personal_papers": PDF,
        "copies_requested": False,
        "commitment": True,
    },
    "1.000894": {
        "bride_full_name": "phạm thu hà",
        "bride_dob": "14/02/1998",
        "bride_ethnicity": "Kinh",
        "bride_nationality": "Việt Nam",
        "bride_id_number": "001198004567",
        "bride_residence": HANOI_ADDRESS,
        "bride_marriage_number": 1,
        "bride_phone": "0987654321",
        "groom_full_name": "Đỗ Quang Huy",
        "groom_dob": "20/11/1995",
        "groom_ethnicity": "Tày",
        "groom_nationality": "Việt Nam",
        "groom_id_number": "020095001234",
        "groom_residence": HANOI_ADDRESS,
        "groom_marriage_number": "2",
        "attach_divorce": PDF,
        "copies_requested": True,
        "copies_count": 1,
        "commitment_bride": True,
        "commitment_groom": "có",
    },
    "1.004873": {
        **_requester(),
        "requester_dob": "03/04/1990",
        "requester_relationship": "ban_than",
        "subject_full_name": "Nguyễn Thị Ánh",
        "subject_dob": "03/04/1990",
        "subject_sex": "Nữ",
        "subject_ethnicity": "Kinh",
        "subject_nationality": "Việt Nam",
        "subject_id_number": "001190012345",
        "subject_residence": HANOI_ADDRESS,
        "marital_status": "chua_ket_hon",
        "purpose": "ket_hon",
        "partner_full_name": "Đỗ Quang Huy",
        "partner_dob": "20/11/1995",
        "partner_nationality": "Việt Nam",
        "marriage_registration_place": "UBND phường Ba Đình, Hà Nội",
        "copies_count": 1,
        "commitment": True,
    },
    "1.000656": {
        **_requester(),
        "requester_relationship": "con",
        "deceased_full_name": "Nguyễn Văn Thuỷ",
        "deceased_dob": "1940",
        "deceased_sex": "Nam",
        "deceased_ethnicity": "Kinh",
        "deceased_nationality": "Việt Nam",
        "deceased_id_number": "001040001111",
        "deceased_residence": HANOI_ADDRESS,
        "death_date": "02/09/2025",
        "death_place": "Bệnh viện Hữu nghị, Hà Nội",
        "notice_issuer": "Bệnh viện Hữu nghị",
        "notice_date": "03/09/2025",
        "attach_death_notice": JPEG,
        "copies_requested": True,
        "copies_count": 3,
        "commitment": True,
    },
    "1.004222": {
        **_requester(),
        "requester_dob": "03/04/1990",
        "requester_sex": "Nữ",
        "new_address": HANOI_ADDRESS,
        "household_role": "nhap_ho",
        "household_head_full_name": "Trần Văn Bình",
        "household_head_id_number": "001088009999",
        "relationship_to_head": "Vợ",
        "household_head_consent": True,
        "members": [
            {
                "member_full_name": "trần minh khôi",
                "member_dob": "05/08/2025",
                "member_sex": "Nam",
                "member_relationship": "Con",
            }
        ],
        "requester_is_owner": False,
        "owner_full_name": "Trần Văn Bình",
        "owner_id_number": "001088009999",
        "owner_consent": True,
        "commitment": True,
    },
    "1.004194": {
        **_requester(),
        "requester_dob": "03/04/1990",
        "requester_sex": "Nữ",
        "new_address": HANOI_ADDRESS,
        "household_role": "nhap_ho",
        "household_head_full_name": "Lê Văn Tám",
        "relationship_to_head": "Người thuê nhà",
        "household_head_consent": "có",
        "stay_from": "01/09/2025",
        "stay_until": "31/08/2027",
        "requester_is_owner": "không",
        "owner_full_name": "Lê Văn Tám",
        "owner_id_number": "001070005555",
        "owner_consent": "có",
        "attach_accommodation": PDF,
        "commitment": True,
    },
    "2.000815": {
        "requester_full_name": "Nguyễn Thị Ánh",
        "requester_id_number": "001190012345",
        "requester_phone": "0912345678",
        "copy_items": [
            {"item_name": "Bằng tốt nghiệp THPT", "item_pages": 1, "item_copies": 3},
            {"item_name": "Học bạ", "item_pages": "12", "item_copies": "2"},
        ],
    },
    "2.000635": {
        **_requester(),
        "requester_relationship": "cha_me",
        "record_kind": "khai_sinh",
        "subject_full_name": "Trần Minh Khôi",
        "subject_dob": "05/08/2025",
        "registration_place": "UBND phường Ba Đình, Hà Nội",
        "registration_date": "06/08/2025",
        "copies_count": 2,
    },
}


def _variant(code: str, **changes: Any) -> dict[str, Any]:
    """The main sample of ``code`` with some answers changed (None removes an answer)."""
    answers = {**SAMPLES[code], **changes}
    return {k: v for k, v in answers.items() if v is not None}


# Every procedure with more than one realistic way through its form: each set must
# file, and print a receipt naming the right filer, agency and documents.
SAMPLE_SETS: dict[str, dict[str, dict[str, Any]]] = {
    "1.001193": {
        "sinh tại bệnh viện, có cha": SAMPLES["1.001193"],
        "sinh tại nhà, chưa xác định cha, không lấy bản sao": _variant(
            "1.001193",
            requester_relationship="me",
            child_birth_place_type="khac",
            child_birth_facility=None,
            father_declared=False,
            father_full_name=None,
            father_dob=None,
            father_ethnicity=None,
            father_nationality=None,
            father_residence=None,
            copies_requested=False,
            copies_count=None,
            child_dob="01/09/2025",
        ),
    },
    "1.004884": {
        "đăng ký lại cho bản thân": SAMPLES["1.004884"],
        "không nhớ nơi đăng ký trước đây": _variant(
            "1.004884", previous_registration_place=None, copies_requested=True, copies_count=2
        ),
    },
    "1.000894": {
        "kết hôn lần hai của bên nam": SAMPLES["1.000894"],
        "cả hai kết hôn lần đầu": _variant(
            "1.000894",
            groom_marriage_number=1,
            attach_divorce=None,
            copies_requested=False,
            copies_count=None,
            groom_phone="0976543210",
        ),
    },
    "1.004873": {
        "để đăng ký kết hôn": SAMPLES["1.004873"],
    },
    "1.000656": {
        "có giờ chết và nguyên nhân": _variant(
            "1.000656", death_time="14 giờ 30", death_cause="Suy tim"
        ),
        "không biết giờ chết": SAMPLES["1.000656"],
    },
    "1.004222": {
        "nhập vào hộ đã có": SAMPLES["1.004222"],
        "chủ hộ, chỗ ở của mình": _variant(
            "1.004222",
            household_role="chu_ho",
            household_head_full_name="Nguyễn Thị Ánh",
            household_head_id_number="001190012345",
            relationship_to_head="Chủ hộ",
            household_head_consent=None,
            members=[],
            requester_is_owner=True,
            owner_full_name=None,
            owner_id_number=None,
            owner_consent=None,
            attach_accommodation=PDF,
        ),
    },
    "1.004194": {
        "thuê nhà, nhập hộ chủ nhà": SAMPLES["1.004194"],
    },
    "2.000815": {
        "hai loại giấy tờ": SAMPLES["2.000815"],
    },
    "2.000635": {
        "trích lục khai sinh": SAMPLES["2.000635"],
        "không nhớ nơi đăng ký": _variant("2.000635", registration_place=None, copies_count=1),
    },
}


def sample_answers(code: str, name: str | None = None) -> dict[str, Any]:
    """A copy of a sample answer set of ``code`` (the first one unless ``name`` is given).

    Raises:
        KeyError: no sample for that procedure (or no set of that name).
    """
    sets = SAMPLE_SETS[code]
    return dict(sets[name] if name is not None else next(iter(sets.values())))
