"""``kiosk doctor`` and the thermal receipt printer: the reachability line, ``--print-test``."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.cli._doctor_base import Options
from app.cli._doctor_hw import check_thermal_printer, print_test_slip
from kiosk.clock import FixedClock
from kiosk.receipts import escpos_job, thermal_test_slip
from kiosk.services import open_context
from tests.kiosk.escpos_stream import parse


def _configure(data_dir: Path, thermal: str, *extra: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    lines = ["[printer]", f'thermal = "{thermal}"', *extra]
    (data_dir / "kiosk.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_print_test_on_a_file_printer_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slip = tmp_path / "printer.bin"
    _configure(tmp_path / "data", f"file:{slip}")
    assert main(["--data-dir", str(tmp_path / "data"), "doctor", "--print-test"]) == 0
    out = capsys.readouterr().out
    assert re.match(r"ok\s+thermal printer: test slip sent to file:", out)
    stream = parse(slip.read_bytes())
    assert stream.commands[0].name == "init" and stream.commands[-1].name == "cut"
    (payload,) = stream.qr_payloads()
    assert payload.startswith(b"KIOSK-TEST ")


def test_print_test_shows_the_kiosk_id_and_the_clock_time(tmp_path: Path) -> None:
    slip = tmp_path / "printer.bin"
    _configure(tmp_path / "data", f"file:{slip}", "width_dots = 512", 'profile = "TM-T88V"')
    clock = FixedClock(datetime(2026, 10, 1, 2, 30, tzinfo=UTC))
    context = open_context(tmp_path / "data", clock=clock)
    store = context.open_store()
    try:
        store.set_device("kiosk_id", "0b7e-kiosk-test-id")
    finally:
        store.close()
    assert print_test_slip(context) == 0
    expected = thermal_test_slip(
        context.config.kiosk.name,
        "0b7e-kiosk-test-id",
        clock.now_local(),  # 09:30 in Hà Nội
        f"file:{slip}",
        512,
    )
    # Byte for byte the slip made from this kiosk's id and its clock's time, 512 dots wide.
    assert slip.read_bytes() == escpos_job(expected, profile="TM-T88V")
    assert {r.width_bytes for r in parse(slip.read_bytes()).named("raster")} == {64}


def test_print_test_without_a_thermal_printer_fails_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "doctor", "--print-test"]) == 1
    assert "FAIL  thermal printer: none configured" in capsys.readouterr().out


def test_print_test_to_an_unplugged_printer_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _configure(tmp_path / "data", "file:/dev/usb/no-such-lp7")
    assert main(["--data-dir", str(tmp_path / "data"), "doctor", "--print-test"]) == 1
    assert "not plugged in" in capsys.readouterr().out


def _check(tmp_path: Path, thermal: str) -> tuple[str, str]:
    _configure(tmp_path / "data", thermal)
    check = check_thermal_printer(open_context(tmp_path / "data"), Options(probe_timeout_s=5))
    return check.status, check.detail


def test_doctor_line_for_each_kind_of_printer(tmp_path: Path) -> None:
    status, detail = _check(tmp_path, f"file:{tmp_path / 'slip.bin'}")
    assert status == "ok" and "--print-test" in detail
    status, detail = _check(tmp_path, "file:/dev/usb/no-such-lp7")
    assert status == "warn" and "does not exist" in detail
    status, detail = _check(tmp_path, "usb:0x04b8:0x0e15")  # nothing plugged in here
    assert status == "warn" and detail.startswith("usb:0x04b8:0x0e15:")
    assert "plugged in" in detail or "libusb" in detail or "pyusb" in detail
    status, detail = _check(tmp_path, "none")
    assert status == "info" and "none configured" in detail


def test_doctor_line_for_a_network_printer(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        status, detail = _check(tmp_path, f"tcp:127.0.0.1:{port}")
        assert status == "ok" and "accepts connections" in detail
    # The same port, closed now: refused at once (no waiting for the timeout).
    status, detail = _check(tmp_path, f"tcp:127.0.0.1:{port}")
    assert status == "warn" and "no answer" in detail


def test_bad_printer_setting_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _configure(tmp_path / "data", "lpt1")
    assert main(["--data-dir", str(tmp_path / "data"), "doctor", "--print-test"]) != 0
    captured = capsys.readouterr()
    assert "printer.thermal" in captured.out + captured.err


def test_doctor_says_when_the_printer_is_out_of_paper(tmp_path: Path) -> None:
    from tests.kiosk.test_receipt_thermal import FakeNetworkPrinter

    for answer, status, words in [
        (b"\x7e", "warn", "OUT OF PAPER"),
        (b"\x1e", "ok", "running low"),
        (b"\x12", "ok", "paper loaded"),
    ]:
        printer = FakeNetworkPrinter(answer)
        try:
            got, detail = _check(tmp_path, f"tcp:127.0.0.1:{printer.port}")
        finally:
            printer.close()
        assert got == status and words in detail
        assert printer.received == b""  # doctor prints nothing
