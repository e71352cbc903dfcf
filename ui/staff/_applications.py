"""The console's applications tab: status, due date, overdue warnings and supplement requests."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import find_applications, local_today, procedure_name, work_lists
from ui._theme import set_role
from ui._wrap import WrapRow
from ui.staff._common import fit_table, local_day, show_date, state_label, status_label, tr

_CLOSED = {3, 7, 8, 9, 10}
_LATE_BG = QColor("#fde7ea")
_SUPPLEMENT_BG = QColor("#fff4cc")
_MARKED_FG = QColor("#1b1b1b")  # dark text on the light marks, in both themes (> 14:1)


def warning_for(app: Any, today: date) -> tuple[str, str | None]:
    """(warning text, kind) for an application: "overdue", "supplement" or None."""
    parts, kind = [], None
    due = local_day(app.due_at)
    if due is not None and due < today and (app.portal_status or 0) not in _CLOSED:
        days = (today - due).days
        parts.append(tr("⚠ Quá hạn {n} ngày: gửi phiếu xin lỗi, hẹn lại ngày").format(n=days))
        kind = "overdue"
    if app.portal_status == 5:
        note = f": {app.supplement_note}" if app.supplement_note else ""
        parts.append(tr("Cần bổ sung giấy tờ") + note)
        kind = kind or "supplement"
    if parts:
        return " · ".join(parts), kind
    if app.state == "needs_correction":
        return tr("Cổng trả lại: cần sửa rồi gửi lại"), "overdue"
    if due is not None and due == today and (app.portal_status or 0) not in _CLOSED:
        return tr("Đến hạn hôm nay"), None
    return "", None


class ApplicationsPanel(QWidget):
    """Submitted applications; the filter buttons show only those staff must act on."""

    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.records: list[Any] = []
        self.today = local_today(tasks.clock)
        self.search = QLineEdit(self)
        # What to type goes above the box (a placeholder this long was cut at 150 %).
        self.search_hint = set_role(
            QLabel(tr("Tìm theo họ tên, số định danh, điện thoại hoặc mã hồ sơ"), self), "hint"
        )
        self.search.setAccessibleName(tr("Tìm hồ sơ đã nộp"))
        self.search.returnPressed.connect(self._on_search)
        self.find_button = set_role(QPushButton(tr("Tìm"), self), "primary")
        self.find_button.clicked.connect(self._on_search)
        self.filters = QButtonGroup(self)
        self.show_all = QPushButton(tr("Tất cả"), self)
        self.show_overdue = QPushButton(tr("Quá hạn"), self)
        self.show_supplements = QPushButton(tr("Cần bổ sung"), self)
        for n, button in enumerate((self.show_all, self.show_overdue, self.show_supplements)):
            button.setCheckable(True)
            set_role(button, "choice")
            self.filters.addButton(button, n)
        self.show_all.setChecked(True)
        self.filters.idClicked.connect(lambda _: self.refresh())
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Mã hồ sơ"), tr("Thủ tục"), tr("Trạng thái"), tr("Hạn trả"), tr("Cần làm")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Narrow (200 % text): what to do goes under the procedure, the due date under the
        # state, then the state (with its due date) under the procedure.
        fit_table(self.table, fold={4: 1, 3: 2, 2: 1})
        self.info = set_role(QLabel(self), "note")
        self.info.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        chips = WrapRow(self)  # wraps rather than cut "Cần bổ sung (7)" at 200 %
        chips.add(self.show_all, self.show_overdue, self.show_supplements)
        column = QVBoxLayout(self)
        column.addWidget(self.search_hint)
        column.addLayout(top)
        column.addWidget(chips)
        column.addWidget(self.info)
        column.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Reload: the search result, or the chosen work list."""
        query, which = self.search.text(), self.filters.checkedId()

        def load(services: Any) -> tuple[list[tuple[Any, str]], int, int]:
            lists = work_lists(services)
            if which == 1:
                found = lists.overdue
            elif which == 2:
                found = lists.supplements
            else:
                found = find_applications(services, query)
            named = [(a, procedure_name(services, a.procedure_code)) for a in found]
            return named, len(lists.overdue), len(lists.supplements)

        self.tasks.run_db(load, self._on_loaded, self._on_failed)

    def _on_search(self) -> None:
        self.show_all.setChecked(True)
        self.refresh()

    def _on_loaded(self, result: tuple[list[tuple[Any, str]], int, int]) -> None:
        rows, overdue, supplements = result
        self.today = local_today(self.tasks.clock)
        self.show_overdue.setText(tr("Quá hạn ({n})").format(n=overdue))
        self.show_supplements.setText(tr("Cần bổ sung ({n})").format(n=supplements))
        self.records = [app for app, _ in rows]
        self.table.setRowCount(len(rows))
        for n, (app, name) in enumerate(rows):
            status = state_label(app.state)
            if app.portal_status is not None:
                status = status_label(app.portal_status)
            warning, kind = warning_for(app, self.today)
            cells = [app.code, name, status, show_date(app.due_at), warning]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, app.id)
                if kind == "overdue":
                    item.setBackground(QBrush(_LATE_BG))
                    item.setForeground(QBrush(_MARKED_FG))
                elif kind == "supplement":
                    item.setBackground(QBrush(_SUPPLEMENT_BG))
                    item.setForeground(QBrush(_MARKED_FG))
                self.table.setItem(n, col, item)
        self.table.resizeRowsToContents()
        parts = []
        if overdue:
            parts.append(tr("{n} hồ sơ quá hạn").format(n=overdue))
        if supplements:
            parts.append(tr("{n} hồ sơ cần bổ sung").format(n=supplements))
        if parts:
            self.info.setText(tr("Cần xử lý: ") + ", ".join(parts) + ".")
        else:
            self.info.setText(tr("Không có hồ sơ quá hạn hay cần bổ sung."))
        if not rows and self.search.text().strip():
            self.info.setText(tr("Không thấy hồ sơ nào khớp. Hãy thử họ tên đầy đủ hoặc mã hồ sơ."))

    def _on_failed(self, exc: BaseException) -> None:
        self.info.setText(tr("Không đọc được danh sách hồ sơ. Hãy thử lại hoặc báo kỹ thuật."))
