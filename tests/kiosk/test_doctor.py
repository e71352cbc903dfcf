"""``kiosk doctor``'s hardware and disk checks, ``--strict``, and the real Qt probes.

Most tests swap the ``ui.diagnostics`` child for a small script that answers what a
machine with (or without) a printer, camera or voice would: the doctor still runs
it as a child process, waits for it, and kills it when it hangs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import _doctor_base, main
from app.cli._doctor_base import ProbeResult
from app.cli._doctor_hw import (
    camera_check,
    printer_check,
    speech_check,
    usb_input_devices,
)

FAKE = """
import json, os, sys, threading
kind = sys.argv[1]
answer = os.environ["FAKE_DIAG_" + kind.upper()]
if answer == "hang":
    threading.Event().wait()
if answer.startswith("error:"):
    print("Traceback (most recent call last):", file=sys.stderr)
    print(answer[6:], file=sys.stderr)
    sys.exit(1)
print(answer)
"""

PRESENT = {
    "printers": {"printers": ["Xprinter-XP-80", "Office"], "default": "Xprinter-XP-80"},
    "camera": {"cameras": ["HD USB Camera"], "default": "HD USB Camera"},
    "speech": {
        "engines": ["speechd", "mock"],
        "engine": "speechd",
        "ready": True,
        "error": None,
        "locales": 40,
        "vietnamese_locale": True,
        "vietnamese_voices": ["vietnam"],
    },
}
ABSENT = {
    "printers": {"printers": [], "default": None},
    "camera": {"cameras": [], "default": None},
    "speech": {"engines": ["mock"], "engine": None, "ready": False},
}


@pytest.fixture
def fake_probes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    script = tmp_path / "fake_diagnostics.py"
    script.write_text(FAKE, encoding="utf-8")
    monkeypatch.setattr(_doctor_base, "DIAGNOSTICS_COMMAND", [sys.executable, str(script)])
    return monkeypatch


def _answer(monkeypatch: pytest.MonkeyPatch, **answers: object) -> None:
    for kind, answer in answers.items():
        text = answer if isinstance(answer, str) else json.dumps(answer)
        monkeypatch.setenv(f"FAKE_DIAG_{kind.upper()}", text)


def _doctor(tmp_path: Path, *extra: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "doctor", "--probe-timeout", "5", *extra])


def _status(out: str, name: str) -> str:
    match = re.search(rf"^(ok|warn|info|FAIL)\s+{name}: (.*)$", out, re.M)
    assert match, out
    return match.group(1)


def test_kiosk_with_all_hardware_passes_strict(
    tmp_path: Path, fake_probes: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _answer(fake_probes, **PRESENT)
    assert _doctor(tmp_path, "--strict") == 0
    out = capsys.readouterr().out
    assert _status(out, "printer") == "ok" and "default printer 'Xprinter-XP-80'" in out
    assert _status(out, "camera") == "ok" and "HD USB Camera" in out
    assert _status(out, "speech") == "ok" and "speaks Vietnamese: vietnam" in out
    assert _status(out, "scanner") == "info" and "kiosk doctor --scan" in out
    assert out.rstrip().endswith("all checks passed")


def test_missing_hardware_warns_and_fails_only_with_strict(
    tmp_path: Path, fake_probes: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _answer(fake_probes, **ABSENT)
    assert _doctor(tmp_path) == 0
    out = capsys.readouterr().out
    assert _status(out, "printer") == "warn" and "shown on screen as PDF" in out
    assert _status(out, "camera") == "warn" and "wedge scanner" in out
    assert _status(out, "speech") == "warn" and "text only" in out
    assert "3 warning(s)" in out and "--strict" in out

    assert _doctor(tmp_path, "--strict") == 1
    out = capsys.readouterr().out
    for name in ("printer", "camera", "speech"):
        assert _status(out, name) == "FAIL"
    assert _status(out, "scanner") == "info"  # informational: never fails
    assert "3 check(s) failed" in out


def test_hung_or_crashing_probes_are_warnings_not_crashes(
    tmp_path: Path, fake_probes: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _answer(
        fake_probes,
        printers=PRESENT["printers"],
        camera="error:ImportError: libpulse.so.0: cannot open shared object file",
        speech="hang",
    )
    assert main(["--data-dir", str(tmp_path / "d"), "doctor", "--probe-timeout", "2"]) == 0
    out = capsys.readouterr().out
    assert _status(out, "camera") == "warn" and "install libpulse0" in out
    assert _status(out, "speech") == "warn" and "no answer within 2 s" in out
    assert "spd-say" in out


def test_voice_turned_off_needs_no_speech_engine(
    tmp_path: Path, fake_probes: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _answer(fake_probes, printers=PRESENT["printers"], camera=PRESENT["camera"], speech="hang")
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.toml").write_text("[ui]\nvoice = false\n", encoding="utf-8")
    assert _doctor(tmp_path, "--strict") == 0
    out = capsys.readouterr().out
    assert _status(out, "speech") == "ok" and "turned off" in out


def test_judging_probe_answers() -> None:
    only_other = printer_check(ProbeResult({"printers": ["A", "B"], "default": None}), 5)
    assert only_other.status == "warn" and "lpoptions -d A" in only_other.detail
    english_only = speech_check(
        ProbeResult({"engine": "speechd", "ready": True, "vietnamese_locale": False}), 5
    )
    assert english_only.status == "warn" and "espeak-ng" in english_only.detail
    broken = speech_check(ProbeResult({"engine": "speechd", "ready": False, "error": "x"}), 5)
    assert broken.status == "warn" and "does not work (x)" in broken.detail
    garbled = camera_check(ProbeResult(error="unreadable answer"), 5)
    assert garbled.status == "warn" and "could not check" in garbled.detail


def test_low_disk_space_fails(
    tmp_path: Path, fake_probes: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _answer(fake_probes, **PRESENT)
    assert _doctor(tmp_path, "--min-free-mb", str(10**12)) == 1
    out = capsys.readouterr().out
    assert _status(out, "disk") == "FAIL"
    assert re.search(r"only \d+ MB free .*at least 1000000000000 MB needed", out), out
    assert _doctor(tmp_path, "--min-free-mb", "1") == 0
    assert _status(capsys.readouterr().out, "disk") == "ok"


def test_usb_input_devices_from_sysfs(tmp_path: Path) -> None:
    root = tmp_path / "devices"
    scanner, hub = root / "1-1", root / "1-2"
    for device, product, klass in ((scanner, "Barcode Scanner", "03"), (hub, "Hub", "09")):
        (device / f"{device.name}:1.0").mkdir(parents=True)
        (device / "idVendor").write_text("0c2e\n")
        (device / "idProduct").write_text("0b61\n")
        (device / "product").write_text(product + "\n")
        (device / f"{device.name}:1.0" / "bInterfaceClass").write_text(klass + "\n")
    (root / "1-1:1.0").mkdir()  # interfaces are also listed at the top level
    assert usb_input_devices(root) == ["Barcode Scanner (0c2e:0b61, keyboard/HID)"]
    assert usb_input_devices(tmp_path / "missing") is None


def test_real_qt_probes_answer_json() -> None:
    """The real ``ui.diagnostics`` children (offscreen): their answers are what doctor reads."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def probe(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ui.diagnostics", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )

    printers = probe("printers")
    assert printers.returncode == 0, printers.stderr
    data = json.loads(printers.stdout.splitlines()[-1])
    assert isinstance(data["printers"], list) and "default" in data
    assert printer_check(ProbeResult(data), 5).status in ("ok", "warn")

    camera = probe("camera")
    if camera.returncode == 0:
        assert isinstance(json.loads(camera.stdout.splitlines()[-1])["cameras"], list)
    else:  # QtMultimedia cannot load without libpulse0: a warning, never a crash
        assert "Error" in camera.stderr

    # The mock engine ships with Qt, answers at once, and has no Vietnamese.
    speech = probe("speech", "mock")
    assert speech.returncode == 0, speech.stderr
    data = json.loads(speech.stdout.splitlines()[-1])
    assert data["engine"] == "mock" and data["ready"] is True
    assert "mock" in data["engines"] and data["vietnamese_locale"] is False
    assert speech_check(ProbeResult(data), 5).status == "warn"

    assert probe("nonsense").returncode == 2
