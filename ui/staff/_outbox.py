"""The console's outbox tab: a progress bar per undelivered application, and "Đồng bộ ngay"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import outbox_rows, procedure_name, retry_now
from ui._theme import set_role
from ui.staff._common import fit_table, show_time, state_label, tr

_WORKER_STATES = {
    "queued": "queued",
    "sending": "sending",
    "delivered": "delivered",
    "failed": "rejected",
}


class OutboxPanel(QWidget):
    """Lists the outbox; follows ``sync.item_changed(app_id, state, progress)`` live.

    ``sync`` is the shell's sync controller (``sync_now()`` and the ``item_changed``
    signal) or None when the kiosk has no portal: the list still shows, "Sync now" is off.
    """

    def __init__(self, tasks: Any, staff_id: str, sync: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.staff_id = staff_id
        self.sync = sync
        self.rows: list[Any] = []
        self.bars: dict[str, QProgressBar] = {}
        self.summary = set_role(QLabel(self), "hint")
        self.summary.setWordWrap(True)
        self.sync_now = set_role(QPushButton(tr("Đồng bộ ngay"), self), "primary")
        self.sync_now.setAccessibleName(tr("Gửi ngay các hồ sơ chờ lên cổng dịch vụ công"))
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        self.retry = QPushButton(tr("Gửi lại"), self)
        self.retry.clicked.connect(self._on_retry_clicked)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Mã hồ sơ"), tr("Thủ tục"), tr("Trạng thái"), tr("Tiến độ"), tr("Nộp lúc")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Narrow (200 % text): the time goes under the code, the bar goes (the state
        # cell says the percentage), then the state goes under the procedure.
        fit_table(self.table, fixed={3: 160}, fold={4: 0, 3: 2, 2: 1})
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.retry)
        top.addWidget(self.sync_now)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        if sync is None:
            self.sync_now.setEnabled(False)
            self.sync_now.setToolTip(tr("Máy chưa kết nối cổng dịch vụ công."))
        else:
            sync.item_changed.connect(self._on_sync_item_changed)
        self._on_table_selection_changed()

    def refresh(self) -> None:
        """Reload the outbox from the store."""

        def load(services: Any) -> list[tuple[Any, str]]:
            return [
                (r, procedure_name(services, r.application.procedure_code))
                for r in outbox_rows(services)
            ]

        self.tasks.run_db(load, self._on_loaded, self._on_failed)

    def _on_loaded(self, rows: list[tuple[Any, str]]) -> None:
        self.rows = [row for row, _ in rows]
        self.bars = {}
        self.table.setRowCount(len(rows))
        for n, (row, name) in enumerate(rows):
            item, app = row.item, row.application
            self.table.setItem(n, 0, QTableWidgetItem(app.code))
            self.table.setItem(n, 1, QTableWidgetItem(name))
            self.table.setItem(n, 2, self._state_item(item, item.last_error))
            bar = QProgressBar(self.table)
            bar.setRange(0, 100)
            bar.setValue(round(item.progress * 100))
            bar.setTextVisible(False)  # the theme's bar is thin; the percentage is in the state
            bar.setAccessibleName(tr("Tiến độ gửi hồ sơ {code}").format(code=app.code))
            self.table.setCellWidget(n, 3, bar)
            self.bars[app.id] = bar
            self.table.setItem(n, 4, QTableWidgetItem(show_time(app.submitted_at)))
        failed = sum(1 for r in self.rows if r.item.state == "rejected")
        waiting = len(self.rows) - failed
        if not self.rows:
            self.summary.setText(tr("Mọi hồ sơ đã lên cổng dịch vụ công."))
        else:
            text = tr("{n} hồ sơ chờ gửi.").format(n=waiting)
            if failed:
                text += " " + tr("{n} hồ sơ bị cổng trả lại: cần sửa rồi gửi lại.").format(n=failed)
            self.summary.setText(text)
        self._on_table_selection_changed()

    def _state_item(self, outbox: Any, error: str | None) -> QTableWidgetItem:
        state, attempts = outbox.state, outbox.attempts
        text = state_label(state)
        if state == "pending" and error and error.startswith("exported"):
            text = tr("Đã chuyển sang máy khác")
        elif state == "pending" and attempts:
            text = tr("Chờ gửi lại (đã thử {n} lần)").format(n=attempts)
        if state in ("pending", "sending") and 0 < outbox.progress < 1:
            text += f" · {round(outbox.progress * 100)} %"
        item = QTableWidgetItem(text)
        if error:
            item.setToolTip(error)
        return item

    def _on_failed(self, exc: BaseException) -> None:
        self.summary.setText(tr("Không đọc được hàng đợi gửi. Hãy thử lại hoặc báo kỹ thuật."))

    def _on_sync_item_changed(self, app_id: str, state: str, progress: float) -> None:
        bar = self.bars.get(app_id)
        if bar is None:
            return
        bar.setValue(round(progress * 100))
        for n, row in enumerate(self.rows):
            if row.application.id == app_id:
                local = _WORKER_STATES.get(state, state)
                text = state_label(local)
                if state == "sending":
                    text += f" · {round(progress * 100)} %"
                self.table.setItem(n, 2, QTableWidgetItem(text))
        if state == "delivered" and all(b.value() == 100 for b in self.bars.values()):
            self.refresh()

    def _on_sync_now_clicked(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()
            self.summary.setText(tr("Đang gửi hồ sơ lên cổng dịch vụ công…"))

    def _selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        self.retry.setEnabled(self._selected() is not None)

    def _on_retry_clicked(self) -> None:
        row = self._selected()
        if row is None:
            return
        app_id, staff = row.application.id, self.staff_id
        self.tasks.run_db(
            lambda s: retry_now(s, app_id, staff_id=staff), self._on_requeued, self._on_failed
        )

    def _on_requeued(self, _result: Any) -> None:
        if self.sync is not None:
            self.sync.sync_now()
        self.refresh()
