"""Who was connected: the redirect (Clover), id_token/userinfo (OIDC) or an API call (Clio)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import requests

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


def resolve_identity(
    profile: ProviderProfile,
    tokens: TokenSet,
    *,
    session: requests.Session,
    redirect_params: Mapping[str, str],
    id_claims: Mapping[str, Any] | None,
) -> AccountIdentity:
    """Best effort beyond the stable id: a failed name lookup never fails the connection."""
    spec = profile.identity
    ids = {k: redirect_params[k] for k in spec.redirect_params if redirect_params.get(k)}
    subject, name, email = "", "", ""
    if id_claims:
        subject = str(id_claims.get("sub") or "")
        name = str(id_claims.get("name") or id_claims.get("preferred_username") or "")
        email = str(id_claims.get("email") or "")
    if spec.source == "redirect" and ids:
        subject = ids.get(spec.redirect_params[0], subject)
    if spec.source == "userinfo" or (profile.userinfo_endpoint and not (name or email)):
        info = _get_json(session, profile.userinfo_endpoint, tokens)
        if isinstance(info, Mapping):
            subject = subject or str(info.get("sub") or "")
            name = name or str(info.get("name") or "")
            email = email or str(info.get("email") or "")
    if spec.request:
        _method, _, path = spec.request.partition(" ")
        url = _absolute(profile.api_base, fill_placeholders(path, ids))
        if "{" not in url:
            document = _get_json(session, url, tokens)
            found_id = json_pointer(document, spec.id_field)
            subject = subject or (str(found_id) if found_id is not None else "")
            name = name or str(json_pointer(document, spec.name_field) or "")
            email = email or str(json_pointer(document, spec.email_field) or "")
    return AccountIdentity(subject=subject, name=name, email=email, ids=ids)


def _absolute(base: str, path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return base.rstrip("/") + "/" + path.lstrip("/")


def _get_json(session: requests.Session, url: str, tokens: TokenSet) -> Any:
    if not url:
        return None
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
        if response.status_code != 200:
            log.info("identity lookup answered HTTP %s", response.status_code)
            return None
        return response.json()
    except (requests.RequestException, ValueError) as exc:
        log.info("identity lookup failed: %s", type(exc).__name__)
        return None
