"""Vietnamese text entry without an OS input method: Telex/VNI composition and helpers.

Re-exports the ``forms`` text keys (``normalize``, ``fold``, ``same_text``) so the
GUI needs only this package for text handling.
"""

from forms import fold, normalize, same_text
from kiosk.text._compose import METHODS, ComposingBuffer, Edit, compose
from kiosk.text._picker import Tone, apply_tone, variants

__all__ = [
    "METHODS",
    "ComposingBuffer",
    "Edit",
    "Tone",
    "apply_tone",
    "compose",
    "fold",
    "normalize",
    "same_text",
    "variants",
]
