"""Masking personal data in free text: names, ID numbers, phones, emails, addresses, dates.

Used by the log filter. It errs on the side of masking too much: a log line
that loses a procedure title is a small cost, a log line that keeps a
resident's name is a breach. Input is normalised to NFC first, so NFD text
(from macOS, some scanners and keyboard layouts) is caught the same way.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SENSITIVE_KEYS", "mask_text"]

# Keys whose values are personal data wherever they appear (``key=value``,
# ``"key": "value"``, ``'key': 'value'``). Matched as a suffix of the key, so
# ``mother_full_name`` and ``child.dia_chi`` are caught too.
SENSITIVE_KEYS = (
    "full_name",
    "fullname",
    "name",
    "ho_ten",
    "hoten",
    "ho_va_ten",
    "ten",
    "address",
    "dia_chi",
    "diachi",
    "residence",
    "noi_cu_tru",
    "noi_thuong_tru",
    "que_quan",
    "hometown",
    "place_of_birth",
    "noi_sinh",
    "phone",
    "phone_number",
    "mobile",
    "sdt",
    "so_dien_thoai",
    "dien_thoai",
    "tel",
    "email",
    "mail",
    "id_number",
    "personal_id",
    "cccd",
    "so_cccd",
    "cmnd",
    "so_cmnd",
    "so_dinh_danh",
    "identity",
    "id_card",
    "dob",
    "birth_date",
    "date_of_birth",
    "ngay_sinh",
    "birthday",
    "ethnicity",
    "dan_toc",
    "religion",
    "ton_giao",
)

_KEYS_ALT = "|".join(re.escape(k) for k in sorted(SENSITIVE_KEYS, key=len, reverse=True))
_KEY_RE = re.compile(
    r"""(?P<key>(?<![\w.\-])["']?[\w.\-]{0,40}?(?:""" + _KEYS_ALT + r""")["']?)"""
    r"""(?P<sep>\s*[:=]\s*)"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""  # quoted
    r"""|[^,;&\s}\]\n)]+(?:[ ][^,;&\s}\]\n)=:]+(?![=:\w]))*)""",  # bare words, not the next key
    re.IGNORECASE,
)

# Bounded and anchored at a token start, so a long run of dots cannot make it quadratic.
_EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")
# 12-digit personal ID (CCCD) and 9-digit old ID (CMND), bare or in groups of three.
_ID_RE = re.compile(r"(?<!\d)(?:\d{12}|\d{9}|\d{3}[ .]\d{3}[ .]\d{3}(?:[ .]\d{3})?)(?!\d)")
# Vietnamese phones: 0xxxxxxxxx (10 digits), 02xxxxxxxxx landlines (11), +84/0084/84
# followed by 9–10 digits; separators (space, dot, dash) allowed between digits.
_PHONE_RE = re.compile(r"(?<![\w+])(?:\+\s?84|0084|84|0)(?:[\s.\-]?\(?\d\)?){8,10}(?!\d)")
# Dates of birth: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and the card's ddmmyyyy.
_DATE_RE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|[0-3]\d[01]\d(?:19|20)\d\d)(?!\d)"
)

_ADDRESS_WORDS = (
    "phường",
    "xã",
    "quận",
    "huyện",
    "tỉnh",
    "thành phố",
    "thị xã",
    "thị trấn",
    "số nhà",
    "đường",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "tổ dân phố",
    "khu phố",
    "tổ",
    "khu đô thị",
    "chung cư",
    "tòa nhà",
    "toà nhà",
    # Without diacritics, as typed on keyboards with no Vietnamese input method.
    "phuong",
    "huyen",
    "tinh",
    "thanh pho",
    "so nha",
    "duong",
    "ngo",
    "ngach",
    "thon",
    "xom",
    "to dan pho",
    "thi tran",
    "thi xa",
)
_ADDRESS_ALT = "|".join(re.escape(w) for w in sorted(_ADDRESS_WORDS, key=len, reverse=True))
_ADDRESS_RE = re.compile(
    # An optional house number first (bounded: unbounded digit runs backtrack quadratically).
    r"(?:(?<![\w])(?:số\s+|so\s+)?\d{1,6}[\w/\-]{0,8}\s?,?\s?)?"
    r"(?<![\w])(?:" + _ADDRESS_ALT + r")(?![\w])\s*[\w\d]"  # the keyword, then something
    r"[^\"'\n|;{}\[\]<>]*?"  # the rest of the address, commas included
    r"(?=[\"'\n|;{}\[\]<>]|\s+[\w.\-]{1,40}\s?[=:]|\s+-\s|$)",
    re.IGNORECASE,
)

# A "word" for the name rule: letters, with stray combining marks tolerated.
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_GAP_RE = re.compile(r"[ \t]{1,3}")
# Common Vietnamese family names, diacritics removed and lower-cased: a run of
# capitalised words holding one is a name even when typed without diacritics.
_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao "
    "trinh mai truong lam luong ha cao chu ta luu quach tong kieu la doan thai khuc "
    "trieu lai van tang".split()
)

MASK_NAME = "[name]"
MASK_ID = "[id]"
MASK_PHONE = "[phone]"
MASK_EMAIL = "[email]"
MASK_ADDRESS = "[address]"
MASK_DATE = "[date]"
MASK_VALUE = "[redacted]"
MAX_LENGTH = 20_000


def mask_text(text: str) -> str:
    """Return ``text`` (as NFC) with personal data replaced by ``[name]``, ``[id]`` etc."""
    if not text:
        return text
    if len(text) > MAX_LENGTH:  # bounds the cost; dropping text never leaks anything
        text = text[:MAX_LENGTH] + " [truncated]"
    out = unicodedata.normalize("NFC", text)
    out = _KEY_RE.sub(_mask_key_value, out)
    out = _EMAIL_RE.sub(MASK_EMAIL, out)
    out = _PHONE_RE.sub(MASK_PHONE, out)
    out = _ID_RE.sub(MASK_ID, out)
    out = _DATE_RE.sub(MASK_DATE, out)
    out = _ADDRESS_RE.sub(MASK_ADDRESS, out)
    return _mask_names(out)


def _mask_key_value(match: re.Match[str]) -> str:
    value = match.group("value")
    if value in (MASK_VALUE, f'"{MASK_VALUE}"', f"'{MASK_VALUE}'"):
        return match.group(0)
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{match.group('key')}{match.group('sep')}{quote}{MASK_VALUE}{quote}"


def _mask_names(text: str) -> str:
    """Replace runs of 2+ capitalised words that look Vietnamese with ``[name]``."""
    words = [m for m in _WORD_RE.finditer(text) if m.group(0)[0].isupper()]
    if len(words) < 2:
        return text
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for word in words:
        if current and _GAP_RE.fullmatch(text[current[-1].end() : word.start()]):
            current.append(word)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [word]
    if len(current) >= 2:
        runs.append(current)
    pieces: list[str] = []
    last = 0
    for run in runs:
        span = text[run[0].start() : run[-1].end()]
        if not _looks_vietnamese(span, [w.group(0) for w in run]):
            continue
        pieces.append(text[last : run[0].start()])
        pieces.append(MASK_NAME)
        last = run[-1].end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _looks_vietnamese(span: str, words: list[str]) -> bool:
    if any(ord(ch) > 127 for ch in span):
        return True
    return any(_ascii_fold(word) in _SURNAMES for word in words)


def _ascii_fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D").lower()
