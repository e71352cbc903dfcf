"""Domain services over the store: the API the UI and the CLI call."""

from kiosk.services._consent import ConsentProblem, consent_problems
from kiosk.services._console import (
    TARGET_E_RESULT,
    TARGET_FULL_ONLINE,
    TARGET_ON_TIME,
    TARGET_ONLINE,
    DashboardFigures,
    OutboxRow,
    WorkLists,
    dashboard_figures,
    delete_draft,
    find_applications,
    find_drafts,
    local_today,
    outbox_rows,
    parse_utc,
    procedure_name,
    record_paper_intake,
    retry_now,
    work_lists,
)
from kiosk.services._context import KioskContext, key_file_for, open_context
from kiosk.services._declaration import declaration_document, declaration_extras
from kiosk.services._executor import StoreExecutor
from kiosk.services._integrity import IntegrityWatch, check_integrity, integrity_refusal
from kiosk.services._protect import PORTAL_PUBLIC_KEY_SETTING, seal_backlog
from kiosk.services._receipt_fields import (
    PaperDocument,
    agency_names,
    fee_text,
    filer_fields,
    format_address,
    receipt_fields,
)
from kiosk.services._sample import SAMPLE_STAFF_NAME, SampleFiling, file_sample
from kiosk.services._services import (
    HANOI,
    DraftState,
    KioskServices,
    SubmissionError,
    load_kiosk_catalog,
    search_terms,
)
from kiosk.services._transfer import (
    MIN_PASSPHRASE,
    TransferError,
    TransferReport,
    check_passphrase,
    export_outbox,
)
from kiosk.services._transfer_import import catalog_index, find_exports, import_outbox
from kiosk.services._verify import UnverifiedFact, unverified_facts

__all__ = [
    "HANOI",
    "MIN_PASSPHRASE",
    "PORTAL_PUBLIC_KEY_SETTING",
    "SAMPLE_STAFF_NAME",
    "TARGET_E_RESULT",
    "TARGET_FULL_ONLINE",
    "TARGET_ONLINE",
    "TARGET_ON_TIME",
    "ConsentProblem",
    "DashboardFigures",
    "DraftState",
    "IntegrityWatch",
    "KioskContext",
    "KioskServices",
    "OutboxRow",
    "PaperDocument",
    "SampleFiling",
    "StoreExecutor",
    "SubmissionError",
    "TransferError",
    "TransferReport",
    "UnverifiedFact",
    "WorkLists",
    "agency_names",
    "catalog_index",
    "check_integrity",
    "check_passphrase",
    "consent_problems",
    "dashboard_figures",
    "declaration_document",
    "declaration_extras",
    "delete_draft",
    "export_outbox",
    "fee_text",
    "file_sample",
    "filer_fields",
    "find_applications",
    "find_drafts",
    "find_exports",
    "format_address",
    "import_outbox",
    "integrity_refusal",
    "key_file_for",
    "load_kiosk_catalog",
    "local_today",
    "open_context",
    "outbox_rows",
    "parse_utc",
    "procedure_name",
    "receipt_fields",
    "record_paper_intake",
    "retry_now",
    "seal_backlog",
    "search_terms",
    "unverified_facts",
    "work_lists",
]
