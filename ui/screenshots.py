"""Render every screen offscreen: ``python -m ui.screenshots OUTDIR [--steps] [--only PREFIX]``.

Writes ``OUTDIR/<size>-<scale>-<theme>-<lang>-<screen>.png`` for every window size
(1920x1080 landscape, 1080x1920 portrait, 1366x768), text size (100, 150, 200 %),
theme (normal, high contrast) and language (vi, en): the walk of ui._screen_walk, the
same one the layout test checks. Wizard steps of a kind already shown (another text
question...) are left out unless ``--steps``. ``--only`` keeps the combinations whose
name starts with PREFIX (e.g. ``laptop-200``). Uses a throw-away data dir with the real
store, the bundled catalog and fictional residents.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Literal

from ui._screen_walk import LANGUAGES, SCALES, SIZES, THEMES, sample_answers, settle, walk


def combinations() -> list[tuple[str, int, str, Literal["vi", "en"]]]:
    """(size, scale, theme, language) for every combination, in a stable order."""
    return [
        (size, scale, theme, lang)
        for size in SIZES
        for scale in SCALES
        for theme in THEMES
        for lang in LANGUAGES
    ]


def render_all(out: Path, *, steps: bool = False, only: str = "") -> list[Path]:
    """Render every screen into ``out``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import forms
    from kiosk.receipts import qr_png
    from kiosk.services import KioskServices, StoreExecutor, open_context
    from ui._app import build_window, load_fonts
    from ui.staff._demo import seed_demo  # fictional applications for the staff pages

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        attachment = Path(tmp) / "giay_chung_sinh.png"
        attachment.write_bytes(qr_png("giay chung sinh"))
        context = open_context(Path(tmp) / "data")
        catalog = forms.load_catalog()
        executor = StoreExecutor(
            lambda: KioskServices(context.open_store(), context.config, catalog)
        )
        try:
            executor.call(lambda svc: seed_demo(svc.store))
            for size, scale, theme, lang in combinations():
                prefix = f"{size}-{scale}-{theme}-{lang}"
                if not prefix.startswith(only):
                    continue
                config = context.config.model_copy(deep=True)
                config.kiosk.language = lang
                ctx = type(context)(
                    data_dir=context.data_dir, config=config, key=context.key, clock=context.clock
                )
                window = build_window(ctx, executor, catalog, voice_engine="mock")
                window.setFixedSize(*SIZES[size])  # a full-screen window: it never grows
                window.show()
                window.activateWindow()
                for screen in walk(
                    app, window, scale, theme, sample_answers(attachment, context.clock.today())
                ):
                    if screen.startswith("wizard-page-") and not steps:
                        continue
                    path = out / f"{prefix}-{screen}.png"
                    window.grab().save(str(path))
                    written.append(path)
                window.close()
                settle(app, window)
                window.deleteLater()
                app.processEvents()
        finally:
            executor.shutdown(lambda s: s.store.close())
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point: the output directory, then ``--steps`` / ``--only PREFIX``."""
    args = list(sys.argv[1:] if argv is None else argv)
    steps = "--steps" in args
    if steps:
        args.remove("--steps")
    only = ""
    if "--only" in args:
        at = args.index("--only")
        only = args[at + 1] if at + 1 < len(args) else ""
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: python -m ui.screenshots OUTDIR [--steps] [--only PREFIX]", file=sys.stderr)
        return 2
    files = render_all(Path(args[0]), steps=steps, only=only)
    print(f"{len(files)} screenshots in {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
