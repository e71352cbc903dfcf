"""Check that a build bundles every dependency the kiosk loads lazily: ``kiosk _bundle-check``.

``kiosk doctor`` checks the machine; this checks the build itself (a missing
Qt plugin, data file or dynamically imported module only shows up when the
feature is first used, often in front of a resident). It runs the same way
from a checkout (``python deploy/bundle_check.py``), so the test suite checks
the checks. One ``ok``/``FAIL`` line per item; exit status 1 when any fails.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

# Qt plugins the kiosk needs, relative to Qt's plugin dir: (file, why).
REQUIRED_QT_PLUGINS = [
    ("platforms/libqxcb.so", "X11/XWayland display"),
    ("platforms/libqwayland.so", "Wayland display (cage)"),
    ("platforms/libqoffscreen.so", "headless checks"),
    ("wayland-shell-integration/libxdg-shell.so", "windows under a Wayland compositor"),
    ("xcbglintegrations/libqxcb-egl-integration.so", "OpenGL on X11"),
    ("imageformats/libqjpeg.so", "camera frames and photos"),
    ("imageformats/libqsvg.so", "icons"),
    ("iconengines/libqsvgicon.so", "SVG icons"),
    ("platforminputcontexts/libibusplatforminputcontextplugin.so", "Vietnamese IME (IBus)"),
    ("platforminputcontexts/libcomposeplatforminputcontextplugin.so", "dead keys"),
    ("texttospeech/libqtexttospeech_speechd.so", "voice (speech-dispatcher)"),
    ("multimedia/libffmpegmediaplugin.so", "camera"),
    ("networkinformation/libqnetworkmanager.so", "online/offline detection"),
    ("printsupport/libcupsprintersupport.so", "printing (CUPS)"),
    ("tls/libqopensslbackend.so", "TLS in Qt networking"),
]


def check_resources() -> str:
    """Fonts with their licence, and the resource folders, are where ``resources`` looks."""
    import resources

    fonts = resources.font_files()
    resources.path("fonts", resources.FONT_LICENSE)
    qm = sorted(p.name for p in resources.root().glob("translations/*.qm"))
    return f"{len(fonts)} fonts + licence in {resources.root()}; translations: {qm or 'none'}"


def check_qt_plugins() -> str:
    """Every required plugin file is present in the Qt plugin dir the app will use."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    missing = [
        f"{name} ({why})" for name, why in REQUIRED_QT_PLUGINS if not (plugins / name).exists()
    ]
    if missing:
        raise RuntimeError(f"missing in {plugins}: " + ", ".join(missing))
    return f"{len(REQUIRED_QT_PLUGINS)} plugins in {plugins}"


def check_qt_modules() -> str:
    """The Qt modules the GUI imports lazily are importable."""
    import importlib

    names = ["QtWidgets", "QtTextToSpeech", "QtMultimedia", "QtPrintSupport", "QtCharts", "QtSvg"]
    for name in names:
        importlib.import_module(f"PySide6.{name}")
    return ", ".join(names)


def check_admin_units() -> str:
    """vietnamadminunits finds its data files: a legacy Hanoi address converts to 2025 units."""
    from vietnamadminunits import convert_address

    unit = convert_address("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội")
    if unit.province_code != "01" or not unit.ward_code:
        raise RuntimeError(f"unexpected conversion: {unit.province} / {unit.ward}")
    return f"legacy address -> ward {unit.ward_code}, province {unit.province_code}"


def check_faker() -> str:
    """faker's vi_VN provider is bundled (the reference portal's demo data)."""
    from faker import Faker

    fake = Faker("vi_VN")
    fake.seed_instance(1)
    name = fake.name()
    if not name or fake.locales != ["vi_VN"]:
        raise RuntimeError("the vi_VN provider did not load")
    return "vi_VN provider loads"


def check_reportlab() -> str:
    """ReportLab draws Vietnamese with the bundled TTF and still has its standard fonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    import resources

    pdfmetrics.registerFont(TTFont("BundleCheck", str(resources.font_files()[0])))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("BundleCheck", 12)
    pdf.drawString(72, 720, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "Helvetica")
    pdf.save()
    return f"PDF with Vietnamese text: {len(buffer.getvalue())} bytes"


def check_barcodes() -> str:
    """qrcode makes and zxing-cpp reads back a Vietnamese ID-card-style QR."""
    import qrcode
    import zxingcpp

    payload = "001090000001||Nguyễn Thị Thuỷ|01011990|Nữ|Hà Nội|01012021"
    image = qrcode.make(payload).get_image()
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    if found != [payload]:
        raise RuntimeError(f"decoded {found!r}")
    return "QR round trip with diacritics"


def check_thermal_printer() -> str:
    """python-escpos finds its printer table; a receipt slip renders to ESC/POS; pyusb loads."""
    from datetime import datetime

    from kiosk.receipts import escpos_job, parse_printer_spec, thermal_test_slip

    slip = thermal_test_slip("Kiểm tra", "bundle", datetime(2026, 1, 1), "none")
    job = escpos_job(slip, profile="TM-T88V")
    if not job.startswith(b"\x1b@") or b"\x1d(k" not in job:
        raise RuntimeError("the ESC/POS job lacks its init or QR command")
    import escpos.printer  # noqa: F401
    import usb.backend.libusb1  # noqa: F401 (imported by name at run time)

    parse_printer_spec("usb:0x04b8:0x0e15")
    return f"ESC/POS test slip: {len(job)} bytes"


def check_crypto() -> str:
    """argon2 (staff PINs) and AES-GCM (data at rest) work."""
    import os

    from argon2 import PasswordHasher
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if not hasher.verify(hasher.hash("1234"), "1234"):
        raise RuntimeError("argon2 verify failed")
    key, nonce = AESGCM.generate_key(256), os.urandom(12)
    if AESGCM(key).decrypt(nonce, AESGCM(key).encrypt(nonce, b"x", b"a"), b"a") != b"x":
        raise RuntimeError("AES-GCM round trip failed")
    return "argon2id + AES-256-GCM"


def check_portal_stack() -> str:
    """uvicorn resolves its loop and protocol modules for a FastAPI app (no socket opened)."""
    import uvicorn
    from fastapi import FastAPI

    config = uvicorn.Config(FastAPI(), host="127.0.0.1", port=0, log_config=None)
    config.load()
    return f"uvicorn {uvicorn.__version__}, {config.http_protocol_class.__name__}"


CHECKS: list[Callable[[], str]] = [
    check_resources,
    check_qt_plugins,
    check_qt_modules,
    check_admin_units,
    check_faker,
    check_reportlab,
    check_barcodes,
    check_thermal_printer,
    check_crypto,
    check_portal_stack,
]


def main() -> int:
    """Run every check, print one line each, return 0 when all pass."""
    failed = 0
    for check in CHECKS:
        name = check.__name__.removeprefix("check_").replace("_", " ")
        try:
            detail = check()
        except Exception as exc:  # report and go on: the technician wants the whole list
            failed += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        else:
            print(f"ok    {name}: {detail}")
    frozen = "frozen build" if getattr(sys, "frozen", False) else "source checkout"
    summary = "all bundle checks passed" if not failed else f"{failed} check(s) failed"
    print(f"{frozen}: {summary}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
