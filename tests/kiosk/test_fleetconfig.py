"""Configuration from the portal: a signed document is applied under kiosk.toml only when it
verifies, targets this kiosk, is newer than the applied one and passes `kiosk config validate`'s
rules; anything else is refused and the last good one stays."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from kiosk.config import load_config
from kiosk.fleetconfig import accept_document, applied_serial, last_refusal, origins
from wire import ConfigDocument, generate_config_keypair, sign_config

NOW = "2026-12-05T01:00:00Z"


@pytest.fixture
def signing(data_dir: Path) -> bytes:
    """The fleet's signing key; the kiosk trusts its public key in kiosk.toml."""
    private_pem, public = generate_config_keypair()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "kiosk.toml").write_text(
        f'[fleet]\nconfig_public_key = "{public}"\ngroup = "ba-dinh"\n\n[ui]\nfont_scale = 120\n',
        encoding="utf-8",
    )
    return private_pem


def _doc(key: bytes, serial: int, settings: dict[str, Any], **targets: Any) -> dict[str, Any]:
    return sign_config(ConfigDocument(serial, NOW, settings, **targets), key)


def _accept(data_dir: Path, envelope: Any, kiosk_id: str = "kiosk-1") -> Any:
    return accept_document(data_dir, envelope, kiosk_id=kiosk_id, now=NOW)


GOOD = {
    "session": {"idle_timeout_s": 45},
    "ui": {"font_scale": 150},
    "kiosk": {"commune_code": "00007", "language": "en"},
}


def test_a_good_document_is_applied_under_kiosk_toml(data_dir: Path, signing: bytes) -> None:
    outcome = _accept(data_dir, _doc(signing, 1, GOOD))
    assert outcome.applied and outcome.serial == 1
    config = load_config(data_dir)
    assert config.session.idle_timeout_s == 45
    assert config.kiosk.commune_code == "00007"
    assert config.ui.font_scale == 120  # kiosk.toml has the last word
    where = {key: origin for key, _, origin in origins(data_dir)}
    assert where["session.idle_timeout_s"] == "portal:1"
    assert where["ui.font_scale"] == "kiosk.toml"
    assert where["session.warning_s"] == "default"
    assert where["fleet.group"] == "kiosk.toml"


@pytest.mark.parametrize(
    "settings",
    [
        {"session": {"idle_timeout_s": 5}},  # below the minimum of 20
        {"session": {"idle_timout_s": 60}},  # a typo: unknown key
        {"portal": {"url": "ftp://portal"}},
        {"payment": {"bank_bin": "970415"}},  # all three or none
        {"fleet": {"group": "other"}},  # whom to trust is local only
        {"security": {"key_file": "/tmp/k"}},
    ],
)
def test_an_invalid_document_is_refused_and_the_last_good_stays(
    data_dir: Path, signing: bytes, settings: dict[str, Any]
) -> None:
    assert _accept(data_dir, _doc(signing, 1, GOOD)).applied
    outcome = _accept(data_dir, _doc(signing, 2, settings))
    assert not outcome.applied and outcome.problem
    assert applied_serial(data_dir) == 1
    assert load_config(data_dir).session.idle_timeout_s == 45
    assert last_refusal(data_dir) == outcome.problem


def test_a_badly_signed_or_tampered_document_is_refused(data_dir: Path, signing: bytes) -> None:
    assert _accept(data_dir, _doc(signing, 1, GOOD)).applied
    other_key, _ = generate_config_keypair()
    forged = _accept(data_dir, _doc(other_key, 2, {"session": {"idle_timeout_s": 60}}))
    assert not forged.applied and "signature" in (forged.problem or "")
    tampered = copy.deepcopy(_doc(signing, 3, {"session": {"idle_timeout_s": 60}}))
    tampered["document"]["settings"]["session"]["idle_timeout_s"] = 3600
    outcome = _accept(data_dir, tampered)
    assert not outcome.applied and "signature" in (outcome.problem or "")
    assert load_config(data_dir).session.idle_timeout_s == 45


def test_an_older_or_repeated_serial_is_a_replay(data_dir: Path, signing: bytes) -> None:
    first = _doc(signing, 1, {"session": {"idle_timeout_s": 30}})
    assert _accept(data_dir, _doc(signing, 5, GOOD)).applied
    for replay in (first, _doc(signing, 5, {"session": {"idle_timeout_s": 30}})):
        outcome = _accept(data_dir, replay)
        assert not outcome.applied and "not above" in (outcome.problem or "")
    assert load_config(data_dir).session.idle_timeout_s == 45


def test_targeting_by_kiosk_and_group(data_dir: Path, signing: bytes) -> None:
    elsewhere = _doc(signing, 1, GOOD, kiosks=("kiosk-9",), groups=("tay-ho",))
    assert not _accept(data_dir, elsewhere).applied
    assert _accept(data_dir, _doc(signing, 2, GOOD, groups=("ba-dinh",))).applied
    assert _accept(data_dir, _doc(signing, 3, GOOD, kiosks=("kiosk-1",))).applied


def test_without_a_trusted_key_nothing_is_applied(data_dir: Path) -> None:
    key, _ = generate_config_keypair()
    outcome = _accept(data_dir, _doc(key, 1, GOOD))
    assert not outcome.applied and "fleet.config_public_key" in (outcome.problem or "")
    assert load_config(data_dir).session.idle_timeout_s == 120


def test_a_stored_document_that_no_longer_counts_is_set_aside(
    data_dir: Path, signing: bytes
) -> None:
    payment = {"bank_bin": "970415", "account_number": "1234567", "account_name": "UBND"}
    assert _accept(data_dir, _doc(signing, 2, {**GOOD, "payment": payment})).applied
    assert load_config(data_dir).payment.enabled
    toml = (data_dir / "kiosk.toml").read_text(encoding="utf-8")
    # kiosk.toml now turns the QR off by hand, which the document's other payment values
    # contradict: the kiosk still starts, on defaults and kiosk.toml.
    (data_dir / "kiosk.toml").write_text(toml + '\n[payment]\nbank_bin = ""\n', encoding="utf-8")
    config = load_config(data_dir)
    assert not config.payment.enabled and config.session.idle_timeout_s == 120
    # The technician changes the trusted key: the stored document no longer counts either.
    _, other_public = generate_config_keypair()
    (data_dir / "kiosk.toml").write_text(
        toml.replace(toml.split('"')[1], other_public), encoding="utf-8"
    )
    assert load_config(data_dir).session.idle_timeout_s == 120
    assert load_config(data_dir).ui.font_scale == 120


def test_config_show_origin(
    data_dir: Path, signing: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _accept(data_dir, _doc(signing, 7, GOOD)).applied
    assert main(["--data-dir", str(data_dir), "config", "show", "--origin"]) == 0
    lines = capsys.readouterr().out.splitlines()
    idle = next(line for line in lines if line.startswith("session.idle_timeout_s "))
    assert idle.split()[1:] == ["45", "[portal:7]"]
    scale = next(line for line in lines if line.startswith("ui.font_scale "))
    assert scale.split()[1:] == ["120", "[kiosk.toml]"]
    assert main(["--data-dir", str(data_dir), "config", "show"]) == 0
    assert "[" not in capsys.readouterr().out.split("session.idle_timeout_s")[1].splitlines()[0]


def test_a_refused_document_is_judged_once_per_kiosk_toml(data_dir: Path, signing: bytes) -> None:
    broken = _doc(signing, 1, {"session": {"idle_timeout_s": 5}})
    assert not _accept(data_dir, broken).repeated
    assert _accept(data_dir, broken).repeated  # sent again with every report: no new log
    toml = (data_dir / "kiosk.toml").read_text(encoding="utf-8")
    (data_dir / "kiosk.toml").write_text(toml + "\n[session]\nwarning_s = 10\n", "utf-8")
    again = _accept(data_dir, broken)
    assert not again.repeated and not again.applied  # kiosk.toml changed: judged again


def test_fleet_publish_refuses_plain_http_to_another_host(tmp_path: Path) -> None:
    document = tmp_path / "doc.json"
    document.write_text("{}", encoding="utf-8")
    token = tmp_path / "token"
    token.write_text("secret-admin-token", encoding="utf-8")
    args = ["fleet", "publish", str(document), "--portal", "http://portal.example.vn"]
    assert main([*args, "--token-file", str(token)]) == 2
