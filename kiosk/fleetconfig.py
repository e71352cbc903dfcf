"""Configuration from the portal: a signed document layered under the kiosk's own kiosk.toml.

Precedence: embedded defaults < the portal's document < the local ``kiosk.toml``.
The technician at a service point has the last word over the fleet's settings (a
printer, a window size that only this site needs) and can see what is local with
``kiosk config show --origin``. The document is signed with Ed25519 by the fleet
administrator; the kiosk trusts the key in its own ``fleet.config_public_key`` and
nothing the portal sends can change that key (``fleet.*`` and ``security.*`` are
local only).

A document is applied only when its signature verifies, it targets this kiosk,
its serial is above the applied one (no replays), and it passes the same rules as
``kiosk config validate``, alone and merged with kiosk.toml. The last good one is
kept in ``<data dir>/portal-config.json`` (a file, not the store: the configuration
is read before the store opens) with the last refusal, which the health report
carries to the fleet page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config import (
    CONFIG_FILENAME,
    ConfigError,
    FleetSection,
    KioskConfig,
    read_config_file,
    validate_config_data,
)

_log = logging.getLogger(__name__)

PORTAL_CONFIG_FILENAME = "portal-config.json"
LOCAL_ONLY = ("fleet", "security")
"""Sections a portal document may not set: whom the kiosk trusts, where its data key lives."""


@dataclass(frozen=True)
class Layers:
    """The effective configuration and where each part came from."""

    config: KioskConfig
    local: dict[str, Any]
    portal: dict[str, Any] | None
    """The applied document's settings (``None`` when none is in effect)."""
    serial: int | None


@dataclass(frozen=True)
class Outcome:
    """What became of a document the portal sent."""

    applied: bool
    serial: int | None
    problem: str | None = None
    config: KioskConfig | None = None
    repeated: bool = False
    """The same document was refused before (against the same kiosk.toml): nothing new."""


def merged(portal: dict[str, Any], local: dict[str, Any]) -> dict[str, Any]:
    """``portal`` with ``local`` laid over it, section by section."""
    out: dict[str, Any] = {k: dict(v) if isinstance(v, dict) else v for k, v in portal.items()}
    for section, values in local.items():
        if isinstance(values, dict) and isinstance(out.get(section), dict):
            out[section] = {**out[section], **values}
        else:
            out[section] = values
    return out


def read_state(data_dir: Path) -> dict[str, Any]:
    """The stored document state (``envelope``, ``serial``, ``refused``); empty when none."""
    try:
        state = json.loads((data_dir / PORTAL_CONFIG_FILENAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        _log.error("cannot read %s: %s", PORTAL_CONFIG_FILENAME, type(exc).__name__)
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(data_dir: Path, state: dict[str, Any]) -> None:
    target = data_dir / PORTAL_CONFIG_FILENAME
    tmp = target.with_suffix(".tmp")
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(state, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _local(target: Path) -> tuple[dict[str, Any], FleetSection]:
    local: dict[str, Any] = read_config_file(target) if target.exists() else {}
    try:
        fleet = FleetSection.model_validate(local.get("fleet") or {})
    except ValueError:
        validate_config_data(local, target)  # raises ConfigError naming the problem
        raise
    return local, fleet


def _verified_settings(state: dict[str, Any], key_text: str) -> dict[str, Any] | None:
    envelope = state.get("envelope")
    if not key_text or envelope is None:
        return None
    from wire import ConfigSignatureError, MessageError, load_config_public_key, verify_config

    try:
        return verify_config(envelope, load_config_public_key(key_text)).settings
    except (ConfigSignatureError, MessageError, ValueError):
        # The trusted key changed, or the file was edited: the document no longer counts.
        _log.error("the stored portal configuration does not verify with fleet.config_public_key")
        return None


def resolve_layers(data_dir: Path, target: Path | None = None) -> Layers:
    """The kiosk's configuration with its layers.

    A stored document that no longer fits (kiosk.toml was edited since) is set aside
    with an error in the log: the kiosk still starts on defaults and kiosk.toml.

    Raises:
        ConfigError: kiosk.toml itself is invalid.
    """
    target = target or data_dir / CONFIG_FILENAME
    local, fleet = _local(target)
    state = read_state(data_dir)
    settings = _verified_settings(state, fleet.config_public_key)
    if settings is not None:
        try:
            config = validate_config_data(merged(settings, local), target)
            return Layers(config, local, settings, int(state.get("serial") or 0))
        except ConfigError as exc:
            _log.error("the portal's configuration does not fit kiosk.toml: %s", exc.problems)
    return Layers(validate_config_data(local, target), local, None, None)


def load_layered(data_dir: Path, target: Path) -> KioskConfig:
    """``load_config``'s answer for the data dir's own configuration."""
    return resolve_layers(data_dir, target).config


def applied_serial(data_dir: Path) -> int | None:
    """The serial of the document in effect (``None`` if none was ever applied)."""
    serial = read_state(data_dir).get("serial")
    return serial if isinstance(serial, int) else None


def last_refusal(data_dir: Path) -> str | None:
    """Why the newest document the portal sent was refused, if it was (for the health report)."""
    state = read_state(data_dir)
    refused = state.get("refused")
    if not isinstance(refused, dict):
        return None
    return str(refused.get("problem") or "") or None


def accept_document(data_dir: Path, envelope: Any, *, kiosk_id: str | None, now: str) -> Outcome:
    """Verify, check and apply a document from the portal, or refuse it (and remember why).

    ``now`` (UTC ISO) dates the record. Never raises for a bad document: the refusal
    is logged and kept for the health report; the last good document stays.
    """
    from wire import ConfigSignatureError, MessageError, load_config_public_key, verify_config

    target = data_dir / CONFIG_FILENAME
    state = read_state(data_dir)
    current = state.get("serial") if isinstance(state.get("serial"), int) else None
    found = state.get("refused")
    refused: dict[str, Any] = found if isinstance(found, dict) else {}
    signature = envelope.get("signature") if isinstance(envelope, dict) else None
    serial: int | None = None
    try:
        local, fleet = _local(target)
        # The same document against the same kiosk.toml is refused once, not every cycle.
        local_digest = hashlib.sha256(
            json.dumps(local, sort_keys=True, default=str).encode()
        ).hexdigest()
        seen = (signature, local_digest)
        if signature is not None and tuple(refused.get("seen") or ()) == seen:
            return Outcome(False, current, refused.get("problem"), repeated=True)  # no new log
        if not fleet.config_public_key:
            raise _RefusedError("no trusted key: set fleet.config_public_key in kiosk.toml")
        try:
            document = verify_config(envelope, load_config_public_key(fleet.config_public_key))
        except ConfigSignatureError:
            raise _RefusedError("bad signature: not signed by the key this kiosk trusts") from None
        except MessageError as exc:
            raise _RefusedError(f"malformed document: {exc}") from None
        serial = document.serial
        if current is not None and document.serial <= current:
            raise _RefusedError(f"serial {document.serial} is not above the applied {current}")
        if not document.targets(kiosk_id, fleet.group):
            raise _RefusedError(f"serial {document.serial} is not meant for this kiosk")
        forbidden = [s for s in LOCAL_ONLY if s in document.settings]
        if forbidden:
            raise _RefusedError(f"sections set only in kiosk.toml: {', '.join(forbidden)}")
        source = Path(f"portal configuration {document.serial}")
        try:
            validate_config_data(document.settings, source)
            config = validate_config_data(merged(document.settings, local), target)
        except ConfigError as exc:
            raise _RefusedError(f"invalid: {'; '.join(exc.problems)}") from None
    except ConfigError as exc:  # kiosk.toml itself is broken: nothing can be judged
        problem = f"kiosk.toml invalid: {'; '.join(exc.problems)}"
        _log.error("portal configuration not applied: %s", problem)
        return Outcome(False, current, problem)
    except _RefusedError as exc:
        problem = str(exc)
        _log.error("portal configuration refused: %s", problem)
        state["refused"] = {"serial": serial, "seen": list(seen), "problem": problem, "at": now}
        _write_state(data_dir, state)
        return Outcome(False, current, problem)
    _write_state(
        data_dir,
        {"envelope": envelope, "serial": document.serial, "applied_at": now, "refused": None},
    )
    _log.info("portal configuration %d applied", document.serial)
    return Outcome(True, document.serial, None, config)


class _RefusedError(Exception):
    """A document this kiosk will not apply (the message says why, for the log and report)."""


def origins(data_dir: Path) -> list[tuple[str, Any, str]]:
    """Every setting as ``(dotted key, value, origin)``: ``default``, ``portal:<serial>`` or
    ``kiosk.toml``.

    Raises:
        ConfigError: kiosk.toml is invalid.
    """
    layers = resolve_layers(data_dir)
    out = []
    for section_name in KioskConfig.model_fields:
        section = getattr(layers.config, section_name)
        local = layers.local.get(section_name) or {}
        portal = (layers.portal or {}).get(section_name) or {}
        for key in type(section).model_fields:
            if key in local:
                origin = CONFIG_FILENAME
            elif key in portal:
                origin = f"portal:{layers.serial}"
            else:
                origin = "default"
            out.append((f"{section_name}.{key}", getattr(section, key), origin))
    return out
