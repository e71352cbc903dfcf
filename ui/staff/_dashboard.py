"""The dashboard: where this service point stands against Hanoi's targets, from local data."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import (
    TARGET_E_RESULT,
    TARGET_FULL_ONLINE,
    TARGET_ON_TIME,
    TARGET_ONLINE,
    dashboard_figures,
    record_paper_intake,
    unverified_facts,
)
from ui._theme import FONT_FAMILY, set_role
from ui._wrap import WrapRow
from ui.staff._common import STAFF_STYLE, show_age, tr
from ui.staff._gauges import TargetGauge

_PIE_SLICES = 5
_PALETTE = ["#0b57a4", "#e08a00", "#1d6b2a", "#8e3b9a", "#b00020", "#5a5a5a"]


class Dashboard(QWidget):
    """Charts and target gauges; "Ghi nhận hồ sơ giấy" logs a paper intake with one tap.

    Args:
        tasks: the GUI's ``TaskManager``.
        days: how many days the per-day chart covers.

    Signals:
        close_requested(): staff leave the dashboard.
        loaded(object): the :class:`kiosk.services.DashboardFigures` just drawn (tests).
    """

    close_requested = Signal()
    loaded = Signal(object)

    def __init__(self, tasks: Any, *, days: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self.setStyleSheet(STAFF_STYLE)
        self.tasks = tasks
        self.days = days
        self.figures: Any = None
        self.title = set_role(QLabel(tr("Chỉ tiêu của Thành phố"), self), "title")
        self.title.setWordWrap(True)
        self.paper = set_role(QPushButton(tr("+ Ghi nhận hồ sơ giấy"), self), "primary")
        self.paper.setAccessibleName(tr("Ghi nhận một hồ sơ nhận bằng giấy"))
        self.paper.clicked.connect(self._on_paper_clicked)
        self.leave = QPushButton(tr("← Thoát"), self)
        self.leave.clicked.connect(self.close_requested)
        self.notice = set_role(QLabel(self), "hint")
        self.online = TargetGauge(tr("Hồ sơ nhận trực tuyến"), TARGET_ONLINE, self)
        self.full_online = TargetGauge(tr("Hồ sơ toàn trình"), TARGET_FULL_ONLINE, self)
        self.on_time = TargetGauge(tr("Trả kết quả đúng hạn"), TARGET_ON_TIME, self)
        self.e_results = TargetGauge(tr("Kết quả có bản điện tử"), TARGET_E_RESULT, self)
        self.waiting = set_role(QLabel(self), "answer")
        self.waiting.setWordWrap(True)
        # Definition facts not yet confirmed from the legal text (fees, form items...):
        # staff check them before telling a resident; receipts never print them as sure.
        self.unverified = set_role(QLabel(self), "hint")
        self.unverified.setWordWrap(True)
        self.unverified.setTextFormat(Qt.TextFormat.RichText)
        self.per_day = QChartView(self)
        self.per_procedure = QChartView(self)
        for view in (self.per_day, self.per_procedure):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
        # Procedure names are long: a wrapped legend beside the pie instead of QLegend's elision.
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.head = QGridLayout()
        self.buttons = WrapRow(self)  # one under the other when a narrow screen can't hold both
        self.buttons.wrap.addStretch()
        self.buttons.add(self.paper, self.leave)
        self.gauges = QGridLayout()
        self._gauge_columns = 0
        self.charts = QGridLayout()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.gauges)
        inner.addWidget(self.waiting)
        inner.addLayout(self.charts)
        inner.addWidget(self.unverified)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addLayout(self.head)
        column.addWidget(self.notice)
        column.addWidget(scroll, 1)
        self._arrange()

    def _arrange(self) -> None:
        """Four gauges in a row and the charts side by side; two per row with large text,
        one under the other when even two don't fit (portrait at 200 %)."""
        ems = self.width() / max(1, self.fontInfo().pixelSize())
        wide = ems > 45
        columns = 4 if wide else 2 if ems > 26 else 1
        if columns == self._gauge_columns:
            return
        self._gauge_columns = columns
        gauges = (self.online, self.full_online, self.on_time, self.e_results)
        for layout, widgets in (
            (self.gauges, gauges),
            (self.charts, (self.per_day, self.per_procedure, self.legend)),
            (self.head, (self.title,)),
        ):
            for widget in widgets:
                layout.removeWidget(widget)
        self.head.removeWidget(self.buttons)
        # With large text the title gets its own row, above the buttons.
        self.head.addWidget(self.title, 0, 0, 1, 1 if wide else 2)
        self.head.addWidget(self.buttons, 0 if wide else 1, 1 if wide else 0, 1, 1 if wide else 2)
        self.head.setColumnStretch(0, 1)
        for n, gauge in enumerate(gauges):
            self.gauges.addWidget(gauge, n // columns, n % columns)
        for n in range(4):
            self.gauges.setColumnStretch(n, 1 if n < columns else 0)
        if wide:
            self.charts.addWidget(self.per_day, 0, 0)
            self.charts.addWidget(self.per_procedure, 0, 1)
            self.charts.addWidget(self.legend, 0, 2)
            for n, stretch in enumerate((5, 2, 2)):
                self.charts.setColumnStretch(n, stretch)
        elif columns == 2:
            self.charts.addWidget(self.per_day, 0, 0, 1, 2)
            self.charts.addWidget(self.per_procedure, 1, 0)
            self.charts.addWidget(self.legend, 1, 1)
            for n, stretch in enumerate((1, 1, 0)):
                self.charts.setColumnStretch(n, stretch)
        else:
            for n, view in enumerate((self.per_day, self.per_procedure, self.legend)):
                self.charts.addWidget(view, n, 0)
            for n, stretch in enumerate((1, 0, 0)):
                self.charts.setColumnStretch(n, stretch)
        height = max(300, self.fontInfo().pixelSize() * 14)
        for view in (self.per_day, self.per_procedure):
            view.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def refresh(self) -> None:
        """Recompute every figure on the store's thread, then redraw."""
        days = self.days
        self.tasks.run_db(
            lambda s: dashboard_figures(s, days=days), self._on_loaded, self._on_failed
        )
        self.tasks.run_db(unverified_facts, self._on_unverified_loaded, lambda _exc: None)

    def _on_unverified_loaded(self, facts: list[Any]) -> None:
        if not facts:
            self.unverified.clear()
            return
        rows = "".join(
            f"<li><b>{escape(f.procedure_code)} {escape(f.procedure_name)}</b> "
            f"({escape(f.what)}): {escape(f.note)}</li>"
            for f in facts
        )
        heading = escape(
            tr("Thông tin chưa được xác nhận từ văn bản (verify): đối chiếu trước khi trả lời")
        )
        self.unverified.setText(f"<p><b>{heading}</b></p><ul>{rows}</ul>")

    def _on_loaded(self, figures: Any) -> None:
        self.figures = figures
        self._gauge_columns = 0  # the font may have changed since: re-arrange
        self._arrange()
        intakes = figures.intakes.online
        self.online.set_ratio(intakes.part, intakes.whole, tr("hồ sơ"))
        self.full_online.set_ratio(figures.full_online.part, figures.full_online.whole, tr("hồ sơ"))
        self.on_time.set_ratio(figures.on_time.part, figures.on_time.whole, tr("kết quả"))
        self.e_results.set_ratio(figures.e_results.part, figures.e_results.whole, tr("kết quả"))
        self.waiting.setText(
            tr(
                "Hồ sơ chưa lên cổng: {n} · chờ lâu nhất: {age}"
                " · quá hạn: {late} · cần bổ sung: {sup}"
            ).format(
                n=figures.undelivered,
                age=show_age(figures.oldest_undelivered_age),
                late=figures.overdue,
                sup=figures.supplements,
            )
        )
        self._draw_per_day(figures.per_day)
        self._draw_per_procedure(figures.per_procedure)
        self.loaded.emit(figures)

    def _on_failed(self, exc: BaseException) -> None:
        self.notice.setText(tr("Không tính được số liệu. Hãy thử lại hoặc báo kỹ thuật."))

    def _on_paper_clicked(self) -> None:
        self.paper.setEnabled(False)
        self.tasks.run_db(record_paper_intake, self._on_paper_recorded, self._on_paper_failed)

    def _on_paper_recorded(self, counts: Any) -> None:
        self.paper.setEnabled(True)
        self.notice.setText(
            tr("Đã ghi nhận 1 hồ sơ giấy (tổng cộng {n} hồ sơ giấy).").format(n=counts.paper)
        )
        self.refresh()

    def _on_paper_failed(self, exc: BaseException) -> None:
        self.paper.setEnabled(True)
        self.notice.setText(tr("Chưa ghi nhận được hồ sơ giấy. Hãy bấm lại."))

    # -- charts --------------------------------------------------------------------------

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(self._font(1.0, bold=True))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(8)
        chart.legend().setFont(self._font(0.8))
        return chart

    def _font(self, factor: float, *, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(10, round(self.fontInfo().pixelSize() * factor)))
        font.setBold(bold)
        return font

    def _draw_per_day(self, per_day: list[tuple[Any, int]]) -> None:
        chart = self._chart(tr("Hồ sơ nộp mỗi ngày ({n} ngày qua)").format(n=len(per_day)))
        bars = QBarSet(tr("Hồ sơ"))
        bars.setColor(QColor(_PALETTE[0]))
        bars.append([float(n) for _, n in per_day])
        bars.setLabelFont(self._font(0.7))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([d.strftime("%d/%m") for d, _ in per_day])
        axis_x.setLabelsFont(self._font(0.55))
        axis_x.setLabelsAngle(-90 if len(per_day) > 10 else 0)
        axis_y = QValueAxis()
        step, top = _nice_axis(max(n for _, n in per_day) if per_day else 0)
        axis_y.setRange(0, top)
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setLabelFormat("%d")
        axis_y.setLabelsFont(self._font(0.65))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().hide()
        self._replace(self.per_day, chart)

    def _draw_per_procedure(self, per_procedure: list[tuple[str, str, int]]) -> None:
        chart = self._chart(tr("Theo thủ tục"))
        series = QPieSeries()
        top = per_procedure[:_PIE_SLICES]
        rest = sum(n for _, _, n in per_procedure[_PIE_SLICES:])
        entries = [(name, n) for _, name, n in top] + ([(tr("Khác"), rest)] if rest else [])
        lines = []
        for n, (name, count) in enumerate(entries):
            colour = _PALETTE[n % len(_PALETTE)]
            piece = series.append(f"{name}: {count}", float(count))
            piece.setColor(QColor(colour))
            lines.append(f'<span style="color:{colour}">■</span> {escape(name)}: <b>{count}</b>')
        if not entries:
            chart.setTitle(tr("Theo thủ tục: chưa có hồ sơ"))
        series.setPieSize(0.85)
        chart.addSeries(series)
        chart.legend().hide()
        self.legend.setText("<br>".join(lines))
        self._replace(self.per_procedure, chart)

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)  # the view owns the new chart
        if old is not None and old is not chart:
            old.deleteLater()


def _nice_axis(highest: int) -> tuple[int, int]:
    """(tick step, axis top) so every tick is a whole number of applications."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if highest / step <= 6:
            return step, max(step * 4, (highest // step + 1) * step)
    return 1000, (highest // 1000 + 1) * 1000
