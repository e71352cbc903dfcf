"""Everything in English is English: every text the kiosk asks Qt to translate has an
English translation in resources/translations/kiosk_en.ts.

The walk of ui._screen_walk (every resident and staff screen, as ``make screenshots``
renders them) runs in English with a recording translator on top of the real one: each
(context, source) Qt looks up is checked against the .ts file. Data that is Vietnamese
by nature (names, addresses, place and agency names) never goes through translate() and
is not checked. Consent data lines come from the procedure definitions and are
translated under the context "ConsentData": every one in the bundled catalog must be in
the .ts file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import resources

pytestmark = pytest.mark.timeout(300)

# Letters only Vietnamese uses: a source text with one of them needs an English translation.
_VIETNAMESE = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)


def _translated() -> set[tuple[str, str]]:
    """(context, source) of every message with a non-empty English translation."""
    tree = ET.parse(resources.path("translations", "kiosk_en.ts"))
    found = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and (translation.text or "").strip():
                if translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                    found.add((name, message.findtext("source") or ""))
    return found


class _Recorder(QTranslator):
    """Notes every lookup and answers none (Qt then asks the real translator)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: Any = None, n: int = -1
    ) -> str:
        self.asked.add((context or "", source or ""))
        return ""

    def isEmpty(self) -> bool:
        return False


def test_consent_data_lines_have_english() -> None:
    import forms

    catalog = forms.load_catalog()
    words: set[str] = set()
    for code in catalog.codes():
        for version in catalog.versions(code):
            for consent in catalog.get(code, version).consents:
                words.update(consent.data_types)
                words.update(consent.sensitive_data_types)
                words.update((consent.processors, consent.rights))
    assert words, "the bundled catalog has no consents"
    have = _translated()
    missing = sorted(w for w in words if ("ConsentData", w) not in have)
    assert not missing, f"consent words with no English in kiosk_en.ts: {missing}"


def test_every_text_of_the_english_walk_is_translated(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    import forms
    from kiosk.receipts import qr_png
    from kiosk.services import KioskServices, StoreExecutor, open_context
    from ui._app import build_window, load_fonts, translators_of
    from ui._screen_walk import SIZES, sample_answers, settle, walk
    from ui.staff._demo import seed_demo

    attachment = tmp_path / "giay_chung_sinh.png"
    attachment.write_bytes(qr_png("giay chung sinh"))
    context = open_context(tmp_path / "data")
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    executor.call(lambda svc: seed_demo(svc.store))
    load_fonts()
    config = context.config.model_copy(deep=True)
    config.kiosk.language = "en"
    ctx = type(context)(
        data_dir=context.data_dir, config=config, key=context.key, clock=context.clock
    )
    recorder = _Recorder()
    window = build_window(ctx, executor, catalog, voice_engine="mock")
    QCoreApplication.installTranslator(recorder)
    screens = []
    try:
        window.setFixedSize(*SIZES["landscape"])
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        for screen in walk(qapp, window, 100, "normal", sample_answers(attachment,
                                                                        context.clock.today())):
            screens.append(screen)
    finally:
        QCoreApplication.removeTranslator(recorder)
        window.close()
        settle(qapp, window)
        window.deleteLater()
        qapp.processEvents()
        executor.shutdown(lambda s: s.store.close())
        translators_of(qapp).use("vi")  # later tests in this process expect Vietnamese
    assert "consent" in screens and "staff-settings" in screens, f"walk stopped: {screens}"
    assert ("ConsentData", "họ tên") in recorder.asked  # the consent lines were looked up
    have = _translated()
    missing = sorted(
        (c, s) for c, s in recorder.asked if _VIETNAMESE.search(s) and (c, s) not in have
    )
    assert not missing, "Vietnamese texts with no English in kiosk_en.ts:\n" + "\n".join(
        f"  [{c}] {s!r}" for c, s in missing
    )
