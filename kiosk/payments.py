"""VietQR fee payments: the NAPAS "VietQR" payload (EMVCo merchant-presented QR), built and checked.

A resident pays a procedure's fee by scanning the receipt's QR with any Vietnamese
banking app: an inter-bank transfer (NAPAS 247, service ``QRIBFTTA``) to the
agency's account, for the exact amount, with the application code as the
transfer's purpose so the agency can match the payment to the application.

The payload is EMVCo's ID-length-value text: two-digit ID, two-digit length (in
characters), value; templates (38, 62) nest the same format. The last field is
the CRC (ID 63), CRC-16/CCITT-FALSE over everything before it including "6304".
:func:`encode_vietqr` builds one, :func:`parse_vietqr` checks one (CRC, fixed
fields, lengths) and says what it pays, for tests and for staff checking a code.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

__all__ = [
    "NAPAS_GUID",
    "SERVICE_TO_ACCOUNT",
    "SERVICE_TO_CARD",
    "VietQR",
    "VietQRError",
    "crc16_ccitt_false",
    "encode_vietqr",
    "parse_vietqr",
    "payment_reference",
    "transfer_text",
]

NAPAS_GUID = "A000000727"
"""The application identifier NAPAS registered for VietQR (merchant account template 38)."""
SERVICE_TO_ACCOUNT = "QRIBFTTA"
"""Inter-bank fund transfer 24/7 to an account number."""
SERVICE_TO_CARD = "QRIBFTTC"
"""Inter-bank fund transfer 24/7 to a card number."""

_CURRENCY_VND = "704"  # ISO 4217 numeric
_COUNTRY = "VN"
_MAX_TEXT = 25  # bill number, purpose and merchant name: "ans", up to 25 characters
_ANS = re.compile(r"^[\x20-\x7e]*$")  # EMVCo "ans": printable ASCII


class VietQRError(ValueError):
    """A VietQR payload (or the data to build one) is invalid; the message says which field."""


@dataclasses.dataclass(frozen=True, slots=True)
class VietQR:
    """What a VietQR payload pays: to which account, how much, with which reference.

    ``amount`` is in đồng (None: the payer types it); ``purpose`` is the transfer
    text (62/08) and ``bill_number`` the bill reference (62/01); ``dynamic`` is the
    point of initiation (12 = one payment, 11 = reusable). ``fields`` keeps every
    top-level field as read, for a staff member checking a code.
    """

    bank_bin: str
    account: str
    service: str
    amount: int | None
    purpose: str | None
    bill_number: str | None
    merchant_name: str | None
    dynamic: bool | None
    fields: dict[str, str]


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor)."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def transfer_text(text: str, limit: int = _MAX_TEXT) -> str:
    """``text`` as a bank transfer accepts it: no diacritics, printable ASCII, at most ``limit``.

    Vietnamese letters lose their marks ("Đình" -> "Dinh"); other characters become
    spaces; runs of spaces collapse.
    """
    text = text.replace("Đ", "D").replace("đ", "d")
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = "".join(c if _ANS.match(c) else " " for c in plain)
    return " ".join(plain.split())[:limit].rstrip()


def payment_reference(application_code: str) -> str:
    """The transfer purpose naming an application: its code's letters and digits, upper case.

    Banks drop or change punctuation in transfer texts, and the portal's codes
    ("000.00.01.H26-261204-010001", 27 characters) are longer than the 25 a VietQR
    purpose holds; letters and digits alone ("0000001H26261204010001") survive
    every bank and fit. Whoever matches a payment compares the same reduction.

    Raises:
        VietQRError: a code with no letters or digits, or more than 25 of them.
    """
    reference = "".join(c for c in transfer_text(application_code, 99) if c.isalnum()).upper()
    if not reference or len(reference) > _MAX_TEXT:
        raise VietQRError(f"application code cannot be a transfer reference: {application_code!r}")
    return reference


def _tlv(field_id: str, value: str) -> str:
    if len(value) > 99:
        raise VietQRError(f"field {field_id} is longer than 99 characters")
    return f"{field_id}{len(value):02d}{value}"


def _ans(name: str, value: str, limit: int) -> str:
    if not value:
        raise VietQRError(f"{name} must not be empty")
    if not _ANS.match(value):
        raise VietQRError(f"{name} must be printable ASCII (no diacritics): {value!r}")
    if len(value) > limit:
        raise VietQRError(f"{name} is longer than {limit} characters: {value!r}")
    return value


def encode_vietqr(
    *,
    bank_bin: str,
    account: str,
    amount: int | None = None,
    purpose: str | None = None,
    bill_number: str | None = None,
    merchant_name: str | None = None,
    service: str = SERVICE_TO_ACCOUNT,
    dynamic: bool | None = None,
) -> str:
    """Build a VietQR payload for a transfer to ``account`` at the bank with NAPAS BIN ``bank_bin``.

    ``amount`` in đồng (whole, > 0) or None for the payer to type; ``purpose`` the
    transfer text (62/08), ``bill_number`` the bill reference (62/01), both
    printable ASCII up to 25 characters (see :func:`transfer_text`);
    ``merchant_name`` (59) likewise. ``dynamic`` defaults to True (12, one payment)
    when an amount is given and False (11, reusable) otherwise.

    Raises:
        VietQRError: a BIN that is not 6 digits, an account that is not 1-19
            letters/digits, an amount that is not a positive whole number, or a
            text field that is empty, too long or not printable ASCII.
    """
    if not re.fullmatch(r"\d{6}", bank_bin):
        raise VietQRError(f"bank BIN must be 6 digits: {bank_bin!r}")
    if not re.fullmatch(r"[0-9A-Za-z]{1,19}", account):
        raise VietQRError(f"account number must be 1-19 letters or digits: {account!r}")
    if service not in (SERVICE_TO_ACCOUNT, SERVICE_TO_CARD):
        raise VietQRError(f"unknown VietQR service code: {service!r}")
    whole = isinstance(amount, int) and not isinstance(amount, bool)
    if amount is not None and (not whole or amount <= 0):
        raise VietQRError(f"amount must be a whole number of đồng above 0: {amount!r}")
    if amount is not None and len(str(amount)) > 13:
        raise VietQRError(f"amount is too large: {amount!r}")
    if dynamic is None:
        dynamic = amount is not None

    beneficiary = _tlv("00", bank_bin) + _tlv("01", account)
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", service)
    parts = [
        _tlv("00", "01"),
        _tlv("01", "12" if dynamic else "11"),
        _tlv("38", merchant),
        _tlv("53", _CURRENCY_VND),
    ]
    if amount is not None:
        parts.append(_tlv("54", str(amount)))
    parts.append(_tlv("58", _COUNTRY))
    if merchant_name is not None:
        parts.append(_tlv("59", _ans("merchant name", merchant_name, _MAX_TEXT)))
    additional = ""
    if bill_number is not None:
        additional += _tlv("01", _ans("bill number", bill_number, _MAX_TEXT))
    if purpose is not None:
        additional += _tlv("08", _ans("purpose", purpose, _MAX_TEXT))
    if additional:
        parts.append(_tlv("62", additional))
    body = "".join(parts) + "6304"
    return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"


def _read_tlvs(text: str, where: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    at = 0
    while at < len(text):
        head = text[at : at + 4]
        if len(head) < 4 or not head.isdigit():
            raise VietQRError(f"{where}: bad field header at position {at}: {head!r}")
        field_id, length = head[:2], int(head[2:])
        value = text[at + 4 : at + 4 + length]
        if len(value) != length:
            raise VietQRError(f"{where}: field {field_id} is cut short")
        if field_id in fields:
            raise VietQRError(f"{where}: field {field_id} appears twice")
        fields[field_id] = value
        at += 4 + length
    return fields


def _need(fields: dict[str, str], field_id: str, where: str) -> str:
    if field_id not in fields:
        raise VietQRError(f"{where}: field {field_id} is missing")
    return fields[field_id]


def parse_vietqr(payload: str) -> VietQR:
    """Check a VietQR payload (CRC, fixed fields, lengths) and return what it pays.

    Raises:
        VietQRError: not ASCII, a broken field structure, a wrong CRC, or a missing
            or wrong mandatory field (the message names it).
    """
    if not _ANS.match(payload):
        raise VietQRError("payload is not printable ASCII")
    if len(payload) < 8 or payload[-8:-4] != "6304":
        raise VietQRError("payload does not end with a CRC field (6304....)")
    expected = crc16_ccitt_false(payload[:-4].encode("ascii"))
    if payload[-4:].upper() != f"{expected:04X}":
        raise VietQRError(
            f"CRC mismatch: payload says {payload[-4:]}, content gives {expected:04X}"
        )
    fields = _read_tlvs(payload, "payload")
    if list(fields)[-1] != "63":
        raise VietQRError("payload: the CRC must be the last field")
    if _need(fields, "00", "payload") != "01":
        raise VietQRError("payload: payload format indicator (00) must be 01")
    initiation = fields.get("01")
    if initiation not in (None, "11", "12"):
        raise VietQRError(f"payload: point of initiation (01) must be 11 or 12: {initiation!r}")
    merchant = _read_tlvs(_need(fields, "38", "payload"), "merchant account (38)")
    if _need(merchant, "00", "merchant account (38)") != NAPAS_GUID:
        raise VietQRError(f"merchant account (38): GUID must be {NAPAS_GUID}")
    beneficiary = _read_tlvs(_need(merchant, "01", "merchant account (38)"), "beneficiary (38/01)")
    bank_bin = _need(beneficiary, "00", "beneficiary (38/01)")
    if not re.fullmatch(r"\d{6}", bank_bin):
        raise VietQRError(f"beneficiary (38/01): BIN must be 6 digits: {bank_bin!r}")
    account = _need(beneficiary, "01", "beneficiary (38/01)")
    if not re.fullmatch(r"[0-9A-Za-z]{1,19}", account):
        raise VietQRError(f"beneficiary (38/01): bad account number {account!r}")
    service = _need(merchant, "02", "merchant account (38)")
    if service not in (SERVICE_TO_ACCOUNT, SERVICE_TO_CARD, "QRPUSH"):
        raise VietQRError(f"merchant account (38): unknown service code {service!r}")
    if _need(fields, "53", "payload") != _CURRENCY_VND:
        raise VietQRError("payload: currency (53) must be 704 (VND)")
    if _need(fields, "58", "payload") != _COUNTRY:
        raise VietQRError("payload: country (58) must be VN")
    amount: int | None = None
    if "54" in fields:
        # VND has no minor unit: a whole number, possibly written with ".0".
        written = fields["54"]
        if not re.fullmatch(r"\d+(\.0*)?", written) or int(written.split(".")[0]) <= 0:
            raise VietQRError(f"payload: amount (54) must be a positive whole number: {written!r}")
        amount = int(written.split(".")[0])
    additional = _read_tlvs(fields.get("62", ""), "additional data (62)")
    return VietQR(
        bank_bin=bank_bin,
        account=account,
        service=service,
        amount=amount,
        purpose=additional.get("08"),
        bill_number=additional.get("01"),
        merchant_name=fields.get("59"),
        dynamic=None if initiation is None else initiation == "12",
        fields=fields,
    )
