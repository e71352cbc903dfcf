"""Shared bits of the staff screens: Vietnamese labels, date formatting, the confirm dialog."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.clock import DEFAULT_TIME_ZONE, time_zone

HANOI = time_zone(DEFAULT_TIME_ZONE)

# Tables, tabs and headers are not in the kiosk theme; sizes in em follow the font scale.
STAFF_STYLE = """
QTabBar::tab { padding: 0.4em 1.1em; margin-right: 4px; font-weight: bold; }
QTabBar::tab:selected { border-bottom: 4px solid #0b57a4; }
QTableWidget { gridline-color: #c8c8c8; }
QHeaderView::section { padding: 0.3em 0.5em; font-weight: bold; }
QLabel[role="figure"] { font-size: 1.6em; font-weight: bold; }
QLabel[role="good"] { color: #1d6b2a; font-weight: bold; }
QLabel[role="bad"] { color: #b00020; font-weight: bold; }
QPushButton[role="choice"] { font-weight: bold; text-align: center; padding: 0.2em 0.8em; }
QGroupBox { font-weight: bold; margin-top: 1.2em; }
QGroupBox QLabel { font-weight: normal; }
"""


def tr(text: str) -> str:
    """Translate a staff-screen text (context ``staff``)."""
    return QCoreApplication.translate("staff", text)


LOCAL_STATES = {
    "queued": "Chờ gửi",
    "sending": "Đang gửi",
    "delivered": "Đã lên cổng",
    "needs_correction": "Cần sửa",
    "pending": "Chờ gửi",
    "rejected": "Bị trả lại, cần sửa",
}

PORTAL_STATUSES = {
    1: "Mới",
    2: "Đã tiếp nhận",
    3: "Không tiếp nhận",
    4: "Đang xử lý",
    5: "Cần bổ sung",
    6: "Chờ nộp phí",
    7: "Công dân đã rút",
    8: "Dừng xử lý",
    9: "Đã giải quyết",
    10: "Đã trả kết quả",
}


def state_label(state: str) -> str:
    """A local state in Vietnamese."""
    return tr(LOCAL_STATES.get(state, state))


def status_label(status: int | None) -> str:
    """A portal status code in Vietnamese ("—" before the portal has answered)."""
    return tr(PORTAL_STATUSES.get(status, "—")) if status is not None else "—"


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
