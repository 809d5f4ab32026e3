"""The token's destination is decided on the URL actually sent: scheme, host and port."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st
from urllib3.util import parse_url

from desktop_app.core.api.destination import api_origins, sendable_url
from desktop_app.core.base.errors import LoopgateError
from desktop_app.core.base.origins import parse_origin
from desktop_app.core.providers.profiles import ProviderProfile

API = "https://api.clover.com"
ORIGINS = (parse_origin(API), parse_origin("http://127.0.0.1:8765"))

# Pieces that parsers are known to read differently (WHATWG vs RFC 3986 vs urllib3).
SCHEMES = ["https://", "http://", "HTTPS://", "https:/", "https:\\\\", "hTTp://", "ftp://"]
HOSTS = [
    "api.clover.com", "API.CLOVER.COM", "api.clover.com.", "attacker.example",
    "api%2eclover.com", "xn--pi-7ka.clover.com", "аpi.clover.com", "ａｐｉ.clover.com",
    "127.0.0.1", "127.0.0.2", "127.1", "2130706433", "0177.0.0.1", "0x7f.0.0.1",
    "127.0.0.01", "[::1]", "[::1%25lo]", "[::ffff:127.0.0.1]", "localhost", "",
]  # fmt: skip
PORTS = ["", ":8765", ":443", ":0443", ":8766", ":", ":99999", ":80"]
JOINS = ["\\@", "@", ":x@", "#@", "?@", "/", "\\", "%40", "\t", " ", "\r\n", "%00", ";@"]
PATHS = ["/x", "", "/api/me?a=1", "#frag", "/%2e%2e/x", "//evil.example/x", "?q=\\"]


def pieces() -> st.SearchStrategy[str]:
    host = st.sampled_from(HOSTS)
    authority = st.builds(lambda h, p: h + p, host, st.sampled_from(PORTS))
    tail = st.lists(st.tuples(st.sampled_from(JOINS), authority), max_size=2).map(
        lambda items: "".join(j + a for j, a in items)
    )
    return st.builds(
        lambda s, a, t, p: s + a + t + p,
        st.sampled_from(SCHEMES), authority, tail, st.sampled_from(PATHS),
    )  # fmt: skip


def readings(url: str) -> set[tuple[str, str, int | None]]:
    """(scheme, host, port) as urlsplit, urllib3 and requests' prepared URL read it."""
    default = {"http": 80, "https": 443}
    split, wire = urlsplit(url), parse_url(url)
    prepared = parse_url(requests.Request("GET", url).prepare().url)
    out = set()
    for scheme, host, port in (
        (split.scheme, split.hostname, split.port),
        (wire.scheme, wire.host, wire.port),
        (prepared.scheme, prepared.host, prepared.port),
    ):
        scheme = (scheme or "").lower()
        out.add((scheme, (host or "").strip("[]").lower(), port or default.get(scheme)))
    return out


@settings(max_examples=600, deadline=None)
@given(url=pieces())
def test_an_accepted_url_means_the_same_origin_to_every_parser(url: str) -> None:
    """Accepted only when urlsplit, urllib3 and requests all read an allowed origin."""
    try:
        sent = sendable_url(url, (), ORIGINS)
    except LoopgateError as exc:
        assert "token" in exc.message.lower()  # one plain message, never a parser's traceback
        return
    allowed = {(o.scheme, o.host, o.port) for o in ORIGINS}
    assert readings(sent) <= allowed, (url, sent)
    assert readings(url) <= allowed, (url, sent)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://attacker.example\\@api.clover.com/x", "backslash"),
        ("http://127.0.0.2:38998\\@127.0.0.1:8765/x", "backslash"),
        ("https://user:pw@api.clover.com/x", "user name or password"),
        ("https://api.clover.com@attacker.example/x", "user name or password"),
        ("https://api.clover.com./x", "ends with a dot"),
        ("https://api%2eclover.com/x", "percent-encoded"),
        ("http://[::1%25lo]:8765/x", "IPv6 zone"),
        ("https://ａｐｉ.clover.com/x", "non-ASCII"),
        ("http://2130706433:8765/x", "non-standard form"),
        ("http://0177.0.0.1:8765/x", "non-standard form"),
        ("http://127.1:8765/x", "non-standard form"),
        ("https://api.clover.com/a b", "whitespace"),
        ("https://api.clover.com/a\r\nHost: evil", "control character"),
        ("https://api.clover.com:0443/x", "port"),
    ],
)
def test_each_trick_is_refused_with_a_specific_reason(url: str, reason: str) -> None:
    """The message names what is wrong with the address."""
    with pytest.raises(LoopgateError, match=reason):
        sendable_url(url, (), ORIGINS)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:8766/x", "not one of this provider's addresses"),
        ("http://127.0.0.2:8765/x", "not one of this provider's addresses"),
        ("https://api.clover.com:8443/x", "not one of this provider's addresses"),
        ("http://api.clover.com/x", "only sent over https"),
        ("https://apisandbox.dev.clover.com/x", "not one of this provider's addresses"),
    ],
)
def test_the_port_and_scheme_count_as_much_as_the_host(url: str, problem: str) -> None:
    """Another port or plain http on the provider's host is another origin."""
    with pytest.raises(LoopgateError, match=problem):
        sendable_url(url, (), ORIGINS)


def test_the_query_is_folded_into_the_one_url_that_is_sent() -> None:
    """Params, dot segments and the fragment are settled before the decision, not after."""
    sent = sendable_url("https://API.clover.com/a/%2e%2e/v3?x=1#frag", [("q", "a b")], ORIGINS)
    assert sent == "https://api.clover.com/v3?x=1&q=a+b"
    assert requests.Request("GET", sent).prepare().url == sent


def test_api_origins_are_the_api_base_and_userinfo_only() -> None:
    """Neither the issuer nor the token endpoint receives the access token."""
    profile = ProviderProfile(
        id="p",
        name="P",
        issuer="https://login.example.com",
        token_endpoint="https://login.example.com/token",
        userinfo_endpoint="https://login.example.com:8443/userinfo",
        api_base="https://api.example.com/v1",
    )
    assert [str(o) for o in api_origins(profile)] == [
        "https://api.example.com",
        "https://login.example.com:8443",
    ]
