"""``kiosk dev sample``: file a realistic sample application and write its receipt and declaration.

A reviewer checks any procedure without the GUI: the sample goes through the
same services as the kiosk (self-service unless ``--assisted``), then
``receipt.pdf``, ``declaration.json`` (field id -> value with the official
label and the form item it comes from), and the 80 mm thermal receipt as the
printer prints it (``receipt-80mm.png``) and as the bytes sent to it
(``receipt-80mm.escpos``, for ``cat receipt-80mm.escpos > /dev/usb/lp0``) are
written to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli._common import context_or_exit


def register_sample(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``dev sample`` to the ``dev`` commands' subparsers."""
    sample = sub.add_parser(
        "sample",
        help="file a sample application; write receipt.pdf, declaration.json, receipt-80mm.png",
        description="File a realistic sample application of one procedure through the "
        "kiosk's own services (self-service unless --assisted), then write receipt.pdf, "
        "declaration.json (the answers as the portal receives them, each with its official "
        "label), and the 80 mm thermal receipt as printed (receipt-80mm.png) and as the "
        "ESC/POS bytes sent to the printer (receipt-80mm.escpos) into the output directory. "
        "The application stays queued in the data dir.",
    )
    sample.add_argument("--procedure", required=True, metavar="CODE", help="e.g. 1.001193")
    sample.add_argument("--out", required=True, metavar="DIR", help="where to write the files")
    sample.add_argument(
        "--assisted",
        action="store_true",
        help="staff receive it (the receipt names them and lists the papers taken in)",
    )
    sample.add_argument(
        "--set", default=None, metavar="NAME", help="which sample answer set (default: the first)"
    )
    sample.set_defaults(handler=_handle_sample)


def _handle_sample(args: Any) -> int:
    import forms
    from kiosk.receipts import write_receipt_pdf
    from kiosk.services import KioskServices, SubmissionError, file_sample, load_kiosk_catalog

    context = context_or_exit(args)
    if context is None:
        return 2
    try:
        answers = forms.sample_answers(args.procedure, args.set)
    except KeyError:
        known = ", ".join(sorted(forms.SAMPLE_SETS))
        print(
            f"Không có hồ sơ mẫu cho thủ tục {args.procedure} (có mẫu cho: {known}).",
            file=sys.stderr,
        )
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = context.open_store()
    try:
        services = KioskServices(store, context.config, load_kiosk_catalog(store))
        try:
            filed = file_sample(services, args.procedure, answers, assisted=args.assisted)
        except SubmissionError as exc:
            for error in exc.errors:
                print(f"{getattr(error, 'field_id', '?')}: {error.message}", file=sys.stderr)
            return 1
        write_receipt_pdf(filed.receipt, out / "receipt.pdf")
        _write_thermal(filed.receipt, context.config.printer, out)
        declaration = {**filed.declaration, "application_code": filed.record.code}
        target = out / "declaration.json"
        target.write_text(json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", "utf-8")
    finally:
        store.close()
    print(f"Đã nộp hồ sơ mẫu {filed.record.code} ({args.procedure}).")
    print(f"  {out / 'receipt.pdf'}")
    print(f"  {out / 'declaration.json'}")
    print(f"  {out / 'receipt-80mm.png'}")
    print(f"  {out / 'receipt-80mm.escpos'}")
    return 0


def _write_thermal(receipt: Any, settings: Any, out: Path) -> None:
    """The thermal receipt at the configured paper width: its picture and its print job."""
    from kiosk.receipts import escpos_job, thermal_receipt

    slip = thermal_receipt(receipt, settings.width_dots)
    slip.preview().save(out / "receipt-80mm.png")
    job = escpos_job(slip, native_qr=settings.native_qr, profile=settings.profile)
    (out / "receipt-80mm.escpos").write_bytes(job)
