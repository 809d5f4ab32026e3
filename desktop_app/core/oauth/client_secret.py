"""When an administrator's client secret may be stored at all (RFC 8252 §8.5).

Loopgate is a public client: no secret ships with it. A profile that declares
``may_require_client_secret`` sends an administrator's secret (from the keychain) to the
token endpoint; for any other profile a stored secret would never be sent, so storing
one would only make "stored" a false promise. It is refused with the reason instead.
"""

from __future__ import annotations

from ..base.errors import ProfileError
from ..providers.profiles import ProviderProfile


def require_secret_allowed(profile: ProviderProfile) -> None:
    """Raises ``ProfileError`` (nothing stored) unless the profile may need a secret."""
    if profile.may_require_client_secret:
        return
    raise ProfileError(
        f"{profile.display_name} is connected as a public client (with PKCE), so Loopgate "
        "never sends it a client secret and none was stored. If your organisation's app "
        "registration really needs one, an administrator can add a provider profile that "
        'extends this one with "may_require_client_secret": true.',
        detail=f"profile {profile.id} does not declare may_require_client_secret",
    )
