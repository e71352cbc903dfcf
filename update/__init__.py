"""Signed self-update through The Update Framework (python-tuf): publish, check, stage, install.

The technician's side (:class:`ReleaseRepository`: ``kiosk release init|publish|keys
rotate``) signs builds into a TUF repository with keys kept offline. The kiosk's
side (:class:`KioskUpdater`, run by :class:`UpdateService` on its own thread)
checks the repository at start and on a schedule, downloads and verifies a newer
build, stages it under ``versions/<v>/``, installs it between residents with one
atomic symlink switch (:meth:`UpdateService.install_when_idle`), runs its doctor at
its first start and rolls back to the previous version when it fails.

This package makes HTTP requests (python-tuf's urllib3 fetcher); ``kiosk`` does not.
"""

from update._client import DoctorOutcome, KioskUpdater, UpdateError, install_from, run_doctor
from update._layout import InstallLayout, UpdateState
from update._repository import ROLES, ReleaseError, ReleaseRepository, target_name
from update._service import UpdateService

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
    "install_from",
    "run_doctor",
    "target_name",
]
