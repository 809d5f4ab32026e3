"""The effective organisation policy: every source merged, each value with where it came from.

Sources are merged lowest precedence first (a system folder's ``policy.json``, then the
managed values of the registry or a configuration profile). A single value is replaced
by a later one; a per-provider map (``client_ids`` …) is merged entry by entry; a list
(``allowed_providers``) is replaced whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .keys import BY_NAME, KEYS
from .locations import Places, system_places
from .sources import POLICY_FILE, PolicySource, read_managed_plist, read_policy_file, read_registry

SET_BY_ORGANISATION = "Set by your organisation"
NOT_ALLOWED = "not allowed by your organisation"


@dataclass(frozen=True)
class EffectivePolicy:
    """``values`` holds only what some source set; ``sources`` says which, per key or entry."""

    values: Mapping[str, Any] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    def is_set(self, name: str) -> bool:
        return name in self.values

    def source(self, name: str) -> str:
        """``client_ids.clover-na`` names one entry of a map."""
        return self.sources.get(name, "")

    # -- what the rest of Loopgate asks -------------------------------------------------
    @property
    def auto_refresh(self) -> bool | None:
        """None: the person decides."""
        return self.values.get("auto_refresh")

    @property
    def refresh_lead_minutes(self) -> int | None:
        return self.values.get("refresh_lead_minutes")

    @property
    def log_level(self) -> str | None:
        return self.values.get("log_level")

    @property
    def allow_token_reveal(self) -> bool:
        return bool(self.values.get("allow_token_reveal", True))

    @property
    def allow_token_copy(self) -> bool:
        return bool(self.values.get("allow_token_copy", True))

    @property
    def allow_custom_providers(self) -> bool:
        return bool(self.values.get("allow_custom_providers", True))

    @property
    def hide_demo(self) -> bool:
        return bool(self.values.get("hide_demo", False))

    def pins(self, profile_id: str) -> dict[str, Any]:
        """Profile fields fixed by policy for one provider (client ID, port, relay page)."""
        fields = {"client_ids": "client_id", "redirect_ports": "redirect_port"}
        fields["relay_urls"] = "redirect_relay"
        return {
            field_name: self.values[key][profile_id]
            for key, field_name in fields.items()
            if profile_id in self.values.get(key, {})
        }

    def allows(self, profile_id: str, family: str) -> bool:
        """The allow list (when set) names this provider or its family."""
        allowed = self.values.get("allowed_providers")
        return allowed is None or profile_id in allowed or bool(family and family in allowed)

    def to_json(self) -> dict[str, Any]:
        """``loopgate policy --json`` and the support bundle: every key, value and source."""
        settings = {}
        for key in KEYS:
            value = self.values.get(key.name)
            entry: dict[str, Any] = {
                "value": list(value) if isinstance(value, tuple) else value,
                "source": self.source(key.name) or "not set",
            }
            if key.is_map and value:
                entry["entries"] = {
                    pid: {"value": v, "source": self.source(f"{key.name}.{pid}")}
                    for pid, v in value.items()
                }
            settings[key.name] = entry
        return {"settings": settings, "problems": list(self.problems), "places": list(self.places)}


def merge(sources: Iterable[PolicySource], places: Iterable[str] = ()) -> EffectivePolicy:
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    problems: list[str] = []
    for source in sources:
        problems.extend(source.problems)
        for name, value in source.values.items():
            if BY_NAME[name].is_map:
                merged = dict(values.get(name, {}))
                for profile_id, entry in value.items():
                    merged[profile_id] = entry
                    origin[f"{name}.{profile_id}"] = source.label
                values[name] = merged
            else:
                values[name] = value
            origin[name] = source.label
    return EffectivePolicy(values, origin, tuple(problems), tuple(places))


def read_sources(places: Places, winreg: Any = None) -> list[PolicySource]:
    """Every source that exists, lowest precedence first."""
    found = [read_policy_file(folder / POLICY_FILE) for folder in places.folders]
    if places.registry:
        found.append(read_registry(winreg))
    found += [read_managed_plist(plist) for plist in places.plists]
    return [source for source in found if source is not None]


def load_policy(places: Places | None = None, winreg: Any = None) -> EffectivePolicy:
    """The policy in force for this computer and person (nothing set: an empty policy)."""
    places = places or system_places()
    return merge(read_sources(places, winreg), places.describe())
