"""What the inspector shows about an account's tokens, as plain data (GUI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..oauth.jwt_view import JwtView, decode_unverified
from ..oauth.tokens import TokenSet, mask
from ..storage.accounts import Account


@dataclass(frozen=True)
class TokenReport:
    name: str
    value: str
    jwt: JwtView | None

    def shown(self, reveal: bool) -> str:
        return self.value if reveal else mask(self.value)


def token_reports(tokens: TokenSet) -> list[TokenReport]:
    reports = []
    for name, value in (
        ("access_token", tokens.access_token),
        ("refresh_token", tokens.refresh_token),
        ("id_token", tokens.id_token),
    ):
        if value:
            reports.append(TokenReport(name, value, decode_unverified(value)))
    return reports


def inspection(
    account: Account,
    tokens: TokenSet | None,
    *,
    reveal: bool,
    now: float,
    statements: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One JSON-able report: lifetimes, scopes, JWT header/claims, masked unless revealed."""
    out: dict[str, Any] = {
        "account": account.id,
        "label": account.label,
        "provider": account.profile_id,
        "identity": account.identity.summary(),
        "status": account.status,
        "scopes": list(tokens.scope if tokens else account.scopes),
        "token_type": tokens.token_type if tokens else None,
        "issued_at": tokens.issued_at if tokens else account.issued_at,
        "expires_at": tokens.expires_at if tokens else account.expires_at,
        "expires_in": round(tokens.expires_at - now) if tokens and tokens.expires_at else None,
        "refresh_expires_at": tokens.refresh_expires_at if tokens else account.refresh_expires_at,
        "token_response": account.token_response,
        "tokens": {},
    }
    for report in token_reports(tokens) if tokens else []:
        entry: dict[str, Any] = {"value": report.shown(reveal), "length": len(report.value)}
        if report.jwt:
            entry["jwt"] = {
                "header": report.jwt.header,
                "claims": report.jwt.claims,
                "signature": (statements or {}).get(report.name, report.jwt.verification_note),
            }
        out["tokens"][report.name] = entry
    return out
