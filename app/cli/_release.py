"""``kiosk release init|publish|refresh|status|keys rotate``: the signed update repository.

Run on the technician's machine, never on a kiosk: the keys come from an offline
folder given with ``--keys`` (a USB stick plugged in only while publishing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tuf.api.exceptions import RepositoryError

from update import ROLES, ReleaseError, ReleaseRepository

EXIT_OK = 0
EXIT_FAILED = 1


def _common(parser: argparse.ArgumentParser, *, keys: bool = True) -> None:
    parser.add_argument(
        "--repo",
        required=True,
        type=Path,
        metavar="DIR",
        help="the repository folder (served as static files: metadata/ and targets/)",
    )
    if keys:
        parser.add_argument(
            "--keys",
            required=True,
            type=Path,
            metavar="DIR",
            help="the offline key folder (root.pem, targets.pem, snapshot.pem, timestamp.pem)",
        )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``release`` commands."""
    release = subparsers.add_parser(
        "release",
        help="publish signed kiosk updates (technician's machine)",
        description="Keep a TUF repository of signed kiosk builds that kiosks update from "
        "(docs/install.md, 'Publishing an update').",
    )
    sub = release.add_subparsers(dest="release_command", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init",
        help="create a repository and a new key for each role",
        description="Create the repository folder and four Ed25519 keys (root, targets, "
        "snapshot, timestamp) in the key folder, which must be empty. Give kiosks "
        "<repo>/metadata/1.root.json as their trusted root.",
    )
    _common(init)
    init.set_defaults(handler=_handle_init)

    publish = sub.add_parser(
        "publish",
        help="add a build as a signed target (one command)",
        description="Add BUILD (the `make dist` folder dist/kiosk, or a .tar.gz/.zip of one) "
        "to the repository, signed with the targets key, and re-sign snapshot and timestamp. "
        "Kiosks pick it up at their next check.",
    )
    publish.add_argument("build", type=Path, metavar="BUILD")
    publish.add_argument(
        "--version",
        default=None,
        metavar="V",
        help="the build's version (PEP 440, e.g. 1.4.2); needed when the build has no "
        "kiosk-build.json",
    )
    publish.add_argument(
        "--force",
        action="store_true",
        help="publish even when the build's files differ from its manifest (kiosks will roll "
        "it back: only to try rollback on a test kiosk)",
    )
    _common(publish)
    publish.set_defaults(handler=_handle_publish)

    refresh = sub.add_parser(
        "refresh",
        help="re-sign snapshot and timestamp before they expire",
        description="Re-sign snapshot and timestamp (needs only those two keys). Run it at "
        "least every 3 weeks, e.g. from a timer on the repository server.",
    )
    _common(refresh)
    refresh.set_defaults(handler=_handle_refresh)

    status = sub.add_parser(
        "status",
        help="list the published versions and check their archives",
        description="List the versions published and check every archive against its signed hash.",
    )
    _common(status, keys=False)
    status.set_defaults(handler=_handle_status)

    keys = sub.add_parser("keys", help="manage the repository's keys")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    rotate = keys_sub.add_parser(
        "rotate",
        help="replace a role's key (root, targets, snapshot or timestamp)",
        description="Make a new key for ROLE, list it in a new root version signed by the "
        "old root key (and the new one when ROLE is root), and re-sign the metadata. The "
        "old key moves to <keys>/retired/. Kiosks accept the new root at their next check.",
    )
    rotate.add_argument("role", choices=ROLES)
    _common(rotate)
    rotate.set_defaults(handler=_handle_rotate)


def _run(step: Any) -> int:
    try:
        step()
    except (ReleaseError, RepositoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, ValueError) as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _handle_init(args: Any) -> int:
    repo = ReleaseRepository(args.repo, args.keys)

    def step() -> None:
        repo.init()
        print(f"repository created in {args.repo}; keys in {args.keys}")
        print(f"trusted root for kiosks: {args.repo / 'metadata' / '1.root.json'}")
        print("keep the key folder offline (root and targets keys above all)")

    return _run(step)


def _handle_publish(args: Any) -> int:
    repo = ReleaseRepository(args.repo, args.keys)

    def step() -> None:
        version = repo.publish(args.build, args.version, force=args.force)
        print(f"published {version}: kiosks install it at their next check, between residents")

    return _run(step)


def _handle_refresh(args: Any) -> int:
    repo = ReleaseRepository(args.repo, args.keys)

    def step() -> None:
        repo.refresh()
        print("snapshot and timestamp re-signed")

    return _run(step)


def _handle_status(args: Any) -> int:
    repo = ReleaseRepository(args.repo, args.repo / "no-keys-needed")
    outcome: dict[str, list[str]] = {}

    def step() -> None:
        for version in repo.versions():
            print(f"published  {version}")
        outcome["problems"] = repo.check()
        for problem in outcome["problems"]:
            print(f"FAIL  {problem}")

    code = _run(step)
    return code or (EXIT_FAILED if outcome.get("problems") else EXIT_OK)


def _handle_rotate(args: Any) -> int:
    repo = ReleaseRepository(args.repo, args.keys)

    def step() -> None:
        keyid = repo.rotate(args.role)
        print(f"{args.role} key replaced (new key id {keyid[:16]}…)")
        print(f"the old key is in {args.keys / 'retired'}: keep it offline or destroy it")

    return _run(step)
