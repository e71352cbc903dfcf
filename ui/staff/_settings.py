"""The admin settings screen: edit ``<data dir>/kiosk.toml``, validated before saving."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role
from ui.staff._common import STAFF_STYLE, tr
from ui.staff._settings_model import (
    SECTIONS,
    FieldSpec,
    current_values,
    field_specs,
    load_document,
    save,
    validate,
)

_log = logging.getLogger(__name__)


class AdminSettings(QWidget):
    """Every setting of the kiosk on one page; "Lưu" validates all of it first.

    Args:
        tasks: the GUI's ``TaskManager`` (the audit entry of a change goes through it).
        config_path: ``<data dir>/kiosk.toml`` (created on the first save).
        admin_id: who signed in with the admin PIN (written in the audit entry).

    Signals:
        saved(list): the ``section.key`` names that changed; most take effect at the
            next start, which the screen says.
        close_requested(): the admin leaves.
    """

    saved = Signal(list)
    close_requested = Signal()

    def __init__(
        self,
        tasks: Any,
        config_path: Path,
        *,
        admin_id: str = "admin",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.setStyleSheet(STAFF_STYLE)
        self.tasks = tasks
        self.path = Path(config_path)
        self.admin_id = admin_id
        self.inputs: dict[str, QWidget] = {}
        self.specs = {s.path: s for s in field_specs()}
        self.title = set_role(QLabel(tr("Cài đặt máy"), self), "title")
        # A zero-width space after each "/": a long path wraps at 200 % instead of being cut.
        shown = str(self.path).replace("/", "/\u200b")
        self.where = set_role(QLabel(tr("Tệp cấu hình: {p}").format(p=shown), self), "hint")
        self.where.setWordWrap(True)
        self.problems = set_role(QLabel(self), "error")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.notice = set_role(QLabel(self), "note")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button = set_role(QPushButton(tr("Kiểm tra và lưu"), self), "primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.reload_button = QPushButton(tr("Bỏ thay đổi"), self)
        self.reload_button.clicked.connect(self.reload)
        self.leave = QPushButton(tr("← Thoát"), self)
        self.leave.clicked.connect(self.close_requested)

        body = QWidget()
        form_column = QVBoxLayout(body)
        groups: dict[str, QFormLayout] = {}
        for spec in self.specs.values():
            if spec.section not in groups:
                box = QGroupBox(tr(SECTIONS.get(spec.section, spec.section)), body)
                groups[spec.section] = QFormLayout(box)
                # Label above its field: at 200 % a label beside it was cut to one line.
                groups[spec.section].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                form_column.addWidget(box)
            widget = self._input_for(spec, body)
            self.inputs[spec.path] = widget
            label = QLabel(tr(spec.label), body)
            label.setWordWrap(True)
            groups[spec.section].addRow(label, widget)
        form_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.leave)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addLayout(head)
        column.addWidget(self.where)
        column.addWidget(self.problems)
        column.addWidget(self.notice)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        self.reload()

    @staticmethod
    def _input_for(spec: FieldSpec, parent: QWidget) -> QWidget:
        if spec.kind == "bool":
            return QCheckBox(parent)
        if spec.kind == "choice":
            combo = QComboBox(parent)
            combo.addItems(list(spec.choices))
            return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(str(spec.default))
        return edit

    def reload(self) -> None:
        """Show what the file holds now (defaults for settings it doesn't name)."""
        self.problems.hide()
        self.notice.hide()
        try:
            values = current_values(load_document(self.path))
        except ValueError as exc:
            self._show_problems([str(exc)])
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        for name, value in values.items():
            self.set_input(name, value)

    def set_input(self, name: str, value: Any) -> None:
        """Put ``value`` in the input of setting ``name`` (tests and reload)."""
        widget = self.inputs[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def edits(self) -> dict[str, Any]:
        """What each input holds now, as typed."""
        out: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentText()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def _show_problems(self, problems: list[str]) -> None:
        head = tr("Chưa lưu. Hãy sửa {n} chỗ sau:").format(n=len(problems))
        self.problems.setText(head + "\n" + "\n".join(f"• {p}" for p in problems))
        self.problems.show()
        self.notice.hide()

    def _on_save_clicked(self) -> None:
        try:
            doc = load_document(self.path)
        except ValueError as exc:
            self._show_problems([str(exc)])
            return
        typed, problems = validate(doc, self.edits())
        if problems:
            self._show_problems(problems)
            return
        try:
            changed = save(self.path, doc, typed)
        except OSError as exc:
            self._show_problems(
                [tr("Không ghi được tệp cấu hình ({e}). Hãy báo kỹ thuật.").format(e=exc)]
            )
            return
        self.problems.hide()
        if not changed:
            self.notice.setText(tr("Không có gì thay đổi."))
        else:
            self.notice.setText(
                tr("Đã lưu {n} thay đổi. Khởi động lại máy kiosk để áp dụng.").format(
                    n=len(changed)
                )
            )
            admin = self.admin_id
            self.tasks.run_db(
                lambda s: s.store.audit(
                    f"admin:{admin}", "config.changed", None, {"keys": changed}
                ),
                None,
                lambda exc: _log.error("config change not audited: %s", type(exc).__name__),
            )
        self.notice.show()
        self.saved.emit(changed)
