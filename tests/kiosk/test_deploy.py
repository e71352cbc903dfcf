"""Deployment files: example config, systemd unit, PyInstaller entry script, bundle check."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.config import KioskConfig, load_config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "systemd" / "commune-kiosk.service"
EXAMPLE = DEPLOY / "kiosk.toml"
DATA_DIR = "/var/lib/commune-kiosk"
KEY_FILE = "/etc/commune-kiosk/data.key"
# Options the deployment example sets on purpose to something other than the built-in default.
DEPLOYMENT_OVERRIDES = {("security", "key_file"): KEY_FILE, ("ui", "kiosk_mode"): True}


def _load_deploy_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_deploy_{name}", DEPLOY / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unit_values(path: Path) -> dict[tuple[str, str], list[str]]:
    """Every (section, key) of a unit file with all its values in order (keys may repeat)."""
    values: dict[tuple[str, str], list[str]] = {}
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        values.setdefault((section, key.strip()), []).append(value.strip())
    return values


# --- example configuration -------------------------------------------------------------------


def test_example_config_validates(tmp_path: Path) -> None:
    config = load_config(tmp_path, EXAMPLE)
    assert config.security.key_file == KEY_FILE
    assert config.ui.kiosk_mode is True
    assert config.kiosk.province_code == "01"


def test_example_config_lists_every_option_with_its_default() -> None:
    raw = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    defaults = KioskConfig()
    for section_name in KioskConfig.model_fields:
        assert section_name in raw, f"[{section_name}] missing from the example"
        section_model = getattr(defaults, section_name)
        for key in type(section_model).model_fields:
            assert key in raw[section_name], f"{section_name}.{key} missing from the example"
            expected = DEPLOYMENT_OVERRIDES.get(
                (section_name, key), getattr(section_model, key)
            )
            assert raw[section_name][key] == expected, f"{section_name}.{key} drifted"


def test_example_config_comments_every_option() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if line and not line.startswith(("#", "[")) and "=" in line:
            assert lines[index - 1].startswith("#") or "=" in lines[index - 1], (
                f"option without a comment: {line}"
            )


# --- systemd unit ----------------------------------------------------------------------------


def test_unit_parses_and_runs_the_kiosk_in_cage() -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(UNIT, encoding="utf-8")
    assert {"Unit", "Service", "Install"} <= set(parser.sections())
    argv = shlex.split(parser["Service"]["ExecStart"])
    assert Path(argv[0]).name == "cage" and argv[0].startswith("/")
    assert argv[argv.index("--") + 1 :] == ["/opt/commune-kiosk/kiosk", "run"]
    assert parser["Service"]["User"] == "kiosk"
    assert parser["Service"]["TTYPath"] == "/dev/tty1"
    assert parser["Service"]["Restart"] in {"always", "on-failure"}
    assert parser["Install"]["WantedBy"] == "graphical.target"


def test_unit_environment_names_data_dir_and_key() -> None:
    values = _unit_values(UNIT)
    env = dict(item.split("=", 1) for item in values[("Service", "Environment")])
    assert env["KIOSK_DATA_DIR"] == DATA_DIR
    assert env["KIOSK_KEY_FILE"] == KEY_FILE
    assert "wayland" in env["QT_QPA_PLATFORM"].split(";")
    # The key the unit names is the one the example config names.
    example = load_config(Path(DATA_DIR), EXAMPLE)
    assert example.security.key_file == env["KIOSK_KEY_FILE"]


def test_unit_is_hardened_without_breaking_devices() -> None:
    values = _unit_values(UNIT)

    def one(key: str) -> str:
        return values[("Service", key)][-1]

    assert one("NoNewPrivileges") == "yes"
    assert one("ProtectSystem") == "strict"
    assert one("PrivateTmp") == "yes"
    assert DATA_DIR in one("ReadWritePaths").split()
    assert any(p.lstrip("-") == "/run/user" for p in one("ReadWritePaths").split())
    # These would hide the GPU, input devices or camera from cage and Qt.
    assert ("Service", "PrivateDevices") not in values
    assert ("Service", "ProtectClock") not in values
    assert ("Service", "DevicePolicy") not in values
    assert ("Service", "MemoryDenyWriteExecute") not in values
    assert "getty@tty1.service" in values[("Unit", "Conflicts")]


def test_unit_pam_service_is_shipped() -> None:
    pam_name = _unit_values(UNIT)[("Service", "PAMName")][-1]
    pam_file = DEPLOY / "kiosk-session" / "pam.d" / pam_name
    text = pam_file.read_text(encoding="utf-8")
    assert "pam_deny.so" in text  # nobody can authenticate through the kiosk's PAM service
    assert "common-session" in text  # pam_systemd: the logind session cage needs


def test_admin_wrapper_uses_the_unit_paths() -> None:
    text = (DEPLOY / "kiosk-session" / "kiosk-admin").read_text(encoding="utf-8")
    assert f"KIOSK_DATA_DIR={DATA_DIR}" in text
    assert f"KIOSK_KEY_FILE={KEY_FILE}" in text
    assert os.access(DEPLOY / "kiosk-session" / "kiosk-admin", os.X_OK)


# --- PyInstaller spec and entry script -------------------------------------------------------


def test_spec_is_python_and_builds_the_entry_script() -> None:
    source = (DEPLOY / "kiosk.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert "kiosk_entry.py" in source
    assert 'name="kiosk"' in source


def test_entry_runs_kiosk_modules_like_python_m(capsys: pytest.CaptureFixture[str]) -> None:
    # app.cli's __init__ has a ``__main__`` block, as ui.diagnostics does (which needs Qt).
    entry = _load_deploy_module("kiosk_entry")
    code = entry._run_module(["app.cli.__init__", "--help"])
    assert code == 0
    assert "usage: kiosk" in capsys.readouterr().out


def test_entry_refuses_foreign_modules(capsys: pytest.CaptureFixture[str]) -> None:
    entry = _load_deploy_module("kiosk_entry")
    assert entry._run_module(["http.server"]) == 2
    assert entry._run_module([]) == 2
    assert "usage: kiosk -m" in capsys.readouterr().err


def test_entry_dispatches_to_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _load_deploy_module("kiosk_entry")
    monkeypatch.setattr(sys, "argv", ["kiosk", "-m", "app.cli.__init__", "--help"])
    assert entry.entry() == 0
    assert "usage: kiosk" in capsys.readouterr().out


# --- bundle check (the Qt checks run in the frozen build only) --------------------------------

NON_QT_CHECKS = [
    "check_resources",
    "check_admin_units",
    "check_faker",
    "check_reportlab",
    "check_barcodes",
    "check_crypto",
    "check_portal_stack",
]


@pytest.mark.parametrize("name", NON_QT_CHECKS)
def test_bundle_check_passes_from_source(name: str) -> None:
    bundle = _load_deploy_module("bundle_check")
    detail = getattr(bundle, name)()
    assert isinstance(detail, str) and detail


def test_bundle_check_reports_failures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = _load_deploy_module("bundle_check")

    def check_broken() -> str:
        raise FileNotFoundError("nothing bundled")

    monkeypatch.setattr(bundle, "CHECKS", [bundle.check_crypto, check_broken])
    assert bundle.main() == 1
    out = capsys.readouterr().out
    assert "ok    crypto" in out
    assert "FAIL  broken: FileNotFoundError: nothing bundled" in out


def test_faker_hook_keeps_vietnamese_only() -> None:
    pytest.importorskip("PyInstaller")
    hook = _load_deploy_module("hooks/hook-faker")
    assert {"vi_VN", "en_US"} <= hook.KEEP_LOCALES
    assert "faker.providers.address.vi_VN" in hook.hiddenimports
    assert "faker.providers.address.fr_FR" not in hook.hiddenimports
    assert "faker.providers.sbn.rules" in hook.hiddenimports  # helper module, not a locale
    data_dirs = {dest for _, dest in hook.datas}
    assert any(d.endswith("address/vi_VN") for d in data_dirs)
    assert not any(d.endswith("address/fr_FR") for d in data_dirs)


@pytest.mark.slow
def test_frozen_build_answers_help_and_doctor(tmp_path: Path) -> None:
    """Opt-in: KIOSK_FROZEN_BUILD=dist/kiosk/kiosk pytest -m slow tests/kiosk/test_deploy.py."""
    binary = os.environ.get("KIOSK_FROZEN_BUILD")
    if not binary:
        pytest.skip("set KIOSK_FROZEN_BUILD to a built dist/kiosk/kiosk")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_KEY_FILE=str(tmp_path / "k.key"))
    helped = subprocess.run([binary, "--help"], capture_output=True, text=True, check=False)
    assert helped.returncode == 0 and "doctor" in helped.stdout
    doctor = subprocess.run(
        [binary, "--data-dir", str(tmp_path / "data"), "doctor"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    bundle = subprocess.run(
        [binary, "_bundle-check"], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )
    assert bundle.returncode == 0, bundle.stdout + bundle.stderr
