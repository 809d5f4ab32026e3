"""What an administrator registers at a provider for one profile: facts, not wording.

The redirect URI comes from the profile: its https relay page when it has one
(``redirect_relay``), otherwise the loopback address with the profile's fixed port, or
any port when it fixes none (RFC 8252 §7.3: the port may vary for a loopback IP literal).
"""

from __future__ import annotations

from dataclasses import dataclass

from .profiles import ProviderProfile

ADMIN_GUIDE = "docs/admin.md"


@dataclass(frozen=True)
class Registration:
    """The facts an administrator needs to register Loopgate and write a system profile."""

    provider: str
    profile_id: str
    redirect_uri: str
    any_port: bool
    scopes: tuple[str, ...]
    may_require_client_secret: bool


def redirect_uri_to_register(profile: ProviderProfile) -> str:
    if profile.redirect_relay:
        return profile.redirect_relay
    host = profile.redirect_host
    if profile.redirect_port:
        return f"http://{host}:{profile.redirect_port}{profile.redirect_path}"
    return f"http://{host}{profile.redirect_path}"


def registration_for(profile: ProviderProfile) -> Registration:
    return Registration(
        provider=profile.display_name,
        profile_id=profile.id,
        redirect_uri=redirect_uri_to_register(profile),
        any_port=not profile.redirect_port and not profile.redirect_relay,
        scopes=profile.effective_scopes(),
        may_require_client_secret=profile.may_require_client_secret,
    )
