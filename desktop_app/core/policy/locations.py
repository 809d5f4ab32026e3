"""Where an organisation's policy and system-wide profiles live on each OS.

Each *folder* may hold ``policy.json`` and ``providers/*.json`` (system profiles):

- Windows: ``%ProgramData%\\Loopgate``; managed values in the registry under
  ``HKLM\\SOFTWARE\\Policies\\Loopgate`` (Group Policy, Intune's ADMX ingestion);
- macOS: ``/Library/Application Support/Loopgate``; managed values from a configuration
  profile, ``/Library/Managed Preferences/com.loopgate.Loopgate.plist`` and the per-user
  ``/Library/Managed Preferences/<user>/com.loopgate.Loopgate.plist``;
- Linux and others: ``<dir>/loopgate`` for each dir of ``$XDG_CONFIG_DIRS``
  (``/etc/xdg`` when unset; the first dir wins, as the XDG spec says).

``LOOPGATE_SYSTEM_CONFIG_DIR`` replaces the *folders* with one (tests, portable copies);
managed values (registry, configuration profiles) are read whatever it says.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SYSTEM_DIR_ENV = "LOOPGATE_SYSTEM_CONFIG_DIR"
PREFERENCE_DOMAIN = "com.loopgate.Loopgate"
REGISTRY_KEY = r"SOFTWARE\Policies\Loopgate"
MANAGED_PREFERENCES = Path("/Library/Managed Preferences")


@dataclass(frozen=True)
class Places:
    """Every place to read, lowest precedence first (a later value wins)."""

    folders: tuple[Path, ...]
    plists: tuple[Path, ...] = ()
    registry: bool = False
    overridden: bool = False

    def describe(self) -> list[str]:
        """For ``loopgate policy`` and the support bundle: what was looked at."""
        places = [str(folder) for folder in self.folders]
        if self.registry:
            places.append(f"HKEY_LOCAL_MACHINE\\{REGISTRY_KEY}")
        places += [str(plist) for plist in self.plists]
        if self.overridden:
            places.append(f"(folders set by {SYSTEM_DIR_ENV})")
        return places

    def profile_dirs(self) -> list[Path]:
        """System profile folders, lowest precedence first."""
        return [folder / "providers" for folder in self.folders]


def system_places(
    platform: str | None = None, env: Mapping[str, str] | None = None, user: str | None = None
) -> Places:
    platform = platform or sys.platform
    env = os.environ if env is None else env
    override = env.get(SYSTEM_DIR_ENV, "").strip()
    folders = (Path(override).expanduser(),) if override else _os_folders(platform, env)
    if platform == "win32":
        return Places(folders, registry=True, overridden=bool(override))
    if platform == "darwin":
        name = user or _user_name()
        plists = [MANAGED_PREFERENCES / f"{PREFERENCE_DOMAIN}.plist"]
        if name:
            plists.append(MANAGED_PREFERENCES / name / f"{PREFERENCE_DOMAIN}.plist")
        return Places(folders, plists=tuple(plists), overridden=bool(override))
    return Places(folders, overridden=bool(override))


def _os_folders(platform: str, env: Mapping[str, str]) -> tuple[Path, ...]:
    if platform == "win32":
        root = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return (Path(root) / "Loopgate",)
    if platform == "darwin":
        return (Path("/Library/Application Support/Loopgate"),)
    dirs = [d for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d.strip()]
    # XDG Base Directory: the first dir is the most important, so it is read last.
    return tuple(Path(d) / "loopgate" for d in reversed(dirs or ["/etc/xdg"]))


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
