"""The technician's side: a TUF repository of signed kiosk builds (init, publish, key rotation).

Layout of a repository directory (served as static files over HTTPS)::

    metadata/1.root.json  2.root.json ...   every root, so kiosks can walk key rotations
    metadata/root.json                      the newest root (what a new kiosk is given)
    metadata/<n>.targets.json  <n>.snapshot.json  timestamp.json
    targets/<sha256>.kiosk-<version>.tar.gz consistent snapshots: a file never changes

The four role keys live in a key directory that stays offline (a USB stick): one
Ed25519 PEM file per role. Publishing re-signs targets, snapshot and timestamp;
root is signed only at ``init`` and on key rotation (each new root is signed by the
old root key and the new one, as TUF requires).
"""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from packaging.version import InvalidVersion, Version
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from kiosk.version import BUILD_MANIFEST, build_problems, read_manifest, write_manifest

ROLES = ("root", "targets", "snapshot", "timestamp")
TARGET_PREFIX = "kiosk-"
TARGET_SUFFIX = ".tar.gz"
# How long each role's signature holds. Root and targets are signed offline and rarely;
# snapshot and timestamp are re-signed by every publish and by ``kiosk release refresh``.
EXPIRY_DAYS = {"root": 365, "targets": 365, "snapshot": 60, "timestamp": 30}


class ReleaseError(Exception):
    """A publishing step that cannot go on; the message says what to do."""


def target_name(version: str) -> str:
    """The target path of a version's archive: ``kiosk-<version>.tar.gz``."""
    return f"{TARGET_PREFIX}{version}{TARGET_SUFFIX}"


@dataclass
class _Keys:
    """The role keys read from the offline key directory."""

    directory: Path

    def path(self, role: str) -> Path:
        return self.directory / f"{role}.pem"

    def signer(self, role: str) -> CryptoSigner:
        path = self.path(role)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReleaseError(
                f"cannot read the {role} key {path}: {exc.strerror or exc} "
                "(plug in the offline key stick and give its folder with --keys)"
            ) from exc
        return CryptoSigner(load_pem_private_key(data, password=None))

    def generate(self, role: str) -> CryptoSigner:
        """A new Ed25519 key for ``role``, written 0600; an existing key file is retired."""
        self.directory.mkdir(parents=True, exist_ok=True)
        signer = CryptoSigner.generate_ed25519()
        path = self.path(role)
        if path.exists():
            retired = self.directory / "retired"
            retired.mkdir(exist_ok=True)
            old = CryptoSigner(load_pem_private_key(path.read_bytes(), password=None))
            path.replace(retired / f"{role}-{old.public_key.keyid[:16]}.pem")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(signer.private_bytes)
        return signer


class ReleaseRepository:
    """A TUF repository directory of kiosk builds; ``keys_dir`` holds the role keys."""

    def __init__(
        self, repo_dir: Path, keys_dir: Path, now: Callable[[], datetime] | None = None
    ) -> None:
        self.repo_dir = Path(repo_dir)
        self.metadata_dir = self.repo_dir / "metadata"
        self.targets_dir = self.repo_dir / "targets"
        self.keys = _Keys(Path(keys_dir))
        if now is None:
            from kiosk.clock import system_clock

            now = system_clock().now_utc
        self._now = now

    # -- reading and writing metadata ---------------------------------------------------

    def _expiry(self, role: str) -> datetime:
        return (self._now() + timedelta(days=EXPIRY_DAYS[role])).replace(microsecond=0)

    def _root(self) -> Metadata[Root]:
        return Metadata[Root].from_file(str(self.metadata_dir / "root.json"))

    def _load(self, role: str) -> Metadata:
        if not (self.metadata_dir / "timestamp.json").is_file():
            raise ReleaseError(
                f"{self.repo_dir} is not a repository yet: run `kiosk release init` first"
            )
        if role == "timestamp":
            return Metadata.from_file(str(self.metadata_dir / "timestamp.json"))
        timestamp = Metadata[Timestamp].from_file(str(self.metadata_dir / "timestamp.json"))
        snapshot_version = timestamp.signed.snapshot_meta.version
        if role == "snapshot":
            return Metadata.from_file(str(self.metadata_dir / f"{snapshot_version}.snapshot.json"))
        snapshot = Metadata[Snapshot].from_file(
            str(self.metadata_dir / f"{snapshot_version}.snapshot.json")
        )
        version = snapshot.signed.meta[f"{role}.json"].version
        return Metadata.from_file(str(self.metadata_dir / f"{version}.{role}.json"))

    def _write(self, md: Metadata, name: str) -> None:
        """Write atomically (a kiosk may be reading the served directory right now)."""
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        data = md.to_bytes(JSONSerializer(compact=False))
        fd, tmp = tempfile.mkstemp(dir=self.metadata_dir, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, self.metadata_dir / name)

    def _write_root(self, root: Metadata[Root]) -> None:
        self._write(root, f"{root.signed.version}.root.json")
        self._write(root, "root.json")

    def _publish_chain(self, targets: Metadata[Targets]) -> None:
        """Sign and write targets, then a snapshot naming it, then a timestamp naming that."""
        targets.signed.expires = self._expiry("targets")
        targets.signatures.clear()
        targets.sign(self.keys.signer("targets"))
        self._write(targets, f"{targets.signed.version}.targets.json")
        self._resign_snapshot(targets.signed.version)

    def _resign_snapshot(self, targets_version: int) -> None:
        first = not (self.metadata_dir / "timestamp.json").is_file()
        old = 0 if first else self._load("snapshot").signed.version
        snapshot = Metadata(Snapshot(version=old + 1, expires=self._expiry("snapshot")))
        snapshot.signed.meta = {"targets.json": MetaFile(version=targets_version)}
        snapshot.sign(self.keys.signer("snapshot"))
        self._write(snapshot, f"{snapshot.signed.version}.snapshot.json")
        ts_version = 0 if first else self._load("timestamp").signed.version
        timestamp = Metadata(Timestamp(version=ts_version + 1, expires=self._expiry("timestamp")))
        timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
        timestamp.sign(self.keys.signer("timestamp"))
        self._write(timestamp, "timestamp.json")

    # -- the technician's commands ------------------------------------------------------

    def init(self) -> None:
        """Make a new repository and a key for each role (refuses an existing repository)."""
        if (self.metadata_dir / "root.json").exists():
            raise ReleaseError(f"{self.repo_dir} already holds a repository")
        signers = {}
        for role in ROLES:
            if self.keys.path(role).exists():
                raise ReleaseError(f"{self.keys.path(role)} exists: give an empty key folder")
        for role in ROLES:
            signers[role] = self.keys.generate(role)
        root = Metadata(Root(expires=self._expiry("root"), consistent_snapshot=True))
        for role in ROLES:
            root.signed.add_key(signers[role].public_key, role)
        root.sign(signers["root"])
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        self._write_root(root)
        self._publish_chain(Metadata(Targets(version=1, expires=self._expiry("targets"))))

    def versions(self) -> list[str]:
        """The versions published, in the order the targets list them."""
        targets = self._load("targets").signed
        return [
            name[len(TARGET_PREFIX) : -len(TARGET_SUFFIX)]
            for name in targets.targets
            if name.startswith(TARGET_PREFIX) and name.endswith(TARGET_SUFFIX)
        ]

    def publish(self, build: Path, version: str | None = None, *, force: bool = False) -> str:
        """Add a build (a directory or a .tar.gz/.zip archive of one) as a signed target.

        The build's ``kiosk-build.json`` is written when it has none (``version`` is then
        required); one it has must agree with ``version`` and with the files (kiosks run
        the same check at first start and roll back). ``force`` publishes a build whose
        files disagree with its manifest (to try rollback on a test kiosk). Returns the
        version.

        Raises:
            ReleaseError: no such build, no version, a broken manifest, a version already
                published, a key missing.
        """
        for role in ("targets", "snapshot", "timestamp"):
            self.keys.signer(role)  # a missing key stops here, before anything is written
        with tempfile.TemporaryDirectory(prefix="kiosk-release-") as work:
            build_dir = _unpacked(Path(build), Path(work))
            if (build_dir / BUILD_MANIFEST).exists():
                found = read_manifest(build_dir).version
                if version is not None and version != found:
                    raise ReleaseError(f"the build says version {found}, not {version}")
                version = found
                problems = build_problems(build_dir)
                if problems and not force:
                    raise ReleaseError(
                        "the build does not match its manifest (kiosks would roll it back): "
                        + "; ".join(problems[:5])
                    )
            elif version is None:
                raise ReleaseError(f"the build has no {BUILD_MANIFEST}: give --version")
            else:
                write_manifest(build_dir, version)
            _check_version(version)
            if version in self.versions():
                raise ReleaseError(f"version {version} is already published: give a new one")
            archive = Path(work) / target_name(version)
            with tarfile.open(archive, "w:gz") as tar:
                for path in sorted(build_dir.iterdir()):
                    tar.add(path, arcname=path.name)
            target = TargetFile.from_file(target_name(version), str(archive))
            target.unrecognized_fields["custom"] = {"version": version}
            digest = target.hashes["sha256"]
            self.targets_dir.mkdir(parents=True, exist_ok=True)
            served = self.targets_dir / f"{digest}.{target_name(version)}"
            tmp = self.targets_dir / f".{served.name}.part"
            tmp.write_bytes(archive.read_bytes())
            os.chmod(tmp, 0o644)
            os.replace(tmp, served)
        targets: Metadata[Targets] = self._load("targets")
        targets.signed.targets[target.path] = target
        targets.signed.version += 1
        self._publish_chain(targets)
        return version

    def refresh(self) -> None:
        """Re-sign snapshot and timestamp (needs only those keys): run before they expire."""
        self._resign_snapshot(self._load("targets").signed.version)

    def rotate(self, role: str) -> str:
        """Replace ``role``'s key with a new one; return the new key id.

        A new root version lists the new key; it is signed by the old root key and (for
        root) the new one, so kiosks that trust the old root accept it. The role's
        metadata is then re-signed with its new key.
        """
        if role not in ROLES:
            raise ReleaseError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        old_root_signer = self.keys.signer("root")
        root = self._root()
        for keyid in list(root.signed.roles[role].keyids):
            root.signed.revoke_key(keyid, role)
        new = self.keys.generate(role)
        root.signed.add_key(new.public_key, role)
        root.signed.version += 1
        root.signed.expires = self._expiry("root")
        root.signatures.clear()
        root.sign(old_root_signer, append=True)
        if role == "root":
            root.sign(new, append=True)
        self._write_root(root)
        targets: Metadata[Targets] = self._load("targets")
        targets.signed.version += 1
        self._publish_chain(targets)
        return new.public_key.keyid

    def check(self) -> list[str]:
        """Every published archive is present with its signed hash (for ``release status``)."""
        problems = []
        targets = self._load("targets").signed
        for name, info in targets.targets.items():
            path = self.targets_dir / f"{info.hashes['sha256']}.{name}"
            try:
                with path.open("rb") as stream:
                    info.verify_length_and_hashes(stream)
            except OSError:
                problems.append(f"missing archive for {name}")
            except Exception:  # tuf's LengthOrHashMismatchError
                problems.append(f"archive for {name} does not match its signed hash")
        return problems


def _check_version(version: str) -> None:
    """Kiosks compare PEP 440 versions: refuse one they could not read or would spell apart."""
    try:
        canonical = str(Version(version))
    except InvalidVersion:
        raise ReleaseError(f"{version!r} is not a version number (e.g. 1.4.2)") from None
    if canonical != version:
        raise ReleaseError(f"write the version as {canonical}, not {version}")


def _unpacked(build: Path, work: Path) -> Path:
    """The build as a directory: itself, or an archive unpacked (one top folder is entered)."""
    if build.is_dir():
        target = work / "build"
        shutil.copytree(build, target, symlinks=True)
        return target
    if not build.is_file():
        raise ReleaseError(f"no build at {build}: give the make dist folder or an archive")
    target = work / "build"
    try:
        shutil.unpack_archive(str(build), str(target), filter="data")
    except (ValueError, shutil.ReadError, tarfile.TarError) as exc:
        raise ReleaseError(f"cannot unpack {build}: {exc}") from exc
    entries = list(target.iterdir())
    if len(entries) == 1 and entries[0].is_dir() and not (target / BUILD_MANIFEST).exists():
        return entries[0]
    return target


__all__ = ["ReleaseError", "ReleaseRepository", "build_problems", "target_name"]
