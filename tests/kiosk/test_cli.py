"""The ``kiosk`` command: global --data-dir, doctor, config validate, documentation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli import build_parser, main


@pytest.fixture(autouse=True)
def _quick_probes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stuck speech engine on a dev machine must not make every doctor run wait 20 s."""
    monkeypatch.setattr("app.cli._doctor.PROBE_TIMEOUT_S", 3.0)


def test_doctor_passes_on_a_fresh_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fresh"
    assert main(["--data-dir", str(target), "doctor"]) == 0
    out = capsys.readouterr().out
    for name in ("qt platform", "fonts", "data dir", "database", "portal"):
        assert re.search(rf"^ok\s+{name}:", out, re.M), out
    assert "embedded reference portal" in out
    assert (target / "kiosk.db").exists(), "--data-dir is honoured"


def test_doctor_fails_when_data_dir_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert main(["--data-dir", str(blocker / "data"), "doctor"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"^FAIL\s+data dir:", out, re.M), out
    assert "check(s) failed" in out


def test_doctor_reports_a_corrupt_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "kiosk.db").write_bytes(b"garbage" * 500)
    assert main(["--data-dir", str(data), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "moved to" in out
    assert list(data.glob("kiosk.db.corrupt-*"))


def test_doctor_reports_unreachable_portal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "kiosk.toml").write_text('[portal]\nurl = "http://127.0.0.1:9"\ntimeout_s = 1\n')
    assert main(["--data-dir", str(data), "doctor"]) == 1
    assert re.search(r"^FAIL\s+portal:", capsys.readouterr().out, re.M)


def test_config_validate_names_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('[session]\nidle_timeout_s = "soon"\ncolour = 3\n[portal]\nurl = "ftp://x"\n')
    assert main(["config", "validate", str(cfg)]) == 1
    err = capsys.readouterr().err
    assert "session.idle_timeout_s" in err
    assert "session.colour: khoá không hợp lệ (unknown key)" in err
    assert "portal.url" in err


def test_config_validate_gives_syntax_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("[kiosk]\nname = 'ok'\nbroken = \n")
    assert main(["config", "validate", str(cfg)]) == 1
    assert "line 3" in capsys.readouterr().err


def test_config_validate_accepts_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("[ui]\nfont_scale = 150\nhigh_contrast = true\n")
    assert main(["config", "validate", str(cfg)]) == 0


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        if name.startswith("_"):
            continue
        assert f"kiosk {name}" in readme, f"`kiosk {name}` is not in README.md"
