"""Domain services on a real store and the bundled catalog: drafts, resume, submit, receipt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.services import (
    KioskServices,
    StoreExecutor,
    SubmissionError,
    load_kiosk_catalog,
    open_context,
)
from kiosk.store import ConsentInput
from tests.forms.samples import SAMPLES

TODAY = date(2025, 9, 15)


@pytest.fixture
def services(data_dir: Path) -> Iterator[KioskServices]:
    context = open_context(data_dir)
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def _consents(services: KioskServices, code: str, accept: bool = True) -> list[ConsentInput]:
    definition = services.definition(code)
    return [ConsentInput(c.id, c.version, c.text, accept) for c in definition.consents]


def test_birth_registration_from_draft_to_application(services: KioskServices) -> None:
    draft = services.start_draft("1.001193")
    answers = dict(SAMPLES["1.001193"])
    services.save_answers(draft.id, answers, {k: "resident" for k in answers})
    record = services.submit(draft.id, consents=_consents(services, "1.001193"), today=TODAY)
    assert record.state == "queued" and record.official_code is None
    assert record.provisional_code.startswith(services.code_prefix)
    receipt = services.receipt_data(record.id)
    assert receipt.application_code == record.provisional_code
    assert not receipt.code_is_official
    assert receipt.filer_name == "Nguyễn Thị Ánh", "names are normalised before storing"
    assert receipt.request == "Đăng ký khai sinh"
    assert services.store.outbox_item(record.id) is not None
    assert [a.id for a in services.search_applications("anh nguyen")] == [record.id]
    assert services.lookup(record.provisional_code).id == record.id


def test_every_bundled_procedure_submits(services: KioskServices) -> None:
    for code, sample in SAMPLES.items():
        draft = services.start_draft(code)
        services.save_answers(draft.id, dict(sample), {})
        record = services.submit(draft.id, consents=_consents(services, code), today=TODAY)
        assert record.procedure_code == code


def test_submission_refused_without_consent_or_with_errors(services: KioskServices) -> None:
    draft = services.start_draft("1.001193")
    answers = dict(SAMPLES["1.001193"])
    services.save_answers(draft.id, answers, {})
    with pytest.raises(SubmissionError) as refused:
        services.submit(draft.id, consents=_consents(services, "1.001193", False), today=TODAY)
    assert [e.code for e in refused.value.errors] == ["consent_required"]
    answers["child_dob"] = "01/01/2030"
    services.save_answers(draft.id, answers, {})
    with pytest.raises(SubmissionError) as invalid:
        services.submit(draft.id, consents=_consents(services, "1.001193"), today=TODAY)
    assert any(e.field_id == "child_dob" for e in invalid.value.errors)
    assert services.store.query("SELECT COUNT(*) FROM applications")[0][0] == 0


def test_resident_resumes_only_with_code_and_id_number(services: KioskServices) -> None:
    draft = services.start_draft("1.001193")
    services.save_answers(draft.id, dict(SAMPLES["1.001193"]), {})
    assert services.resume_draft(draft.draft_code, "001190012345").id == draft.id
    assert services.resume_draft(draft.draft_code.lower(), "001 190 012 345").id == draft.id
    assert services.resume_draft(draft.draft_code, "001190099999") is None
    assert services.resume_draft("ZZZZZZZZ", "001190012345") is None


def test_draft_keeps_its_definition_version(services: KioskServices) -> None:
    draft = services.start_draft("1.001193")
    kept = services.store.kept_definitions()
    assert ("bundled", "1.001193", draft.definition_version) in [k[:3] for k in kept]
    reloaded = load_kiosk_catalog(services.store)
    assert reloaded.get("1.001193", draft.definition_version).code == "1.001193"


def test_due_date_skips_weekends() -> None:
    from kiosk.services._dates import due_at

    friday_late = datetime(2026, 11, 27, 16, 0)
    assert due_at(friday_late, 0) == datetime(2026, 11, 30, 17, 0)
    assert due_at(datetime(2026, 11, 27, 9, 0), 0) == datetime(2026, 11, 27, 17, 0)
    assert due_at(datetime(2026, 11, 27, 9, 0), 3) == datetime(2026, 12, 2, 17, 0)


def test_store_executor_serialises_work_on_one_thread(data_dir: Path) -> None:
    context = open_context(data_dir)
    executor = StoreExecutor(context.open_store)
    try:
        executor.ready(timeout=30)
        threads = {executor.call(lambda s: __import__("threading").get_ident()) for _ in range(5)}
        assert len(threads) == 1
        fut = executor.submit(lambda s: s.create_draft(
            procedure_code="1.001193", definition_version="1", mode="self"))
        assert fut.result(10).state == "open"
        failing = executor.submit(lambda s: s.get_draft("missing"))
        with pytest.raises(LookupError):
            failing.result(10)
    finally:
        executor.shutdown(close=lambda s: s.close())
