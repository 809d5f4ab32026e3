"""``loopgate policy`` and ``loopgate support-bundle``, and the policy checks other commands use.

Kept beside ``cli`` (which registers these commands) so the policy and support pieces
read on their own; nothing here imports ``cli``: it hands over its engine builder.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core.base.errors import NotAllowed
from .core.policy.effective import NOT_ALLOWED, EffectivePolicy
from .core.policy.keys import KEYS

EngineBuilder = Callable[[], Any]


def _err(message: str) -> None:
    print(f"loopgate: {message}", file=sys.stderr)


def add_admin_commands(sub: Any, build_engine: EngineBuilder) -> None:
    p = sub.add_parser("policy", help="the organisation's policy, with where each value came from")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda args: cmd_policy(args, build_engine()))

    p = sub.add_parser("support-bundle", help="save a zip for support (every secret removed)")
    p.add_argument("--output", metavar="FILE", help="zip file or folder (default: here)")
    p.set_defaults(func=lambda args: cmd_support_bundle(args, build_engine()))


# -- loopgate policy ------------------------------------------------------------------------
def cmd_policy(args: argparse.Namespace, engine: Any) -> int:
    from .core.support.facts import policy_facts

    facts = policy_facts(engine)
    if args.json:
        print(json.dumps(facts, indent=2))
        return 0
    print("Organisation policy (managed values win over policy.json files)")
    print("Looked in: " + "; ".join(facts["places"]))
    rows = [_policy_row(name, facts["settings"][name]) for name in (k.name for k in KEYS)]
    width = max(len(name) for name, _, _ in rows)
    for name, value, source in rows:
        print(f"  {name:<{width}}  {value}" + (f"   [{source}]" if source else ""))
    print("System profiles:" + ("" if facts["system_profiles"] else " none"))
    for profile in facts["system_profiles"]:
        pinned = [f"client ID {profile['client_id']}"] if profile["client_id"] else []
        if profile["redirect_relay"]:
            pinned.append(f"relay {profile['redirect_relay']}")
        print(f"  {profile['id']:<22} {profile['name']}  " + " · ".join(pinned))
    return 0  # problems were said on stderr when the engine was built


def _policy_row(name: str, entry: dict[str, Any]) -> tuple[str, str, str]:
    if "entries" in entry:
        shown = "; ".join(
            f"{pid} = {e['value']} [{e['source']}]" for pid, e in entry["entries"].items()
        )
        return name, shown, ""
    value = entry["value"]
    if value is None:
        return name, "(not set)", ""
    if isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, list):
        value = ", ".join(value)
    return name, str(value), entry["source"]


# -- loopgate support-bundle ----------------------------------------------------------------
def cmd_support_bundle(args: argparse.Namespace, engine: Any) -> int:
    from .core.base.paths import config_dir, log_dir
    from .core.support.bundle import build_support_bundle

    target = Path(args.output).expanduser() if args.output else Path.cwd()
    path = build_support_bundle(engine, target, log_dir=log_dir(), config_dir=config_dir())
    _err("Saved the support bundle (tokens and secrets removed). Send this file to support:")
    print(path)
    return 0


# -- checks used by other commands ----------------------------------------------------------
def policy_of_engine(engine: Any) -> EffectivePolicy:
    from .core.policy.registry import policy_of

    return policy_of(engine.registry)


def report_policy_problems(engine: Any) -> None:
    """A damaged policy file is said on every command: the rest of the policy still applies."""
    policy = policy_of_engine(engine)
    for problem in (*policy.problems, *getattr(engine.registry, "pin_problems", [])):
        _err(f"policy problem: {problem}")


def require_reveal(engine: Any) -> None:
    if not policy_of_engine(engine).allow_token_reveal:
        raise NotAllowed(f"Showing token values is {NOT_ALLOWED}.")


def require_custom_providers() -> None:
    from .core.policy.effective import load_policy

    if not load_policy().allow_custom_providers:
        raise NotAllowed(f"Adding custom providers is {NOT_ALLOWED}.")


def require_demo() -> None:
    from .core.policy.registry import policy_registry

    reason = policy_registry().refusal("demo")
    if reason:
        raise NotAllowed(reason)


def require_own_client_id(engine: Any, profile_id: str) -> None:
    locked = getattr(engine.registry, "client_id_locked", None)
    if callable(locked) and locked(profile_id):
        raise NotAllowed(
            f"The client ID for {profile_id} is set by your organisation; leave out --client-id."
        )


def status_word(engine: Any, account: Any, words: Callable[[Any], str]) -> str:
    """``list``'s STATUS column: policy first, then the account's own status in words."""
    from .core.policy.registry import refusal

    if refusal(engine.registry, account.profile_id):
        return NOT_ALLOWED
    return words(account)


def apply_log_policy(engine: Any) -> None:
    from .core.policy.log_level import apply_log_level

    apply_log_level(policy_of_engine(engine))
