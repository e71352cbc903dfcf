"""Delivering applications to the portal exactly once, and the reference portal itself.

The client and worker run off the GUI thread; ``SyncController`` (QtCore only)
reports to the UI through signals. The reference portal lives in ``sync.portal``.
"""

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
from sync._errors import (
    EnrolRefusedError,
    InsecurePortalError,
    NotEnrolledError,
    OffsetMismatchError,
    PortalError,
    ProtocolError,
    RejectedError,
    TransientError,
)
from sync._seed import seed as seed_applications
from sync._worker import CHUNK_SIZE, OutboxWorker, SyncReport, build_submission
from sync.portal import (
    FaultPlan,
    PortalDB,
    RunningPortal,
    create_portal_app,
    serve_portal,
    start_embedded_portal,
    start_portal_in_thread,
)

__all__ = [
    "CHUNK_SIZE",
    "Accepted",
    "Backoff",
    "Catalog",
    "Credentials",
    "EnrolRefusedError",
    "Enrolment",
    "FaultPlan",
    "InsecurePortalError",
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
