"""The running kiosk's periodic hardware check for its health report (issue 21).

The sync loop calls it every few hours on a thread of its own: doctor's printer,
camera and speech probes run in child processes (Qt in a child, as ``kiosk
doctor`` does), plus the disk check; the warn and FAIL lines are recorded for the
next health report (``kiosk.fleethealth``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.services import KioskContext


def hardware_check(context: KioskContext) -> Callable[[], None]:
    """A callable that runs the hardware probes once and records their result."""

    def run() -> None:
        from app.cli._doctor_base import Options, ProbeRunner
        from app.cli._doctor_hw import check_disk, hardware_checks
        from kiosk.fleethealth import record_doctor_checks

        options = Options()
        probes = ProbeRunner(timeout_s=options.probe_timeout_s)
        probes.start("printers")
        probes.start("camera")
        if context.config.ui.voice:
            probes.start("speech")
        try:
            checks = [*hardware_checks(context, options, probes), check_disk(context, options)]
        finally:
            probes.close()
        stamp = context.clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [(c.name, c.status, c.detail) for c in checks]
        record_doctor_checks(context.data_dir, lines, stamp)

    return run
