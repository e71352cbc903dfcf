"""Locate files bundled with the kiosk, wherever it runs: checkout, installed wheel or frozen build.

Everything under this package directory (fonts, catalog, icons, translations) is
found the same way in three layouts: a source checkout, a wheel installed into
site-packages (``package-data`` in ``pyproject.toml``), and a PyInstaller build,
where the directory is collected as data under ``sys._MEIPASS/resources``.
Dependency-free on purpose: ``kiosk doctor`` and the GUI both use it at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

__all__ = [
    "FONT_BOLD",
    "FONT_FAMILY",
    "FONT_LICENSE",
    "FONT_REGULAR",
    "font_files",
    "path",
    "read_bytes",
    "root",
]

FONT_FAMILY = "DejaVu Sans"
"""Family name inside the bundled TTFs (what Qt reports after ``addApplicationFont``)."""
FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"
FONT_LICENSE = "LICENSE-DejaVu.txt"


def root() -> Path:
    """Return the directory that holds the bundled resources.

    In a PyInstaller build ``sys._MEIPASS`` points at the unpacked bundle; prefer
    its ``resources`` directory there because the package itself may be imported
    from the PYZ archive, whose ``__file__`` is not a real directory.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidate = Path(frozen) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Return the path of a bundled file, e.g. ``path("fonts", "DejaVuSans.ttf")``.

    Parts may also contain ``/`` separators (``path("fonts/DejaVuSans.ttf")``).

    Raises:
        ValueError: a part is absolute or climbs out with ``..``.
        FileNotFoundError: nothing is bundled at that path (a broken install).
    """
    if not parts:
        raise ValueError("resources.path() needs at least one path part")
    relative = PurePosixPath(*(p.replace("\\", "/") for p in parts))
    if relative.is_absolute() or ".." in relative.parts or relative.drive:
        raise ValueError(f"resource path must stay inside the bundle: {relative}")
    base = root()
    target = base.joinpath(*relative.parts)
    if not target.exists():
        raise FileNotFoundError(f"bundled resource missing: {relative} (looked in {base})")
    return target


def read_bytes(*parts: str) -> bytes:
    """Return the contents of a bundled file; same arguments and errors as :func:`path`."""
    return path(*parts).read_bytes()


def font_files() -> list[Path]:
    """Return the bundled TTFs (regular, bold) that cover Vietnamese, for ReportLab and Qt."""
    return [path("fonts", FONT_REGULAR), path("fonts", FONT_BOLD)]
