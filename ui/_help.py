"""The resident's help button: call staff (seen, heard and recorded) and read the screen aloud.

"Gọi cán bộ" on the top bar of every resident screen. A call:

- shows a staff alert strip on the kiosk (it stays, through wipes, until a staff member
  acknowledges it with their PIN, which is audited) and plays a chime staff hear at
  the counter;
- writes a ``help.requested`` audit event (no personal data: the screen name only),
  which the staff console lists;
- tells the resident, on screen and aloud, that staff are coming, then reads the
  screen's question, hint and error aloud (even when "Đọc to" is off: they asked).
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from ui._confirm import ConfirmOverlay, ask_before_wipe

_log = logging.getLogger(__name__)

HELP_ACTION = "help.requested"
"""The audit action of a help call (read back by the staff console)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def chime_wav(path: Path) -> Path:
    """Write a two-tone 0.6 s chime (16-bit mono WAV) to ``path``; return it."""
    rate = 22050
    frames = bytearray()
    for freq, seconds in ((880.0, 0.25), (660.0, 0.35)):
        count = int(rate * seconds)
        for i in range(count):
            fade = min(1.0, (count - i) / (rate * 0.05))  # no click at the end of a tone
            frames += struct.pack("<h", int(12000 * fade * math.sin(2 * math.pi * freq * i / rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class HelpDesk(QObject):
    """Answers the top bar's ``help_requested`` for a :class:`ui._window.KioskWindow`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._sound: Any = None
        self._spoken: dict[str, tuple[str, str, str]] = {}
        self.calls = 0
        self.confirm: ConfirmOverlay | None = None
        """The "Xong" question while it is open."""
        window.topbar.help_requested.connect(self.call)
        window.topbar.done_requested.connect(self.done)
        window.stack.currentChanged.connect(self._on_stack_current_changed)

    def done(self) -> None:
        """ "Xong / người tiếp theo": ask first when an application was started but not sent."""
        self.confirm = ask_before_wipe(self._window, self._window.finish_session)
        if self.confirm is not None:
            self.confirm.answered.connect(self._on_confirm_answered)

    def _on_confirm_answered(self, _wipe: bool) -> None:
        self.confirm = None

    def _on_stack_current_changed(self, _index: int) -> None:
        # "Gọi cán bộ" on every resident screen; the staff pages are staff's own.
        window = self._window
        window.topbar.help.setVisible(window.stack.currentWidget() in window.pages.values())
        window.topbar.relayout()

    def remember(self, screen: str, question: str, hint: str, error: str) -> None:
        """What a screen last said (read again on a help call)."""
        old = self._spoken.get(screen, ("", "", ""))
        self._spoken[screen] = (question or old[0], hint or old[1], error)

    def forget(self) -> None:
        """The session was wiped: nothing of it is kept, no "Xong" question stays open."""
        self._spoken.clear()
        if self.confirm is not None:
            self.confirm.dismiss()
            self.confirm = None

    def call(self) -> None:
        """Call staff and read the screen aloud."""
        window = self._window
        screen = window.current_screen()
        self.calls += 1
        at = window.tasks.clock.now_local().strftime("%H:%M")  # the kiosk's one clock
        window.show_staff_alert(
            tr("Người dân ở kiosk cần cán bộ hỗ trợ (gọi lúc %1).").replace("%1", at)
        )
        window.show_message(
            tr("Đã gọi cán bộ. Xin bạn chờ một chút, cán bộ sẽ đến giúp."), transient=True
        )
        window.tasks.run_db(
            lambda svc: svc.store.audit("kiosk", HELP_ACTION, None, {"screen": screen}),
            lambda _seq: None,
            lambda exc: _log.error("help call not recorded: %s", type(exc).__name__),
        )
        self._chime()
        voice = window.voice
        was_on = voice.enabled
        voice.enabled = True  # they asked for it, whatever the "Đọc to" setting
        try:
            voice.say(tr("Đã gọi cán bộ. Xin chờ một chút."), *self._spoken.get(screen, ()))
        finally:
            voice.enabled = was_on
        _log.info("help requested on screen %s", screen)

    def _chime(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no multimedia: the strip and the audit entry still go out
            return
        if self._sound is None:
            path = Path(tempfile.gettempdir()) / "kiosk-help-chime.wav"
            if not path.exists():
                chime_wav(path)
            self._sound = QSoundEffect(self)
            self._sound.setSource(QUrl.fromLocalFile(str(path)))
            self._sound.setVolume(1.0)
        self._sound.play()
