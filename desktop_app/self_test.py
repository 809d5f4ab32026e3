"""The self-test: proves an installed or frozen Loopgate can do its job, one named step each.

``loopgate self-test`` and ``loopgate-gui --self-test`` run it. A window that paints
proves little: a wheel without its resources, or a frozen build without a keychain
backend, certifi's CA bundle or the JWT stack, still paints. So each step exercises the
real thing — profiles and pages load, the OS keychain round-trips a throwaway item, a
TLS-verified request reaches a loopback https server, a signed JWT verifies, the demo
provider starts and answers — and the run exits non-zero naming the first step that
failed (every step still runs, so one report shows everything that is wrong).
"""

from __future__ import annotations

import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

Step = tuple[str, Callable[[Path], str]]
REQUIRED_PROFILES = ("demo", "clover-na", "clio-us", "cloverleaf")
KEYCHAIN_SERVICE = "Loopgate self-test"


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    note: str
    ms: float


def run_steps(steps: Sequence[Step], out: TextIO) -> int:
    """Runs every step in a scratch folder; 0 when all passed, else 1 (failures named)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="loopgate-self-test-") as scratch:
        for name, step in steps:
            results.append(_run(name, step, Path(scratch)))
            _print(results[-1], out)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out)
        return 1
    print(f"self-test passed: {len(results)} steps", file=out)
    return 0


def _run(name: str, step: Callable[[Path], str], scratch: Path) -> StepResult:
    started = time.perf_counter()
    try:
        note, ok = step(scratch), True
    except Exception as exc:  # the report names the step and the reason, never a traceback
        note, ok = _reason(exc), False
    return StepResult(name, ok, note, (time.perf_counter() - started) * 1000)


def _reason(exc: Exception) -> str:
    message = getattr(exc, "message", "") or str(exc) or type(exc).__name__
    detail = getattr(exc, "detail", "")
    return f"{message} ({detail})" if detail else f"{type(exc).__name__}: {message}"


def _print(result: StepResult, out: TextIO) -> None:
    mark = "ok  " if result.ok else "FAIL"
    print(f"{mark} {result.name:<16} {result.note} ({result.ms:.0f} ms)", file=out, flush=True)


# -- the steps --------------------------------------------------------------------------
def check_resources(_scratch: Path) -> str:
    """Profiles, loopback pages, styles and icons are where the running app looks."""
    from .core.base.paths import resources_dir
    from .core.oauth.loopback import load_pages

    folder = resources_dir()
    for needed in ("styles/app.qss", "icons/loopgate.svg", "icons/demo.svg"):
        if not (folder / needed).is_file():
            raise FileNotFoundError(f"missing resource file {folder / needed}")
    load_pages(folder / "pages")
    return f"{sum(1 for p in folder.rglob('*') if p.is_file())} files in {folder}"


def check_profiles(_scratch: Path) -> str:
    """Every built-in profile loads cleanly, and the ones staff pick first are there."""
    from .core.base.paths import resources_dir
    from .core.providers.profiles import ProfileRegistry

    registry = ProfileRegistry([resources_dir() / "providers"])
    if registry.problems:
        raise ValueError(f"profile problems: {'; '.join(p.message for p in registry.problems)}")
    ids = {p.id for p in registry.all()}
    missing = [p for p in REQUIRED_PROFILES if p not in ids]
    if missing:
        raise ValueError(f"built-in profiles missing: {', '.join(missing)}")
    return f"{len(ids)} profiles"


def check_keychain(_scratch: Path) -> str:
    """The backend this OS would use is importable and round-trips a throwaway item."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        raise RuntimeError(f"no usable keychain backend ({name})")
    user, value = f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    keyring.set_password(KEYCHAIN_SERVICE, user, value)
    try:
        if keyring.get_password(KEYCHAIN_SERVICE, user) != value:
            raise RuntimeError(f"{name} returned something else than was stored")
    finally:
        keyring.delete_password(KEYCHAIN_SERVICE, user)
    return name


def check_tls(scratch: Path) -> str:
    """The CA bundle loads, and a certificate-verified request reaches a loopback server."""
    import ssl

    import certifi

    from .core.oauth.transport import new_session

    ssl.create_default_context(cafile=certifi.where())  # what requests trusts by default
    ca_file, server_context = _loopback_tls(scratch)
    with _https_server(server_context) as url:
        response = new_session().get(url, verify=str(ca_file), timeout=10)
    if response.status_code != 200 or response.text != "loopgate":
        raise RuntimeError(f"unexpected answer HTTP {response.status_code}")
    return f"verified https to 127.0.0.1; CA bundle {Path(certifi.where()).name}"


def check_jwt(_scratch: Path) -> str:
    """An ES256 token signed here verifies through the same path id_tokens take."""
    import json

    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec

    from .core.oauth.jwt_view import verify_jwt

    key = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    jwks = {"keys": [{**jwk, "kid": "self-test", "alg": "ES256", "use": "sig"}]}
    now = int(time.time())
    claims = {"iss": "https://self-test", "aud": "loopgate", "sub": "s", "iat": now}
    token = jwt.encode(
        {**claims, "exp": now + 60, "nonce": "n"}, key, "ES256", headers={"kid": "self-test"}
    )
    view = verify_jwt(token, jwks, issuer="https://self-test", audience="loopgate", nonce="n")
    if not view.verified:
        raise RuntimeError("the signature was not verified")
    return "ES256 signature, iss, aud, exp and nonce checked"


def check_demo_provider(scratch: Path) -> str:
    """The embedded authorization server starts on loopback, answers discovery and stops."""
    from .core.oauth.transport import new_session
    from .demo_provider.server import DemoServer

    with DemoServer(port=0, state_dir=scratch / "demo") as server:
        url = f"{server.issuer}/.well-known/openid-configuration"
        issuer = new_session().get(url, timeout=10).json().get("issuer")
    if issuer != server.issuer:
        raise RuntimeError(f"discovery named {issuer!r}, expected {server.issuer!r}")
    return f"started and stopped at {server.issuer}"


CORE_STEPS: tuple[Step, ...] = (
    ("resources", check_resources),
    ("profiles", check_profiles),
    ("keychain", check_keychain),
    ("TLS", check_tls),
    ("JWT", check_jwt),
    ("demo provider", check_demo_provider),
)


# -- a loopback https server with a certificate made on the spot --------------------------
def _loopback_tls(scratch: Path) -> tuple[Path, object]:
    """A throwaway CA and a certificate for 127.0.0.1 it signed (EC keys: milliseconds)."""
    import datetime
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Loopgate self-test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file, cert_file, key_file = scratch / "ca.pem", scratch / "cert.pem", scratch / "key.pem"
    ca_file.write_bytes(ca.public_bytes(pem))
    cert_file.write_bytes(leaf.public_bytes(pem))
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return ca_file, context


@contextmanager
def _https_server(context: object) -> Iterator[str]:
    import http.server
    import ssl

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"loopgate"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    assert isinstance(context, ssl.SSLContext)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
