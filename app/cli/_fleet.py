"""``kiosk fleet``: the technician's side of configuration from one place (issue 21).

``keygen`` makes the Ed25519 signing key (kept by the fleet administrator, never on
a kiosk or the portal); ``sign`` turns a TOML file of settings into a signed
document for some or all kiosks; ``publish`` hands it to the portal, which serves
it to the kiosks with their next sync; ``admin-token`` sets the token that opens the
portal's fleet page and publishing.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any

_ADMIN_ENV = "KIOSK_PORTAL_ADMIN_TOKEN"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fleet`` commands."""
    parser = subparsers.add_parser(
        "fleet", help="signed configuration for many kiosks; the portal's admin token"
    )
    sub = parser.add_subparsers(dest="fleet_command", metavar="ACTION", required=True)
    keygen = sub.add_parser(
        "keygen",
        help="make the configuration signing key",
        description="Write a new Ed25519 private key to KEY (0600) and print its public key "
        "for fleet.config_public_key in each kiosk's kiosk.toml.",
    )
    keygen.add_argument("key", type=Path, metavar="KEY")
    keygen.set_defaults(handler=_keygen)
    sign = sub.add_parser(
        "sign",
        help="sign a configuration document",
        description="Sign the settings in SETTINGS (TOML, the sections of kiosk.toml) as "
        "document SERIAL; without --kiosk/--group it is for every kiosk.",
    )
    sign.add_argument("settings", type=Path, metavar="SETTINGS")
    sign.add_argument("--key", type=Path, required=True, help="the private key from keygen")
    sign.add_argument("--serial", type=int, required=True, help="above every earlier one")
    sign.add_argument("--kiosk", action="append", default=[], metavar="ID", help="target kiosk")
    sign.add_argument("--group", action="append", default=[], metavar="NAME", help="target group")
    sign.add_argument("--out", type=Path, required=True, help="where to write the document")
    sign.set_defaults(handler=_sign)
    publish = sub.add_parser(
        "publish",
        help="hand a signed document to the portal",
        description=f"POST DOCUMENT to PORTAL/v1/fleet/config with the admin token "
        f"(${_ADMIN_ENV}, or --token-file).",
    )
    publish.add_argument("document", type=Path, metavar="DOCUMENT")
    publish.add_argument("--portal", required=True, metavar="URL")
    publish.add_argument("--token-file", type=Path, default=None)
    publish.add_argument("--ca-bundle", default=None, help="CA file for the portal's TLS")
    publish.set_defaults(handler=_publish)
    token = sub.add_parser(
        "admin-token",
        help="set the reference portal's admin token",
        description="Make a new admin token for the reference portal's database DB (SQLite "
        "file or postgresql:// URL), store its hash there and print it once.",
    )
    token.add_argument("--db", required=True, metavar="DB")
    token.set_defaults(handler=_admin_token)


def _keygen(args: Any) -> int:
    from wire import generate_config_keypair

    if args.key.exists():
        print(f"{args.key} exists: not overwritten", file=sys.stderr)
        return 1
    private_pem, public = generate_config_keypair()
    fd = os.open(args.key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    print(public)
    return 0


def _sign(args: Any) -> int:
    from kiosk.clock import system_clock
    from kiosk.config import ConfigError, read_config_file, validate_config_data
    from kiosk.fleetconfig import LOCAL_ONLY
    from wire import ConfigDocument, sign_config

    try:
        settings = read_config_file(args.settings)
        validate_config_data(settings, args.settings)  # the rules the kiosks will apply
    except ConfigError as exc:
        print(f"{exc.path}: cấu hình không hợp lệ (invalid configuration)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    local_only = [s for s in LOCAL_ONLY if s in settings]
    if local_only:
        print(f"only kiosk.toml may set: {', '.join(local_only)}", file=sys.stderr)
        return 1
    document = ConfigDocument(
        serial=args.serial,
        issued_at=system_clock().now_utc().strftime("%Y-%m-%dT%H:%M:%SZ"),
        settings=settings,
        kiosks=tuple(args.kiosk),
        groups=tuple(args.group),
    )
    envelope = sign_config(document, args.key.read_bytes())
    args.out.write_text(json.dumps(envelope, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.out}: document {args.serial} signed")
    return 0


def _publish(args: Any) -> int:
    import requests

    token = (
        args.token_file.read_text(encoding="utf-8").strip()
        if args.token_file
        else os.environ.get(_ADMIN_ENV, "")
    )
    if not token:
        print(f"no admin token: give --token-file or set ${_ADMIN_ENV}", file=sys.stderr)
        return 2
    from sync import InsecurePortalError, check_portal_url

    try:
        base = check_portal_url(args.portal)  # the token never travels in clear
    except InsecurePortalError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    envelope = json.loads(args.document.read_text(encoding="utf-8"))
    resp = requests.post(
        base + "/v1/fleet/config",
        json=envelope,
        headers={"Authorization": f"Bearer {token}"},
        timeout=(10, 30),
        verify=args.ca_bundle or True,
        allow_redirects=False,
    )
    if resp.status_code != 201:
        print(f"refused: HTTP {resp.status_code} {resp.text[:300]}", file=sys.stderr)
        return 1
    print(f"published document {resp.json().get('serial')}")
    return 0


def _admin_token(args: Any) -> int:
    from portal import PortalDB, set_admin_token

    token = secrets.token_urlsafe(32)
    db = PortalDB(args.db)
    try:
        set_admin_token(db, token)
    finally:
        db.close()
    print(token)
    return 0
