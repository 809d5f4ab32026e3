"""The relay ``state`` format (``lg1.<nonce>.<port>.<path>``) and its strict parser."""

from __future__ import annotations

import re
import string
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.oauth.relay_state import (
    make_relay_state,
    new_relay_nonce,
    parse_relay_state,
)

NONCE = "N" * 22 + "x_-9" * 5  # 42 characters of the base64url alphabet
SEGMENT = st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=64)


def hostile_states() -> list[str]:
    """Tampered and hostile states: each must not be forwarded anywhere."""
    return [
        "",
        "lg1",
        f"lg1.{NONCE}.8080",
        f"lg1.{NONCE}.8080.",
        f"LG1.{NONCE}.8080.callback",
        f"lg2.{NONCE}.8080.callback",
        f"lg1.{'a' * 21}.8080.callback",  # 126 bits: too little randomness
        f"lg1.{'a' * 65}.8080.callback",
        f"lg1.{NONCE}.80.callback",  # a privileged port
        f"lg1.{NONCE}.1023.callback",
        f"lg1.{NONCE}.65536.callback",
        f"lg1.{NONCE}.99999.callback",
        f"lg1.{NONCE}.08080.callback",  # leading zero
        f"lg1.{NONCE}.-8080.callback",
        f"lg1.{NONCE}.8080 .callback",
        f"lg1.{NONCE}.８０８０.callback",  # full-width digits
        f"lg1.{NONCE}.8080@evil.example.callback",
        f"lg1.{NONCE}.8080.callback@evil.example",
        f"lg1.{NONCE}.8080.evil.example",
        f"lg1.{NONCE}.8080.%2F%2Fevil.example",
        f"lg1.{NONCE}.8080.~evil",
        f"lg1.{NONCE}.8080.a~~b",
        f"lg1.{NONCE}.8080.a~b~c~d~e~f~g~h~i",  # nine segments
        f"lg1.{NONCE}.8080.{'p' * 65}",
        f"lg1.{NONCE}.8080.callback\n",
        f"lg1.{NONCE}.8080.callback\x00",
        f" lg1.{NONCE}.8080.callback",
        f"lg1.{NONCE}.8080.call back",
        f"lg1.{NONCE}.8080.callback/..",
        f"lg1.{NONCE}.8080.callback?x=1",
        f"lg1.{NONCE}.8080.callback#x",
        f"lg1.{NONCE}:8080.callback",
        f"lg1.{NONCE}.8080.callbäck",
        f"lg1.{NONCE}.0x1F90.callback",
        "lg1.<script>alert(1)</script>.8080.callback",
        "javascript:alert(1)",
        "http://evil.example/",
        NONCE,
    ]


def valid_states() -> list[tuple[str, tuple[int, str]]]:
    return [
        (f"lg1.{NONCE}.8080.callback", (8080, "/callback")),
        (f"lg1.{NONCE}.1024.callback", (1024, "/callback")),
        (f"lg1.{NONCE}.65535.cb", (65535, "/cb")),
        (f"lg1.{NONCE}.18080.oauth~clover", (18080, "/oauth/clover")),
        (f"lg1.{'A' * 22}.5000.a~b~c~d~e~f~g~h", (5000, "/a/b/c/d/e/f/g/h")),
        (f"lg1.{'z' * 64}.49152.call_back-2", (49152, "/call_back-2")),
    ]


def test_make_and_parse_round_trip() -> None:
    """A state made for a port and path parses back to exactly that port and path."""
    state = make_relay_state(NONCE, 18080, "/oauth/clover")
    assert state == f"lg1.{NONCE}.18080.oauth~clover"
    assert parse_relay_state(state) == (18080, "/oauth/clover")


@pytest.mark.parametrize(("state", "expected"), valid_states())
def test_valid_states_name_their_loopback_target(state: str, expected: tuple[int, str]) -> None:
    """Each well-formed state gives its port and path."""
    assert parse_relay_state(state) == expected


@pytest.mark.parametrize("state", hostile_states())
def test_tampered_and_hostile_states_are_refused(state: str) -> None:
    """Anything outside the format gives no target at all."""
    assert parse_relay_state(state) is None


@pytest.mark.parametrize(
    ("nonce", "port", "path"),
    [
        ("short", 8080, "/callback"),
        (NONCE + ".", 8080, "/callback"),
        (NONCE, 80, "/callback"),
        (NONCE, 70000, "/callback"),
        (NONCE, True, "/callback"),
        (NONCE, 8080, "callback"),
        (NONCE, 8080, "/"),
        (NONCE, 8080, "/a/../b"),
        (NONCE, 8080, "/call back"),
        (NONCE, 8080, "//evil.example"),
        (NONCE, 8080, "/a/b/c/d/e/f/g/h/i"),
    ],
)
def test_make_refuses_what_the_page_would_refuse(nonce: str, port: int, path: str) -> None:
    """A state the page could not forward is never made."""
    with pytest.raises(ValueError):
        make_relay_state(nonce, port, path)


def test_fresh_nonces_carry_at_least_128_bits() -> None:
    """``new_relay_nonce`` gives 43 base64url characters (256 bits), never repeated."""
    nonces = {new_relay_nonce() for _ in range(200)}
    assert len(nonces) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", n) for n in nonces)


@settings(max_examples=200, deadline=None)
@given(
    port=st.integers(1024, 65535),
    segments=st.lists(SEGMENT, min_size=1, max_size=8),
)
def test_every_valid_target_round_trips_and_is_url_safe(port: int, segments: list[str]) -> None:
    """Any allowed port and path survive the trip, in unreserved characters only."""
    path = "/" + "/".join(segments)
    state = make_relay_state(new_relay_nonce(), port, path)
    assert parse_relay_state(state) == (port, path)
    assert quote(state, safe="") == state


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_never_targets_a_low_port(text: str) -> None:
    """The parser answers every input; whatever it accepts is a port ≥ 1024 and a '/' path."""
    found = parse_relay_state(text)
    if found is not None:
        port, path = found
        assert 1024 <= port <= 65535 and path.startswith("/") and "//" not in path
