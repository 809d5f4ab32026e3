"""Has a profile moved since an account was connected? Then its tokens stay home.

A custom provider replaced under the same id, or an edited profile file, must not
receive an account's refresh token (RFC 6749 §10.4: refresh tokens are bound to the
client and the authorization server that issued them). The issuer must be the same
string (RFC 9207 / OIDC Discovery compare it exactly); token and refresh endpoints must
stay on the origin of the token endpoint the account was connected with, so a path that
discovery returns differently, or a Clover-style refresh path, is not a move.
"""

from __future__ import annotations

from ..base.origins import UrlProblem, parse_origin
from ..providers.profiles import ProviderProfile
from ..storage.accounts import Account


def provider_moved(account: Account, profile: ProviderProfile) -> str:
    """``"its issuer was X and is now Y"`` when the profile points elsewhere, else ``""``."""
    if account.connected_issuer and account.connected_issuer != profile.issuer:
        return f"its issuer was {account.connected_issuer} and is now {profile.issuer or 'none'}"
    connected = account.connected_token_endpoint
    if not connected:
        return ""  # connected before Loopgate kept this: nothing to compare
    for what, url in (("token", profile.token_endpoint), ("refresh", profile.refresh_url)):
        if _origin(url) != _origin(connected):
            return f"its {what} endpoint was {connected} and is now {url or 'none'}"
    return ""


def _origin(url: str) -> object:
    try:
        return parse_origin(url)
    except UrlProblem:
        return url  # compared as text: an unreadable address never matches a readable one
