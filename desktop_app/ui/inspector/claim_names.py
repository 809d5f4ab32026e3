"""What the registered JWT and OpenID Connect claim names mean: the claims table's tooltips.

Data only, one sentence each, from the documents that register them: RFC 7519 §4.1
(JWT), RFC 7515 §4.1 (JWS header), OpenID Connect Core 1.0 §2 (ID token) and §5.1
(standard claims), RFC 8693 §4 (token exchange), RFC 9068 §2.2 (JWT access tokens),
RFC 8176 (``amr`` values), RFC 7800 (``cnf``), RFC 9449 (DPoP). A name not listed here
is the provider's own: the tooltip says so instead of guessing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CLAIMS", "HEADER_PARAMETERS", "describe_claim", "describe_header"]

# name: (what it means, where it is defined)
CLAIMS: dict[str, tuple[str, str]] = {
    # RFC 7519 §4.1: registered claim names
    "iss": (
        QT_TRANSLATE_NOOP("ClaimNames", "Issuer: who created and signed this token."),
        "RFC 7519 §4.1.1",
    ),
    "sub": (
        QT_TRANSLATE_NOOP("ClaimNames", "Subject: the user or client this token is about."),
        "RFC 7519 §4.1.2",
    ),
    "aud": (
        QT_TRANSLATE_NOOP("ClaimNames", "Audience: who this token is meant for."),
        "RFC 7519 §4.1.3",
    ),
    "exp": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "Expiration time: the token must not be accepted after this."
        ),
        "RFC 7519 §4.1.4",
    ),
    "nbf": (
        QT_TRANSLATE_NOOP("ClaimNames", "Not before: the token must not be accepted before this."),
        "RFC 7519 §4.1.5",
    ),
    "iat": (
        QT_TRANSLATE_NOOP("ClaimNames", "Issued at: when the token was created."),
        "RFC 7519 §4.1.6",
    ),
    "jti": (
        QT_TRANSLATE_NOOP("ClaimNames", "JWT ID: a unique identifier of this token."),
        "RFC 7519 §4.1.7",
    ),
    # OpenID Connect Core §2: ID token
    "azp": (
        QT_TRANSLATE_NOOP("ClaimNames", "Authorized party: the client the token was issued to."),
        "OpenID Connect Core §2",
    ),
    "auth_time": (
        QT_TRANSLATE_NOOP("ClaimNames", "When the user last signed in."),
        "OpenID Connect Core §2",
    ),
    "nonce": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "A value from the sign-in request, echoed back to stop replayed tokens."
        ),
        "OpenID Connect Core §2",
    ),
    "acr": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "Authentication context class: how strongly the user was authenticated."
        ),
        "OpenID Connect Core §2",
    ),
    "amr": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "Authentication methods used, e.g. pwd (password), otp, mfa."
        ),
        "OpenID Connect Core §2, RFC 8176",
    ),
    "at_hash": (
        QT_TRANSLATE_NOOP(
            "ClaimNames",
            "Access token hash: ties this ID token to the access token issued with it.",
        ),
        "OpenID Connect Core §3.1.3.6",
    ),
    "c_hash": (
        QT_TRANSLATE_NOOP("ClaimNames", "Code hash: ties this ID token to the authorization code."),
        "OpenID Connect Core §3.3.2.11",
    ),
    "sid": (
        QT_TRANSLATE_NOOP("ClaimNames", "Session ID: the user's session at the provider."),
        "OpenID Connect Front-Channel Logout §3",
    ),
    # OpenID Connect Core §5.1: standard claims
    "name": (QT_TRANSLATE_NOOP("ClaimNames", "The user's full name."), "OpenID Connect Core §5.1"),
    "given_name": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's given (first) name."),
        "OpenID Connect Core §5.1",
    ),
    "family_name": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's family (last) name."),
        "OpenID Connect Core §5.1",
    ),
    "middle_name": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's middle name."),
        "OpenID Connect Core §5.1",
    ),
    "nickname": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's casual name."),
        "OpenID Connect Core §5.1",
    ),
    "preferred_username": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "The name the user prefers to be known by (not necessarily unique)."
        ),
        "OpenID Connect Core §5.1",
    ),
    "profile": (
        QT_TRANSLATE_NOOP("ClaimNames", "Address of the user's profile page."),
        "OpenID Connect Core §5.1",
    ),
    "picture": (
        QT_TRANSLATE_NOOP("ClaimNames", "Address of the user's picture."),
        "OpenID Connect Core §5.1",
    ),
    "website": (
        QT_TRANSLATE_NOOP("ClaimNames", "Address of the user's web page."),
        "OpenID Connect Core §5.1",
    ),
    "email": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's preferred email address."),
        "OpenID Connect Core §5.1",
    ),
    "email_verified": (
        QT_TRANSLATE_NOOP("ClaimNames", "Whether the provider has verified the email address."),
        "OpenID Connect Core §5.1",
    ),
    "gender": (QT_TRANSLATE_NOOP("ClaimNames", "The user's gender."), "OpenID Connect Core §5.1"),
    "birthdate": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's birthday."),
        "OpenID Connect Core §5.1",
    ),
    "zoneinfo": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's time zone, e.g. Europe/Paris."),
        "OpenID Connect Core §5.1",
    ),
    "locale": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's language and region, e.g. en-GB."),
        "OpenID Connect Core §5.1",
    ),
    "phone_number": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's preferred telephone number."),
        "OpenID Connect Core §5.1",
    ),
    "phone_number_verified": (
        QT_TRANSLATE_NOOP("ClaimNames", "Whether the provider has verified the telephone number."),
        "OpenID Connect Core §5.1",
    ),
    "address": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's postal address."),
        "OpenID Connect Core §5.1",
    ),
    "updated_at": (
        QT_TRANSLATE_NOOP("ClaimNames", "When the user's information was last updated."),
        "OpenID Connect Core §5.1",
    ),
    # RFC 8693 §4 (token exchange) and RFC 9068 §2.2 (JWT access tokens)
    "scope": (
        QT_TRANSLATE_NOOP(
            "ClaimNames", "The permissions (scopes) this token grants, separated by spaces."
        ),
        "RFC 8693 §4.2",
    ),
    "scp": (
        QT_TRANSLATE_NOOP(
            "ClaimNames",
            "The permissions (scopes) this token grants, as a list (a common non-standard form).",
        ),
        "in common use",
    ),
    "client_id": (
        QT_TRANSLATE_NOOP("ClaimNames", "The client the token was issued to."),
        "RFC 8693 §4.3, RFC 9068 §2.2",
    ),
    "act": (
        QT_TRANSLATE_NOOP("ClaimNames", "Actor: who is acting on the subject's behalf."),
        "RFC 8693 §4.1",
    ),
    "may_act": (
        QT_TRANSLATE_NOOP("ClaimNames", "Who is allowed to act on the subject's behalf."),
        "RFC 8693 §4.4",
    ),
    "roles": (QT_TRANSLATE_NOOP("ClaimNames", "The user's roles."), "RFC 9068 §2.2.3.1, RFC 7643"),
    "groups": (
        QT_TRANSLATE_NOOP("ClaimNames", "The groups the user belongs to."),
        "RFC 9068 §2.2.3.1, RFC 7643",
    ),
    "entitlements": (
        QT_TRANSLATE_NOOP("ClaimNames", "The user's entitlements."),
        "RFC 9068 §2.2.3.1, RFC 7643",
    ),
    # Proof of possession
    "cnf": (
        QT_TRANSLATE_NOOP("ClaimNames", "Confirmation: the key the token is bound to."),
        "RFC 7800 §3.1",
    ),
}

HEADER_PARAMETERS: dict[str, tuple[str, str]] = {
    "alg": (
        QT_TRANSLATE_NOOP("ClaimNames", "Algorithm used to sign the token, e.g. RS256."),
        "RFC 7515 §4.1.1",
    ),
    "kid": (
        QT_TRANSLATE_NOOP("ClaimNames", "Key ID: which of the issuer's published keys signed it."),
        "RFC 7515 §4.1.4",
    ),
    "typ": (
        QT_TRANSLATE_NOOP("ClaimNames", "Type of the token, e.g. JWT or at+jwt (an access token)."),
        "RFC 7515 §4.1.9",
    ),
    "cty": (QT_TRANSLATE_NOOP("ClaimNames", "Content type of the payload."), "RFC 7515 §4.1.10"),
    "jku": (
        QT_TRANSLATE_NOOP("ClaimNames", "Address of the key set that holds the signing key."),
        "RFC 7515 §4.1.2",
    ),
    "x5t": (
        QT_TRANSLATE_NOOP("ClaimNames", "Thumbprint of the signing certificate."),
        "RFC 7515 §4.1.7",
    ),
    "x5c": (QT_TRANSLATE_NOOP("ClaimNames", "The signing certificate chain."), "RFC 7515 §4.1.6"),
    "crit": (
        QT_TRANSLATE_NOOP("ClaimNames", "Extensions the reader must understand."),
        "RFC 7515 §4.1.11",
    ),
}

NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "ClaimNames", "Not a registered claim name: this one is the provider's own."
)


def _describe(table: dict[str, tuple[str, str]], name: str) -> str:
    translate = QCoreApplication.translate
    known = table.get(name)
    if not known:
        return translate("ClaimNames", NOT_REGISTERED)
    return f"{translate('ClaimNames', known[0])} ({known[1]})"  # the reference as published


def describe_claim(name: str) -> str:
    """The tooltip for a payload claim name."""
    return _describe(CLAIMS, name)


def describe_header(name: str) -> str:
    """The tooltip for a JOSE header parameter name."""
    return _describe(HEADER_PARAMETERS, name)
