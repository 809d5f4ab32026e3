"""A client ID the provider refuses at connect: say which profile holds it and where.

RFC 6749 §5.2 ``invalid_client`` / ``unauthorized_client`` at the token endpoint is a
setting to fix, not a retry: staff cannot fix it, so the message names the profile
(an administrator's file, a system profile or the organisation's policy pin) that set
the client ID, or says the one typed in was refused.
"""

from __future__ import annotations

from typing import Any

from ..base.errors import ClientRejected, TokenEndpointError

# RFC 6749 §5.2: the client itself was refused (its ID or registration), not the user.
CLIENT_REFUSALS = frozenset({"invalid_client", "unauthorized_client"})


def client_rejected(
    registry: Any, profile_id: str, typed: str, exc: TokenEndpointError
) -> ClientRejected:
    profile = registry.get(profile_id)
    provider = profile.display_name
    if typed:
        message = (
            f"{provider} did not accept the client ID “{typed}” that was typed in. Check it "
            "with your administrator, who registers Loopgate at the provider as a public "
            "(PKCE) client."
        )
    else:
        locate = getattr(registry, "location", None)
        where = locate(profile_id) if callable(locate) else profile.source
        message = (
            f"{provider} did not accept the client ID “{profile.client_id}”. It is set in the "
            f"provider profile “{profile_id}” ({where}): ask your administrator to correct it "
            "there, and to register Loopgate at the provider as a public (PKCE) client."
        )
    return ClientRejected(
        message,
        error=exc.error,
        description=exc.description,
        status=exc.status,
        # Engineers keep the provider's words and why a public client may be refused.
        detail=f"{exc.detail} — {exc.message}" if exc.detail else exc.message,
    )
