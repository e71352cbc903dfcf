"""SMS to residents who consented: on receipt, on a request for papers, when the result is ready.

Each event is queued in ``sms_outbox`` in the same transaction as the change that
causes it (a stored submission; a status set to 5 or 9, by the server or by
``kiosk portal set-status`` in another process). A sender thread in the server
delivers the queue through an :class:`SmsGateway`. The number is read only when
sending, from the sealed application's ``sms_to``, which the kiosk puts there
only when the resident ticked the SMS consent: no consent, no number, no message
(the row is marked ``skipped``). Nothing here logs a phone number or a text.

Gateways: :class:`FileSmsSink` (the default: JSON lines in the portal's data
directory, for a portal without a contract with an SMS operator) and
:class:`HttpSmsGateway` (an operator's HTTP API: URL, bearer token, timeout, TLS
verified). Texts are short, name the application code, and are plain ASCII
(diacritics removed) when the gateway sends GSM-7.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from sqlalchemy import Connection

from portal._conn import run
from portal._files import now_iso

__all__ = [
    "SMS_EVENTS",
    "FileSmsSink",
    "HttpSmsGateway",
    "SmsError",
    "SmsGateway",
    "SmsSender",
    "add_sms_sender",
    "application_payload",
    "deliver_pending",
    "enqueue_sms",
    "gateway_from_env",
    "gsm7_text",
    "sms_text",
    "start_sms_sender",
]

_log = logging.getLogger(__name__)

SMS_EVENTS = {"received": None, "supplement": 5, "result": 9}
"""The events residents are told about, and the portal status that causes each."""
_STATUS_EVENT = {status: event for event, status in SMS_EVENTS.items() if status is not None}
MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=10)
_PHONE = re.compile(r"^(?:\+?84|0)(\d{9})$")


class SmsError(Exception):
    """The gateway did not take the message (the outbox tries again later)."""


class SmsGateway(Protocol):
    """Where texts go. ``gsm7``: the gateway sends GSM-7, so texts must be plain ASCII."""

    gsm7: bool

    def send(self, to: str, text: str) -> None:
        """Hand one text for ``to`` ("84" + 9 digits) to the operator.

        Raises:
            SmsError: the operator refused or could not be reached.
        """


def gsm7_text(text: str) -> str:
    """``text`` without Vietnamese diacritics, in printable ASCII ("Hồ sơ" -> "Ho so")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(c if " " <= c <= "~" else " " for c in plain)


def _date(iso: str | None) -> str:
    if not iso or not re.match(r"^\d{4}-\d{2}-\d{2}", iso):
        return ""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def sms_text(event: str, record: dict[str, Any], *, gsm7: bool) -> str:
    """The text for ``event`` about ``record``: one SMS (at most 160 GSM-7 characters)."""
    code = record["official_code"]
    if event == "received":
        due = _date(record.get("due_at"))
        text = f"Hồ sơ {code} đã được tiếp nhận." + (f" Hẹn trả kết quả {due}." if due else "")
    elif event == "supplement":
        text = f"Hồ sơ {code} cần bổ sung giấy tờ. Mời ông/bà đến bộ phận một cửa."
    elif event == "result":
        text = f"Hồ sơ {code} đã có kết quả. Mời ông/bà đến nhận hoặc nhận tại kiosk."
    else:
        raise ValueError(f"unknown SMS event {event!r}")
    return gsm7_text(text) if gsm7 else text


def enqueue_sms(conn: Connection, official_code: str, *, status: int | None = None) -> None:
    """Queue the SMS a change causes, in the caller's transaction (status None: received)."""
    event = "received" if status is None else _STATUS_EVENT.get(status)
    if event is None:
        return
    run(
        conn,
        "INSERT INTO sms_outbox (official_code, event, state, attempts, created_at)"
        " VALUES (?, ?, 'pending', 0, ?)",
        (official_code, event, now_iso()),
    )


def application_payload(record: dict[str, Any], key: Any) -> dict[str, Any]:
    """An application's stored payload, opened with the portal key if sealed ({} if unreadable)."""
    try:
        stored = json.loads(record["payload"])
        if record.get("sealed"):
            stored = key.open_json(stored, aad=record["kiosk_application_id"])
    except Exception:  # a payload the portal cannot read names no fee and no number
        _log.warning("stored payload of an application could not be opened")
        return {}
    return stored if isinstance(stored, dict) else {}


def sms_number(payload: dict[str, Any]) -> str | None:
    """Where the resident agreed to get texts ("84" + 9 digits), or None (no consent)."""
    given = payload.get("sms_to")
    if not isinstance(given, str):
        return None
    match = _PHONE.match(re.sub(r"[\s.\-]", "", given))
    return "84" + match[1] if match else None


def _finish(db: Any, row_id: int, state: str, detail: str | None, attempts: int) -> None:
    with db.transaction() as conn:
        run(
            conn,
            "UPDATE sms_outbox SET state = ?, detail = ?, attempts = ?, done_at = ? WHERE id = ?",
            (state, detail, attempts, now_iso(db.clock), row_id),
        )


def deliver_pending(db: Any, gateway: SmsGateway, key: Any, *, limit: int = 50) -> int:
    """Send what is queued; return how many texts the gateway took.

    A row is claimed (``pending`` -> ``sending``) before it is sent, so several
    server processes never send one twice. Without a consented number the row is
    ``skipped``; a gateway failure puts it back until :data:`MAX_ATTEMPTS`, then
    ``failed``.
    """
    # A sender that died between claiming a row and finishing it leaves it "sending":
    # after STALE_CLAIM it is pending again (a text may then go twice, never not at all).
    stale = (db.clock.now_utc() - STALE_CLAIM).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.transaction() as conn:
        run(
            conn,
            "UPDATE sms_outbox SET state = 'pending' WHERE state = 'sending' AND done_at < ?",
            (stale,),
        )
    rows = db._query(
        "SELECT id, official_code, event, attempts FROM sms_outbox WHERE state = 'pending'"
        " ORDER BY id LIMIT ?",
        (limit,),
    )
    sent = 0
    for row in rows:
        with db.transaction() as conn:
            claimed = run(
                conn,
                "UPDATE sms_outbox SET state = 'sending', done_at = ?"
                " WHERE id = ? AND state = 'pending'",
                (now_iso(db.clock), row["id"]),
            ).rowcount
        if not claimed:
            continue
        attempts = int(row["attempts"]) + 1
        record = db.application(None, row["official_code"])
        number = sms_number(application_payload(record, key)) if record else None
        if record is None or number is None:
            _finish(db, row["id"], "skipped", "no_consent", attempts)
            continue
        try:
            gateway.send(number, sms_text(row["event"], record, gsm7=gateway.gsm7))
        except SmsError as exc:
            state = "failed" if attempts >= MAX_ATTEMPTS else "pending"
            _log.warning("SMS %s for an application not sent (%s)", row["event"], exc)
            _finish(db, row["id"], state, str(exc)[:200], attempts)
            continue
        _finish(db, row["id"], "sent", None, attempts)
        sent += 1
    return sent


class FileSmsSink:
    """The default gateway: each text appended as one JSON line (``to``, ``text``, ``at``).

    The file is created readable by its owner only: it holds residents' numbers.
    """

    def __init__(self, path: Path, *, gsm7: bool = True) -> None:
        self.path = Path(path)
        self.gsm7 = gsm7
        self._lock = threading.Lock()

    def send(self, to: str, text: str) -> None:
        line = json.dumps({"to": to, "text": text, "at": now_iso()}, ensure_ascii=False)
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as out:
                    out.write(line + "\n")
        except OSError as exc:
            raise SmsError(f"sink not writable: {type(exc).__name__}") from exc


def _loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


@dataclass
class HttpSmsGateway:
    """An SMS operator's HTTP API: ``POST url`` with ``{"to", "text", "encoding"}`` as JSON.

    ``token`` goes in ``Authorization: Bearer``; every call has ``timeout`` seconds
    and verifies TLS (plain http only to a loopback address, for tests and a local
    relay). A reply other than 2xx is a failure and the text is tried again later.

    Raises:
        ValueError: a URL that is not https (or http to loopback).
    """

    url: str
    token: str
    timeout: float = 10.0
    gsm7: bool = True

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme != "https" and not (parts.scheme == "http" and _loopback(parts.hostname)):
            raise ValueError("the SMS gateway URL must be https (http only to loopback)")
        import requests  # only a portal with an operator configured needs it

        self._session = requests.Session()
        self._errors = requests.RequestException

    def send(self, to: str, text: str) -> None:
        try:
            reply = self._session.post(
                self.url,
                json={"to": to, "text": text, "encoding": "GSM7" if self.gsm7 else "UCS2"},
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=self.timeout,
                verify=True,
            )
        except self._errors as exc:
            raise SmsError(f"gateway unreachable: {type(exc).__name__}") from exc
        if not 200 <= reply.status_code < 300:
            raise SmsError(f"gateway answered HTTP {reply.status_code}")


def gateway_from_env(data_dir: Path | None) -> SmsGateway | None:
    """The gateway the technician configured (``KIOSK_PORTAL_SMS_*``), else the file sink.

    None when there is nowhere to send: no operator, no sink file and no data dir
    (a PostgreSQL portal without ``KIOSK_PORTAL_DATA_DIR``); texts then wait queued.

    ``KIOSK_PORTAL_SMS_URL`` and ``KIOSK_PORTAL_SMS_TOKEN`` select the HTTP gateway
    (``KIOSK_PORTAL_SMS_TIMEOUT`` seconds, default 10); ``KIOSK_PORTAL_SMS_ENCODING``
    is ``gsm7`` (default: ASCII texts) or ``ucs2`` (Vietnamese with diacritics);
    ``KIOSK_PORTAL_SMS_SINK`` is the sink file (default ``<data dir>/sms-sent.jsonl``).
    """
    gsm7 = os.environ.get("KIOSK_PORTAL_SMS_ENCODING", "gsm7").strip().lower() != "ucs2"
    url = os.environ.get("KIOSK_PORTAL_SMS_URL", "").strip()
    if url:
        return HttpSmsGateway(
            url,
            os.environ.get("KIOSK_PORTAL_SMS_TOKEN", ""),
            timeout=float(os.environ.get("KIOSK_PORTAL_SMS_TIMEOUT", "10")),
            gsm7=gsm7,
        )
    sink = os.environ.get("KIOSK_PORTAL_SMS_SINK", "").strip()
    if not sink and data_dir is None:
        return None
    return FileSmsSink(Path(sink) if sink else Path(str(data_dir)) / "sms-sent.jsonl", gsm7=gsm7)


class SmsSender:
    """The server's background sender: delivers the outbox every ``interval`` seconds."""

    def __init__(self, db: Any, gateway: SmsGateway, key: Any, interval: float = 5.0) -> None:
        self.db, self.gateway, self.key, self.interval = db, gateway, key, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> int:
        """Deliver what is queued now (tests and ``stop`` call it directly)."""
        try:
            return deliver_pending(self.db, self.gateway, self.key)
        except Exception:  # the sender must outlive a bad moment of the database
            _log.exception("SMS delivery round failed")
            return 0

    def start(self) -> None:
        """Start the background thread (not with an interval of 0: delivery on demand only)."""
        if self._thread is None and self.interval > 0:
            self._thread = threading.Thread(target=self._loop, name="portal-sms", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.run_once()


def add_sms_sender(
    app: Any, db: Any, key: Any, gateway: SmsGateway | None, data_dir: Path | None
) -> SmsSender | None:
    """Make the app's SMS sender (``app.state.sms``); whoever serves the app starts it.

    ``KIOSK_PORTAL_SMS_INTERVAL``: seconds between delivery rounds (default 5; 0 = no
    background thread, for tests that deliver with :func:`deliver_pending`).
    """
    interval = float(os.environ.get("KIOSK_PORTAL_SMS_INTERVAL", "5"))
    gateway = gateway or gateway_from_env(data_dir)
    if gateway is None:
        _log.warning("no SMS gateway or sink configured: texts wait in sms_outbox")
        app.state.sms = None
        return None
    sender = SmsSender(db, gateway, key, interval)
    app.state.sms = sender
    _log.info("SMS gateway: %s", type(sender.gateway).__name__)
    return sender


def start_sms_sender(app: Any) -> SmsSender | None:
    """Start the background sender of an app made by ``create_portal_app``, if it has one.

    The server runs with ASGI lifespan off, so serving code starts it (and stops it).
    """
    inner = getattr(app, "app", app)  # the fault injector wraps the FastAPI app
    state = getattr(inner, "state", None)
    sender = getattr(state, "sms", None) if state is not None else None
    if isinstance(sender, SmsSender):
        sender.start()
        return sender
    return None
