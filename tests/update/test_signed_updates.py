# ruff: noqa: F811
"""Signed updates end to end: publish to a TUF repository served on loopback, update a kiosk.

Everything is real: ``ReleaseRepository`` signs with Ed25519 keys, http.server serves
the folder, python-tuf's client verifies, and the first-start check runs the real
``kiosk doctor`` in a child process.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.version import build_problems, read_manifest, write_manifest
from tests.update._repo import Served, kiosk_at, make_build, served  # noqa: F401 (fixture)
from update import ReleaseError, UpdateService, run_doctor, target_name


def _served_archive(served: Served, version: str) -> Path:
    (path,) = served.repo.targets_dir.glob(f"*.{target_name(version)}")
    return path


def test_kiosk_moves_from_1_0_0_to_1_0_1_and_keeps_the_old_one(
    tmp_path: Path, served: Served
) -> None:
    served.repo.publish(make_build(tmp_path, "1.0.0"), "1.0.0")
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    assert kiosk.check() is None  # nothing newer than what runs

    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    assert kiosk.check() == "1.0.1"
    assert kiosk.check_and_download() == "1.0.1"
    layout = kiosk.layout
    # Downloaded, verified and staged, but not installed: 1.0.0 still runs.
    assert layout.current() == "1.0.0"
    assert kiosk.state().staged == "1.0.1"
    staged = layout.version_dir("1.0.1")
    assert (staged / "lib" / "version.txt").read_text() == "1.0.1\n"
    assert read_manifest(staged).version == "1.0.1" and build_problems(staged) == []

    assert kiosk.install_staged() == "1.0.1"
    assert os.readlink(layout.current_link) == "versions/1.0.1"
    state = kiosk.state()
    assert (state.previous, state.first_start, state.staged) == ("1.0.0", "1.0.1", None)

    # First start of 1.0.1: its real doctor passes, so it stays; 1.0.0 is kept for rollback.
    assert kiosk.first_start_check(lambda build: run_doctor(build, tmp_path / "data")) == "passed"
    assert layout.current() == "1.0.1"
    assert kiosk.state().first_start is None
    assert layout.installed() == ["1.0.0", "1.0.1"]
    assert kiosk.check() is None


def test_a_tampered_target_is_refused_and_the_current_version_stays(
    tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    archive = _served_archive(served, "1.0.1")
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01  # one byte changed in the served file
    archive.write_bytes(bytes(data))

    assert kiosk.check_and_download() is None
    state = kiosk.state()
    assert "LengthOrHashMismatchError" in state.last_error
    assert state.staged is None
    assert kiosk.layout.installed() == ["1.0.0"]
    assert kiosk.layout.current() == "1.0.0"
    assert not list((kiosk.layout.tuf_dir / "downloads").iterdir())  # nothing unverified kept


def test_metadata_signed_by_an_unknown_key_is_refused(tmp_path: Path, served: Served) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    assert kiosk.check() is None  # trusts the repository as it is
    # Someone with another key (not listed in root) signs a targets list with 9.9.9.
    served.repo.keys.generate("targets")
    served.repo.publish(make_build(tmp_path, "9.9.9"), "9.9.9")
    assert kiosk.check_and_download() is None
    assert "UnsignedMetadataError" in kiosk.state().last_error
    assert kiosk.layout.installed() == ["1.0.0"]


def test_a_build_failing_its_doctor_at_first_start_is_rolled_back(
    tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    broken = make_build(tmp_path, "1.0.1", manifest=True)
    # The marker: a file changed after the build was made, so the build's files no
    # longer match its kiosk-build.json. Publishing refuses it unless forced.
    (broken / "lib" / "payload.bin").write_bytes(b"truncated")
    with pytest.raises(ReleaseError, match="does not match its manifest"):
        served.repo.publish(broken, "1.0.1")
    served.repo.publish(broken, "1.0.1", force=True)

    assert kiosk.check_and_download() == "1.0.1"
    assert kiosk.install_staged() == "1.0.1"
    assert kiosk.layout.current() == "1.0.1"

    outcome = kiosk.first_start_check(lambda build: run_doctor(build, tmp_path / "data"))

    assert outcome == "rolled_back"
    assert kiosk.layout.current() == "1.0.0"
    state = kiosk.state()
    assert state.rolled_back["from"] == "1.0.1" and state.rolled_back["to"] == "1.0.0"
    assert "FAIL  build" in state.rolled_back["reason"]
    assert "payload.bin" in state.rolled_back["reason"]
    # The rolled-back version is not offered again; a newer fixed one is.
    assert kiosk.check() is None
    served.repo.publish(make_build(tmp_path, "1.0.2"), "1.0.2")
    assert kiosk.check() == "1.0.2"


def test_doctor_passes_a_whole_build_and_fails_a_changed_one(tmp_path: Path) -> None:
    build = make_build(tmp_path, "2.0.0", manifest=True)
    good = run_doctor(build, tmp_path / "data")
    assert good.passed, good.report
    assert "ok    build: version 2.0.0" in good.report
    (build / "lib" / "version.txt").unlink()
    bad = run_doctor(build, tmp_path / "data")
    assert not bad.passed
    assert "FAIL  build:" in bad.report and "missing file lib/version.txt" in bad.report


def test_a_kiosk_trusting_the_first_root_follows_key_rotations(
    tmp_path: Path, served: Served
) -> None:
    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.rotate("targets")
    served.repo.rotate("root")
    served.repo.rotate("timestamp")
    served.repo.publish(make_build(tmp_path, "1.1.0"), "1.1.0")
    assert kiosk.check_and_download() == "1.1.0", kiosk.state().last_error
    root = (kiosk.layout.tuf_dir / "metadata" / "root.json").read_text()
    assert '"version": 4' in root  # three rotations: roots 2, 3, 4 verified in turn


def test_the_service_checks_at_start_and_reports_a_staged_update(
    tmp_path: Path, served: Served
) -> None:
    import threading

    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    staged: list[str] = []
    arrived = threading.Event()

    def on_staged(version: str) -> None:
        staged.append(version)
        arrived.set()

    service = UpdateService(kiosk, 3600, on_staged=on_staged)
    service.start()
    try:
        assert arrived.wait(60)
    finally:
        service.stop()
    assert staged == ["1.0.1"]
    assert kiosk.layout.current() == "1.0.0"  # staged only: the GUI installs when idle
    assert service.install_when_idle() == "1.0.1"
    assert kiosk.layout.current() == "1.0.1"


def test_publish_writes_the_manifest_and_refuses_a_second_copy(
    tmp_path: Path, served: Served
) -> None:
    build = make_build(tmp_path, "3.0.0")
    assert served.repo.publish(build, "3.0.0") == "3.0.0"
    with pytest.raises(ReleaseError, match="already published"):
        served.repo.publish(build, "3.0.0")
    with pytest.raises(ReleaseError, match="not a version number"):
        served.repo.publish(make_build(tmp_path / "bad", "latest"), "latest")
    with pytest.raises(ReleaseError, match=r"write the version as 3\.0\.1"):
        served.repo.publish(make_build(tmp_path / "odd", "3.0.01"), "3.0.01")
    with pytest.raises(ReleaseError, match="give --version"):
        served.repo.publish(make_build(tmp_path, "3.0.1"))
    stated = make_build(tmp_path / "x", "3.0.2")
    write_manifest(stated, "3.0.2")
    assert served.repo.publish(stated) == "3.0.2"  # the version from the build itself
    assert served.repo.versions() == ["3.0.0", "3.0.2"]
    assert served.repo.check() == []


def test_a_portal_out_of_reach_at_first_start_does_not_roll_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    # A closed loopback port: the link is down, which is not the new build's fault.
    (data / "kiosk.toml").write_text('[portal]\nurl = "http://127.0.0.1:9"\n', encoding="utf-8")
    build = make_build(tmp_path, "2.1.0", manifest=True)
    outcome = run_doctor(build, data)
    assert "FAIL  portal:" in outcome.report
    assert outcome.passed, outcome.report
    (build / "kiosk").write_text("changed", encoding="utf-8")
    outcome = run_doctor(build, data)
    assert not outcome.passed
    assert "changed file kiosk" in outcome.report


def test_the_repository_over_https_is_verified_against_the_trusted_ca(
    tmp_path: Path, served: Served
) -> None:
    import functools
    import ssl
    import threading
    from http.server import ThreadingHTTPServer

    from tests.kiosk.test_doctor_net import make_ca_and_leaf
    from tests.update._repo import _QuietHandler
    from update import KioskUpdater

    ca, cert, key = make_ca_and_leaf(tmp_path)
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    handler = functools.partial(_QuietHandler, directory=str(served.repo.repo_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(str(cert), str(key))
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, name="tuf-repo-https", daemon=True)
    thread.start()
    try:
        plain = kiosk_at(tmp_path, served, "1.0.0")
        url = f"https://127.0.0.1:{server.server_address[1]}"
        root = served.repo.metadata_dir / "1.root.json"
        untrusting = KioskUpdater(plain.layout, url, trusted_root=root, timeout_s=10)
        assert untrusting.check_and_download() is None  # a CA it does not know: refused
        assert "CERTIFICATE_VERIFY_FAILED" in untrusting.state().last_error
        trusting = KioskUpdater(
            plain.layout, url, trusted_root=root, timeout_s=10, ca_bundle=str(ca)
        )
        assert trusting.check_and_download() == "1.0.1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_build_that_dies_before_its_doctor_is_rolled_back_after_three_starts(
    tmp_path: Path, served: Served
) -> None:
    from types import SimpleNamespace

    from app._updates import EXIT_RESTART, guard_start
    from kiosk.config import KioskConfig, UpdateSection

    kiosk = kiosk_at(tmp_path, served, "1.0.0")
    served.repo.publish(make_build(tmp_path, "1.0.1"), "1.0.1")
    assert kiosk.check_and_download() == "1.0.1"
    assert kiosk.install_staged() == "1.0.1"
    section = UpdateSection(
        enabled=True, repository_url=served.url, install_dir=str(kiosk.layout.root)
    )
    context = SimpleNamespace(config=KioskConfig(update=section))
    # Three starts that never reach the first-start doctor (the build crashes)...
    assert [guard_start(context) for _ in range(3)] == [None, None, None]
    assert kiosk.layout.current() == "1.0.1"
    # ...and the fourth goes back to 1.0.0 before opening the window.
    assert guard_start(context) == EXIT_RESTART
    assert kiosk.layout.current() == "1.0.0"
    state = kiosk.state()
    assert state.rolled_back["from"] == "1.0.1" and "starts" in state.rolled_back["reason"]
    assert state.first_start is None and guard_start(context) is None
    assert kiosk.check() is None  # 1.0.1 is not offered again


def test_an_install_dir_not_set_up_for_updates_is_reported(tmp_path: Path, served: Served) -> None:
    from update import InstallLayout, KioskUpdater

    layout = InstallLayout(tmp_path / "opt")
    kiosk = KioskUpdater(layout, served.url, trusted_root=served.repo.metadata_dir / "root.json")
    assert kiosk.check_and_download() is None
    assert "not set up for updates" in kiosk.state().last_error
