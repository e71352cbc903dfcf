"""Read an ESC/POS byte stream back into commands, independently of python-escpos.

Written from Epson's ESC/POS command reference (ESC @, ESC a, ESC d, GS v 0,
GS ( k function 165-181, GS V): every byte of a job must belong to a known
command, so a stray or malformed byte fails the test instead of printing
garbage on a real printer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ESC, GS, LF = 0x1B, 0x1D, 0x0A


@dataclass
class Command:
    """One command: its name and what it carries."""

    name: str
    args: tuple[int, ...] = ()
    data: bytes = b""
    width_bytes: int = 0
    height: int = 0

    def image(self) -> Image.Image:
        """A GS v 0 raster as a picture (set bits are black dots)."""
        assert self.name == "raster"
        raw = bytes(b ^ 0xFF for b in self.data)  # PIL "1": 1 = white
        return Image.frombytes("1", (self.width_bytes * 8, self.height), raw)


@dataclass
class Stream:
    """The parsed job."""

    commands: list[Command] = field(default_factory=list)

    def named(self, name: str) -> list[Command]:
        return [c for c in self.commands if c.name == name]

    def qr_payloads(self) -> list[bytes]:
        """What each native QR stores (GS ( k cn=49 fn=80 m=48 data)."""
        return [c.data for c in self.commands if c.name == "qr_store"]


def parse(job: bytes) -> Stream:
    """Split ``job`` into commands; AssertionError on any byte no known command explains."""
    out = Stream()
    i = 0
    while i < len(job):
        b = job[i]
        if b == LF:
            out.commands.append(Command("lf"))
            i += 1
        elif b == ESC:
            op = job[i + 1]
            if op == ord("@"):
                out.commands.append(Command("init"))
                i += 2
            elif op in (ord("a"), ord("d"), ord("E"), ord("!")):
                name = {"a": "align", "d": "feed", "E": "bold", "!": "mode"}[chr(op)]
                out.commands.append(Command(name, (job[i + 2],)))
                i += 3
            else:
                raise AssertionError(f"unknown ESC {op:#04x} at byte {i}")
        elif b == GS:
            op = job[i + 1]
            if op == ord("v") and job[i + 2] == ord("0"):
                mode = job[i + 3]
                xl, xh, yl, yh = job[i + 4 : i + 8]
                width, height = xl + 256 * xh, yl + 256 * yh
                start = i + 8
                data = job[start : start + width * height]
                assert len(data) == width * height, "raster data cut short"
                out.commands.append(Command("raster", (mode,), data, width, height))
                i = start + width * height
            elif op == ord("(") and job[i + 2] == ord("k"):
                size = job[i + 3] + 256 * job[i + 4]
                body = job[i + 5 : i + 5 + size]
                assert len(body) == size, "GS ( k cut short"
                cn, fn = body[0], body[1]
                assert cn == 49, f"GS ( k for symbol {cn}, not QR (49)"
                names = {65: "qr_model", 67: "qr_size", 69: "qr_ec", 80: "qr_store", 81: "qr_print"}
                assert fn in names, f"unknown QR function {fn}"
                if fn in (80, 81):
                    assert body[2] == 48, "QR store/print need m = 48"
                    command = Command(names[fn], data=body[3:])
                else:
                    command = Command(names[fn], tuple(body[2:]))
                out.commands.append(command)
                i += 5 + size
            elif op == ord("V"):
                mode = job[i + 2]
                if mode in (65, 66):  # cut after feeding n dots
                    out.commands.append(Command("cut", (mode, job[i + 3])))
                    i += 4
                else:
                    out.commands.append(Command("cut", (mode,)))
                    i += 3
            else:
                raise AssertionError(f"unknown GS {op:#04x} at byte {i}")
        else:
            raise AssertionError(f"stray byte {b:#04x} at {i}")
    return out
