"""Which version of the kiosk runs, and the build manifest that says what a build holds.

A build (the ``make dist`` directory, as published by ``kiosk release publish``)
carries ``kiosk-build.json``: its version and the SHA-256 of every file. The
updater installs builds side by side under ``<install dir>/versions/<version>/``;
``kiosk doctor`` checks the running build against its manifest, so a build that
arrived incomplete or was changed after it was made fails at its first start and
is rolled back. No HTTP, no Qt: the health report (sync) and the CLI read it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

__all__ = [
    "BUILD_MANIFEST",
    "BuildManifest",
    "build_problems",
    "current_version",
    "read_manifest",
    "running_build_dir",
    "write_manifest",
]

BUILD_MANIFEST = "kiosk-build.json"
_DIST_NAME = "commune-kiosk"


@dataclass(frozen=True)
class BuildManifest:
    """What a build says about itself: its version and each file's SHA-256 (relative paths)."""

    version: str
    files: dict[str, str]


def running_build_dir() -> Path | None:
    """The directory of the running frozen build (``versions/<v>/``), None from source.

    The ``current`` symlink is resolved, so the path names the real version directory.
    """
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def current_version() -> str:
    """The version of the kiosk that runs: the build manifest's, else the installed package's."""
    build = running_build_dir()
    if build is not None:
        try:
            return read_manifest(build).version
        except (OSError, ValueError):
            pass  # a build without a readable manifest: fall back to the package version
    try:
        return metadata.version(_DIST_NAME)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _build_files(build_dir: Path) -> list[Path]:
    return sorted(p for p in build_dir.rglob("*") if p.is_file() and p.name != BUILD_MANIFEST)


def write_manifest(build_dir: Path, version: str) -> BuildManifest:
    """Write ``kiosk-build.json`` into ``build_dir`` listing every file's SHA-256."""
    files = {p.relative_to(build_dir).as_posix(): _sha256(p) for p in _build_files(build_dir)}
    manifest = BuildManifest(version, files)
    text = json.dumps({"version": version, "files": files}, indent=1, sort_keys=True)
    (build_dir / BUILD_MANIFEST).write_text(text + "\n", encoding="utf-8")
    return manifest


def read_manifest(build_dir: Path) -> BuildManifest:
    """Read a build's manifest.

    Raises:
        OSError: no manifest (not a build) or unreadable.
        ValueError: not a manifest (bad JSON, no version, files not a mapping).
    """
    raw = json.loads((build_dir / BUILD_MANIFEST).read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
        raise ValueError(f"{BUILD_MANIFEST} has no version")
    files = raw.get("files", {})
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        raise ValueError(f"{BUILD_MANIFEST}: 'files' is not a mapping of path to SHA-256")
    return BuildManifest(raw["version"], dict(files))


def build_problems(build_dir: Path, *, expected_version: str | None = None) -> list[str]:
    """What is wrong with a build on disk: one plain line each; empty when it is whole.

    Checks the manifest, the version (``expected_version``, e.g. the directory's name),
    and that every listed file is there with its SHA-256 (files made at run time are not
    listed, so extra files are allowed).
    """
    try:
        manifest = read_manifest(build_dir)
    except OSError as exc:
        return [f"no readable {BUILD_MANIFEST}: {exc.strerror or exc}"]
    except ValueError as exc:
        return [f"{BUILD_MANIFEST} is not valid: {exc}"]
    problems = []
    if expected_version is not None and manifest.version != expected_version:
        problems.append(f"the build says version {manifest.version}, expected {expected_version}")
    for name, digest in sorted(manifest.files.items()):
        path = build_dir / name
        if not path.is_file():
            problems.append(f"missing file {name}")
        elif _sha256(path) != digest:
            problems.append(f"changed file {name} (SHA-256 differs from the manifest)")
    return problems
