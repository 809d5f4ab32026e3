"""The facts a support engineer asks for, as plain data (no secrets by construction).

Which Loopgate on which system, the organisation policy with where each value came
from, the provider profiles, and each account's stored facts and diagnostics timeline.
Token *values* never enter these structures; ``bundle`` still scrubs everything. The
redactor masks any field *named* like a secret (token, key, secret, session …), so the
names here avoid those words where the value is a plain fact support needs.
"""

from __future__ import annotations

import platform
import sys
import time
from typing import Any

from desktop_app import __version__

from ..base.diagnostics import format_timeline
from ..base.errors import LoopgateError
from ..engine.token_client import client_secret_name
from ..policy.registry import policy_of, refusal
from ..providers.profiles import ENDPOINT_FIELDS
from ..storage.accounts import Account

_ENDPOINTS = (*ENDPOINT_FIELDS, "redirect_relay")
# Account fields copied as they are; the rest (identity, tokens' facts) are shaped below.
_ACCOUNT_FIELDS = (
    "id",
    "profile_id",
    "label",
    "status",
    "scopes",
    "created_at",
    "updated_at",
    "issued_at",
    "expires_at",
    "refresh_expires_at",
    "last_refresh_at",
    "last_error",
    "last_error_detail",
    "session_only",
    "client_id",
)


def about(engine: Any, paths: dict[str, str], now: float) -> dict[str, Any]:
    return {
        "loopgate": __version__,
        "generated_at": time.strftime("%Y-%m-%d %H:%M:%S %Z (UTC%z)", time.localtime(now)),
        "os": platform.platform(),
        "python": platform.python_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "vault": type(engine.vault).__name__,
        "session_only": bool(getattr(engine.vault, "session_only", False)),
        "paths": paths,
    }


def policy_facts(engine: Any) -> dict[str, Any]:
    registry = engine.registry
    facts = policy_of(registry).to_json()
    facts["problems"] += list(getattr(registry, "pin_problems", []))
    origins = getattr(registry, "origins", {})
    facts["system_profiles"] = [
        {"id": p.id, "name": p.display_name, "client_id": p.client_id,
         "redirect_port": p.redirect_port, "redirect_relay": p.redirect_relay}
        for p in _profiles(registry)
        if origins.get(p.id) == "system"
    ]  # fmt: skip
    return facts


def policy_facts_for_bundle(engine: Any) -> dict[str, Any]:
    """``policy_facts`` with settings as a list: keyed by name, "allow_token_copy" would
    read to the redactor as the name of a secret and lose its value."""
    facts = policy_facts(engine)
    facts["settings"] = [{"setting": name, **entry} for name, entry in facts["settings"].items()]
    return facts


def provider_facts(engine: Any) -> dict[str, Any]:
    registry = engine.registry
    origins = getattr(registry, "origins", {})
    profiles = []
    for profile in _profiles(registry):
        data = profile.to_json()
        # token_endpoint and friends are masked by name; the addresses themselves are not secret.
        data["endpoint_urls"] = [
            getattr(profile, name) for name in _ENDPOINTS if getattr(profile, name)
        ]
        data["origin"] = origins.get(profile.id, "")
        data["not_allowed"] = refusal(registry, profile.id)
        profiles.append(data)
    problems = [p.message for p in getattr(registry, "problems", [])]
    return {"profiles": profiles, "problems": problems}


def account_facts(engine: Any, account: Account, tokens_present: str) -> dict[str, Any]:
    data = {name: getattr(account, name) for name in _ACCOUNT_FIELDS}
    data["scopes"] = list(account.scopes)
    data["identity"] = {
        "subject": account.identity.subject,
        "name": account.identity.name,
        "email": account.identity.email,
        "ids": dict(account.identity.ids),
    }
    data["can_renew"] = account.has_refresh_token
    data["stored_in_vault"] = tokens_present
    data["not_allowed"] = refusal(engine.registry, account.profile_id)
    data["last_provider_answer"] = dict(account.token_response)  # stored already redacted
    data["diagnostics"] = list(account.diagnostics)
    return data


def timelines_text(accounts: list[Account]) -> str:
    """Each account's last connect or refresh, as "Copy for a support ticket" gives it."""
    parts = []
    for account in accounts:
        text = format_timeline(account.diagnostics) or "(no diagnostics recorded)"
        parts.append(f"== {account.label} [{account.profile_id}] {account.id}\n{text}\n")
    return "\n".join(parts)


def known_secrets(engine: Any, accounts: list[Account]) -> tuple[list[str], dict[str, str]]:
    """Every token and admin secret this computer holds, to scrub; and per account, a note.

    Reading them lets the redactor replace them wherever an old log line may still hold
    one; the values themselves go nowhere else.
    """
    secrets: list[str] = []
    notes: dict[str, str] = {}
    for account in accounts:
        try:
            tokens = engine.vault.get_tokens(account.id)
        except LoopgateError as exc:
            notes[account.id] = f"unknown: {exc.message}"
            continue
        if tokens is None:
            notes[account.id] = "no"
            continue
        notes[account.id] = "yes"
        secrets += [tokens.access_token, tokens.refresh_token or "", tokens.id_token or ""]
    for profile in _profiles(engine.registry):
        if profile.may_require_client_secret:
            try:
                secrets.append(engine.vault.get_secret(client_secret_name(profile.id)) or "")
            except LoopgateError:
                pass
    return [s for s in secrets if s], notes


def _profiles(registry: Any) -> list[Any]:
    every = getattr(registry, "all_known", None)
    return list(every() if callable(every) else registry.all())
