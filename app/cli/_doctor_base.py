"""What ``kiosk doctor``'s checks share: a check's result, the options, Qt probes in children."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "warn", "info", "FAIL"]

# Qt aborts the whole process when a plugin is missing, and some engines block
# (a stuck speech-dispatcher): each probe runs in its own child process. In a
# frozen build sys.executable is the kiosk binary, which handles ``-m`` itself.
DIAGNOSTICS_COMMAND: list[str] = [sys.executable, "-m", "ui.diagnostics"]
PROBE_TIMEOUT_S = 20.0
MIN_FREE_MB = 500
MAX_SKEW_S = 120.0
CERT_WARN_DAYS = 14


@dataclass(frozen=True)
class Check:
    """The outcome of one check: ``ok``, ``warn`` (can run without it), ``info`` or ``FAIL``."""

    name: str
    status: Status
    detail: str

    @property
    def ok(self) -> bool:
        """Whether this line lets doctor pass (``warn`` only fails with ``--strict``)."""
        return self.status != "FAIL"

    def line(self) -> str:
        """The printed line: ``ok    name: detail``."""
        return f"{self.status:<4}  {self.name}: {self.detail}"


@dataclass(frozen=True)
class Options:
    """The thresholds doctor judges by (command-line options)."""

    strict: bool = False
    min_free_mb: int = MIN_FREE_MB
    max_skew_s: float = MAX_SKEW_S
    probe_timeout_s: float = PROBE_TIMEOUT_S
    build_dir: str = ""
    """The build to check against its manifest (default: the running frozen build)."""


@dataclass(frozen=True)
class ProbeResult:
    """What a ``ui.diagnostics`` child answered: parsed JSON, or why there is none."""

    data: dict[str, Any] | None = None
    error: str | None = None
    timed_out: bool = False


@dataclass
class ProbeRunner:
    """Start the Qt probes at once (they run side by side), collect each when its check runs."""

    timeout_s: float = PROBE_TIMEOUT_S
    _procs: dict[str, subprocess.Popen[str]] = field(default_factory=dict)
    _deadlines: dict[str, float] = field(default_factory=dict)
    _unstarted: dict[str, str] = field(default_factory=dict)

    def start(self, kind: str, *args: str) -> None:
        """Start ``ui.diagnostics KIND ARGS`` in a child process (once per kind)."""
        if kind in self._procs or kind in self._unstarted:
            return
        # Our own interpreter (or frozen binary) and module; kind/args come from this code.
        try:
            self._procs[kind] = subprocess.Popen(  # noqa: S603
                [*DIAGNOSTICS_COMMAND, kind, *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=dict(os.environ),
            )
        except OSError as exc:  # the interpreter or binary cannot be started at all
            self._unstarted[kind] = f"cannot start the probe: {exc.strerror or exc}"
            return
        # Probes run side by side: each gets the timeout from its own start, not from
        # when its check collects it.
        self._deadlines[kind] = time.monotonic() + self.timeout_s

    def result(self, kind: str) -> ProbeResult:
        """Wait for the probe (at most the timeout); a hung probe is killed."""
        if kind not in self._procs:
            self.start(kind)
        if kind in self._unstarted:
            return ProbeResult(error=self._unstarted[kind])
        proc = self._procs[kind]
        remaining = max(0.1, self._deadlines[kind] - time.monotonic())
        try:
            out, err = proc.communicate(timeout=remaining)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return ProbeResult(timed_out=True)
        if proc.returncode != 0:
            return ProbeResult(error=_last_line(err or out) or f"exit status {proc.returncode}")
        try:
            data = json.loads(out.strip().splitlines()[-1])
        except (IndexError, ValueError):
            return ProbeResult(error=f"unreadable answer: {out.strip()[:200]!r}")
        if not isinstance(data, dict):
            return ProbeResult(error="unreadable answer")
        return ProbeResult(data=data)

    def close(self) -> None:
        """Kill any probe not collected (doctor interrupted)."""
        for proc in self._procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.communicate()


def _last_line(text: str) -> str:
    """The most telling line of a child's error output (Python's last traceback line)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    errors = [ln for ln in lines if "Error" in ln or "error" in ln]
    return (errors or lines or [""])[-1][:300]
