"""The demo provider's nouns: its one client, its two users, codes, refresh records, counters.

They implement Authlib's model mixins so Authlib's grants do the protocol checks.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from authlib.oauth2.rfc6749 import ClientMixin, TokenMixin, scope_to_list
from authlib.oidc.core import AuthorizationCodeMixin

DEFAULT_PORT = 8765
CLIENT_ID = "loopgate-demo"
CLIENT_NAME = "Loopgate"
SCOPES_SUPPORTED = ["openid", "profile", "email", "offline_access", "items:read"]
# RFC 6749 §3.3: a request without `scope` gets a documented default.
DEFAULT_SCOPE = "openid profile email"
AUTHORIZATION_CODE_TTL = 600  # RFC 6749 §4.1.2: "a maximum ... lifetime of 10 minutes"

# Plain words for the consent page; non-technical staff read these.
SCOPE_WORDS = {
    "openid": "Confirm who you are",
    "profile": "See your name",
    "email": "See your email address",
    "offline_access": "Stay connected until you disconnect, even when you are away",
    "items:read": "Read your demo items",
}


@dataclass(frozen=True)
class DemoUser:
    """A resource owner the consent page offers; there is no password, it is a demo."""

    id: str
    name: str
    email: str

    def get_user_id(self) -> str:
        return self.id

    def claims(self) -> dict[str, object]:
        return {"sub": self.id, "name": self.name, "email": self.email, "email_verified": True}


USERS: dict[str, DemoUser] = {
    "dana": DemoUser("dana", "Dana Demo", "dana@demo.loopgate.test"),
    "sam": DemoUser("sam", "Sam Sample", "sam@demo.loopgate.test"),
}


def is_loopback_redirect_uri(uri: str) -> bool:
    """RFC 8252 §7.3: any port and path on the loopback IP literal, http only."""
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        # RFC 8252 §8.3: IP literals, not "localhost" (which can be re-pointed).
        and parts.hostname in ("127.0.0.1", "::1")
        and not parts.username
        and not parts.password
        # RFC 6749 §3.1.2: the redirection endpoint URI MUST NOT include a fragment.
        and not parts.fragment
        and "#" not in uri
    )


class DemoClient(ClientMixin):
    """The one registered client: public (no secret), loopback redirects, code + refresh."""

    client_id = CLIENT_ID
    client_name = CLIENT_NAME

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        # Loopback ports are ephemeral, so there is no default: redirect_uri is required.
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        requested = scope_to_list(scope) or scope_to_list(DEFAULT_SCOPE)
        return " ".join(s for s in requested if s in SCOPES_SUPPORTED)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return is_loopback_redirect_uri(redirect_uri)

    def check_client_secret(self, client_secret: str) -> bool:
        return False  # RFC 8252 §8.5: a native app cannot keep a secret.

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


CLIENT = DemoClient()


@dataclass
class AuthorizationCode(AuthorizationCodeMixin):
    """One issued code; kept in memory only, and kept after use to spot replays."""

    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user_id: str
    code_challenge: str
    code_challenge_method: str
    nonce: str | None
    auth_time: int
    expires_at: float
    used: bool = False
    family: str | None = None  # the token family issued from this code, once exchanged

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.auth_time

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at


@dataclass(frozen=True)
class RefreshRecord(TokenMixin):
    """What the server knows about one refresh token; the token itself is only hashed."""

    token_hash: str
    family: str
    client_id: str
    user_id: str
    scope: str
    auth_time: int
    issued_at: int
    expires_at: int
    used: bool = False

    def check_client(self, client: ClientMixin) -> bool:
        return self.client_id == client.get_client_id()

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_at - self.issued_at

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at

    def is_revoked(self) -> bool:
        return self.used

    def get_user(self) -> DemoUser | None:
        return USERS.get(self.user_id)

    def get_client(self) -> ClientMixin:
        return CLIENT


@dataclass(frozen=True)
class AccessTokenRef(TokenMixin):
    """A verified JWT access token presented for revocation (RFC 7009), known by its jti."""

    jti: str
    client_id: str
    expires_at: int

    def check_client(self, client: ClientMixin) -> bool:
        return self.client_id == client.get_client_id()


@dataclass
class DemoStats:
    """Counters for benchmarks and tests; never holds a token."""

    token_requests: int = 0
    refresh_requests: int = 0
    revocations: int = 0
    api_requests: int = 0
    reuse_detected: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def increment(self, name: str) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return {
                "token_requests": self.token_requests,
                "refresh_requests": self.refresh_requests,
                "revocations": self.revocations,
                "api_requests": self.api_requests,
                "reuse_detected": self.reuse_detected,
            }
