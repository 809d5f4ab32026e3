"""Which refresh answers mean "this grant is dead" (RFC 6749 §5.2 and profile data).

Only these end an account's renewals; everything else is a provider problem that keeps
every token (design §3), so the rule is pinned down answer by answer.
"""

from __future__ import annotations

import json

import pytest
import requests

from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.token_requests import dead_grant
from desktop_app.core.providers.profiles import ProfileRegistry

PROFILES = ProfileRegistry([resources_dir() / "providers"])
CLOVER, CLIO = PROFILES.get("clover-na"), PROFILES.get("clio-us")


def answer(status: int, body: object, content_type: str = "application/json") -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response.headers["Content-Type"] = content_type
    return response


@pytest.mark.parametrize(
    ("profile", "response", "dead"),
    [
        (CLIO, answer(400, {"error": "invalid_grant", "error_description": "revoked"}), True),
        (CLOVER, answer(400, {"error": "invalid_grant"}), True),
        (CLOVER, answer(401, {"message": "Invalid refresh token"}), True),  # declared shape
        (CLIO, answer(401, {"message": "Invalid refresh token"}), False),  # not Clio's shape
        (CLOVER, answer(401, {"message": "x", "error": "invalid_client"}), False),
        (CLOVER, answer(400, {"message": "Missing required field"}), False),  # not the status
        (CLOVER, answer(401, b"<html><h1>401</h1></html>", "text/html"), False),
        (CLOVER, answer(401, b""), False),
        (CLIO, answer(400, {"error": "invalid_request"}), False),
        (CLIO, answer(401, {"error": "invalid_client"}), False),
        (CLIO, answer(400, {"error": "unauthorized_client"}), False),
        (CLIO, answer(503, {"error": "temporarily_unavailable"}), False),
        (CLIO, answer(200, {"error": "invalid_grant"}), False),  # a 2xx is never an error
    ],
)
def test_only_a_definite_answer_is_a_dead_grant(profile, response, dead: bool) -> None:
    """invalid_grant anywhere; the profile's declared shape only for that profile."""
    found = dead_grant(profile, response)
    assert (found is not None) is dead
    if found is not None:
        assert found.status == response.status_code and "reconnect" in found.message
