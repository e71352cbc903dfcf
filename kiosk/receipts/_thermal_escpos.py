"""A laid-out thermal slip as one ESC/POS byte stream, through python-escpos.

Vietnamese text arrives here as pictures (:mod:`kiosk.receipts._thermal`); this
module only turns the slip's parts into printer commands: ESC @, raster images
(GS v 0), the printer's own QR command (GS ( k) or a QR picture, and the cut.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from kiosk.receipts._thermal import QrPart, ThermalSlip

__all__ = ["escpos_job", "escpos_profile", "prepare_escpos"]

_PICKLE_DIR = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def prepare_escpos() -> None:
    """Call before importing python-escpos: where it may cache its printer table.

    Unless told, escpos makes a new temporary directory at every import and leaves
    a pickle of its printer table in it: one more directory in /tmp per kiosk start.
    It is pointed at a private per-user cache directory instead (only one owned by
    this user and writable by nobody else: escpos unpickles what it finds there).
    """
    if _PICKLE_DIR in os.environ:
        return
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("commune-kiosk")) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        status = folder.stat()
    except OSError:
        return  # escpos falls back to its own temporary directory
    getuid = getattr(os, "getuid", None)
    if (getuid is not None and status.st_uid != getuid()) or status.st_mode & 0o022:
        return
    os.environ[_PICKLE_DIR] = str(folder)


def escpos_profile(name: str, width_dots: int) -> Any:
    """A python-escpos profile (``name`` or the generic one) whose paper is ``width_dots`` wide.

    The generic profile does not know the paper width, and python-escpos then prints a
    warning on standard output for every picture; the width is also what it checks
    pictures against. A copy of the profile's data is changed, never the shared table.
    """
    prepare_escpos()
    from escpos.capabilities import get_profile

    profile = get_profile(name or None)
    data = copy.deepcopy(profile.profile_data)
    data.setdefault("media", {}).setdefault("width", {})["pixels"] = width_dots
    data["media"]["width"]["mm"] = round(width_dots / 8)  # 203 dpi: 8 dots per millimetre
    profile.profile_data = data  # an instance attribute shadows the class's table
    return profile


def escpos_job(
    slip: ThermalSlip,
    *,
    native_qr: bool = True,
    cut: bool = True,
    profile: str = "",
) -> bytes:
    """The slip as one ESC/POS byte stream: ESC @, the pictures (GS v 0), QR codes, the cut.

    Built on python-escpos's Dummy printer, so the stream is exactly what the library
    sends to a real one; :func:`kiosk.receipts.send_to_printer` then writes it.
    """
    prepare_escpos()
    from escpos.constants import QR_ECLEVEL_M
    from escpos.printer import Dummy

    printer: Any = Dummy()
    printer.profile = escpos_profile(profile, slip.width_dots)  # Dummy() takes names only
    printer.hw("INIT")  # ESC @: forget any mode a previous job left set
    for part in slip.parts:
        if isinstance(part, QrPart) and native_qr:
            printer.set(align="center")
            printer.qr(part.payload, ec=QR_ECLEVEL_M, size=part.module_dots, native=True)
            printer.set(align="left")
        else:
            image = slip._qr_strip(part) if isinstance(part, QrPart) else part
            printer.image(image, impl="bitImageRaster", fragment_height=256)
    if cut:
        printer.cut()
    else:
        printer.print_and_feed(6)
    return bytes(printer.output)
