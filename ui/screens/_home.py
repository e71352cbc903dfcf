"""Home: start, search a procedure, look up an application, staff sign-in, language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui._theme import set_role
from ui._wrap import WrapRow
from ui.screens._field_widgets import line_edit


class HomeScreen(QWidget):
    """The idle screen. Every button is one intent for the window to carry out."""

    start_requested = Signal()
    search_requested = Signal(str)
    lookup_requested = Signal()
    results_requested = Signal()
    resume_requested = Signal()
    staff_requested = Signal()
    language_requested = Signal(str)
    spoken = Signal(str, str, str)

    def __init__(
        self, kiosk_name: str, parent: QWidget | None = None, *, plain_search: bool = False
    ) -> None:
        """``plain_search``: a plain line edit (the first frame, painted before the
        on-screen keyboard's code is loaded; see :mod:`ui._first_frame`)."""
        super().__init__(parent)
        set_role(self, "screen")
        self.title = set_role(QLabel(self.tr("Xin chào! Bạn cần làm thủ tục gì?"), self), "title")
        self.title.setWordWrap(True)
        self.subtitle = set_role(QLabel(kiosk_name, self), "hint")
        self.subtitle.setWordWrap(True)
        self.start = set_role(QPushButton(self.tr("Bắt đầu"), self), "primary")
        self.start.setAccessibleName(self.tr("Bắt đầu làm hồ sơ"))
        self.start.setMinimumHeight(110)
        self.search_label = set_role(
            QLabel(self.tr("Hoặc gõ tên thủ tục, ví dụ “khai sinh”:"), self), "hint"
        )
        self.search_label.setWordWrap(True)
        self.search = QLineEdit(self) if plain_search else line_edit(self)
        self.search.setPlaceholderText(self.tr("Tìm thủ tục"))
        self.search.setAccessibleName(self.tr("Tìm thủ tục"))
        self.search_go = QPushButton(self.tr("Tìm"), self)
        self.search_go.setAccessibleName(self.tr("Tìm thủ tục"))
        self.lookup = QPushButton(self.tr("Tra cứu hồ sơ"), self)
        self.lookup.setAccessibleName(self.tr("Tra cứu tình trạng hồ sơ"))
        self.results = QPushButton(self.tr("Nhận kết quả"), self)
        self.results.setAccessibleName(self.tr("Nhận kết quả hồ sơ đã có"))
        self.resume = QPushButton(self.tr("Tiếp tục hồ sơ đang làm"), self)
        self.resume.setAccessibleName(self.tr("Tiếp tục hồ sơ đang làm dở"))
        self.staff = QPushButton(self.tr("Cán bộ hỗ trợ"), self)
        self.staff.setAccessibleName(self.tr("Cán bộ đăng nhập để hỗ trợ"))
        self.language = QPushButton(self)
        self.language.setAccessibleName(self.tr("Đổi ngôn ngữ"))
        self.set_language("vi")

        self.start.clicked.connect(self.start_requested)
        self.search_go.clicked.connect(self._on_search_go_clicked)
        self.search.returnPressed.connect(self._on_search_go_clicked)
        self.lookup.clicked.connect(self.lookup_requested)
        self.results.clicked.connect(self.results_requested)
        self.resume.clicked.connect(self.resume_requested)
        self.staff.clicked.connect(self.staff_requested)
        self.language.clicked.connect(self._on_language_clicked)

        column = QVBoxLayout(self)
        column.setContentsMargins(80, 40, 80, 30)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(20)
        column.addWidget(self.start)
        column.addSpacing(10)
        column.addWidget(self.search_label)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.search_go)
        column.addLayout(row)
        column.addSpacing(10)
        more = WrapRow(self)  # side by side when they fit, else one under the other
        more.add(self.lookup, self.results, self.resume)
        column.addWidget(more)
        column.addStretch(1)
        bottom = WrapRow(self)
        bottom.add(self.staff)
        bottom.wrap.addStretch()
        bottom.add(self.language)
        column.addWidget(bottom)
        self._lang = "vi"

    def set_language(self, lang: str) -> None:
        """The language button offers the other language, named in that language."""
        self._lang = lang
        self.language.setText("English" if lang == "vi" else "Tiếng Việt")

    def clear(self) -> None:
        """Forget what was typed in the search box."""
        self.search.clear()

    def greet(self) -> None:
        """Read the greeting aloud."""
        self.spoken.emit(self.title.text(), self.tr("Bấm Bắt đầu để làm hồ sơ."), "")

    def _on_search_go_clicked(self) -> None:
        self.search_requested.emit(self.search.text())

    def _on_language_clicked(self) -> None:
        self.language_requested.emit("en" if self._lang == "vi" else "vi")
