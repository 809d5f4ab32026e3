"""What the Qt-free core says, in the person's language: errors, progress, stored problems.

The core speaks English (it never imports Qt, and the CLI stays English): an error's
``message``, a connect progress step's words, an account's stored ``last_error``, a
disconnect's outcome, a token check's statement. The GUI shows them through
``core_text`` (a string) or ``error_text`` (an exception), never as they are.

Every entry of ``TEMPLATES`` is the core's English wording with its variable parts as
``{name}`` fields (``QT_TRANSLATE_NOOP``: lupdate collects them under the context
``CoreText``). ``core_text`` finds the template a text matches, translates it and puts
the fields back; a field listed in ``NESTED`` holds another core message (a refusal's
reason, an error inside an error) and is translated the same way. Text made of several
sentences the core joined (an API note, "… The provider said: “…”") is translated one
sentence at a time. The provider's own words (``{words}``) are quoted as they came; a
``{provider}`` field ("Clover (North America)") gets its region translated.

What no template matches stays in English in an English window. In another language an
exception falls back to its class's plain message (``ProviderError``: "The provider sent
an answer Loopgate could not use."), with the core's English sentence kept under
"Details"; a bare stored text that matches nothing is shown as it is. Which templates
the core really produces is checked by tests that raise each error from the core's own
code (tests/ui/common/test_messages.py), so a reworded core message fails a test
instead of silently turning English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .i18n import ENGLISH, current_language, generation
from .provider_words import display_name_text

CONTEXT = "CoreText"
# Fields whose value is itself a core message (translated in turn).
NESTED = frozenset({"reason", "message", "every"})
# Fields translated when they are a known message, kept as they are otherwise (a URL
# problem may be one of Loopgate's sentences or the parser's own words).
OPTIONAL = frozenset({"problem"})
# Fields whose value is a shipped profile's words: "Clover (North America)".
_FIELD_WORDS = {"provider": display_name_text}

TEMPLATES: tuple[str, ...] = (
    # -- the error classes' own messages (core/base/errors.py) ---------------------------
    QT_TRANSLATE_NOOP("CoreText", "Something went wrong."),
    QT_TRANSLATE_NOOP("CoreText", "A provider profile is invalid."),
    QT_TRANSLATE_NOOP("CoreText", "Could not read the provider's OpenID configuration."),
    QT_TRANSLATE_NOOP("CoreText", "The provider did not authorize the connection."),
    QT_TRANSLATE_NOOP("CoreText", "You chose not to allow access, so nothing was connected."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The sign-in response did not belong to this connection attempt, so it was ignored. "
        "Please try connecting again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The sign-in response came from a different provider than expected, so it was refused.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "No answer arrived from the browser in time. Please try connecting again."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The connection attempt was cancelled."),
    QT_TRANSLATE_NOOP(
        "CoreText", "You signed in as a different person than this account belongs to."
    ),
    QT_TRANSLATE_NOOP("CoreText", "Loopgate could not listen for the browser's answer."),
    QT_TRANSLATE_NOOP("CoreText", "The provider sent an answer Loopgate could not use."),
    QT_TRANSLATE_NOOP("CoreText", "Could not reach the provider. Check your internet connection."),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused to issue tokens."),
    QT_TRANSLATE_NOOP(
        "CoreText", "This connection has expired or was revoked. Please reconnect the account."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "Loopgate could not revoke access at the provider, so nothing was removed."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The system keychain is not available, so tokens cannot be stored safely."
    ),
    QT_TRANSLATE_NOOP("CoreText", "Loopgate could not read or save its list of accounts."),
    QT_TRANSLATE_NOOP("CoreText", "Your organisation does not allow this."),
    QT_TRANSLATE_NOOP("CoreText", "No such account."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate's private key file is not private to you, so local Loopgate processes "
        "cannot prove who they are. Delete it and try again.",
    ),
    # -- connecting: progress (core/engine/connect.py, core/oauth/browser_leg.py) ----------
    QT_TRANSLATE_NOOP("CoreText", "Contacting the provider…"),
    QT_TRANSLATE_NOOP("CoreText", "Waiting for you to approve in your browser…"),
    QT_TRANSLATE_NOOP("CoreText", "Could not open a browser. Copy the link and open it yourself."),
    QT_TRANSLATE_NOOP("CoreText", "Ignored an unexpected answer ({why}); still waiting…"),
    QT_TRANSLATE_NOOP("CoreText", "Finishing the connection…"),
    QT_TRANSLATE_NOOP("CoreText", "Connected {label}."),
    QT_TRANSLATE_NOOP("CoreText", "The waiting time must be more than zero seconds."),
    # -- connecting: what went wrong --------------------------------------------------------
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Port {port} on this computer is already in use by another program, so Loopgate "
        "cannot receive the provider's answer. Close the other program (or another "
        "Loopgate window that is connecting) and try again, or ask your administrator "
        "to set a different port for this provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "{port} is not a port number (use 1–65535, or 0 for any free port)."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never "
        "arrive. Choose another port.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The demo provider could not start: port {port} is used by another program. Close "
        "it, or set {variable} to a free port.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The demo provider is not available in this copy of Loopgate."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} needs a client ID before you can connect. Ask your administrator for "
        "the app's client ID (it is not a secret).",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider's answer did not contain a sign-in code."),
    QT_TRANSLATE_NOOP("CoreText", "The provider said the sign-in request was malformed."),
    QT_TRANSLATE_NOOP("CoreText", "This app is not allowed to connect to the provider this way."),
    QT_TRANSLATE_NOOP("CoreText", "The provider does not support this kind of sign-in."),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused the requested permissions."),
    QT_TRANSLATE_NOOP("CoreText", "The provider had a problem. Try again in a few minutes."),
    QT_TRANSLATE_NOOP("CoreText", "The provider is busy right now. Try again in a few minutes."),
    QT_TRANSLATE_NOOP("CoreText", "You need to sign in at the provider first."),
    QT_TRANSLATE_NOOP("CoreText", "The provider needs you to approve access."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} did not say which account was connected, so nothing was saved. Please "
        "try connecting again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate could not confirm which {provider} account this is, so nothing was saved. "
        "Please try connecting again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The sign-in named one {provider} account but the new access belongs to another, so "
        "nothing was saved. Please try connecting again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} is connected as a public client (with PKCE), so Loopgate never sends it "
        "a client secret and none was stored. If your organisation's app registration "
        "really needs one, an administrator can add a provider profile that declares it "
        "(may_require_client_secret).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} cannot be connected through its relay page: its settings name a port or "
        "path the page cannot forward to. Ask your administrator.",
    ),
    # -- paste-back (core/oauth/paste_back.py) ---------------------------------------------
    QT_TRANSLATE_NOOP("CoreText", "That address is not the answer this sign-in is waiting for."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "That is not a web address. Copy the whole address from your browser's address bar "
        "(it starts with https:// or http://) and paste it here.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "That address is not where this sign-in sends your browser, so it was not used. "
        "The address to paste starts with {expected}",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "That address has no answer for Loopgate in it. Copy the whole address, including "
        "everything after the “?”, and paste it again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "That address belongs to a different sign-in (an older browser tab, or another "
        "attempt), so it was not used. Still waiting: approve Loopgate in the page that "
        "opened for this attempt, then paste the address it ends on.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "That address has no sign-in code in it, so it was not used. Still waiting: "
        "approve Loopgate in your browser first, then paste the address it ends on.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "That address carries its answer twice, so it was not used."),
    QT_TRANSLATE_NOOP(
        "CoreText", "This sign-in is no longer waiting for an answer. Start again with Connect."
    ),
    QT_TRANSLATE_NOOP("CoreText", "This sign-in already has its answer."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate is not waiting for a sign-in yet. Wait for the browser page to open.",
    ),
    # -- the provider's answers (core/oauth/transport.py, tokens.py, token_requests.py) ---
    QT_TRANSLATE_NOOP(
        "CoreText", "Could not reach the provider ({host}). Check your internet connection."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider did not answer in time ({host}). Check your connection and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider's token address redirected elsewhere; Loopgate does not follow "
        "redirects when sending secrets.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider answered with something that is not JSON (perhaps a web page), so no "
        "tokens were saved.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider's token answer was not a JSON object."),
    QT_TRANSLATE_NOOP("CoreText", "The provider is limiting requests (HTTP 429)."),
    QT_TRANSLATE_NOOP(
        "CoreText", "The provider had a problem (HTTP {status}). Try again in a few minutes."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused the request (HTTP {status})."),
    QT_TRANSLATE_NOOP("CoreText", "The provider said: “{words}”"),
    QT_TRANSLATE_NOOP(
        "CoreText", "The sign-in code was rejected or has expired. Please connect again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider did not recognise Loopgate's client ID, or requires a client secret. "
        "Desktop apps cannot keep a secret (RFC 8252 §8.5): ask the provider to register "
        "Loopgate as a public (PKCE) client, or ask your administrator for the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "This app registration is not allowed to connect this way. Ask your administrator "
        "to enable the authorization-code flow with PKCE for it.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider did not accept Loopgate's client ID."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} did not accept the client ID “{client_id}” that was typed in. Check it "
        "with your administrator, who registers Loopgate at the provider as a public "
        "(PKCE) client.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{provider} did not accept the client ID “{client_id}”. It is set in the provider "
        "profile “{profile}” ({where}): ask your administrator to correct it there, and to "
        "register Loopgate at the provider as a public (PKCE) client.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider said the request was malformed."),
    QT_TRANSLATE_NOOP("CoreText", "The provider sent an unreadable {field}."),
    QT_TRANSLATE_NOOP("CoreText", "The provider sent an impossible token lifetime."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's answer did not contain an access token."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's answer did not say what kind of token it is."),
    QT_TRANSLATE_NOOP("CoreText", "The provider issued a kind of token Loopgate cannot use."),
    QT_TRANSLATE_NOOP("CoreText", "This connection cannot be renewed without signing in again."),
    # -- sign-in tokens (core/oauth/jwt_view.py, id_token.py) ------------------------------
    QT_TRANSLATE_NOOP("CoreText", "Could not fetch the provider's signing keys."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's signing keys are malformed."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's signing keys are unusable."),
    QT_TRANSLATE_NOOP("CoreText", "The sign-in token did not belong to this attempt."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's sign-in token failed verification."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider sent a malformed sign-in token (id_token), so it was not trusted.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The sign-in token was signed with a key the provider does not publish."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The sign-in token was issued for several apps without naming this one."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The sign-in token was issued for another app."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The renewed sign-in token names a different account than this one, so the renewal "
        "was not used. Reconnect the account if this keeps happening.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The renewed sign-in token did not belong to this account's sign-in."
    ),
    # -- custom providers: discovery (core/oauth/discovery.py) -----------------------------
    QT_TRANSLATE_NOOP("CoreText", "The issuer URL cannot be used: {problem}."),
    QT_TRANSLATE_NOOP("CoreText", "The authorization endpoint cannot be used: {problem}."),
    QT_TRANSLATE_NOOP("CoreText", "The token endpoint cannot be used: {problem}."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "it must start with https:// (plain http:// only for this computer: 127.0.0.1 or [::1])",
    ),
    QT_TRANSLATE_NOOP("CoreText", "Could not reach {url}."),
    QT_TRANSLATE_NOOP("CoreText", "The provider's configuration is not JSON."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider's configuration could not be found at its issuer address. Check the "
        "address, or enter the endpoints by hand.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider's configuration is not a JSON object."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider's configuration names a different issuer, so it was not trusted.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider's configuration lacks {key}."),
    QT_TRANSLATE_NOOP(
        "CoreText", "This provider does not support PKCE with S256, which Loopgate requires."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider's configuration gives an unsafe {key}: {problem}."),
    # -- renewing and reconnecting (core/engine/refresh.py, engine.py) ---------------------
    QT_TRANSLATE_NOOP("CoreText", "No tokens are stored for this account. Please reconnect it."),
    QT_TRANSLATE_NOOP(
        "CoreText", "Another Loopgate window or command is renewing this account; try again."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The connection expired and cannot be renewed."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider's renewed sign-in did not check out ({reason}). Please reconnect this "
        "account.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "This provider's settings changed since the account was connected ({change}), so "
        "its tokens were not sent there. Reconnect the account to use the new settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "This account's tokens were kept for one session only and were forgotten when "
        "Loopgate closed. Reconnect to use it again.",
    ),
    # -- the organisation's policy (core/policy/registry.py, engine.py) --------------------
    QT_TRANSLATE_NOOP(
        "CoreText", "{provider} is a custom provider: not allowed by your organisation."
    ),
    QT_TRANSLATE_NOOP("CoreText", "The demo is not allowed by your organisation."),
    QT_TRANSLATE_NOOP("CoreText", "{provider} is not allowed by your organisation."),
    QT_TRANSLATE_NOOP("CoreText", "{reason} Its accounts can only be disconnected."),
    QT_TRANSLATE_NOOP("CoreText", "Set by your organisation"),
    # -- the keychain and the account list (core/storage) -----------------------------------
    QT_TRANSLATE_NOOP(
        "CoreText",
        "No system keychain was found, so Loopgate cannot store tokens safely. On Linux, "
        "install and unlock a Secret Service keychain (GNOME Keyring or KWallet), or use "
        "session-only mode (tokens are forgotten when you quit).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The configured keychain stores secrets as plain files, which Loopgate refuses.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The system keychain is locked. Unlock it and try again."),
    QT_TRANSLATE_NOOP(
        "CoreText", "The system keychain refused the request. It may be locked or unavailable."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The stored tokens for account {account} are damaged. Please reconnect it."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Part of the tokens for account {account} is missing from the keychain. Please "
        "reconnect it.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "These tokens are too large to keep in the system keychain."),
    QT_TRANSLATE_NOOP(
        "CoreText", "Another Loopgate window or command is busy with the account list."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "The account list was written by a newer Loopgate. Please update Loopgate."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "Loopgate's file {file} is missing or damaged. Reinstall Loopgate."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate's bundled files are missing: {path} was not found. Reinstall Loopgate.",
    ),
    # -- disconnecting (core/engine/disconnect.py) ------------------------------------------
    QT_TRANSLATE_NOOP("CoreText", "revoked at the provider"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the provider offers no way to revoke access, so it was removed from this computer only",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "removed from this computer only; the provider was not asked to revoke access",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "no tokens were stored on this computer, so there was nothing to revoke",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate could not revoke access at the provider: {reason} Nothing was removed: "
        "try again, or remove the account from this computer only.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate could not revoke access: {reason} Nothing was removed: try again, or "
        "remove the account from this computer only.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Loopgate could not revoke access: this provider needs a valid access token to "
        "revoke, and this one has expired and cannot be renewed. Nothing was removed: try "
        "again, or remove the account from this computer only.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider's revocation address redirected elsewhere; Loopgate does not follow "
        "redirects when sending tokens.",
    ),
    # -- calling the API (core/api, engine.py) ----------------------------------------------
    QT_TRANSLATE_NOOP("CoreText", "The API did not answer in time."),
    QT_TRANSLATE_NOOP("CoreText", "The request was cancelled."),
    QT_TRANSLATE_NOOP("CoreText", "The response is larger than 200 MB and was not kept."),
    QT_TRANSLATE_NOOP("CoreText", "The response was cut off."),
    QT_TRANSLATE_NOOP(
        "CoreText", "This address cannot be used: {problem}. The account's token was not sent."
    ),
    QT_TRANSLATE_NOOP("CoreText", "Tokens are only sent over https."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "{origin} is not one of this provider's addresses, so the account's token was not "
        "sent there.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The address needs {field}, which this account does not have."),
    QT_TRANSLATE_NOOP("CoreText", "The token was renewed before sending."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider rejected the token (401), so Loopgate renewed it and resent.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The token cannot be renewed: reconnect the account."),
    QT_TRANSLATE_NOOP("CoreText", "Renewing the token failed: {reason}"),
    QT_TRANSLATE_NOOP(
        "CoreText", "Rate limited: the provider did not say when to retry; wait a while."
    ),
    QT_TRANSLATE_NOOP("CoreText", "Rate limited, retry in {seconds} s."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The account's access does not cover this request (insufficient_scope); reconnect "
        "with the needed permissions.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused this request (HTTP 403)."),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused the token (HTTP 401)."),
    QT_TRANSLATE_NOOP("CoreText", "The provider refused the token (HTTP 401: {error})."),
    QT_TRANSLATE_NOOP("CoreText", "The provider had a problem (HTTP {status})."),
    QT_TRANSLATE_NOOP("CoreText", "Retry in {seconds} s."),
    QT_TRANSLATE_NOOP("CoreText", "It said: “{words}”"),
    QT_TRANSLATE_NOOP("CoreText", "The JSON viewer stopped; send the request again."),
    # -- what the inspector says about a token (core/engine/token_check.py) ----------------
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Decoded, signature not verified (access tokens are meant for the API, not for Loopgate).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "Not a JWT: this token is opaque, so only the provider can read it."
    ),
    QT_TRANSLATE_NOOP("CoreText", "This sign-in token is malformed: it is not a readable JWT."),
    QT_TRANSLATE_NOOP("CoreText", "Signature NOT verified: {reason} ({detail})"),
    QT_TRANSLATE_NOOP("CoreText", "Checks failed: {reason} ({detail})"),
    QT_TRANSLATE_NOOP(
        "CoreText", "Decoded, signature not verified: {reason}; this token has expired."
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Decoded, signature not verified: {reason}; issuer, audience and expiry checked.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "Signature verified with key {key}, but this token has expired."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Signature verified with the provider's key {key} ({algorithm}); issuer, audience "
        "and expiry checked.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Signature verified with the provider's key {key} (access tokens are meant for the "
        "API; this one also verifies against the sign-in keys).",
    ),
    QT_TRANSLATE_NOOP("CoreText", "Decoded, signature not verified: {reason}."),
    QT_TRANSLATE_NOOP("CoreText", "Decoded, signature not verified."),
    QT_TRANSLATE_NOOP("CoreText", "the provider publishes no signing keys (no jwks_uri)"),
    QT_TRANSLATE_NOOP("CoreText", "{reason} ({detail})"),
    QT_TRANSLATE_NOOP("CoreText", "Checking the signature…"),
    # -- after connecting (core/engine/connect.py: connect_notices) ------------------------
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The provider publishes no signing keys, so the sign-in token's signature was not "
        "verified (its issuer, audience, expiry and nonce were).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "This provider did not allow Loopgate to renew access by itself: when it stops "
        "accepting this connection, you will be asked to sign in again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "This provider asks you to sign in again {every}: it did not allow Loopgate to "
        "renew access by itself.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "every minute"),
    QT_TRANSLATE_NOOP("CoreText", "every {count} minutes"),
    QT_TRANSLATE_NOOP("CoreText", "every {count} hours"),
    QT_TRANSLATE_NOOP("CoreText", "every {count} days"),
)

# Sentence ends where the core joins two messages with a space.
_SENTENCE_END = re.compile(r"(?<=[.!?…”)])\s+")
_FIELD = re.compile(r"\\\{(\w+)\\\}")


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(
        _FIELD.sub(lambda m: f"(?P<{m.group(1)}>.+?)", re.escape(template)), re.DOTALL
    )


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled on first use (≈ 15 ms): never on the way to the first paint."""
    return tuple((template, _pattern(template)) for template in TEMPLATES)


def _translated(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def _one(text: str) -> str | None:
    """The translation of ``text`` when one template matches it whole; else ``None``."""
    for template, pattern in _compiled():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        fields = dict(found.groupdict())
        nested = {name: _known(fields[name]) for name in NESTED & set(fields)}
        if None in nested.values():
            continue  # "{reason} ({detail})" only for a reason Loopgate knows
        fields.update(nested)
        for name in OPTIONAL & set(fields):
            fields[name] = core_text(fields[name])
        for name, words in _FIELD_WORDS.items():
            if name in fields:
                fields[name] = words(fields[name])
        try:
            return _translated(template).format(**fields)
        except (KeyError, IndexError, ValueError):  # a damaged translation: English then
            return template.format(**fields)
    return None


def _known(text: str) -> str | None:
    """The translation of a known core message (whole or sentence by sentence), else None."""
    return _cached(text, current_language(), generation())


@lru_cache(maxsize=512)
def _cached(text: str, language: str, installed: int) -> str | None:
    """Cached per installed catalogue set: the same text reads differently in each."""
    whole = _one(text)
    if whole is not None:
        return whole
    # Several sentences joined by the core: translate each one, or give up on the whole.
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    return _split(text, 0, ends)


def _split(text: str, start: int, ends: list[re.Match[str]]) -> str | None:
    """The first sentence boundary after ``start`` that leaves both sides known."""
    for end in ends:
        if end.start() <= start:
            continue
        head = _one(text[start : end.start()])
        if head is None:
            continue
        rest = text[end.end() :]
        tail = _one(rest)
        if tail is None:
            tail = _split(text, end.end(), ends)
        if tail is not None:
            return f"{head} {tail}"
    return None


def is_known(text: str) -> bool:
    """Whether ``text`` is a core message this module translates (whole or sentence by sentence)."""
    return bool(text) and _known(text) is not None


def core_text(text: str) -> str:
    """``text`` from the core, in the GUI's language when it is a known message, else as is."""
    if not text:
        return text
    return _known(text) or text


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, detail) of an exception for the GUI: plain words in the GUI's language.

    An unknown message keeps its English in an English window; in another language the
    nearest error class's own message stands in and the English goes to the detail.
    """
    message = getattr(exc, "message", "") or ""
    detail = getattr(exc, "detail", "") or ""
    if not message:
        return "", detail
    known = _known(message)
    if known is not None:
        return known, detail
    if current_language() == ENGLISH:
        return message, detail
    general = _class_message(type(exc))
    if general is None:
        return message, detail
    return general, "\n".join(part for part in (message, detail) if part)


def _class_message(kind: type) -> str | None:
    for cls in kind.__mro__:
        default = cls.__dict__.get("default_message")
        if isinstance(default, str):
            return _one(default)
    return None
