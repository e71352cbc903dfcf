"""Where the thermal receipt printer is ("usb:…", "tcp:…", "file:…") and how to reach it.

The printer setting is one string, so a technician writes one line in kiosk.toml.
A print job is built completely first (:func:`kiosk.receipts.escpos_job`), then the
device is opened, the bytes written in one go, and the device closed: a rendering
error never leaves half a receipt in the printer, and the USB device or socket is
never held between receipts (a second program, or ``kiosk doctor``, can reach it).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from kiosk.receipts._thermal import ThermalSlip
from kiosk.receipts._thermal_escpos import escpos_job, prepare_escpos

__all__ = [
    "PrinterError",
    "ThermalTarget",
    "check_profile",
    "paper_state",
    "parse_printer_spec",
    "print_slip",
    "probe_printer",
    "send_to_printer",
]

Kind = Literal["none", "usb", "tcp", "file"]

_SPEC_HELP = (
    'phải là "usb:VID:PID", "tcp:HOST:PORT", "file:/đường/dẫn" hoặc "none" '
    '(must be "usb:0x04b8:0x0e15", "tcp:192.168.1.50:9100", "file:/dev/usb/lp0" or "none")'
)


class PrinterError(Exception):
    """The thermal printer could not be reached or refused the job; the message says why."""


@dataclass(frozen=True)
class ThermalTarget:
    """A parsed printer setting. USB endpoints are None when the device's own are to be used."""

    kind: Kind
    vendor_id: int = 0
    product_id: int = 0
    in_ep: int | None = None
    out_ep: int | None = None
    host: str = ""
    port: int = 9100
    path: str = ""

    def describe(self) -> str:
        """The setting as a technician wrote it (for doctor lines and logs)."""
        if self.kind == "usb":
            return f"usb:{self.vendor_id:#06x}:{self.product_id:#06x}"
        if self.kind == "tcp":
            return f"tcp:{self.host}:{self.port}"
        if self.kind == "file":
            return f"file:{self.path}"
        return "none"


def _number(text: str) -> int:
    """A USB id or endpoint written in hex ("0x04b8", "04b8") or decimal with a 0d prefix."""
    value = text.strip().lower()
    return int(value, 16) if not value.startswith("0d") else int(value[2:])


def parse_printer_spec(spec: str) -> ThermalTarget:
    """Parse the ``[printer] thermal`` setting.

    "usb:VID:PID" (ids in hex, "0x" optional), optionally ":IN_EP:OUT_EP" for a printer
    whose endpoints cannot be read; "tcp:HOST:PORT" (port 9100 when left out);
    "file:/path" (a device node such as /dev/usb/lp0, or a plain file); "none".

    Raises:
        ValueError: anything else, with a plain message naming the accepted forms.
    """
    text = spec.strip()
    kind, _, rest = text.partition(":")
    kind = kind.lower()
    if kind == "none" and not rest:
        return ThermalTarget("none")
    if kind == "usb":
        parts = rest.split(":")
        if len(parts) not in (2, 4):
            raise ValueError(_SPEC_HELP)
        try:
            numbers = [_number(p) for p in parts]
        except ValueError:
            raise ValueError(_SPEC_HELP) from None
        if not all(0 <= n <= 0xFFFF for n in numbers[:2]) or not all(
            0 <= n <= 0xFF for n in numbers[2:]
        ):
            raise ValueError(_SPEC_HELP)
        if len(numbers) == 4:
            return ThermalTarget("usb", numbers[0], numbers[1], numbers[2], numbers[3])
        return ThermalTarget("usb", numbers[0], numbers[1])
    if kind == "tcp":
        host, colon, port_text = rest.rpartition(":")
        if not colon:
            host, port_text = rest, "9100"
        host = host.strip("[]")  # an IPv6 literal in brackets
        if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(_SPEC_HELP)
        return ThermalTarget("tcp", host=host, port=int(port_text))
    if kind == "file" and rest.strip():
        return ThermalTarget("file", path=rest.strip())
    raise ValueError(_SPEC_HELP)


def check_profile(name: str) -> None:
    """Raise ValueError unless ``name`` is empty or a python-escpos profile name."""
    if not name:
        return
    prepare_escpos()
    from escpos.capabilities import CAPABILITIES

    if name not in CAPABILITIES["profiles"]:
        raise ValueError(
            f"không có hồ sơ máy in {name!r} trong python-escpos (unknown printer profile; "
            "e.g. TM-T88V, TM-T20II, default)"
        )


class PrinterSettings(Protocol):
    """The ``[printer]`` config section, as far as printing needs it."""

    thermal: str
    native_qr: bool
    profile: str
    timeout_s: float


def print_slip(slip: ThermalSlip, settings: PrinterSettings) -> int:
    """Print ``slip`` on the configured thermal printer; return the bytes sent. Blocks.

    Raises:
        PrinterError: see :func:`send_to_printer`.
    """
    target = parse_printer_spec(settings.thermal)
    job = escpos_job(slip, native_qr=settings.native_qr, profile=settings.profile)
    send_to_printer(target, job, settings.timeout_s)
    return len(job)


def send_to_printer(target: ThermalTarget, job: bytes, timeout_s: float = 5.0) -> None:
    """Open the printer, write the whole job, close it. Blocks (call off the GUI thread).

    Raises:
        PrinterError: no printer configured, not found, not allowed, or the write failed.
    """
    if target.kind == "none":
        raise PrinterError('no thermal printer is configured ([printer] thermal = "none")')
    if target.kind == "file":
        _write_file(Path(target.path), job)
        return
    printer = _open(target, timeout_s)
    try:
        if _paper(printer, target) == "out":
            # Sent anyway, the job would wait in the printer while the resident walks
            # away believing it printed; refusing shows the receipt on screen instead.
            raise PrinterError(f"{target.describe()}: the printer is out of paper")
        printer._raw(job)
    except PrinterError:
        raise
    except Exception as exc:  # pyusb's USBError, socket errors: one plain error for callers
        raise PrinterError(f"{target.describe()}: writing failed: {exc}") from exc
    finally:
        printer.close()


PAPER_STATUS_QUERY = b"\x10\x04\x04"
"""DLE EOT 4: the roll paper sensor's status, answered at once (a real-time command)."""
STATUS_TIMEOUT_S = 0.5
"""A printer that answers status queries does so within milliseconds; many never do."""
Paper = Literal["ok", "low", "out"]


def paper_state(answer: bytes) -> Paper | None:
    """Read a DLE EOT 4 answer: "ok", "low" (near-end sensor), "out"; None if not a status.

    The status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else (no
    answer, a printer that echoes, another protocol) means "unknown", never "out".
    """
    if len(answer) < 1 or answer[0] & 0x93 != 0x12:
        return None
    if answer[0] & 0x60:
        return "out"
    if answer[0] & 0x0C:
        return "low"
    return "ok"


def _paper(printer: Any, target: ThermalTarget) -> Paper | None:
    """Ask an open printer for its paper state; None when it does not say."""
    try:
        printer._raw(PAPER_STATUS_QUERY)
        if target.kind == "tcp":
            printer.device.settimeout(STATUS_TIMEOUT_S)
            try:
                answer = printer.device.recv(16)
            finally:
                printer.device.settimeout(printer.timeout)
        else:
            answer = bytes(printer.device.read(printer.in_ep, 16, int(STATUS_TIMEOUT_S * 1000)))
    except Exception:  # no IN endpoint, a timeout, a printer that ignores the query
        return None
    return paper_state(answer)


def _write_file(path: Path, job: bytes) -> None:
    # A device node (/dev/usb/lp0) must not be created when the printer is unplugged,
    # and a plain file is replaced whole, so a reader never sees half a job.
    try:
        if path.exists() and not path.is_file():
            with open(path, "wb", buffering=0) as device:
                device.write(job)
            return
        if str(path).startswith("/dev/"):
            raise PrinterError(f"file:{path}: the printer is not plugged in (no such device)")
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(job)
        os.replace(tmp, path)
    except OSError as exc:
        raise PrinterError(f"file:{path}: {exc.strerror or exc}") from exc


def _open(target: ThermalTarget, timeout_s: float) -> Any:
    prepare_escpos()
    from escpos.exceptions import DeviceNotFoundError

    try:
        if target.kind == "tcp":
            from escpos.printer import Network

            printer = Network(target.host, target.port, timeout=timeout_s)
        else:
            from escpos.printer import Usb

            in_ep, out_ep = _usb_endpoints(target)
            printer = Usb(
                target.vendor_id,
                target.product_id,
                timeout=int(timeout_s * 1000),  # pyusb counts milliseconds
                in_ep=in_ep,
                out_ep=out_ep,
            )
        printer.open()
    except DeviceNotFoundError as exc:
        raise PrinterError(f"{target.describe()}: {str(exc).strip()}") from exc
    except (OSError, RuntimeError) as exc:  # no libusb, socket refused
        raise PrinterError(f"{target.describe()}: {exc}") from exc
    return printer


def _usb_endpoints(target: ThermalTarget) -> tuple[int, int]:
    """The configured endpoints, else the device's first bulk IN/OUT pair, else Epson's."""
    if target.in_ep is not None and target.out_ep is not None:
        return target.in_ep, target.out_ep
    found = usb_bulk_endpoints(target.vendor_id, target.product_id)
    if found is not None and found[1] is not None:
        return found[0] if found[0] is not None else 0x82, found[1]
    return 0x82, 0x01


def usb_bulk_endpoints(vendor_id: int, product_id: int) -> tuple[int | None, int | None] | None:
    """(IN, OUT) bulk endpoint addresses of the device's first interface; None if not found.

    Printers differ (Epson 0x82/0x01, many others 0x81/0x03 or 0x81/0x02), so they are
    read from the device rather than guessed.
    """
    try:
        import usb.core
        import usb.util
    except ImportError:
        return None
    try:
        device = usb.core.find(idVendor=vendor_id, idProduct=product_id)
    except (usb.core.NoBackendError, usb.core.USBError, ValueError):
        return None
    if device is None:
        return None
    in_ep = out_ep = None
    try:
        interface = device.get_active_configuration()[(0, 0)]
    except (usb.core.USBError, NotImplementedError, KeyError):
        try:
            interface = next(iter(device))[(0, 0)]
        except (usb.core.USBError, StopIteration, KeyError):
            return None
    for endpoint in interface:
        if usb.util.endpoint_type(endpoint.bmAttributes) != usb.util.ENDPOINT_TYPE_BULK:
            continue
        if usb.util.endpoint_direction(endpoint.bEndpointAddress) == usb.util.ENDPOINT_IN:
            in_ep = in_ep if in_ep is not None else endpoint.bEndpointAddress
        else:
            out_ep = out_ep if out_ep is not None else endpoint.bEndpointAddress
    return in_ep, out_ep


def probe_printer(target: ThermalTarget, timeout_s: float = 2.0) -> tuple[bool, str]:
    """Whether the printer can be reached now, without printing anything: (ok, detail)."""
    if target.kind == "none":
        return False, "no thermal printer configured"
    if target.kind == "tcp":
        try:
            with socket.create_connection((target.host, target.port), timeout=timeout_s) as conn:
                paper = _socket_paper(conn)
        except OSError as exc:
            return False, f"no answer on {target.host}:{target.port} ({exc.strerror or exc})"
        return _with_paper(True, f"{target.host}:{target.port} accepts connections", paper)
    if target.kind == "file":
        path = Path(target.path)
        if path.exists():
            if os.access(path, os.W_OK):
                kind = "device" if not path.is_file() else "file"
                return True, f"{kind} {path} is writable"
            return False, f"{path} is not writable by this user (group lp? see install.md)"
        if str(path).startswith("/dev/"):
            return False, f"{path} does not exist (printer unplugged or usblp not loaded)"
        parent = path.parent
        if parent.is_dir() and os.access(parent, os.W_OK):
            return True, f"{path} will be created (a file, not a printer)"
        return False, f"{parent} does not exist or is not writable"
    return _probe_usb(target)


def _socket_paper(conn: socket.socket) -> Paper | None:
    try:
        conn.sendall(PAPER_STATUS_QUERY)
        conn.settimeout(STATUS_TIMEOUT_S)
        return paper_state(conn.recv(16))
    except OSError:
        return None


def _with_paper(ok: bool, detail: str, paper: Paper | None) -> tuple[bool, str]:
    if paper == "out":
        return False, f"{detail}, but it is OUT OF PAPER: load a new roll"
    if paper == "low":
        return ok, f"{detail}; paper is running low (near-end sensor): have a roll ready"
    if paper == "ok":
        return ok, f"{detail}; paper loaded"
    return ok, detail


def _probe_usb(target: ThermalTarget) -> tuple[bool, str]:
    ids = f"{target.vendor_id:04x}:{target.product_id:04x}"
    try:
        import usb.core
    except ImportError:
        return False, "pyusb is not installed: USB printers cannot be used"
    try:
        device = usb.core.find(idVendor=target.vendor_id, idProduct=target.product_id)
    except usb.core.NoBackendError:
        return False, "libusb is missing (apt-get install libusb-1.0-0)"
    except (usb.core.USBError, ValueError) as exc:
        return False, f"cannot list USB devices: {exc}"
    if device is None:
        return False, f"no USB device {ids} is plugged in"
    endpoints = usb_bulk_endpoints(target.vendor_id, target.product_id)
    name = _usb_name(device)
    if endpoints is None or endpoints[1] is None:
        return False, f"{name} ({ids}) is present but not readable (udev rule? see install.md)"
    detail = f"{name} ({ids}) is present, bulk OUT endpoint {endpoints[1]:#04x}"
    try:
        printer = _open(target, STATUS_TIMEOUT_S)
    except PrinterError as exc:
        return False, f"{detail}, but it cannot be opened: {exc}"
    try:
        paper = _paper(printer, target)
    finally:
        printer.close()
    return _with_paper(True, detail, paper)


def _usb_name(device: Any) -> str:
    try:
        return str(device.product or device.manufacturer or "USB printer")
    except (ValueError, NotImplementedError, OSError):  # strings need access to the device
        return "USB printer"
