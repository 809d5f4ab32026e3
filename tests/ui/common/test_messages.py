"""Core messages in the person's language: each one produced by the core's own code.

The core's English is not repeated here: every message comes from the function that
makes it (an error raised, a progress step of a real connect, a token check), so a
reworded core message fails this test instead of quietly showing English in Spanish.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QLocale

from desktop_app.core.base import errors
from desktop_app.ui.common.i18n import ENGLISH, FRENCH, SPANISH, install_language
from desktop_app.ui.common.messages import core_text, error_text, is_known

WORDS = "Down for maintenance"


def _default_messages() -> list[str]:
    """Every error class's own message: all of the core imported first, so none is missed."""
    import importlib
    import pkgutil

    import desktop_app.core

    for module in pkgutil.walk_packages(desktop_app.core.__path__, "desktop_app.core."):
        importlib.import_module(module.name)
    classes = [errors.LoopgateError]
    found = []
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        found.append(cls.default_message)
    return sorted(set(found))


def _provider_answers() -> list[str]:
    from desktop_app.core.oauth import transport

    url = "https://api.example.com/oauth/token"
    texts = [
        transport.network_error("POST", url, requests.ConnectionError("refused")).message,
        transport.network_error("POST", url, requests.ConnectTimeout("slow")).message,
        transport.network_error("POST", url, requests.ReadTimeout("silent")).message,
        transport.network_error("POST", url, requests.TooManyRedirects("loop")).message,
    ]
    html = {"Content-Type": "text/html"}
    page = f"<html><body><h1>{WORDS}</h1></body></html>".encode()
    for status in (429, 500, 503, 400, 404):
        texts.append(transport.error_from(status, {}, b"").message)
        texts.append(transport.error_from(status, html, page).message)
    for code in [*transport.PLAIN_TOKEN_ERRORS, "something_new"]:
        body = f'{{"error": "{code}", "error_description": "{WORDS}"}}'.encode()
        texts.append(transport.error_from(400, {"Content-Type": "application/json"}, body).message)
    return texts


def _authorization() -> list[str]:
    from desktop_app.core.oauth import authorization

    return [
        *authorization._PLAIN_ERRORS.values(),
        authorization._plain_authorization_error("unheard_of"),
    ]


def _connecting() -> list[str]:
    from desktop_app.core.oauth import browser_leg, loopback_server

    texts = [browser_leg.WAITING, browser_leg.NO_BROWSER]
    texts.append(loopback_server.bind_error(OSError(errno.EADDRINUSE, "in use"), 8765).message)
    for port in (99999, 6000):
        with pytest.raises(errors.LoopbackError) as raised:
            browser_leg.checked_port(port)
        texts.append(raised.value.message)
    return texts


def _pasting() -> list[str]:
    from desktop_app.core.oauth import paste_back

    return [
        *paste_back.MESSAGES.values(),
        paste_back.NOT_WAITING,
        paste_back.NOT_AN_ADDRESS,
        paste_back.WRONG_PLACE.format(expected="http://127.0.0.1:8765/callback"),
    ]


def _after_connecting() -> list[str]:
    from desktop_app.core.engine.connect import connect_notices, renewal_notice
    from tests.ui.helpers import make_account

    texts = []
    for lifetime in (60, 1800, 7200, 5 * 86400):
        account = make_account(0, has_refresh_token=False, lifetime=lifetime, expires_in=lifetime)
        texts.append(renewal_notice(account))
    texts.append(renewal_notice(make_account(0, has_refresh_token=False, expires_in=None)))
    unverified = make_account(
        0, diagnostics=({"step": "id_token", "detail": "signature not verified (no keys)"},)
    )
    texts.extend(connect_notices(unverified))
    return texts


def _client_refused() -> list[str]:
    """Connect's message for a refused client ID: typed in, from a profile file, from policy."""
    from desktop_app.core.base.errors import TokenEndpointError
    from desktop_app.core.engine.client_rejection import client_rejected
    from desktop_app.core.providers.profiles import default_registry

    registry = default_registry()
    refused = TokenEndpointError(error="invalid_client")
    return [
        client_rejected(registry, "clio-us", "CLIO-TYPED", refused).message,
        client_rejected(registry, "demo", "", refused).message,
    ]


def _disconnecting() -> list[str]:
    from desktop_app.core.engine import disconnect

    return [
        disconnect.REVOKED,
        disconnect.NO_WAY_TO_REVOKE,
        disconnect.LOCAL_ONLY,
        disconnect.NOTHING_STORED,
        f"Loopgate could not revoke access at the provider: "
        f"{errors.ProviderUnreachable.default_message} {disconnect.CHOICES}",
    ]


def _engine_words() -> list[str]:
    from desktop_app.core.engine import engine, refresh, token_check
    from desktop_app.core.policy.effective import SET_BY_ORGANISATION

    return [
        engine.SESSION_ONLY_FORGOTTEN,
        engine.RENEWED_BEFORE,
        engine.RENEWED_AFTER_401,
        SET_BY_ORGANISATION,
        token_check.ACCESS_NOT_VERIFIED,
        token_check.OPAQUE,
        token_check.MALFORMED_ID_TOKEN,
        *_token_statements(token_check),
        refresh.ReconnectNeeded.default_message + f" The provider said: “{WORDS}”",
    ]


def _token_statements(token_check: Any) -> list[str]:
    from desktop_app.core.oauth.jwt_view import EXPIRED, JwtView

    def view(**changes: Any) -> Any:
        values = {"header": {"alg": "RS256", "kid": "k1"}, "claims": {}, "verified": True}
        values.update(changes)
        return JwtView(**values)

    problem = "the provider publishes no signing keys (no jwks_uri)"
    return [
        token_check._id_token_statement(view(key_id="k1"), problem),
        token_check._id_token_statement(view(key_id="k1", problems=(EXPIRED,)), problem),
        token_check._id_token_statement(view(verified=False), problem),
        token_check._id_token_statement(view(verified=False, problems=(EXPIRED,)), problem),
    ]


def _api_notes() -> list[str]:
    from desktop_app.core.api.answers import plain_note
    from desktop_app.core.api.calls import ApiResponse

    def answer(status: int, headers: tuple = (), body: bytes = b"") -> Any:
        return ApiResponse(
            status=status, reason="", headers=headers, body=body, elapsed_ms=1.0, url="https://x"
        )

    html = (("Content-Type", "text/html"),)
    page = f"<h1>{WORDS}</h1>".encode()
    return [
        plain_note(answer(429), 0.0),
        plain_note(answer(429, (("Retry-After", "30"),)), 0.0),
        plain_note(answer(403, (("WWW-Authenticate", 'Bearer error="insufficient_scope"'),)), 0),
        plain_note(answer(403, html, page), 0.0),
        plain_note(answer(401), 0.0),
        plain_note(answer(401, (("WWW-Authenticate", 'Bearer error="invalid_token"'),)), 0),
        plain_note(answer(503, (("Retry-After", "5"), *html), page), 0.0),
    ]


def _keychain() -> list[str]:
    from desktop_app.core.storage import vault

    return [vault._damaged("3f2a9c", "bad json").message]


def _policy() -> list[str]:
    from desktop_app.core.policy.effective import NOT_ALLOWED

    return [
        f"Clover is {NOT_ALLOWED}.",
        f"The demo is {NOT_ALLOWED}.",
        f"Acme is a custom provider: {NOT_ALLOWED}.",
        f"Clover is {NOT_ALLOWED}. Its accounts can only be disconnected.",
    ]


CORE_MESSAGES = sorted(
    {
        m
        for m in (
            *_default_messages(),
            *_provider_answers(),
            *_authorization(),
            *_connecting(),
            *_pasting(),
            *_after_connecting(),
            *_client_refused(),
            *_disconnecting(),
            *_engine_words(),
            *_api_notes(),
            *_keychain(),
            *_policy(),
        )
        if m
    }
)


@pytest.fixture(params=[SPANISH, FRENCH])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(request.param, system=QLocale("C"))
    yield request.param


@pytest.mark.parametrize("message", CORE_MESSAGES)
def test_every_core_message_staff_meet_is_translated(language: str, message: str) -> None:
    """Each message the core produces has a translation, with its variable parts kept."""
    assert is_known(message), f"no template matches: {message!r}"
    translated = core_text(message)
    assert translated and translated != message, (language, message)


def test_a_connect_speaks_the_person_s_language_at_every_step(
    qapp: Any, engine: Any, qtbot: Any
) -> None:
    """The progress of a real connect to the demo provider: every step translated."""
    install_language(SPANISH, system=QLocale("C"))
    steps: list[str] = []
    account = engine.connect("demo", timeout=30, on_progress=lambda p: steps.append(p.message))
    assert account is not None and len(steps) >= 3
    assert all(is_known(step) for step in steps), steps
    assert core_text(steps[-1]) == f"{account.label} quedó conectada."


def test_the_provider_s_own_words_are_quoted_as_they_came() -> None:
    """Only Loopgate's words are translated; what the provider said stays verbatim."""
    install_language(FRENCH, system=QLocale("C"))
    from desktop_app.core.oauth.transport import error_from

    message = error_from(503, {"Content-Type": "text/plain"}, WORDS.encode()).message
    assert core_text(message) == (
        "Le fournisseur a éprouvé un problème (HTTP 503). Réessayez dans quelques minutes. "
        f"Le fournisseur a répondu\u00a0: «\u00a0{WORDS}\u00a0»"
    )


def test_a_nested_reason_is_translated_inside_its_sentence() -> None:
    """A refusal inside a refusal: both layers in Spanish."""
    install_language(SPANISH, system=QLocale("C"))
    text = core_text(
        "Clover is not allowed by your organisation. Its accounts can only be disconnected."
    )
    assert text == "Su organización no permite Clover. Sus cuentas solo se pueden desconectar."


def test_an_unknown_message_keeps_its_class_s_plain_words_and_the_english_detail() -> None:
    """A rare message with no translation: the class's words, the English under Details."""
    install_language(SPANISH, system=QLocale("C"))
    exc = errors.ProviderError("The provider's gizmo overheated.", detail="HTTP 599")
    message, detail = error_text(exc)
    assert message == "El proveedor envió una respuesta que Loopgate no pudo usar."
    assert detail == "The provider's gizmo overheated.\nHTTP 599"


def test_english_shows_the_core_s_words_unchanged() -> None:
    """In English nothing is rewritten, known or not."""
    install_language(ENGLISH, system=QLocale("C"))
    exc = errors.ProviderError("The provider's gizmo overheated.", detail="HTTP 599")
    assert error_text(exc) == ("The provider's gizmo overheated.", "HTTP 599")
    assert core_text(errors.AccessDenied.default_message) == errors.AccessDenied.default_message


def test_a_damaged_translation_never_breaks_a_message(tmp_path: Path) -> None:
    """A translation that lost a field falls back to the English sentence, filled in."""
    from desktop_app.ui.common import messages

    install_language(SPANISH, system=QLocale("C"))
    original = messages._translated
    messages._translated = lambda template: "Puerto {puerto} ocupado."  # a field renamed
    messages._cached.cache_clear()
    try:
        text = core_text("The provider refused the request (HTTP 418).")
    finally:
        messages._translated = original
        messages._cached.cache_clear()
    assert text == "The provider refused the request (HTTP 418)."
