"""``kiosk doctor``'s portal checks: TLS certificate and clock skew, against loopback servers.

A tiny portal stand-in (``http.server`` in a thread, optionally wrapped in TLS with a
certificate made here by ``cryptography``) answers ``/v1/health`` with a ``Date``
header we control; the clock check also runs against the real reference portal.
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
import ssl
import threading
from collections.abc import Iterator
from datetime import timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cli import main
from app.cli._doctor import Options
from app.cli._doctor_net import check_clock, check_tls
from kiosk.clock import system_clock
from kiosk.config import KioskConfig
from kiosk.services import KioskContext


def _context(tmp_path: Path, url: str, ca_bundle: str = "") -> KioskContext:
    config = KioskConfig.model_validate({"portal": {"url": url, "ca_bundle": ca_bundle}})
    return KioskContext(data_dir=tmp_path / "data", config=config, key=secrets.token_bytes(32))


# -- certificates ------------------------------------------------------------------------


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca_and_leaf(tmp_path: Path, *, leaf_days: int = 90) -> tuple[Path, Path, Path]:
    """A test CA and a certificate for 127.0.0.1/localhost signed by it: (ca, cert, key) PEMs."""
    now = system_clock().now_utc() - timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Kiosk Test CA"))
        .issuer_name(_name("Kiosk Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
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
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=leaf_days))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, cert_pem, key_pem = tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_pem, cert_pem, key_pem


# -- a portal stand-in -------------------------------------------------------------------


class _Health(BaseHTTPRequestHandler):
    clock_offset_s: float = 0.0
    send_date: bool = True

    def do_GET(self) -> None:
        if not self.path.endswith("/v1/health"):
            self.send_error(404)
            return
        body = json.dumps({"status": "ok"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(system_clock().now_utc().timestamp() + self.clock_offset_s, usegmt=True)

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Date" and not self.send_date:
            return
        super().send_header(keyword, value)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that rejects our certificate is part of the test


def serve(
    tls: tuple[Path, Path] | None = None, *, clock_offset_s: float = 0.0, send_date: bool = True
) -> tuple[_Server, threading.Thread, str]:
    handler = type(
        "Handler", (_Health,), {"clock_offset_s": clock_offset_s, "send_date": send_date}
    )
    server = _Server(("127.0.0.1", 0), handler)
    scheme = "http"
    if tls is not None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(tls[0]), str(tls[1]))
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, name="doctor-test-portal")
    thread.start()
    return server, thread, f"{scheme}://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def stand_in() -> Iterator[Any]:
    started: list[tuple[_Server, threading.Thread]] = []

    def start(*args: Any, **kwargs: Any) -> str:
        server, thread, url = serve(*args, **kwargs)
        started.append((server, thread))
        return url

    yield start
    for server, thread in started:
        server.shutdown()
        server.server_close()
        thread.join(10)


# -- TLS ---------------------------------------------------------------------------------


def test_tls_trusted_with_ca_bundle_prints_expiry(tmp_path: Path, stand_in: Any) -> None:
    ca, cert, key = make_ca_and_leaf(tmp_path, leaf_days=90)
    url = stand_in((cert, key))
    result = check_tls(_context(tmp_path, url, str(ca)), Options())
    assert result.status == "ok", result.detail
    expiry = (system_clock().now_utc() + timedelta(days=90)).date()
    assert "certificate verified" in result.detail and "Kiosk Test CA" in result.detail
    assert re.search(r"valid until (\d{4}-\d\d-\d\d), in (89|90) day", result.detail)
    assert str(expiry) in result.detail or str(expiry - timedelta(days=1)) in result.detail


def test_tls_untrusted_certificate_fails_and_clock_is_not_checked(
    tmp_path: Path, stand_in: Any
) -> None:
    _, cert, key = make_ca_and_leaf(tmp_path)
    url = stand_in((cert, key))
    context = _context(tmp_path, url)  # no ca_bundle: the test CA is in no trusted bundle
    result = check_tls(context, Options())
    assert result.status == "FAIL"
    assert "not trusted" in result.detail and "portal.ca_bundle" in result.detail
    clock = check_clock(context, Options())
    assert clock.status == "warn" and "TLS" in clock.detail


def test_tls_certificate_expiring_within_14_days_fails(tmp_path: Path, stand_in: Any) -> None:
    ca, cert, key = make_ca_and_leaf(tmp_path, leaf_days=5)
    url = stand_in((cert, key))
    result = check_tls(_context(tmp_path, url, str(ca)), Options())
    assert result.status == "FAIL"
    assert "expires on" in result.detail and "renew" in result.detail


def test_tls_refuses_plain_http_off_loopback_without_connecting(tmp_path: Path) -> None:
    context = _context(tmp_path, "http://192.0.2.10:8080")  # TEST-NET: never reachable
    tls = check_tls(context, Options())
    assert tls.status == "FAIL" and "https://" in tls.detail
    assert check_clock(context, Options()).status == "warn"


def test_tls_plain_http_on_loopback_and_missing_ca_bundle(tmp_path: Path) -> None:
    assert check_tls(_context(tmp_path, "http://127.0.0.1:9"), Options()).status == "ok"
    missing = _context(tmp_path, "https://127.0.0.1:9", str(tmp_path / "nope.pem"))
    result = check_tls(missing, Options())
    assert result.status == "FAIL" and "not a readable file" in result.detail


def test_doctor_end_to_end_against_a_trusted_https_portal(
    tmp_path: Path, stand_in: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    ca, cert, key = make_ca_and_leaf(tmp_path)
    url = stand_in((cert, key))
    data = tmp_path / "d"
    data.mkdir()
    (data / "kiosk.toml").write_text(
        f'[portal]\nurl = "{url}"\nca_bundle = "{ca}"\ntimeout_s = 5\n', encoding="utf-8"
    )
    code = main(["--data-dir", str(data), "doctor", "--probe-timeout", "5"])
    out = capsys.readouterr().out
    for name in ("portal", "tls", "clock"):
        assert re.search(rf"^ok\s+{name}:", out, re.M), out
    assert code == 0, out


# -- clock -------------------------------------------------------------------------------


def test_clock_agrees_with_the_reference_portal(tmp_path: Path) -> None:
    from portal import start_portal_in_thread

    with start_portal_in_thread(tmp_path / "portal.db") as portal:
        result = check_clock(_context(tmp_path, portal.url), Options())
    assert result.status == "ok", result.detail
    assert "of the portal's clock" in result.detail


def test_clock_skew_over_the_limit_fails(tmp_path: Path, stand_in: Any) -> None:
    url = stand_in(clock_offset_s=-3600)  # the portal's clock is an hour behind ours
    context = _context(tmp_path, url)
    result = check_clock(context, Options())
    assert result.status == "FAIL"
    assert "1 h 0 min ahead of the portal's" in result.detail or "60 min ahead" in result.detail
    assert "timedatectl" in result.detail
    assert check_clock(context, Options(max_skew_s=7200)).status == "ok"


def test_clock_behind_the_portal_says_so(tmp_path: Path, stand_in: Any) -> None:
    url = stand_in(clock_offset_s=600)
    result = check_clock(_context(tmp_path, url), Options())
    assert result.status == "FAIL" and "10 min behind" in result.detail


def test_clock_without_a_date_header_is_a_warning(tmp_path: Path, stand_in: Any) -> None:
    url = stand_in(send_date=False)
    result = check_clock(_context(tmp_path, url), Options())
    assert result.status == "warn" and "Date header" in result.detail


def test_clock_and_tls_with_an_unreachable_portal_warn(tmp_path: Path) -> None:
    context = _context(tmp_path, "https://127.0.0.1:9")  # discard port: refused
    assert check_tls(context, Options()).status == "warn"
    assert check_clock(context, Options()).status == "warn"


def test_no_portal_configured_is_fine(tmp_path: Path) -> None:
    context = _context(tmp_path, "")
    assert check_tls(context, Options()).status == "ok"
    assert check_clock(context, Options()).status == "ok"
