"""ID-card QR payloads: the 7-field chip CCCD, the longer căn cước, scanner noise, bad scans."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.idcard import CardError, IdCard, looks_like_card_payload, parse_card

ADDRESS = "Số 12 ngõ 34 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội"
CHIP = f"001190012345|123456789|Nguyễn Thị Ánh Tuyết|01021990|Nữ|{ADDRESS}|04102021"
NEW = "001085012345||Trần Đức Lương|15071985|Nam|Phường Hoàn Kiếm, Thành phố Hà Nội|04102024||||"


def test_chip_cccd_seven_fields() -> None:
    card = parse_card(CHIP)
    assert card == IdCard(
        id_number="001190012345",
        old_id_number="123456789",
        full_name="Nguyễn Thị Ánh Tuyết",
        date_of_birth=dt.date(1990, 2, 1),
        sex="Nữ",
        address=ADDRESS,
        issue_date=dt.date(2021, 10, 4),
        address_2025=card.address_2025,
    )
    assert card.address_2025 is not None
    assert card.address_2025.commune_name == "Phường Hoàn Kiếm"
    assert card.address_2025.commune_code == "00070"
    assert card.address_2025.street == "Số 12 ngõ 34 phố Hàng Bạc"
    assert card.address_match is not None and card.address_match.status == "found"


@pytest.mark.parametrize(
    ("address", "commune", "street"),
    [
        ("Ba Trại, Ba Vì, Hà Nội", "Xã Suối Hai", None),
        ("Thôn Đông, Phù Linh, Sóc Sơn, Hà Nội", "Xã Sóc Sơn", "Thôn Đông"),
        ("Xóm 2, Ba Trai, Ba Vi, Ha Noi", "Xã Suối Hai", "Xóm 2"),
        ("Số 5, Hàng Bạc, Hoàn Kiếm, Hà Nội", "Phường Hoàn Kiếm", "Số 5"),
    ],
)
def test_short_form_address_fills_the_2025_commune(
    address: str, commune: str, street: str | None
) -> None:
    card = parse_card(f"001090012345||Nguyễn Văn An|01021990|Nam|{address}|04102021")
    assert card.address_2025 is not None
    assert card.address_2025.commune_name == commune
    assert card.address_2025.street == street


def test_split_ward_on_a_card_is_a_choice() -> None:
    card = parse_card(
        "001090012345||Nguyễn Văn An|01021990|Nam|"
        "Số 5 ngõ 12 Láng Hạ, Láng Hạ, Đống Đa, Hà Nội|04102021"
    )
    assert card.address_2025 is None
    assert card.address_match is not None and card.address_match.status == "ambiguous"
    names = {c.commune_name for c in card.address_match.candidates}
    assert names == {"Phường Láng", "Phường Đống Đa", "Phường Giảng Võ"}
    assert card.address_match.street == "Số 5 ngõ 12 Láng Hạ"


def test_new_card_with_trailing_empty_fields() -> None:
    card = parse_card(NEW)
    assert card.old_id_number is None
    assert card.full_name == "Trần Đức Lương"
    assert card.sex == "Nam"
    assert card.issue_date == dt.date(2024, 10, 4)
    assert card.address_2025 is not None and card.address_2025.province_code == "01"


def test_new_card_with_extra_filled_fields() -> None:
    card = parse_card(NEW[:-4] + "|Trần Văn A|Nguyễn Thị B|x|")
    assert card.full_name == "Trần Đức Lương"


def test_to_json() -> None:
    data = parse_card(CHIP).to_json()
    assert set(data) == {
        "id_number", "old_id_number", "full_name", "date_of_birth", "issue_date",
        "sex", "address", "address_2025", "address_match",
    }  # fmt: skip
    assert data["date_of_birth"] == "1990-02-01"
    assert data["issue_date"] == "2021-10-04"
    assert data["address_2025"]["commune_code"] == "00070"
    json.dumps(data)  # serialisable as is
    no_issue = parse_card(CHIP.rsplit("|", 1)[0] + "|").to_json()
    assert no_issue["issue_date"] is None


@pytest.mark.parametrize(
    "payload",
    [
        CHIP + "\r\n",
        CHIP + "\n",
        CHIP + "\r",
        "\ufeff" + CHIP,
        "  " + CHIP.replace("|", " | ") + "  ",
        unicodedata.normalize("NFD", CHIP),
        CHIP.replace("Nguyễn Thị", "Nguyễn   Thị"),
        CHIP + "|",
        CHIP + "||",
        CHIP.replace("|Nữ|", "|Nu|"),
        CHIP.replace("|Nữ|", "|NỮ|"),
    ],
)
def test_scanner_noise_is_tolerated(payload: str) -> None:
    card = parse_card(payload)
    assert card.full_name == "Nguyễn Thị Ánh Tuyết"
    assert card.sex == "Nữ"
    assert card.id_number == "001190012345"
    assert card.date_of_birth == dt.date(1990, 2, 1)
    assert unicodedata.is_normalized("NFC", card.address)


def _with(field: int, value: str) -> str:
    fields = CHIP.split("|")
    fields[field] = value
    return "|".join(fields)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("", "unreadable"),
        ("   \r\n", "unreadable"),
        ("https://example.org/qr", "fields"),
        ("001190012345|123456789|Nguyễn Thị Ánh Tuyết|01021990|Nữ|Hà Nội", "fields"),
        (CHIP + "|extra", "fields"),
        (CHIP + "|a|b", "fields"),
        ("|".join(["x"] * 40), "fields"),
        (_with(0, "00119001234"), "id_number"),
        (_with(0, "0011900123456"), "id_number"),
        (_with(0, "00119001234X"), "id_number"),
        (_with(1, "12345"), "old_id_number"),
        (_with(2, ""), "full_name"),
        (_with(2, "01021990"), "full_name"),  # a wrong field order
        (_with(3, "31021990"), "date_of_birth"),
        (_with(3, "1990-02-01"), "date_of_birth"),
        (_with(3, "01021890"), "date_of_birth"),
        (_with(4, "Khác"), "sex"),
        (_with(4, ""), "sex"),
        (_with(6, "99999999"), "issue_date"),
        (_with(6, "01011980"), "issue_date"),  # issued before birth
        (_with(4, "Nam"), "id_mismatch"),  # digit 4 says female
        (_with(3, "01021991"), "id_mismatch"),  # digits 5-6 say 1990
        (_with(0, "001390012345"), "id_mismatch"),  # digit 4 says 2000s
        (_with(3, "01013000"), "date_of_birth"),  # in the future
    ],
)
def test_malformed_scans_are_refused(payload: str, reason: str) -> None:
    with pytest.raises(CardError) as caught:
        parse_card(payload)
    error = caught.value
    assert error.reason == reason
    assert error.message.endswith("Xin quét lại hoặc nhập tay.")
    assert error.message_en.endswith("Please scan again or type the details.")
    assert "Nguyễn" not in error.message and "001190012345" not in error.message


def test_unknown_address_still_gives_a_card() -> None:
    card = parse_card(_with(5, "Tổ 5, nơi nào đó không có thật"))
    assert card.address == "Tổ 5, nơi nào đó không có thật"
    assert card.address_2025 is None
    assert card.to_json()["address_2025"] is None


def test_repr_hides_personal_data() -> None:
    text = repr(parse_card(CHIP))
    assert "Nguyễn" not in text
    assert "001190012345" not in text


def test_looks_like_card_payload() -> None:
    assert looks_like_card_payload(CHIP)
    assert looks_like_card_payload(NEW)
    assert looks_like_card_payload("\ufeff" + CHIP + "\r\n")
    assert not looks_like_card_payload("001190012345")
    assert not looks_like_card_payload("Nguyễn Thị Ánh Tuyết")
    assert not looks_like_card_payload("12345|a|b|c|d|e|f")
    assert not looks_like_card_payload("001190012345|only|three")


_field = st.text(alphabet=st.characters(blacklist_characters="|"), max_size=20)


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_never_raises_anything_but_card_error(payload: str) -> None:
    try:
        card = parse_card(payload)
    except CardError as error:
        assert error.message
        return
    assert unicodedata.is_normalized("NFC", card.full_name + card.address)


@settings(max_examples=200, deadline=None)
@given(st.lists(_field, min_size=0, max_size=12), st.booleans())
def test_field_shaped_junk_gives_card_error_or_nfc_card(fields: list[str], real_id: bool) -> None:
    if real_id and len(fields) >= 5:
        fields[0], fields[3], fields[4] = "001190012345", "01021990", "Nữ"
    try:
        card = parse_card("|".join(fields))
    except CardError:
        return
    for text in (card.full_name, card.address, card.sex):
        assert unicodedata.is_normalized("NFC", text)
    assert card.sex in ("Nam", "Nữ")


# Payloads published as decoded card samples in open projects' code (found by code
# search), each with the address written the short way, and the same address in
# full: the package's own legacy converter reads the full form right, so it is
# the expected answer for the short one the card prints.
PUBLISHED = [
    ("024088010438|121647952|Nguyễn Tiến Đạt|29031988|Nam|"
     "Tân Lập, Lam Cốt, Tân Yên, Bắc Giang|22062022",
     "Xã Lam Cốt, Huyện Tân Yên, Tỉnh Bắc Giang", "Tân Lập"),
    ("026099003333||Lương Đình Nam|30121999|Nam|"
     "Thôn Dẫn Tự, Tân Phú, Vĩnh Tường, Vĩnh Phúc|01082024||||",
     "Xã Tân Phú, Huyện Vĩnh Tường, Tỉnh Vĩnh Phúc", "Thôn Dẫn Tự"),
    ("038203023900||Phạm Hữu Nhân|19092003|Nam|"
     "Thôn Phú Sơn, Các Sơn, Nghi Sơn, Thanh Hóa|11032021",
     "Xã Các Sơn, Thị xã Nghi Sơn, Tỉnh Thanh Hóa", "Thôn Phú Sơn"),
    ("001200013295||Nguyễn Hữu Đạt|29102000|Nam|"
     "Thôn Đạo Tú, Quảng Phú Cầu, Ứng Hòa, Hà Nội|10072021",
     "Xã Quảng Phú Cầu, Huyện Ứng Hòa, Thành phố Hà Nội", "Thôn Đạo Tú"),
    ("010203002750|063602622|Đặng Minh Phương|20042003|Nam|"
     "Thôn Nà Phát, Phúc Khánh, Bảo Yên, Lào Cai|08052024",
     "Xã Phúc Khánh, Huyện Bảo Yên, Tỉnh Lào Cai", "Thôn Nà Phát"),
    ("001099012345|123456789|NGUYỄN VĂN AN|20051999|Nam|"
     "Thôn Cầu, Xã Đông Quý, Huyện Tiền Hải, Tỉnh Thái Bình|15032021",
     "Xã Đông Quý, Huyện Tiền Hải, Tỉnh Thái Bình", "Thôn Cầu"),
    ("054206007778||Phan Trần Hoàng|16082006|Nam|"
     "Thôn Chánh Nam, Xuân Thọ 1, Sông Cầu, Phú Yên|17062021",
     "Xã Xuân Thọ 1, Thị xã Sông Cầu, Tỉnh Phú Yên", "Thôn Chánh Nam"),
]  # fmt: skip


@pytest.mark.parametrize(("payload", "full", "street"), PUBLISHED)
def test_published_cards_fill_the_2025_commune(
    payload: str, full: str, street: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from vietnamadminunits import convert_address as package_convert

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    expected = package_convert(full)  # no street given: the package never geocodes
    card = parse_card(payload)
    assert card.address_2025 is not None
    assert (card.address_2025.province_code, card.address_2025.commune_code) == (
        expected.province_code,
        expected.ward_code,
    )
    assert card.address_2025.street == street
