"""PINs: policy, Argon2id hashing, and staff sign-in with lock-out and audit entries."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.crypto import DataCipher
from kiosk.security import (
    VIETNAM_TZ,
    AuthError,
    PinPolicyError,
    StaffDirectory,
    StaffError,
    check_pin_policy,
    hash_pin,
    verify_pin,
)
from kiosk.store import Store, open_store

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 08:00 in Hanoi


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = open_store(data_dir, DataCipher(secrets.token_bytes(32)))
    yield s
    s.close()


class Ticks:
    """A monotonic clock the test moves by hand, in step with the ``now`` it passes."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def staff(store: Store, ticks: Ticks) -> StaffDirectory:
    directory = StaffDirectory(store, max_attempts=3, lockout_s=600, monotonic=ticks)
    directory.add_staff("nv01", "Lê Thị Hồng Nhung", "staff", "482915")
    directory.add_staff("qt01", "Phạm Quốc Khánh", "admin", "730146")
    return directory


def _audit(store: Store) -> list[tuple[str, str, str | None, dict[str, object]]]:
    rows = store.query("SELECT actor, action, subject, detail FROM audit_events ORDER BY seq")
    return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


@pytest.mark.parametrize(
    "pin",
    [
        "0000",
        "1111",
        "1234",
        "4321",
        "0123",
        "98765",
        "1212",
        "123123",
        "2580",
        "1990",
        "2024",
        "12345678",
        "abc1",
        "12 34",
        "123",
        "123456789",
        "١٢٣٤٥",
        "",
    ],
)
def test_policy_rejects_malformed_and_trivial_pins(pin: str) -> None:
    with pytest.raises(PinPolicyError) as info:
        check_pin_policy(pin)
    assert info.value.message and info.value.message_en


@pytest.mark.parametrize("pin", ["4829", "482915", "73014625", "5071"])
def test_policy_accepts_reasonable_pins(pin: str) -> None:
    check_pin_policy(pin)


def test_hash_is_argon2id_salted_and_verifies() -> None:
    first, second = hash_pin("482915"), hash_pin("482915")
    assert first.startswith("$argon2id$") and "m=65536" in first
    assert first != second, "each hash has its own salt"
    assert verify_pin(first, "482915")
    assert not verify_pin(first, "482916")
    assert not verify_pin("not a hash", "482915")
    with pytest.raises(PinPolicyError):
        hash_pin("0000")


def test_sign_in_and_audit_names_only_the_staff_id(store: Store, staff: StaffDirectory) -> None:
    member = staff.authenticate("nv01", "482915", now=T0)
    assert (member.staff_id, member.display_name, member.is_admin) == (
        "nv01",
        "Lê Thị Hồng Nhung",
        False,
    )
    staff.sign_out("nv01", reason="idle")
    actions = [(a, s) for _, a, s, _ in _audit(store)]
    assert ("staff.signed_in", "nv01") in actions and ("staff.signed_out", "nv01") in actions
    audit_text = json.dumps(_audit(store), ensure_ascii=False)
    for secret in ("482915", "Nhung", "Lê Thị"):
        assert secret not in audit_text


def test_name_and_pin_hash_are_encrypted_at_rest(store: Store, staff: StaffDirectory) -> None:
    row = store.query("SELECT display_name, pin_hash FROM staff WHERE staff_id = 'nv01'")[0]
    assert row[0].startswith("enc1:") and "Nhung" not in row[0]
    assert row[1].startswith("enc1:") and "argon2" not in row[1]
    assert [m.display_name for m in staff.list_staff()] == ["Lê Thị Hồng Nhung", "Phạm Quốc Khánh"]


def test_wrong_pins_count_down_then_lock_until_local_time(
    store: Store, staff: StaffDirectory, ticks: Ticks
) -> None:
    for left in (2, 1):
        with pytest.raises(AuthError) as info:
            staff.authenticate("nv01", "111000", now=T0)
        assert info.value.attempts_left == left
        assert f"còn {left} lần thử" in info.value.message
    with pytest.raises(AuthError) as info:
        staff.authenticate("nv01", "111000", now=T0)
    until = info.value.locked_until
    assert until == T0 + timedelta(seconds=600)
    assert "khoá" in info.value.message and "08:10" in info.value.message
    assert until is not None and until.astimezone(VIETNAM_TZ).strftime("%H:%M") == "08:10"
    # While locked even the right PIN is refused, and the refusal is audited.
    ticks.value += 599
    with pytest.raises(AuthError) as info:
        staff.authenticate("nv01", "482915", now=T0 + timedelta(seconds=599))
    assert info.value.locked_until == until
    # After the lock lifts the right PIN works and a full set of attempts is back.
    ticks.value += 2
    assert staff.authenticate("nv01", "482915", now=T0 + timedelta(seconds=601)).staff_id == "nv01"
    with pytest.raises(AuthError) as info:
        staff.authenticate("nv01", "111000", now=T0 + timedelta(seconds=602))
    assert info.value.attempts_left == 2
    actions = [a for _, a, _, _ in _audit(store)]
    assert actions.count("staff.locked_out") == 1
    assert actions.count("staff.signin_failed") == 4
    locked = [d for _, a, _, d in _audit(store) if a == "staff.signin_failed"]
    assert {"reason": "locked"} in locked
    assert store.verify_audit()[0]


def test_failures_survive_a_new_directory_and_store(data_dir: Path) -> None:
    key = secrets.token_bytes(32)
    store = open_store(data_dir, DataCipher(key))
    StaffDirectory(store).add_staff("nv01", "Lê Thị Hồng Nhung", "staff", "482915")
    for _ in range(2):
        with pytest.raises(AuthError):
            StaffDirectory(store, max_attempts=3).authenticate("nv01", "000111", now=T0)
    store.close()
    again = open_store(data_dir, DataCipher(key))
    try:
        with pytest.raises(AuthError) as info:
            StaffDirectory(again, max_attempts=3).authenticate("nv01", "000111", now=T0)
        assert info.value.locked_until is not None, "the count was committed, not rolled back"
    finally:
        again.close()


def test_unknown_id_gets_the_same_message_and_audit_keeps_no_input(
    store: Store, staff: StaffDirectory
) -> None:
    with pytest.raises(AuthError) as unknown:
        staff.authenticate("Nguyễn Văn An", "482915", now=T0)
    assert "không đúng" in unknown.value.message
    last = _audit(store)[-1]
    assert last == ("unknown", "staff.signin_failed", None, {"reason": "unknown_id"})


def test_admin_required_refuses_staff(store: Store, staff: StaffDirectory) -> None:
    with pytest.raises(AuthError) as info:
        staff.authenticate("nv01", "482915", now=T0, require_admin=True)
    assert "quản trị viên" in info.value.message
    assert staff.authenticate("qt01", "730146", now=T0, require_admin=True).is_admin


def test_add_staff_validates(staff: StaffDirectory) -> None:
    with pytest.raises(StaffError):
        staff.add_staff("nv01", "Someone Else", "staff", "482915")
    with pytest.raises(StaffError):
        staff.add_staff("nv 02", "Someone", "staff", "482915")
    with pytest.raises(StaffError):
        staff.add_staff("nv02", "Someone", "root", "482915")
    with pytest.raises(PinPolicyError):
        staff.add_staff("nv02", "Someone", "staff", "1111")


def test_set_pin_lifts_lock(staff: StaffDirectory) -> None:
    for _ in range(3):
        with pytest.raises(AuthError):
            staff.authenticate("nv01", "000111", now=T0)
    staff.set_pin("nv01", "395017", actor="qt01")
    assert staff.authenticate("nv01", "395017", now=T0).staff_id == "nv01"


def test_from_config_uses_security_settings(store: Store) -> None:
    cfg = KioskConfig.model_validate({"security": {"pin_max_attempts": 2, "pin_lockout_s": 60}})
    directory = StaffDirectory.from_config(store, cfg)
    assert (directory.max_attempts, directory.lockout_s) == (2, 60)
