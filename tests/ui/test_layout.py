"""Every screen, at every size, text scale, theme and language, fits, reads and can be reached.

The walk (ui._screen_walk, the same one ``make screenshots`` renders) files a sample
birth registration, rates it, looks it up and opens the staff pages; at each pause
tests/ui/_layout.py looks for clipped or elided text, controls out of reach, the
keyboard over the focused field, touch targets under 48 px and text under 7:1 contrast
(read from the rendered pixels at the landscape size: colours don't change with size).
One case per window size × text scale × theme × language (36 cases).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.ui import _layout
from ui._screen_walk import LANGUAGES, SCALES, SIZES, THEMES, sample_answers, settle, walk

# The walk is long (36 combinations), so it is marked slow: it runs once in the full suite,
# not again at each faketime instant. It does not need those: its clock is pinned to the
# instant that prints the longest dates and times (23:59 on 31 December, local time).
pytestmark = [pytest.mark.timeout(600), pytest.mark.slow]
PINNED = datetime(2026, 12, 31, 23, 59, 50)

COMBOS = [
    pytest.param(
        size,
        scale,
        theme,
        lang,
        id=f"{size}-{scale}-{theme}-{lang}",
    )
    for size in SIZES
    for scale in SCALES
    for theme in THEMES
    for lang in LANGUAGES
]


@pytest.fixture(scope="module")
def layout_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any, Path]]:
    """One data dir with fictional staff-page data, shared by every case (read-mostly)."""
    import forms
    from kiosk.receipts import qr_png
    from kiosk.clock import FixedClock
    from kiosk.services import KioskServices, StoreExecutor, open_context
    from ui.staff._demo import seed_demo

    tmp = tmp_path_factory.mktemp("layout")
    attachment = tmp / "giay_chung_sinh.png"
    attachment.write_bytes(qr_png("giay chung sinh"))
    context = open_context(tmp / "data", clock=FixedClock(PINNED))
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    executor.call(lambda svc: seed_demo(svc.store))
    yield context, catalog, executor, attachment
    executor.shutdown(lambda s: s.store.close())


@pytest.mark.parametrize(("size", "scale", "theme", "lang"), COMBOS)
def test_every_screen_fits(
    qapp: Any, qtbot: Any, layout_env: Any, size: str, scale: int, theme: str, lang: str
) -> None:
    from ui._app import build_window, load_fonts

    context, catalog, executor, attachment = layout_env
    load_fonts()
    config = context.config.model_copy(deep=True)
    config.kiosk.language = lang
    ctx = type(context)(
        data_dir=context.data_dir, config=config, key=context.key, clock=context.clock
    )
    window = build_window(ctx, executor, catalog, voice_engine="mock")
    window.setFixedSize(*SIZES[size])  # a full-screen window: it never grows
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    problems: dict[str, list[str]] = {}
    screens = []
    try:
        for screen in walk(
            qapp, window, scale, theme, sample_answers(attachment, context.clock.today())
        ):
            screens.append(screen)
            # Colours don't depend on the window size: pixels are read at one size (all scales,
            # themes and languages), geometry is checked at every size.
            found = _layout.check(window, SIZES[size], pixels=size == "landscape")
            if found:
                problems[screen] = found
    finally:
        window.close()
        settle(qapp, window)
        window.deleteLater()
        qapp.processEvents()
    assert len(screens) > 25 and "receipt" in screens, f"the walk stopped early: {screens}"
    where: dict[str, list[str]] = {}  # the same problem on many screens is reported once
    for screen, lines in problems.items():
        for line in lines:
            where.setdefault(line, []).append(screen)
    report = [
        f"{line}  [on {', '.join(s[:4])}{' …' if len(s) > 4 else ''}]" for line, s in where.items()
    ]
    assert not report, f"{len(report)} layout problems:\n" + "\n".join(report[:60])
