"""Qt self-checks run in a child process by ``kiosk doctor`` (Qt aborts when a plugin is missing).

Each sub-command prints one result on standard output and exits 0; a probe that
cannot run exits non-zero with the reason on standard error. ``platform`` prints
a sentence; ``printers``, ``camera`` and ``speech`` print one JSON object, so
the doctor can word the verdict itself. Usage::

    python -m ui.diagnostics platform|printers|camera|speech [ENGINE]

(in a frozen build: ``kiosk -m ui.diagnostics ...``, see ``deploy/kiosk_entry.py``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

COMMANDS = ("platform", "printers", "camera", "speech")


def platform_report() -> str:
    """Start a QGuiApplication and describe the platform and screen it got."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    size = screen.size() if screen is not None else None
    geometry = f"{size.width()}x{size.height()}" if size is not None else "no screen"
    return f"platform '{QGuiApplication.platformName()}', screen {geometry}"


def printers_report() -> dict[str, Any]:
    """The printers Qt sees (through CUPS on Linux) and the default one, which receipts use."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from PySide6.QtPrintSupport import QPrinterInfo

    printers = QPrinterInfo.availablePrinters()
    return {
        "printers": [p.printerName() for p in printers],
        "default": QPrinterInfo.defaultPrinterName() or None,
    }


def camera_report() -> dict[str, Any]:
    """The cameras QtMultimedia sees (imported here only: it needs libpulse0 to load)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    from PySide6.QtMultimedia import QMediaDevices

    default = QMediaDevices.defaultVideoInput()
    return {
        "cameras": [c.description() for c in QMediaDevices.videoInputs()],
        "default": default.description() if not default.isNull() else None,
    }


def speech_report(engine: str | None = None) -> dict[str, Any]:
    """The speech engines, the one the kiosk gets by default, and whether it speaks Vietnamese.

    The ``mock`` engine ships with Qt for tests and speaks nothing, so it is listed
    but never chosen unless ``engine`` names it.
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    from PySide6.QtTextToSpeech import QTextToSpeech

    engines = list(QTextToSpeech.availableEngines())
    real = [e for e in engines if e != "mock"]
    report: dict[str, Any] = {"engines": engines, "engine": None, "ready": False}
    if (engine is not None and engine not in engines) or (engine is None and not real):
        return report
    # What ui.Voice gets by default: QTextToSpeech() picks the platform's default engine.
    tts = QTextToSpeech(engine) if engine else QTextToSpeech()
    report["engine"] = tts.engine()
    report["ready"] = tts.state() != QTextToSpeech.State.Error
    report["error"] = tts.errorString() or None
    locales = list(tts.availableLocales())
    vietnamese = QLocale.Language.Vietnamese
    report["locales"] = len(locales)
    report["vietnamese_locale"] = any(loc.language() == vietnamese for loc in locales)
    report["vietnamese_voices"] = sorted(
        {v.name() for v in tts.availableVoices() if v.locale().language() == vietnamese}
    )
    if not report["vietnamese_voices"] and report["vietnamese_locale"]:
        tts.setLocale(QLocale(vietnamese))
        report["vietnamese_voices"] = sorted(v.name() for v in tts.availableVoices())
    return report


def main(argv: list[str]) -> int:
    """Run one probe; 0 with the result on stdout, 2 on a usage error."""
    command = argv[0] if argv else ""
    if command not in COMMANDS or len(argv) > (2 if command == "speech" else 1):
        print(
            f"usage: python -m ui.diagnostics {'|'.join(COMMANDS)} (speech takes an engine name)",
            file=sys.stderr,
        )
        return 2
    if command == "platform":
        print(platform_report())
        return 0
    if command == "speech":
        result = speech_report(argv[1] if len(argv) > 1 else None)
    else:
        result = printers_report() if command == "printers" else camera_report()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
