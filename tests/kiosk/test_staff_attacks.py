"""Issue 19, attacks 3 and 5: staff rows changed without the key, the clock, guessing ids.

Someone with write access to ``kiosk.db`` (not the key) used to make themselves
admin with ``UPDATE staff SET role='admin'`` or a plain Argon2 hash of their own
PIN; moving the clock 301 s forward lifted a lock-out; and a real staff id
answered "locked" on the 5th wrong PIN while a made-up one never did.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import kiosk.security._staff as staff_module
from kiosk.crypto import DataCipher
from kiosk.security import AuthError, StaffDirectory, hash_pin
from kiosk.store import Store, open_store
from kiosk.store._staffmac import STAFF_MAC_MIGRATION

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
STAFF_PIN, ADMIN_PIN = "482915", "730146"


class Ticks:
    def __init__(self) -> None:
        self.value = 50.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def store(data_dir: Path, key: bytes) -> Iterator[Store]:
    s = open_store(data_dir, DataCipher(key))
    directory = StaffDirectory(s)
    directory.add_staff("nv01", "Lê Thị Hồng Nhung", "staff", STAFF_PIN)
    directory.add_staff("qt01", "Phạm Quốc Khánh", "admin", ADMIN_PIN)
    yield s
    s.close()


def _raw(data_dir: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(data_dir / "kiosk.db")
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _reopened(data_dir: Path, key: bytes) -> Store:
    return open_store(data_dir, DataCipher(key))


TAMPERING = {
    "made admin": "UPDATE staff SET role = 'admin' WHERE staff_id = 'nv01'",
    "own plain hash": "UPDATE staff SET pin_hash = :hash WHERE staff_id = 'nv01'",
    "admin's sealed hash copied": "UPDATE staff SET pin_hash ="
    " (SELECT pin_hash FROM staff WHERE staff_id = 'qt01') WHERE staff_id = 'nv01'",
    "mac removed": "UPDATE staff SET mac = NULL, role = 'admin' WHERE staff_id = 'nv01'",
}


@pytest.mark.parametrize("attack", sorted(TAMPERING))
def test_staff_row_changed_without_the_key_is_refused(
    store: Store, data_dir: Path, key: bytes, attack: str
) -> None:
    store.close()
    sql = TAMPERING[attack].replace(":hash", "?")
    _raw(data_dir, sql, (hash_pin("135792"),) if "?" in sql else ())
    again = _reopened(data_dir, key)
    try:
        directory = StaffDirectory(again)
        for pin in (STAFF_PIN, "135792", ADMIN_PIN):
            with pytest.raises(AuthError) as info:
                directory.authenticate("nv01", pin, now=T0, require_admin=True)
            assert "bị sửa bên ngoài kiosk" in info.value.message
        assert [m.staff_id for m in directory.list_staff()] == ["qt01"]
        assert directory.tampered_staff() == ["nv01"]
        assert directory.authenticate("qt01", ADMIN_PIN, now=T0, require_admin=True).is_admin
    finally:
        again.close()


def test_admin_created_by_insert_without_the_key_is_not_an_admin(
    store: Store, data_dir: Path, key: bytes
) -> None:
    store.close()
    _raw(
        data_dir,
        "INSERT INTO staff (staff_id, display_name, role, pin_hash, created_at)"
        " VALUES ('evil', 'x', 'admin', ?, '2026-01-01T00:00:00.000000Z')",
        (hash_pin("135792"),),
    )
    _raw(data_dir, "DELETE FROM staff WHERE staff_id = 'qt01'")
    again = _reopened(data_dir, key)
    try:
        directory = StaffDirectory(again)
        with pytest.raises(AuthError):
            directory.authenticate("evil", "135792", now=T0, require_admin=True)
        assert not directory.has_admin(), "first-run setup must ask for a real admin"
    finally:
        again.close()


def test_lock_counters_reset_in_the_database_do_not_unlock(
    store: Store, data_dir: Path, key: bytes
) -> None:
    directory = StaffDirectory(store, max_attempts=5, lockout_s=300)
    for _ in range(5):
        with pytest.raises(AuthError):
            directory.authenticate("qt01", "111000", now=T0)
    store.close()
    _raw(data_dir, "UPDATE staff SET failed_attempts = 0, locked_until = NULL")
    again = _reopened(data_dir, key)
    try:
        with pytest.raises(AuthError):
            StaffDirectory(again).authenticate("qt01", ADMIN_PIN, now=T0, require_admin=True)
    finally:
        again.close()


def test_moving_the_clock_forward_does_not_lift_a_lock(store: Store) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            StaffDirectory(store).authenticate("qt01", "111000", now=T0)
    for jump in (301, 3600, 86_400 * 30):  # the wall clock jumps; real time hardly passes
        with pytest.raises(AuthError) as info:
            StaffDirectory(store).authenticate(
                "qt01", ADMIN_PIN, now=T0 + timedelta(seconds=jump), require_admin=True
            )
        assert info.value.locked_until is not None


def test_the_lock_ends_after_real_time(store: Store) -> None:
    ticks = Ticks()
    for _ in range(5):
        with pytest.raises(AuthError):
            StaffDirectory(store, monotonic=ticks).authenticate("qt01", "111000", now=T0)
    ticks.value += 299
    with pytest.raises(AuthError):
        StaffDirectory(store, monotonic=ticks).authenticate("qt01", ADMIN_PIN, now=T0)
    ticks.value += 2  # five real minutes in all
    member = StaffDirectory(store, monotonic=ticks).authenticate(
        "qt01", ADMIN_PIN, now=T0 + timedelta(days=31), require_admin=True
    )
    assert member.is_admin


def test_after_the_limit_every_wrong_pin_locks_again(store: Store) -> None:
    """The count survives the lock: once at the limit, one try per lock-out period."""
    ticks = Ticks()
    directory = StaffDirectory(store, max_attempts=3, lockout_s=300, monotonic=ticks)
    for _ in range(3):
        with pytest.raises(AuthError):
            directory.authenticate("nv01", "111000", now=T0)
    ticks.value += 301
    with pytest.raises(AuthError) as info:
        directory.authenticate("nv01", "111000", now=T0 + timedelta(seconds=301))
    assert info.value.locked_until is not None, "a full new set of tries was given"
    ticks.value += 301
    assert directory.authenticate("nv01", STAFF_PIN, now=T0 + timedelta(seconds=602))


def test_rows_from_before_the_mac_are_adopted_once_at_the_upgrade(
    store: Store, data_dir: Path, key: bytes
) -> None:
    store.close()
    # As the database was before the MAC: no MAC column, its migration not recorded.
    _raw(data_dir, "UPDATE staff SET mac = NULL")
    _raw(data_dir, "DELETE FROM schema_migrations WHERE version = ?", (STAFF_MAC_MIGRATION,))
    _raw(data_dir, "ALTER TABLE staff DROP COLUMN mac")
    again = _reopened(data_dir, key)
    try:
        assert StaffDirectory(again).authenticate("nv01", STAFF_PIN, now=T0).staff_id == "nv01"
    finally:
        again.close()
    _raw(data_dir, "UPDATE staff SET role = 'admin' WHERE staff_id = 'nv01'")
    later = _reopened(data_dir, key)
    try:
        with pytest.raises(AuthError):
            StaffDirectory(later).authenticate("nv01", STAFF_PIN, now=T0, require_admin=True)
    finally:
        later.close()


def test_a_lock_survives_a_restart(data_dir: Path, store: Store, key: bytes) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            StaffDirectory(store, monotonic=Ticks()).authenticate("nv01", "111000", now=T0)
    store.close()
    again = _reopened(data_dir, key)
    try:
        fresh = Ticks()
        fresh.value = 9.0  # a new process: its own monotonic clock
        with pytest.raises(AuthError) as info:
            StaffDirectory(again, monotonic=fresh).authenticate(
                "nv01", STAFF_PIN, now=T0 + timedelta(seconds=10)
            )
        assert info.value.locked_until is not None
    finally:
        again.close()


def test_unknown_and_known_ids_answer_alike(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same message, attempts left and lock on each attempt; one Argon2 run each, none locked."""
    runs: list[str] = []
    real_verify, real_dummy = staff_module.verify_pin, staff_module.dummy_verify
    monkeypatch.setattr(
        staff_module, "verify_pin", lambda h, p: runs.append("verify") or real_verify(h, p)
    )
    monkeypatch.setattr(
        staff_module, "dummy_verify", lambda p: runs.append("verify") or real_dummy(p)
    )

    def answers(staff_id: str) -> list[tuple[str, int | None, bool, int]]:
        out = []
        for _ in range(7):  # a new directory per attempt, as the GUI makes
            before = len(runs)
            with pytest.raises(AuthError) as info:
                StaffDirectory(store).authenticate(staff_id, "111000", now=T0)
            err = info.value
            out.append(
                (err.message, err.attempts_left, err.locked_until is not None, len(runs) - before)
            )
        return out

    known, unknown = answers("nv01"), answers("nv99")
    assert known == unknown
    assert [locked for _, _, locked, _ in known] == [False] * 4 + [True] * 3
    assert [n for *_, n in known] == [1] * 5 + [0] * 2
