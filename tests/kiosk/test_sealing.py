"""Sealing at submission: the kiosk keeps only an envelope only the portal's key opens."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.services import (
    PORTAL_PUBLIC_KEY_SETTING,
    KioskServices,
    load_kiosk_catalog,
    open_context,
    seal_backlog,
)
from kiosk.store import AttachmentInput, ConsentInput
from tests.forms.samples import SAMPLES
from wire import (
    SealError,
    generate_portal_keypair,
    is_sealed,
    open_attachment,
    unseal,
)

TODAY = date(2025, 9, 15)
SCAN = b"%PDF-1.4\n(Nguy\xe1\xbb\x85n Th\xe1\xbb\x8b \xc3\x81nh 001190012345)\n%%EOF\n"


@pytest.fixture(scope="module")
def keypair() -> tuple[bytes, bytes]:
    return generate_portal_keypair()


@pytest.fixture
def services(data_dir: Path) -> Iterator[KioskServices]:
    context = open_context(data_dir)
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def _submit(services: KioskServices) -> str:
    draft = services.start_draft("1.001193")
    services.save_answers(draft.id, dict(SAMPLES["1.001193"]), {})
    definition = services.definition("1.001193")
    consents = [ConsentInput(c.id, c.version, c.text, True) for c in definition.consents]
    scan = AttachmentInput("giay_chung_sinh", "application/pdf", SCAN)
    return services.submit(draft.id, consents=consents, attachments=[scan], today=TODAY).id


def _open(services: KioskServices, app_id: str, private: bytes) -> dict:
    payload = services.store.application_payload(app_id)
    assert is_sealed(payload) and set(payload) == {"sealed", "meta"}
    assert payload["meta"]["procedure_code"] == "1.001193"
    assert "Ánh" not in json.dumps(payload, ensure_ascii=False)
    return json.loads(unseal(payload["sealed"], private, expected_aad=app_id.encode()))


def test_sealed_at_submission_when_the_portal_key_is_known(services, keypair) -> None:
    private, public = keypair
    services.store.set_device(PORTAL_PUBLIC_KEY_SETTING, public.decode())
    app_id = _submit(services)
    content = _open(services, app_id, private)
    assert content["answers"]["requester_full_name"] == "Nguyễn Thị Ánh"
    assert content["kiosk_application_id"] == app_id
    [row] = services.store.attachments_of(app_id)
    blob = services.store.attachment_content(row.id)
    assert blob is not None and SCAN not in blob and b"001190012345" not in blob
    assert row.size == len(blob) and row.sha256 == hashlib.sha256(blob).hexdigest()
    [entry] = content["attachment_keys"]
    assert entry["sha256"] == hashlib.sha256(SCAN).hexdigest() and entry["size"] == len(SCAN)
    assert open_attachment(blob, entry, app_id=app_id) == SCAN
    # The receipt (what reprint and lookup need) stays readable.
    assert services.receipt_data(app_id).filer_name == "Nguyễn Thị Ánh"
    assert seal_backlog(services.store) == 0, "never sealed twice"


def test_sealed_attachment_refuses_tampering_and_other_applications(services, keypair) -> None:
    private, public = keypair
    services.store.set_device(PORTAL_PUBLIC_KEY_SETTING, public.decode())
    app_id = _submit(services)
    [entry] = _open(services, app_id, private)["attachment_keys"]
    [row] = services.store.attachments_of(app_id)
    blob = services.store.attachment_content(row.id)
    assert blob is not None
    altered = blob[:-1] + bytes([blob[-1] ^ 1])
    for bad_blob, bad_app in ((altered, app_id), (blob, "another-app"), (b"KSA1", app_id)):
        with pytest.raises(SealError):
            open_attachment(bad_blob, entry, app_id=bad_app)
    with pytest.raises(SealError):
        open_attachment(blob, {**entry, "sha256": "0" * 64}, app_id=app_id)


def test_readable_until_the_key_is_known_then_sealed(services, keypair) -> None:
    private, public = keypair
    app_id = _submit(services)
    payload = services.store.application_payload(app_id)
    assert not is_sealed(payload) and payload["answers"]["requester_id_number"] == "001190012345"
    assert services.store.unsealed_application_ids() == [app_id]
    assert seal_backlog(services.store) == 0, "no key, nothing to do"
    services.store.set_device(PORTAL_PUBLIC_KEY_SETTING, public.decode())
    assert seal_backlog(services.store) == 1
    content = _open(services, app_id, private)
    assert content["answers"]["requester_id_number"] == "001190012345"
    [row] = services.store.attachments_of(app_id)
    blob = services.store.attachment_content(row.id)
    assert blob is not None and blob.startswith(b"KSA1") and row.uploaded_bytes == 0
    assert services.store.unsealed_application_ids() == []


def test_an_unusable_stored_key_never_blocks_a_submission(services) -> None:
    services.store.set_device(PORTAL_PUBLIC_KEY_SETTING, "-----BEGIN PUBLIC KEY-----\nxx\n")
    app_id = _submit(services)
    assert not is_sealed(services.store.application_payload(app_id))
