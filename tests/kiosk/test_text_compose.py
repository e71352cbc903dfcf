"""Telex/VNI composer: a large table of real words, names and places, plus properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.text import (
    METHODS,
    ComposingBuffer,
    Edit,
    Tone,
    apply_tone,
    compose,
    fold,
    normalize,
    same_text,
    variants,
)
from tests.kiosk._vietnamese_words import names, places, words

# --- encoders: the keystrokes a person types for a word ---------------------------

_TELEX_MARK = {"\u0302": None, "\u0306": "w", "\u031b": "w"}  # None: repeat the vowel
_VNI_MARK = {"\u0302": "6", "\u0306": "8", "\u031b": "7"}
_TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_VNI_TONE = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def _encode_word(word: str, method: str, tone_at: int | None = None) -> str:
    """Keys for one word: each mark right after its letter, the tone key at the end
    (or after key position ``tone_at``)."""
    marks = _TELEX_MARK if method == "telex" else _VNI_MARK
    tones = _TELEX_TONE if method == "telex" else _VNI_TONE
    keys: list[str] = []
    tone = ""
    for ch in word:
        if ch in "đĐ":
            keys.append(("D" if ch == "Đ" else "d") + ("d" if method == "telex" else "9"))
            continue
        base, *combining = unicodedata.normalize("NFD", ch)
        keys.append(base)
        for c in combining:
            if c in tones:
                tone = tones[c]
            elif marks[c] is None:
                keys.append(base.lower())
            else:
                keys.append(marks[c])
    flat = "".join(keys)
    if tone_at is None or not tone:
        return flat + tone
    return flat[:tone_at] + tone + flat[tone_at:]


def encode(text: str, method: str) -> str:
    return " ".join(_encode_word(w, method) for w in text.split(" "))


WORDS = words()
NAMES = names()
PLACES = places()


# --- the big table ---------------------------------------------------------------


@pytest.mark.parametrize("method", ["telex", "vni"])
@pytest.mark.parametrize("word", WORDS)
def test_real_words(word: str, method: str) -> None:
    assert compose(encode(word, method), method) == word


@pytest.mark.parametrize("method", ["telex", "vni"])
@pytest.mark.parametrize("text", NAMES + PLACES)
def test_full_names_and_places(text: str, method: str) -> None:
    assert compose(encode(text, method), method) == text


@pytest.mark.parametrize("method", ["telex", "vni"])
@pytest.mark.parametrize("text", NAMES)
def test_names_in_capitals(text: str, method: str) -> None:
    upper = text.upper()
    assert compose(encode(upper, method), method) == upper


TELEX = [
    # from the rules in DOMAIN.md
    ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"), ("uw", "ư"),
    ("w", "ư"), ("dd", "đ"), ("as", "á"), ("af", "à"), ("ar", "ả"), ("ax", "ã"),
    ("aj", "ạ"), ("asz", "a"), ("tieengs", "tiếng"), ("tieesng", "tiếng"),
    ("tiesng", "tiesng"), ("tiengse", "tiếng"), ("ass", "as"), ("aaa", "aa"),
    ("ww", "w"), ("ddd", "dd"), ("aww", "aw"), ("DDoongf", "Đồng"),
    ("NGUYEENX", "NGUYỄN"), ("nguowif", "người"), ("dduwowngf", "đường"),
    # tone key anywhere after the first vowel, vowel marks after the final consonant
    ("hoaf", "hòa"), ("hofa", "hòa"), ("hoanf", "hoàn"), ("hofan", "hoàn"),
    ("nguoiwf", "người"), ("ngwowif", "người"), ("truongwf", "trường"),
    ("tuaans", "tuấn"), ("tuasan", "tuấn"), ("tuans", "tuans"), ("tuansa", "tuấn"),
    ("duocwjd", "được"), ("did", "đi"),
    # qu, gi onsets
    ("quoocs", "quốc"), ("quys", "quý"), ("quaf", "quà"), ("quawng", "quăng"),
    ("quow", "quơ"), ("giawtj", "giặt"), ("gif", "gì"), ("gias", "giá"),
    ("giuwxa", "giữa"), ("giuwowngf", "giường"), ("ginf", "gìn"),
    # uo + w
    ("thuowr", "thuở"), ("huow", "huơ"), ("ruouwj", "rượu"), ("huouw", "hươu"),
    ("luongw", "lương"), ("uoww", "uow"), ("cuoons", "cuốn"), ("nguowio", "nguôi"),
    # ua, oa, ui, uu + w
    ("muwa", "mưa"), ("muaw", "mưa"), ("cuwar", "cửa"), ("hoawjc", "hoặc"),
    ("guiwr", "gửi"), ("huuw", "hưu"), ("cuwu", "cưu"),
    # traditional tone placement
    ("thuyr", "thủy"), ("khoer", "khỏe"), ("hoaf", "hòa"), ("huynhf", "huỳnh"),
    ("ngoaif", "ngoài"), ("khuyur", "khuỷu"), ("xoays", "xoáy"), ("tais", "tái"),
    ("muaf", "mùa"), ("kiaf", "kìa"),
    # capitals
    ("Nguyeenx", "Nguyễn"), ("NGUOWIF", "NGƯỜI"), ("Ww", "W"), ("W", "Ư"),
    ("Ddaawngj", "Đặng"), ("DDAWNGJ", "ĐẶNG"), ("UWOWNGS", "ƯỚNG"), ("aA", "â"),
    # no vowel: tone keys are letters
    ("s", "s"), ("tr", "tr"), ("x", "x"), ("nghs", "nghs"), ("z", "z"),
    # foreign words and codes pass through
    ("David", "David"), ("Google", "Google"), ("A4", "A4"), ("12345", "12345"),
    ("jazz", "jazz"), ("Wifi", "Wifi"), ("Wifi 6", "Wifi 6"), ("Email", "Email"),
    # several words, punctuation and digits pass through and split words
    ("Soos 12, ngox 34/5", "Số 12, ngõ 34/5"), ("xin chaof!", "xin chào!"),
    ("Hoaf-Binhf", "Hòa-Bình"), ("(tieengs)", "(tiếng)"), ("", ""),
    ("  hai  khoangr  ", "  hai  khoảng  "), ("tab\ttabs", "tab\ttabs"),
    ("xooong", "xoong"), ("ddawks lawks", "đắk lắk"),
    # issue 14: ư + o is ươ, w after gi, oao, oo, impossible rhymes kept as typed
    ("nguwoif", "người"), ("dduwocj", "được"), ("cwoif", "cười"), ("nguwowif", "người"),
    ("giwax", "giữa"), ("Giwax", "Giữa"), ("ngoaos", "ngoáo"), ("khoaof", "khoào"),
    ("thooongf", "thoòng"), ("mooocs", "moóc"), ("booongs", "boóng"), ("oooo", "oooo"),
    ("catr", "catr"), ("echf", "echf"), ("things", "things"), ("khuawngs", "khuawngs"),
    ("tuans", "tuans"), ("eechs", "ếch"), ("icsh", "ích"), ("dduwowcj", "được"),
]  # fmt: skip

VNI = [
    ("a6", "â"), ("a8", "ă"), ("e6", "ê"), ("o6", "ô"), ("o7", "ơ"), ("u7", "ư"),
    ("d9", "đ"), ("a1", "á"), ("a2", "à"), ("a3", "ả"), ("a4", "ã"), ("a5", "ạ"),
    ("a10", "a"), ("tie6ng1", "tiếng"), ("tieng61", "tiếng"), ("tie1ng6", "tiếng"),
    ("a11", "a1"), ("a66", "a6"), ("d99", "d9"), ("D9o6ng2", "Đồng"),
    ("NGUYE6N4", "NGUYỄN"), ("nguo7i2", "người"), ("d9u7o7ng2", "đường"),
    ("d9uo7ng2", "đường"), ("thuo73", "thuở"), ("ruou75", "rượu"), ("mua7", "mưa"),
    ("hoa8c5", "hoặc"), ("qua8ng", "quăng"), ("quo6c1", "quốc"), ("gia8t5", "giặt"),
    ("thuy3", "thủy"), ("hoa2", "hòa"), ("hoan2", "hoàn"), ("uo77", "uo7"),
    ("So61 12", "Số 12"), ("0912345678", "0912345678"), ("12a1", "12a1"),
    ("A1", "Á"), ("A11", "A1"), ("Tra62n D9u71c Luo7ng", "Trần Đức Lương"),
    ("Nguye64n Thi5 A1nh Tuye61t", "Nguyễn Thị Ánh Tuyết"),
    ("Phuo7ng2 Hoa2n Kie61m", "Phường Hoàn Kiếm"), ("Xa4 So1c So7n", "Xã Sóc Sơn"),
    ("khuya", "khuya"), ("d9uo7c5", "được"), ("tw", "tw"), ("aw", "aw"),
    # issue 14: ư + o is ươ in VNI too; impossible rhymes kept as typed
    ("ngu7oi2", "người"), ("d9u7oc5", "được"), ("giu7a4", "giữa"), ("ngoao1", "ngoáo"),
    ("ca3t", "ca3t"), ("khu7ang1", "khu7ang1"), ("thi1ng", "thi1ng"), ("ngu7o7i2", "người"),
]  # fmt: skip


@pytest.mark.parametrize(("keys", "expected"), TELEX)
def test_telex_table(keys: str, expected: str) -> None:
    assert compose(keys, "telex") == expected


@pytest.mark.parametrize(("keys", "expected"), VNI)
def test_vni_table(keys: str, expected: str) -> None:
    assert compose(keys, "vni") == expected


def test_the_done_when_name_is_identical_nfc() -> None:
    name = "Nguyễn Thị Ánh Tuyết"
    assert compose("Nguyeenx Thij Asnh Tuyeets", "telex") == name
    assert compose("Nguye64n Thi5 A1nh Tuye61t", "vni") == name
    assert unicodedata.is_normalized("NFC", name)


def test_new_style_sources_match_by_same_text() -> None:
    assert compose("hoaf", "telex") == "hòa"
    assert same_text(compose("hoaf", "telex"), "hoà")
    assert same_text(compose("Thuyr", "telex"), "Thuỷ")


def test_off_and_unknown_method() -> None:
    assert compose("tieengs", "off") == "tieengs"
    assert compose("tie\u0302\u0301ng", "off") == "tiếng"
    with pytest.raises(ValueError):
        compose("a", "qwerty")


def test_nfd_input_is_composed_like_nfc() -> None:
    assert compose(unicodedata.normalize("NFD", "tiếng Việt"), "telex") == "tiếng Việt"
    assert compose(unicodedata.normalize("NFD", "tiêng") + "s", "telex") == "tiếng"


def test_reexports_forms_text_helpers() -> None:
    assert fold("Đồng") == "dong"
    assert normalize(" a  b ") == "a b"
    assert METHODS == ("telex", "vni", "off")


# --- the incremental buffer ---------------------------------------------------------


def _apply(text: str, edit: Edit) -> str:
    assert 0 <= edit.delete_before <= len(text)
    return text[: len(text) - edit.delete_before] + edit.insert


def _type(buffer: ComposingBuffer, keys: str, text: str = "", *, commit: bool = True) -> str:
    for key in keys:
        text = _apply(text, buffer.press(key))
    return _apply(text, buffer.commit()) if commit else text


@pytest.mark.parametrize(("keys", "expected"), TELEX[:40])
def test_buffer_agrees_with_compose_telex(keys: str, expected: str) -> None:
    assert _type(ComposingBuffer("telex"), keys) == expected


@pytest.mark.parametrize(("keys", "expected"), VNI)
def test_buffer_agrees_with_compose_vni(keys: str, expected: str) -> None:
    assert _type(ComposingBuffer("vni"), keys) == expected


def test_buffer_edits_are_small() -> None:
    buffer = ComposingBuffer("telex")
    assert [buffer.press(k) for k in "tieeng"] == [
        Edit(0, "t"), Edit(0, "i"), Edit(0, "e"), Edit(1, "ê"), Edit(0, "n"), Edit(0, "g"),
    ]  # fmt: skip
    assert buffer.press("s") == Edit(3, "ếng")
    assert buffer.word == "tiếng"
    assert buffer.press(" ") == Edit(0, " ")
    assert buffer.word == ""


def test_buffer_backspace_and_reset() -> None:
    buffer = ComposingBuffer("telex")
    text = _type(buffer, "hoanf", commit=False)
    assert text == "hoàn"
    edit = buffer.backspace()
    text = text[: len(text) - edit.delete_before] + edit.insert
    assert text == "hòa"  # the tone moves back to where a two-vowel word keeps it
    text = _type(buffer, "s", text, commit=False)
    assert text == "hóa"
    empty = ComposingBuffer("telex")
    assert empty.backspace() == Edit(1, "")
    buffer.reset("Xin chao")
    assert buffer.word == "chao"
    assert _type(buffer, "f", "Xin chao", commit=False) == "Xin chào"
    buffer.reset("hoà")  # a new-style word pasted in stays untouched until a key acts
    assert buffer.press(" ") == Edit(0, " ")
    buffer.reset("Wif")
    assert buffer.press("i") == Edit(0, "i")  # untouched, so no keys to restore


def test_buffer_restores_foreign_words_at_the_separator() -> None:
    buffer = ComposingBuffer("telex")
    assert _type(buffer, "Wifi", commit=False) == "Ừii"
    assert buffer.press(" ") == Edit(3, "Wifi ")
    assert _type(buffer, "Google", commit=False) == "Gôgle"
    assert buffer.commit() == Edit(4, "oogle")


def test_buffer_method_switch_and_multi_char_keys() -> None:
    buffer = ComposingBuffer("telex")
    buffer.method = "vni"
    assert buffer.method == "vni"
    assert _type(buffer, "a1") == "á"
    buffer.method = "off"
    assert buffer.press("s") == Edit(0, "s")
    telex = ComposingBuffer("telex")
    assert telex.press("vieejt") == Edit(0, "việt")
    with pytest.raises(ValueError):
        telex.method = "unikey"


# --- picker helpers ---------------------------------------------------------------


def test_variants() -> None:
    assert variants("a")[:8] == ["a", "â", "ă", "á", "à", "ả", "ã", "ạ"]
    assert len(variants("a")) == 18
    assert variants("ấ") == variants("a")
    assert variants("O")[:3] == ["O", "Ô", "Ơ"]
    assert variants("u") == ["u", "ư", "ú", "ù", "ủ", "ũ", "ụ", "ứ", "ừ", "ử", "ữ", "ự"]
    assert variants("d") == ["d", "đ"]
    assert variants("b") == ["b"]
    assert variants("") == []
    assert all(unicodedata.is_normalized("NFC", v) for v in variants("e"))


def test_apply_tone() -> None:
    assert apply_tone("hoa", Tone.HUYEN) == "hòa"
    assert apply_tone("Nguyên", Tone.NGA) == "Nguyễn"
    assert apply_tone("tiếng", Tone.NONE) == "tiêng"
    assert apply_tone("Xin chào", Tone.SAC) == "Xin cháo"
    assert apply_tone("ng", Tone.SAC) == "ng"
    assert apply_tone("", Tone.SAC) == ""
    with pytest.raises(ValueError):
        apply_tone("a", 9)


# --- properties ---------------------------------------------------------------------

_keys = st.text(
    alphabet=st.sampled_from([*"aeiouydwszfrxjqgnhtcADWSZ0123456789 .,-\t'", "ư", "ế", "Đ"]),
    max_size=40,
)


@settings(max_examples=300)
@given(text=st.text(max_size=60), method=st.sampled_from(METHODS))
def test_never_raises_and_returns_nfc(text: str, method: str) -> None:
    result = compose(text, method)
    assert unicodedata.is_normalized("NFC", result)


@settings(max_examples=300)
@given(text=_keys, method=st.sampled_from(["telex", "vni"]))
def test_key_like_input_never_raises_and_buffer_agrees(text: str, method: str) -> None:
    result = compose(text, method)
    assert unicodedata.is_normalized("NFC", result)
    assert unicodedata.normalize("NFC", _type(ComposingBuffer(method), text)) == result


@given(text=st.text(max_size=60))
def test_off_is_identity_modulo_nfc(text: str) -> None:
    assert compose(text, "off") == unicodedata.normalize("NFC", text)


@given(word=st.sampled_from(WORDS + [w for n in NAMES for w in n.split()]))
def test_telex_and_vni_of_a_word_agree(word: str) -> None:
    assert compose(encode(word, "telex"), "telex") == compose(encode(word, "vni"), "vni")


@given(word=st.sampled_from(WORDS), data=st.data())
def test_tone_key_anywhere_after_the_first_vowel(word: str, data: st.DataObject) -> None:
    for method in ("telex", "vni"):
        plain = _encode_word(word, method)
        first_vowel = next((i for i, c in enumerate(plain) if c.lower() in "aeiouy"), None)
        if first_vowel is None:
            continue
        at = data.draw(st.integers(first_vowel + 1, len(plain)))
        assert compose(_encode_word(word, method, tone_at=at), method) == word


# --- every 2025 place name ------------------------------------------------------------


def _place_names() -> list[str]:
    from forms import list_communes, list_provinces

    provinces = list_provinces()
    return [p.name for p in provinces] + [c.name for p in provinces for c in list_communes(p.code)]


@pytest.mark.parametrize("method", ["telex", "vni"])
def test_every_hanoi_commune_name(method: str) -> None:
    from forms import list_communes

    names = [c.name for c in list_communes("01")]
    assert len(names) == 126
    assert [n for n in names if compose(encode(n, method), method) != n] == []


def test_nearly_every_commune_name_in_the_country() -> None:
    # What can't be typed are minority names whose spelling Telex/VNI can't express
    # plainly: "oo" ("Mường Toong"), a final r or w ("Ea Kar", "Đắk Wil"), "Êê".
    wrong = [
        (method, name)
        for name in _place_names()
        for method in ("telex", "vni")
        if not same_text(compose(encode(name, method), method), name)
    ]
    assert len(wrong) <= 40, wrong


@pytest.mark.parametrize(
    ("telex", "vni"),
    [("khuawngs", "khu7ang1"), ("nguwoif", "ngu7oi2"), ("catr", "cat3"), ("giwax", "giu7a4")],
)
def test_telex_and_vni_agree_on_the_same_letters(telex: str, vni: str) -> None:
    """Both methods give the same text, or both give back the keys of an impossible rhyme."""
    t, v = compose(telex, "telex"), compose(vni, "vni")
    assert (t == v) or (t == telex and v == vni)
