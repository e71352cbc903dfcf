"""Paragraph styles and colours of the receipt, bound to the registered TTF names."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

__all__ = ["GREY", "LINE", "WARN", "WARN_BG", "Styles"]

WARN = colors.HexColor("#9b1c1c")
WARN_BG = colors.HexColor("#fdf0f0")
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#333333")


class Styles:
    """Paragraph styles bound to the registered TTF names."""

    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=9, leading=12)
        self.hint = ParagraphStyle(
            "hint", parent=base, fontSize=9, leading=12, alignment=TA_CENTER, textColor=GREY
        )
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
        self.center_bold = ParagraphStyle("center_bold", parent=self.center, fontName=bold)
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=10.5, leading=14, alignment=TA_CENTER
        )
        self.head_bold = ParagraphStyle("head_bold", parent=self.head, fontName=bold)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=15, leading=20, alignment=TA_CENTER
        )
        self.code = ParagraphStyle(
            "code", parent=base, fontName=bold, fontSize=13, leading=18, alignment=TA_LEFT
        )
        self.warn = ParagraphStyle(
            "warn", parent=base, fontName=bold, fontSize=11.5, leading=16, textColor=WARN
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=10.5, leading=14)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell_center, fontName=bold)
