"""OpenID Connect Discovery 1.0 / RFC 8414: endpoints from an issuer, checked exactly."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import requests

from ..base.errors import DiscoveryError
from ..base.origins import endpoint_problem
from ..providers.profiles import ProviderProfile

WELL_KNOWN = "/.well-known/openid-configuration"
OAUTH_WELL_KNOWN = "/.well-known/oauth-authorization-server"


def check_endpoint_url(url: str, what: str) -> str:
    """A provider address must be https; plain http only for a loopback IP literal.

    RFC 6749 §3.1/§3.2 require TLS at the authorization and token endpoints; RFC 8252
    §8.3 names the loopback IP literal (not ``localhost``) as the one local exception.
    """
    url = url.strip()
    problem = endpoint_problem(url)
    if problem:
        raise DiscoveryError(
            f"The {what} cannot be used: {problem}.",
            detail=f"got {url!r}",
        )
    return url


def discovery_url_for(issuer: str) -> str:
    return issuer.rstrip("/") + WELL_KNOWN


def oauth_metadata_url_for(issuer: str) -> str:
    """RFC 8414 §3.1: the well-known segment goes between host and path."""
    parts = urlsplit(issuer.rstrip("/"))
    return f"{parts.scheme}://{parts.netloc}{OAUTH_WELL_KNOWN}{parts.path}"


def _get_document(session: requests.Session, url: str, timeout: float) -> tuple[int, Any]:
    try:
        response = session.get(url, timeout=timeout, headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        raise DiscoveryError(
            f"Could not reach {url}.", detail=f"{exc.__class__.__name__}: {exc}"
        ) from None
    if response.status_code != 200:
        return response.status_code, None
    try:
        return 200, response.json()
    except ValueError:
        raise DiscoveryError(
            "The provider's configuration is not JSON.", detail=f"GET {url}"
        ) from None


def fetch_configuration(
    session: requests.Session,
    issuer: str,
    url: str = "",
    timeout: float = 10.0,
    *,
    typed_by_user: bool = False,
) -> dict[str, Any]:
    """OIDC Discovery, then RFC 8414; the document's ``issuer`` must match (OIDC Disc. §4.3).

    ``typed_by_user`` forgives only a trailing slash; the document's own issuer string is
    then what every later ``iss`` comparison uses, exactly.
    """
    candidates = [url] if url else [discovery_url_for(issuer), oauth_metadata_url_for(issuer)]
    statuses = []
    for target in candidates:
        status, config = _get_document(session, target, timeout)
        if config is not None:
            _check(config, issuer, typed_by_user)
            return config
        statuses.append(f"GET {target} → HTTP {status}")
    raise DiscoveryError(
        "The provider's configuration could not be found at its issuer address. Check the "
        "address, or enter the endpoints by hand.",
        detail="; ".join(statuses),
    )


def _check(config: Any, issuer: str, lenient: bool) -> None:
    if not isinstance(config, dict):
        raise DiscoveryError("The provider's configuration is not a JSON object.")
    found = config.get("issuer")
    same = found == issuer or (
        lenient and isinstance(found, str) and found.rstrip("/") == issuer.rstrip("/")
    )
    if not same:
        raise DiscoveryError(
            "The provider's configuration names a different issuer, so it was not trusted.",
            detail=f"asked for {issuer!r}, document says {found!r}",
        )
    for key in ("authorization_endpoint", "token_endpoint"):
        if not isinstance(config.get(key), str):
            raise DiscoveryError(f"The provider's configuration lacks {key}.")
    methods = config.get("code_challenge_methods_supported")
    if isinstance(methods, list) and methods and "S256" not in methods:
        raise DiscoveryError(
            "This provider does not support PKCE with S256, which Loopgate requires.",
            detail=f"code_challenge_methods_supported={methods}",
        )
    _check_endpoints(config)


DISCOVERED_ENDPOINTS = (
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "revocation_endpoint",
    "jwks_uri",
)


def _check_endpoints(config: dict[str, Any]) -> None:
    """Every endpoint Loopgate would use, as discovered: https, or a loopback IP literal."""
    for key in DISCOVERED_ENDPOINTS:
        value = config.get(key)
        if value is None:
            continue
        problem = endpoint_problem(value) if isinstance(value, str) else "it is not text"
        if problem:
            raise DiscoveryError(
                f"The provider's configuration gives an unsafe {key}: {problem}.",
                detail=f"{key}={value!r}",
            )


def is_oidc(config: dict[str, Any]) -> bool:
    return bool(
        config.get("userinfo_endpoint")
        or config.get("id_token_signing_alg_values_supported")
        or "openid" in (config.get("scopes_supported") or [])
    )


def apply_configuration(profile: ProviderProfile, config: dict[str, Any]) -> ProviderProfile:
    """Discovered endpoints win; typed values fill only what discovery lacks."""
    revocation = config.get("revocation_endpoint") or profile.revocation_endpoint
    style = "rfc7009" if config.get("revocation_endpoint") else profile.revocation_style
    return replace(
        profile,
        issuer=config["issuer"],
        authorization_endpoint=config["authorization_endpoint"],
        token_endpoint=config["token_endpoint"],
        refresh_endpoint=profile.refresh_endpoint if profile.refresh_endpoint else "",
        revocation_endpoint=revocation,
        revocation_style=style,
        userinfo_endpoint=config.get("userinfo_endpoint") or profile.userinfo_endpoint,
        jwks_uri=config.get("jwks_uri") or profile.jwks_uri,
        scopes_supported=tuple(config.get("scopes_supported") or profile.scopes_supported),
        iss_parameter_supported=bool(config.get("authorization_response_iss_parameter_supported")),
    )


def resolve(
    profile: ProviderProfile, session: requests.Session, *, required: bool = False
) -> ProviderProfile:
    """Discovers when the profile names an issuer; falls back to typed endpoints if allowed."""
    if not (profile.discovery_url or (profile.is_oidc and profile.issuer)):
        return profile
    try:
        config = fetch_configuration(session, profile.issuer, profile.discovery_url)
    except DiscoveryError:
        if required or not (profile.authorization_endpoint and profile.token_endpoint):
            raise
        return profile
    return apply_configuration(profile, config)


def custom_profile_id(identifying_url: str) -> str:
    """A readable id that two different providers never share.

    The host alone is ambiguous (``idp.example.com`` and ``idp-example.com`` slug alike;
    two tenants share a host), so a digest of the exact issuer, or of the typed
    authorization endpoint when there is no issuer, keeps them apart.
    """
    host = urlsplit(identifying_url).hostname or "provider"
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "provider"
    digest = hashlib.sha256(identifying_url.encode("utf-8")).hexdigest()[:10]
    return f"custom-{slug}-{digest}"


def custom_profile_data(
    config: dict[str, Any],
    *,
    client_id: str,
    name: str = "",
    scopes: str = "",
    discovered: bool = True,
) -> dict[str, Any]:
    """Profile file content for ``provider add``; typed endpoints have nothing to re-discover."""
    issuer = config["issuer"]
    endpoint = urlsplit(config["authorization_endpoint"])
    origin = issuer or f"{endpoint.scheme}://{endpoint.netloc}"
    supported = config.get("scopes_supported") or []
    oidc = is_oidc(config)
    if scopes:
        wanted = scopes.split()
    elif oidc:
        wanted = ["openid"] + [s for s in ("profile", "email") if s in supported]
    else:
        wanted = []
    if not discovered:
        discovery = ""
    else:
        discovery = discovery_url_for(issuer) if oidc else oauth_metadata_url_for(issuer)
    revocation = config.get("revocation_endpoint", "")
    return {
        "id": custom_profile_id(issuer or config["authorization_endpoint"]),
        "name": name or origin.split("://", 1)[-1],
        "family": "custom",
        "kind": "oidc" if oidc else "oauth2",
        "description": f"Custom {'OpenID Connect' if oidc else 'OAuth 2.0'} provider at {origin}",
        "issuer": issuer,
        "discovery_url": discovery,
        "revocation_endpoint": revocation,
        "revocation_style": "rfc7009" if revocation else "none",
        "authorization_endpoint": config["authorization_endpoint"],
        "token_endpoint": config["token_endpoint"],
        "client_id": client_id,
        "scopes": wanted,
        "identity": {"source": "id_token" if oidc else "none"},
        "api_base": origin,
        "presets": (
            [{"name": "UserInfo", "method": "GET", "path": config["userinfo_endpoint"]}]
            if config.get("userinfo_endpoint")
            else []
        ),
    }
