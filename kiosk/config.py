"""Kiosk configuration: one TOML file, validated strictly, embedded defaults for everything.

``load_config`` reads ``<data dir>/kiosk.toml`` when it exists (or an explicit
path). Unknown keys, wrong types and bad values are errors, each named with its
dotted path, so a technician's typo never silently falls back to a default.
"""

from __future__ import annotations

import functools
import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kiosk.clock import DEFAULT_TIME_ZONE, time_zone
from kiosk.workdays import WorkingCalendar

__all__ = [
    "CONFIG_FILENAME",
    "ConfigError",
    "FleetSection",
    "KioskConfig",
    "PaymentSection",
    "PrinterSection",
    "ResultsSection",
    "UpdateSection",
    "load_config",
]

CONFIG_FILENAME = "kiosk.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class KioskSection(_Section):
    """Who this kiosk is: printed on every receipt."""

    name: str = "Điểm phục vụ hành chính công"
    agency_name: str = "UBND phường Ba Đình"
    agency_id: str = "000.00.01.H26"
    one_stop_unit: str = "Bộ phận Một cửa"
    result_place: str = "Bộ phận Một cửa, UBND phường Ba Đình, Hà Nội"
    commune_code: str = "00004"
    province_code: str = "01"
    language: Literal["vi", "en"] = "vi"
    time_zone: str = DEFAULT_TIME_ZONE
    """IANA zone of the service point: local dates on codes, receipts, due dates, dashboard."""

    extra_holidays: str = ""
    """Days off announced after the installed holiday table: ISO dates, space-separated."""
    extra_working_days: str = ""
    """Weekend days worked in exchange for a day off, announced likewise."""

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        time_zone(value)  # raises ValueError with a plain message
        return value

    @field_validator("extra_holidays", "extra_working_days")
    @classmethod
    def _iso_dates(cls, value: str) -> str:
        return " ".join(d.isoformat() for d in parse_dates(value))

    def working_calendar(self) -> WorkingCalendar:
        """The working days of this service point (weekends, holidays, announced swaps)."""
        return _working_calendar(self.extra_holidays, self.extra_working_days)


@functools.lru_cache(maxsize=8)
def _working_calendar(extra_holidays: str, extra_working_days: str) -> WorkingCalendar:
    # One calendar per setting: it caches each year's holiday table.
    return WorkingCalendar(parse_dates(extra_holidays), parse_dates(extra_working_days))


def parse_dates(text: str) -> list[date]:
    """ISO dates separated by spaces or commas ("2027-02-04, 2027-02-05").

    Raises:
        ValueError: a word that is not a YYYY-MM-DD date (named in the message).
    """
    days = []
    for word in text.replace(",", " ").split():
        try:
            days.append(date.fromisoformat(word))
        except ValueError:
            raise ValueError(
                f"không phải ngày dạng YYYY-MM-DD (not a YYYY-MM-DD date): {word!r}"
            ) from None
    return sorted(set(days))


class PortalSection(_Section):
    """The public-service portal; an empty URL starts the embedded reference portal."""

    url: str = ""
    timeout_s: float = Field(default=15.0, gt=0, le=300)
    ca_bundle: str = ""
    sync_interval_s: float = Field(default=30.0, gt=0, le=3600)

    @field_validator("url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("phải bắt đầu bằng https:// (must start with https://)")
        return value.rstrip("/")


class SessionSection(_Section):
    """Session privacy: idle wipe timings."""

    idle_timeout_s: int = Field(default=120, ge=20, le=3600)
    warning_s: int = Field(default=20, ge=5, le=120)


class RetentionSection(_Section):
    """How long data stays on the kiosk."""

    delivered_days: int = Field(default=30, ge=0, le=3650)
    draft_hours: int = Field(default=72, ge=1, le=24 * 365)


class SecuritySection(_Section):
    """Where the data key lives; empty means the OS secret store or the default key file."""

    key_file: str = ""
    pin_max_attempts: int = Field(default=5, ge=1, le=20)
    pin_lockout_s: int = Field(default=300, ge=10, le=86400)


class UiSection(_Section):
    """Display defaults; residents can change them for their own session."""

    font_scale: int = Field(default=100, ge=100, le=200)
    high_contrast: bool = False
    voice: bool = True
    kiosk_mode: bool = False
    window_size: str = Field(default="", pattern=r"^(\d{3,5}x\d{3,5})?$")
    """Outside kiosk mode: "WIDTHxHEIGHT" in pixels, or empty to fill the screen."""


class PaymentSection(_Section):
    """The agency's account for fees paid by VietQR; all empty = no QR, fees paid at the counter."""

    bank_bin: str = Field(default="", pattern=r"^(\d{6})?$")
    """The bank's 6-digit NAPAS BIN (e.g. "970415" VietinBank), as published by the State Bank."""
    account_number: str = Field(default="", pattern=r"^[0-9A-Za-z]{0,19}$")
    """The agency's account number at that bank (up to 19 letters or digits)."""
    account_name: str = Field(default="", max_length=70)
    """The account holder as the bank shows it, printed beside the QR: who residents pay."""

    @model_validator(mode="after")
    def _all_or_nothing(self) -> PaymentSection:
        given = [bool(self.bank_bin), bool(self.account_number), bool(self.account_name.strip())]
        if any(given) and not all(given):
            raise ValueError(
                "cần đủ bank_bin, account_number và account_name, hoặc để trống cả ba "
                "(give all of bank_bin, account_number, account_name, or none)"
            )
        return self

    @property
    def enabled(self) -> bool:
        """True when fees can be paid by VietQR to the configured account."""
        return bool(self.bank_bin and self.account_number)


class ResultsSection(_Section):
    """Electronic results (issue 20): what a result's signature must chain to."""

    trust_root: str = ""
    """A PEM file of the CA certificate(s) that issue the portal's result-signing key.
    Empty: results are not offered at this kiosk (nothing unchecked is ever printed).
    A relative path is taken from the data dir."""

    def trust_root_path(self, data_dir: Path) -> Path | None:
        """The trust root's file, or ``None`` when none is configured."""
        if not self.trust_root.strip():
            return None
        path = Path(self.trust_root).expanduser()
        return path if path.is_absolute() else Path(data_dir) / path


class FleetSection(_Section):
    """The fleet: the key that signs configuration from the portal, and this kiosk's group.

    Set only in the kiosk's own ``kiosk.toml``: a document from the portal may not
    change whom the kiosk trusts (``kiosk.fleetconfig``).
    """

    config_public_key: str = ""
    """Ed25519 public key (base64 of 32 bytes, or PEM); empty = take no configuration from
    the portal."""
    group: str = Field(default="", pattern=r"^[A-Za-z0-9_.:-]{0,64}$")
    """The group this kiosk belongs to (a district, a building): documents can target it."""

    @field_validator("config_public_key")
    @classmethod
    def _ed25519_key(cls, value: str) -> str:
        if value.strip():
            from wire import load_config_public_key  # cryptography loads only when a key is set

            load_config_public_key(value)  # raises ValueError with a plain message
        return value.strip()


class PrinterSection(_Section):
    """The 80 mm thermal receipt printer (ESC/POS); "none" prints receipts A4 through the OS."""

    thermal: str = "none"
    """Where it is: "usb:VID:PID" (e.g. "usb:0x04b8:0x0e15"), "tcp:HOST:PORT"
    ("tcp:192.168.1.50:9100"), "file:/dev/usb/lp0", or "none"."""
    width_dots: int = Field(default=576, ge=256, le=832, multiple_of=8)
    """Printable width in dots: 576 for most 80 mm printers at 203 dpi, 512 for some."""
    native_qr: bool = True
    """The printer draws QR codes itself (GS ( k); False sends them as pictures."""
    profile: str = ""
    """A python-escpos printer profile name (e.g. "TM-T88V"); empty for the generic one."""
    timeout_s: float = Field(default=5.0, gt=0, le=60)
    """How long a network or USB printer may take to answer before printing fails."""

    @field_validator("thermal")
    @classmethod
    def _known_spec(cls, value: str) -> str:
        from kiosk.receipts import parse_printer_spec

        parse_printer_spec(value)  # raises ValueError with a plain message
        return value.strip()

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str) -> str:
        from kiosk.receipts import check_profile

        check_profile(value)
        return value

    @property
    def thermal_enabled(self) -> bool:
        """A thermal printer is configured: receipts print on it."""
        return self.thermal.strip().lower() != "none"


class UpdateSection(_Section):
    """Signed self-update (docs/install.md, "Publishing an update"); off unless enabled."""

    enabled: bool = False
    repository_url: str = ""
    """The TUF repository's base URL (it serves metadata/ and targets/)."""
    check_interval_s: int = Field(default=6 * 3600, ge=60, le=7 * 86400)
    install_dir: str = "/opt/commune-kiosk"
    """Where versions/<v>/ and the current symlink live."""
    root_file: str = ""
    """The repository's root.json given at install (empty: <install_dir>/tuf/metadata/root.json)."""
    timeout_s: float = Field(default=30.0, gt=0, le=300)
    ca_bundle: str = ""
    """PEM file with the repository's certificate authority when not in the system store."""

    @field_validator("repository_url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("phải bắt đầu bằng https:// (must start with https://)")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _url_when_enabled(self) -> UpdateSection:
        if self.enabled and not self.repository_url:
            raise ValueError("cần repository_url khi bật cập nhật (enabled needs repository_url)")
        return self


class KioskConfig(_Section):
    """The whole configuration."""

    kiosk: KioskSection = Field(default_factory=KioskSection)
    portal: PortalSection = Field(default_factory=PortalSection)
    session: SessionSection = Field(default_factory=SessionSection)
    retention: RetentionSection = Field(default_factory=RetentionSection)
    security: SecuritySection = Field(default_factory=SecuritySection)
    ui: UiSection = Field(default_factory=UiSection)
    payment: PaymentSection = Field(default_factory=PaymentSection)
    results: ResultsSection = Field(default_factory=ResultsSection)
    fleet: FleetSection = Field(default_factory=FleetSection)
    printer: PrinterSection = Field(default_factory=PrinterSection)
    update: UpdateSection = Field(default_factory=UpdateSection)


class ConfigError(Exception):
    """The configuration file is invalid; ``problems`` lists one plain line per problem."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


def load_config(data_dir: Path, path: Path | None = None) -> KioskConfig:
    """Load the config from ``path`` or ``<data_dir>/kiosk.toml``; defaults when absent.

    Raises:
        ConfigError: syntax error (with its line), unknown key, wrong type or bad value.
    """
    target = path if path is not None else data_dir / CONFIG_FILENAME
    if path is None:  # the kiosk's own configuration: the portal's document under kiosk.toml
        from kiosk.fleetconfig import load_layered

        return load_layered(data_dir, target)
    return validate_config_data(read_config_file(target), target)


def read_config_file(target: Path) -> dict[str, object]:
    """The parsed TOML of ``target``.

    Raises:
        ConfigError: missing, unreadable, or a syntax error (with its line).
    """
    if not target.exists():
        raise ConfigError(target, ["không tìm thấy tệp (file not found)"])
    try:
        raw = tomllib.loads(target.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(target, [f"lỗi cú pháp TOML (syntax error): {exc}"]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(target, [f"không đọc được tệp (cannot read): {exc}"]) from exc
    return raw


def validate_config_data(raw: dict[str, object], source: Path) -> KioskConfig:
    """Validate already-parsed TOML data; raise ``ConfigError`` naming every problem."""
    try:
        return KioskConfig.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                problems.append(f"{where}: khoá không hợp lệ (unknown key)")
            else:
                problems.append(f"{where}: {err['msg']} (value {err.get('input')!r})")
        raise ConfigError(source, problems) from exc
