"""The on-screen keyboard's own labels follow the resident's text size and fit their keys.

"Chọn dấu", "dấu cách" and the tone names used to stay small at 200 % (fonts fitted to a
nominal key width, captions capped at 40 % of a squeezed key): tests/ui/_layout.py now
flags key text under 40 % of the text size, and these cases pin the two situations.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from ui.input import OnScreenKeyboard


def _key_fonts(kb: OnScreenKeyboard) -> dict[str, tuple[int, int]]:
    """Pixel sizes (label, caption) of every key on the letters page."""
    return {
        key.accessibleName(): (key._label_font.pixelSize(), key._caption_font.pixelSize())
        for key in kb.all_keys()
        if key.isVisibleTo(kb)
    }


def _pixel_font(kb: OnScreenKeyboard, px: int) -> QFont:
    font = QFont(kb.font())
    font.setPixelSize(px)
    return font


def test_every_key_label_follows_the_text_size(qtbot) -> None:
    """Secondary labels ("Chọn dấu", "dấu cách", the tone names) double with the text
    size too, where the keys have room (a landscape screen, no height limit)."""
    from tests.ui._layout import _key_problem

    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.resize(1920, 600)
    kb.show()
    qtbot.waitExposed(kb)
    kb.setFont(_pixel_font(kb, 22))  # 100 %
    kb.resize(1920, kb.sizeHint().height())
    qtbot.waitUntil(lambda: kb.key("Dấu cách").width() > 200)
    normal = _key_fonts(kb)
    kb.setFont(_pixel_font(kb, 44))  # 200 %
    kb.resize(1920, kb.sizeHint().height())
    qtbot.waitUntil(lambda: _key_fonts(kb) != normal)
    large = _key_fonts(kb)
    for name in ("Chọn dấu", "Dấu cách", "Dấu sắc", "Dấu huyền", "Xoá dấu", "Ẩn bàn phím"):
        (label, caption), (label2, caption2) = normal[name], large[name]
        assert label2 >= 1.8 * label, f"{name}: label {label} -> {label2} px"
        assert caption2 >= 1.8 * caption, f"{name}: caption {caption} -> {caption2} px"
    problems = [(k.accessibleName(), _key_problem(k)) for k in kb.all_keys() if k.isVisibleTo(kb)]
    assert not [p for p in problems if p[1]], problems


def test_squeezed_keys_keep_their_labels_readable_at_large_text(qtbot) -> None:
    """A 1366 px wide keyboard limited to five 48 px rows at 200 % text: captions go beside
    their label rather than shrinking to a third of the text size; nothing is cut."""
    from tests.ui._layout import MIN_KEY_TEXT_SHARE, _key_problem

    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.setFont(_pixel_font(kb, 44))
    kb.set_width_limit(1366)
    kb.set_height_limit(300)
    kb.resize(1366, 300)
    kb.show()
    qtbot.waitExposed(kb)
    qtbot.waitUntil(lambda: kb.key("Dấu cách").width() > 200)
    for key in kb.all_keys():
        if key.isVisibleTo(kb):
            assert _key_problem(key) is None, (key.accessibleName(), _key_problem(key))
    least = MIN_KEY_TEXT_SHARE * 44
    for name in ("Dấu sắc", "Dấu huyền", "Dấu hỏi", "Dấu ngã", "Dấu nặng", "Xoá dấu"):
        assert kb.key(name)._caption_font.pixelSize() >= least, name
    assert kb.key("Chọn dấu")._label_font.pixelSize() >= least
    assert kb.key("Dấu cách")._caption_font.pixelSize() >= least
