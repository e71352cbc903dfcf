"""HTTP client for the portal's sync API (``wire/openapi.yaml``).

Every request carries an explicit (connect, read) timeout; TLS verification is
always on (a CA bundle may be given; certificate checks are never switched off); plain http is
refused unless the host is loopback; redirects are not followed. Replies are
parsed defensively: only an explicit 200/201 carrying an official code counts
as a delivered application. Anything unreadable raises :class:`ProtocolError`,
which the outbox treats as "retry", never as success.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from sync._codes import is_official_code
from sync._errors import (
    EnrolRefusedError,
    LinkError,
    NotEnrolledError,
    OffsetMismatchError,
    ProtocolError,
    RejectedError,
    TransientError,
)
from sync._retry import (
    DEFAULT_TOO_MANY_S,
    NO_RETRY,
    RETRY_STATUSES,
    PortalGate,
    RetryPolicy,
)
from sync._wire import (
    Catalog,
    Enrolment,
    UploadState,
    check_portal_url,
    expect,
    is_loopback,
    json_object,
    offset_of,
    retry_after_seconds,
    upload_state,
)
from wire import Accepted, MessageError, PortalStatus

_REJECTING = {400, 409, 413, 422}
# A reply cut short (the connection died mid-body) is a transport failure like a reset.
_CUT_SHORT = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)


class PortalClient:
    """One kiosk's connection to the portal.

    Args:
        base_url: the portal's URL (https, or http on loopback).
        session: a ``requests.Session`` to use (the seam for tests and pooling).
        timeout: the read timeout in seconds; the connect timeout is at most 10 s.
        kiosk_id, token: credentials from enrolment (needed for everything but
            ``health`` and ``enrol``).
        ca_bundle: a CA file to verify the portal's certificate with.
        retry_policy: quick retries of one request (``sync._retry``); ``NO_RETRY`` turns
            them off.
        rng, sleep: jitter source and pause function (tests make them deterministic).

    Raises:
        InsecurePortalError: the URL is not acceptable.
    """

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: float,
        kiosk_id: str | None = None,
        token: str | None = None,
        ca_bundle: str | None = None,
        retry_policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.base_url = check_portal_url(base_url)
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.timeout = (min(float(timeout), 10.0), float(timeout))
        self.kiosk_id = kiosk_id
        self._token = token
        self._verify: str | bool = ca_bundle or True
        if session is None:
            session = requests.Session()
            # Environment proxies must not capture loopback traffic to a local portal.
            session.trust_env = not is_loopback(urlsplit(self.base_url).hostname or "")
        self.session = session
        self.retry_policy = retry_policy or RetryPolicy()
        self.gate = PortalGate()
        self._rng = rng or random.Random()
        # Looked up at each pause (not bound at import), so a patched time.sleep applies.
        self._sleep = sleep or (lambda seconds: time.sleep(seconds))
        #: Requests repeated by the quick retries since this client was made (reports).
        self.quick_retries = 0

    def with_credentials(self, kiosk_id: str, token: str) -> PortalClient:
        """A client for the same portal and session, carrying these credentials."""
        clone = PortalClient.__new__(PortalClient)
        clone.__dict__.update(self.__dict__)
        clone.kiosk_id, clone._token = kiosk_id, token
        return clone

    def close(self) -> None:
        """Close the session's pooled connections."""
        self.session.close()

    # -- transport ---------------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, auth: bool = True, retry: bool = True, **kwargs: Any
    ) -> requests.Response:
        """Send one request, repeating it quickly on a transport failure or 502/503/504.

        Every request of the protocol is idempotent (see ``sync._retry``). Raises
        :class:`LinkError` once the quick retries are spent, or at once on a 429 or a
        ``Retry-After`` too long to wait here.
        """
        headers = dict(kwargs.pop("headers", None) or {})
        if auth:
            if not self.kiosk_id or not self._token:
                raise NotEnrolledError("kiosk not enrolled: no credentials stored")
            headers["Authorization"] = f"Bearer {self._token}"
            headers["X-Kiosk-Id"] = self.kiosk_id
        policy = self.retry_policy if retry else NO_RETRY
        paused = 0.0
        repeats = timeouts = 0
        failure: TransientError
        while True:
            held = self.gate.remaining()
            if held > 0:
                # The portal asked everyone to wait: never send before then.
                if paused + held > policy.budget_s:
                    raise LinkError(f"{method} {path}: portal asked to wait", retry_after=held)
                self._sleep(held)
                paused += held
            try:
                resp = self.session.request(
                    method,
                    self.base_url + path,
                    headers=headers,
                    timeout=self.timeout,
                    verify=self._verify,
                    allow_redirects=False,
                    **kwargs,
                )
            except requests.exceptions.SSLError as exc:
                raise TransientError(f"{method} {path}: TLS verification failed") from exc
            except (requests.ConnectionError, requests.Timeout, *_CUT_SHORT) as exc:
                timed_out = isinstance(exc, requests.Timeout)
                timeouts += 1 if timed_out else 0
                what = "timed out" if timed_out else type(exc).__name__
                failure = LinkError(f"{method} {path}: {what}")
                if timed_out and timeouts > policy.timeout_retries:
                    raise failure from exc
            except requests.RequestException as exc:
                raise TransientError(f"{method} {path}: {type(exc).__name__}") from exc
            else:
                status = resp.status_code
                if status == 401 and auth:
                    raise NotEnrolledError("kiosk not enrolled: the portal refused its credentials")
                if 300 <= status < 400 and status != 304:
                    raise ProtocolError(f"{method} {path}: unexpected redirect {status}")
                if status < 500 and status not in (408, 429):
                    return resp
                wait = retry_after_seconds(resp.headers.get("Retry-After"))
                if status == 429 and wait is None:
                    wait = DEFAULT_TOO_MANY_S
                if wait is not None:
                    self.gate.hold(wait)
                failure = (
                    LinkError(f"{method} {path}: HTTP {status}", retry_after=wait)
                    if status in RETRY_STATUSES or status == 429
                    else TransientError(f"{method} {path}: HTTP {status}", retry_after=wait)
                )
                # 501, 505..., 408 and 429 go to the outbox's backoff at once: a 429 is an
                # explicit "too many", the others will not change in a moment.
                if status not in RETRY_STATUSES or paused + (wait or 0.0) > policy.budget_s:
                    raise failure
            repeats += 1
            # A Retry-After is waited out by the gate at the top of the loop.
            pause = 0.0 if self.gate.remaining() > 0 else policy.pause(repeats, self._rng)
            if repeats > policy.retries or paused + pause > policy.budget_s:
                raise failure
            if pause > 0:
                self._sleep(pause)
                paused += pause
            self.quick_retries += 1

    def _rejection(self, resp: requests.Response, what: str) -> RejectedError | None:
        """A rejection if the reply is a well-formed 4xx refusal, else ``None``."""
        if resp.status_code not in _REJECTING:
            return None
        body = json_object(resp)
        if body is None or not isinstance(body.get("error"), str):
            return None
        reasons = body.get("reasons")
        if resp.status_code == 422 and not isinstance(reasons, list):
            return None
        clean = [r for r in reasons or [] if isinstance(r, dict)] or [
            {
                "code": body["error"],
                "message": body.get("message", ""),
                "message_en": body.get("message_en", ""),
            }
        ]
        return RejectedError(f"{what}: refused ({resp.status_code} {body['error']})", clean)

    # -- endpoints ---------------------------------------------------------------------

    def health(self) -> bool:
        """Whether the portal answers its health check (never raises)."""
        try:
            # A probe: one try, the caller decides when to look again.
            resp = self._request("GET", "/v1/health", auth=False, retry=False)
        except Exception:
            return False
        body = json_object(resp) if resp.status_code == 200 else None
        return body is not None and body.get("status") == "ok"

    def enrol(self, code: str, *, device_id: str, name: str | None = None) -> Enrolment:
        """Enrol this kiosk with a one-time code.

        Raises:
            EnrolRefusedError: wrong or already used code.
            TransientError: the portal could not be reached or replied oddly.
        """
        body = {"code": code, "device_id": device_id, **({"name": name} if name else {})}
        resp = self._request("POST", "/v1/enrol", auth=False, json=body)
        if resp.status_code == 403:
            raise EnrolRefusedError("enrolment code refused")
        if resp.status_code == 422:
            raise EnrolRefusedError("enrolment request invalid")
        data = expect(resp, (201,), "enrol")
        fields = [data.get(k) for k in ("kiosk_id", "token", "public_key_pem")]
        if not all(isinstance(f, str) and f for f in fields):
            raise ProtocolError("enrol: reply lacks kiosk_id, token or public key")
        agency = data.get("agency_id")
        kiosk_id, token, pem = (str(f) for f in fields)
        return Enrolment(kiosk_id, token, pem, agency if isinstance(agency, str) else None)

    def submit(self, body: dict[str, Any], *, idempotency_key: str) -> Accepted:
        """Deliver one application; return only on an explicit success with an official code.

        Raises:
            RejectedError: the portal refused it (validation reasons for staff).
            TransientError: anything else, including unreadable replies.
            NotEnrolledError: 401.
        """
        resp = self._request(
            "POST", "/v1/applications", json=body, headers={"Idempotency-Key": idempotency_key}
        )
        rejection = self._rejection(resp, "submit")
        if rejection is not None:
            raise rejection
        data = expect(resp, (200, 201), "submit")
        try:
            accepted = Accepted.from_json(data)
        except MessageError as exc:
            raise ProtocolError(f"submit: {exc}") from exc
        if not is_official_code(accepted.official_code):
            raise ProtocolError("submit: success reply without a valid official code")
        echoed = data.get("kiosk_application_id")
        if echoed is not None and echoed != body.get("kiosk_application_id"):
            raise ProtocolError("submit: reply is for another application")
        return accepted

    def open_upload(self, meta: dict[str, Any]) -> UploadState:
        """Start (or find again) an attachment upload; learn its committed offset."""
        resp = self._request("POST", "/v1/uploads", json=meta)
        rejection = self._rejection(resp, "upload")
        if rejection is not None:
            raise rejection
        return upload_state(expect(resp, (200, 201), "open upload"))

    def upload_offset(self, upload_id: str) -> int:
        """The portal's committed offset of an upload (``HEAD``)."""
        resp = self._request("HEAD", f"/v1/uploads/{upload_id}")
        if resp.status_code != 200:
            raise TransientError(f"upload offset: HTTP {resp.status_code}")
        return offset_of(resp.headers.get("Upload-Offset"))

    def put_chunk(self, upload_id: str, offset: int, data: bytes) -> int:
        """Send one chunk at ``offset`` with its sha256; return the new committed offset.

        Raises:
            OffsetMismatchError: the portal is elsewhere; resume from ``committed``.
        """
        return self.put_chunk_state(upload_id, offset, data).committed

    def put_chunk_state(self, upload_id: str, offset: int, data: bytes) -> UploadState:
        """Like :meth:`put_chunk`, and says whether the portal verified the whole file.

        The portal checks the whole file's sha256 when the last chunk lands; a
        mismatch comes back as ``OffsetMismatchError`` with ``committed`` 0.
        """
        resp = self._request(
            "PUT",
            f"/v1/uploads/{upload_id}",
            params={"offset": offset},
            data=data,
            headers={
                "Content-Type": "application/octet-stream",
                "X-Chunk-SHA256": hashlib.sha256(data).hexdigest(),
            },
        )
        if resp.status_code == 409:
            body = json_object(resp) or {}
            raise OffsetMismatchError(
                "upload: offset mismatch", committed=offset_of(body.get("committed"))
            )
        body = expect(resp, (200,), "upload chunk")
        committed = offset_of(body.get("committed"))
        if committed != offset + len(data):
            raise ProtocolError("upload chunk: committed offset does not match what was sent")
        return UploadState(upload_id, committed, body.get("complete") is True)

    def complete_upload(self, upload_id: str, sha256: str) -> UploadState:
        """Ask the portal to check the whole file's sha256.

        Raises:
            OffsetMismatchError: incomplete, or the hash differed and the upload restarts.
        """
        resp = self._request("POST", f"/v1/uploads/{upload_id}/complete", json={"sha256": sha256})
        if resp.status_code == 409:
            body = json_object(resp) or {}
            raise OffsetMismatchError(
                "upload: not complete", committed=offset_of(body.get("committed"))
            )
        state = upload_state(expect(resp, (200,), "complete upload"))
        if not state.complete:
            raise ProtocolError("complete upload: portal did not confirm completion")
        return state

    def status(self, official_code: str) -> PortalStatus | None:
        """An application's status; ``None`` if the portal does not know it."""
        resp = self._request("GET", f"/v1/applications/{official_code}")
        if resp.status_code == 404:
            return None
        data = expect(resp, (200,), "status")
        try:
            return PortalStatus.from_json(data, official_code=official_code)
        except MessageError as exc:
            raise ProtocolError(f"status: {exc}") from exc

    def report_audit_head(self, seq: int, digest: str) -> tuple[int, str]:
        """Report the kiosk's audit head; return the highest head the portal has seen.

        Raises:
            PortalError: the report did not get through (nothing is assumed stored).
        """
        resp = self._request("PUT", "/v1/audit-head", json={"seq": seq, "hash": digest})
        return _head(expect(resp, (200,), "audit head"))

    def audit_head_seen(self) -> tuple[int, str] | None:
        """The highest audit head the portal has seen from this kiosk (``None`` if none)."""
        resp = self._request("GET", "/v1/audit-head")
        if resp.status_code == 404:
            return None
        return _head(expect(resp, (200,), "audit head"))

    def catalog(self, etag: str | None = None) -> Catalog | None:
        """The full catalog, or ``None`` when unchanged since ``etag`` (304).

        Raises:
            ProtocolError: the download is incomplete or malformed (never partially used).
        """
        headers = {"If-None-Match": etag} if etag else {}
        resp = self._request("GET", "/v1/catalog", headers=headers)
        if resp.status_code == 304:
            return None
        data = expect(resp, (200,), "catalog")
        procedures = data.get("procedures")
        if not isinstance(procedures, list) or data.get("count") != len(procedures):
            raise ProtocolError("catalog: incomplete download")
        out = []
        for entry in procedures:
            if not isinstance(entry, dict):
                raise ProtocolError("catalog: malformed entry")
            code, version, definition = (
                entry.get("code"),
                entry.get("version"),
                entry.get("definition"),
            )
            if (
                not isinstance(code, str)
                or not isinstance(version, str)
                or not isinstance(definition, dict)
            ):
                raise ProtocolError("catalog: malformed entry")
            out.append((code, version, json.dumps(definition, ensure_ascii=False)))
        return Catalog(resp.headers.get("ETag"), out)


__all__ = [
    "Accepted",
    "Catalog",
    "Enrolment",
    "PortalClient",
    "PortalStatus",
    "UploadState",
    "check_portal_url",
    "retry_after_seconds",
]


def _head(data: dict[str, Any]) -> tuple[int, str]:
    seq, digest = data.get("max_seq"), data.get("max_hash")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(digest, str):
        raise ProtocolError("audit head: reply lacks max_seq or max_hash")
    return seq, digest
