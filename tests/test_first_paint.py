"""The first frame's settings (kiosk.first_paint) agree with the validated config (issue 17)."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import KioskConfig, load_config
from kiosk.first_paint import HomeLook, home_look


def _as_look(config: KioskConfig) -> HomeLook:
    return HomeLook(
        name=config.kiosk.name,
        language=config.kiosk.language,
        font_scale=config.ui.font_scale,
        high_contrast=config.ui.high_contrast,
        voice=config.ui.voice,
        kiosk_mode=config.ui.kiosk_mode,
        window_size=config.ui.window_size,
    )


def test_defaults_are_the_configs(tmp_path: Path) -> None:
    assert HomeLook() == _as_look(KioskConfig())
    assert home_look(tmp_path) == HomeLook()  # no kiosk.toml


def test_a_valid_file_gives_what_the_full_load_gives(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text(
        '[kiosk]\nname = "UBND xã Uy Nỗ"\nlanguage = "en"\n'
        "[ui]\nfont_scale = 150\nhigh_contrast = true\nvoice = false\n"
        'kiosk_mode = true\nwindow_size = "1280x800"\n'
        "[session]\nidle_timeout_s = 90\n",
        encoding="utf-8",
    )
    assert home_look(tmp_path) == _as_look(load_config(tmp_path))
    assert home_look(str(tmp_path)).font_scale == 150


def test_bad_values_fall_back_to_the_defaults(tmp_path: Path) -> None:
    # The full load refuses this file (the start-up error says why); the frame painted
    # before it must not fail on it.
    (tmp_path / "kiosk.toml").write_text(
        '[kiosk]\nname = 5\nlanguage = "fr"\n'
        '[ui]\nfont_scale = 900\nhigh_contrast = "yes"\nvoice = 1\nwindow_size = "big"\n',
        encoding="utf-8",
    )
    assert home_look(tmp_path) == HomeLook()
    (tmp_path / "kiosk.toml").write_text("[ui\nfont_scale = ", encoding="utf-8")
    assert home_look(tmp_path) == HomeLook()
    (tmp_path / "kiosk.toml").write_text('ui = "flat"\n[kiosk]\nname = "Xã A"\n', encoding="utf-8")
    assert home_look(tmp_path) == HomeLook(name="Xã A")
