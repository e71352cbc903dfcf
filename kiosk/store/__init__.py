"""The kiosk's store: the only module that touches SQLite.

A :class:`Store` belongs to the thread that opened it. The GUI runs every write
on one single-worker executor; other threads open their own ``Store``.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import Clock
from kiosk.crypto import DataCipher
from kiosk.store._applications import (
    ApplicationRecord,
    ApplicationsMixin,
    AttachmentInput,
    ConsentInput,
    consent_text_hash,
)
from kiosk.store._audit import AuditMixin
from kiosk.store._base import WRONG_KEY_MESSAGE, StoreError, StoreFullError, utcnow
from kiosk.store._catalog import CatalogMixin
from kiosk.store._demo import DemoMixin
from kiosk.store._drafts import DraftRecord, DraftsMixin
from kiosk.store._fleet import FleetMixin
from kiosk.store._integrity import (
    INTEGRITY_FLAG,
    database_path,
    failure_kind,
    integrity_problem,
    quick_check,
    record_integrity,
)
from kiosk.store._keycheck import KEY_CHECK_FILENAME, stored_key_check, write_key_check_file
from kiosk.store._outbox import AttachmentRow, OutboxItem, OutboxMixin
from kiosk.store._payments import PaymentsMixin
from kiosk.store._retention import RetentionMixin
from kiosk.store._sealed import SealingMixin
from kiosk.store._search import SearchMixin
from kiosk.store._staff import StaffMixin
from kiosk.store._stats import IntakeCounts, Ratio, StatsMixin
from kiosk.store._transfer import TransferMixin

__all__ = [
    "INTEGRITY_FLAG",
    "KEY_CHECK_FILENAME",
    "WRONG_KEY_MESSAGE",
    "ApplicationRecord",
    "AttachmentInput",
    "AttachmentRow",
    "ConsentInput",
    "DraftRecord",
    "IntakeCounts",
    "OutboxItem",
    "Ratio",
    "Store",
    "StoreError",
    "StoreFullError",
    "consent_text_hash",
    "database_path",
    "failure_kind",
    "integrity_problem",
    "open_store",
    "quick_check",
    "record_integrity",
    "stored_key_check",
    "utcnow",
    "write_key_check_file",
]


class Store(
    AuditMixin,
    DraftsMixin,
    ApplicationsMixin,
    OutboxMixin,
    SealingMixin,
    CatalogMixin,
    SearchMixin,
    StatsMixin,
    StaffMixin,
    RetentionMixin,
    TransferMixin,
    DemoMixin,
    PaymentsMixin,
    FleetMixin,
):
    """Drafts, applications, attachments, outbox, catalog, audit and device settings."""


def open_store(data_dir: Path, cipher: DataCipher, *, clock: Clock | None = None) -> Store:
    """Open the store in ``data_dir`` (see :meth:`StoreBase.open`); ``clock`` dates its rows."""
    store: Store = Store.open(data_dir, cipher, clock=clock)
    return store
