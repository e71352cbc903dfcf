"""A real TUF repository served over loopback HTTP, builds to publish, and a kiosk install dir."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from kiosk.version import write_manifest
from update import InstallLayout, KioskUpdater, ReleaseRepository, install_from


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Served:
    """The repository, its folder's URL on loopback, and how many requests it answered."""

    repo: ReleaseRepository
    url: str


def make_build(parent: Path, version: str, *, manifest: bool = False) -> Path:
    """A small build folder: a launcher and a data file that names its version."""
    build = parent / f"build-{version}"
    (build / "lib").mkdir(parents=True)
    (build / "kiosk").write_text('#!/bin/sh\nexec python3 -m app "$@"\n', encoding="utf-8")
    (build / "lib" / "version.txt").write_text(f"{version}\n", encoding="utf-8")
    (build / "lib" / "payload.bin").write_bytes(bytes(range(256)) * 64)
    if manifest:
        write_manifest(build, version)
    return build


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """A fresh repository (``kiosk release init``) served by http.server on 127.0.0.1."""
    repo = ReleaseRepository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    handler = functools.partial(_QuietHandler, directory=str(repo.repo_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="tuf-repo-http", daemon=True)
    thread.start()
    try:
        yield Served(repo, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def kiosk_at(tmp_path: Path, served: Served, version: str = "1.0.0") -> KioskUpdater:
    """A kiosk whose install dir runs ``version``, trusting the repository's first root."""
    layout = InstallLayout(tmp_path / "install")
    layout.root.mkdir()
    install_from(layout, make_build(tmp_path / "installed", version, manifest=True), version)
    return KioskUpdater(
        layout,
        served.url,
        trusted_root=served.repo.metadata_dir / "1.root.json",
        timeout_s=10,
    )
