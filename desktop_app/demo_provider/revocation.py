"""RFC 7009 token revocation for the demo's public client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from authlib.oauth2.rfc6749 import OAuth2Request
from authlib.oauth2.rfc7009 import RevocationEndpoint

from .keys import verified_claims
from .models import AccessTokenRef, RefreshRecord

if TYPE_CHECKING:
    from .grants import DemoAuthorizationServer


class DemoRevocationEndpoint(RevocationEndpoint):
    """RFC 7009 for the public client: refresh tokens by hash, access tokens by jti."""

    CLIENT_AUTH_METHODS = ["none"]  # noqa: RUF012 - Authlib's class attribute
    server: DemoAuthorizationServer

    def query_token(
        self, token_string: str, token_type_hint: str | None
    ) -> RefreshRecord | AccessTokenRef | None:
        # RFC 7009 §2.1: the hint only orders the search; an unmatched hint still searches on.
        kinds = ["refresh_token", "access_token"]
        if token_type_hint == "access_token":
            kinds.reverse()
        for kind in kinds:
            if kind == "refresh_token":
                record = self.server.state.find_refresh_token(token_string)
                if record is not None:
                    return record
            else:
                claims = verified_claims(self.server.keys, token_string)
                if claims and {"jti", "exp", "client_id"} <= claims.keys():
                    return AccessTokenRef(claims["jti"], claims["client_id"], int(claims["exp"]))
        return None

    def revoke_token(self, token: RefreshRecord | AccessTokenRef, request: OAuth2Request) -> None:
        if isinstance(token, RefreshRecord):
            # RFC 7009 §2.1: revoking a refresh token also ends the access tokens of its grant.
            self.server.state.revoke_family(token.family)
        else:
            self.server.state.revoke_jti(token.jti, token.expires_at)
