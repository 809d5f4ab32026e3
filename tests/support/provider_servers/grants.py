"""Authorization codes, grants and the tokens issued under them, kept in memory.

One grant is one user's consent for one client; every access and refresh token belongs to
one grant, so "the whole grant dies" (Clio's deauthorize, OIDC refresh-token reuse) and
"only this token dies" (Clover's single-use refresh, its per-merchant cap) are both one
line in the provider modules. Callers hold the server's lock.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from .common import Clock, new_token


@dataclass
class AuthCode:
    value: str
    client_id: str
    redirect_uri: str
    subject: str
    expires_at: float
    challenge: str = ""
    challenge_method: str = ""
    scope: tuple[str, ...] = ()
    nonce: str = ""
    used: bool = False
    grant_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Grant:
    id: str
    client_id: str
    subject: str
    scope: tuple[str, ...] = ()
    alive: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Token:
    value: str
    kind: str  # "access" or "refresh"
    grant_id: str
    issued_at: float
    expires_at: float | None
    sequence: int
    alive: bool = True
    used: bool = False
    partner: str = ""  # the access token issued together with a refresh token


class TokenBook:
    """Codes, grants and tokens; lookups answer only for live, unexpired items."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.codes: dict[str, AuthCode] = {}
        self.grants: dict[str, Grant] = {}
        self.tokens: dict[str, Token] = {}
        self._sequence = 0

    # -- codes ---------------------------------------------------------------------
    def new_code(self, lifetime: float, **fields: Any) -> AuthCode:
        code = AuthCode(
            value=secrets.token_urlsafe(24), expires_at=self.clock() + lifetime, **fields
        )
        self.codes[code.value] = code
        return code

    # -- grants and tokens ---------------------------------------------------------
    def new_grant(
        self, client_id: str, subject: str, scope: tuple[str, ...] = (), **extra: Any
    ) -> Grant:
        grant = Grant(secrets.token_hex(8), client_id, subject, scope, extra=dict(extra))
        self.grants[grant.id] = grant
        return grant

    def issue(
        self, grant: Grant, kind: str, lifetime: float | None, length: int, prefix: str = ""
    ) -> Token:
        self._sequence += 1
        now = self.clock()
        token = Token(
            value=new_token(length, prefix),
            kind=kind,
            grant_id=grant.id,
            issued_at=now,
            expires_at=None if lifetime is None else now + lifetime,
            sequence=self._sequence,
        )
        self.tokens[token.value] = token
        return token

    def find(self, value: str | None, kind: str) -> Token | None:
        """The token if it exists with this kind, whatever its state."""
        token = self.tokens.get(value or "")
        return token if token is not None and token.kind == kind else None

    def is_live(self, token: Token | None) -> bool:
        if token is None or not token.alive or token.used:
            return False
        grant = self.grants.get(token.grant_id)
        if grant is None or not grant.alive:
            return False
        return token.expires_at is None or token.expires_at > self.clock()

    def live(self, value: str | None, kind: str) -> Token | None:
        token = self.find(value, kind)
        return token if self.is_live(token) else None

    def grant_of(self, token: Token) -> Grant:
        return self.grants[token.grant_id]

    def kill_token(self, token: Token) -> None:
        token.alive = False
        partner = self.tokens.get(token.partner)
        if partner is not None:
            partner.alive = False

    def kill_grant(self, grant_id: str) -> None:
        grant = self.grants.get(grant_id)
        if grant is not None:
            grant.alive = False
        for token in self.tokens.values():
            if token.grant_id == grant_id:
                token.alive = False

    def grants_for(self, subject: str, client_id: str | None = None) -> list[Grant]:
        return [
            g
            for g in self.grants.values()
            if g.subject == subject and (client_id is None or g.client_id == client_id)
        ]

    def live_refresh_tokens(self, subject: str, client_id: str) -> list[Token]:
        """Oldest first."""
        grant_ids = {g.id for g in self.grants_for(subject, client_id)}
        found = [
            t
            for t in self.tokens.values()
            if t.kind == "refresh" and t.grant_id in grant_ids and self.is_live(t)
        ]
        return sorted(found, key=lambda t: t.sequence)

    def expire_access_tokens(self) -> None:
        """The provider ends every access token now (before its stated expiry)."""
        for token in self.tokens.values():
            if token.kind == "access":
                token.alive = False
