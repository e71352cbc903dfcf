"""One input widget per field type, all with the same small interface (value, set_value, clear).

Big touch targets: choices are full-width buttons, not combo boxes; long option
lists get a filter box. Text goes through the on-screen/Telex-capable
``VietLineEdit`` when the input package provides it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role


def _forms() -> Any:
    """The ``forms`` package, imported on first use: the home screen's search box comes from
    this module and paints before any form definition is needed (issue 17)."""
    import forms

    return forms


_EDIT_KINDS = {"personal_id": "numeric", "number": "numeric", "phone": "phone", "date": "date"}


def line_edit(parent: QWidget, kind: str = "text") -> QLineEdit:
    """A big line edit that composes Vietnamese; numeric kinds get the number pad."""
    try:  # the Telex/VNI-composing line edit; imported here, not before the first paint
        from ui.input import VietLineEdit
    except ImportError:  # pragma: no cover - depends on the build order
        return QLineEdit(parent)
    edit = VietLineEdit("", parent)
    edit.set_kind(_EDIT_KINDS.get(kind, "text"))
    return edit


_MANY_OPTIONS = 7


def tr(text: str) -> str:
    """Translate a module-level string in the "FieldInput" context."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("FieldInput", text)


def pick(obj: Any, name: str, lang: str) -> str:
    """``obj.name`` or, in English, ``obj.name_en`` when it is set."""
    if lang == "en":
        english = getattr(obj, f"{name}_en", None)
        if english:
            return str(english)
    return str(getattr(obj, name, "") or "")


class FieldInput(QWidget):
    """Base class: ``value()`` is the raw answer (normalised later by ``forms.normalize_value``)."""

    value_changed = Signal()

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the value (wipe)."""
        self.set_value(None)

    def focus_input(self) -> None:
        """Put the keyboard focus where typing starts."""
        self.setFocus()


class TextInput(FieldInput):
    """Text, names, ID numbers, phones, e-mails, numbers and dates: one big line edit."""

    _PLACEHOLDERS: ClassVar[dict[str, object]] = {
        # Short: the example is in the hint (a longer text was cut in the box at 200 %).
        "date": QT_TRANSLATE_NOOP("FieldInput", "ngày/tháng/năm"),
        "time": QT_TRANSLATE_NOOP("FieldInput", "giờ:phút, ví dụ 14:30"),
        "personal_id": QT_TRANSLATE_NOOP("FieldInput", "12 chữ số trên thẻ căn cước"),
        "phone": QT_TRANSLATE_NOOP("FieldInput", "ví dụ 0912345678"),
        "email": QT_TRANSLATE_NOOP("FieldInput", "ví dụ ten@gmail.com"),
    }

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        kind = _kind(field)
        # A year-only date still takes a full date ("05/03/1960" or "1960"): the date pad.
        self.edit = line_edit(self, kind)
        self.edit.setAccessibleName(pick(field, "label", lang))
        if field.year_only:
            self.edit.setPlaceholderText(
                # Short: at 200 % a longer hint was cut in the box.
                QCoreApplication.translate("FieldInput", "ngày/tháng/năm, hoặc chỉ năm")
            )
        elif kind in self._PLACEHOLDERS:
            self.edit.setPlaceholderText(tr(str(self._PLACEHOLDERS[kind])))
        if field.max_length:
            self.edit.setMaxLength(int(field.max_length))
        # Read on Enter / focus out: the composer has finished the word by then (a word
        # whose keys made no Vietnamese comes back as typed), so no half-composed value
        # is ever autosaved. "Tiếp tục"/"Quay lại" read ``value()`` themselves.
        self.edit.editingFinished.connect(self.value_changed)
        self.layout_.addWidget(self.edit)

    def value(self) -> Any:
        composer = getattr(self.edit, "composer", None)
        if composer is not None:
            composer.commit()  # the word being typed is finished now
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(_display(self.field, value))

    def focus_input(self) -> None:
        self.edit.setFocus()


class ChoiceInput(FieldInput):
    """Yes/no and short option lists: one full-width, checkable button per choice."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, QPushButton] = {}
        for value, label in _choices(field, lang):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAccessibleName(label)
            set_role(button, "choice")
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
        self.group.buttonToggled.connect(self._on_group_toggled)

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        value = _forms().normalize_value(self.field, value) if value is not None else None
        self.group.setExclusive(False)  # an exclusive group can't uncheck its last button
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)

    def focus_input(self) -> None:
        checked = self.group.checkedButton()
        target = checked or next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus()

    def _on_group_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.value_changed.emit()


class ListInput(FieldInput):
    """Long option lists (ethnicity, nationality): a filter box over a list of big rows."""

    def __init__(self, field: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.filter = line_edit(self)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("FieldInput", "Gõ vài chữ để tìm")
        )
        self.filter.setAccessibleName(
            QCoreApplication.translate("FieldInput", "Tìm trong danh sách")
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(pick(field, "label", lang))
        self.list.setMinimumHeight(320)
        for value, label in _choices(field, lang):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self._on_filter_return_pressed)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.list)

    def value(self) -> Any:
        item = self.list.currentItem()
        return (
            item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None
        )

    def set_value(self, value: Any) -> None:
        self.filter.clear()
        value = _forms().normalize_value(self.field, value) if value is not None else None
        self.list.clearSelection()
        self.list.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes nullptr
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                self.list.setCurrentItem(item)
                item.setSelected(True)

    def focus_input(self) -> None:
        self.filter.setFocus()

    def _on_filter_text_changed(self, text: str) -> None:
        key = _forms().fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(key) and key not in _forms().fold(item.text()))

    def _on_filter_return_pressed(self) -> None:
        """Enter in the filter box takes the first match (keyboard: type "kinh", Enter)."""
        if self.filter.text().strip():  # an empty filter chooses nothing
            select_first_visible(self.list)

    def _on_list_current_changed(self, *_: object) -> None:
        self.value_changed.emit()


def select_first_visible(view: QListWidget) -> bool:
    """Select the first row the filter left, unless a visible row is already selected."""
    current = view.currentItem()
    if current is not None and current.isSelected() and not current.isHidden():
        return True
    for row in range(view.count()):
        item = view.item(row)
        if not item.isHidden():
            view.setCurrentItem(item)
            item.setSelected(True)
            view.scrollToItem(item)
            return True
    return False


def make_input(field: Any, lang: str, parent: QWidget | None = None) -> FieldInput:
    """The input widget for a field's type."""
    kind = _kind(field)
    if kind == "yes_no":
        return ChoiceInput(field, lang, parent)
    if kind == "select":
        many = len(field.options or []) > _MANY_OPTIONS
        return ListInput(field, lang, parent) if many else ChoiceInput(field, lang, parent)
    if kind == "address":
        from ui.screens._address_input import AddressInput

        return AddressInput(field, lang, parent)
    if kind == "group":
        from ui.screens._group_input import GroupInput

        return GroupInput(field, lang, parent)
    if kind == "attachment":
        from ui.screens._group_input import AttachmentInput

        return AttachmentInput(field, lang, parent)
    if kind == "date" and not field.year_only:
        from ui.screens._pickers import DateInput

        return DateInput(field, lang, parent)
    if kind == "text" and getattr(field, "places", None):
        from ui.screens._pickers import PlaceInput

        return PlaceInput(field, lang, parent)
    return TextInput(field, lang, parent)


def display_value(field: Any, value: Any, lang: str = "vi") -> str:
    """An answer as read back on the review: dates d/m/y, option labels, Có/Không."""
    kind = _kind(field)
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("FieldInput", "(chưa điền)")
    if kind == "yes_no":
        return (
            QCoreApplication.translate("FieldInput", "Có")
            if value is True
            else QCoreApplication.translate("FieldInput", "Không")
            if value is False
            else str(value)
        )
    if kind == "select":
        for option_value, label in _choices(field, lang):
            if option_value == value:
                return label
    if kind == "address" and isinstance(value, dict):
        parts = [value.get("street"), value.get("commune_name"), value.get("province_name")]
        return ", ".join(str(p) for p in parts if p)
    if kind == "group" and isinstance(value, list):
        subs = {s.id: s for s in field.fields or []}
        lines = []
        for n, item in enumerate(value, 1):
            shown = [
                display_value(subs[k], v, lang)
                for k, v in item.items()
                if k in subs and v not in (None, "")
            ]
            lines.append(f"{n}. " + "; ".join(shown))
        return "\n".join(lines)
    if kind == "attachment" and isinstance(value, dict):
        return str(value.get("name", ""))
    return _display(field, value)


def _display(field: Any, value: Any) -> str:
    if value is None:
        return ""
    if _kind(field) == "date" and isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return str(value)


def _kind(field: Any) -> str:
    kind = field.type
    return str(getattr(kind, "value", kind))


def _choices(field: Any, lang: str) -> list[tuple[Any, str]]:
    if _kind(field) == "yes_no":
        return [
            (True, QCoreApplication.translate("FieldInput", "Có")),
            (False, QCoreApplication.translate("FieldInput", "Không")),
        ]
    return [(o.value, pick(o, "label", lang)) for o in field.options or []]
