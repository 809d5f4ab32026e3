"""The support bundle: one zip a person can send to support, with every secret removed.

Inside: ``about.json`` (version, OS, keychain kind, folders), ``policy.json`` (the
organisation policy with where each value came from), ``providers.json`` (profiles,
never a secret), ``accounts.json`` and ``diagnostics.txt`` (non-secret facts and the
last connect/refresh timelines), ``settings.ini`` and the recent log.

Every token and administrator secret in the keychain is registered with the redactor
first, then every member passes through ``redact_text`` (and JSON members through
``redact_mapping``), so even an old log line holding a token comes out masked.
"""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..base.atomic import write_bytes_atomic
from ..base.errors import LoopgateError
from ..base.redact import redact_mapping, redact_text, register_secret
from . import facts

LOG_FILES = ("loopgate.log", "loopgate.log.1")
LOG_TAIL_BYTES = 1_000_000
README = """Loopgate support bundle

Made by Loopgate for a support request. Every token, code and secret Loopgate knows
was removed from every file before it was written here ([REDACTED] marks the places).

about.json        Loopgate version, operating system, keychain kind, folders
policy.json       your organisation's policy, with where each value came from
providers.json    provider profiles (no secrets: profiles never hold one)
accounts.json     each account's stored facts (status, expiry, scopes, last error)
diagnostics.txt   each account's last connect or refresh, step by step
settings.ini      Loopgate's settings on this computer
logs/             the most recent log
"""


def default_name(now: float | None = None) -> str:
    return time.strftime("loopgate-support-%Y%m%d-%H%M%S.zip", time.localtime(now))


def build_support_bundle(
    engine: Any,
    target: Path,
    *,
    log_dir: Path,
    config_dir: Path,
    now: Callable[[], float] = time.time,
) -> Path:
    """Writes the bundle to ``target`` (a folder gets the default name); returns the path."""
    stamp = now()
    try:
        target = target / default_name(stamp) if target.is_dir() else target
        folder_exists = target.parent.is_dir()
    except OSError as exc:
        raise _cannot_save(target, exc) from None
    if not folder_exists:
        raise LoopgateError(
            f"Cannot save the support bundle: the folder {target.parent} does not exist."
        )
    members = collect_members(engine, log_dir=log_dir, config_dir=config_dir, now=stamp)
    try:
        write_bytes_atomic(target, zip_bytes(members))
    except OSError as exc:
        raise _cannot_save(target, exc) from None
    return target


def _cannot_save(target: Path, exc: OSError) -> LoopgateError:
    reason = exc.strerror or str(exc)
    return LoopgateError(f"Cannot save the support bundle to {target}: {reason}.", detail=str(exc))


def collect_members(engine: Any, *, log_dir: Path, config_dir: Path, now: float) -> dict[str, str]:
    """Member name → redacted text."""
    accounts = list(engine.accounts())
    secrets, in_keychain = facts.known_secrets(engine, accounts)
    register_secret(*secrets)
    paths = {"data": str(engine.data_dir), "config": str(config_dir), "logs": str(log_dir)}
    accounts_data = [
        facts.account_facts(engine, a, in_keychain.get(a.id, "unknown")) for a in accounts
    ]
    members = {
        "README.txt": README,
        "about.json": _json(facts.about(engine, paths, now)),
        "policy.json": _json(facts.policy_facts_for_bundle(engine)),
        "providers.json": _json(facts.provider_facts(engine)),
        "accounts.json": _json({"accounts": accounts_data}),
        "diagnostics.txt": facts.timelines_text(accounts),
    }
    settings = _read_text(config_dir / "settings.ini")
    if settings is not None:
        members["settings.ini"] = settings
    for name in LOG_FILES:
        text = _read_text(log_dir / name, tail=LOG_TAIL_BYTES)
        if text is not None:
            members[f"logs/{name}"] = text
    scrubbed = {name: redact_text(text) for name, text in members.items()}
    long_enough = [s for s in secrets if len(s) >= 8]  # what the redactor registers
    leftovers = [name for name, text in scrubbed.items() if any(s in text for s in long_enough)]
    if leftovers:  # cannot happen while redact_text works; never ship a bundle if it did
        raise LoopgateError("The support bundle could not be cleaned, so it was not saved.")
    return scrubbed


def zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(f"loopgate-support/{name}", text.encode("utf-8"))
    return buffer.getvalue()


def _json(data: dict[str, Any]) -> str:
    return json.dumps(redact_mapping(data), indent=2, ensure_ascii=False, default=str) + "\n"


def _read_text(path: Path, tail: int = 0) -> str | None:
    """The file's text (its last ``tail`` bytes when given); ``None`` when absent or unreadable."""
    try:
        with path.open("rb") as handle:
            if tail:
                handle.seek(max(0, os.fstat(handle.fileno()).st_size - tail))
            data = handle.read()
    except OSError:
        return None
    return data.decode("utf-8", "replace")
