"""Architecture rules import-linter can't express: Qt modules in sync, module size, SQL."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["app", "forms", "kiosk", "portal", "sync", "ui", "update", "wire"]
# sync may use Qt's event loop and network reachability, never widgets or painting.
SYNC_QT_ALLOWED = {"PySide6", "PySide6.QtCore", "PySide6.QtNetwork"}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module == "PySide6":
                names.update(f"PySide6.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", _modules("sync"), ids=lambda p: str(p.relative_to(ROOT)))
def test_sync_uses_no_qt_gui_modules(path: Path) -> None:
    qt = {name for name in _imports(path) if name.startswith("PySide6")}
    assert qt <= SYNC_QT_ALLOWED, f"{path.name} imports {sorted(qt - SYNC_QT_ALLOWED)}"


@pytest.mark.parametrize(
    "path", [p for pkg in PACKAGES for p in _modules(pkg)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines < 500, f"{path.relative_to(ROOT)} has {lines} lines: split it"


_SQL = re.compile(
    r"^\s*(SELECT\s.*\bFROM\s|INSERT INTO\s|UPDATE \w+ SET\s|DELETE FROM\s"
    r"|PRAGMA\s|CREATE TABLE\s)",
    re.S,
)
# The kiosk's store runs the kiosk's SQL; the reference portal keeps its own database.
SQL_ALLOWED = ("kiosk/store/", "portal/")


def _sql_literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value)
    ]


@pytest.mark.parametrize(
    "path",
    [
        p
        for pkg in PACKAGES
        for p in _modules(pkg)
        if not str(p.relative_to(ROOT)).startswith(SQL_ALLOWED)
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_sql_lives_in_the_store(path: Path) -> None:
    lines = _sql_literals(path)
    assert not lines, f"{path.relative_to(ROOT)} has SQL at lines {lines}: add a store verb"
