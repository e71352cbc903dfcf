"""``kiosk doctor``'s hardware checks: printers, camera, speech, scanner and free disk.

The kiosk runs without a printer (the receipt PDF is shown on screen), a camera
(ID cards are read with the wedge scanner) or a voice (text only), so a missing
one is a ``warn`` line, which fails doctor only with ``--strict``. The 80 mm
thermal printer named by ``[printer] thermal`` is checked without printing;
``kiosk doctor --print-test`` prints a test slip on it.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.cli._doctor_base import Check, Options, ProbeResult, ProbeRunner
from kiosk.services import KioskContext

THERMAL_PROBE_TIMEOUT_S = 2.0
"""A network printer on the service point's LAN answers a connect in milliseconds."""

USB_DEVICES = Path("/sys/bus/usb/devices")
# USB interface classes a scanner shows up as: HID (keyboard wedge) and CDC (USB-COM).
_SCANNER_CLASSES = {"03": "keyboard/HID", "02": "serial/CDC", "0a": "serial/CDC"}


def _not_answered(name: str, result: ProbeResult, timeout_s: float, hint: str) -> Check | None:
    """The warn line for a probe that hung or crashed; ``None`` when it answered."""
    if result.timed_out:
        return Check(name, "warn", f"no answer within {timeout_s:g} s ({hint})")
    if result.error is not None or result.data is None:
        return Check(name, "warn", f"could not check: {result.error} ({hint})")
    return None


def printer_check(result: ProbeResult, timeout_s: float) -> Check:
    """Judge the ``printers`` probe: receipts go to the default printer."""
    fallback = "receipts are shown on screen as PDF"
    failed = _not_answered("printer", result, timeout_s, f"CUPS not answering? {fallback}")
    if failed is not None:
        return failed
    data = result.data or {}
    names = [str(n) for n in data.get("printers") or []]
    default = data.get("default")
    if not names:
        return Check(
            "printer",
            "warn",
            f"no printer installed: {fallback}; add the receipt printer in CUPS "
            "(lpadmin, see install.md) and make it the default (lpoptions -d NAME)",
        )
    if not default:
        return Check(
            "printer",
            "warn",
            f"{len(names)} printer(s) ({', '.join(names)}) but none is the default; "
            f"receipts print on the default printer: lpoptions -d {names[0]}",
        )
    return Check("printer", "ok", f"default printer '{default}' ({len(names)} installed)")


def camera_check(result: ProbeResult, timeout_s: float) -> Check:
    """Judge the ``camera`` probe: the camera reads ID-card QR codes when there is no scanner."""
    fallback = "ID cards are read with the wedge scanner only"
    if result.error is not None and ("libpulse" in result.error or "ImportError" in result.error):
        return Check(
            "camera",
            "warn",
            f"QtMultimedia cannot load ({result.error}); install libpulse0: {fallback}",
        )
    failed = _not_answered("camera", result, timeout_s, fallback)
    if failed is not None:
        return failed
    data = result.data or {}
    cameras = [str(c) for c in data.get("cameras") or []]
    if not cameras:
        return Check(
            "camera",
            "warn",
            f"no camera found: {fallback}; plug in a USB (UVC) camera, "
            "and the kiosk user must be in group video",
        )
    default = data.get("default") or cameras[0]
    return Check("camera", "ok", f"{len(cameras)} camera(s), default '{default}'")


def speech_check(result: ProbeResult, timeout_s: float) -> Check:
    """Judge the ``speech`` probe: the default engine, and a Vietnamese voice for it."""
    fallback = "the kiosk shows text only"
    failed = _not_answered(
        "speech",
        result,
        timeout_s,
        f"speech-dispatcher stuck or no sound device? `spd-say xin chào` must speak at once; "
        f"{fallback}",
    )
    if failed is not None:
        return failed
    data = result.data or {}
    engine = data.get("engine")
    if not engine:
        return Check(
            "speech",
            "warn",
            f"no speech engine: {fallback}; install speech-dispatcher and espeak-ng",
        )
    if not data.get("ready"):
        reason = data.get("error") or "error state"
        return Check("speech", "warn", f"engine '{engine}' does not work ({reason}): {fallback}")
    voices = [str(v) for v in data.get("vietnamese_voices") or []]
    if not data.get("vietnamese_locale"):
        return Check(
            "speech",
            "warn",
            f"engine '{engine}' has no Vietnamese voice: residents would hear Vietnamese read "
            "with a foreign voice; install espeak-ng (it has 'vi') and restart speech-dispatcher",
        )
    named = f": {', '.join(voices[:3])}" if voices else ""
    return Check("speech", "ok", f"engine '{engine}' speaks Vietnamese{named}")


def check_scanner(context: KioskContext) -> Check:
    """Informational: a wedge scanner types like a keyboard and cannot be told apart."""
    how = "cannot be detected (it types like a keyboard): test it with `kiosk doctor --scan`"
    devices = usb_input_devices()
    if devices is None:
        return Check("scanner", "info", f"{how}; USB devices are not readable here")
    if not devices:
        return Check("scanner", "info", f"{how}; no USB keyboard or serial device is plugged in")
    listed = "; ".join(devices[:6])
    return Check("scanner", "info", f"{how}; USB input devices: {listed}")


def usb_input_devices(root: Path = USB_DEVICES) -> list[str] | None:
    """USB devices with a HID or serial interface, as "product (vendor:product, kind)".

    ``None`` when ``root`` cannot be read (a container, another OS).
    """
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return None
    found = []
    for device in entries:
        vendor = _read(device / "idVendor")
        if vendor is None or ":" in device.name:  # interfaces are listed beside devices
            continue
        kinds = set()
        for interface in device.glob(f"{device.name}:*"):
            kind = _SCANNER_CLASSES.get((_read(interface / "bInterfaceClass") or "").lower())
            if kind:
                kinds.add(kind)
        if kinds:
            product = _read(device / "product") or _read(device / "manufacturer") or "USB device"
            ids = f"{vendor}:{_read(device / 'idProduct') or '?'}"
            found.append(f"{product} ({ids}, {', '.join(sorted(kinds))})")
    return found


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def check_disk(context: KioskContext, options: Options) -> Check:
    """Free space where the data dir lives: applications, attachments and logs need room."""
    path = context.data_dir
    while not path.exists() and path != path.parent:
        path = path.parent
    stats = os.statvfs(path)
    free_mb = int(stats.f_bavail * stats.f_frsize // (1024 * 1024))
    if free_mb < options.min_free_mb:
        return Check(
            "disk",
            "FAIL",
            f"only {free_mb} MB free for {context.data_dir} (at least {options.min_free_mb} MB "
            "needed): new applications may fail to save; remove old log exports, outbox "
            "exports and other files from that disk",
        )
    return Check(
        "disk", "ok", f"{free_mb} MB free for the data dir (at least {options.min_free_mb} MB)"
    )


def check_thermal_printer(context: KioskContext, options: Options) -> Check:
    """The configured thermal printer is reachable: USB device present, TCP port open, file."""
    from kiosk.receipts import parse_printer_spec, probe_printer

    settings = context.config.printer
    if not settings.thermal_enabled:
        return Check(
            "thermal printer",
            "info",
            'none configured ([printer] thermal = "none"): receipts print A4 on the default '
            "printer or show on screen; set it for an 80 mm receipt printer (install.md)",
        )
    target = parse_printer_spec(settings.thermal)
    ok, detail = probe_printer(target, min(THERMAL_PROBE_TIMEOUT_S, options.probe_timeout_s))
    if ok:
        return Check(
            "thermal printer",
            "ok",
            f"{target.describe()}: {detail}; `kiosk doctor --print-test` prints a test slip",
        )
    return Check(
        "thermal printer",
        "warn",
        f"{target.describe()}: {detail}; receipts are shown on screen until it is fixed",
    )


def print_test_slip(context: KioskContext) -> int:
    """``kiosk doctor --print-test``: print the test slip on the thermal printer; exit status."""
    from kiosk.receipts import PrinterError, parse_printer_spec, print_slip, thermal_test_slip

    settings = context.config.printer
    if not settings.thermal_enabled:
        print(
            "FAIL  thermal printer: none configured; set [printer] thermal in kiosk.toml, "
            'e.g. thermal = "usb:0x04b8:0x0e15" or "tcp:192.168.1.50:9100" (install.md)'
        )
        return 1
    target = parse_printer_spec(settings.thermal)
    store = context.open_store()
    try:
        kiosk_id = store.get_device("kiosk_id") or "(chưa cấp: kiosk chưa chạy lần nào)"
    finally:
        store.close()
    slip = thermal_test_slip(
        context.config.kiosk.name,
        kiosk_id,
        context.clock.now_local(),
        target.describe(),
        settings.width_dots,
    )
    try:
        sent = print_slip(slip, settings)
    except PrinterError as exc:
        print(f"FAIL  thermal printer: {exc}")
        return 1
    print(
        f"ok    thermal printer: test slip sent to {target.describe()} ({sent} bytes). "
        "Check on paper: every tone mark is right, the frame shows all four sides, "
        "and a phone reads the QR code."
    )
    return 0


def hardware_checks(context: KioskContext, options: Options, probes: ProbeRunner) -> list[Check]:
    """Collect the printer, camera and speech probes started earlier, plus the scanner note."""
    timeout = probes.timeout_s
    a4 = printer_check(probes.result("printers"), timeout)
    if a4.status == "warn" and context.config.printer.thermal_enabled:
        # Receipts go to the thermal printer: an A4 printer is only for staff's copies.
        a4 = Check("printer", "info", f"{a4.detail} (A4 for staff only: receipts print 80 mm)")
    checks = [
        a4,
        check_thermal_printer(context, options),
        camera_check(probes.result("camera"), timeout),
    ]
    if context.config.ui.voice:
        checks.append(speech_check(probes.result("speech"), timeout))
    else:
        checks.append(Check("speech", "ok", "voice is turned off in the config (ui.voice)"))
    checks.append(check_scanner(context))
    return checks
