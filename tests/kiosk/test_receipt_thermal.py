"""80 mm thermal receipts: the ESC/POS byte stream, the raster text, the QR codes read back.

The stream is produced by python-escpos's Dummy printer (what the library would
send to a real one) and read back by tests/kiosk/escpos_stream.py, written from
Epson's command reference; QR codes are decoded with zxing-cpp, a reader nobody
here wrote, and the VietQR payload checked field by field (CRC too).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.config import KioskConfig, PrinterSection
from kiosk.payments import parse_vietqr, payment_reference
from kiosk.receipts import (
    PrinterError,
    ResultNotice,
    SlipBuilder,
    escpos_job,
    paper_state,
    parse_printer_spec,
    print_slip,
    send_to_printer,
    thermal_receipt,
    thermal_result_notice,
    thermal_test_slip,
)
from tests.kiosk.escpos_stream import parse
from tests.kiosk.test_receipt_fee import fee_receipt
from tests.kiosk.test_receipts import OFFICIAL_CODE, PROVISIONAL_CODE, make_receipt


def ink_rows(image: Image.Image) -> list[int]:
    """Rows of a 1-bit picture with at least one black dot."""
    grey = image.convert("L")
    width = grey.width
    return [
        y
        for y in range(grey.height)
        if min(grey.crop((0, y, width, y + 1)).get_flattened_data()) == 0
    ]


def decode(image: Image.Image) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image.convert("L"))]


def stacked(rasters: list[Image.Image]) -> Image.Image:
    sheet = Image.new("1", (rasters[0].width, sum(r.height for r in rasters)), 1)
    y = 0
    for raster in rasters:
        sheet.paste(raster, (0, y))
        y += raster.height
    return sheet


def test_stream_is_init_raster_native_qr_and_cut() -> None:
    slip = thermal_receipt(make_receipt())
    job = escpos_job(slip)
    assert job.startswith(b"\x1b@")  # ESC @ first: no mode left over from another job
    stream = parse(job)  # every byte is a known command
    names = [c.name for c in stream.commands]
    assert names[0] == "init" and names[-1] == "cut" and stream.commands[-1].args == (0,)
    rasters = stream.named("raster")
    assert rasters and all(r.width_bytes == 576 // 8 for r in rasters)  # GS v 0 xL xH = 72
    assert all(0 < r.height <= 256 for r in rasters)  # sent in strips printers can buffer
    assert all(r.args == (0,) for r in rasters)  # normal density, 203 x 203 dpi
    # The lookup QR as the printer's own command: model 2, level M, the code as payload.
    assert stream.qr_payloads() == [PROVISIONAL_CODE.encode()]
    at = names.index("qr_model")
    assert names[at - 1 : at + 6] == [
        "align", "qr_model", "qr_size", "qr_ec", "qr_store", "qr_print", "align",
    ]  # fmt: skip
    assert stream.commands[at - 1].args == (1,) and stream.commands[at + 5].args == (0,)
    assert stream.commands[at].args == (50, 0) and stream.commands[at + 2].args == (49,)
    assert 2 <= stream.commands[at + 1].args[0] <= 16


def test_raw_header_bytes_are_exact() -> None:
    builder = SlipBuilder(576)
    builder.gap(40)
    builder.qr("TT-1234", 20)
    job = escpos_job(builder.slip)
    # The first picture is the 40-dot gap: GS v 0, m=0, 72 bytes wide, 40 rows, all white.
    assert job[:2] == b"\x1b@"
    assert job[2:10] == b"\x1dv0\x00" + (72).to_bytes(2, "little") + (40).to_bytes(2, "little")
    assert job[10 : 10 + 72 * 40] == bytes(72 * 40)
    assert b"\x1d(k\x0a\x001P0TT-1234" in job  # pL = len("TT-1234") + 3
    assert b"\x1d(k\x03\x001Q0" in job  # print the stored symbol
    assert job.endswith(b"\x1bd\x06\x1dV\x00")  # feed 6 lines, full cut


def test_qr_as_raster_when_the_printer_has_no_qr_command() -> None:
    slip = thermal_receipt(make_receipt())
    stream = parse(escpos_job(slip, native_qr=False))
    assert stream.qr_payloads() == []
    page = stacked([r.image() for r in stream.named("raster")])
    assert decode(page) == [PROVISIONAL_CODE]


def test_fee_vietqr_native_and_as_printed(tmp_path: Path) -> None:
    data = fee_receipt(application_code=OFFICIAL_CODE, code_is_official=True)
    slip = thermal_receipt(data)
    stream = parse(escpos_job(slip))
    lookup, fee = stream.qr_payloads()
    assert lookup == OFFICIAL_CODE.encode()
    fields = parse_vietqr(fee.decode())  # CRC and every field checked
    assert fields.amount == 8000 and fields.account == "113000006789"
    assert fields.purpose == payment_reference(OFFICIAL_CODE)
    # The same codes read back from the picture of the slip, as a phone would.
    codes = decode(slip.preview())
    assert OFFICIAL_CODE in codes and fee.decode() in codes


def test_no_vietqr_without_an_account() -> None:
    data = fee_receipt(payee_bank_bin="", payee_account="", payee_name="")
    assert parse(escpos_job(thermal_receipt(data))).qr_payloads() == [PROVISIONAL_CODE.encode()]


def test_raster_size_and_ink_where_the_text_is() -> None:
    builder = SlipBuilder(576)
    builder.text("Ễ Ặ ự ỵ", "body")  # a stacked mark above and a dot below
    builder.gap(20)
    builder.text("Nguyễn Thị Ánh Tuyết, phường Ba Đình, thành phố Hà Nội " * 3, "body")
    text, gap, long = builder.slip.parts
    assert isinstance(text, Image.Image) and text.mode == "1" and text.width == 576
    rows = ink_rows(text)
    # Marks above and dots below are inside the picture, not cut at its edges.
    assert rows and rows[0] > 0 and rows[-1] < text.height - 1
    assert ink_rows(gap) == []
    assert isinstance(long, Image.Image)
    # Three repeats wrap to several lines: ink in each line's band, blank rows between.
    line_h = text.height
    assert long.height % line_h == 0
    lines = long.height // line_h
    assert lines >= 3
    inked = set(ink_rows(long))
    for n in range(lines):
        band = set(range(n * line_h, (n + 1) * line_h))
        assert inked & band and band - inked
    # Text stays inside the margins.
    columns = [
        x
        for x in range(576)
        if min(long.crop((x, 0, x + 1, long.height)).get_flattened_data()) == 0
    ]
    assert columns[0] >= 8 and columns[-1] <= 576 - 8


def test_diacritics_are_drawn_not_dropped() -> None:
    plain = SlipBuilder(576).text("a e o u").slip.parts[0]
    marked = SlipBuilder(576).text("ạ ề ỗ ự").slip.parts[0]
    assert isinstance(plain, Image.Image) and isinstance(marked, Image.Image)
    assert plain.size == marked.size
    assert len(ink_rows(marked)) > len(ink_rows(plain))  # rows above and below the letters


def test_receipt_golden_layout() -> None:
    slip = thermal_receipt(make_receipt(application_code=OFFICIAL_CODE, code_is_official=True))
    page = slip.preview()
    assert page.mode == "1" and page.width == 576
    assert 900 < page.height < 2400  # about 11-30 cm of paper
    inked = ink_rows(page)
    assert inked[0] < 40  # the agency's name starts at the top
    assert page.height - inked[-1] >= 4 * 8  # 4 mm blank before the cut
    title = slip.parts[3]  # agency, unit, rule, then the title
    assert isinstance(title, Image.Image)
    cols = [
        x
        for x in range(576)
        if min(title.crop((x, 0, x + 1, title.height)).get_flattened_data()) == 0
    ]
    assert abs((cols[0] + cols[-1]) / 2 - 288) < 12  # centred


def test_narrow_printer_width() -> None:
    slip = thermal_receipt(fee_receipt(), width_dots=512)
    assert {im.width for im in slip.images()} == {512}
    stream = parse(escpos_job(slip, profile="TM-T88V"))
    assert {r.width_bytes for r in stream.named("raster")} == {64}


def test_result_notice() -> None:
    notice = ResultNotice(
        agency_name="UBND phường Ba Đình",
        application_code=OFFICIAL_CODE,
        procedure_name="Đăng ký khai sinh",
        procedure_code="1.001193",
        result_place="Bộ phận Một cửa, UBND phường Ba Đình",
        ready_at=datetime(2026, 10, 1, 2, 0, tzinfo=UTC),
    )
    slip = thermal_result_notice(notice)
    stream = parse(escpos_job(slip))
    assert stream.qr_payloads() == [OFFICIAL_CODE.encode()]
    assert decode(slip.preview()) == [OFFICIAL_CODE]
    assert slip.preview().height < thermal_receipt(make_receipt()).preview().height


def test_test_slip_has_every_tone_mark() -> None:
    from kiosk.receipts._thermal_slips import TEST_PANGRAM

    for vowel in "aăâeêioôơuưy":
        for mark in "\u0300\u0301\u0309\u0303\u0323":
            import unicodedata

            assert unicodedata.normalize("NFC", vowel + mark) in TEST_PANGRAM
    slip = thermal_test_slip("Kiosk Ba Đình", "8f14e45f", datetime(2026, 10, 1, 2, 0), "file:x")
    assert decode(slip.preview()) == ["KIOSK-TEST 8f14e45f"]


@pytest.mark.parametrize(
    ("spec", "kind", "detail"),
    [
        ("usb:0x04b8:0x0e15", "usb", (0x04B8, 0x0E15, None, None)),
        ("USB:04b8:0202:0x81:0x03", "usb", (0x04B8, 0x0202, 0x81, 0x03)),
        ("tcp:192.168.1.50:9100", "tcp", ("192.168.1.50", 9100)),
        ("tcp:printer.local", "tcp", ("printer.local", 9100)),
        ("tcp:[fe80::1]:9100", "tcp", ("fe80::1", 9100)),
        ("file:/dev/usb/lp0", "file", ("/dev/usb/lp0",)),
        (" none ", "none", ()),
    ],
)
def test_printer_spec(spec: str, kind: str, detail: tuple[object, ...]) -> None:
    target = parse_printer_spec(spec)
    assert target.kind == kind
    got = {
        "usb": (target.vendor_id, target.product_id, target.in_ep, target.out_ep),
        "tcp": (target.host, target.port),
        "file": (target.path,),
        "none": (),
    }[kind]
    assert got == detail


@pytest.mark.parametrize(
    "spec",
    ["", "usb:04b8", "usb:zz:0e15", "usb:0x1ffff:1", "tcp::9100", "tcp:h:0", "lpt:1", "file:"],
)
def test_bad_printer_spec_is_a_config_error(spec: str) -> None:
    with pytest.raises(ValueError, match="usb:"):
        parse_printer_spec(spec)
    with pytest.raises(ValueError):
        PrinterSection(thermal=spec)


def test_config_section_defaults_and_checks() -> None:
    section = KioskConfig().printer
    assert section.thermal == "none" and not section.thermal_enabled
    assert section.width_dots == 576 and section.native_qr
    with pytest.raises(ValueError):
        PrinterSection(width_dots=580)  # not whole bytes
    with pytest.raises(ValueError):
        PrinterSection(profile="No-Such-Printer")
    assert PrinterSection(thermal="tcp:10.0.0.5:9100", profile="TM-T88V").thermal_enabled


def test_print_to_a_file_printer(tmp_path: Path) -> None:
    target = tmp_path / "slip.bin"
    settings = PrinterSection(thermal=f"file:{target}")
    sent = print_slip(thermal_receipt(make_receipt()), settings)
    job = target.read_bytes()
    assert len(job) == sent and parse(job).qr_payloads() == [PROVISIONAL_CODE.encode()]
    assert not (tmp_path / "slip.bin.part").exists()


def test_unreachable_printers_raise_printer_error(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="not plugged in"):
        send_to_printer(parse_printer_spec("file:/dev/no-such-printer-lp9"), b"\x1b@")
    with pytest.raises(PrinterError):
        send_to_printer(parse_printer_spec(f"file:{tmp_path}/missing/dir/x"), b"\x1b@")
    with pytest.raises(PrinterError, match="none"):
        send_to_printer(parse_printer_spec("none"), b"\x1b@")


class FakeNetworkPrinter:
    """A loopback socket standing in for a printer's raw port 9100.

    ``status`` is what it answers to DLE EOT 4 (None: it never answers, as many don't);
    everything else it receives is kept in ``received``.
    """

    def __init__(self, status: bytes | None = None) -> None:
        import socket
        import threading

        self.status = status
        self.received = bytearray()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            while chunk := conn.recv(65536):
                if chunk.startswith(b"\x10\x04\x04"):
                    if self.status is not None:
                        conn.sendall(self.status)
                    chunk = chunk[3:]
                self.received.extend(chunk)

    def close(self) -> None:
        self.thread.join(10)
        self.server.close()


@pytest.mark.parametrize("status", [None, b"\x12", b"\x1e"])  # no answer, paper ok, low
def test_network_printer_gets_the_whole_job(status: bytes | None) -> None:
    printer = FakeNetworkPrinter(status)
    try:
        job = escpos_job(thermal_receipt(make_receipt()))
        send_to_printer(parse_printer_spec(f"tcp:127.0.0.1:{printer.port}"), job, timeout_s=5)
    finally:
        printer.close()
    assert bytes(printer.received) == job


def test_network_printer_out_of_paper_is_refused() -> None:
    printer = FakeNetworkPrinter(b"\x7e")  # near-end and end sensors both set
    try:
        job = escpos_job(thermal_receipt(make_receipt()))
        with pytest.raises(PrinterError, match="out of paper"):
            send_to_printer(parse_printer_spec(f"tcp:127.0.0.1:{printer.port}"), job)
    finally:
        printer.close()
    assert bytes(printer.received) == b""  # nothing waits in the printer


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        (b"\x12", "ok"),
        (b"\x1e", "low"),
        (b"\x72", "out"),
        (b"\x7e", "out"),
        (b"", None),
        (b"\xff", None),  # not a status byte: unknown, never "out"
        (b"\x10", None),
    ],
)
def test_paper_status_byte(answer: bytes, state: str | None) -> None:
    assert paper_state(answer) == state


def test_preview_is_what_the_printer_prints() -> None:
    """The PNG reviewers look at is the job's rasters stacked (QR sent as a picture)."""
    slip = thermal_receipt(fee_receipt(application_code=OFFICIAL_CODE, code_is_official=True))
    printed = stacked([r.image() for r in parse(escpos_job(slip, native_qr=False)).named("raster")])
    assert printed.tobytes() == slip.preview().tobytes()


def test_dev_sample_writes_the_thermal_receipt(tmp_path: Path) -> None:
    from app.cli import main

    out = tmp_path / "out"
    argv = ["--data-dir", str(tmp_path / "data"), "dev", "sample", "--procedure", "1.001193"]
    assert main([*argv, "--out", str(out)]) == 0
    with Image.open(out / "receipt-80mm.png") as png:
        assert png.width == 576 and png.height > 900
        codes = decode(png)
    job = (out / "receipt-80mm.escpos").read_bytes()
    assert [p.decode() for p in parse(job).qr_payloads()] == codes  # the lookup code
