"""The kiosk's side: check the TUF repository, download, verify, stage, install, roll back.

python-tuf's ``ngclient.Updater`` does the verifying: the root of trust is a root
metadata file placed at install time; every later root, targets, snapshot and
timestamp must be signed by the keys it names, unexpired, and not older than what
the kiosk saw before (no rollback or freeze attacks); a downloaded archive must
have the length and SHA-256 the signed targets say. Nothing unverified is unpacked.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from packaging.version import InvalidVersion, Version
from tuf.api.metadata import Metadata, Targets
from tuf.ngclient import Updater, UpdaterConfig

from update._fetch import RequestsFetcher
from update._layout import InstallLayout, UpdateState
from update._repository import TARGET_PREFIX, TARGET_SUFFIX, target_name

_log = logging.getLogger(__name__)

DOCTOR_TIMEOUT_S = 300.0
# doctor's checks of the machine's surroundings (network, portal, its clock, free disk):
# their failure at a first start does not roll the new version back.
ENVIRONMENT_CHECKS = frozenset({"portal", "tls", "clock", "disk"})


class UpdateError(Exception):
    """An update step failed; the message is for the technician's log and status."""


@dataclass(frozen=True)
class DoctorOutcome:
    """What the new version's own ``kiosk doctor`` said at its first start."""

    passed: bool
    report: str


def kiosk_command() -> list[str]:
    """How to start this kiosk's own CLI: the frozen binary, else ``python -m app``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def run_doctor(
    build_dir: Path, data_dir: Path | None = None, timeout_s: float = DOCTOR_TIMEOUT_S
) -> DoctorOutcome:
    """Run ``kiosk doctor --build-dir BUILD`` in a child process and judge the build by it.

    Passed when doctor exits 0, or when its only FAIL lines are about the surroundings
    (``ENVIRONMENT_CHECKS``); a crash or a hang fails.
    """
    command = [*kiosk_command()]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += ["doctor", "--build-dir", str(build_dir), "--probe-timeout", "20"]
    try:
        done = subprocess.run(  # noqa: S603 (our own binary, our own arguments)
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return DoctorOutcome(False, f"doctor did not finish in {timeout_s:g} s")
    except OSError as exc:
        return DoctorOutcome(False, f"doctor could not start: {exc.strerror or exc}")
    report = (done.stdout + done.stderr).strip()
    if done.returncode == 0:
        return DoctorOutcome(True, report)
    failed = [line.split(":", 1)[0][4:].strip() for line in _fail_lines(report)]
    # A link down or a full disk at first start is not the new build's fault, and
    # rolling back would not mend it: only the other checks decide.
    blamed = [name for name in failed if name not in ENVIRONMENT_CHECKS]
    return DoctorOutcome(bool(failed) and not blamed, report)


def _fail_lines(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("FAIL  ")]


class KioskUpdater:
    """One kiosk's updater over its install directory and a repository URL.

    ``trusted_root`` is the repository's root metadata given at install time; it is
    copied into ``<install dir>/tuf/metadata/`` on first use and TUF keeps it current.
    """

    def __init__(
        self,
        layout: InstallLayout,
        repository_url: str,
        *,
        trusted_root: Path | None = None,
        timeout_s: float = 30.0,
        ca_bundle: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.layout = layout
        self.url = repository_url.rstrip("/")
        self.trusted_root = trusted_root
        self.timeout_s = timeout_s
        self.ca_bundle = ca_bundle
        self._fetcher: RequestsFetcher | None = None
        self._refreshed: Updater | None = None
        if now is None:
            from kiosk.clock import system_clock

            now = system_clock().now_local  # the service point's time, for status lines
        self._now = now

    # -- state --------------------------------------------------------------------------

    def state(self) -> UpdateState:
        return self.layout.load_state()

    def current_version(self) -> str | None:
        return self.layout.current()

    def _record(self, **changes: object) -> UpdateState:
        state = self.layout.load_state()
        for name, value in changes.items():
            setattr(state, name, value)
        self.layout.save_state(state)
        return state

    # -- checking and downloading ---------------------------------------------------------

    def _tuf(self) -> Updater:
        metadata_dir = self.layout.tuf_dir / "metadata"
        downloads = self.layout.tuf_dir / "downloads"
        metadata_dir.mkdir(parents=True, exist_ok=True)
        downloads.mkdir(parents=True, exist_ok=True)
        if not (metadata_dir / "root.json").exists():
            if self.trusted_root is None or not self.trusted_root.is_file():
                raise UpdateError(
                    "no trusted root metadata: copy the repository's root.json to "
                    f"{metadata_dir / 'root.json'} (docs/install.md, Publishing an update)"
                )
            shutil.copyfile(self.trusted_root, metadata_dir / "root.json")
        # Every request has a timeout; TLS certificates are always verified. One session
        # per updater: its connections are reused from one check to the next.
        if self._fetcher is None:
            self._fetcher = RequestsFetcher(self.timeout_s, self.ca_bundle)
        fetcher = self._fetcher
        return Updater(
            metadata_dir=str(metadata_dir),
            metadata_base_url=f"{self.url}/metadata/",
            target_dir=str(downloads),
            target_base_url=f"{self.url}/targets/",
            fetcher=fetcher,
            config=UpdaterConfig(app_user_agent="commune-kiosk"),
            # The trust anchor is the cached root.json: the technician's root at install,
            # then each newer root TUF verified against it (key rotations).
            bootstrap=None,
        )

    def _published(self) -> list[Version]:
        """The versions the verified targets metadata lists (read after ``refresh``)."""
        path = self.layout.tuf_dir / "metadata" / "targets.json"
        targets = Metadata[Targets].from_file(str(path)).signed
        versions = []
        for name in targets.targets:
            if name.startswith(TARGET_PREFIX) and name.endswith(TARGET_SUFFIX):
                try:
                    versions.append(Version(name[len(TARGET_PREFIX) : -len(TARGET_SUFFIX)]))
                except InvalidVersion:
                    continue
        return sorted(versions)

    def check(self) -> str | None:
        """Refresh the signed metadata; the newest version above the running one, or None.

        A version that was rolled back here is not offered again (publish a newer one).

        Raises:
            UpdateError: no trusted root yet. tuf's RepositoryError / DownloadError
                propagate (bad signatures, expired metadata, unreachable repository).
        """
        running = self.current_version()
        if running is None:
            raise UpdateError(
                f"{self.layout.root} is not set up for updates (no current -> versions/<v>): "
                "see docs/install.md, Publishing an update"
            )
        tuf = self._tuf()
        tuf.refresh()
        self._refreshed = tuf  # download() goes on from this verified state
        state = self.state()
        refused = {state.rolled_back.get("from")} - {None}
        newest = None
        for version in self._published():
            if str(version) in refused:
                continue
            if version <= _version(running):
                continue
            newest = version
        return str(newest) if newest is not None else None

    def download(self, version: str) -> None:
        """Download a version's archive (TUF verifies length and SHA-256), unpack and stage it.

        Raises:
            UpdateError: the target is not listed, or the build is not whole.
            tuf's RepositoryError (a hash or length mismatch: a tampered file) propagates.
        """
        tuf, self._refreshed = self._refreshed, None
        if tuf is None:
            tuf = self._tuf()
            tuf.refresh()
        info = tuf.get_targetinfo(target_name(version))
        if info is None:
            raise UpdateError(f"version {version} is not in the signed targets")
        archive = tuf.find_cached_target(info) or tuf.download_target(info)
        self.layout.versions_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.layout.versions_dir, prefix=".staging-") as tmp:
            unpacked = Path(tmp) / version
            try:
                with tarfile.open(archive, "r:gz") as tar:
                    tar.extractall(unpacked, filter="data")
            except (tarfile.TarError, OSError) as exc:
                raise UpdateError(f"cannot unpack {target_name(version)}: {exc}") from exc
            try:
                self.layout.stage(version, unpacked)
            except ValueError as exc:
                raise UpdateError(f"the build {version} is not whole: {exc}") from exc
        Path(archive).unlink(missing_ok=True)  # staged: the archive is not needed again
        self._record(staged=version, last_error="")
        _log.info("update %s downloaded, verified and staged", version)

    def check_and_download(self) -> str | None:
        """One scheduled round: check, and stage the newest version; errors are recorded.

        Returns the staged version (already staged counts), or None.
        """
        stamp = self._now().isoformat(timespec="seconds")
        try:
            version = self.check()
            if version is not None and self.state().staged != version:
                self.download(version)
        except Exception as exc:
            # tuf's RepositoryError (bad signature, hash mismatch, expired metadata) and
            # DownloadError (network, TLS, HTTP), an unpackable build: nothing unverified
            # was kept, and the running version goes on.
            problem = _explained(exc)
            self._record(last_check=stamp, last_error=problem)
            _log.warning("update check failed: %s", problem)
            return None
        self._record(last_check=stamp, last_error="")
        return self.state().staged

    # -- installing, first start, rollback ------------------------------------------------

    def install_staged(self) -> str | None:
        """Switch ``current`` to the staged version (call between residents); its version or None.

        The running version becomes the one to roll back to; the new one's doctor runs
        at its first start (``first_start_check``).
        """
        state = self.state()
        staged = state.staged
        if staged is None or not self.layout.version_dir(staged).is_dir():
            return None
        previous = self.current_version()
        self.layout.switch_to(staged)
        self._record(staged=None, previous=previous, first_start=staged, start_attempts=0)
        _log.info("update %s installed (was %s); restart to run it", staged, previous)
        return staged

    def first_start_check(
        self, doctor: Callable[[Path], DoctorOutcome] | None = None
    ) -> str | None:
        """At the first start of a new version, run its doctor; roll back if it fails.

        Returns "passed", "rolled_back", or None when no first start is pending.
        """
        state = self.state()
        version = state.first_start
        if version is None or version != self.current_version():
            return None
        outcome = (doctor or run_doctor)(self.layout.version_dir(version))
        if outcome.passed:
            keep = {version} | {v for v in (state.previous, state.staged) if v}
            self._record(first_start=None, start_attempts=0)
            self.layout.prune(keep)
            _log.info("update %s passed its doctor at first start", version)
            return "passed"
        failed = _fail_lines(outcome.report)
        reason = "; ".join(failed[:5]) or outcome.report[-500:]
        if state.previous is None:
            self._record(
                first_start=None, last_error=f"doctor failed, nothing to roll back to: {reason}"
            )
            return None
        self.layout.switch_to(state.previous)
        self._record(
            first_start=None,
            previous=None,
            start_attempts=0,
            rolled_back={"from": version, "to": state.previous, "reason": reason},
            last_error=f"update {version} failed its doctor and was rolled back",
        )
        _log.error(
            "update %s failed its doctor; rolled back to %s: %s", version, state.previous, reason
        )
        return "rolled_back"

    def rollback(self, reason: str = "asked by the technician") -> str:
        """Switch back to the previous version now; returns it.

        Raises:
            UpdateError: there is no previous version.
        """
        state = self.state()
        running = self.current_version()
        if state.previous is None or not self.layout.version_dir(state.previous).is_dir():
            raise UpdateError("there is no previous version to roll back to")
        self.layout.switch_to(state.previous)
        self._record(
            previous=None,
            first_start=None,
            rolled_back={"from": running or "", "to": state.previous, "reason": reason},
        )
        return state.previous


def _explained(exc: BaseException) -> str:
    """``Type: message``, with the underlying cause (a TLS or connection error) after it."""
    text = f"{type(exc).__name__}: {exc}"
    cause = exc.__cause__
    if cause is not None:
        text += f" ({type(cause).__name__}: {str(cause)[:300]})"
    return text


def _version(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        return Version("0")


def install_from(layout: InstallLayout, build: Path, version: str) -> None:
    """Install a first build by hand (a new kiosk, tests): stage it and point current at it."""
    with tempfile.TemporaryDirectory(dir=layout.root, prefix=".install-") as tmp:
        unpacked = Path(tmp) / version
        shutil.copytree(build, unpacked, symlinks=True)
        layout.stage(version, unpacked)
    layout.switch_to(version)


__all__: Sequence[str] = [
    "DoctorOutcome",
    "KioskUpdater",
    "UpdateError",
    "install_from",
    "kiosk_command",
    "run_doctor",
]
