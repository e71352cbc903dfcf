"""Fleet messages: a kiosk's health report and the portal's signed configuration document.

``HealthReport`` is what a kiosk sends once per sync cycle (``PUT /v1/kiosk-health``):
figures a technician needs, never a resident's data. A configuration document is
signed with Ed25519 by the fleet administrator (offline: the portal only stores and
serves it); a kiosk verifies it with the public key it was configured to trust.
The signature covers the canonical JSON of the document (sorted keys, no spaces,
UTF-8), so signer and verifier agree byte for byte.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from wire._messages import MessageError

CONFIG_FORMAT = "kiosk-config/1"
MAX_WARNINGS = 20
_DETAIL_CHARS = 300
_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_CHECK = re.compile(r"^[A-Za-z0-9_.: -]{1,64}$")
_GROUP = re.compile(r"^[A-Za-z0-9_.:-]{0,64}$")


class ConfigSignatureError(ValueError):
    """A configuration document's signature does not verify with the trusted key."""


@dataclass(frozen=True)
class HealthWarning:
    """One of doctor's warn/FAIL lines (printer, camera, scanner, speech, disk...)."""

    check: str
    status: str
    detail: str


@dataclass(frozen=True)
class HealthReport:
    """One kiosk's health as it reports it; times are UTC ISO 8601, ages in seconds."""

    version: str
    reported_at: str
    outbox_depth: int
    free_disk_mb: int
    last_sync_at: str | None = None
    oldest_undelivered_age_s: float | None = None
    clock_skew_s: float | None = None
    """Kiosk clock minus the portal's ``Date`` (positive: kiosk ahead), from the previous
    exchange (as ``kiosk doctor`` measures it)."""
    warnings: list[HealthWarning] = field(default_factory=list)
    warnings_checked_at: str | None = None
    config_serial: int | None = None
    config_problem: str | None = None
    """Why the last configuration document was refused (``None`` if none was)."""
    group: str = ""

    def to_json(self) -> dict[str, Any]:
        """The request body."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> HealthReport:
        """Read a report strictly (``wire/openapi.yaml``'s ``HealthReport``).

        Raises:
            MessageError: a field is missing, of the wrong type or out of bounds.
        """
        if not isinstance(data, dict):
            raise MessageError("health report must be an object")
        version = data.get("version")
        depth, disk = data.get("outbox_depth"), data.get("free_disk_mb")
        if not isinstance(version, str) or not 0 < len(version) <= 64:
            raise MessageError("version must be a text of 1 to 64 characters")
        reported = _stamp(data, "reported_at", required=True)
        if not _count(depth) or not _count(disk):
            raise MessageError("outbox_depth and free_disk_mb must be non-negative integers")
        raw_warnings = data.get("warnings", [])
        if not isinstance(raw_warnings, list) or len(raw_warnings) > MAX_WARNINGS:
            raise MessageError(f"warnings must be a list of at most {MAX_WARNINGS}")
        warnings = []
        for item in raw_warnings:
            if not isinstance(item, dict):
                raise MessageError("a warning must be an object")
            check, status, detail = (item.get(k) for k in ("check", "status", "detail"))
            if not isinstance(check, str) or not _CHECK.match(check):
                raise MessageError("a warning's check must be a short name")
            if status not in ("warn", "FAIL"):
                raise MessageError("a warning's status must be warn or FAIL")
            if not isinstance(detail, str) or len(detail) > _DETAIL_CHARS:
                raise MessageError(f"a warning's detail must be a text of at most {_DETAIL_CHARS}")
            warnings.append(HealthWarning(check, status, detail))
        serial = data.get("config_serial")
        if serial is not None and not _count(serial):
            raise MessageError("config_serial must be a non-negative integer or null")
        problem = data.get("config_problem")
        if problem is not None and (not isinstance(problem, str) or len(problem) > _DETAIL_CHARS):
            raise MessageError(f"config_problem must be a text of at most {_DETAIL_CHARS}")
        group = data.get("group", "")
        if not isinstance(group, str) or not _GROUP.match(group):
            raise MessageError("group must be a short name")
        return cls(
            version=version,
            reported_at=str(reported),
            outbox_depth=int(depth),
            free_disk_mb=int(disk),
            last_sync_at=_stamp(data, "last_sync_at"),
            oldest_undelivered_age_s=_number(data, "oldest_undelivered_age_s"),
            clock_skew_s=_number(data, "clock_skew_s"),
            warnings=warnings,
            warnings_checked_at=_stamp(data, "warnings_checked_at"),
            config_serial=serial,
            config_problem=problem,
            group=group,
        )


def _stamp(data: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= 40:
        raise MessageError(f"{key} must be a timestamp" + ("" if required else " or null"))
    return value


def _number(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not abs(value) < 1e12:
        raise MessageError(f"{key} must be a number or null")
    return float(value)


def _count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


# -- signed configuration ------------------------------------------------------------------


@dataclass(frozen=True)
class ConfigDocument:
    """A verified configuration document: settings for the kiosks it targets.

    ``kiosks`` and ``groups`` empty means every kiosk of the fleet.
    """

    serial: int
    issued_at: str
    settings: dict[str, Any]
    kiosks: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()

    def targets(self, kiosk_id: str | None, group: str) -> bool:
        """Whether this document is meant for the kiosk ``kiosk_id`` in ``group``."""
        if not self.kiosks and not self.groups:
            return True
        return (kiosk_id is not None and kiosk_id in self.kiosks) or (
            bool(group) and group in self.groups
        )

    def to_json(self) -> dict[str, Any]:
        """The signed part of the envelope."""
        return {
            "format": CONFIG_FORMAT,
            "serial": self.serial,
            "issued_at": self.issued_at,
            "kiosks": list(self.kiosks),
            "groups": list(self.groups),
            "settings": self.settings,
        }


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The exact bytes a signature covers."""
    return json.dumps(
        document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def generate_config_keypair() -> tuple[bytes, str]:
    """A new signing key: (private key PEM, public key as base64 of its 32 raw bytes)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem, public_key_text(key.public_key())


def public_key_text(key: Ed25519PublicKey) -> str:
    """The public key as kiosks are configured with it (base64 of the raw 32 bytes)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_config_public_key(text: str) -> Ed25519PublicKey:
    """Read a trusted key: base64 of 32 raw bytes, or a PEM public key.

    Raises:
        ValueError: not an Ed25519 public key.
    """
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_public_key(text.encode("ascii"))
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 public key")
        return key
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def sign_config(document: ConfigDocument, private_key_pem: bytes) -> dict[str, Any]:
    """The envelope ``{"document", "signature"}`` a kiosk accepts (signature base64)."""
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the signing key is not an Ed25519 private key")
    body = document.to_json()
    signature = key.sign(canonical_bytes(body))
    return {
        "document": body,
        "signature": base64.b64encode(signature).decode("ascii"),
        "key": public_key_text(key.public_key()),
    }


def read_config_envelope(envelope: Any) -> ConfigDocument:
    """The document inside an envelope, its shape checked but its signature NOT verified
    (the portal stores and serves documents it cannot sign or verify itself).

    Raises:
        MessageError: the envelope or document is malformed.
    """
    if not isinstance(envelope, dict) or not isinstance(envelope.get("signature"), str):
        raise MessageError("a configuration envelope carries a document and a signature")
    doc = envelope.get("document")
    if not isinstance(doc, dict) or doc.get("format") != CONFIG_FORMAT:
        raise MessageError(f"the document's format must be {CONFIG_FORMAT}")
    serial, issued, settings = doc.get("serial"), doc.get("issued_at"), doc.get("settings")
    if not _count(serial) or serial < 1:
        raise MessageError("serial must be a positive integer")
    if not isinstance(issued, str) or len(issued) > 40:
        raise MessageError("issued_at must be a timestamp")
    if not isinstance(settings, dict):
        raise MessageError("settings must be an object")
    kiosks, groups = doc.get("kiosks", []), doc.get("groups", [])
    for name, items in (("kiosks", kiosks), ("groups", groups)):
        if not isinstance(items, list) or not all(
            isinstance(i, str) and _NAME.match(i) for i in items
        ):
            raise MessageError(f"{name} must be a list of ids")
    return ConfigDocument(int(serial), issued, settings, tuple(kiosks), tuple(groups))


def verify_config(envelope: Any, public_key: Ed25519PublicKey) -> ConfigDocument:
    """The document of a correctly signed envelope.

    Raises:
        MessageError: malformed.
        ConfigSignatureError: the signature does not verify with ``public_key``.
    """
    document = read_config_envelope(envelope)
    try:
        signature = base64.b64decode(envelope["signature"], validate=True)
        public_key.verify(signature, canonical_bytes(envelope["document"]))
    except (binascii.Error, ValueError, InvalidSignature):
        raise ConfigSignatureError("the configuration's signature does not verify") from None
    return document
