"""``kiosk doctor``'s build check: the running build is whole (every file as its manifest says).

A new version's doctor runs at its first start (``update``); a build that arrived
incomplete, or whose files differ from ``kiosk-build.json``, fails here and the
updater rolls back to the previous version.
"""

from __future__ import annotations

from pathlib import Path

from app.cli._doctor_base import Check, Options
from kiosk.version import build_problems, current_version, read_manifest, running_build_dir


def check_build(options: Options) -> Check:
    """``ok`` for a whole build, ``FAIL`` naming what is missing or changed."""
    build = Path(options.build_dir) if options.build_dir else running_build_dir()
    if build is None:
        return Check("build", "info", f"version {current_version()} run from source, not a build")
    problems = build_problems(build, expected_version=_expected(build))
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        return Check("build", "FAIL", f"{build}: " + "; ".join(problems[:3]) + more)
    manifest = read_manifest(build)
    return Check("build", "ok", f"version {manifest.version}, {len(manifest.files)} files as built")


def _expected(build: Path) -> str | None:
    """The version a build under ``versions/<v>/`` must say it is."""
    return build.name if build.parent.name == "versions" else None
