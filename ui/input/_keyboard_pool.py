"""On-screen keyboards kept across wipes instead of rebuilt for every resident (issue 17).

Every wipe rebuilds the screens, and the wizard's keyboard host used to build a
keyboard of its own: about 80 keys, each with its fonts and style-sheet rules,
built and freed again for every resident. That churn fragmented the C heap (the
kiosk's resident memory grew by some 17 MB over 500 sessions while its live
objects stayed flat). A keyboard holds no resident data (the words being composed
live in each field's composer), so a host borrows one here and gives it back, reset,
when its page is thrown away; the next page gets the same keyboard.

One spare is kept per language, as its key names and captions are in the language
it was built in; the spares go when the window closes (``drop_spare_keyboards``).
"""

from __future__ import annotations

import warnings

import shiboken6
from PySide6.QtCore import QCoreApplication

from ui.input._keyboard import OnScreenKeyboard

__all__ = [
    "borrow_keyboard",
    "drop_spare_keyboards",
    "give_back_keyboard",
    "refit_keyboard",
    "spare_keyboards",
]

_spares: dict[str, OnScreenKeyboard] = {}
"""The spare keyboards, by the name each has in its own language ("Bàn phím ảo")."""


def _language() -> str:
    # The keyboard's own accessible name, translated when it is built: it tells which
    # language a keyboard's labels are in.
    return QCoreApplication.translate("Keyboard", "Bàn phím ảo")


def borrow_keyboard() -> OnScreenKeyboard:
    """A keyboard in the current language: the spare one if there is one, else a new one."""
    keyboard = _spares.pop(_language(), None)
    if keyboard is not None and shiboken6.isValid(keyboard):
        return keyboard
    return OnScreenKeyboard()


def give_back_keyboard(keyboard: OnScreenKeyboard) -> None:
    """Take ``keyboard`` back from the page it served: it is reset to how a new one starts
    (no field, no shift, letters page, picker closed), hidden, detached
    from the page (which may be deleted now) and kept for the next page."""
    if not shiboken6.isValid(keyboard):
        return
    keyboard.hide()  # stops following focus (the keyboard's FocusLink)
    with warnings.catch_warnings():  # PySide warns (not raises) when nothing is connected
        warnings.simplefilter("ignore", RuntimeWarning)
        for signal in (keyboard.hide_requested, keyboard.enter_pressed):
            try:
                signal.disconnect()  # the old page's handlers: they must never be reached
            except (RuntimeError, TypeError):
                pass
    # The reset below reaches into the keyboard: it is this package's own class.
    keyboard._focus.disconnect()
    keyboard._target = None  # no commit: the field is being thrown away
    keyboard._long_press.stop()
    keyboard._held_letter = None
    keyboard._long_pressed = False
    if keyboard.shift_state() != "off":
        keyboard._set_shift("off")
    keyboard._close_picker()  # also unchecks "Chọn dấu"
    keyboard.show_page("letters")
    keyboard.setParent(None)
    # Sized and laid out again on its next page, as a new keyboard is once polished there:
    # with no limits now, the next page's limits always differ, and nothing counts as
    # applied (the keys, their label fonts and the pages' layouts follow that window).
    keyboard._height_limit = keyboard._width_limit = None
    keyboard._metrics_applied = None
    language = keyboard.accessibleName()
    previous = _spares.get(language)
    if previous is not None and previous is not keyboard and shiboken6.isValid(previous):
        previous.deleteLater()
    _spares[language] = keyboard


def refit_keyboard(keyboard: OnScreenKeyboard) -> None:
    """Size a kept keyboard's keys again from scratch, as a new keyboard is sized when it is
    first polished (its limits are set again by its host right after)."""
    keyboard._height_limit = keyboard._width_limit = None
    keyboard._metrics_applied = None
    keyboard._apply_metrics()


def drop_spare_keyboards() -> None:
    """Delete the spare keyboards (the window they served is closing). A keyboard is kept
    for the next page of the same window only: sized and styled for that window, it is
    not carried into another one."""
    for keyboard in _spares.values():
        if shiboken6.isValid(keyboard):
            keyboard.deleteLater()
    _spares.clear()


def spare_keyboards() -> list[OnScreenKeyboard]:
    """The keyboards waiting for a page (for tests and memory checks)."""
    return [k for k in _spares.values() if shiboken6.isValid(k)]
