"""Address input in the 2025 two-level form: province, then commune/ward, then house and street.

The province and commune lists come from ``forms`` (``list_provinces``,
``list_communes``). Hanoi is preselected: most residents at a Hanoi commune live
there. Lists have a filter box that ignores diacritics and tone placement.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

import forms
from ui._theme import set_role
from ui.screens._field_widgets import FieldInput, line_edit, pick, select_first_visible

HANOI_CODE = "01"


def _units(fn_name: str, *args: str) -> list[tuple[str, str]]:
    """(code, name) pairs from the forms address API; empty when it is not available."""
    fn = getattr(forms, fn_name, None)
    if fn is None:
        return []
    out = []
    for unit in fn(*args):
        if isinstance(unit, dict):
            code, name = unit.get("code"), unit.get("name")
        elif isinstance(unit, tuple | list):
            code, name = unit[0], unit[1]
        else:
            code = getattr(unit, "code", None)
            name = getattr(unit, "name", None)
        if code is not None and name:
            out.append((str(code), str(name)))
    return out


class _FilteredList(QWidget):
    """A filter box over a list of (code, name) rows."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = set_role(QLabel(title, self), "hint")
        self.filter = line_edit(self)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("FieldInput", "Gõ vài chữ để tìm")
        )
        self.filter.setAccessibleName(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setMinimumHeight(220)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        for w in (self.title, self.filter, self.list):
            layout.addWidget(w)

    def fill(self, units: list[tuple[str, str]]) -> None:
        self.list.clear()
        self.filter.clear()
        for code, name in units:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)

    def current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def select(self, code: str | None, name: str | None = None) -> None:
        """Select a unit; a stored unit missing from the list (resumed draft, ID card) is added."""
        self.list.clearSelection()
        self.list.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes nullptr
        if code is None:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                break
        else:
            if not name:
                return
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self.list.setCurrentItem(item)
        item.setSelected(True)
        self.list.scrollToItem(item)

    def _on_filter_text_changed(self, text: str) -> None:
        key = forms.fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(key) and key not in forms.fold(item.text()))


class AddressInput(FieldInput):
    """Value: ``{"province_code", "province_name", "commune_code", "commune_name", "street"}``."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self._loaded_province: str | None = None
        label = pick(field, "label", lang)
        self.province = _FilteredList(
            QCoreApplication.translate("FieldInput", "Tỉnh / thành phố"), self
        )
        self.commune = _FilteredList(QCoreApplication.translate("FieldInput", "Xã / phường"), self)
        self.street_label = set_role(
            QLabel(
                QCoreApplication.translate("FieldInput", "Số nhà, đường, thôn/tổ dân phố"), self
            ),
            "hint",
        )
        self.street = line_edit(self)
        self.street.setAccessibleName(
            label + " – " + QCoreApplication.translate("FieldInput", "Số nhà, đường")
        )
        self.province.fill(_units("list_provinces"))
        self.province.list.currentItemChanged.connect(self._on_province_changed)
        self.commune.list.currentItemChanged.connect(self._on_part_changed)
        self.street.editingFinished.connect(self._on_part_changed)
        for w in (self.province, self.commune, self.street_label, self.street):
            self.layout_.addWidget(w)
        self.province.select(HANOI_CODE)
        self._fill_communes()

    def value(self) -> Any:
        province = self.province.current()
        commune = self.commune.current()
        composer = getattr(self.street, "composer", None)
        if composer is not None:
            composer.commit()
        street = self.street.text().strip()
        if commune is None and not street:
            return None  # the preselected province alone is not an answer (optional address)
        out: dict[str, Any] = {"street": street}
        if province:
            out["province_code"], out["province_name"] = province
        if commune:
            out["commune_code"], out["commune_name"] = commune
        return out

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.province.select(value.get("province_code") or HANOI_CODE, value.get("province_name"))
        self._fill_communes()
        self.commune.select(value.get("commune_code"), value.get("commune_name"))
        self.street.setText(str(value.get("street") or ""))

    def clear(self) -> None:
        self.set_value(None)
        self.province.filter.clear()
        self.commune.filter.clear()

    def focus_input(self) -> None:
        self.commune.filter.setFocus()

    def _fill_communes(self) -> None:
        province = self.province.current()
        code = province[0] if province else None
        if code == self._loaded_province:
            return
        self._loaded_province = code
        self.commune.fill(_units("list_communes", code) if code else [])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter in a filter box takes its first match and moves on to the next part.

        Keyboard only: type "ba dinh", Enter, type the street, Enter (the wizard
        moves on). Enter anywhere else goes up to the wizard as usual.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for part, following in (
                (self.province, self.commune.filter),
                (self.commune, self.street),
            ):
                # An empty filter chooses nothing: Enter then moves on (an optional address).
                if part.filter.hasFocus() and part.filter.text().strip():
                    select_first_visible(part.list)
                    following.setFocus()
                    event.accept()
                    return
        super().keyPressEvent(event)

    def _on_province_changed(self, *_: object) -> None:
        self._fill_communes()
        self.value_changed.emit()

    def _on_part_changed(self, *_: object) -> None:
        self.value_changed.emit()
