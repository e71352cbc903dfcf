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
        self._offered: list[str] = []
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

    def offer(self, codes: list[str]) -> None:
        """Show only these units (first, in this order) until the person types in the filter."""
        self._offered = list(codes)
        for index, code in enumerate(codes):
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                    self.list.insertItem(index, self.list.takeItem(row))
                    break
        self._on_filter_text_changed(self.filter.text())

    def _on_filter_text_changed(self, text: str) -> None:
        key = forms.fold(text)
        offered = getattr(self, "_offered", None)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if key:
                item.setHidden(key not in forms.fold(item.text()))
            else:
                code = item.data(Qt.ItemDataRole.UserRole)
                item.setHidden(bool(offered) and code not in (offered or ()))


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
        # Shown when a scanned card's address needs a choice ("never a silent guess").
        self.choice_note = set_role(QLabel(self), "note")
        self.choice_note.setWordWrap(True)
        self.choice_note.hide()
        self._pending: dict[str, Any] = {}
        for w in (self.choice_note, self.province, self.commune, self.street_label, self.street):
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
        elif self._pending and province and province[0] == self._pending.get("province_code"):
            # Not chosen yet: keep the card's choices so the question still asks.
            out.update({k: v for k, v in self._pending.items() if k not in out})
        return out

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value.strip():
            # Free text no commune could be read from (a card, an old draft): keep it
            # in the street box to edit down, and ask for the commune.
            value = {"street": value.strip(), "printed": value.strip()}
        value = value if isinstance(value, dict) else {}
        self.province.select(value.get("province_code") or HANOI_CODE, value.get("province_name"))
        self._fill_communes()
        self.commune.select(value.get("commune_code"), value.get("commune_name"))
        self.street.setText(str(value.get("street") or ""))
        self._show_choice(value)

    def _show_choice(self, value: dict[str, Any]) -> None:
        """A card address that named several 2025 communes, or none: ask, showing the choices."""
        printed = str(value.get("printed") or "")
        candidates = [c for c in value.get("candidates") or [] if isinstance(c, dict)]
        if value.get("commune_code") or not (printed or candidates):
            self._pending = {}
            self.choice_note.hide()
            return
        self._pending = {
            k: value[k] for k in ("candidates", "legacy", "printed", "province_name") if k in value
        }
        self._pending["province_code"] = value.get("province_code")
        shown = value.get("legacy") or printed
        if candidates:
            self.commune.offer([str(c.get("code")) for c in candidates])
            text = QCoreApplication.translate(
                "FieldInput",
                "Địa chỉ trên thẻ (%1) nay thuộc một trong các xã/phường dưới đây. "
                "Hãy chọn đúng nơi ở; không thấy thì gõ tên để tìm.",
            )
        else:
            text = QCoreApplication.translate(
                "FieldInput",
                "Không tìm thấy xã/phường trong địa chỉ trên thẻ (%1). Hãy chọn xã/phường.",
            )
        self.choice_note.setText(text.replace("%1", shown))
        self.choice_note.show()

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
        if self.commune.current() is not None and self._pending:
            self._pending = {}
            self.choice_note.hide()
        self.value_changed.emit()
