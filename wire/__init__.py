"""The sync API's wire format, imported by both the portal client and the reference portal.

The envelope (``seal``/``unseal``: hybrid RSA-OAEP + AES-GCM to the portal's
key), the sealed application (answers plus per-attachment keys, and the sealed
attachment files), the messages (the submission body, the accepted and status
replies) and the OpenAPI spec (``wire/openapi.yaml``). Pure Python and
``cryptography``: no Qt, no HTTP, no database, no kiosk or portal imports.
"""

from wire._application import (
    ATTACHMENT_MAGIC,
    PlainAttachment,
    is_sealed,
    open_attachment,
    seal_application,
    sealed_meta,
)
from wire._envelope import (
    SEAL_ALG,
    SEAL_VERSION,
    SealError,
    generate_portal_keypair,
    key_fingerprint,
    load_portal_private_key,
    open_json,
    seal,
    seal_json,
    unseal,
)
from wire._fleet import (
    ConfigDocument,
    ConfigSignatureError,
    HealthReport,
    HealthWarning,
    generate_config_keypair,
    load_config_public_key,
    read_config_envelope,
    sign_config,
    verify_config,
)
from wire._messages import (
    LEVELS,
    STATUS_CODES,
    Accepted,
    MessageError,
    PortalStatus,
    submission,
)
from wire._results import (
    DOCUMENT_TYPES,
    INDEX_PATTERN,
    applicant_id_numbers,
    applicant_index,
    applicant_names,
    checked_document,
)

__all__ = [
    "ATTACHMENT_MAGIC",
    "DOCUMENT_TYPES",
    "INDEX_PATTERN",
    "LEVELS",
    "SEAL_ALG",
    "SEAL_VERSION",
    "STATUS_CODES",
    "Accepted",
    "ConfigDocument",
    "ConfigSignatureError",
    "HealthReport",
    "HealthWarning",
    "MessageError",
    "PlainAttachment",
    "PortalStatus",
    "SealError",
    "applicant_id_numbers",
    "applicant_index",
    "applicant_names",
    "checked_document",
    "generate_config_keypair",
    "generate_portal_keypair",
    "is_sealed",
    "key_fingerprint",
    "load_config_public_key",
    "load_portal_private_key",
    "open_attachment",
    "open_json",
    "read_config_envelope",
    "seal",
    "seal_application",
    "seal_json",
    "sealed_meta",
    "sign_config",
    "submission",
    "unseal",
    "verify_config",
]
