"""What an API answer means: renew and resend (RFC 6750 §3.1), or a plain note, never a crash."""

from __future__ import annotations

import pytest

from desktop_app.core.api.answers import bearer_error, needs_new_token, plain_note
from desktop_app.core.api.calls import ApiResponse

NOW = 1_700_000_000.0


def answer(status: int, body: bytes = b"", **headers: str) -> ApiResponse:
    pairs = tuple((k.replace("_", "-"), v) for k, v in headers.items())
    return ApiResponse(status, "", pairs, body, 1.0, "http://127.0.0.1/x")


@pytest.mark.parametrize(
    ("response", "renew"),
    [
        (answer(401, b'{"message": "401 Unauthorized"}'), True),  # Clover: no error, no header
        (answer(401, b'{"error":"invalid_token","error_description":"expired"}'), True),  # Clio
        (answer(401, WWW_Authenticate='Bearer realm="api", error="invalid_token"'), True),
        (answer(401, WWW_Authenticate="Bearer error=invalid_token"), True),  # token form
        (answer(401), True),  # empty body, no header
        (answer(401, b"<html><h1>401</h1></html>", Content_Type="text/html"), True),
        (answer(401, b"x" * 5_000_000), True),  # huge: not parsed, still a 401
        (answer(401, WWW_Authenticate='Bearer error="invalid_request"'), False),
        (answer(401, b'{"error": "invalid_request"}'), False),
        (answer(403, WWW_Authenticate='Bearer error="insufficient_scope"'), False),
        (answer(429, Retry_After="7"), False),
        (answer(500, b"<h1>oops</h1>"), False),
        (answer(200, b"{}"), False),
    ],
)
def test_only_a_401_about_the_token_is_renewed(response: ApiResponse, renew: bool) -> None:
    """invalid_token or no error at all renews; another error, 403, 429, 5xx never do."""
    assert needs_new_token(response) is renew


def test_the_header_wins_over_the_body_and_error_description_is_not_the_error() -> None:
    """RFC 6750 §3: the challenge's ``error``; ``error_description`` is not mistaken for it."""
    challenge = 'Bearer error_description="invalid_token soon", error="insufficient_scope"'
    assert bearer_error(answer(403, b'{"error":"x"}', WWW_Authenticate=challenge)) == (
        "insufficient_scope"
    )
    assert bearer_error(answer(401, b'{"error": {"type": "Nested"}}')) == ""


@pytest.mark.parametrize(
    ("response", "note"),
    [
        (answer(429, Retry_After="7"), "Rate limited, retry in 7 s."),
        (answer(429, Retry_After="Tue, 14 Nov 2023 22:14:20 GMT"), "Rate limited, retry in 60 s."),
        (answer(429), "Rate limited: the provider did not say when to retry; wait a while."),
        (
            answer(503, b"<title>Down for maintenance</title>", Retry_After="120"),
            "The provider had a problem (HTTP 503). Retry in 120 s."
            " It said: “Down for maintenance”",
        ),
        (
            answer(401, WWW_Authenticate='Bearer error="invalid_request"'),
            "HTTP 401: invalid_request",
        ),
        (answer(403, WWW_Authenticate='Bearer error="insufficient_scope"'), "insufficient_scope"),
        (answer(200, b"{}"), ""),
        (answer(404, b"nope"), ""),
    ],
)
def test_notes_say_what_happened_in_plain_words(response: ApiResponse, note: str) -> None:
    """429 says when to retry (seconds or HTTP-date), 5xx the provider's words, 2xx nothing."""
    text = plain_note(response, NOW)
    assert note in text if note else text == ""
