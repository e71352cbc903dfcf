"""The reference portal: a real HTTP server implementing ``sync/openapi.yaml`` v1.

It stores what kiosks send in its own SQLite file, issues official application
codes, serves status and the catalog, and can inject network faults for tests.
"""

from sync.portal._app import create_portal_app
from sync.portal._db import STATUS_LABELS, PortalDB
from sync.portal._faults import FaultPlan, FaultSpecError
from sync.portal._replies import bundled_catalog
from sync.portal._server import (
    RunningPortal,
    serve_portal,
    start_embedded_portal,
    start_portal_in_thread,
)

__all__ = [
    "STATUS_LABELS",
    "FaultPlan",
    "FaultSpecError",
    "PortalDB",
    "RunningPortal",
    "bundled_catalog",
    "create_portal_app",
    "serve_portal",
    "start_embedded_portal",
    "start_portal_in_thread",
]
