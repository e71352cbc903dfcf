"""Realistic sample data for the staff screens, and their screenshots.

``python -m ui.staff._demo OUTDIR`` seeds a throw-away data dir with fictional
residents (faker vi_VN) through the store API, then renders the console tabs,
the dashboard and the admin settings at 100 % and 200 % to ``OUTDIR``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PROCEDURES = [
    ("1.001193", "toan_trinh", 10),
    ("1.004222", "toan_trinh", 5),
    ("1.004194", "toan_trinh", 4),
    ("1.004873", "toan_trinh", 3),
    ("1.000894", "mot_phan", 3),
    ("2.000815", "mot_phan", 6),
    ("1.000656", "toan_trinh", 1),
]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _pending_progress(rng: random.Random, n: int) -> dict[str, Any]:
    """How far a still-queued demo application got (progress and attempts)."""
    return {"outbox_progress": rng.choice([0, 0.35, 0.7]), "outbox_attempts": n % 3}


def seed_demo(
    store: Any, *, seed: int = 7, applications: int = 48, now: datetime | None = None
) -> None:
    """Fill ``store`` with drafts, applications in every state, and paper intakes.

    Applications fall on the last 14 *local* days up to ``now`` (the store's clock
    by default), as the dashboard counts them, whatever the hour in UTC.
    """
    from faker import Faker

    fake = Faker("vi_VN")
    Faker.seed(seed)
    rng = random.Random(seed)
    now = now or store.clock.now_utc()
    local_now = now.astimezone(store.clock.tz)
    codes = [c for c, _, _ in PROCEDURES]
    weights = [w for _, _, w in PROCEDURES]
    levels = {c: lv for c, lv, _ in PROCEDURES}
    for n in range(applications):
        code = rng.choices(codes, weights)[0]
        name, phone = fake.name(), fake.numerify("09########")
        record = store.submit_application(
            draft_id=None,
            procedure_code=code,
            definition_version="1",
            level=levels[code],
            mode=rng.choice(["self", "assisted"]),
            staff_id="cb01",
            payload={"procedure_code": code, "answers": {"requester_full_name": name}},
            receipt={"filer_name": name, "filer_phone": phone},
            code_prefix="TT-DEMO",
        )
        store.index_application(record.id, [name, phone])
        day = local_now - timedelta(days=rng.randint(0, 13))
        opening = day.replace(hour=7, minute=30, second=0, microsecond=0)
        submitted = min(opening + timedelta(minutes=rng.randint(0, 9 * 60)), local_now)
        due = (submitted + timedelta(days=rng.choice([1, 3, 5]))).date().isoformat()
        state, status_at, official, e_result = "delivered", None, None, False
        status: int | None = 4
        roll = rng.random()
        if n < 4:
            state, status = "queued", None
        elif n == 4:
            state, status = "needs_correction", None
        elif roll < 0.45:
            status = rng.choice([9, 10])
            late = rng.random() < 0.15
            finished = datetime.fromisoformat(due) + timedelta(hours=9, days=1 if late else -1)
            status_at = _stamp(finished.replace(tzinfo=UTC))
            e_result = rng.random() < 0.8
        elif roll < 0.55:
            status = 5
        if state == "delivered":
            official = f"000.00.01.H26-{submitted:%y%m%d}-{n + 1:04d}"
        store.backdate_application(
            record.id,
            submitted_at=_stamp(submitted),
            state=state,
            portal_status=status,
            portal_status_at=status_at or _stamp(now),
            due_at=due,
            e_result=e_result,
            official_code=official,
            supplement_note="Bổ sung bản sao giấy chứng sinh" if status == 5 else None,
            correction="Số định danh của người yêu cầu không đúng"
            if state == "needs_correction"
            else None,
            outbox_error="payload.requester_id_number",
            **({} if state in ("delivered", "needs_correction") else _pending_progress(rng, n)),
        )
    for _ in range(6):
        code = rng.choices(codes, weights)[0]
        draft = store.create_draft(procedure_code=code, definition_version="1", mode="assisted")
        name = fake.name()
        store.save_draft(draft.id, {"answers": {"requester_full_name": name}, "entered_by": {}})
        store.index_draft(draft.id, [name])
    for _ in range(30):
        store.record_intake("paper", rng.choice(codes))


def render_all(out: Path) -> list[Path]:
    """Seed a temporary kiosk and save every staff screen as PNG at 100 % and 200 %."""
    from PySide6.QtWidgets import QApplication

    import forms
    from kiosk.config import KioskConfig
    from kiosk.services import KioskContext, KioskServices, StoreExecutor
    from ui import TaskManager, load_fonts
    from ui._theme import stylesheet
    from ui.staff import AdminSettings, Dashboard, StaffConsole

    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    load_fonts()
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-staff-demo-"))
    context = KioskContext(tmp / "data", KioskConfig(), b"k" * 32)
    catalog = forms.load_catalog()
    executor = StoreExecutor(lambda: KioskServices(context.open_store(), context.config, catalog))
    executor.ready(30)
    executor.call(lambda s: seed_demo(s.store))
    (tmp / "data" / "kiosk.toml").write_text(
        '# Kiosk UBND phường Ba Đình\n[kiosk]\nname = "Kiosk tầng 1"  # ghi trên giấy\n'
        "[session]\nidle_timeout_s = 10\n",
        encoding="utf-8",
    )
    tasks = TaskManager(executor)
    written = []
    try:
        for scale in (100, 200):
            app.setStyleSheet(stylesheet(scale))
            console = StaffConsole(tasks, "cb01")
            dashboard = Dashboard(tasks)
            settings = AdminSettings(tasks, tmp / "data" / "kiosk.toml")
            settings._on_save_clicked()  # shows the problem (idle_timeout_s below 20)
            shots: list[tuple[str, Any, int | None]] = [
                ("console-drafts", console, 0),
                ("console-outbox", console, 1),
                ("console-applications", console, 2),
                ("dashboard", dashboard, None),
                ("settings", settings, None),
            ]
            for name, widget, tab in shots:
                widget.resize(1280, 900)
                widget.show()
                if tab is not None:
                    widget.tabs.setCurrentIndex(tab)
                widget.refresh() if hasattr(widget, "refresh") else None
                _settle(app, tasks)
                path = out / f"vi-{scale}-staff-{name}.png"
                widget.grab().save(str(path))
                written.append(path)
            for w in (console, dashboard, settings):
                w.close()
                w.deleteLater()
    finally:
        _settle(app, tasks)
        tasks.close()
        executor.shutdown(lambda s: s.store.close())
    return written


def _settle(app: Any, tasks: Any) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if tasks.idle:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":  # pragma: no cover - a developer tool
    for written_path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(written_path)
