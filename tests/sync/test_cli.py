"""The sync commands of the ``kiosk`` CLI, run in-process against real portals and stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from portal import PortalDB
from tests.sync.conftest import ENROL_CODE


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_seed_provision_sync_status(portal, capsys, tmp_path: Path) -> None:
    resident = {
        "full_name": "Phạm Thị Hoà",
        "id_number": "001190012345",
        "phone": "0912345678",
        "date_of_birth": "1990-05-04",
        "sex": "Nữ",
        "address": "Số 5 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội",
    }
    person = tmp_path / "resident.json"
    person.write_text(json.dumps(resident, ensure_ascii=False), encoding="utf-8")
    assert (
        main(
            [
                "dev",
                "seed",
                "--count",
                "3",
                "--drafts",
                "2",
                "--resident",
                str(person),
                "--seed",
                "1",
            ]
        )
        == 0
    )
    assert _json(capsys) == {"applications": 3, "drafts": 2}
    assert main(["sync", "status", "--json"]) == 0
    assert _json(capsys)["pending"] == 3

    assert main(["sync", "--once"]) == 0  # no portal configured: the embedded one is used
    capsys.readouterr()
    assert main(["provision", "--portal", portal.url, "--code", ENROL_CODE]) == 0
    assert main(["dev", "seed", "--count", "2", "--seed", "2"]) == 0
    assert main(["sync", "--until-empty", "--timeout", "30"]) == 0
    capsys.readouterr()
    assert main(["sync", "status", "--json"]) == 0
    status = _json(capsys)
    assert (status["delivered"], status["pending"], status["failed"]) == (5, 0, 0)
    assert status["enrolled"] and status["portal_url"] == portal.url

    assert main(["portal", "stats", "--db", str(portal.db_path), "--json"]) == 0
    stats = _json(capsys)
    assert stats["applications"] == 2 and stats["duplicates"] == 0


def test_seeded_resident_is_the_applicant(capsys, tmp_path: Path) -> None:
    from kiosk.services import open_context

    person = tmp_path / "r.json"
    person.write_text(
        json.dumps(
            {
                "full_name": "Đỗ Văn Đức",
                "id_number": "001085000111",
                "sex": "Nam",
                "date_of_birth": "1985-01-02",
            }
        ),
        encoding="utf-8",
    )
    assert main(["dev", "seed", "--count", "1", "--resident", str(person)]) == 0
    store = open_context().open_store()
    try:
        app = store.list_applications()[0]
        payload = store.application_payload(app.id)
        assert payload["answers"]["requester_full_name"] == "Đỗ Văn Đức"
        assert payload["answers"]["father_id_number"] == "001085000111"
        assert store.attachments_of(app.id)
    finally:
        store.close()


def test_sync_until_empty_fails_when_portal_is_unreachable(
    capsys, tmp_path: Path, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "kiosk.toml").write_text('[portal]\nurl = "http://127.0.0.1:9"\n', encoding="utf-8")
    assert main(["dev", "seed", "--count", "1"]) == 0
    assert main(["sync", "--until-empty", "--timeout", "1"]) == 3  # not enrolled with that portal


def test_provision_refuses_plain_http_and_bad_codes(portal, capsys) -> None:
    assert main(["provision", "--portal", "http://portal.example.vn", "--code", "x"]) == 2
    assert main(["provision", "--portal", portal.url, "--code", "wrong"]) == 1
    assert "từ chối" in capsys.readouterr().err


def test_portal_set_status(portal, client, executor, capsys) -> None:
    from sync import OutboxWorker
    from tests.sync.conftest import add_application

    add_application(executor)
    OutboxWorker(executor, client).run_once()
    code = executor.call(lambda s: s.list_applications()[0].official_code)
    assert (
        main(
            [
                "portal",
                "set-status",
                "--db",
                str(portal.db_path),
                "--code",
                code,
                "--status",
                "9",
                "--e-result",
            ]
        )
        == 0
    )
    row = PortalDB(portal.db_path).application(None, code)
    assert row is not None and row["status"] == 9 and row["e_result"] == 1
    assert (
        main(
            ["portal", "set-status", "--db", str(portal.db_path), "--code", "nope", "--status", "2"]
        )
        == 1
    )


def test_portal_serve_rejects_bad_fault_spec(capsys) -> None:
    assert main(["portal", "serve", "--port", "0", "--db", "x.db", "--faults", "explode=1"]) == 2
