"""Writing an organisation's policy folder (``policy.json``, ``providers/*.json``) for tests.

The folder is the one ``LOOPGATE_SYSTEM_CONFIG_DIR`` names (set per test by conftest).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop_app.core.policy.locations import SYSTEM_DIR_ENV


def system_folder() -> Path:
    return Path(os.environ[SYSTEM_DIR_ENV])


def write_policy(policy: dict[str, Any] | str, folder: Path | None = None) -> Path:
    """``policy.json`` from a mapping, or verbatim text (to write a damaged one)."""
    target = (folder or system_folder()) / "policy.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = policy if isinstance(policy, str) else json.dumps(policy, indent=2)
    target.write_text(text, encoding="utf-8")
    return target


def write_system_profile(profile: dict[str, Any], folder: Path | None = None) -> Path:
    target = (folder or system_folder()) / "providers" / f"{profile['id']}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(profile, indent=2), encoding="utf-8")
    return target


def write_user_profile(profile: dict[str, Any]) -> Path:
    from desktop_app.core.base.paths import user_providers_dir

    target = user_providers_dir() / f"{profile['id']}.json"
    target.write_text(json.dumps(profile, indent=2), encoding="utf-8")
    return target


class FakeWinreg:
    """The slice of ``winreg`` Loopgate uses, over a dict: ``{subkey: {name: value}}``.

    Windows' own module exists only on Windows; this stands in for it elsewhere, with
    the values Group Policy writes from the ADMX template (DWORD 0/1, strings, subkeys).
    """

    HKEY_LOCAL_MACHINE = "HKLM"

    def __init__(self, tree: dict[str, dict[str, Any]]) -> None:
        self.tree = tree

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self) -> FakeWinreg._Key:
            return self

        def __exit__(self, *_exc: object) -> None:
            pass

    def OpenKey(self, parent: Any, name: str) -> _Key:
        base = "" if parent == self.HKEY_LOCAL_MACHINE else parent.path + "\\"
        path = base + name
        if path not in self.tree:
            raise FileNotFoundError(path)
        return self._Key(path)

    def EnumValue(self, key: _Key, index: int) -> tuple[str, Any, int]:
        items = list(self.tree[key.path].items())
        if index >= len(items):
            raise OSError("no more data")
        name, value = items[index]
        return name, value, 4 if isinstance(value, int) else 1
