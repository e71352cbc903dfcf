"""The kiosk's portal identity: enrolment, and where its credentials are kept.

Credentials live in the store's ``device`` table; the token is encrypted with
the data key (AES-GCM, bound to its row) so a copied database alone cannot
impersonate the kiosk. All store work runs on the store's executor.
"""

from __future__ import annotations

import base64
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from kiosk.services import PORTAL_PUBLIC_KEY_SETTING, seal_backlog
from sync._client import PortalClient
from sync._errors import TransientError

_log = logging.getLogger(__name__)

_URL, _KIOSK, _TOKEN, _PUBKEY, _EMBEDDED = (
    "portal_url",
    "portal_kiosk_id",
    "portal_token",
    PORTAL_PUBLIC_KEY_SETTING,
    "portal_embedded",
)


@dataclass(frozen=True)
class Credentials:
    """What enrolment gave this kiosk."""

    portal_url: str
    kiosk_id: str
    token: str
    public_key_pem: str | None
    embedded: bool


def store_of(target: Any) -> Any:
    """The Store behind an executor target (a Store, or services holding one)."""
    return getattr(target, "store", target)


def load_credentials(target: Any) -> Credentials | None:
    """Read the stored credentials (on the store's thread); ``None`` if not enrolled."""
    store = store_of(target)
    url, kiosk, sealed = (store.get_device(k) for k in (_URL, _KIOSK, _TOKEN))
    if not (url and kiosk and sealed):
        return None
    token = store.cipher.decrypt(base64.b64decode(sealed), "device:portal_token").decode()
    return Credentials(
        portal_url=url,
        kiosk_id=kiosk,
        token=token,
        public_key_pem=store.get_device(_PUBKEY),
        embedded=store.get_device(_EMBEDDED) == "1",
    )


def save_credentials(target: Any, creds: Credentials) -> None:
    """Store credentials atomically (on the store's thread), with an audit entry."""
    store = store_of(target)
    sealed = base64.b64encode(store.cipher.encrypt(creds.token.encode(), "device:portal_token"))
    with store.transaction():
        store.set_device(_URL, creds.portal_url)
        store.set_device(_KIOSK, creds.kiosk_id)
        store.set_device(_TOKEN, sealed.decode())
        store.set_device(_PUBKEY, creds.public_key_pem or "")
        store.set_device(_EMBEDDED, "1" if creds.embedded else "0")
        store.audit("technician", "kiosk.enrolled", creds.kiosk_id, {"embedded": creds.embedded})
    if creds.public_key_pem:
        # Applications filed before enrolment become unreadable to the kiosk now.
        try:
            seal_backlog(store, creds.public_key_pem)
        except Exception:  # enrolment stands; the worker seals before sending
            _log.exception("sealing pending applications after enrolment failed")


def device_id(target: Any) -> str:
    """This kiosk's own stable id (made on first use), sent at enrolment."""
    store = store_of(target)
    value = store.get_device("kiosk_id")
    if value is None:
        value = str(uuid.uuid4())
        store.set_device("kiosk_id", value)
    return str(value)


def client_from_store(
    executor: Any, *, timeout: float, ca_bundle: str | None = None
) -> PortalClient | None:
    """A client with the stored credentials, or ``None`` if the kiosk is not enrolled."""
    creds = executor.call(load_credentials)
    if creds is None:
        return None
    return PortalClient(
        creds.portal_url,
        timeout=timeout,
        kiosk_id=creds.kiosk_id,
        token=creds.token,
        ca_bundle=ca_bundle,
    )


def enrol(
    executor: Any,
    url: str,
    code: str,
    *,
    timeout: float = 15.0,
    ca_bundle: str | None = None,
    embedded: bool = False,
    attempts: int = 5,
) -> PortalClient:
    """Enrol with the portal at ``url`` using a one-time code and store the credentials.

    Retrying is safe: the portal gives the same device its kiosk id back.

    Raises:
        EnrolRefusedError: the code was refused.
        TransientError: the portal could not be reached after ``attempts`` tries.
        InsecurePortalError: the URL is not https (or loopback http).
    """
    client = PortalClient(url, timeout=timeout, ca_bundle=ca_bundle)
    device = executor.call(device_id)
    last: TransientError | None = None
    for _ in range(max(1, attempts)):
        try:
            enrolment = client.enrol(code, device_id=device)
            break
        except TransientError as exc:
            last = exc
    else:
        assert last is not None
        raise last
    creds = Credentials(
        client.base_url, enrolment.kiosk_id, enrolment.token, enrolment.public_key_pem, embedded
    )
    executor.call(lambda target: save_credentials(target, creds))
    _log.info("kiosk enrolled with the portal (kiosk id %s)", enrolment.kiosk_id)
    return client.with_credentials(enrolment.kiosk_id, enrolment.token)


def ensure_enrolled(
    executor: Any, url: str, code: str, *, timeout: float = 15.0, embedded: bool = True
) -> PortalClient:
    """A client for ``url``: the stored credentials if they are for it, else a new enrolment.

    ``kiosk run`` calls this with the embedded portal's URL and code when no portal
    is configured.
    """
    creds = executor.call(load_credentials)
    if creds is not None and creds.portal_url == url.rstrip("/"):
        return PortalClient(url, timeout=timeout, kiosk_id=creds.kiosk_id, token=creds.token)
    return enrol(executor, url, code, timeout=timeout, embedded=embedded)
