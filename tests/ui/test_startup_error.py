"""An invalid configuration keeps the kiosk from starting and says why on screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from ui.startup_error import EXIT_CODE, StartupErrorScreen


def test_startup_error_shows_message_and_every_problem(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = StartupErrorScreen(
        "Cấu hình của kiosk không hợp lệ.", ["/x/kiosk.toml:", "session.colour: khoá không hợp lệ"]
    )
    qtbot.addWidget(screen)
    screen.show()
    assert "session.colour" in screen.details.toPlainText()
    assert [lbl.text() for lbl in screen.findChildren(QLabel)] == ["Cấu hình của kiosk không hợp lệ."]


def test_kiosk_run_refuses_an_invalid_config(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "kiosk.toml").write_text("[session]\nidle_timeout_s = 'soon'\n")
    # The error screen waits to be closed: the child closes it as soon as it is shown (the
    # home screen is painted first, from the file's display settings, then replaced by it).
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.startup_error import StartupErrorScreen\n"
        "app = QApplication(sys.argv[:1])\n"
        "def close_error():\n"
        "    shown = [w for w in app.topLevelWidgets()\n"
        "             if isinstance(w, StartupErrorScreen) and w.isVisible()]\n"
        "    for w in shown:\n"
        "        w.close()\n"
        "    if not shown:\n"
        "        QTimer.singleShot(20, close_error)\n"
        "QTimer.singleShot(0, close_error)\n"
        "from app.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, 'run']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == EXIT_CODE, proc.stderr
    assert "session.idle_timeout_s" in proc.stderr
    assert not (data / "kiosk.db").exists(), "nothing is opened with an invalid config"
