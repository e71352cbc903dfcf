"""Voice guidance: reads the question, its hint and any error aloud in Vietnamese.

QtTextToSpeech is imported lazily, inside :meth:`Voice.start`: the module fails to
import on machines without libpulse, and the kiosk must work the same without a
voice (it then shows "Giọng đọc không khả dụng").
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot

# A speech engine whose daemon is stuck blocks QTextToSpeech's constructor forever
# (seen with speech-dispatcher running without an audio device). The engine is
# therefore first started in a child process with a time limit, off the GUI
# thread; only an engine that answered there is created in the kiosk itself.
PROBE_TIMEOUT_S = 10.0

_log = logging.getLogger(__name__)


class Voice(QObject):
    """Speaks plain text through QtTextToSpeech when an engine is available; else does nothing."""

    availability_changed = Signal(bool)
    spoken = Signal(str)
    """Emitted with each text handed to the engine (tests listen to it)."""
    probe_finished = Signal(bool)
    """The child-process check of a real engine ended (True: it answered in time)."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: Any = None
        self._available = False
        self.enabled = True
        self.language = "vi"
        self._probing = False
        self.probe_finished.connect(self._on_probe_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def available(self) -> bool:
        """An engine loaded and is not in its error state."""
        return self._available

    def start(self) -> bool:
        """Load the speech engine (once); return whether voice is available now.

        The ``mock`` engine (tests) loads at once. A real engine is checked in a
        child process first, in the background; voice becomes available when that
        check answers (``availability_changed``), and stays off if it hangs.
        """
        if self._tts is not None or self._probing:
            return self._available
        if self._engine_name == "mock":
            return self._create()
        self._probing = True
        threading.Thread(target=self._probe, name="voice-probe", daemon=True).start()
        return False

    def _probe(self) -> None:
        """Runs on a helper thread: start the engine in a child process with a time limit."""
        argv = [sys.executable, "-m", "ui.diagnostics", "speech"]
        if self._engine_name:
            argv.append(self._engine_name)
        ok = False
        try:
            proc = subprocess.run(  # noqa: S603 - our own interpreter and module
                argv, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, check=False
            )
            report = json.loads(proc.stdout or "{}") if proc.returncode == 0 else {}
            ok = bool(report.get("ready"))
        except subprocess.TimeoutExpired:
            _log.warning("speech engine did not start within %.0f s; voice off", PROBE_TIMEOUT_S)
        except (OSError, ValueError) as exc:
            _log.info("speech probe failed: %s", type(exc).__name__)
        self.probe_finished.emit(ok)

    @Slot(bool)
    def _on_probe_finished(self, ok: bool) -> None:
        self._probing = False
        if ok:
            self._create()
        else:
            self._set_available(False)

    def _create(self) -> bool:
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
