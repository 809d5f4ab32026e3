"""Reading one policy source: ``policy.json``, the Windows registry, or a managed plist.

Each reader returns the values it could check and one plain problem per value it could
not ("policy.json (C:\\ProgramData\\Loopgate), line 4: hide_demo must be true or
false"). A bad value never stops the others; a file that is not JSON at all is
reported by line and contributes nothing.
"""

from __future__ import annotations

import json
import plistlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..providers.profiles import line_of
from .keys import BY_NAME, check_value
from .locations import REGISTRY_KEY

POLICY_FILE = "policy.json"
_IGNORED_KEYS = ("$comment",)


@dataclass(frozen=True)
class PolicySource:
    """What one place said: checked values, and the problems with the rest."""

    label: str
    values: dict[str, Any] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def _check_all(
    raw: dict[str, Any], where: Any, *, lenient: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """``where(key)`` names the place of a key in messages (with a line where known)."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        if key in _IGNORED_KEYS or key.startswith(("Payload", "_")):
            continue  # comments; a configuration profile's own bookkeeping
        spec = BY_NAME.get(key)
        if spec is None:
            problems.append(f"{where(key)}: unknown policy key {key!r} (ignored)")
            continue
        try:
            values[key] = check_value(spec, value, lenient=lenient)
        except ValueError as exc:
            problems.append(f"{where(key)}: {exc} (ignored)")
    return values, problems


def read_policy_file(path: Path) -> PolicySource | None:
    """``policy.json`` in a system folder; ``None`` when there is none."""
    label = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        return PolicySource(label, problems=(f"{label}: cannot be read ({exc}); ignored",))
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return PolicySource(label, problems=(f"{label}, line {exc.lineno}: {exc.msg}; ignored",))
    if not isinstance(raw, dict):
        return PolicySource(label, problems=(f"{label}, line 1: must be a JSON object; ignored",))
    values, problems = _check_all(raw, lambda key: f"{label}, line {line_of(text, key)}")
    return PolicySource(label, values, tuple(problems))


def read_managed_plist(path: Path) -> PolicySource | None:
    """A configuration profile's managed preferences (macOS); ``None`` when absent."""
    label = str(path)
    try:
        with path.open("rb") as handle:
            raw = plistlib.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # damaged plists raise expat, value, key, index, overflow errors
        return PolicySource(label, problems=(f"{label}: not a readable plist ({exc}); ignored",))
    if not isinstance(raw, dict):
        return PolicySource(label, problems=(f"{label}: must be a dictionary; ignored",))
    values, problems = _check_all(raw, lambda key: f"{label}, key {key}")
    return PolicySource(label, values, tuple(problems))


def read_registry(winreg: Any = None) -> PolicySource | None:
    """``HKLM\\SOFTWARE\\Policies\\Loopgate`` (Windows); ``None`` when the key is absent.

    Single values are named after the policy key (REG_DWORD 0/1 for switches, REG_SZ
    otherwise); lists and per-provider maps are subkeys of the same name whose values
    are the entries (an ADMX ``list``: value name = profile id, data = the value).
    """
    if winreg is None:
        try:
            import winreg  # type: ignore[no-redef]
        except ImportError:
            return None
    label = f"HKEY_LOCAL_MACHINE\\{REGISTRY_KEY}"
    try:
        root = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return None
    with root:
        raw = _registry_values(winreg, root)
        for name in BY_NAME:
            entries = _registry_subkey(winreg, root, name)
            if entries is None:
                continue
            if BY_NAME[name].kind == "names":
                # An ADMX list names its values 1, 2, … 10: in that order, not "1", "10", "2".
                ordered = sorted(entries.items(), key=lambda item: (len(item[0]), item[0]))
                raw[name] = [value for _, value in ordered]
            else:
                raw[name] = entries
    values, problems = _check_all(raw, lambda key: f"{label}\\{key}", lenient=True)
    return PolicySource(label, values, tuple(problems))


def _registry_values(winreg: Any, key: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    index = 0
    while True:
        try:
            name, data, _kind = winreg.EnumValue(key, index)
        except OSError:
            return values
        if name:  # the unnamed default value carries no policy
            values[name] = data
        index += 1


def _registry_subkey(winreg: Any, root: Any, name: str) -> dict[str, Any] | None:
    try:
        key = winreg.OpenKey(root, name)
    except OSError:
        return None
    with key:
        return _registry_values(winreg, key)
