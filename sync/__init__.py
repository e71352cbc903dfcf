"""The portal client: delivering applications to the portal exactly once.

The client and worker run off the GUI thread; ``SyncController`` (QtCore only)
reports to the UI through signals. The wire format is ``wire``'s; the reference
portal is the separate ``portal`` package, which this one never imports.
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
from sync._codes import is_official_code, official_code_date
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
    LinkError,
    NotEnrolledError,
    OffsetMismatchError,
    PortalError,
    ProtocolError,
    RejectedError,
    TransientError,
)
from sync._fleet import FleetReporter
from sync._probe import PeerCertificate, PortalDate, peer_certificate, portal_date
from sync._results import FetchedResult, ResultsClient, ResultUnavailableError
from sync._retry import NO_RETRY, RetryPolicy
from sync._seed import seed as seed_applications
from sync._worker import CHUNK_SIZE, OutboxWorker, SyncReport

__all__ = [
    "CHUNK_SIZE",
    "NO_RETRY",
    "Accepted",
    "Backoff",
    "Catalog",
    "Credentials",
    "EnrolRefusedError",
    "Enrolment",
    "FetchedResult",
    "FleetReporter",
    "InsecurePortalError",
    "LinkError",
    "ManualClock",
    "NotEnrolledError",
    "OffsetMismatchError",
    "OutboxWorker",
    "PeerCertificate",
    "PortalClient",
    "PortalDate",
    "PortalError",
    "PortalStatus",
    "ProtocolError",
    "RejectedError",
    "ResultUnavailableError",
    "ResultsClient",
    "RetryPolicy",
    "SyncController",
    "SyncReport",
    "SystemClock",
    "TransientError",
    "UploadState",
    "check_portal_url",
    "client_from_store",
    "enrol",
    "ensure_enrolled",
    "is_official_code",
    "load_credentials",
    "official_code_date",
    "peer_certificate",
    "portal_date",
    "retry_after_seconds",
    "seed_applications",
]
