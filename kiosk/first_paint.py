"""What the home screen is painted from before anything else is loaded (issue 17).

``kiosk run`` paints the home screen first, then validates the config, opens the
data key and the store. That first frame needs only a few settings of
``kiosk.toml`` (the kiosk's name, language and display), read here with
``tomllib`` alone: no pydantic, no cryptography. A value that is missing or not
of the right type falls back to the default; the full validation
(:func:`kiosk.config.load_config`) comes right after and refuses a bad file.
The defaults are :class:`kiosk.config.KioskConfig`'s (a test keeps them equal).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["HomeLook", "home_look"]

CONFIG_FILENAME = "kiosk.toml"  # kiosk.config.CONFIG_FILENAME
_WINDOW_SIZE = re.compile(r"^(\d{3,5}x\d{3,5})?$")


@dataclass(frozen=True)
class HomeLook:
    """The settings the first frame is painted with."""

    name: str = "Điểm phục vụ hành chính công"
    language: str = "vi"
    font_scale: int = 100
    high_contrast: bool = False
    voice: bool = True
    kiosk_mode: bool = False
    window_size: str = ""


def home_look(data_dir: str | os.PathLike[str] | None = None) -> HomeLook:
    """The first frame's settings from ``<data dir>/kiosk.toml`` (defaults when absent or bad).

    ``data_dir`` as given to ``kiosk --data-dir`` (None: ``KIOSK_DATA_DIR``, else the
    platform's user data dir). Never raises for a bad file: the full load does.
    """
    from kiosk.paths import resolve_data_dir

    default = HomeLook()
    try:
        raw = tomllib.loads((resolve_data_dir(data_dir) / CONFIG_FILENAME).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return default
    kiosk = raw.get("kiosk") if isinstance(raw.get("kiosk"), dict) else {}
    ui = raw.get("ui") if isinstance(raw.get("ui"), dict) else {}
    assert isinstance(kiosk, dict) and isinstance(ui, dict)

    def pick(section: dict[str, Any], key: str, ok: Callable[[Any], bool] = lambda v: True) -> Any:
        """``section[key]`` when it has the default's type and passes ``ok``, else the default."""
        fallback = getattr(default, key)
        value = section.get(key, fallback)
        if type(value) is not type(fallback) or not ok(value):
            return fallback
        return value

    return HomeLook(
        name=pick(kiosk, "name"),
        language=pick(kiosk, "language", lambda v: v in ("vi", "en")),
        font_scale=pick(ui, "font_scale", lambda v: 100 <= v <= 200),
        high_contrast=pick(ui, "high_contrast"),
        voice=pick(ui, "voice"),
        kiosk_mode=pick(ui, "kiosk_mode"),
        window_size=pick(ui, "window_size", lambda v: bool(_WINDOW_SIZE.match(v))),
    )
