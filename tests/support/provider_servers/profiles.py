"""User provider profiles that point the SHIPPED profiles at a provider-shaped server.

The file only ``extends`` the shipped ``clover``/``clio``/``cloverleaf`` profile and
overrides ``hosts`` (plus ``client_id``, ``environment`` and a redirect port of 0), so
every other field a test exercises is the real shipped data. It lands where an
administrator's would: ``$LOOPGATE_HOME/config/providers/<id>.json``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

SHIPPED = {"CloverLike": "clover", "ClioLike": "clio", "CloverleafLike": "cloverleaf"}


class _Server(Protocol):
    client_id: str

    @property
    def hosts(self) -> dict[str, str]: ...


def providers_dir(home: Path | None = None) -> Path:
    """``<LOOPGATE_HOME>/config/providers`` (the folder ``core.paths`` reads)."""
    root = home or Path(os.environ["LOOPGATE_HOME"])
    return root / "config" / "providers"


def profile_for(server: _Server, profile_id: str = "", *, extends: str = "") -> dict[str, Any]:
    """The override-only profile data for ``server``."""
    parent = extends or SHIPPED[type(server).__name__]
    return {
        "id": profile_id or f"{parent}-test",
        "extends": parent,
        "environment": "Loopback test server",
        "client_id": server.client_id,
        "hosts": dict(server.hosts),
        "redirect_port": 0,
    }


def write_profile(
    server: _Server, profile_id: str = "", *, extends: str = "", home: Path | None = None
) -> str:
    """Writes the profile into the user providers folder; returns its id."""
    data = profile_for(server, profile_id, extends=extends)
    folder = providers_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{data['id']}.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return str(data["id"])
