"""Every organisation policy key, as data: its kind, its words, and how a value is checked.

One table feeds the checks here, ``loopgate policy``, the ADMX template's test and
``docs/admin.md``. The same key names are used in ``policy.json``, in the registry
(``HKLM\\SOFTWARE\\Policies\\Loopgate``) and in a macOS configuration profile.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..providers.relay_url import relay_url_problem
from ..providers.unsafe_ports import is_unsafe_port

LOG_LEVELS = ("debug", "info", "warning", "error")
MAX_LEAD_MINUTES = 24 * 60
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_CLIENT_ID = re.compile(r"[\x21-\x7e]{1,256}")  # printable ASCII, no spaces: a public value


@dataclass(frozen=True)
class PolicyKey:
    """One setting an administrator can fix; ``kind`` decides how a value is checked."""

    name: str
    kind: str  # bool, minutes, choice, names, client_ids, ports, urls
    title: str
    help: str

    @property
    def is_map(self) -> bool:
        """Per-provider settings: profile id → value, merged entry by entry."""
        return self.kind in ("client_ids", "ports", "urls")


KEYS: tuple[PolicyKey, ...] = (
    PolicyKey(
        "allowed_providers",
        "names",
        "Providers people may use",
        "Profile ids (clover-na) or families (clover). When set, only these appear; an "
        "account at any other provider is kept but can only be disconnected.",
    ),
    PolicyKey(
        "allow_custom_providers",
        "bool",
        "Allow custom providers",
        "false: no 'Add a custom provider', no 'loopgate provider add', and profiles in "
        "the person's own folder are not used.",
    ),
    PolicyKey("hide_demo", "bool", "Hide the demo provider", "true: the Demo is not offered."),
    PolicyKey(
        "client_ids",
        "client_ids",
        "Client ID per provider",
        "Profile id → client ID. People cannot change it.",
    ),
    PolicyKey(
        "redirect_ports",
        "ports",
        "Loopback port per provider",
        "Profile id → the fixed port of the registered redirect URI (1024–65535).",
    ),
    PolicyKey(
        "relay_urls",
        "urls",
        "https relay page per provider",
        "Profile id → the https address of the hosted relay page (the registered redirect URI).",
    ),
    PolicyKey(
        "auto_refresh",
        "bool",
        "Renew access automatically",
        "true or false; people cannot change it.",
    ),
    PolicyKey(
        "refresh_lead_minutes",
        "minutes",
        "Renewal lead time (minutes)",
        f"Renew this many minutes before expiry (0: automatic; at most {MAX_LEAD_MINUTES}).",
    ),
    PolicyKey(
        "allow_token_reveal",
        "bool",
        "Allow revealing tokens",
        "false: the inspector's Reveal, 'loopgate inspect --reveal' and 'loopgate token' "
        "are turned off.",
    ),
    PolicyKey(
        "allow_token_copy",
        "bool",
        "Allow copying tokens",
        "false: the inspector's Copy buttons and 'Copy as curl' with the real token are "
        "turned off.",
    ),
    PolicyKey(
        "log_level",
        "choice",
        "Log level",
        f"One of {', '.join(LOG_LEVELS)}. Logs never hold a token.",
    ),
)
BY_NAME: Mapping[str, PolicyKey] = {key.name: key for key in KEYS}


def check_value(key: PolicyKey, value: Any, *, lenient: bool = False) -> Any:
    """The value in its one accepted shape, or ``ValueError`` with what was wrong.

    ``lenient``: the registry stores booleans as 0/1 and lists as strings.
    """
    checker = _CHECKERS[key.kind]
    return checker(key.name, value, lenient)


def _bool(name: str, value: Any, lenient: bool) -> bool:
    if isinstance(value, bool):
        return value
    if lenient and isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValueError(f"{name} must be true or false")


def _minutes(name: str, value: Any, lenient: bool) -> int:
    if lenient and isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number of minutes")
    if not 0 <= value <= MAX_LEAD_MINUTES:
        raise ValueError(f"{name} must be between 0 and {MAX_LEAD_MINUTES}")
    return value


def _choice(name: str, value: Any, lenient: bool) -> str:
    if isinstance(value, str) and value.strip().lower() in LOG_LEVELS:
        return value.strip().lower()
    raise ValueError(f"{name} must be one of {', '.join(LOG_LEVELS)}")


def _names(name: str, value: Any, lenient: bool) -> tuple[str, ...]:
    if lenient and isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name} must be a list of provider ids or families")
    bad = [v for v in value if not _NAME.fullmatch(v)]
    if bad:
        raise ValueError(f"{name}: {bad[0]!r} is not a provider id or family")
    return tuple(value)


def _map(name: str, value: Any, check: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must map provider ids to values")
    out: dict[str, Any] = {}
    for profile_id, entry in value.items():
        if not isinstance(profile_id, str) or not _NAME.fullmatch(profile_id):
            raise ValueError(f"{name}: {profile_id!r} is not a provider id")
        out[profile_id] = check(f"{name}.{profile_id}", entry)
    return out


def _client_ids(name: str, value: Any, lenient: bool) -> dict[str, str]:
    def one(where: str, entry: Any) -> str:
        if isinstance(entry, str) and _CLIENT_ID.fullmatch(entry.strip()):
            return entry.strip()
        raise ValueError(f"{where} must be a client ID (printable, no spaces)")

    return _map(name, value, one)


def _ports(name: str, value: Any, lenient: bool) -> dict[str, int]:
    def one(where: str, entry: Any) -> int:
        if lenient and isinstance(entry, str) and entry.strip().isdigit():
            entry = int(entry.strip())
        if isinstance(entry, bool) or not isinstance(entry, int) or not 1024 <= entry <= 65535:
            raise ValueError(f"{where} must be a port between 1024 and 65535")
        if is_unsafe_port(entry):
            raise ValueError(f"{where}: port {entry} is refused by browsers (ERR_UNSAFE_PORT)")
        return entry

    return _map(name, value, one)


def _urls(name: str, value: Any, lenient: bool) -> dict[str, str]:
    def one(where: str, entry: Any) -> str:
        problem = relay_url_problem(entry)
        if problem:
            raise ValueError(f"{where}: {problem}")
        return str(entry)

    return _map(name, value, one)


_CHECKERS = {
    "bool": _bool,
    "minutes": _minutes,
    "choice": _choice,
    "names": _names,
    "client_ids": _client_ids,
    "ports": _ports,
    "urls": _urls,
}
