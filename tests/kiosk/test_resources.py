"""The resource locator finds the bundled fonts and their licence in every layout."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import resources

REPO = Path(__file__).resolve().parents[2]


def test_fonts_and_licence_are_bundled() -> None:
    regular, bold = resources.font_files()
    assert regular.name == resources.FONT_REGULAR
    assert bold.name == resources.FONT_BOLD
    for font in (regular, bold):
        assert font.read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    licence = resources.path("fonts", resources.FONT_LICENSE).read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence
    readme = resources.path("fonts", "README.md").read_text(encoding="utf-8")
    assert "DejaVu Sans" in readme and "2.37" in readme


def test_bundled_fonts_cover_vietnamese() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    letters = "ĂÂĐÊÔƠƯăâđêôơư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
    for font in resources.font_files():
        face = TTFont(font.stem, str(font)).face
        assert [ch for ch in letters if ord(ch) not in face.charToGlyph] == []


def test_path_accepts_parts_or_slashes_and_read_bytes_matches() -> None:
    by_parts = resources.path("fonts", resources.FONT_REGULAR)
    assert resources.path(f"fonts/{resources.FONT_REGULAR}") == by_parts
    assert resources.read_bytes("fonts", resources.FONT_REGULAR) == by_parts.read_bytes()
    assert resources.path("fonts").is_dir()


@pytest.mark.parametrize(
    "parts", [("..", "pyproject.toml"), ("fonts/../../LICENSE",), ("/etc/passwd",)]
)
def test_paths_outside_the_bundle_are_refused(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        resources.path(*parts)


def test_missing_resource_raises_file_not_found() -> None:
    with pytest.raises(FileNotFoundError, match=r"fonts/NoSuchFont\.ttf"):
        resources.path("fonts", "NoSuchFont.ttf")


def test_frozen_build_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    (bundle / "resources" / "fonts" / "X.ttf").write_bytes(b"frozen")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.root() == bundle / "resources"
    assert resources.read_bytes("fonts", "X.ttf") == b"frozen"


def test_frozen_build_without_collected_dir_falls_back_to_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.root() == Path(resources.__file__).resolve().parent


def test_installed_copy_finds_its_own_files(tmp_path: Path) -> None:
    """Like a wheel in site-packages: the package finds files next to itself, not the checkout."""
    site = tmp_path / "site-packages"
    shutil.copytree(
        Path(resources.__file__).parent,
        site / "resources",
        ignore=shutil.ignore_patterns("__pycache__", "catalog", "icons", "translations"),
    )
    probe = "import resources; print(resources.font_files()[0])"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=site, capture_output=True, text=True, check=True
    )
    assert Path(out.stdout.strip()).is_relative_to(site)


def test_wheel_package_data_includes_fonts_and_licence() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    for name in (resources.FONT_REGULAR, resources.FONT_BOLD, resources.FONT_LICENSE):
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name
