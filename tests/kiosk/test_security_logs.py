"""Log privacy: names, ID numbers, phones, emails and addresses never reach a log file."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import stat
import unicodedata
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.security import PersonalDataFilter, mask_text, setup_logging

SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Nguyen",
    "Tran",
]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quốc", "Hữu", "Thị Ánh", "Van"]
GIVENS = ["An", "Bình", "Tuyết", "Lương", "Hằng", "Dũng", "Phương", "Khánh", "Ánh", "Yến"]
STREETS = ["Hàng Bông", "Lý Thường Kiệt", "Kim Mã", "Đội Cấn", "Trần Phú", "Giải Phóng"]
WARDS = ["Ba Đình", "Hoàn Kiếm", "Đống Đa", "Cầu Giấy", "Sóc Sơn", "Hà Đông"]
CONTEXTS = [
    "saving draft for {}",
    "Hồ sơ của {} đã được gửi",
    "resident {} scanned card",
    "payload={{'note': 'x', 'who': '{}'}}",
    "lỗi khi xử lý: {} - thử lại",
    "{}",
    "[{}]",
]

names = st.builds(
    lambda s, m, g: " ".join(p for p in (s, m, g) if p),
    st.sampled_from(SURNAMES),
    st.one_of(st.just(""), st.sampled_from(MIDDLES)),
    st.sampled_from(GIVENS),
)
id12 = st.from_regex(r"0[0-9]{2}[0-5][0-9]{8}", fullmatch=True)
id9 = st.from_regex(r"[0-9]{9}", fullmatch=True)
phones = st.one_of(
    st.from_regex(r"0[35789][0-9]{8}", fullmatch=True),
    st.from_regex(r"\+84[35789][0-9]{8}", fullmatch=True),
    st.builds(lambda d: f"0{d[:3]} {d[3:6]} {d[6:]}", st.from_regex(r"9[0-9]{8}", fullmatch=True)),
    st.builds(
        lambda d: f"+84 {d[:3]} {d[3:6]} {d[6:]}", st.from_regex(r"9[0-9]{8}", fullmatch=True)
    ),
    st.builds(lambda d: f"024 {d[:4]} {d[4:]}", st.from_regex(r"[0-9]{8}", fullmatch=True)),
)
emails = st.builds(
    lambda u, d: f"{u}@{d}.vn",
    st.from_regex(r"[a-z][a-z0-9._]{2,12}", fullmatch=True),
    st.sampled_from(["gmail", "hanoi.gov", "yahoo"]),
)
addresses = st.builds(
    lambda n, street, ward: f"Số {n} ngõ 12 phố {street}, phường {ward}, Hà Nội",
    st.integers(1, 300),
    st.sampled_from(STREETS),
    st.sampled_from(WARDS),
)


def _forms(value: str) -> set[str]:
    return {unicodedata.normalize("NFC", value), unicodedata.normalize("NFD", value)}


@settings(max_examples=150, deadline=None)
@given(
    name=names,
    id_number=st.one_of(id12, id9),
    phone=phones,
    email=emails,
    address=addresses,
    context=st.sampled_from(CONTEXTS),
    nfd=st.booleans(),
)
def test_planted_personal_data_is_masked(
    name: str, id_number: str, phone: str, email: str, address: str, context: str, nfd: bool
) -> None:
    planted = [name, id_number, phone, email, address]
    message = context.format(name) + f" | cccd {id_number} | sđt: {phone} | {email} | {address}"
    if nfd:
        message = unicodedata.normalize("NFD", message)
    masked = mask_text(message)
    for value in planted:
        for form in _forms(value):
            assert form not in masked, (value, masked)
    assert "[name]" in masked or "[redacted]" in masked


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_mask_text_never_raises_on_arbitrary_text(text: str) -> None:
    assert isinstance(mask_text(text), str)


class _Explodes:
    def __str__(self) -> str:
        raise RuntimeError("Nguyễn Văn An 001099012345")


@settings(max_examples=100, deadline=None)
@given(msg=st.text(), args=st.lists(st.one_of(st.text(), st.integers(), st.none()), max_size=3))
def test_filter_never_raises_or_drops(msg: str, args: list[object]) -> None:
    record = logging.LogRecord("t", logging.INFO, __file__, 1, msg, tuple(args), None)
    assert PersonalDataFilter().filter(record) is True
    assert isinstance(record.getMessage(), str)


def test_filter_survives_an_argument_whose_str_raises() -> None:
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "who: %s", (_Explodes(),), None)
    assert PersonalDataFilter().filter(record)
    assert "001099012345" not in record.getMessage()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("applied migration 1 (initial schema)", "applied migration 1 (initial schema)"),
        ("outbox item 5 delivered as 000.00.01.H26-260930-0012", "000.00.01.H26-260930-0012"),
        ("Lỗi kết nối tới cổng dịch vụ công: timeout", "Lỗi kết nối tới cổng dịch vụ công"),
        ("procedure 1.001193 state=queued attempts=3", "procedure 1.001193 state=queued"),
    ],
)
def test_ordinary_log_lines_keep_their_meaning(text: str, kept: str) -> None:
    assert kept in mask_text(text)


def test_sensitive_keys_are_masked_whatever_the_value() -> None:
    masked = mask_text(
        "{'mother_full_name': 'Bế Thị Mây', 'ethnicity': 'Tày', \"dia_chi\": \"Bản Phiệt\", "
        "'procedure': '1.001193'} name=Ma Seo Chu status=ok"
    )
    for secret in ("Bế", "Mây", "Tày", "Phiệt", "Ma Seo Chu"):
        assert secret not in masked
    assert "'procedure': '1.001193'" in masked and "status=ok" in masked


@pytest.fixture
def clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in saved_handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(saved_level)
    logging.captureWarnings(False)


def test_session_logs_hold_no_planted_data_nfc_or_nfd(data_dir: Path, clean_logging: None) -> None:
    path = setup_logging(data_dir, level="DEBUG")
    assert path == data_dir / "logs" / "kiosk.log"
    name, id_number, phone = "Nguyễn Thị Ánh Tuyết", "001190012345", "0912345678"
    address = "Số 5 ngõ 10 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội"
    log = logging.getLogger("kiosk.test.session")
    for text in (name, address):
        for form in ("NFC", "NFD"):
            value = unicodedata.normalize(form, text)
            log.info("scanned card for %s", value)
            log.warning(f"draft saved: {value}")
            log.debug("payload %r", {"full_name": value, "phone": phone})
    log.info("card %s phone %s email %s", id_number, phone, "tuyet.nguyen@example.vn")
    log.info("context", extra={"resident": name})
    try:
        raise ValueError(f"bad id {id_number} for {name}")
    except ValueError:
        log.exception("submit failed")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"odd address {address}", UserWarning, stacklevel=1)
    logging.getLogger("some.library").error("library says %s", name)
    for handler in logging.getLogger().handlers:
        handler.flush()

    raw = b"".join(p.read_bytes() for p in path.parent.iterdir())
    for value in (name, id_number, phone, address, "tuyet.nguyen@example.vn", "Hàng Bông"):
        for form in _forms(value):
            assert form.encode() not in raw, value
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert {"ts", "level", "logger", "msg"} <= entries[0].keys()
    assert any("exc" in e and "ValueError" in e["exc"] for e in entries)
    assert any(e["logger"] == "py.warnings" for e in entries)
    assert any(e["logger"] == "some.library" for e in entries)


def test_log_file_is_private_and_rotates_at_1mb_x5(data_dir: Path, clean_logging: None) -> None:
    path = setup_logging(data_dir)
    setup_logging(data_dir)  # a second call replaces, never duplicates
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_kiosk_handler", False)]
    assert len(ours) == 2
    rotating = next(h for h in ours if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (rotating.maxBytes, rotating.backupCount) == (1_000_000, 5)
    assert all(any(isinstance(f, PersonalDataFilter) for f in h.filters) for h in ours)
    logging.getLogger("kiosk").warning("hello")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "text",
    [
        "1" * 50_000,
        "a." * 20_000 + "@",
        "name=" + "ab " * 20_000,
        "phường " + "Ba, " * 20_000,
        "An " * 20_000,
        "a.b-" * 10_000 + "=",
        "x" + " " * 50_000 + "=",
    ],
)
def test_pathological_input_is_masked_in_bounded_work(text: str) -> None:
    """Regexes that backtrack quadratically would hang the logging thread here."""
    masked = mask_text(text)
    assert len(masked) <= 20_000 + len(" [truncated]")
