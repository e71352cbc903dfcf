"""The receipt on screen when no printer is set up: its pages, and "Lưu ra USB" for staff.

The PDF lives only in memory (and in this widget's images) until the session is
wiped; nothing is written under the data dir. Staff may save a copy to a path they
choose (a USB stick), never inside the data dir.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui._theme import set_role


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def render_pdf_pages(pdf: bytes, width: int) -> list[QImage]:
    """Each page of a PDF as an image ``width`` pixels wide (QtPdf); [] when it can't be read."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # QtPdf is in PySide6-Addons; without it the caller draws a summary
        return []
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        if size.width() <= 0:
            continue
        height = int(width * size.height() / size.width())
        paper = QImage(width, height, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # QtPdf leaves the page transparent
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, QSize(width, height)))
        painter.end()
        images.append(paper)
    document.close()
    buffer.close()
    return images


def usb_folder() -> str:
    """Where removable drives are mounted on the kiosk (the save dialog starts there)."""
    user = os.environ.get("USER", "")
    mine = [f"/media/{user}", f"/run/media/{user}"] if user else []
    for candidate in [*mine, "/media", "/mnt"]:
        if Path(candidate).is_dir():
            return candidate
    return str(Path.home())


class ReceiptPreview(QWidget):
    """The receipt's pages; "Lưu ra USB" only when ``staff`` (a signed-in staff member)."""

    back_requested = Signal()
    saved = Signal(str)
    """A copy was written (its path)."""
    spoken = Signal(str, str, str)

    page_width = 900

    def __init__(
        self, pdf: bytes, code: str, *, staff: bool, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._pdf = pdf
        self.code = code
        self.data_dir = Path(data_dir)
        self.title = set_role(QLabel(tr("Giấy biên nhận"), self), "title")
        self.note = set_role(
            QLabel(
                tr(
                    "Chưa có máy in. Đây là giấy biên nhận của bạn; hãy ghi lại mã hồ sơ, "
                    "hoặc nhờ cán bộ ở quầy in giúp."
                ),
                self,
            ),
            "note",
        )
        self.note.setWordWrap(True)
        self.status = set_role(QLabel(self), "hint")
        self.status.setWordWrap(True)
        self.status.hide()
        self.pages: list[QLabel] = []
        holder = QWidget(self)
        pages = QVBoxLayout(holder)
        pages.setSpacing(16)
        images = render_pdf_pages(pdf, self.page_width)
        for image in images:
            label = QLabel(holder)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(tr("Trang giấy biên nhận"))
            pages.addWidget(label)
            self.pages.append(label)
        if not images:  # no QtPdf: the code is what the resident needs
            label = set_role(QLabel(tr("Mã hồ sơ: %1").replace("%1", code), holder), "code")
            pages.addWidget(label)
            self.pages.append(label)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(holder)
        self.back = QPushButton(tr("← Quay lại"), self)
        self.back.setAccessibleName(tr("Quay lại màn hình biên nhận"))
        self.back.clicked.connect(self.back_requested)
        self.save = QPushButton(tr("Lưu ra USB"), self)
        self.save.setAccessibleName(tr("Lưu giấy biên nhận ra USB (cán bộ)"))
        self.save.setVisible(staff)
        self.save.clicked.connect(self._on_save_clicked)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 16, 40, 16)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(self.area, 1)
        column.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.save)
        column.addLayout(row)

    @property
    def pdf(self) -> bytes:
        """The receipt's PDF (in memory only)."""
        return self._pdf

    @staticmethod
    def ask_path(parent: QWidget, suggested: str) -> str:
        """Ask staff where to save (tests patch this instead of clicking through the dialog)."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Lưu giấy biên nhận ra USB"),
            suggested,
            "PDF (*.pdf)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return path

    def save_to(self, path: str | Path) -> bool:
        """Write the PDF to ``path`` (refused inside the data dir); say what happened."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if _inside(target, self.data_dir):
            self._say(tr("Không lưu vào thư mục dữ liệu của máy. Hãy chọn ổ USB."))
            return False
        try:
            target.write_bytes(self._pdf)
        except OSError:
            self._say(tr("Không lưu được tệp. Hãy kiểm tra ổ USB rồi thử lại."))
            return False
        self._say(tr("Đã lưu giấy biên nhận: %1").replace("%1", str(target)))
        self.saved.emit(str(target))
        return True

    def clear(self) -> None:
        """Forget the receipt (the session is being wiped)."""
        self._pdf = b""
        for label in self.pages:
            label.clear()

    def _on_save_clicked(self) -> None:
        safe = "".join(c if c.isalnum() or c in "-." else "_" for c in self.code)
        path = type(self).ask_path(self, str(Path(usb_folder()) / f"bien-nhan-{safe}.pdf"))
        if path:
            self.save_to(path)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
