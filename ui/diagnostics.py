"""Qt self-checks run in a child process by ``kiosk doctor`` (Qt aborts when a platform plugin is missing)."""

from __future__ import annotations

import sys


def platform_report() -> str:
    """Start a QGuiApplication and describe the platform and screen it got."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    size = screen.size() if screen is not None else None
    geometry = f"{size.width()}x{size.height()}" if size is not None else "no screen"
    return f"platform '{QGuiApplication.platformName()}', screen {geometry}"


if __name__ == "__main__":
    if sys.argv[1:] == ["platform"]:
        print(platform_report())
        sys.exit(0)
    print("usage: python -m ui.diagnostics platform", file=sys.stderr)
    sys.exit(2)
