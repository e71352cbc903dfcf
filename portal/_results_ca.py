"""The key that signs results, and the certificate authority it chains to.

A real portal is given its signing key and certificate (issued by the agency's
CA) and kiosks trust that CA. The reference portal, for tests and the embedded
dev portal, makes a CA of its own with ``cryptography``: :func:`make_result_ca`
and :func:`issue_result_signer`. Such a CA is for testing only and says so in
its name; it is never a real one.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Wide validity, so a test pinned to any plausible date still finds the chain valid.
_NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(2045, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ResultSigner:
    """A PEM private key, its certificate and the CA certificates above it."""

    key_pem: bytes
    cert_pem: bytes
    chain_pems: tuple[bytes, ...] = field(default_factory=tuple)

    def to_meta(self) -> str:
        """One text for the portal's settings table."""
        return "\n".join(
            part.decode().strip() for part in (self.key_pem, self.cert_pem, *self.chain_pems)
        )

    @classmethod
    def from_meta(cls, text: str) -> ResultSigner:
        """The signer stored by :meth:`to_meta`."""
        blocks = _pem_blocks(text)
        return cls(blocks[0], blocks[1], tuple(blocks[2:]))


@dataclass(frozen=True)
class ResultCA:
    """A CA (key and self-signed certificate) that issues result signers."""

    key_pem: bytes
    cert_pem: bytes


def _pem_blocks(text: str) -> list[bytes]:
    blocks: list[bytes] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.startswith("-----BEGIN"):
            current = [line]
        elif line.startswith("-----END"):
            current.append(line)
            blocks.append(("\n".join(current) + "\n").encode())
            current = []
        elif current:
            current.append(line)
    return blocks


def _name(common_name: str, agency: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency[:64]),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        ]
    )


def _key_pem(key: Any) -> bytes:
    return bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def make_result_ca(
    common_name: str = "TEST result CA of the reference portal (not real)",
) -> ResultCA:
    """A new self-signed CA for result signers (tests and the dev portal only)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name, "Reference portal (test)")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return ResultCA(_key_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def issue_result_signer(ca: ResultCA, agency: str = "UBND phường (thử nghiệm)") -> ResultSigner:
    """A signing key and certificate for results, issued by ``ca``."""
    ca_key = serialization.load_pem_private_key(ca.key_pem, password=None)
    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{agency} - ký kết quả", agency))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER - dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return ResultSigner(
        _key_pem(key), cert.public_bytes(serialization.Encoding.PEM), (ca.cert_pem,)
    )


SIGNER_FILENAME = "results-signer.sealed"
CA_FILENAME = "results-ca.pem"
_SIGNER_AAD = b"embedded-portal:result-signer:v1"


def embedded_result_signer(folder: Path, wrap_key: bytes) -> ResultSigner:
    """The embedded dev portal's test signer, kept wrapped like its sealing key.

    Made with its own test CA on first start; the CA's certificate is written to
    ``results-ca.pem`` in ``folder`` (a dev kiosk's ``[results] trust_root``). The
    signer's key is stored AES-256-GCM encrypted under ``wrap_key`` (from outside
    the data dir), so a copy of the data dir holds no usable private key.

    Raises:
        portal._keyfile.KeyUnwrapError: the file was wrapped by another key.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from portal._keyfile import KeyUnwrapError, _write_private

    path = folder / SIGNER_FILENAME
    if path.exists():
        blob = path.read_bytes()
        try:
            text = AESGCM(wrap_key).decrypt(blob[:12], blob[12:], _SIGNER_AAD).decode()
        except (InvalidTag, ValueError) as exc:
            raise KeyUnwrapError("the wrapped result signer does not open with this key") from exc
        signer = ResultSigner.from_meta(text)
    else:
        ca = make_result_ca()
        signer = issue_result_signer(ca, "Cổng tham chiếu nhúng (thử nghiệm)")
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrap_key).encrypt(nonce, signer.to_meta().encode(), _SIGNER_AAD)
        _write_private(path, nonce + sealed)
    ca_path = folder / CA_FILENAME
    chain = signer.chain_pems[-1] if signer.chain_pems else b""
    if chain and (not ca_path.exists() or ca_path.read_bytes() != chain):
        ca_path.write_bytes(chain)
    return signer


def dev_result_signer(db: Any) -> ResultSigner:
    """The portal DB's own test signer, made (with its own test CA) on first use.

    The CA's certificate is kept in the setting ``results_ca_pem`` for the
    technician to give kiosks as their trust root; its key is not kept.
    """
    stored = db.meta("results_signer")
    if stored:
        return ResultSigner.from_meta(stored)
    from portal._conn import run

    ca = make_result_ca()
    signer = issue_result_signer(ca)
    with db.transaction() as conn:
        # Several server processes may start at once: the first signer stored wins, and
        # its CA goes with it in the same transaction; the others read it back.
        made = run(
            conn,
            "INSERT INTO meta (key, value) VALUES ('results_signer', ?) ON CONFLICT DO NOTHING",
            (signer.to_meta(),),
        ).rowcount
        if made == 1:
            db._set_meta(conn, "results_ca_pem", ca.cert_pem.decode())
    return ResultSigner.from_meta(db.meta("results_signer"))
