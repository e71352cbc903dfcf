"""Inputs for the two composite types: repeating groups and attachments."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui.screens._field_widgets import FieldInput, make_input, pick


class _GroupItem(QFrame):
    """One entry of a group: the sub-fields one under another, each with its label."""

    def __init__(self, field: Any, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        set_role(self, "card")
        layout = QVBoxLayout(self)
        self.inputs: dict[str, FieldInput] = {}
        for sub in field.fields or []:
            layout.addWidget(set_role(QLabel(pick(sub, "label", lang), self), "answer"))
            widget = make_input(sub, lang, self)
            self.inputs[sub.id] = widget
            layout.addWidget(widget)
        self.remove = QPushButton(QCoreApplication.translate("FieldInput", "Xoá mục này"), self)
        self.remove.setAccessibleName(QCoreApplication.translate("FieldInput", "Xoá mục này"))
        layout.addWidget(self.remove)

    def value(self) -> dict[str, Any]:
        return {k: w.value() for k, w in self.inputs.items() if w.value() not in (None, "")}

    def set_value(self, value: dict[str, Any]) -> None:
        for key, widget in self.inputs.items():
            widget.set_value(value.get(key))


class GroupInput(FieldInput):
    """A list of entries (e.g. extra copies requested); "Thêm" adds one, up to ``max_items``."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.items: list[_GroupItem] = []
        self.add = QPushButton(QCoreApplication.translate("FieldInput", "Thêm một mục"), self)
        self.add.setAccessibleName(QCoreApplication.translate("FieldInput", "Thêm một mục"))
        self.add.clicked.connect(self._on_add_clicked)
        self.layout_.addWidget(self.add)
        for _ in range(max(1, field.min_items or 0)):
            self._add_item()

    def value(self) -> Any:
        values = [item.value() for item in self.items]
        return [v for v in values if v]

    def set_value(self, value: Any) -> None:
        for item in list(self.items):
            self._remove_item(item)
        entries = value if isinstance(value, list) and value else [{}]
        for entry in entries:
            self._add_item().set_value(entry if isinstance(entry, dict) else {})

    def focus_input(self) -> None:
        """Typing starts in the first entry's first question."""
        if self.items and self.items[0].inputs:
            next(iter(self.items[0].inputs.values())).focus_input()
        else:
            self.add.setFocus()

    def _add_item(self) -> _GroupItem:
        item = _GroupItem(self.field, self.lang, self)
        item.remove.clicked.connect(lambda: self._on_remove_clicked(item))
        for widget in item.inputs.values():
            widget.value_changed.connect(self.value_changed)
        self.items.append(item)
        self.layout_.insertWidget(self.layout_.count() - 1, item)
        self._update_buttons()
        return item

    def _remove_item(self, item: _GroupItem) -> None:
        self.items.remove(item)
        self.layout_.removeWidget(item)
        item.deleteLater()
        item.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        limit = self.field.max_items
        self.add.setEnabled(limit is None or len(self.items) < limit)

    def _on_add_clicked(self) -> None:
        self._add_item()

    def _on_remove_clicked(self, item: _GroupItem) -> None:
        self._remove_item(item)
        self.value_changed.emit()


class AttachmentInput(FieldInput):
    """A photo or PDF of a document; the value records name, type and size (bytes stay on disk)."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self._value: dict[str, Any] | None = None
        self.choose = QPushButton(
            QCoreApplication.translate("FieldInput", "Chọn tệp ảnh hoặc PDF"), self
        )
        self.choose.setAccessibleName(
            QCoreApplication.translate("FieldInput", "Chọn tệp ảnh hoặc PDF")
        )
        self.chosen = set_role(
            QLabel(
                QCoreApplication.translate(
                    "FieldInput", "Chưa có tệp. Nếu không có, hãy đưa giấy tờ cho cán bộ."
                ),
                self,
            ),
            "hint",
        )
        self.chosen.setWordWrap(True)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.layout_.addWidget(self.choose)
        self.layout_.addWidget(self.chosen)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value if isinstance(value, dict) else None
        self.chosen.setText(
            str(self._value.get("name"))
            if self._value
            else QCoreApplication.translate("FieldInput", "Chưa có tệp.")
        )

    def focus_input(self) -> None:
        self.choose.setFocus()

    @classmethod
    def ask_path(cls, parent: QWidget) -> Path | None:
        """Ask for a photo or PDF (a file dialog); tests replace this classmethod."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FieldInput", "Chọn tệp"),
            "",
            "Ảnh/PDF (*.jpg *.jpeg *.png *.pdf)",
        )
        return Path(name) if name else None

    def _on_choose_clicked(self) -> None:
        path = type(self).ask_path(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Attach a file by path (the dialog and tests call this)."""
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.set_value(
            {"name": path.name, "mime": mime, "size": path.stat().st_size, "path": str(path)}
        )
        self.value_changed.emit()
