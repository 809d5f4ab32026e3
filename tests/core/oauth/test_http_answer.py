"""Reading error answers: Retry-After (RFC 9110 §10.2.3) and the provider's own words."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime

import pytest

from desktop_app.core.base.redact import register_secret
from desktop_app.core.oauth.http_answer import (
    MAX_RETRY_AFTER_SECONDS,
    provider_words,
    retry_after_seconds,
)

NOW = 1_700_000_000.0


def http_date(epoch: float) -> str:
    return format_datetime(datetime.fromtimestamp(epoch, timezone.utc), usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after": "120"}, 120.0),  # header names are case-insensitive
        ({"Retry-After": http_date(NOW + 90)}, 90.0),
        ({"Retry-After": http_date(NOW - 30)}, 0.0),  # a date in the past: retry now
        ({"Retry-After": "99999999999"}, MAX_RETRY_AFTER_SECONDS),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-5"}, None),
        ({}, None),
    ],
)
def test_retry_after_is_seconds_or_an_http_date(headers: dict, expected: float | None) -> None:
    """delay-seconds or HTTP-date; absent or unreadable is None; absurd waits are capped."""
    assert retry_after_seconds(headers, NOW) == expected


def test_an_http_date_is_measured_against_the_providers_date_header() -> None:
    """A desktop clock an hour off does not stretch the wait: the provider's Date anchors it."""
    provider_now = NOW + 3600
    headers = {"Retry-After": http_date(provider_now + 30), "Date": http_date(provider_now)}
    assert retry_after_seconds(headers, NOW) == 30.0


def test_retry_after_reads_header_pairs_too() -> None:
    """API answers keep headers as (name, value) pairs."""
    assert retry_after_seconds((("Content-Type", "x"), ("Retry-After", "3")), NOW) == 3.0


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b'{"error":"invalid_client","error_description":"Bad secret"}', "json", "Bad secret"),
        (b'{"message":"401 Unauthorized"}', "application/json", "401 Unauthorized"),
        (b'{"error":{"type":"RateLimited","message":"Retry in 7 s"}}', "json", "Retry in 7 s"),
        (b"<html><title>502 Bad Gateway</title></html>", "text/html", "502 Bad Gateway"),
        (b"<html><body><h1>Sign <b>in</b></h1></body></html>", "text/html", "Sign in"),
        (b"Service temporarily down\nmore", "text/plain", "Service temporarily down"),
        (b"", "", ""),
        (b'{"elements": []}', "application/json", ""),
    ],
)
def test_provider_words_come_from_the_answer(body: bytes, content_type: str, words: str) -> None:
    """error_description, Clover's message, Clio's nested message, an HTML title, plain text."""
    assert provider_words(body, content_type) == words


def test_provider_words_are_short_and_never_carry_a_secret() -> None:
    """Capped at 160 characters; a token the page echoes is scrubbed."""
    secret = "rt-0123456789abcdefghij"
    register_secret(secret)
    words = provider_words(f"refresh token {secret} is wrong. ".encode() * 20, "text/plain")
    assert len(words) <= 160 and secret not in words and "[REDACTED]" in words
