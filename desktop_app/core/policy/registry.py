"""Provider profiles as the organisation allows them: precedence, pins and the allow list.

Precedence, strongest first: policy values, then system profiles, then the person's own
profiles, then the built-in ones. System profiles resolve ``extends`` against built-in
and system profiles only, so a person's file can never change what an administrator's
profile inherits. When custom providers are turned off, the person's own files are used
only for accounts that already exist (which can then only be disconnected).

``all()`` is what people may connect to; ``get()`` still finds every known profile so an
account at a forbidden provider keeps its name and can be disconnected (revocation
needs its endpoints).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..base.errors import ProfileError
from ..providers.profiles import ProfileRegistry, ProviderProfile, unknown_provider
from .effective import NOT_ALLOWED, EffectivePolicy, load_policy
from .locations import Places, system_places

BUILT_IN, SYSTEM, USER = "built-in", "system", "user"


class PolicyRegistry:
    """A ``ProfileRegistry`` look-alike (``get``, ``all``, ``problems``) with the policy applied."""

    def __init__(
        self,
        policy: EffectivePolicy,
        *,
        builtin_dir: Path,
        user_dir: Path,
        system_dirs: list[Path],
    ) -> None:
        self.policy = policy
        trusted = ProfileRegistry([builtin_dir, *system_dirs])
        full = ProfileRegistry([builtin_dir, user_dir, *system_dirs])
        self.problems: list[ProfileError] = _unique(full.problems + trusted.problems)
        self.origins: dict[str, str] = {}
        self._locations: dict[str, str] = {}
        self._profiles: dict[str, ProviderProfile] = {}
        kinds = {builtin_dir: BUILT_IN, user_dir: USER, **{d: SYSTEM for d in system_dirs}}
        custom_ok = policy.allow_custom_providers
        trusted_ids = {p.id for p in trusted.all()}
        for profile in full.all():
            origin = kinds.get(full.origins.get(profile.id, builtin_dir), BUILT_IN)
            if profile.id in trusted_ids and (origin == SYSTEM or not custom_ok):
                profile = trusted.get(profile.id)
                origin = kinds.get(trusted.origins.get(profile.id, builtin_dir), BUILT_IN)
            chosen = trusted if origin != USER and profile.id in trusted_ids else full
            self._add(profile, origin, chosen.location(profile.id))
        for profile in trusted.all():  # shadowed by a person's file that failed to load
            if profile.id not in self._profiles:
                origin = kinds.get(trusted.origins.get(profile.id, builtin_dir))
                self._add(profile, origin, trusted.location(profile.id))
        self.pin_problems = [
            f"{key}: no provider {profile_id!r} is known; ignored"
            for key in ("client_ids", "redirect_ports", "relay_urls")
            for profile_id in policy.values.get(key, {})
            if profile_id not in self._profiles
        ]

    def _add(self, profile: ProviderProfile, origin: str | None, location: str) -> None:
        pins = self.policy.pins(profile.id)
        self._profiles[profile.id] = replace(profile, **pins) if pins else profile
        self.origins[profile.id] = origin or BUILT_IN
        self._locations[profile.id] = location

    def location(self, profile_id: str) -> str:
        """Where this profile's client ID is set: the policy's pin, or the profile's file."""
        if "client_id" in self.policy.pins(profile_id):
            return "the organisation's policy (client_ids)"
        return self._locations.get(profile_id, f"{profile_id}.json")

    # -- the ProfileRegistry surface ----------------------------------------------------
    def get(self, profile_id: str) -> ProviderProfile:
        try:
            return self._profiles[profile_id]
        except KeyError:
            raise unknown_provider(profile_id) from None

    def all(self) -> list[ProviderProfile]:
        """The providers people may connect to."""
        return [p for p in self._profiles.values() if not self.refusal(p.id)]

    def all_known(self) -> list[ProviderProfile]:
        """Every provider, allowed or not (names for accounts that already exist)."""
        return list(self._profiles.values())

    # -- what policy adds -----------------------------------------------------------------
    def refusal(self, profile_id: str) -> str:
        """Why this provider may not be used ("" when it may), in plain words."""
        profile = self._profiles.get(profile_id)
        if profile is None:
            return ""  # unknown: ``get`` reports that itself
        policy = self.policy
        if self.origins.get(profile_id) == USER and not policy.allow_custom_providers:
            return f"{profile.display_name} is a custom provider: {NOT_ALLOWED}."
        if profile.demo and policy.hide_demo:
            return f"The demo is {NOT_ALLOWED}."
        if not policy.allows(profile.id, profile.family):
            return f"{profile.display_name} is {NOT_ALLOWED}."
        return ""

    def client_id_locked(self, profile_id: str) -> bool:
        """The organisation fixed this provider's client ID (by policy or system profile)."""
        if profile_id in self.policy.values.get("client_ids", {}):
            return True
        profile = self._profiles.get(profile_id)
        return bool(profile and profile.client_id and self.origins.get(profile_id) == SYSTEM)


def _unique(problems: list[ProfileError]) -> list[ProfileError]:
    seen: set[str] = set()
    out = []
    for problem in problems:
        if problem.message not in seen:
            seen.add(problem.message)
            out.append(problem)
    return out


def refusal(registry: Any, profile_id: str) -> str:
    """``PolicyRegistry.refusal`` for any registry (a plain one refuses nothing)."""
    check = getattr(registry, "refusal", None)
    return check(profile_id) if callable(check) else ""


def blocked_profile_ids(registry: Any) -> frozenset[str]:
    """Every known provider the organisation forbids (its accounts: Disconnect only)."""
    every = getattr(registry, "all_known", None)
    if not callable(every):
        return frozenset()
    return frozenset(p.id for p in every() if refusal(registry, p.id))


def policy_of(registry: Any) -> EffectivePolicy:
    """The registry's policy (an empty one for a plain ``ProfileRegistry``)."""
    policy = getattr(registry, "policy", None)
    return policy if isinstance(policy, EffectivePolicy) else EffectivePolicy()


def policy_registry(places: Places | None = None, winreg: Any = None) -> PolicyRegistry:
    """The profiles for this computer: built-in, the person's folder, system folders, policy."""
    from ..base.paths import resources_dir, user_providers_dir

    places = places or system_places()
    return PolicyRegistry(
        load_policy(places, winreg),
        builtin_dir=resources_dir() / "providers",
        user_dir=user_providers_dir(),
        system_dirs=places.profile_dirs(),
    )
