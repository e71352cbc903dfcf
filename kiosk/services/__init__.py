"""Domain services over the store: the API the UI and the CLI call."""

from kiosk.services._context import KioskContext, key_file_for, open_context
from kiosk.services._executor import StoreExecutor
from kiosk.services._services import (
    HANOI,
    DraftState,
    KioskServices,
    SubmissionError,
    format_address,
    load_kiosk_catalog,
    search_terms,
)

__all__ = [
    "HANOI",
    "DraftState",
    "KioskContext",
    "KioskServices",
    "StoreExecutor",
    "SubmissionError",
    "format_address",
    "load_kiosk_catalog",
    "search_terms",
    "key_file_for",
    "open_context",
]
