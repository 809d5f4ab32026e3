"""Token-endpoint verbs bound to one HTTP session source and the keychain's admin secrets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import requests

from ..base.errors import LoopgateError
from ..oauth.authorization import AuthorizationAttempt, AuthorizationResponse
from ..oauth.revocation import deauthorize_bearer, revoke_grant
from ..oauth.token_requests import TokenResult, exchange_code, refresh_tokens
from ..oauth.tokens import TokenSet
from ..providers.profiles import ProviderProfile

log = logging.getLogger(__name__)


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

    def revoke(self, profile: ProviderProfile, tokens: TokenSet) -> bool:
        """Best effort, for tokens nobody will use (a refused reconnect); never raises.

        Disconnect uses ``revoke_grant``/``deauthorize``, which report a failure.
        """
        try:
            if profile.revocation_style == "bearer" and profile.revocation_endpoint:
                self.deauthorize(profile, tokens.access_token)
            elif profile.revocation_style == "rfc7009" and profile.revocation_endpoint:
                self.revoke_grant(profile, tokens)
            else:
                return False
        except LoopgateError as exc:
            log.info("best-effort revocation failed: %s", exc.detail or exc.message)
            return False
        return True

    def revoke_grant(self, profile: ProviderProfile, tokens: TokenSet) -> None:
        """RFC 7009; raises ``ProviderError`` unless the provider confirmed."""
        revoke_grant(
            profile, tokens, session=self.session(), client_secret=self.secret_for(profile)
        )

    def deauthorize(self, profile: ProviderProfile, access_token: str) -> None:
        """A bearer-authenticated revocation (Clio); raises unless the provider confirmed."""
        deauthorize_bearer(profile, access_token, session=self.session())
