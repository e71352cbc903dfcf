"""ID-card autofill: which answers a scanned card gives for the person whose section is shown.

A section names its person (``person: mother``); its fields tagged ``autofill``
(full_name, id_number, old_id_number, date_of_birth, sex, address) take the
card's values, normalised the same way typed answers are. A pre-2025 address
on the card becomes the 2025 commune through ``forms.normalize_value``.
The answers themselves come from :func:`kiosk.journey.card_answers`; this module words
the messages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.screens._field_widgets import pick


def filled_message(definition: Any, field_ids: list[str], lang: str) -> str:
    """ "Đã điền từ thẻ căn cước: Họ tên, Ngày sinh... Hãy kiểm tra và sửa nếu cần." """
    fields = definition.all_fields()
    labels = ", ".join(pick(fields[f], "label", lang) for f in field_ids if f in fields)
    return QCoreApplication.translate(
        "Autofill",
        "Đã điền từ thẻ căn cước: %1. Hãy kiểm tra lại và sửa nếu chưa đúng.",
    ).replace("%1", labels)


def nobody_message() -> str:
    """A card scanned where no person's details are asked."""
    return QCoreApplication.translate(
        "Autofill",
        "Trang này không hỏi thông tin của một người, nên chưa điền gì từ thẻ. "
        "Hãy quét thẻ khi đến phần thông tin của người đó.",
    )


def scan_failed_message(text: str) -> str:
    """The plain message of a failed scan, in the interface language.

    A card the parser refused says why in Vietnamese (``kiosk.idcard.CardError.message``);
    each of those sentences is translated under the context "CardError".
    """
    from ui.input import SCAN_FAILED_MESSAGE

    if not text or text == SCAN_FAILED_MESSAGE:
        text = QCoreApplication.translate(
            "Autofill", "Không đọc được thẻ. Xin quét lại hoặc nhập tay."
        )
    else:
        text = QCoreApplication.translate("CardError", text)
    return text + " " + QCoreApplication.translate("Autofill", "Chưa điền gì từ thẻ.")
