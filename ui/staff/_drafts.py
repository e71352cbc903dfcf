"""The console's drafts tab: find an open draft by name, ID, phone or code; resume or delete it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import delete_draft, find_drafts, procedure_name
from ui._theme import set_role
from ui._wrap import WrapRow
from ui.staff._common import Confirm, fit_table, show_time, tr


class DraftsPanel(QWidget):
    """Emits ``resume_requested(draft_id)``; deleting asks first and leaves an audit entry."""

    resume_requested = Signal(str)
    changed = Signal()

    def __init__(self, tasks: Any, staff_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.staff_id = staff_id
        self.drafts: list[Any] = []
        self._notice = ""
        self.search = QLineEdit(self)
        # What to type goes above the box (a placeholder this long was cut at 150 %).
        self.search_hint = set_role(
            QLabel(tr("Tìm theo họ tên, số định danh, điện thoại hoặc mã nháp"), self), "hint"
        )
        self.search.setAccessibleName(tr("Tìm hồ sơ nháp"))
        self.search.returnPressed.connect(self.refresh)
        self.find_button = set_role(QPushButton(tr("Tìm"), self), "primary")
        self.find_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("Mã nháp"), tr("Thủ tục"), tr("Sửa lần cuối")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_table(self.table, fold={2: 0})  # narrow: the time under the code
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _: self._on_resume_clicked())
        self.info = set_role(QLabel(self), "hint")
        self.resume = set_role(QPushButton(tr("Tiếp tục hồ sơ"), self), "primary")
        self.resume.clicked.connect(self._on_resume_clicked)
        self.delete = QPushButton(tr("Xoá hồ sơ nháp"), self)
        self.delete.clicked.connect(self._on_delete_clicked)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        self.info.setWordWrap(True)
        actions = WrapRow(self)  # one under the other when a narrow screen can't hold both
        actions.wrap.addStretch()
        actions.add(self.delete, self.resume)
        column = QVBoxLayout(self)
        column.addWidget(self.search_hint)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.info)
        column.addWidget(actions)
        self._on_table_selection_changed()

    def refresh(self) -> None:
        """Reload the list (all open drafts, or those matching the search)."""
        query = self.search.text()

        def load(services: Any) -> list[tuple[Any, str]]:
            found = find_drafts(services, query)
            return [(d, procedure_name(services, d.procedure_code)) for d in found]

        self.tasks.run_db(load, self._on_loaded, self._on_failed)

    def selected(self) -> Any | None:
        """The selected draft record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.drafts[rows[0].row()] if rows else None

    def _on_loaded(self, rows: list[tuple[Any, str]]) -> None:
        self.drafts = [draft for draft, _ in rows]
        self.table.setRowCount(len(rows))
        for n, (draft, name) in enumerate(rows):
            cells = [draft.draft_code, name, show_time(draft.updated_at)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, draft.id)
                self.table.setItem(n, col, item)
        if rows:
            text = tr("{n} hồ sơ nháp đang mở.").format(n=len(rows))
        elif self.search.text().strip():
            text = tr("Không thấy hồ sơ nháp nào khớp. Hãy thử họ tên đầy đủ hoặc mã nháp.")
        else:
            text = tr("Không có hồ sơ nháp nào đang mở.")
        self.info.setText(" ".join(t for t in (self._notice, text) if t))
        self._notice = ""
        self._on_table_selection_changed()

    def _on_failed(self, exc: BaseException) -> None:
        self.info.setText(tr("Không đọc được danh sách hồ sơ nháp. Hãy thử lại hoặc báo kỹ thuật."))

    def _on_table_selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.resume.setEnabled(chosen)
        self.delete.setEnabled(chosen)

    def _on_resume_clicked(self) -> None:
        draft = self.selected()
        if draft is not None:
            self.resume_requested.emit(draft.id)

    def _on_delete_clicked(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        question = tr(
            "Xoá hồ sơ nháp {code}? Câu trả lời và tệp đính kèm sẽ bị xoá hẳn khỏi máy."
        ).format(code=draft.draft_code)
        if not Confirm.ask(self, tr("Xoá hồ sơ nháp"), question):
            return
        staff = self.staff_id
        self.tasks.run_db(
            lambda s: delete_draft(s, draft.id, staff_id=staff),
            self._on_deleted,
            self._on_failed,
        )

    def _on_deleted(self, deleted: bool) -> None:
        self._notice = tr("Đã xoá hồ sơ nháp.") if deleted else tr("Hồ sơ nháp đã không còn.")
        self.changed.emit()
        self.refresh()
