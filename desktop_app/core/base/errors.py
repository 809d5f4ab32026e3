"""Everything that can go wrong in a connection, each with a plain message and the detail.

``LoopgateError``
 ├── ``ProfileError``            a provider profile file is invalid
 ├── ``DiscoveryError``          OIDC discovery failed or the issuer does not match
 ├── ``AuthorizationError``      the browser leg failed (RFC 6749 §4.1.2.1)
 │    ├── ``AccessDenied``         the user said no
 │    ├── ``StateMismatch``        missing or wrong ``state`` (RFC 6749 §10.12)
 │    ├── ``IssuerMismatch``       wrong or missing ``iss`` (RFC 9207)
 │    ├── ``CallbackTimeout``      no redirect arrived in time
 │    └── ``Cancelled``            the user cancelled the attempt
 │    └── ``IdentityMismatch``     a reconnect signed in as somebody else
 ├── ``PasteRefused``            a pasted address was not this attempt's answer (it keeps waiting)
 ├── ``LoopbackError``           the redirect listener could not start (port in use, ...)
 ├── ``ProviderError``           the provider's answer was unusable (HTML, 5xx, bad JSON, network)
 │    ├── ``ProviderUnreachable``  no answer at all: no connection could be made
 │    └── ``TokenEndpointError``   an RFC 6749 §5.2 error body
 │         ├── ``ReconnectNeeded``   the refresh token is dead: the user must reconnect
 │         └── ``ClientRejected``    the client ID was refused at connect: which profile to fix
 ├── ``RevocationFailed``        disconnect could not revoke: retry, or remove locally only
 ├── ``VaultError``              the OS keychain is missing, locked or failing
 ├── ``StoreError``              the account metadata file cannot be read or written
 ├── ``NotAllowed``              the organisation's policy forbids it (core/policy)
 └── ``AccountNotFound``
Every error carries ``message`` (plain words for staff) and ``detail`` (for engineers).
"""

from __future__ import annotations


class LoopgateError(Exception):
    """Base error: ``str()`` is the plain message; ``detail`` is the technical one."""

    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        self.message = message or self.default_message
        self.detail = detail
        super().__init__(self.message)


class ProfileError(LoopgateError):
    default_message = "A provider profile is invalid."


class DiscoveryError(LoopgateError):
    default_message = "Could not read the provider's OpenID configuration."


class AuthorizationError(LoopgateError):
    default_message = "The provider did not authorize the connection."

    def __init__(self, message: str | None = None, *, detail: str = "", error: str = "") -> None:
        super().__init__(message, detail=detail)
        self.error = error


class AccessDenied(AuthorizationError):
    default_message = "You chose not to allow access, so nothing was connected."


class StateMismatch(AuthorizationError):
    default_message = (
        "The sign-in response did not belong to this connection attempt, so it was ignored. "
        "Please try connecting again."
    )


class IssuerMismatch(AuthorizationError):
    default_message = (
        "The sign-in response came from a different provider than expected, so it was refused."
    )


class CallbackTimeout(AuthorizationError):
    default_message = "No answer arrived from the browser in time. Please try connecting again."


class Cancelled(AuthorizationError):
    default_message = "The connection attempt was cancelled."


class IdentityMismatch(AuthorizationError):
    default_message = "You signed in as a different person than this account belongs to."


class PasteRefused(LoopgateError):
    """A pasted address that is not this attempt's answer; the attempt keeps waiting."""

    default_message = "That address is not the answer this sign-in is waiting for."

    def __init__(self, message: str | None = None, *, detail: str = "", reason: str = "") -> None:
        super().__init__(message, detail=detail or reason)
        self.reason = reason


class LoopbackError(LoopgateError):
    default_message = "Loopgate could not listen for the browser's answer."


class ProviderError(LoopgateError):
    """``status``: the HTTP status if one arrived; ``retry_after``: seconds the provider
    asked us to wait (RFC 9110 §10.2.3), so retries honour it."""

    default_message = "The provider sent an answer Loopgate could not use."

    def __init__(
        self,
        message: str | None = None,
        *,
        detail: str = "",
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, detail=detail)
        self.status = status
        self.retry_after = retry_after


class ProviderUnreachable(ProviderError):
    """No connection could be made: the user's network, or the provider's host is down."""

    default_message = "Could not reach the provider. Check your internet connection."


class TokenEndpointError(ProviderError):
    """An RFC 6749 §5.2 error response: ``error`` and ``error_description`` kept verbatim."""

    default_message = "The provider refused to issue tokens."

    def __init__(
        self,
        message: str | None = None,
        *,
        error: str,
        description: str = "",
        status: int | None = None,
        detail: str = "",
        retry_after: float | None = None,
    ) -> None:
        text = f"{error}: {description}" if description else error
        super().__init__(message, detail=detail or text, status=status, retry_after=retry_after)
        self.error = error
        self.description = description


class ReconnectNeeded(TokenEndpointError):
    default_message = "This connection has expired or was revoked. Please reconnect the account."


class ClientRejected(TokenEndpointError):
    """The provider refused the client ID at the token endpoint: a setting to fix, not a retry."""

    default_message = "The provider did not accept Loopgate's client ID."


class RevocationFailed(LoopgateError):
    """Nothing was removed: the user may try again or remove the account locally only."""

    default_message = "Loopgate could not revoke access at the provider, so nothing was removed."


class VaultError(LoopgateError):
    default_message = "The system keychain is not available, so tokens cannot be stored safely."


class StoreError(LoopgateError):
    default_message = "Loopgate could not read or save its list of accounts."


class NotAllowed(LoopgateError):
    """Organisation policy: e.g. an account at a forbidden provider can only be disconnected."""

    default_message = "Your organisation does not allow this."


class AccountNotFound(LoopgateError):
    default_message = "No such account."
