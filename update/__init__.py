"""Signed self-update through The Update Framework (python-tuf): publish, check, stage, install.

The technician's side (:class:`ReleaseRepository`: ``kiosk release init|publish|keys
rotate``) signs builds into a TUF repository with keys kept offline. The kiosk's
side (:class:`KioskUpdater`, run by :class:`UpdateService` on its own thread)
checks the repository at start and on a schedule, downloads and verifies a newer
build, stages it under ``versions/<v>/``, installs it between residents with one
atomic symlink switch (:meth:`UpdateService.install_when_idle`), runs its doctor at
its first start and rolls back to the previous version when it fails.

This package makes HTTP requests (requests, under python-tuf's verification); ``kiosk``
does not. The install layout (:class:`InstallLayout`, :func:`guard_first_start`) is
imported at once, before the window paints; python-tuf and requests only when used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from update._layout import InstallLayout, UpdateState, guard_first_start

if TYPE_CHECKING:
    from update._client import DoctorOutcome, KioskUpdater, UpdateError, install_from, run_doctor
    from update._repository import ROLES, ReleaseError, ReleaseRepository, target_name
    from update._service import UpdateService

_LAZY = {
    "DoctorOutcome": "update._client",
    "KioskUpdater": "update._client",
    "UpdateError": "update._client",
    "install_from": "update._client",
    "run_doctor": "update._client",
    "ROLES": "update._repository",
    "ReleaseError": "update._repository",
    "ReleaseRepository": "update._repository",
    "target_name": "update._repository",
    "UpdateService": "update._service",
}


def __getattr__(name: str) -> Any:
    """python-tuf, requests and cryptography load on first use (not before the first paint)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'update' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "ROLES",
    "DoctorOutcome",
    "InstallLayout",
    "KioskUpdater",
    "ReleaseError",
    "ReleaseRepository",
    "UpdateError",
    "UpdateService",
    "UpdateState",
    "guard_first_start",
    "install_from",
    "run_doctor",
    "target_name",
]
