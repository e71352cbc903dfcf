"""Sealing a submitted application to the portal's public key (hybrid encryption, as ODK does).

Each application gets a fresh AES-256-GCM key; that key is wrapped with
RSA-OAEP (SHA-256, MGF1-SHA-256) under the portal's 3072-bit RSA key delivered
at enrolment. Once sealed, the kiosk holds no key that opens the envelope.

Why RSA-OAEP rather than X25519+HKDF: the portal side is typically a Java or
.NET service whose key may live in an HSM or a PKCS#11 token; RSA-OAEP-256 is
supported by all of them (and is what ODK uses), while X25519 key agreement
often is not. The envelope carries ``alg`` and ``v`` so a later version can
switch without ambiguity.

Envelope (all binary values base64, standard alphabet)::

    {"v": 1, "alg": "RSA-OAEP-256+A256GCM", "kid": "<sha256 of the public key DER>",
     "ek": "<wrapped AES key>", "iv": "<12-byte nonce>", "aad": "<caller's aad>",
     "ct": "<ciphertext with GCM tag>"}

The GCM associated data is ``"kiosk-seal" | v | alg | kid | aad``, so changing
any header field or the caller's aad makes :func:`unseal` fail.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "SEAL_ALG",
    "SEAL_VERSION",
    "SealError",
    "generate_portal_keypair",
    "key_fingerprint",
    "load_portal_private_key",
    "open_json",
    "seal",
    "seal_json",
    "unseal",
]

SEAL_VERSION = 1
SEAL_ALG = "RSA-OAEP-256+A256GCM"
_RSA_BITS = 3072
_MIN_RSA_BITS = 3072
_NONCE_BYTES = 12
_OAEP = padding.OAEP(
    mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
)


class SealError(Exception):
    """An envelope cannot be made or opened: bad key, wrong key, or altered envelope."""


def generate_portal_keypair(*, password: bytes | None = None) -> tuple[bytes, bytes]:
    """Make the portal's RSA-3072 key pair; return ``(private_pem, public_pem)``.

    The private key is PKCS#8 PEM, encrypted with ``password`` when one is given;
    it belongs to the portal only and must never be copied to a kiosk.
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=_RSA_BITS)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def key_fingerprint(public_key_pem: bytes) -> str:
    """SHA-256 (hex) of the public key's DER SubjectPublicKeyInfo: the envelope's ``kid``.

    Staff compare its first characters with the portal's published value at enrolment.

    Raises:
        SealError: the PEM is not an RSA public key of at least 3072 bits.
    """
    return _fingerprint(_load_public(public_key_pem))


def seal(plaintext: bytes, public_key_pem: bytes, *, aad: bytes = b"") -> dict[str, Any]:
    """Encrypt ``plaintext`` so only the holder of the portal's private key can read it.

    ``aad`` (e.g. the application's idempotency key) travels in clear in the
    envelope and is authenticated: the portal can check the envelope belongs to
    the submission it arrived with.

    Raises:
        SealError: the public key is unusable.
    """
    public = _load_public(public_key_pem)
    kid = _fingerprint(public)
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, _gcm_aad(kid, aad))
    wrapped = public.encrypt(data_key, _OAEP)
    return {
        "v": SEAL_VERSION,
        "alg": SEAL_ALG,
        "kid": kid,
        "ek": _b64(wrapped),
        "iv": _b64(nonce),
        "aad": _b64(aad),
        "ct": _b64(ciphertext),
    }


def load_portal_private_key(
    private_key_pem: bytes, *, password: bytes | None = None
) -> rsa.RSAPrivateKey:
    """Load and check the portal's private key once, for many :func:`unseal` calls.

    Loading (and validating) an RSA key costs far more than opening an envelope.

    Raises:
        SealError: not a PEM RSA private key, or the wrong password.
    """
    try:
        private = serialization.load_pem_private_key(private_key_pem, password=password)
    except (ValueError, TypeError) as exc:
        raise SealError(f"cannot load the portal private key: {exc}") from exc
    if not isinstance(private, rsa.RSAPrivateKey):
        raise SealError("the portal private key is not an RSA key")
    return private


def unseal(
    envelope: dict[str, Any],
    private_key_pem: bytes | rsa.RSAPrivateKey,
    *,
    password: bytes | None = None,
    expected_aad: bytes | None = None,
) -> bytes:
    """Open an envelope made by :func:`seal` (portal side).

    ``private_key_pem`` is the PEM, or a key from :func:`load_portal_private_key`
    (much faster when opening many envelopes). With ``expected_aad`` the
    envelope must also carry exactly that associated data.

    Raises:
        SealError: malformed envelope, unknown version, a different key's envelope,
            or any altered byte (header, wrapped key, nonce, aad or ciphertext).
    """
    if not isinstance(envelope, dict):
        raise SealError("envelope must be a JSON object")
    if envelope.get("v") != SEAL_VERSION or envelope.get("alg") != SEAL_ALG:
        raise SealError(
            f"unsupported envelope version/alg: {envelope.get('v')!r}/{envelope.get('alg')!r}"
        )
    private = (
        private_key_pem
        if isinstance(private_key_pem, rsa.RSAPrivateKey)
        else load_portal_private_key(private_key_pem, password=password)
    )
    kid = _fingerprint(private.public_key())
    claimed = envelope.get("kid")
    if not isinstance(claimed, str) or not hmac.compare_digest(claimed, kid):
        raise SealError("envelope was sealed to a different portal key")
    wrapped = _unb64(envelope, "ek")
    nonce = _unb64(envelope, "iv")
    aad = _unb64(envelope, "aad")
    ciphertext = _unb64(envelope, "ct")
    if expected_aad is not None and not hmac.compare_digest(aad, expected_aad):
        raise SealError("envelope belongs to another submission (aad mismatch)")
    if len(nonce) != _NONCE_BYTES:
        raise SealError("bad nonce length")
    try:
        data_key = private.decrypt(wrapped, _OAEP)
    except ValueError as exc:
        raise SealError("wrapped key failed to decrypt") from exc
    if len(data_key) != 32:
        raise SealError("wrapped key has the wrong length")
    try:
        return AESGCM(data_key).decrypt(nonce, ciphertext, _gcm_aad(kid, aad))
    except InvalidTag as exc:
        raise SealError("envelope failed authentication (altered)") from exc


def seal_json(value: Any, public_key_pem: bytes, *, aad: str) -> dict[str, Any]:
    """Seal a JSON document (compact UTF-8) to the portal's key, bound to ``aad``.

    Raises:
        SealError: the public key is unusable.
    """
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return seal(data, public_key_pem, aad=aad.encode())


def open_json(envelope: Any, private_key: rsa.RSAPrivateKey | bytes, *, aad: str) -> Any:
    """Open an envelope made by :func:`seal_json` that must be bound to ``aad``; parse its JSON.

    Raises:
        SealError: malformed, foreign or altered envelope, or bound to another ``aad``.
        ValueError: the plaintext is not JSON.
    """
    return json.loads(unseal(envelope, private_key, expected_aad=aad.encode()))


def _load_public(public_key_pem: bytes) -> rsa.RSAPublicKey:
    try:
        public = serialization.load_pem_public_key(public_key_pem)
    except (ValueError, TypeError) as exc:
        raise SealError(f"cannot load the portal public key: {exc}") from exc
    if not isinstance(public, rsa.RSAPublicKey):
        raise SealError("the portal public key is not an RSA key")
    if public.key_size < _MIN_RSA_BITS:
        raise SealError(f"the portal key is too small ({public.key_size} bits < {_MIN_RSA_BITS})")
    return public


def _fingerprint(public: rsa.RSAPublicKey) -> str:
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def _gcm_aad(kid: str, aad: bytes) -> bytes:
    header = f"kiosk-seal|{SEAL_VERSION}|{SEAL_ALG}|{kid}|".encode()
    return header + aad


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(envelope: dict[str, Any], field: str) -> bytes:
    value = envelope.get(field)
    if not isinstance(value, str):
        raise SealError(f"envelope field {field!r} missing")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise SealError(f"envelope field {field!r} is not base64") from exc
