"""The protected demo API (RFC 6750 bearer tokens) that the API explorer calls.

`/api/me`, a paginated `/api/items`, a streamed `/api/large` document, and OIDC `/userinfo`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from authlib.integrations.flask_oauth2 import ResourceProtector, current_token
from authlib.integrations.flask_oauth2.errors import raise_http_exception
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import MissingAuthorizationError, UnsupportedTokenTypeError
from authlib.oauth2.rfc6750 import InsufficientScopeError, InvalidTokenError
from authlib.oauth2.rfc9068 import JWTBearerTokenValidator
from flask import Blueprint, Response, jsonify, request

from .config import DemoConfig
from .keys import SigningKeys
from .models import CLIENT_ID, USERS, DemoStats
from .state import DemoState

REALM = "demo"
ITEM_COUNT = 137
MAX_PER_PAGE = 100
MAX_LARGE_MB = 100
_JSON_NO_STORE = [("Content-Type", "application/json"), ("Cache-Control", "no-store")]


def _invalid(description: str) -> InvalidTokenError:
    return InvalidTokenError(description=description, realm=REALM)


class DemoTokenValidator(JWTBearerTokenValidator):
    """RFC 9068 validation, plus the revocation list, with a plain reason for each failure."""

    def __init__(self, config: DemoConfig, keys: SigningKeys, state: DemoState) -> None:
        super().__init__(issuer=config.issuer, resource_server=CLIENT_ID, realm=REALM)
        self._keys = keys
        self._state = state

    def get_jwks(self) -> Any:
        return self._keys.public_set

    def authenticate_token(self, token_string: str) -> Any:
        try:
            return super().authenticate_token(token_string)
        except (InvalidTokenError, ValueError) as exc:
            raise _invalid("The access token is malformed or its signature is not valid.") from exc

    def validate_token(self, token: Any, scopes: Any, request: Any, **kwargs: Any) -> None:
        if token.header.get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
            raise _invalid("The token is not an access token.")  # RFC 9068 §4
        if not isinstance(token.get("exp"), int) or token["exp"] <= time.time():
            raise _invalid("The access token expired.")
        if self._state.is_jti_revoked(str(token.get("jti"))):
            raise _invalid("The access token was revoked.")
        super().validate_token(token, scopes, request, **kwargs)


class DemoResourceProtector(ResourceProtector):
    """Shapes errors per RFC 6750 §3: no error code when no token was sent at all."""

    def raise_error_response(self, error: OAuth2Error) -> None:
        headers = list(_JSON_NO_STORE)
        if isinstance(error, (MissingAuthorizationError, UnsupportedTokenTypeError)):
            # RFC 6750 §3.1: a request without credentials gets no error code.
            headers.append(("WWW-Authenticate", f'Bearer realm="{REALM}"'))
            body = {"error_description": "Send an access token: Authorization: Bearer <token>"}
            raise_http_exception(401, json.dumps(body), headers)
        description = error.get_error_description()
        challenge = f'Bearer realm="{REALM}", error="{error.error}"'
        challenge += f', error_description="{description}"'
        if isinstance(error, InsufficientScopeError):
            challenge += f', scope="{getattr(error, "required_scope", "")}"'
        headers.append(("WWW-Authenticate", challenge))
        body = {"error": error.error, "error_description": description}
        raise_http_exception(error.status_code, json.dumps(body), headers)


def _item(number: int) -> dict[str, Any]:
    """One deterministic item; the same number always gives the same item."""
    categories = ("Hardware", "Books", "Garden", "Kitchen", "Toys")
    created = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(days=number, hours=number)
    return {
        "id": f"item-{number:03d}",
        "number": number,
        "name": f"Demo item {number}",
        "category": categories[number % len(categories)],
        "price": {"amount": round(3 + (number * 7.31) % 97, 2), "currency": "EUR"},
        "in_stock": number % 3 != 0,
        "created_at": created.isoformat().replace("+00:00", "Z"),
    }


_RECORD_TEMPLATE = (
    '{{"id":{n},"name":"Record {n}","tags":["tag-{t0}","tag-{t1}","tag-{t2}","tag-{t3}"],'
    '"address":{{"street":"{street} Demo Street","city":"{city}",'
    '"geo":{{"lat":{lat!r},"lng":{lng!r}}}}},'
    '"history":[{{"at":{at},"event":"created"}},{{"at":{at1},"event":"viewed"}},'
    '{{"at":{at2},"event":"edited"}}],"notes":"{notes}","active":{active}}}'
)
_NOTES = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4
_CITIES = ("Lisbon", "Oslo", "Austin", "Osaka")


def _large_record(number: int) -> str:
    """One nested record as JSON text (formatted, not dumped: the endpoint streams 100 MB)."""
    at = 1_700_000_000 + number * 60
    return _RECORD_TEMPLATE.format(
        n=number,
        t0=number % 17,
        t1=(number + 1) % 17,
        t2=(number + 2) % 17,
        t3=(number + 3) % 17,
        street=number % 400 + 1,
        city=_CITIES[number % 4],
        lat=round((number * 0.37) % 90, 4),
        lng=round((number * 0.73) % 180, 4),
        at=at,
        at1=at + 1,
        at2=at + 2,
        notes=_NOTES,
        active="true" if number % 2 == 0 else "false",
    )


def large_document(target_bytes: int, chunk_bytes: int = 256 * 1024) -> Iterator[bytes]:
    """Yield a JSON document of about `target_bytes`, one chunk at a time."""
    head = json.dumps({"kind": "loopgate.demo.large", "target_bytes": target_bytes})
    yield (head[:-1] + ', "records": [').encode()
    written, count, buffer = len(head) + 13, 0, []
    buffered = 0
    tail_reserve = 64
    while written + tail_reserve < target_bytes:
        piece = ("," if count else "") + _large_record(count)
        buffer.append(piece)
        buffered += len(piece)
        written += len(piece)
        count += 1
        if buffered >= chunk_bytes:
            yield "".join(buffer).encode()
            buffer, buffered = [], 0
    buffer.append(f'], "summary": {{"records": {count}}}}}')
    yield "".join(buffer).encode()


def create_api_blueprint(
    config: DemoConfig, keys: SigningKeys, state: DemoState, stats: DemoStats
) -> Blueprint:
    """The resource server half of the demo provider."""
    api = Blueprint("demo_api", __name__)
    require_oauth = DemoResourceProtector()
    require_oauth.register_token_validator(DemoTokenValidator(config, keys, state))

    def protected(scope: str | None = None) -> Callable[..., Any]:
        def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                try:
                    require_oauth.acquire_token([scope] if scope else None)
                except InsufficientScopeError as error:
                    error.required_scope = scope  # type: ignore[attr-defined]
                    require_oauth.raise_error_response(error)
                except OAuth2Error as error:
                    require_oauth.raise_error_response(error)
                return view(*args, **kwargs)

            wrapper.__name__ = view.__name__
            return wrapper

        return decorate

    @api.before_request
    def count_request() -> None:
        if request.path.startswith("/api/"):
            stats.increment("api_requests")

    @api.get("/api/me")
    @protected()
    def me() -> Response:
        user = USERS[current_token["sub"]]
        return jsonify(
            sub=user.id, name=user.name, email=user.email, scopes=current_token["scope"].split()
        )

    @api.get("/api/items")
    @protected("items:read")
    def items() -> Response | tuple[Response, int]:
        try:
            page = int(request.args.get("page", 1))
            per_page = int(request.args.get("per_page", 20))
        except ValueError:
            return jsonify(error="invalid_request", error_description="page must be a number"), 400
        if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
            message = f"page must be 1 or more and per_page 1 to {MAX_PER_PAGE}"
            return jsonify(error="invalid_request", error_description=message), 400
        start = (page - 1) * per_page
        numbers = range(start + 1, min(start + per_page, ITEM_COUNT) + 1)
        has_next = start + per_page < ITEM_COUNT
        query = urlencode({"page": page + 1, "per_page": per_page})
        return jsonify(
            items=[_item(n) for n in numbers],
            page=page,
            per_page=per_page,
            total=ITEM_COUNT,
            next=f"{config.issuer}/api/items?{query}" if has_next else None,
        )

    @api.get("/api/large")
    @protected()
    def large() -> Response | tuple[Response, int]:
        try:
            mb = float(request.args.get("mb", 10))
        except ValueError:
            return jsonify(error="invalid_request", error_description="mb must be a number"), 400
        target = int(max(0.0, min(mb, MAX_LARGE_MB)) * 1_000_000)
        return Response(large_document(target), mimetype="application/json")

    @api.get("/userinfo")
    @protected("openid")
    def userinfo() -> Response:
        return jsonify(USERS[current_token["sub"]].claims())

    return api
