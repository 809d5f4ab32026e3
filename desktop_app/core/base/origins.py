"""Web origins read strictly: one reading of scheme, host and port, or a plain refusal.

Parsers disagree on odd URLs (``urlsplit`` takes ``\\`` as part of the host, urllib3 and
browsers take it as ``/``; a decimal ``2130706433`` or octal ``0177.0.0.1`` is 127.0.0.1 to
the resolver but not to a string compare). Whatever is ambiguous is refused here, so
the origin Loopgate compares is the origin every parser sees (RFC 3986 §3.2, RFC 6454).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_NUMERIC_LOOKING = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_PORT = re.compile(r"^[1-9][0-9]{0,4}$")


class UrlProblem(ValueError):
    """A URL Loopgate will not read, with the reason in plain words."""


@dataclass(frozen=True)
class Origin:
    """RFC 6454 origin: lowercase scheme, canonical host, explicit port."""

    scheme: str
    host: str
    port: int

    @property
    def is_loopback_literal(self) -> bool:
        """RFC 8252 §8.3: a loopback IP literal (``localhost`` may resolve elsewhere)."""
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = DEFAULT_PORTS.get(self.scheme)
        return f"{self.scheme}://{host}" + ("" if self.port == default else f":{self.port}")


def screen(url: str) -> None:
    """Refuses characters parsers read differently: backslashes, controls, whitespace."""
    if "\\" in url:
        raise UrlProblem("the address contains a backslash (\\)")
    for char in url:
        if ord(char) < 0x20 or ord(char) == 0x7F:
            raise UrlProblem("the address contains a control character")
        if char.isspace():
            raise UrlProblem("the address contains a space or other whitespace")


def authority_of(url: str) -> tuple[str, str]:
    """(scheme, authority) of an absolute URL; the authority ends at the first / ? or #."""
    match = _SCHEME.match(url)
    if not match:
        raise UrlProblem("the address must start with https:// (or http:// for this computer)")
    rest = url[match.end() :]
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    return match.group(1).lower(), rest[:end]


def parse_origin(url: str) -> Origin:
    """The origin of ``url``, read strictly (raises ``UrlProblem`` on anything ambiguous)."""
    screen(url)
    scheme, authority = authority_of(url)
    if scheme not in DEFAULT_PORTS:
        raise UrlProblem(f"{scheme}:// is not a web address (use https://)")
    if "@" in authority:
        raise UrlProblem("the address contains a user name or password before the host (@)")
    if "%" in authority:
        raise UrlProblem("the host is percent-encoded or carries an IPv6 zone (%)")
    host, port_text = _split_host_port(authority)
    port = DEFAULT_PORTS[scheme]
    if port_text is not None:
        if not _PORT.match(port_text) or int(port_text) > 65535:
            raise UrlProblem(f"the port {port_text!r} is not a number from 1 to 65535")
        port = int(port_text)
    return Origin(scheme, canonical_host(host), port)


def _split_host_port(authority: str) -> tuple[str, str | None]:
    if authority.startswith("["):
        host, bracket, rest = authority[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            raise UrlProblem("the IPv6 address in brackets is malformed")
        return f"[{host}]", (rest[1:] if rest else None)
    if authority.count(":") > 1:
        raise UrlProblem("the host has more than one ':' (IPv6 addresses go in [brackets])")
    host, colon, port = authority.partition(":")
    return host, (port if colon else None)


def canonical_host(host: str) -> str:
    """Lowercase ASCII name, dotted-quad IPv4 or compressed IPv6; anything else refused."""
    if host.startswith("["):
        try:
            return ipaddress.IPv6Address(host[1:-1]).compressed
        except ValueError:
            raise UrlProblem(f"{host} is not an IPv6 address") from None
    if not host:
        raise UrlProblem("the address has no host")
    if not host.isascii():
        raise UrlProblem("the host has non-ASCII characters (use its xn-- form)")
    host = host.lower()
    if host.endswith("."):
        raise UrlProblem("the host ends with a dot")
    labels = host.split(".")
    if _NUMERIC_LOOKING.match(labels[-1]):
        return _dotted_quad(host)
    if not all(_LABEL.match(label) for label in labels):
        raise UrlProblem(f"{host!r} is not a valid host name")
    return host


def _dotted_quad(host: str) -> str:
    """Only the canonical IPv4 form: no decimal, octal, hex or shortened spellings."""
    parts = host.split(".")
    canonical = len(parts) == 4 and all(
        p.isdigit() and (p == "0" or not p.startswith("0")) and int(p) <= 255 for p in parts
    )
    if not canonical:
        raise UrlProblem(f"{host!r} is an IP address in a non-standard form (write a.b.c.d)")
    return host


def endpoint_problem(url: str) -> str:
    """Why ``url`` cannot be a provider endpoint, or ``""``: https, except a loopback literal."""
    try:
        origin = parse_origin(url)
    except UrlProblem as exc:
        return str(exc)
    if origin.scheme == "https" or origin.is_loopback_literal:
        return ""
    return "it must start with https:// (plain http:// only for this computer: 127.0.0.1 or [::1])"
