"""2025 administrative units and address conversion (wrapping vietnamadminunits)."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import (
    Address,
    commune_name,
    convert_address,
    list_communes,
    list_provinces,
    resolve_address,
)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library geocodes over the network for split wards with a street: we never let it."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("forms must not use the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_counts_match_the_2025_reform() -> None:
    provinces = list_provinces()
    assert len(provinces) == 34
    assert sum(len(list_communes(p.code)) for p in provinces) == 3321
    hanoi = list_communes("01")
    assert len(hanoi) == 126
    kinds = [c.name.split(" ")[0] for c in hanoi]
    assert kinds.count("Phường") == 51
    assert kinds.count("Xã") == 75


def test_counts_match_the_package_database() -> None:
    from vietnamadminunits.database import get_data

    rows = get_data(fields=["provinceCode", "wardCode"], table="admin_units")
    assert {(r["provinceCode"], r["wardCode"]) for r in rows} == {
        (p.code, c.code) for p in list_provinces() for c in list_communes(p.code)
    }


def test_codes_are_zero_padded_text() -> None:
    assert list_provinces()[0] == ("01", "Thành phố Hà Nội")
    assert all(len(p.code) == 2 for p in list_provinces())
    assert all(len(c.code) == 5 and c.code.isdigit() for c in list_communes("01"))
    assert list_communes("1") == list_communes("01")
    assert ("00070", "Phường Hoàn Kiếm") in list_communes("01")


def test_commune_name() -> None:
    assert commune_name("01", "00070") == "Phường Hoàn Kiếm"
    assert commune_name("01", "70") == "Phường Hoàn Kiếm"
    assert commune_name("01", "99999") is None
    assert commune_name("99", "00070") is None


def test_unknown_province_raises_key_error() -> None:
    with pytest.raises(KeyError):
        list_communes("99")


@pytest.mark.parametrize(
    ("text", "province", "commune", "street"),
    [
        # 2025 two-level form
        ("Phường Hoàn Kiếm, Thành phố Hà Nội", "01", "Phường Hoàn Kiếm", None),
        ("12 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội",
         "01", "Phường Hoàn Kiếm", "12 Tràng Tiền"),
        ("Xã Sóc Sơn, Hà Nội", "01", "Xã Sóc Sơn", None),
        ("Phường Cửa Nam, Hà Nội", "01", "Phường Cửa Nam", None),
        # legacy three-level form, converted
        ("Số 12 ngõ 34 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội",
         "01", "Phường Hoàn Kiếm", "Số 12 ngõ 34 phố Hàng Bạc"),
        ("Phường Phúc Xá, Quận Ba Đình, Hà Nội, Việt Nam", "01", "Phường Hồng Hà", None),
        ("Phường Nghĩa Tân, Q. Cầu Giấy, TP. Hà Nội", "01", "Phường Nghĩa Đô", None),
        # the short way cards and people write: an old district's name is not the commune
        ("Ba Trại, Ba Vì, Hà Nội", "01", "Xã Suối Hai", None),
        ("Ba Trai, Ba Vi, Ha Noi", "01", "Xã Suối Hai", None),
        ("Ba Trai Ba Vi Ha Noi", "01", "Xã Suối Hai", None),
        ("Thôn Đông, Phù Linh, Sóc Sơn, Hà Nội", "01", "Xã Sóc Sơn", "Thôn Đông"),
        ("Xóm 2, X. Ba Trại, H. Ba Vì, TP. Hà Nội", "01", "Xã Suối Hai", "Xóm 2"),
        ("Phường Hàng Bạc, Hà Nội", "01", "Phường Hoàn Kiếm", None),
        ("Tổ 3, Phường Bến Nghé, Quận 1, TP HCM", "79", "Phường Sài Gòn", "Tổ 3"),
        ("Suối Hai, Hà Nội", "01", "Xã Suối Hai", None),
        ("Ba Vì, Hà Nội", "01", "Xã Ba Vì", None),
        ("Thôn Đông, Xã Phù Linh, Huyện Sóc Sơn, Hà Nội", "01", "Xã Sóc Sơn", "Thôn Đông"),
        ("Phuong Hang Bac, Quan Hoan Kiem, Ha Noi", "01", "Phường Hoàn Kiếm", None),
        ("Phường Hàng Bạc Quận Hoàn Kiếm Hà Nội", "01", "Phường Hoàn Kiếm", None),
        # NFD and extra spaces
        ("  Phường   Hàng Bạc ,  Quận Hoàn Kiếm,\tHà Nội ", "01", "Phường Hoàn Kiếm", None),
    ],
)  # fmt: skip
def test_convert_address(text: str, province: str, commune: str, street: str | None) -> None:
    import unicodedata

    for variant in (text, unicodedata.normalize("NFD", text)):
        address = convert_address(variant)
        assert address is not None
        assert address.province_code == province
        assert address.commune_name == commune
        assert address.street == street
        assert commune_name(address.province_code, address.commune_code) == commune


def test_address_text_and_json() -> None:
    address = convert_address("12 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội")
    assert address == Address(
        "01", "Thành phố Hà Nội", "00070", "Phường Hoàn Kiếm", "12 Tràng Tiền"
    )
    assert address.text == "12 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội"
    assert address.to_json()["commune_code"] == "00070"


@pytest.mark.parametrize(
    "text", ["", "   ", "Hà Nội", "asdf qwer", "|||", "x" * 1000, "Quận Hoàn Kiếm"]
)
def test_unresolvable_gives_none(text: str) -> None:
    assert convert_address(text) is None


def test_split_legacy_ward_is_a_choice_not_a_guess() -> None:
    match = resolve_address("Phường Dịch Vọng Hậu, Q. Cầu Giấy, TP. Hà Nội")
    assert match.status == "ambiguous"
    assert match.address is None and convert_address("Phường Dịch Vọng Hậu, Cầu Giấy, HN") is None
    assert {c.commune_name for c in match.candidates} == {"Phường Cầu Giấy", "Phường Nghĩa Đô"}
    assert match.legacy == "Phường Dịch Vọng Hậu, Quận Cầu Giấy, Thành phố Hà Nội"
    assert match.province_code == "01"


def test_old_district_alone_offers_the_communes_that_took_it() -> None:
    match = resolve_address("Quận Hoàn Kiếm, Hà Nội")
    assert match.status == "ambiguous"
    assert "Phường Hoàn Kiếm" in {c.commune_name for c in match.candidates}
    assert "Phường Cửa Nam" in {c.commune_name for c in match.candidates}


def test_street_is_kept_whole_when_no_commune_is_named() -> None:
    match = resolve_address("Số 12 Đường Láng, Hà Nội")
    assert match.status == "not_found"
    assert match.street == "Số 12 Đường Láng"
    assert match.province_code == "01" and match.province_name == "Thành phố Hà Nội"
    assert match.candidates == ()


def test_not_found_without_province() -> None:
    match = resolve_address("asdf qwer")
    assert (match.status, match.province_code, match.street) == ("not_found", None, "asdf qwer")
    assert resolve_address(None).status == "not_found"  # type: ignore[arg-type]


def test_match_json() -> None:
    data = resolve_address("Phường Dịch Vọng Hậu, Quận Cầu Giấy, Hà Nội").to_json()
    assert data["status"] == "ambiguous"
    assert len(data["candidates"]) == 2 and data["candidates"][0]["province_code"] == "01"


def test_not_a_string_gives_none() -> None:
    assert convert_address(None) is None  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=80))
def test_never_raises_on_junk(text: str) -> None:
    result = convert_address(text)
    assert result is None or isinstance(result, Address)


def test_every_2025_commune_name_resolves_to_itself() -> None:
    wrong = []
    for province in list_provinces():
        for commune in list_communes(province.code):
            address = convert_address(f"{commune.name}, {province.name}")
            if address is None or address.commune_code != commune.code:
                wrong.append((province.code, commune.code))
    assert wrong == []
