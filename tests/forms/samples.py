"""Realistic, valid sample answers for each bundled procedure (synthetic people)."""

from __future__ import annotations

from typing import Any

TODAY_ISO = "2025-09-15"

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
}
