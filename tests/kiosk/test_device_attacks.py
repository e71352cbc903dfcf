"""The portal settings in ``kiosk.db`` cannot be swapped by someone without the data key.

Applications are sealed to the portal public key stored at enrolment and sent to
the stored portal URL. With write access to the database alone, an attacker
used to replace both with their own and receive every new application sealed to
them. The settings now carry a MAC under the data key; a swapped value is not used.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.crypto import DataCipher
from kiosk.services import PORTAL_PUBLIC_KEY_SETTING, seal_backlog
from kiosk.store import Store, open_store
from kiosk.store._devicemac import DEVICE_MAC_MIGRATION
from wire import generate_portal_keypair

HONEST_URL = "https://dichvucong.hanoi.gov.vn/kiosk"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture(scope="module")
def honest_key() -> str:
    return generate_portal_keypair()[1].decode()


@pytest.fixture(scope="module")
def attacker_key() -> str:
    return generate_portal_keypair()[1].decode()


@pytest.fixture
def store(data_dir: Path, key: bytes, honest_key: str) -> Iterator[Store]:
    s = open_store(data_dir, DataCipher(key))
    s.set_device("portal_url", HONEST_URL)
    s.set_device(PORTAL_PUBLIC_KEY_SETTING, honest_key)
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


def test_settings_written_by_the_kiosk_read_back(store: Store, honest_key: str) -> None:
    assert store.get_device("portal_url") == HONEST_URL
    assert store.get_device(PORTAL_PUBLIC_KEY_SETTING) == honest_key


def test_a_swapped_public_key_is_not_used_to_seal(
    store: Store, data_dir: Path, key: bytes, attacker_key: str
) -> None:
    store.close()
    _raw(data_dir, "UPDATE device SET value = ? WHERE key = ?", (attacker_key, "portal_public_key"))
    again = _reopened(data_dir, key)
    try:
        assert again.get_device(PORTAL_PUBLIC_KEY_SETTING) is None
        # The backlog pass falls back to the stored key and finds none it may use.
        assert seal_backlog(again) == 0
    finally:
        again.close()


def test_a_swapped_url_is_not_used(store: Store, data_dir: Path, key: bytes) -> None:
    store.close()
    _raw(
        data_dir,
        "UPDATE device SET value = ? WHERE key = 'portal_url'",
        ("https://attacker.example/kiosk",),
    )
    again = _reopened(data_dir, key)
    try:
        assert again.get_device("portal_url") is None
    finally:
        again.close()


def test_a_mac_moved_from_another_setting_does_not_fit(
    store: Store, data_dir: Path, key: bytes
) -> None:
    store.set_device("portal_kiosk_id", HONEST_URL)  # same value as the URL, other name
    store.close()
    _raw(data_dir, "DELETE FROM device WHERE key = 'portal_url.mac'")
    _raw(
        data_dir,
        "INSERT INTO device (key, value) SELECT 'portal_url.mac', value FROM device"
        " WHERE key = 'portal_kiosk_id.mac'",
    )
    again = _reopened(data_dir, key)
    try:
        assert again.get_device("portal_kiosk_id") == HONEST_URL
        assert again.get_device("portal_url") is None
    finally:
        again.close()


def test_a_deleted_mac_is_not_adopted_again(store: Store, data_dir: Path, key: bytes) -> None:
    store.close()
    _raw(data_dir, "DELETE FROM device WHERE key = 'portal_public_key.mac'")
    again = _reopened(data_dir, key)
    try:
        assert again.get_device(PORTAL_PUBLIC_KEY_SETTING) is None
    finally:
        again.close()


def test_an_older_kiosk_keeps_its_enrolment_once(
    store: Store, data_dir: Path, key: bytes, honest_key: str, attacker_key: str
) -> None:
    store.close()
    # As the database was before the MACs: no MAC rows, the migration not recorded.
    _raw(data_dir, "DELETE FROM device WHERE key LIKE '%.mac'")
    _raw(data_dir, "DELETE FROM schema_migrations WHERE version = ?", (DEVICE_MAC_MIGRATION,))
    upgraded = _reopened(data_dir, key)
    try:
        assert upgraded.get_device(PORTAL_PUBLIC_KEY_SETTING) == honest_key
        assert upgraded.get_device("portal_url") == HONEST_URL
    finally:
        upgraded.close()
    _raw(data_dir, "UPDATE device SET value = ? WHERE key = ?", (attacker_key, "portal_public_key"))
    later = _reopened(data_dir, key)
    try:
        assert later.get_device(PORTAL_PUBLIC_KEY_SETTING) is None
    finally:
        later.close()
