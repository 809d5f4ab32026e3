"""OpenID Connect Discovery 1.0 / RFC 8414: endpoints from an issuer, checked exactly."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import requests

from .errors import DiscoveryError
from .profiles import ProviderProfile

WELL_KNOWN = "/.well-known/openid-configuration"


def discovery_url_for(issuer: str) -> str:
    return issuer.rstrip("/") + WELL_KNOWN


def fetch_configuration(
    session: requests.Session, issuer: str, url: str = "", timeout: float = 10.0
) -> dict[str, Any]:
    """GETs the configuration; its ``issuer`` must equal the one asked for (OIDC Disc. §4.3)."""
    target = url or discovery_url_for(issuer)
    try:
        response = session.get(target, timeout=timeout, headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        raise DiscoveryError(
            f"Could not reach {target}.", detail=f"{exc.__class__.__name__}: {exc}"
        ) from None
    if response.status_code != 200:
        raise DiscoveryError(
            f"The provider's configuration address answered HTTP {response.status_code}.",
            detail=f"GET {target}",
        )
    try:
        config = response.json()
    except ValueError:
        raise DiscoveryError(
            "The provider's configuration is not JSON.", detail=f"GET {target}"
        ) from None
    if not isinstance(config, dict):
        raise DiscoveryError("The provider's configuration is not a JSON object.")
    if config.get("issuer") != issuer:
        raise DiscoveryError(
            "The provider's configuration names a different issuer, so it was not trusted.",
            detail=f"asked for {issuer!r}, document says {config.get('issuer')!r}",
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
    return config


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


def custom_profile_data(
    config: dict[str, Any], *, client_id: str, name: str = "", scopes: str = ""
) -> dict[str, Any]:
    """Profile file content for ``loopgate provider add --issuer``."""
    issuer = config["issuer"]
    slug = re.sub(r"[^a-z0-9]+", "-", issuer.split("://", 1)[-1].lower()).strip("-")
    supported = config.get("scopes_supported") or []
    wanted = (
        scopes.split()
        if scopes
        else ["openid"] + [s for s in ("profile", "email") if s in supported]
    )
    return {
        "id": f"custom-{slug}"[:64],
        "name": name or issuer.split("://", 1)[-1],
        "family": "custom",
        "kind": "oidc",
        "description": f"Custom OpenID Connect provider at {issuer}",
        "issuer": issuer,
        "discovery_url": discovery_url_for(issuer),
        "authorization_endpoint": config["authorization_endpoint"],
        "token_endpoint": config["token_endpoint"],
        "client_id": client_id,
        "scopes": wanted,
        "identity": {"source": "id_token"},
        "api_base": issuer,
        "presets": (
            [{"name": "UserInfo", "method": "GET", "path": config["userinfo_endpoint"]}]
            if config.get("userinfo_endpoint")
            else []
        ),
    }
