"""Token-endpoint verbs bound to one HTTP session source and the keychain's admin secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import requests

from ..oauth.authorization import AuthorizationAttempt, AuthorizationResponse
from ..oauth.token_requests import TokenResult, exchange_code, refresh_tokens, revoke
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile


def client_secret_name(profile_id: str) -> str:
    """The keychain entry of an administrator-supplied secret for one profile."""
    return f"client:{profile_id}"


@dataclass
class TokenClient:
    """Exchange, refresh and revoke with the secret a profile may need (never a shipped one).

    ``session`` hands out the calling thread's HTTP session; ``secret_for`` reads an
    administrator's secret from the keychain for profiles that declare they may need one.
    """

    session: Callable[[], requests.Session]
    secret_for: Callable[[ProviderProfile], str | None]

    def exchange(
        self,
        profile: ProviderProfile,
        attempt: AuthorizationAttempt,
        response: AuthorizationResponse,
        *,
        now: float,
    ) -> TokenResult:
        return exchange_code(
            profile,
            attempt,
            response,
            session=self.session(),
            now=now,
            client_secret=self.secret_for(profile),
        )

    def refresh(self, profile: ProviderProfile, tokens: TokenSet, *, now: float) -> TokenResult:
        return refresh_tokens(
            profile, tokens, session=self.session(), now=now, client_secret=self.secret_for(profile)
        )

    def revoke(self, profile: ProviderProfile, tokens: TokenSet) -> str:
        return revoke(
            profile, tokens, session=self.session(), client_secret=self.secret_for(profile)
        )
