"""Consent records: the text shown in its language, version and wording checked, withdrawal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import forms
from app.cli import main
from kiosk.services import (
    KioskServices,
    SubmissionError,
    file_sample,
    load_kiosk_catalog,
    open_context,
)
from kiosk.store import ConsentInput, consent_text_hash

CODE = "1.001193"


@pytest.fixture
def services(data_dir: Path) -> Iterator[KioskServices]:
    context = open_context(data_dir)
    store = context.open_store()
    yield KioskServices(store, context.config, load_kiosk_catalog(store))
    store.close()


def _draft(services: KioskServices) -> str:
    draft = services.start_draft(CODE)
    services.save_answers(draft.id, forms.sample_answers(CODE), {})
    return draft.id


def _consents(services: KioskServices, **change: object) -> list[ConsentInput]:
    out = []
    for c in services.definition(CODE).consents:
        fields = {"purpose": c.id, "text_version": c.version, "text": c.text, "accepted": True}
        fields.update(change)
        out.append(ConsentInput(**fields))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(
    "change",
    [
        {"text_version": "0"},  # an old version of the wording
        {"text": "Tôi đồng ý."},  # a wording nobody showed
        {"language": "en"},  # Vietnamese text recorded as English
        {"language": "fr"},
    ],
)
def test_submit_refuses_a_consent_that_is_not_the_definitions(
    services: KioskServices, change: dict[str, object]
) -> None:
    draft_id = _draft(services)
    with pytest.raises(SubmissionError) as refused:
        services.submit(draft_id, consents=_consents(services, **change))
    assert [e.code for e in refused.value.errors] == ["consent_outdated"]
    assert services.store.query("SELECT COUNT(*) FROM applications")[0][0] == 0


def test_submit_refuses_an_unknown_purpose(services: KioskServices) -> None:
    draft_id = _draft(services)
    extra = ConsentInput("quang_cao", "1", "Quảng cáo", True)
    with pytest.raises(SubmissionError) as refused:
        services.submit(draft_id, consents=[*_consents(services), extra])
    assert [e.code for e in refused.value.errors] == ["consent_unknown"]


def test_the_record_hashes_the_text_shown_in_its_language(services: KioskServices) -> None:
    draft_id = _draft(services)
    definition = services.definition(CODE)
    english = [
        ConsentInput(c.id, c.version, c.text_en, True, language="en") for c in definition.consents
    ]
    record = services.submit(draft_id, consents=english)
    rows = services.store.consents_of(record.id)
    assert [(r["purpose"], r["language"], r["event"]) for r in rows] == [
        (c.id, "en", "given") for c in definition.consents
    ]
    assert [r["text_sha256"] for r in rows] == [
        consent_text_hash(c.text_en) for c in definition.consents
    ]
    assert consent_text_hash(definition.consents[0].text) != rows[0]["text_sha256"]


def test_withdrawal_is_recorded_and_audited(services: KioskServices) -> None:
    filed = file_sample(services, CODE, forms.sample_answers(CODE))
    app_id = filed.record.id
    assert services.withdraw_consent(app_id, "nhan_tin", actor="staff-1")
    assert not services.withdraw_consent(app_id, "khong_co", actor="staff-1")
    rows = services.store.consents_of(app_id)
    given = [r for r in rows if r["purpose"] == "nhan_tin"]
    assert [(r["event"], r["accepted"]) for r in given] == [("given", 1), ("withdrawn", 0)]
    assert given[0]["text_sha256"] == given[1]["text_sha256"]
    assert given[1]["actor"] == "staff-1"
    actions = [r[0] for r in services.store.query("SELECT action FROM audit_events")]
    assert "consent.withdrawn" in actions


def test_consent_cli_shows_and_withdraws(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert main(["--data-dir", str(data_dir), "dev", "sample", "--procedure", CODE,
                 "--out", str(out)]) == 0  # fmt: skip
    code = json.loads((out / "declaration.json").read_text("utf-8"))["application_code"]
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "consent", "withdraw", code,
                 "--purpose", "nhan_tin", "--staff", "s1"]) == 0  # fmt: skip
    assert main(["--data-dir", str(data_dir), "consent", "show", code]) == 0
    shown = capsys.readouterr().out
    assert "nhan_tin" in shown and "rút lại" in shown and "[vi]" in shown
    assert main(["--data-dir", str(data_dir), "consent", "withdraw", "TT-0000-000000-0000",
                 "--purpose", "nhan_tin", "--staff", "s1"]) == 1  # fmt: skip


@pytest.mark.parametrize("assisted", [False, True])
def test_dev_sample_writes_receipt_and_declaration(
    data_dir: Path, tmp_path: Path, assisted: bool
) -> None:
    import pypdf

    out = tmp_path / "review"
    argv = ["--data-dir", str(data_dir), "dev", "sample", "--procedure", "1.000894",
            "--out", str(out)]  # fmt: skip
    assert main([*argv, "--assisted"] if assisted else argv) == 0
    declaration = json.loads((out / "declaration.json").read_text("utf-8"))
    assert declaration["procedure_code"] == "1.000894"
    assert declaration["kinh_gui"] == "Ủy ban nhân dân phường Ba Đình"
    bride = declaration["fields"]["bride_full_name"]
    assert bride["value"] == "Phạm Thu Hà" and bride["label"] == "Họ, chữ đệm, tên"
    assert "Bên nữ" in bride["cite"]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out / "receipt.pdf").pages)
    assert "Phạm Thu Hà và Đỗ Quang Huy" in text
    assert ("Đặng Quỳnh Hoà" in text) is assisted


def test_dev_sample_names_the_procedures_it_knows(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(data_dir), "dev", "sample", "--procedure", "9.999",
            "--out", str(tmp_path)]  # fmt: skip
    assert main(argv) == 2
    assert "1.001193" in capsys.readouterr().err
