"""Applications sealed on the kiosk travel as is; the portal opens answers and files once."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from kiosk.clock import system_clock
from kiosk.services import seal_backlog
from portal import PortalDB
from sync import Backoff, ManualClock, OutboxWorker
from tests.sync.conftest import add_application, sha
from wire import is_sealed, open_attachment, open_json


def _worker(executor, client) -> OutboxWorker:
    clock = ManualClock(system_clock().now_utc() + timedelta(minutes=5))
    return OutboxWorker(
        executor, client, clock=clock, rng=random.Random(1), backoff=Backoff(base_s=0)
    )


def _public(executor) -> bytes:
    return executor.call(lambda s: s.get_device("portal_public_key")).encode()


def test_sealed_envelope_is_sent_unchanged_and_files_open_at_the_portal(
    executor, client, portal
) -> None:
    scan = b"%PDF-1.4 " + bytes(range(256)) * 600
    app_id = add_application(executor, attachments=[scan, b"%PDF-small"])
    key = _public(executor)
    assert executor.call(lambda s: seal_backlog(s, key))
    stored = executor.call(lambda s: s.application_payload(app_id))
    assert is_sealed(stored)
    report = _worker(executor, client).run_once()
    assert (report.delivered, report.failed) == (1, 0)
    db = PortalDB(portal.db_path)
    row = db._query("SELECT * FROM applications")[0]
    assert row["sealed"] == 1 and json.loads(row["payload"]) == stored["sealed"], "not re-sealed"
    content = open_json(stored["sealed"], db.keypair()[0], aad=app_id)
    plain = set()
    for entry in content["attachment_keys"]:
        upload = db._query(
            "SELECT upload_id, sha256 FROM uploads WHERE attachment_id = ?",
            (entry["attachment_id"],),
        )[0]
        blob = db.upload_content(client.kiosk_id, upload["upload_id"])
        assert blob is not None and upload["sha256"] == sha(blob), "sha256 is of what was uploaded"
        plain.add(open_attachment(blob, entry, app_id=app_id))
    assert plain == {scan, b"%PDF-small"}
    assert db.stats()["applications"] == 1


def test_payload_queued_before_enrolment_is_sealed_by_the_next_pass(
    executor, client, portal
) -> None:
    app_id = add_application(
        executor, answers={"child_full_name": "Hoàng Văn Thụ"}, attachments=[b"x1"]
    )
    assert not is_sealed(executor.call(lambda s: s.application_payload(app_id)))
    # The conftest queues it after enrolment without sealing, as an old kiosk would have.
    assert _worker(executor, client).run_once().delivered == 1
    row = PortalDB(portal.db_path)._query("SELECT payload, sealed FROM applications")[0]
    assert row["sealed"] == 1 and "Thụ" not in row["payload"]


def test_portal_refuses_a_file_that_does_not_open_with_its_sealed_key(
    executor, client, portal
) -> None:
    app_id = add_application(executor, attachments=[b"%PDF-genuine"])
    key = _public(executor)
    executor.call(lambda s: seal_backlog(s, key))
    [att] = executor.call(lambda s: s.attachments_of(app_id))
    blob = executor.call(lambda s: s.attachment_content(att.id))
    forged = blob[:-1] + bytes([blob[-1] ^ 1])
    executor.call(
        lambda s: s.replace_application_content(
            app_id, s.application_payload(app_id), {att.id: forged}
        )
    )
    report = _worker(executor, client).run_once()
    assert report.rejected == 1 and report.delivered == 0
    app = executor.call(lambda s: s.get_application(app_id))
    assert app.state == "needs_correction" and "niêm phong" in (app.correction or "")
    assert PortalDB(portal.db_path).stats()["applications"] == 0
