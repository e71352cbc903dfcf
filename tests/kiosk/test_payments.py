"""VietQR payloads: built and checked against examples published by others.

Published payloads (not written here; each is another project's expected output):

* github.com/subiz/vietqr, README.md (Go library): 120,000 đ to VietinBank (BIN
  970415) account 0011001932418, purpose "ung ho lu lut", dynamic initiation (12).
* A Flutter app's test (flutter_test file ``viet_qr_payload_builder`` test, found
  by searching public code for "QRIBFTTA"): 399,000 đ to Vietcombank (970436)
  account 1026806174, merchant name "LE PHU THACH", purpose "NB123ABC LE PHU
  THACH", dynamic initiation (12).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from kiosk.config import load_config
from kiosk.payments import (
    NAPAS_GUID,
    VietQRError,
    crc16_ccitt_false,
    encode_vietqr,
    parse_vietqr,
    transfer_text,
)

SUBIZ_README = (
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
    "530370454061200005802VN62170813ung ho lu lut6304C15C"
)
FLUTTER_TEST = (
    "00020101021238540010A0000007270124000697043601101026806174"
    "0208QRIBFTTA530370454063990005802VN5912LE PHU THACH"
    "62250821NB123ABC LE PHU THACH63049F78"
)


def test_crc_matches_the_standard_check_value() -> None:
    # CRC-16/CCITT-FALSE's catalogued check value (CRC RevEng catalogue: "123456789" -> 0x29B1).
    assert crc16_ccitt_false(b"123456789") == 0x29B1


@pytest.mark.parametrize(
    ("payload", "kwargs"),
    [
        (
            SUBIZ_README,
            dict(
                bank_bin="970415", account="0011001932418", amount=120000, purpose="ung ho lu lut"
            ),
        ),
        (
            FLUTTER_TEST,
            dict(
                bank_bin="970436",
                account="1026806174",
                amount=399000,
                merchant_name="LE PHU THACH",
                purpose="NB123ABC LE PHU THACH",
            ),
        ),
    ],
)
def test_encoder_reproduces_published_payloads(payload: str, kwargs: dict) -> None:
    # Both published examples carry an amount, so initiation 12 (dynamic) by default.
    assert encode_vietqr(**kwargs) == payload
    parsed = parse_vietqr(payload)
    assert parsed.bank_bin == kwargs["bank_bin"]
    assert parsed.account == kwargs["account"]
    assert parsed.amount == kwargs["amount"]
    assert parsed.purpose == kwargs["purpose"]
    assert parsed.merchant_name == kwargs.get("merchant_name")
    assert parsed.service == "QRIBFTTA"
    assert parsed.dynamic is True


def test_a_fee_payload_is_dynamic_and_carries_the_application_code() -> None:
    code = "000.00.01.H26-261204-0001"
    payload = encode_vietqr(
        bank_bin="970415",
        account="113000006789",
        amount=8000,
        purpose=code,
        merchant_name=transfer_text("UBND phường Ba Đình"),
    )
    assert payload.startswith("000201010212")
    parsed = parse_vietqr(payload)
    assert parsed.dynamic is True
    assert (parsed.amount, parsed.purpose) == (8000, code)
    assert parsed.merchant_name == "UBND phuong Ba Dinh"
    assert parsed.fields["53"] == "704" and parsed.fields["58"] == "VN"
    assert NAPAS_GUID in parsed.fields["38"]


def test_without_amount_the_code_is_static() -> None:
    parsed = parse_vietqr(encode_vietqr(bank_bin="970436", account="0123456789"))
    assert parsed.dynamic is False and parsed.amount is None and parsed.purpose is None


def test_one_changed_character_fails_the_crc() -> None:
    tampered = SUBIZ_README.replace("54061200005802", "54061900005802")
    with pytest.raises(VietQRError, match="CRC"):
        parse_vietqr(tampered)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("0010A000000727", "0010A000000728", "GUID"),
        ("5303704", "5303840", "currency"),
        ("5802VN", "5802US", "country"),
        ("0208QRIBFTTA", "0208QRIBFTXX", "service"),
    ],
)
def test_wrong_fixed_fields_are_refused_even_with_a_correct_crc(
    old: str, new: str, message: str
) -> None:
    body = SUBIZ_README[:-4].replace(old, new)
    payload = body + f"{crc16_ccitt_false(body.encode()):04X}"
    with pytest.raises(VietQRError, match=message):
        parse_vietqr(payload)


def test_a_truncated_payload_is_refused() -> None:
    body = SUBIZ_README[:-4].replace("62170813ung ho lu lut", "62200813ung ho lu lut")
    with pytest.raises(VietQRError):
        parse_vietqr(body + f"{crc16_ccitt_false(body.encode()):04X}")


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(bank_bin="97041", account="1"),
        dict(bank_bin="970415", account="12-34"),
        dict(bank_bin="970415", account="1", amount=0),
        dict(bank_bin="970415", account="1", amount=-5),
        dict(bank_bin="970415", account="1", purpose="phí hộ tịch"),
        dict(bank_bin="970415", account="1", purpose="X" * 26),
    ],
)
def test_bad_input_is_refused(kwargs: dict) -> None:
    with pytest.raises(VietQRError):
        encode_vietqr(**kwargs)


def test_transfer_text_drops_diacritics_and_keeps_25_characters() -> None:
    assert transfer_text("Đăng ký khai sinh – Ủy ban") == "Dang ky khai sinh Uy ban"
    assert len(transfer_text("a" * 40)) == 25


# --- [payment] in kiosk.toml, checked by `kiosk config validate` -----------------------------


def test_config_validate_accepts_a_payment_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(
        '[payment]\nbank_bin = "970415"\naccount_number = "113000006789"\n'
        'account_name = "UBND PHUONG BA DINH"\n',
        encoding="utf-8",
    )
    assert main(["config", "validate", str(cfg)]) == 0
    payment = load_config(tmp_path).payment
    assert payment.enabled and payment.bank_bin == "970415"


def test_no_payment_section_means_no_qr(tmp_path: Path) -> None:
    assert load_config(tmp_path).payment.enabled is False


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ('bank_bin = "9704"\naccount_number = "1"\naccount_name = "A"\n', "payment.bank_bin"),
        ('bank_bin = "970415"\naccount_number = "11-22"\naccount_name = "A"\n', "account_number"),
        ('bank_bin = "970415"\naccount_number = "1122"\n', "account_name"),
        ("bank_bin = 970415\n", "payment.bank_bin"),
        ('bank = "970415"\n', "payment.bank: khoá không hợp lệ"),
    ],
)
def test_config_validate_names_a_bad_payment_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, where: str
) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("[payment]\n" + body, encoding="utf-8")
    assert main(["config", "validate", str(cfg)]) == 1
    assert where in capsys.readouterr().err
