"""Network faults injected at the ASGI level, so the client sees them at the socket.

``drop``: the connection is aborted before the request is processed.
``error``: a 500 or 503 reply (503 with ``Retry-After``) without processing.
``timeout``: the request waits ``hold`` seconds (past the client's timeout), then
is processed; its reply goes nowhere. ``lost_reply``: processed and committed,
then the connection is aborted with no reply at all.

Aborting needs the connection's transport, which uvicorn's h11/httptools
protocols expose as the ``transport`` of the object whose bound method is
``receive``. Without it (another server), the fault degrades to a reply whose
body is cut short, still a failure the client must not read as success.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KINDS = ("drop", "error", "timeout", "lost_reply")
EXEMPT_PATHS = frozenset({"/v1/health"})


class FaultSpecError(ValueError):
    """A ``--faults`` value cannot be parsed."""


@dataclass(frozen=True)
class FaultPlan:
    """Per-request probabilities of each fault, plus how long a ``timeout`` holds."""

    drop: float = 0.0
    error: float = 0.0
    timeout: float = 0.0
    lost_reply: float = 0.0
    hold: float = 3.0
    retry_after: int = 1
    error_status: int | None = None
    seed: int | None = None

    @property
    def active(self) -> bool:
        """Whether any fault can happen."""
        return self.drop + self.error + self.timeout + self.lost_reply > 0

    def spec(self) -> str:
        """This plan as a ``--faults`` string (empty when no fault can happen)."""
        if not self.active:
            return ""
        names = (*KINDS, "hold", "retry_after", "error_status", "seed")
        return ",".join(f"{n}={getattr(self, n)}" for n in names if getattr(self, n) is not None)

    @classmethod
    def parse(cls, spec: str | None) -> FaultPlan:
        """Parse ``drop=0.2,error=0.1,timeout=0.05,lost_reply=0.05[,hold=2][,seed=7]``.

        Raises:
            FaultSpecError: unknown name, bad number, or probabilities summing past 1.
        """
        if not spec:
            return cls()
        values: dict[str, Any] = {}
        for part in spec.split(","):
            name, sep, raw = part.strip().partition("=")
            if not sep or name not in (*KINDS, "hold", "retry_after", "error_status", "seed"):
                raise FaultSpecError(f"unknown fault {part!r}; use {', '.join(KINDS)}, hold, seed")
            try:
                integer = name in ("seed", "retry_after", "error_status")
                values[name] = int(raw) if integer else float(raw)
            except ValueError as exc:
                raise FaultSpecError(f"{name}: {raw!r} is not a number") from exc
            if name in KINDS and not 0 <= values[name] <= 1:
                raise FaultSpecError(f"{name}: a probability is between 0 and 1")
        plan = cls(**values)
        if plan.drop + plan.error + plan.timeout + plan.lost_reply > 1:
            raise FaultSpecError("fault probabilities add up to more than 1")
        return plan


class FaultInjector:
    """ASGI middleware that picks at most one fault per request."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._lock = threading.Lock()
        self.counts = dict.fromkeys(KINDS, 0)

    def _pick(self) -> str | None:
        with self._lock:
            roll = self._rng.random()
        edge = 0.0
        for kind in KINDS:
            edge += getattr(self.plan, kind)
            if roll < edge:
                self.counts[kind] += 1
                return kind
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS or not self.plan.active:
            await self.app(scope, receive, send)
            return
        fault = self._pick()
        if fault == "drop":
            await _abort(receive, send)
        elif fault == "error":
            await self._error(send)
        elif fault == "timeout":
            # Read the request now, answer too late: the portal still does the work.
            replay = await _buffered(receive)
            await asyncio.sleep(self.plan.hold)
            await self.app(scope, replay, _swallow)
            await _abort(receive, send)
        elif fault == "lost_reply":
            await self.app(scope, receive, _swallow)
            await _abort(receive, send)
        else:
            await self.app(scope, receive, send)

    async def _error(self, send: Send) -> None:
        status = self.plan.error_status or (503 if self._rng.random() < 0.5 else 500)
        headers = [(b"content-type", b"application/json")]
        if status == 503:
            headers.append((b"retry-after", str(self.plan.retry_after).encode()))
        body = json.dumps({"error": "injected_fault", "message": "Lỗi giả lập (injected)"})
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body.encode()})


async def _swallow(message: Message) -> None:
    """A ``send`` that discards the reply: the work is done, the client never hears of it."""


async def _buffered(receive: Receive) -> Receive:
    """Read the whole request body; return a ``receive`` that replays it."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


async def _abort(receive: Receive, send: Send) -> None:
    transport = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is not None:
        transport.abort()
        # Let the protocol see the loss, so the server does not write a 500 of its own.
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
        }
    )
    raise ConnectionAbortedError("fault injected: reply cut short")
