"""Delivering applications to the portal exactly once, and the reference portal itself.

The client and worker run off the GUI thread; ``SyncController`` (QtCore only)
reports to the UI through signals. The reference portal lives in ``sync.portal``.
"""

from typing import TYPE_CHECKING, Any

from sync._backoff import Backoff, ManualClock, SystemClock
from sync._client import (
    Accepted,
    Catalog,
    Enrolment,
    PortalClient,
    PortalStatus,
    UploadState,
    check_portal_url,
    retry_after_seconds,
)
from sync._controller import SyncController
from sync._credentials import (
    Credentials,
    client_from_store,
    enrol,
    ensure_enrolled,
    load_credentials,
)
from sync._embedded import EmbeddedPortal
from sync._errors import (
    EnrolRefusedError,
    InsecurePortalError,
    LinkError,
    NotEnrolledError,
    OffsetMismatchError,
    PortalError,
    ProtocolError,
    RejectedError,
    TransientError,
)
from sync._retry import NO_RETRY, RetryPolicy
from sync._seed import seed as seed_applications
from sync._worker import CHUNK_SIZE, OutboxWorker, SyncReport, build_submission

if TYPE_CHECKING:
    from sync.portal import (
        FaultPlan,
        PortalDB,
        RunningPortal,
        create_portal_app,
        serve_portal,
        start_embedded_portal,
        start_portal_in_thread,
    )

# The reference portal pulls in FastAPI and uvicorn (about half a second): it is
# imported on first use, so the kiosk's start-up does not pay for it.
_PORTAL_NAMES = {
    "FaultPlan",
    "PortalDB",
    "RunningPortal",
    "create_portal_app",
    "serve_portal",
    "start_embedded_portal",
    "start_portal_in_thread",
}


def __getattr__(name: str) -> Any:
    if name not in _PORTAL_NAMES:
        raise AttributeError(f"module 'sync' has no attribute {name!r}")
    import sync.portal

    value = getattr(sync.portal, name)
    globals()[name] = value
    return value

__all__ = [
    "CHUNK_SIZE",
    "NO_RETRY",
    "Accepted",
    "Backoff",
    "Catalog",
    "Credentials",
    "EmbeddedPortal",
    "EnrolRefusedError",
    "Enrolment",
    "FaultPlan",
    "InsecurePortalError",
    "LinkError",
    "ManualClock",
    "NotEnrolledError",
    "OffsetMismatchError",
    "OutboxWorker",
    "PortalClient",
    "PortalDB",
    "PortalError",
    "PortalStatus",
    "ProtocolError",
    "RejectedError",
    "RetryPolicy",
    "RunningPortal",
    "SyncController",
    "SyncReport",
    "SystemClock",
    "TransientError",
    "UploadState",
    "build_submission",
    "check_portal_url",
    "client_from_store",
    "create_portal_app",
    "enrol",
    "ensure_enrolled",
    "load_credentials",
    "retry_after_seconds",
    "seed_applications",
    "serve_portal",
    "start_embedded_portal",
    "start_portal_in_thread",
]
