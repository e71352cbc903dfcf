"""Sealing to the portal's key: round trip, the kiosk cannot read it back, tampering fails."""

from __future__ import annotations

import base64
import copy
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from wire import (
    SEAL_ALG,
    SealError,
    generate_portal_keypair,
    key_fingerprint,
    load_portal_private_key,
    seal,
    unseal,
)

PAYLOAD = json.dumps(
    {"requester_full_name": "Nguyễn Thị Ánh Tuyết", "id_number": "001190012345"},
    ensure_ascii=False,
).encode()


@pytest.fixture(scope="module")
def portal() -> tuple[bytes, bytes]:
    return generate_portal_keypair()


@pytest.fixture(scope="module")
def other_portal() -> tuple[bytes, bytes]:
    return generate_portal_keypair()


def test_round_trip_with_aad(portal: tuple[bytes, bytes]) -> None:
    private, public = portal
    envelope = seal(PAYLOAD, public, aad=b"idem-123")
    assert json.loads(json.dumps(envelope)) == envelope, "the envelope is JSON-able"
    assert envelope["v"] == 1 and envelope["alg"] == SEAL_ALG == "RSA-OAEP-256+A256GCM"
    assert envelope["kid"] == key_fingerprint(public) and len(envelope["kid"]) == 64
    assert unseal(envelope, private) == PAYLOAD
    assert unseal(envelope, private, expected_aad=b"idem-123") == PAYLOAD
    with pytest.raises(SealError):
        unseal(envelope, private, expected_aad=b"idem-456")


def test_envelope_holds_no_plaintext_and_fresh_key_each_time(portal: tuple[bytes, bytes]) -> None:
    _, public = portal
    a, b = seal(PAYLOAD, public), seal(PAYLOAD, public)
    text = json.dumps(a, ensure_ascii=False)
    assert "Tuyết" not in text and "001190012345" not in text
    assert a["ek"] != b["ek"] and a["iv"] != b["iv"] and a["ct"] != b["ct"]
    assert len(base64.b64decode(a["ek"])) == 3072 // 8


def test_private_key_is_rsa_3072_and_password_protection_works() -> None:
    private, public = generate_portal_keypair(password=b"portal-secret")
    assert b"ENCRYPTED PRIVATE KEY" in private
    key = serialization.load_pem_private_key(private, password=b"portal-secret")
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size == 3072
    envelope = seal(b"x", public)
    assert unseal(envelope, private, password=b"portal-secret") == b"x"
    with pytest.raises(SealError):
        unseal(envelope, private, password=b"wrong")


def test_wrong_portal_key_is_refused(
    portal: tuple[bytes, bytes], other_portal: tuple[bytes, bytes]
) -> None:
    envelope = seal(PAYLOAD, portal[1])
    with pytest.raises(SealError, match="different portal key"):
        unseal(envelope, other_portal[0])
    # Even if the kid is forged to match, the wrapped key does not open.
    forged = {**envelope, "kid": key_fingerprint(other_portal[1])}
    with pytest.raises(SealError):
        unseal(forged, other_portal[0])


def _flip(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("field", ["ek", "iv", "ct", "aad"])
def test_any_altered_byte_fails(portal: tuple[bytes, bytes], field: str) -> None:
    private, public = portal
    envelope = seal(PAYLOAD, public, aad=b"application-42")
    tampered = copy.deepcopy(envelope)
    tampered[field] = _flip(tampered[field])
    with pytest.raises(SealError):
        unseal(tampered, private)


@pytest.mark.parametrize(
    "change",
    [
        {"v": 2},
        {"alg": "RSA1_5+A128CBC"},
        {"ct": "not base64!"},
        {"iv": base64.b64encode(b"short").decode()},
        {"ek": None},
    ],
)
def test_malformed_envelopes_raise_seal_error(
    portal: tuple[bytes, bytes], change: dict[str, object]
) -> None:
    private, public = portal
    envelope = {**seal(b"x", public), **change}
    with pytest.raises(SealError):
        unseal(envelope, private)


def test_bad_public_keys_are_refused() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    small_pem = small.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(SealError, match="too small"):
        seal(b"x", small_pem)
    with pytest.raises(SealError):
        seal(b"x", b"-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n")
    with pytest.raises(SealError):
        unseal([], b"")  # type: ignore[arg-type]


def test_a_loaded_key_opens_many_envelopes(portal: tuple[bytes, bytes]) -> None:
    private, public = portal
    key = load_portal_private_key(private)
    envelopes = [seal(f"app {i}".encode(), public, aad=f"k{i}".encode()) for i in range(5)]
    opened = [unseal(e, key, expected_aad=f"k{i}".encode()) for i, e in enumerate(envelopes)]
    assert opened == [f"app {i}".encode() for i in range(5)]
    with pytest.raises(SealError):
        load_portal_private_key(public)
