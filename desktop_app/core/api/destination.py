"""Where an account's token may go: decided on the URL that is actually sent.

RFC 6750 §5.3 / design §3: a bearer token goes only to its provider's API origin —
scheme, host *and* port. The decision is made on the URL requests prepares (with the
query parameters folded in), after checking that ``urlsplit``, urllib3's ``parse_url``
(what opens the connection) and a strict reading all see the same origin, and that
preparing it again changes nothing. The caller then sends exactly that URL.

Which origins belong to a provider's API: ``api_base`` (the resource server the profile
names) and ``userinfo_endpoint`` (OIDC Core §5.3, the one protocol-defined use of an
access token). The issuer and the token endpoint do not: an access token has no business
at the authorization server (the token client, not the explorer, talks to it), and in
every shipped profile the API already shares the issuer's origin.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import requests
from urllib3.util import parse_url

from ..base.errors import LoopgateError
from ..base.origins import DEFAULT_PORTS, Origin, UrlProblem, parse_origin
from ..providers.profiles import ProviderProfile

__all__ = ["api_origins", "sendable_url"]


def api_origins(profile: ProviderProfile) -> tuple[Origin, ...]:
    """The origins a profile's access token may be sent to (see the module docstring)."""
    origins: list[Origin] = []
    for url in (profile.api_base, profile.userinfo_endpoint):
        try:
            origin = parse_origin(url) if url else None
        except UrlProblem:
            continue  # profile validation reports it; here it just grants nothing
        if origin is not None and origin not in origins:
            origins.append(origin)
    return tuple(origins)


def sendable_url(url: str, params: Sequence[tuple[str, str]], origins: Iterable[Origin]) -> str:
    """The exact URL to send (query folded in), or ``LoopgateError`` saying why not."""
    try:
        typed = parse_origin(url)  # refuses encoded, numeric and other host tricks as typed
        prepared = _prepare(url, params)
        origin = _agreed_origin(prepared)
        if origin != typed:
            raise UrlProblem(f"it would go to {origin}, not to {typed} as written")
    except UrlProblem as exc:
        raise LoopgateError(
            f"This address cannot be used: {exc}. The account's token was not sent.",
            detail=f"refused {url!r}",
        ) from None
    allowed = tuple(origins)
    if origin.scheme != "https" and not origin.is_loopback_literal:
        raise LoopgateError(
            "Tokens are only sent over https.", detail=f"refused plain http to {origin}"
        )
    if origin not in allowed:
        raise LoopgateError(
            f"{origin} is not one of this provider's addresses, so the account's token "
            "was not sent there.",
            detail=f"allowed: {', '.join(str(o) for o in allowed) or 'none'}",
        )
    return prepared


def _prepare(url: str, params: Sequence[tuple[str, str]]) -> str:
    """What requests puts on the wire for ``url`` and ``params``, as a fixed point.

    The fragment is dropped (RFC 3986 §3.5: never sent). Preparing can change a URL once
    more (dot segments such as ``/%2e%2e/`` are removed on the second pass), and the
    caller's ``send`` prepares it again, so the URL returned is one that stays the same.
    """
    url = url.split("#", 1)[0]
    for _ in range(3):
        prepared = _prepare_once(url, params)
        if prepared == url:
            return prepared
        url, params = prepared, ()
    raise UrlProblem("it keeps changing each time it is prepared")


def _prepare_once(url: str, params: Sequence[tuple[str, str]]) -> str:
    try:
        prepared = requests.Request("GET", url, params=list(params)).prepare().url
    except (requests.RequestException, ValueError, UnicodeError) as exc:
        raise UrlProblem(f"it is not a valid web address ({exc})") from None
    if not prepared:
        raise UrlProblem("it is empty")
    return prepared


def _agreed_origin(prepared: str) -> Origin:
    """One origin that every reader of ``prepared`` agrees on, and a stable URL."""
    strict = parse_origin(prepared)
    try:
        split = urlsplit(prepared)
        wire = parse_url(prepared)
        readings = {
            (split.scheme.lower(), _host(split.hostname), split.port),
            (wire.scheme, _host(wire.host), wire.port),
        }
        again = _prepare_once(prepared, ())
    except ValueError as exc:  # LocationParseError, bad port
        raise UrlProblem(f"it is not a valid web address ({exc})") from None
    expected = {(strict.scheme, strict.host, strict.port)}
    if strict.port == DEFAULT_PORTS[strict.scheme]:
        expected.add((strict.scheme, strict.host, None))  # no port written: the default
    if not readings <= expected or again != prepared:
        raise UrlProblem("different parts of the network stack would read it differently")
    return strict


def _host(host: str | None) -> str:
    """A parser's host reading in the strict form (IPv6 compressed, names lowercase)."""
    host = (host or "").strip("[]").lower()
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host).compressed
        except ValueError:
            return host
    return host
