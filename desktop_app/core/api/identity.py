"""Who was connected: the id_token (OIDC), the redirect confirmed by the API (Clover), or an
API call (Clio).

Trust order: a verified id_token's ``sub`` decides and nothing in the redirect overrides
it. An id that arrives as a redirect parameter is only a claim — anyone who can reach the
loopback listener can append ``merchant_id=...`` — so it counts only once the provider's
API, asked with the brand-new token, answers with the same id (profile fields
``confirm_request`` and ``confirm_field``). Names and e-mails are best effort: a failed
name lookup never fails the connection.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import requests

from ..base.errors import IdentityMismatch, ProviderError
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile
from ..storage.accounts import AccountIdentity

log = logging.getLogger(__name__)


def json_pointer(document: Any, pointer: str) -> Any:
    """RFC 6901, enough for profile fields such as ``/data/name``."""
    if not pointer:
        return None
    current = document
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(current, Mapping):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


def fill_placeholders(template: str, values: Mapping[str, str]) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


class _Lookups:
    """GETs with the new token, each URL fetched once (confirmation and name share one)."""

    def __init__(self, session: requests.Session, tokens: TokenSet) -> None:
        self._session = session
        self._tokens = tokens
        self._answers: dict[str, tuple[int | None, Any]] = {}

    def get(self, url: str) -> tuple[int | None, Any]:
        """(HTTP status or None when unreachable, JSON document or None)."""
        if url not in self._answers:
            self._answers[url] = _fetch(self._session, url, self._tokens)
        return self._answers[url]

    def document(self, url: str) -> Any:
        return self.get(url)[1] if url else None


def resolve_identity(
    profile: ProviderProfile,
    tokens: TokenSet,
    *,
    session: requests.Session,
    redirect_params: Mapping[str, str],
    id_claims: Mapping[str, Any] | None,
) -> AccountIdentity:
    """The connected identity; raises when a redirect-given id is not confirmed."""
    spec = profile.identity
    ids = {k: redirect_params[k] for k in spec.redirect_params if redirect_params.get(k)}
    lookups = _Lookups(session, tokens)
    subject, name, email = _from_claims(id_claims)
    if spec.source == "redirect":
        confirmed = _confirm_redirect_identity(profile, ids, lookups)
        subject = subject or confirmed  # a verified sub is never overridden (OIDC Core §2)
    if spec.source == "userinfo" or (profile.userinfo_endpoint and not (name or email)):
        info = lookups.document(profile.userinfo_endpoint)
        if isinstance(info, Mapping):
            subject = subject or str(info.get("sub") or "")
            name = name or str(info.get("name") or "")
            email = email or str(info.get("email") or "")
    if spec.request:
        url = _request_url(profile, spec.request, ids)
        if "{" not in url:
            document = lookups.document(url)
            found_id = json_pointer(document, spec.id_field)
            subject = subject or (str(found_id) if found_id is not None else "")
            name = name or str(json_pointer(document, spec.name_field) or "")
            email = email or str(json_pointer(document, spec.email_field) or "")
    return AccountIdentity(subject=subject, name=name, email=email, ids=ids)


def _confirm_redirect_identity(
    profile: ProviderProfile, ids: Mapping[str, str], lookups: _Lookups
) -> str:
    """The redirect's id, once the API answered ``confirm_request`` with the same id."""
    spec = profile.identity
    claimed = ids.get(spec.redirect_params[0], "") if spec.redirect_params else ""
    url = _request_url(profile, spec.confirm_request, ids)
    if not claimed or "{" in url:
        raise ProviderError(
            f"{profile.display_name} did not say which account was connected, so nothing was "
            "saved. Please try connecting again.",
            detail=f"redirect lacks {spec.redirect_params[:1]}; cannot send {spec.confirm_request}",
        )
    status, document = lookups.get(url)
    found = json_pointer(document, spec.confirm_field)
    if status != 200 or found is None:
        raise ProviderError(
            f"Loopgate could not confirm which {profile.name} account this is, so nothing was "
            "saved. Please try connecting again in a moment.",
            detail=f"{spec.confirm_request}: "
            + (f"HTTP {status}" if status else "no answer")
            + ("" if status != 200 else f"; no {spec.confirm_field} in the answer"),
        )
    if str(found) != claimed:
        raise IdentityMismatch(
            f"The sign-in named one {profile.name} account but the new access belongs to "
            "another, so nothing was saved. Please try connecting again.",
            detail=f"redirect {spec.redirect_params[0]}={claimed!r}, "
            f"{spec.confirm_request} answered {spec.confirm_field}={found!r}",
        )
    return claimed


def _from_claims(id_claims: Mapping[str, Any] | None) -> tuple[str, str, str]:
    if not id_claims:
        return "", "", ""
    name = id_claims.get("name") or id_claims.get("preferred_username") or ""
    return str(id_claims.get("sub") or ""), str(name), str(id_claims.get("email") or "")


def _request_url(profile: ProviderProfile, request: str, ids: Mapping[str, str]) -> str:
    """Redirect values are quoted whole: ``merchant_id=x/../other`` stays one path segment."""
    _method, _, path = request.partition(" ")
    quoted = {k: quote(v, safe="") for k, v in ids.items()}
    return _absolute(profile.api_base, fill_placeholders(path, quoted))


def _absolute(base: str, path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return base.rstrip("/") + "/" + path.lstrip("/")


def _fetch(session: requests.Session, url: str, tokens: TokenSet) -> tuple[int | None, Any]:
    try:
        response = session.get(
            url,
            headers={
                "Authorization": f"Bearer {tokens.access_token}",
                "Accept": "application/json",
            },
            timeout=15,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        log.info("identity lookup failed: %s", type(exc).__name__)
        return None, None
    if response.status_code != 200:
        log.info("identity lookup answered HTTP %s", response.status_code)
        return response.status_code, None
    try:
        return 200, response.json()
    except ValueError:
        log.info("identity lookup answered non-JSON")
        return 200, None
