"""The process-wide input method (Telex, VNI or off) that every field and keyboard follow.

A kiosk has one person at the screen at a time, so one setting for the whole
process is what they expect: switching to VNI on the top bar switches every
field. Widgets read :func:`default_input_method` when a key arrives and may
listen to :attr:`InputMethodSettings.changed` to refresh what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

__all__ = [
    "INPUT_METHODS",
    "InputMethodSettings",
    "default_input_method",
    "input_method_settings",
    "set_default_input_method",
]

INPUT_METHODS: tuple[str, ...] = ("telex", "vni", "off")
"""The accepted method names, in the order the switch shows them."""


class InputMethodSettings(QObject):
    """Holder of the current method; emits ``changed(method)`` when it changes."""

    changed = Signal(str)

    def __init__(self, method: str = "telex") -> None:
        super().__init__()
        self._method = _checked(method)

    @property
    def method(self) -> str:
        """The current method: ``"telex"``, ``"vni"`` or ``"off"``."""
        return self._method

    def set_method(self, method: str) -> None:
        """Switch every field to ``method``; emits ``changed`` only on a real change.

        Raises:
            ValueError: ``method`` is not one of :data:`INPUT_METHODS`.
        """
        method = _checked(method)
        if method != self._method:
            self._method = method
            self.changed.emit(method)


def _checked(method: str) -> str:
    key = method.strip().lower()
    if key not in INPUT_METHODS:
        raise ValueError(f"unknown input method {method!r}; use one of {INPUT_METHODS}")
    return key


_settings: InputMethodSettings | None = None


def input_method_settings() -> InputMethodSettings:
    """Return the process-wide settings object (created on first use)."""
    global _settings  # one setting per process is the point
    if _settings is None:
        _settings = InputMethodSettings()
    return _settings


def default_input_method() -> str:
    """Return the current process-wide method."""
    return input_method_settings().method


def set_default_input_method(method: str) -> None:
    """Set the process-wide method (``"telex"``, ``"vni"`` or ``"off"``) for every field."""
    input_method_settings().set_method(method)
