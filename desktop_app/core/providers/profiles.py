"""Provider profiles: every vendor difference is a field of data, never a subclass.

Profiles are JSON files: the built-ins under ``resources/providers`` and an
administrator's under ``<config>/providers`` (``LOOPGATE_HOME`` honoured). A file may
``extends`` another profile and override any field; ``hosts`` fill ``{name}``
placeholders in endpoint URLs, so a region is just a different ``hosts`` block.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..base.errors import ProfileError
from ..base.origins import endpoint_problem
from .unsafe_ports import is_unsafe_port

BODY_FORMATS = ("form", "json")
EXPIRY_KINDS = ("relative", "absolute")
REVOCATION_STYLES = ("none", "rfc7009", "bearer")
IDENTITY_SOURCES = ("none", "redirect", "id_token", "userinfo", "api")
# Every address a token, code or secret is sent to: https, or a loopback IP literal.
ENDPOINT_FIELDS = (
    "issuer",
    "discovery_url",
    "authorization_endpoint",
    "token_endpoint",
    "refresh_endpoint",
    "revocation_endpoint",
    "userinfo_endpoint",
    "jwks_uri",
    "api_base",
)


@dataclass(frozen=True)
class Preset:
    """A ready-made API request shown in the explorer."""

    name: str
    method: str = "GET"
    path: str = "/"
    body: str = ""


@dataclass(frozen=True)
class Identity:
    """How to tell which account was connected, e.g. Clover's ``merchant_id``.

    An id taken from the redirect is only a claim anyone could add to the callback URL:
    ``confirm_request`` (``"GET /path/{param}"``, sent with the new token) must answer
    with ``confirm_field`` (a JSON pointer) equal to it before anything is saved.
    """

    source: str = "none"
    redirect_params: tuple[str, ...] = ()
    request: str = ""
    id_field: str = ""
    name_field: str = ""
    email_field: str = ""
    confirm_request: str = ""
    confirm_field: str = ""


@dataclass(frozen=True)
class ProviderProfile:
    id: str
    name: str
    environment: str = ""
    family: str = ""
    icon: str = ""
    description: str = ""
    kind: str = "oauth2"
    issuer: str = ""
    discovery_url: str = ""
    authorization_endpoint: str = ""
    token_endpoint: str = ""
    refresh_endpoint: str = ""
    revocation_endpoint: str = ""
    revocation_style: str = "none"
    userinfo_endpoint: str = ""
    jwks_uri: str = ""
    client_id: str = ""
    scopes: tuple[str, ...] = ()
    extra_authorize_params: Mapping[str, str] = field(default_factory=dict)
    token_format: str = "form"
    token_include_grant_type: bool = True
    token_include_redirect_uri: bool = True
    refresh_format: str = "form"
    refresh_include_grant_type: bool = True
    access_expiry_field: str = "expires_in"
    access_expiry_kind: str = "relative"
    refresh_expiry_field: str = ""
    refresh_expiry_kind: str = "absolute"
    token_type_optional: bool = False
    # A refresh answer that means "this grant is dead" besides RFC 6749 §5.2 invalid_grant:
    # {"status": 401, "json_field": "message"} is Clover's 401 {"message": ...} (design §3).
    refresh_dead_grant: Mapping[str, Any] = field(default_factory=dict)
    iss_parameter_supported: bool = False
    scopes_supported: tuple[str, ...] = ()
    request_offline_access: bool = True
    prompt_consent_for_offline: bool = True
    may_require_client_secret: bool = False
    redirect_host: str = "127.0.0.1"
    redirect_port: int = 0
    redirect_path: str = "/callback"
    # An https relay page registered as the redirect URI (docs/admin.md); "" = loopback.
    redirect_relay: str = ""
    identity: Identity = field(default_factory=Identity)
    api_base: str = ""
    presets: tuple[Preset, ...] = ()
    demo: bool = False
    abstract: bool = False
    source: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.environment})" if self.environment else self.name

    @property
    def is_oidc(self) -> bool:
        return self.kind == "oidc"

    @property
    def refresh_url(self) -> str:
        return self.refresh_endpoint or self.token_endpoint

    def effective_scopes(self) -> tuple[str, ...]:
        """Adds ``offline_access`` when the provider lists it (OIDC Core §11)."""
        scopes = list(self.scopes)
        if (
            self.request_offline_access
            and "offline_access" in self.scopes_supported
            and "offline_access" not in scopes
        ):
            scopes.append("offline_access")
        return tuple(scopes)

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``loopgate providers --json`` and user profile files."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "identity":
                value = {k.name: _plain(getattr(value, k.name)) for k in fields(Identity)}
            elif f.name == "presets":
                value = [{k.name: getattr(p, k.name) for k in fields(Preset)} for p in value]
            out[f.name] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


_FIELD_NAMES = {f.name for f in fields(ProviderProfile)}
_META_KEYS = {"extends", "hosts", "$comment"}


def line_of(text: str, key: str) -> int:
    """Best-effort line number of ``"key"`` in a JSON file, for error messages."""
    needle = f'"{key}"'
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def _fill_hosts(value: Any, hosts: Mapping[str, str]) -> Any:
    if isinstance(value, str) and "{" in value:
        try:
            return value.format_map(_KeepMissing(hosts))
        except (ValueError, IndexError):
            return value
    if isinstance(value, list):
        return [_fill_hosts(v, hosts) for v in value]
    if isinstance(value, dict):
        return {k: _fill_hosts(v, hosts) for k, v in value.items()}
    return value


class _KeepMissing(dict):
    """Leaves unknown placeholders such as ``{merchant_id}`` for the API layer."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _coerce(raw: Mapping[str, Any], where: str, text: str) -> ProviderProfile:
    data = dict(raw)
    if "client_secret" in data:
        raise ProfileError(
            f"{where}, line {line_of(text, 'client_secret')}: profiles never hold a client "
            "secret (Loopgate is a public client); an administrator stores one in the keychain "
            "with 'loopgate provider secret'"
        )
    unknown = set(data) - _FIELD_NAMES
    if unknown:
        key = sorted(unknown)[0]
        raise ProfileError(
            f"{where}, line {line_of(text, key)}: unknown field {key!r}",
            detail=f"known fields: {', '.join(sorted(_FIELD_NAMES))}",
        )
    for required in ("id", "name"):
        if not data.get(required):
            raise ProfileError(f"{where}: missing required field {required!r}")
    try:
        data["identity"] = Identity(
            **{
                k: tuple(v) if isinstance(v, list) else v
                for k, v in dict(data.get("identity") or {}).items()
            }
        )
        data["presets"] = tuple(Preset(**p) for p in data.get("presets") or ())
    except TypeError as exc:
        key = "identity" if "Identity" in str(exc) else "presets"
        raise ProfileError(f"{where}, line {line_of(text, key)}: {exc}") from exc
    for name in ("scopes", "scopes_supported"):
        if name in data:
            value = data[name]
            data[name] = tuple(value.split() if isinstance(value, str) else value)
    profile = ProviderProfile(**data)
    _validate(profile, where, text)
    return profile


def _validate(p: ProviderProfile, where: str, text: str) -> None:
    def fail(key: str, message: str) -> None:
        raise ProfileError(f"{where}, line {line_of(text, key)}: {message}")

    checks = (
        ("token_format", BODY_FORMATS),
        ("refresh_format", BODY_FORMATS),
        ("access_expiry_kind", EXPIRY_KINDS),
        ("refresh_expiry_kind", EXPIRY_KINDS),
        ("revocation_style", REVOCATION_STYLES),
    )
    for key, allowed in checks:
        if getattr(p, key) not in allowed:
            fail(key, f"{key} must be one of {', '.join(allowed)}")
    dead = p.refresh_dead_grant
    if dead and not (
        isinstance(dead, Mapping)
        and set(dead) == {"status", "json_field"}
        and isinstance(dead["status"], int)
        and 400 <= dead["status"] <= 599
        and isinstance(dead["json_field"], str)
        and dead["json_field"]
    ):
        fail(
            "refresh_dead_grant",
            'refresh_dead_grant must look like {"status": 401, "json_field": "message"}',
        )
    if p.identity.source not in IDENTITY_SOURCES:
        fail("identity", f"identity.source must be one of {', '.join(IDENTITY_SOURCES)}")
    if p.identity.source == "redirect" and not (
        p.identity.redirect_params and p.identity.confirm_request and p.identity.confirm_field
    ):
        fail(
            "identity",
            "identity.source 'redirect' needs redirect_params, confirm_request and "
            "confirm_field: an id in the redirect must be confirmed by the provider's API",
        )
    if p.kind not in ("oauth2", "oidc"):
        fail("kind", "kind must be 'oauth2' or 'oidc'")
    # RFC 8252 §7.3 / §8.3: loopback IP literal; "localhost" can resolve elsewhere.
    if p.redirect_host not in ("127.0.0.1", "[::1]"):
        fail("redirect_host", "redirect_host must be 127.0.0.1 or [::1]")
    if not 0 <= p.redirect_port <= 65535:
        fail("redirect_port", "redirect_port must be between 0 and 65535")
    if p.redirect_port and is_unsafe_port(p.redirect_port):
        fail("redirect_port", f"port {p.redirect_port} is refused by browsers (ERR_UNSAFE_PORT)")
    if not p.redirect_path.startswith("/"):
        fail("redirect_path", "redirect_path must start with '/'")
    if '"client_secret"' in text:
        fail("client_secret", "profiles never hold a client secret; use the keychain")
    if p.abstract:
        return  # its {placeholders} are filled by the profiles that extend it
    for key in ENDPOINT_FIELDS:
        value = getattr(p, key)
        problem = endpoint_problem(value) if value else ""
        if problem:
            fail(key, f"{key} {value!r} cannot be used: {problem}")
    if p.redirect_relay:
        _validate_relay(p, fail)
    if p.demo:
        return
    if not (p.authorization_endpoint and p.token_endpoint) and not (p.discovery_url or p.issuer):
        fail("token_endpoint", "needs authorization and token endpoints, or an issuer")


def _validate_relay(p: ProviderProfile, fail: Any) -> None:
    """The relay page receives the code: an endpoint like any other (https, or a loopback
    IP literal for tests), with nothing of its own in the query; it forwards to 127.0.0.1."""
    relay = p.redirect_relay
    problem = endpoint_problem(relay)
    if not problem:
        parts = urlsplit(relay)
        if parts.query or parts.fragment:
            problem = "the relay page's address cannot have a query (?) or a fragment (#)"
    if problem:
        fail("redirect_relay", f"redirect_relay {relay!r} cannot be used: {problem}")
    if p.redirect_host != "127.0.0.1":
        fail("redirect_host", "with redirect_relay, redirect_host must be 127.0.0.1")


def _read_raw(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path.name}: cannot read file", detail=str(exc)) from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(f"{path.name}, line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(raw, dict):
        raise ProfileError(f"{path.name}, line 1: a profile must be a JSON object")
    return raw, text


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict) and key != "presets":
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def unknown_provider(profile_id: str) -> ProfileError:
    return ProfileError(
        f"Unknown provider {profile_id!r}. Run 'loopgate providers' to see the list."
    )


class ProfileRegistry:
    """All known profiles, built-in first, then the administrator's; bad files skipped."""

    def __init__(self, directories: Iterable[Path]) -> None:
        self.problems: list[ProfileError] = []
        self._raw: dict[str, tuple[dict[str, Any], str, str]] = {}
        self._profiles: dict[str, ProviderProfile] = {}
        self.origins: dict[str, Path] = {}  # profile id → the folder its file came from
        for directory in directories:
            self._scan(directory)
        for profile_id in list(self._raw):
            self._resolve_or_report(profile_id)

    def _scan(self, directory: Path) -> None:
        if not directory.is_dir():
            return
        for path in sorted(directory.glob("*.json")):
            try:
                raw, text = _read_raw(path)
            except ProfileError as exc:
                self.problems.append(exc)
                continue
            profile_id = str(raw.get("id") or path.stem)
            raw.setdefault("id", profile_id)
            self._raw[profile_id] = (raw, text, path.name)
            self.origins[profile_id] = directory

    def _flatten(self, profile_id: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
        raw, _text, name = self._raw[profile_id]
        parent = raw.get("extends")
        data = {k: v for k, v in raw.items() if k not in ("extends", "$comment")}
        if not parent:
            return data
        if parent in seen or parent == profile_id or parent not in self._raw:
            raise ProfileError(f"{name}: extends unknown or circular profile {parent!r}")
        base = self._flatten(parent, (*seen, profile_id))
        base.pop("abstract", None)
        base.pop("demo", None) if "demo" in data else None
        return _merge(base, data)

    def _resolve_or_report(self, profile_id: str) -> None:
        _raw, text, name = self._raw[profile_id]
        try:
            data = self._flatten(profile_id)
            hosts = data.pop("hosts", {}) or {}
            data = _fill_hosts(data, {**hosts, "issuer": data.get("issuer", "")})
            data["source"] = name
            data.pop("$comment", None)
            self._profiles[profile_id] = _coerce(data, name, text)
        except ProfileError as exc:
            self.problems.append(exc)

    def get(self, profile_id: str) -> ProviderProfile:
        try:
            return self._profiles[profile_id]
        except KeyError:
            raise unknown_provider(profile_id) from None

    def location(self, profile_id: str) -> str:
        """The file a profile was read from, for messages that ask someone to fix it."""
        folder = self.origins.get(profile_id)
        profile = self._profiles.get(profile_id)
        name = profile.source if profile and profile.source else f"{profile_id}.json"
        return str(folder / name) if folder else name

    def all(self) -> list[ProviderProfile]:
        """Concrete profiles in file order (abstract bases hidden)."""
        return [p for p in self._profiles.values() if not p.abstract]


def default_registry() -> ProfileRegistry:
    from ..base.paths import resources_dir, user_providers_dir

    return ProfileRegistry([resources_dir() / "providers", user_providers_dir()])


def save_user_profile(data: Mapping[str, Any], directory: Path | None = None) -> Path:
    """Writes an administrator/custom profile atomically (never a secret: checked)."""
    from ..base.atomic import write_json_atomic
    from ..base.paths import user_providers_dir

    if '"client_secret"' in json.dumps(data):
        raise ProfileError("Profiles never hold a client secret.")
    target = (directory or user_providers_dir()) / f"{data['id']}.json"
    write_json_atomic(target, dict(data))
    return target
