# ruff: noqa: F811
"""Signed updates install only between residents: never while a session is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app._updates import EXIT_RESTART, UpdateGate, start_updates
from tests.ui._kiosk import kiosk_env, start_birth_registration, window  # noqa: F401 (fixtures)
from tests.update._repo import Served, kiosk_at, make_build, served  # noqa: F401 (fixture)
from update import UpdateService


def test_a_staged_update_waits_for_the_resident_to_finish(
    qtbot: Any, window: Any, tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    assert kiosk.check_and_download() == "1.0.1"
    restarts: list[int] = []
    gate = UpdateGate(UpdateService(kiosk, 3600), window, restarts.append)

    start_birth_registration(qtbot, window)  # a resident's session is open
    assert not gate.idle()
    gate.staged.emit("1.0.1")  # the download finished mid-session
    assert gate.try_install() is None
    assert kiosk.layout.current() == "1.0.0" and restarts == []
    assert kiosk.state().staged == "1.0.1"

    with qtbot.waitSignal(gate.restarting, timeout=10_000):
        window.finish_session()  # "Xong": home again, nobody in a session
    assert kiosk.layout.current() == "1.0.1"
    assert kiosk.state().previous == "1.0.0"
    assert restarts == [EXIT_RESTART]


def test_an_update_staged_while_the_kiosk_is_idle_installs_at_once(
    qtbot: Any, window: Any, tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    assert kiosk.check_and_download() == "1.0.1"
    restarts: list[int] = []
    gate = UpdateGate(UpdateService(kiosk, 3600), window, restarts.append)
    assert window.current_screen() == "home" and gate.idle()
    with qtbot.waitSignal(gate.restarting, timeout=10_000):
        gate.staged.emit("1.0.1")
    assert kiosk.layout.current() == "1.0.1" and restarts == [EXIT_RESTART]


def test_a_rollback_restart_waits_for_the_session_too(
    qtbot: Any, window: Any, tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    restarts: list[int] = []
    gate = UpdateGate(UpdateService(kiosk, 3600), window, restarts.append)
    start_birth_registration(qtbot, window)
    gate.restart_needed.emit("rolled back to 1.0.0")
    assert restarts == []
    with qtbot.waitSignal(gate.restarting, timeout=10_000):
        window.finish_session()
    assert restarts == [EXIT_RESTART]


def test_updates_are_off_unless_enabled(window: Any, kiosk_env: Any) -> None:
    context, _catalog, _executor = kiosk_env
    assert context.config.update.enabled is False
    assert start_updates(context, window, lambda _code: None) is None


def test_the_running_kiosk_checks_downloads_and_installs_when_idle(
    qtbot: Any, window: Any, kiosk_env: Any, tmp_path: Path, served: Served
) -> None:
    from kiosk.config import UpdateSection

    context, _catalog, _executor = kiosk_env
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    context.config.update = UpdateSection(
        enabled=True,
        repository_url=served.url,
        install_dir=str(kiosk.layout.root),
        root_file=str(served.repo.metadata_dir / "1.root.json"),
        timeout_s=10,
    )
    restarts: list[int] = []
    gate = start_updates(context, window, restarts.append)
    try:
        # The service's thread checks at start, downloads and stages; the gate (GUI
        # thread, home screen showing) installs and asks for the restart.
        with qtbot.waitSignal(gate.restarting, timeout=60_000):
            pass
    finally:
        gate.service.stop()
    assert kiosk.layout.current() == "1.0.1"
    assert restarts == [EXIT_RESTART]
