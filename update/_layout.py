"""The kiosk's install directory: versions side by side, a ``current`` symlink, and a state file.

::

    <install dir>/versions/1.0.0/      a whole build (its kiosk-build.json inside)
    <install dir>/versions/1.0.1/
    <install dir>/current -> versions/1.0.1    what systemd starts (current/kiosk run)
    <install dir>/update-state.json    staged / previous / first start pending / rolled back
    <install dir>/tuf/                 the trusted TUF metadata and downloads

Switching versions is one ``os.replace`` of a fresh symlink over ``current``, so a
power cut leaves either the old or the new version, never a half; rolling back is
the same switch to the previous version.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.version import BUILD_MANIFEST, read_manifest


@dataclass
class UpdateState:
    """What the updater remembers between starts (``update-state.json``)."""

    staged: str | None = None
    """A downloaded, verified build waiting for a quiet moment to be installed."""
    previous: str | None = None
    """The version to roll back to."""
    first_start: str | None = None
    """A version installed but not yet started: its doctor decides whether it stays."""
    rolled_back: dict[str, str] = field(default_factory=dict)
    """The last rollback: ``from``, ``to`` and ``reason``."""
    last_check: str = ""
    last_error: str = ""
    start_attempts: int = 0
    """Starts of the ``first_start`` version so far (a build that crashes before its doctor)."""


class InstallLayout:
    """The install directory of one kiosk (see the module's docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.versions_dir = self.root / "versions"
        self.current_link = self.root / "current"
        self.state_path = self.root / "update-state.json"
        self.tuf_dir = self.root / "tuf"

    def version_dir(self, version: str) -> Path:
        if not version or "/" in version or version.startswith("."):
            raise ValueError(f"not a version: {version!r}")
        return self.versions_dir / version

    def current(self) -> str | None:
        """The version ``current`` points at, None before the first install."""
        try:
            return Path(os.readlink(self.current_link)).name
        except OSError:
            return None

    def installed(self) -> list[str]:
        """The version directories present (complete ones: staging folders start with a dot)."""
        if not self.versions_dir.is_dir():
            return []
        return sorted(p.name for p in self.versions_dir.iterdir() if not p.name.startswith("."))

    def switch_to(self, version: str) -> None:
        """Point ``current`` at ``versions/<version>`` atomically: a temp symlink replaces it."""
        if not self.version_dir(version).is_dir():
            raise FileNotFoundError(f"version {version} is not installed")
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".current.{os.getpid()}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(Path("versions") / version, tmp)
        os.replace(tmp, self.current_link)
        _fsync_dir(self.root)

    def stage(self, version: str, unpacked: Path) -> None:
        """Move an unpacked build into ``versions/<version>`` (replacing an earlier attempt).

        TUF has verified the archive; here the build must say it is ``version``. Whether
        its files are as built is the new version's own doctor's check at first start.

        Raises:
            ValueError: no readable manifest, or it names another version.
        """
        try:
            found = read_manifest(unpacked).version
        except OSError as exc:
            raise ValueError(f"no readable {BUILD_MANIFEST}: {exc.strerror or exc}") from exc
        if found != version:
            raise ValueError(f"the build says version {found}, not {version}")
        target = self.version_dir(version)
        if version == self.current():
            return  # never replace the running build
        self.versions_dir.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        os.replace(unpacked, target)
        _fsync_dir(self.versions_dir)

    def prune(self, keep: set[str]) -> None:
        """Delete installed versions not in ``keep`` (current and previous stay)."""
        for version in self.installed():
            if version not in keep:
                shutil.rmtree(self.version_dir(version), ignore_errors=True)

    def load_state(self) -> UpdateState:
        try:
            raw: Any = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return UpdateState()
        known = {k: v for k, v in raw.items() if k in UpdateState.__dataclass_fields__}
        return UpdateState(**known)

    def save_state(self, state: UpdateState) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".update-state.")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            json.dump(asdict(state), stream, indent=1, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, self.state_path)


# Starts of a new version that never got as far as its doctor before it is rolled back.
MAX_START_ATTEMPTS = 3


def guard_first_start(layout: InstallLayout) -> str | None:
    """Count a start of a new version; roll back one that keeps dying before its doctor.

    Called early at every start (before the window). Returns the version rolled back
    to (the kiosk should restart into it at once), or None.
    """
    state = layout.load_state()
    if state.first_start is None or state.first_start != layout.current():
        return None
    state.start_attempts += 1
    if state.start_attempts <= MAX_START_ATTEMPTS or state.previous is None:
        layout.save_state(state)
        return None
    failed, previous = state.first_start, state.previous
    layout.switch_to(previous)
    state.rolled_back = {
        "from": failed,
        "to": previous,
        "reason": f"did not get through {MAX_START_ATTEMPTS} starts to its doctor",
    }
    state.last_error = f"update {failed} kept failing at start and was rolled back"
    state.first_start, state.previous, state.start_attempts = None, None, 0
    layout.save_state(state)
    return previous


def _fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` survive a power cut."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory
    finally:
        os.close(fd)
