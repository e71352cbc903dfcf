"""Lay out an 80 mm thermal slip as pictures of text plus QR codes, and turn it into ESC/POS.

Vietnamese needs about 130 accented letters that no printer code page carries
in full (CP1258 composes them from combining marks, which most printers draw
wrongly), so text is drawn here with the bundled font into 1-bit pictures as wide
as the printer's dots and sent as raster images (GS v 0): the marks come out
right on any printer. QR codes go as the printer's own QR command (GS ( k) where
it has one: sharper and a few bytes instead of kilobytes; else as a picture.
Pure Pillow: no Qt, no device; :mod:`kiosk.receipts._thermal_escpos` makes the bytes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M

import resources

__all__ = [
    "DEFAULT_WIDTH_DOTS",
    "QrPart",
    "SlipBuilder",
    "ThermalSlip",
]

DEFAULT_WIDTH_DOTS = 576
"""Printable width of an 80 mm printer at 203 dpi (72 mm); some print 512 dots."""
DOTS_PER_MM = 8  # 203 dpi
_MARGIN = 8  # dots each side inside the printable width: text never touches the edge
_THRESHOLD = 150  # antialiased grey at or below this prints black: strokes stay solid
Align = Literal["left", "center"]
Size = Literal["small", "body", "large", "code"]
_PX = {"small": 20, "body": 24, "large": 28, "code": 34}
"""Font pixel sizes: body 24 dots is 3 mm, like the printer's own 12x24 font."""


@functools.lru_cache(maxsize=16)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = resources.FONT_BOLD if bold else resources.FONT_REGULAR
    return ImageFont.truetype(str(resources.path("fonts", name)), size)


_TALLEST = "ỄẶỰỴẪỖ"
"""Capitals with a stacked mark above (and a dot below): they reach past the font's ascent."""


@functools.lru_cache(maxsize=16)
def _metrics(font: ImageFont.FreeTypeFont) -> tuple[int, int]:
    """(line height, top offset) in dots that hold Vietnamese capitals' stacked marks.

    DejaVu's ascent leaves "Ễ" a few dots short at the top: drawn at the ascent line,
    the circumflex-and-tilde would be cut off. The first line starts that much lower.
    """
    ascent, descent = font.getmetrics()
    _, top, _, bottom = font.getbbox(_TALLEST, anchor="la")
    above = int(max(0, -top)) + 1
    return above + int(max(ascent + descent, bottom)) + 3, above


@dataclass(frozen=True)
class QrPart:
    """A QR code on the slip: ``payload`` drawn ``module_dots`` per module, centred."""

    payload: str
    module_dots: int
    modules: int
    """Side in modules (version × 4 + 17), without the quiet zone."""

    def image(self) -> Image.Image:
        """The code as the printer draws it: black modules, no quiet zone (the slip adds it)."""
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=self.module_dots, border=0)
        code.add_data(self.payload.encode("utf-8"))
        code.make(fit=True)
        return code.make_image().get_image().convert("1")


@dataclass
class ThermalSlip:
    """A slip ready to print: full-width 1-bit pictures and QR codes, top to bottom."""

    width_dots: int
    parts: list[Image.Image | QrPart] = field(default_factory=list)

    def images(self) -> list[Image.Image]:
        """Every part as the picture it prints as (QR codes centred on a full-width strip).

        The printer's own QR command draws the same modules at the same size.
        """
        out = []
        for part in self.parts:
            out.append(self._qr_strip(part) if isinstance(part, QrPart) else part)
        return out

    def preview(self) -> Image.Image:
        """The whole slip as one picture, as it comes out of the printer (PNG-ready)."""
        images = self.images()
        height = sum(im.height for im in images)
        sheet = Image.new("1", (self.width_dots, max(height, 1)), 1)
        y = 0
        for im in images:
            sheet.paste(im, (0, y))
            y += im.height
        return sheet

    def _qr_strip(self, part: QrPart) -> Image.Image:
        code = part.image()
        if code.width > self.width_dots:  # never wider than the paper
            code = code.resize((self.width_dots, self.width_dots), Image.Resampling.NEAREST)
        strip = Image.new("1", (self.width_dots, code.height), 1)
        strip.paste(code, ((self.width_dots - code.width) // 2, 0))
        return strip


def qr_part(payload: str, side_mm: float, width_dots: int) -> QrPart:
    """A QR code about ``side_mm`` wide (whole dots per module, 2 to 16, as printers take)."""
    if not payload:
        raise ValueError("QR text must not be empty")
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    modules = code.modules_count
    target = side_mm * DOTS_PER_MM
    dots = max(2, min(16, round(target / modules)))
    while dots > 2 and (modules + 8) * dots > width_dots:
        dots -= 1
    return QrPart(payload, dots, modules)


class SlipBuilder:
    """Adds wrapped text, rules, gaps and QR codes to a :class:`ThermalSlip`."""

    def __init__(self, width_dots: int = DEFAULT_WIDTH_DOTS) -> None:
        if width_dots < 128 or width_dots % 8:
            raise ValueError(f"width_dots must be a multiple of 8 and at least 128: {width_dots}")
        self.slip = ThermalSlip(width_dots)
        self._inner = width_dots - 2 * _MARGIN

    @property
    def width_dots(self) -> int:
        return self.slip.width_dots

    def text(
        self,
        text: str,
        size: Size = "body",
        *,
        bold: bool = False,
        align: Align = "left",
        indent: int = 0,
        hanging: int = 0,
    ) -> SlipBuilder:
        """Wrap ``text`` (NFC-normalised; newlines kept) to the paper and add it as a picture.

        ``indent`` moves every line right (dots); ``hanging`` moves the lines after the
        first one further, for "- item" lists whose wrapped lines align with the item.
        """
        font = _font(_PX[size], bold)
        lines = []
        for paragraph in unicodedata.normalize("NFC", text).split("\n"):
            width_first = self._inner - indent
            lines.extend(_wrap(paragraph, font, width_first, width_first - hanging))
        self.slip.parts.append(self._draw(lines, font, align, indent, hanging))
        return self

    def label(self, label: str, value: str, size: Size = "body") -> SlipBuilder:
        """ "Label: value" with the label bold, wrapped as one paragraph."""
        font = _font(_PX[size], False)
        bold = _font(_PX[size], True)
        lead = f"{label}: "
        lead_w = bold.getlength(lead)
        value = unicodedata.normalize("NFC", value)
        first, rest = _split_first(value, font, self._inner - lead_w)
        lines = _wrap(rest, font, self._inner, self._inner) if rest else []
        line_h, top = _metrics(bold)
        im = Image.new("L", (self.width_dots, line_h * (1 + len(lines))), 255)
        draw = ImageDraw.Draw(im)
        draw.text((_MARGIN, top), lead, font=bold, fill=0, anchor="la")
        draw.text((_MARGIN + lead_w, top), first, font=font, fill=0, anchor="la")
        for index, line in enumerate(lines, start=1):
            draw.text((_MARGIN, top + index * line_h), line, font=font, fill=0, anchor="la")
        self.slip.parts.append(_one_bit(im))
        return self

    def bullets(self, items: Iterable[str], size: Size = "body") -> SlipBuilder:
        """One "- item" per entry, wrapped lines aligned under the item's text."""
        hang = int(_font(_PX[size], False).getlength("- "))
        for item in items:
            self.text(f"- {item}", size, hanging=hang)
        return self

    def rule(self, thickness: int = 2, gap: int = 8) -> SlipBuilder:
        """A horizontal line across the text width, ``gap`` dots above and below."""
        im = Image.new("1", (self.width_dots, 2 * gap + thickness), 1)
        ImageDraw.Draw(im).rectangle(
            (_MARGIN, gap, self.width_dots - _MARGIN - 1, gap + thickness - 1), fill=0
        )
        self.slip.parts.append(im)
        return self

    def gap(self, dots: int = 12) -> SlipBuilder:
        """Blank paper, ``dots`` high."""
        self.slip.parts.append(Image.new("1", (self.width_dots, dots), 1))
        return self

    def boxed(self, text: str, size: Size = "body", *, bold: bool = True) -> SlipBuilder:
        """``text`` inside a thick frame: a warning nobody should miss (no colour on paper)."""
        font = _font(_PX[size], bold)
        pad, frame = 10, 4
        lines = _wrap(
            unicodedata.normalize("NFC", text),
            font,
            self._inner - 2 * (pad + frame),
            self._inner - 2 * (pad + frame),
        )
        body = self._draw(lines, font, "center", 0, 0, width=self._inner - 2 * (pad + frame))
        im = Image.new("1", (self.width_dots, body.height + 2 * (pad + frame)), 1)
        draw = ImageDraw.Draw(im)
        draw.rectangle((_MARGIN, 0, self.width_dots - _MARGIN - 1, im.height - 1), fill=0)
        draw.rectangle(
            (_MARGIN + frame, frame, self.width_dots - _MARGIN - frame - 1, im.height - frame - 1),
            fill=1,
        )
        im.paste(body, (_MARGIN + pad + frame, pad + frame))
        self.slip.parts.append(im)
        return self

    def qr(self, payload: str, side_mm: float, caption: str = "") -> SlipBuilder:
        """A centred QR code about ``side_mm`` wide, with a small caption under it.

        Blank paper of 4 modules above and below is the quiet zone scanners need.
        """
        part = qr_part(payload, side_mm, self.width_dots)
        self.gap(4 * part.module_dots)
        self.slip.parts.append(part)
        self.gap(2 * part.module_dots)
        if caption:
            self.text(caption, "small", align="center")
        return self

    def build(self, feed_mm: float = 4) -> ThermalSlip:
        """The finished slip, with ``feed_mm`` of blank paper after the last line."""
        self.gap(int(feed_mm * DOTS_PER_MM))
        return self.slip

    def _draw(
        self,
        lines: Sequence[str],
        font: ImageFont.FreeTypeFont,
        align: Align,
        indent: int,
        hanging: int,
        width: int | None = None,
    ) -> Image.Image:
        line_h, top = _metrics(font)  # room for stacked marks (Ễ) and dots below (ự)
        full = width or self.width_dots
        left = 0 if width else _MARGIN
        im = Image.new("L", (full, line_h * max(1, len(lines))), 255)
        draw = ImageDraw.Draw(im)
        for index, line in enumerate(lines):
            x = left + indent + (hanging if index else 0)
            if align == "center":
                x = (full - int(font.getlength(line))) // 2
            draw.text((x, top + index * line_h), line, font=font, fill=0, anchor="la")
        return _one_bit(im)


def _one_bit(im: Image.Image) -> Image.Image:
    """Threshold, never dither: dithered glyph edges print as fuzz on thermal paper."""
    return im.point(lambda v: 0 if v <= _THRESHOLD else 255, mode="1")


def _wrap(text: str, font: ImageFont.FreeTypeFont, first: float, rest: float) -> list[str]:
    """Greedy word wrap by rendered width; a word longer than a line is cut by letters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        limit = first if not lines else rest
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= limit:
            line = candidate
            continue
        if line:
            lines.append(line)
            limit = rest
        line = word
        while font.getlength(line) > limit:  # a URL or code longer than the paper
            cut = max(1, _fit(line, font, limit))
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return lines


def _split_first(text: str, font: ImageFont.FreeTypeFont, width: float) -> tuple[str, str]:
    """The words of ``text`` that fit in ``width`` (at least one), and the rest."""
    words = text.split(" ")
    taken: list[str] = []
    for word in words:
        if font.getlength(" ".join([*taken, word])) > width and taken:
            break
        if font.getlength(" ".join([*taken, word])) > width:  # a first word too long
            return "", text
        taken.append(word)
    return " ".join(taken), " ".join(words[len(taken) :])


def _fit(text: str, font: ImageFont.FreeTypeFont, width: float) -> int:
    count = 0
    while count < len(text) and font.getlength(text[: count + 1]) <= width:
        count += 1
    return count
