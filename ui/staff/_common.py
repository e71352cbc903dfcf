"""Shared bits of the staff screens: Vietnamese labels, date formatting, the confirm dialog."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget

from kiosk.clock import DEFAULT_TIME_ZONE, time_zone

HANOI = time_zone(DEFAULT_TIME_ZONE)

# Colours, tabs, tables and headers come from the kiosk theme (ui._theme, both contrast
# modes); here only sizes in em, which follow the font scale.
STAFF_STYLE = """
QLabel[role="figure"] { font-size: 1.6em; font-weight: bold; }
QPushButton[role="choice"] { font-weight: bold; text-align: center; padding: 0.2em 0.8em; }
QGroupBox { font-weight: bold; margin-top: 1.2em; }
QGroupBox QLabel { font-weight: normal; }
"""


def fit_table(
    table: QTableWidget, fixed: dict[int, int] | None = None, fold: dict[int, int] | None = None
) -> None:
    """Columns as wide as their text, wrapped onto more lines rather than scrolling
    sideways when the table is too narrow (never "Đă…"); rows at least a touch target
    (48 px) high. See ui.staff._table_fit.

    ``fixed``: column -> width for columns holding a widget (a progress bar), not text.
    ``fold``: secondary column -> the column that shows it as an extra line when even
    wrapped text is too wide (in folding order).
    """
    from ui.staff._table_fit import TableFitter

    TableFitter(table, fixed, fold)


def tr(text: str) -> str:
    """Translate a staff-screen text (in the empty context, where pyside6-lupdate files tr())."""
    return QCoreApplication.translate("", text)


# QT_TRANSLATE_NOOP: pyside6-lupdate finds the labels; state_label() translates them.
LOCAL_STATES: dict[str, object] = {
    "queued": QT_TRANSLATE_NOOP("", "Chờ gửi"),
    "sending": QT_TRANSLATE_NOOP("", "Đang gửi"),
    "delivered": QT_TRANSLATE_NOOP("", "Đã lên cổng"),
    "needs_correction": QT_TRANSLATE_NOOP("", "Cần sửa"),
    "pending": QT_TRANSLATE_NOOP("", "Chờ gửi"),
    "rejected": QT_TRANSLATE_NOOP("", "Bị trả lại, cần sửa"),
}

PORTAL_STATUSES: dict[int, object] = {
    1: QT_TRANSLATE_NOOP("", "Mới"),
    2: QT_TRANSLATE_NOOP("", "Đã tiếp nhận"),
    3: QT_TRANSLATE_NOOP("", "Không tiếp nhận"),
    4: QT_TRANSLATE_NOOP("", "Đang xử lý"),
    5: QT_TRANSLATE_NOOP("", "Cần bổ sung"),
    6: QT_TRANSLATE_NOOP("", "Chờ nộp phí"),
    7: QT_TRANSLATE_NOOP("", "Công dân đã rút"),
    8: QT_TRANSLATE_NOOP("", "Dừng xử lý"),
    9: QT_TRANSLATE_NOOP("", "Đã giải quyết"),
    10: QT_TRANSLATE_NOOP("", "Đã trả kết quả"),
}


def state_label(state: str) -> str:
    """A local state in Vietnamese."""
    return tr(str(LOCAL_STATES.get(state, state)))


def status_label(status: int | None) -> str:
    """A portal status code in Vietnamese ("—" before the portal has answered)."""
    return tr(str(PORTAL_STATUSES.get(status, "—"))) if status is not None else "—"


def local_day(value: str | None) -> date | None:
    """The Hanoi date of a due date or UTC stamp from the store."""
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        return stamp.date()
    return stamp.astimezone(HANOI).date()


def show_date(value: str | date | None) -> str:
    """``dd/mm/yyyy`` or an empty string."""
    day = local_day(value) if isinstance(value, str) or value is None else value
    return day.strftime("%d/%m/%Y") if day else ""


def show_time(value: str | None) -> str:
    """A UTC store stamp as ``HH:MM dd/mm/yyyy`` in Hanoi time."""
    if not value:
        return ""
    stamp = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(HANOI)
    return stamp.strftime("%H:%M %d/%m/%Y")


def show_age(age: timedelta | None) -> str:
    """A waiting time in words: "3 ngày 4 giờ", "25 phút"."""
    if age is None:
        return tr("Không có hồ sơ nào đang chờ")
    minutes = int(age.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr("{d} ngày {h} giờ").format(d=days, h=hours)
    if hours:
        return tr("{h} giờ {m} phút").format(h=hours, m=mins)
    return tr("{m} phút").format(m=mins)


def percent(share: float | None) -> str:
    """ "45 %" (Vietnamese writes a space before %), or "—" when nothing was counted."""
    return "—" if share is None else f"{round(share * 100)} %"


class Confirm:
    """Yes/no questions; tests replace :meth:`ask` instead of clicking a modal box."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(tr("Đồng ý"), QMessageBox.ButtonRole.YesRole)
        box.addButton(tr("Huỷ"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes
