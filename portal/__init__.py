"""The reference portal: a real HTTP server implementing ``wire/openapi.yaml`` v1.

It stands alone: it imports ``wire`` (the shared envelope and spec) and
``resources`` (the bundled catalog), never the kiosk, its client or Qt.

It stores what kiosks send in its own SQLite file, issues official application
codes, serves status and the catalog, and can inject network faults for tests.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from portal._sockets import listen as listen_socket

if TYPE_CHECKING:
    from portal._app import create_portal_app
    from portal._db import STATUS_LABELS, PortalDB
    from portal._faults import FaultPlan, FaultSpecError
    from portal._fleet import set_admin_token
    from portal._payments import SIGNATURE_HEADER, sign_notification
    from portal._replies import bundled_catalog
    from portal._results import handovers_of, mark_result_ready
    from portal._results_ca import ResultCA, ResultSigner, issue_result_signer, make_result_ca
    from portal._server import (
        RunningPortal,
        serve_portal,
        start_embedded_portal,
        start_portal_in_thread,
    )
    from portal._sms import FileSmsSink, HttpSmsGateway, SmsError, SmsGateway, deliver_pending

# FastAPI, uvicorn and SQLAlchemy load on first use: the kiosk binds the embedded
# portal's socket before its window paints, and starts the portal itself after.
_LAZY = {
    "create_portal_app": "portal._app",
    "STATUS_LABELS": "portal._db",
    "PortalDB": "portal._db",
    "FaultPlan": "portal._faults",
    "FaultSpecError": "portal._faults",
    "bundled_catalog": "portal._replies",
    "SIGNATURE_HEADER": "portal._payments",
    "sign_notification": "portal._payments",
    "FileSmsSink": "portal._sms",
    "HttpSmsGateway": "portal._sms",
    "SmsError": "portal._sms",
    "SmsGateway": "portal._sms",
    "deliver_pending": "portal._sms",
    "handovers_of": "portal._results",
    "mark_result_ready": "portal._results",
    "ResultCA": "portal._results_ca",
    "ResultSigner": "portal._results_ca",
    "issue_result_signer": "portal._results_ca",
    "make_result_ca": "portal._results_ca",
    "set_admin_token": "portal._fleet",
    "RunningPortal": "portal._server",
    "serve_portal": "portal._server",
    "start_embedded_portal": "portal._server",
    "start_portal_in_thread": "portal._server",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'portal' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "SIGNATURE_HEADER",
    "STATUS_LABELS",
    "FaultPlan",
    "FaultSpecError",
    "FileSmsSink",
    "HttpSmsGateway",
    "PortalDB",
    "ResultCA",
    "ResultSigner",
    "RunningPortal",
    "SmsError",
    "SmsGateway",
    "bundled_catalog",
    "create_portal_app",
    "deliver_pending",
    "handovers_of",
    "issue_result_signer",
    "listen_socket",
    "make_result_ca",
    "mark_result_ready",
    "serve_portal",
    "set_admin_token",
    "sign_notification",
    "start_embedded_portal",
    "start_portal_in_thread",
]
