"""A misbehaving token endpoint (RFC 6749 §5.1/§5.2) never leaves a trace in the vault or store.

Each case drives the real connect flow (loopback receiver, PKCE, token request) against
a local provider that answers badly, and must end in a specific ``LoopgateError``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from desktop_app.core.base.errors import (
    ClientRejected,
    LoopgateError,
    ProviderError,
    TokenEndpointError,
)
from desktop_app.core.base.paths import data_dir
from desktop_app.core.oauth.transport import DEFAULT_TIMEOUT
from tests.support import figures
from tests.support.fake_provider import FakeProvider
from tests.support.keyrings import MemoryKeyring
from tests.support.reliability import fake_engine, tree_bytes

CLIENT_TIMEOUT = 1.0
INFINITE_LIFETIME = b'{"access_token": "at-01234567", "token_type": "bearer", "expires_in": 1e999}'


def body(status: int, content: bytes, content_type: str = "application/json") -> Callable:
    return lambda handler, _form: handler.send_body(status, content, content_type)


def token_json(**fields: object) -> Callable:
    payload = {"access_token": "at-unused-0123456789", "token_type": "Bearer", **fields}
    payload = {k: v for k, v in payload.items() if v is not None}
    return body(200, json.dumps(payload).encode())


def hang(handler: object, _form: dict[str, str]) -> None:
    time.sleep(CLIENT_TIMEOUT + 1.5)


def reset(handler: object, _form: dict[str, str]) -> None:
    handler.reset()  # type: ignore[attr-defined]


def redirect(status: int) -> Callable:
    return lambda handler, _form: handler.send_body(
        status, b"", "text/plain", extra=(("Location", "https://evil.example/token"),)
    )


@dataclass(frozen=True)
class Case:
    name: str
    answer: Callable
    error: type[LoopgateError]
    message: str


CASES = [
    Case("HTML page with 200", body(200, b"<html><h1>Sign in</h1></html>", "text/html"),
         ProviderError, "not JSON (perhaps a web page)"),
    Case("HTTP 500", body(500, b"Internal Server Error", "text/plain"),
         ProviderError, "had a problem (HTTP 500)"),
    Case("HTTP 502 with a body", body(502, b"<h1>502 Bad Gateway</h1>", "text/html"),
         ProviderError, "had a problem (HTTP 502)"),
    Case("HTTP 404 without JSON", body(404, b"no such endpoint", "text/plain"),
         ProviderError, "refused the request (HTTP 404)"),
    Case("hangs past the timeout", hang, ProviderError, "did not answer in time"),
    Case("connection reset", reset, ProviderError, "Could not reach the provider"),
    Case("non-JSON with a JSON content type", body(200, b"{not json"),
         ProviderError, "not JSON"),
    Case("JSON that is not an object", body(200, b"[1, 2, 3]"),
         ProviderError, "not a JSON object"),
    Case("JSON without access_token", body(200, b'{"token_type": "Bearer"}'),
         ProviderError, "did not contain an access token"),
    Case("empty access_token", token_json(access_token=""),
         ProviderError, "did not contain an access token"),
    Case("numeric access_token", token_json(access_token=12345678901),
         ProviderError, "did not contain an access token"),
    Case('token_type "mac"', token_json(token_type="mac"),
         ProviderError, "kind of token Loopgate cannot use"),
    Case("token_type missing", token_json(token_type=None),
         ProviderError, "did not say what kind of token"),
    Case("negative expires_in", token_json(expires_in=-3600),
         ProviderError, "impossible token lifetime"),
    Case("absurd expires_in", token_json(expires_in=10**12),
         ProviderError, "impossible token lifetime"),
    Case("expires_in Infinity", body(200, INFINITE_LIFETIME),
         ProviderError, "unreadable expires_in"),
    Case("expires_in not a number", token_json(expires_in="soon"),
         ProviderError, "unreadable expires_in"),
    Case("RFC 6749 §5.2 invalid_grant", body(
        400, b'{"error": "invalid_grant", "error_description": "code already used"}'),
         TokenEndpointError, "sign-in code was rejected"),
    Case("RFC 6749 §5.2 invalid_client", body(
        401, b'{"error": "invalid_client", "error_description": "secret required"}'),
         ClientRejected, "did not accept the client ID “fake-client”. It is set in the provider"),
    Case("RFC 6749 §5.2 unknown error", body(
        400, b'{"error": "weird_error", "error_description": "?"}'),
         TokenEndpointError, "refused to issue tokens"),
    Case("redirect 302", redirect(302), ProviderError, "does not follow redirects"),
    Case("redirect 307 (would re-POST the code)", redirect(307),
         ProviderError, "does not follow redirects"),
]  # fmt: skip


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeProvider]:
    with FakeProvider() as live:
        yield live


def test_the_client_never_waits_forever() -> None:
    """Every token request has a finite connect and read timeout."""
    assert all(0 < part <= 60 for part in DEFAULT_TIMEOUT)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_token_answer_ends_in_a_specific_error_and_changes_nothing(
    case: Case, provider: FakeProvider, memory_keyring: MemoryKeyring
) -> None:
    """Each misbehaviour raises its own plain message; vault and account store stay byte-equal."""
    provider.behaviour = None
    engine = fake_engine(provider, timeout=CLIENT_TIMEOUT)
    existing = engine.connect("fake", label="already connected", timeout=10)
    store_before = engine.store.path.read_bytes()
    files_before = tree_bytes(data_dir())
    vault_before = dict(memory_keyring.passwords)
    provider.behaviour = case.answer
    try:
        with pytest.raises(case.error) as raised:
            engine.connect("fake", timeout=10)
    finally:
        provider.behaviour = None
    assert case.message in raised.value.message
    assert raised.value.detail, "engineers get the technical detail"
    if case.error is ClientRejected:  # why a desktop app's client may be refused, for engineers
        assert "RFC 8252 §8.5" in raised.value.detail
    assert engine.store.path.read_bytes() == store_before
    assert dict(memory_keyring.passwords) == vault_before
    assert tree_bytes(data_dir()) == files_before
    assert [a.id for a in engine.accounts()] == [existing.id]
    figures.add("token endpoint: misbehaviour cases")


def test_error_description_is_kept_verbatim_for_engineers(provider: FakeProvider) -> None:
    """RFC 6749 §5.2: ``error`` and ``error_description`` reach the detail unchanged."""
    engine = fake_engine(provider, timeout=CLIENT_TIMEOUT)
    provider.behaviour = body(400, b'{"error": "invalid_grant", "error_description": "PKCE fail"}')
    try:
        with pytest.raises(TokenEndpointError) as raised:
            engine.connect("fake", timeout=10)
    finally:
        provider.behaviour = None
    assert raised.value.error == "invalid_grant"
    assert raised.value.description == "PKCE fail"
    assert "invalid_grant: PKCE fail" in raised.value.detail
