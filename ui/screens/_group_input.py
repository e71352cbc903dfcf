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
    """A document: photographed with the kiosk's camera, handed to staff on paper, or (staff
    only) a file chosen with a dialog. The value records name, type and size, or
    ``handed_to_staff``; the photo's bytes stay on disk until the application is sent."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self._value: dict[str, Any] | None = None
        self.document_camera: Any = None
        self.use_camera = True
        self.camera = set_role(
            QPushButton(QCoreApplication.translate("FieldInput", "Chụp bằng camera của máy"), self),
            "choice",
        )
        self.camera.setAccessibleName(
            QCoreApplication.translate("FieldInput", "Chụp giấy tờ bằng camera của máy")
        )
        self.paper = set_role(
            QPushButton(
                QCoreApplication.translate("FieldInput", "Tôi sẽ đưa giấy cho cán bộ ở quầy"), self
            ),
            "choice",
        )
        self.paper.setAccessibleName(
            QCoreApplication.translate("FieldInput", "Đưa bản giấy cho cán bộ ở quầy")
        )
        self.choose = QPushButton(
            QCoreApplication.translate("FieldInput", "Chọn tệp ảnh hoặc PDF"), self
        )
        self.choose.setAccessibleName(
            QCoreApplication.translate("FieldInput", "Chọn tệp ảnh hoặc PDF")
        )
        self.chosen = set_role(
            QLabel(
                QCoreApplication.translate(
                    "FieldInput", "Chưa có ảnh. Nếu không chụp được, hãy đưa giấy tờ cho cán bộ."
                ),
                self,
            ),
            "hint",
        )
        self.chosen.setWordWrap(True)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.camera.clicked.connect(self._on_camera_clicked)
        self.paper.clicked.connect(self._on_paper_clicked)
        for w in (self.camera, self.paper, self.choose, self.chosen):
            self.layout_.addWidget(w)

    def set_staff(self, staff: bool) -> None:
        """Staff may pick a file with a dialog; a resident photographs the paper or hands it in."""
        self.choose.setVisible(staff)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value if isinstance(value, dict) else None
        if self._value and self._value.get("handed_to_staff"):
            text = QCoreApplication.translate(
                "FieldInput", "Bạn sẽ đưa bản giấy cho cán bộ ở quầy."
            )
        elif self._value:
            text = QCoreApplication.translate("FieldInput", "Đã có: %1").replace(
                "%1", str(self._value.get("name"))
            )
        else:
            text = QCoreApplication.translate("FieldInput", "Chưa có ảnh.")
        self.chosen.setText(text)

    def clear(self) -> None:
        self.set_value(None)
        if self.document_camera is not None:
            self.document_camera.stop()
            self.document_camera.clear()

    def focus_input(self) -> None:
        self.camera.setFocus()

    @classmethod
    def ask_path(cls, parent: QWidget) -> Path | None:
        """Ask for a photo or PDF (a file dialog, staff only); tests replace this classmethod."""
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

    def _on_camera_clicked(self) -> None:
        """Open the camera below the buttons (built on first use: most pages never need it)."""
        if self.document_camera is None:
            from ui.input import DocumentCamera

            self.document_camera = DocumentCamera(self, use_camera=self.use_camera)
            self.document_camera.captured.connect(self._on_document_camera_captured)
            self.layout_.addWidget(self.document_camera)
        self.document_camera.show()
        self.document_camera.start()

    def _on_document_camera_captured(self, path: Path) -> None:
        self.document_camera.stop()
        self.document_camera.hide()
        self.set_path(path)

    def _on_paper_clicked(self) -> None:
        self.set_value(
            {
                "handed_to_staff": True,
                "name": QCoreApplication.translate("FieldInput", "Bản giấy nộp tại quầy"),
            }
        )
        self.value_changed.emit()

    def set_path(self, path: Path) -> None:
        """Attach a file by path (the dialog, the camera and tests call this)."""
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.set_value(
            {"name": path.name, "mime": mime, "size": path.stat().st_size, "path": str(path)}
        )
        self.value_changed.emit()
