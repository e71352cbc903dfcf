"""Voice guidance: reads the question, its hint and any error aloud in Vietnamese.

QtTextToSpeech is imported lazily, inside :meth:`Voice.start`: the module fails to
import on machines without libpulse, and the kiosk must work the same without a
voice (it then shows "Giọng đọc không khả dụng").
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

_log = logging.getLogger(__name__)


class Voice(QObject):
    """Speaks plain text through QtTextToSpeech when an engine is available; else does nothing."""

    availability_changed = Signal(bool)
    spoken = Signal(str)
    """Emitted with each text handed to the engine (tests listen to it)."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: Any = None
        self._available = False
        self.enabled = True
        self.language = "vi"

    @property
    def available(self) -> bool:
        """An engine loaded and is not in its error state."""
        return self._available

    def start(self) -> bool:
        """Load the speech engine (once); return whether voice is available."""
        if self._tts is not None:
            return self._available
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # libpulse0 or the Qt module missing
            _log.info("voice unavailable: %s", exc)
            return self._set_available(False)
        try:
            engines = QTextToSpeech.availableEngines()
            name = self._engine_name
            if name is not None and name not in engines:
                return self._set_available(False)
            tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
        except Exception as exc:  # an engine plugin that crashes on load
            _log.info("voice unavailable: %s", type(exc).__name__)
            return self._set_available(False)
        self._tts = tts
        tts.stateChanged.connect(self._on_tts_state_changed)
        self._apply_locale()
        return self._set_available(tts.state() != QTextToSpeech.State.Error)

    def set_language(self, language: str) -> None:
        """Speak Vietnamese ("vi") or English ("en")."""
        self.language = language
        self._apply_locale()

    def say(self, *parts: str | None) -> None:
        """Read the non-empty parts aloud, one after the other, interrupting what was being read."""
        text = ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip())
        if not text or not self.enabled or not self._available or self._tts is None:
            return
        self._tts.stop()
        self._tts.say(text)
        self.spoken.emit(text)

    def stop(self) -> None:
        """Stop speaking now (on wipe: a stranger must not hear the previous resident's answers)."""
        if self._tts is not None:
            self._tts.stop()

    def _apply_locale(self) -> None:
        if self._tts is None:
            return
        wanted = QLocale(
            QLocale.Language.Vietnamese if self.language == "vi" else QLocale.Language.English
        )
        try:
            if any(loc.language() == wanted.language() for loc in self._tts.availableLocales()):
                self._tts.setLocale(wanted)
        except Exception:  # some engines can't list locales while starting
            _log.debug("could not set the voice locale")

    def _on_tts_state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error:
            self._set_available(False)

    def _set_available(self, available: bool) -> bool:
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)
        return available
