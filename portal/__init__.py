"""The reference portal: a real HTTP server implementing ``wire/openapi.yaml`` v1.

It stands alone: it imports ``wire`` (the shared envelope and spec) and
``resources`` (the bundled catalog), never the kiosk, its client or Qt.

It stores what kiosks send in its own SQLite file, issues official application
codes, serves status and the catalog, and can inject network faults for tests.
"""

from portal._app import create_portal_app
from portal._db import STATUS_LABELS, PortalDB
from portal._faults import FaultPlan, FaultSpecError
from portal._replies import bundled_catalog
from portal._server import (
    RunningPortal,
    serve_portal,
    start_embedded_portal,
    start_portal_in_thread,
)
from portal._sockets import listen as listen_socket

__all__ = [
    "STATUS_LABELS",
    "FaultPlan",
    "FaultSpecError",
    "PortalDB",
    "RunningPortal",
    "bundled_catalog",
    "create_portal_app",
    "listen_socket",
    "serve_portal",
    "start_embedded_portal",
    "start_portal_in_thread",
]
