"""The display settings of a session; the session itself is :class:`kiosk.journey.Session`."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.journey import Session

__all__ = ["FONT_SCALES", "DisplaySettings", "Session"]

FONT_SCALES = (100, 125, 150, 175, 200)


@dataclass
class DisplaySettings:
    """What the resident chose for their own session (reset to the config's defaults on wipe)."""

    font_scale: int = 100
    high_contrast: bool = False
    voice_on: bool = True
    language: str = "vi"

    def bigger(self) -> bool:
        """Step the font scale up; False when already at the largest."""
        larger = [s for s in FONT_SCALES if s > self.font_scale]
        if not larger:
            return False
        self.font_scale = larger[0]
        return True

    def smaller(self) -> bool:
        """Step the font scale down; False when already at the smallest."""
        smaller = [s for s in FONT_SCALES if s < self.font_scale]
        if not smaller:
            return False
        self.font_scale = smaller[-1]
        return True
