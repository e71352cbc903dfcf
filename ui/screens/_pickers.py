"""Pickers that spare typing: a month of big day buttons for dates, a list of hospitals.

Both keep the line edit of :class:`TextInput` (a keyboard user still types
"05/08/2025", a hospital not in the list can still be typed); a tap on the
picker fills it and counts as the answer.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

import forms
from kiosk.clock import system_clock
from ui._theme import set_role
from ui.screens._field_widgets import TextInput

__all__ = ["DateInput", "PlaceInput", "set_today_source"]

# The window hands the kiosk's clock over (set_today_source); until then the system clock.
_today: Callable[[], dt.date] = system_clock().today


def set_today_source(today: Callable[[], dt.date]) -> None:
    """Where the date picker reads "today" (the kiosk's one clock; tests pin it)."""
    global _today
    _today = today


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateInput", text)


class DateInput(TextInput):
    """A date: the line edit, and below it one month of day buttons with ‹ › to move."""

    def __init__(self, field: object, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        today = _today()
        self.month = dt.date(today.year, today.month, 1)
        self.today = today
        bar = QHBoxLayout()
        self.year_back = QPushButton("«", self)
        self.year_back.setAccessibleName(_tr("Năm trước"))
        self.previous = QPushButton("‹", self)
        self.previous.setAccessibleName(_tr("Tháng trước"))
        self.following = QPushButton("›", self)
        self.following.setAccessibleName(_tr("Tháng sau"))
        self.year_on = QPushButton("»", self)
        self.year_on.setAccessibleName(_tr("Năm sau"))
        self.title = set_role(QLabel(self), "answer")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.year_back, self.previous, self.following, self.year_on):
            button.setMinimumSize(64, 48)
            set_role(button, "day")  # narrow padding: seven days fit a portrait screen at 200 %
        self.previous.clicked.connect(self._on_previous_clicked)
        self.following.clicked.connect(self._on_following_clicked)
        self.year_back.clicked.connect(lambda: self._move_years(-1))
        self.year_on.clicked.connect(lambda: self._move_years(1))
        bar.addWidget(self.year_back)
        bar.addWidget(self.previous)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.following)
        bar.addWidget(self.year_on)
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        self.days: dict[dt.date, QPushButton] = {}
        self.layout_.addLayout(bar)
        self.layout_.addLayout(self.grid)
        self._show_month()

    def set_value(self, value: object) -> None:
        super().set_value(value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            chosen = dt.date.fromisoformat(value)
            self.month = dt.date(chosen.year, chosen.month, 1)
            if hasattr(self, "grid"):
                self._show_month()

    def show_month(self, year: int, month: int) -> None:
        self.month = dt.date(year, month, 1)
        self._show_month()

    def _show_month(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.days = {}
        self.title.setText(
            # %3: the month's name in the kiosk's language ("December"), for translations.
            _tr("Tháng %1 năm %2")
            .replace("%1", str(self.month.month))
            .replace("%2", str(self.month.year))
            .replace("%3", QLocale().standaloneMonthName(self.month.month))
        )
        for col, name in enumerate(("T2", "T3", "T4", "T5", "T6", "T7", "CN")):
            head = set_role(QLabel(_tr(name), self), "hint")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, col)
        first_col = self.month.weekday()
        length = calendar.monthrange(self.month.year, self.month.month)[1]
        for n in range(length):
            day = self.month + dt.timedelta(days=n)
            button = QPushButton(str(day.day), self)
            label = f"{day.day:02d}/{day.month:02d}/{day.year}"
            button.setAccessibleName(label)
            button.setMinimumSize(48, 48)
            button.setCheckable(True)
            button.setChecked(self.edit.text() == label)
            set_role(button, "day")
            button.clicked.connect(lambda _=False, d=day: self._on_day_clicked(d))
            row, col = divmod(first_col + n, 7)
            self.grid.addWidget(button, row + 1, col)
            self.days[day] = button

    def _move_years(self, years: int) -> None:
        self.show_month(self.month.year + years, self.month.month)

    def _on_previous_clicked(self) -> None:
        back = self.month - dt.timedelta(days=1)
        self.show_month(back.year, back.month)

    def _on_following_clicked(self) -> None:
        ahead = self.month + dt.timedelta(days=32)
        self.show_month(ahead.year, ahead.month)

    def _on_day_clicked(self, day: dt.date) -> None:
        self.edit.setText(day.strftime("%d/%m/%Y"))
        for other, button in self.days.items():
            button.setChecked(other == day)
        self.value_changed.emit()


class PlaceInput(TextInput):
    """A place's name: the line edit filters a list of known places; a tap picks one."""

    def __init__(self, field: object, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Danh sách cơ sở y tế"))
        self.list.setMinimumHeight(260)
        kind = getattr(field, "places", None)
        for place in forms.places(kind) if kind else ():
            label = place.name + (f" ({place.commune_name})" if place.commune_name else "")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, place.name)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.layout_.addWidget(self.list)

    def _on_edit_text_edited(self, text: str) -> None:
        key = forms.fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(key) and key not in forms.fold(item.text()))

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.value_changed.emit()
