"""Second-process workers for the reliability suite (``python -m tests.support.children``).

A child builds its own ``Engine`` over the same ``LOOPGATE_HOME`` and a keychain both
processes can see (the real Secret Service, or ``FileKeyring`` via
``PYTHON_KEYRING_BACKEND``), waits for ``go`` on stdin so both processes start together,
does its work and prints one JSON line. The ``*_forever`` functions are crash targets:
they loop until the parent SIGKILLs them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any


def build_engine(skew: float = 0.0, vault: Any = None) -> Any:
    from desktop_app.core.base.paths import data_dir
    from desktop_app.core.engine.engine import Engine
    from desktop_app.core.providers.profiles import default_registry
    from desktop_app.core.storage.store import AccountStore
    from desktop_app.core.storage.vault import KeyringVault
    from desktop_app.wiring import launch_demo_provider

    folder = data_dir()
    return Engine(
        registry=default_registry(),
        store=AccountStore(folder),
        vault=vault if vault is not None else KeyringVault(),
        data_dir=folder,
        clock=lambda: time.time() + skew,
        demo_launcher=launch_demo_provider,
    )


def run_threads(count: int, work: Any) -> list[Any]:
    """Runs ``work()`` on ``count`` threads released together; returns results or errors."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def one(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work()
        except Exception as exc:  # reported to the parent, which asserts on it
            results[index] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _calls(args: argparse.Namespace) -> dict[str, Any]:
    from desktop_app.core.api.calls import ApiRequest

    engine = build_engine(args.skew)
    engine.resolved_profile(engine.store.get(args.account).profile_id)
    print("ready", flush=True)
    sys.stdin.readline()
    results = run_threads(
        args.threads, lambda: engine.call(args.account, ApiRequest("GET", "/api/me"))
    )
    return {
        "statuses": [getattr(r, "status", None) for r in results],
        "refreshed": sum(bool(getattr(r, "refreshed", False)) for r in results),
        "errors": [repr(r) for r in results if isinstance(r, Exception)],
    }


def _refreshes(args: argparse.Namespace) -> dict[str, Any]:
    engine = build_engine()
    engine.resolved_profile(engine.store.get(args.account).profile_id)
    print("ready", flush=True)
    sys.stdin.readline()

    def loop() -> int:
        done = 0
        for _ in range(args.count):
            _tokens, refreshed = engine.tokens.fresh_tokens(args.account, force=True)
            done += refreshed
        return done

    results = run_threads(args.threads, loop)
    return {
        "refreshed": sum(r for r in results if isinstance(r, int)),
        "errors": [repr(r) for r in results if isinstance(r, Exception)],
    }


# -- crash targets (children of multiprocessing's forkserver) ---------------------------
def write_store_forever(directory: str, account_ids: list[str], run: int, ready: Any) -> None:
    """Rewrites every account's label in a tight loop: ``label-<run>-<n>`` with increasing n."""
    from desktop_app.core.storage.store import AccountStore

    store = AccountStore(Path(directory))
    n = 0
    ready.set()
    while True:
        n += 1
        for account_id in account_ids:
            store.update(account_id, lambda a, n=n: a.with_changes(label=f"label-{run}-{n}"))


def refresh_forever(
    home: str, keyring_dir: str, demo_port: int, account_id: str, ready: Any
) -> None:
    """Forced refreshes in a tight loop against the parent's demo provider."""
    from desktop_app.core.storage.vault import KeyringVault
    from tests.support.faulty_keyrings import FileKeyring

    os.environ["LOOPGATE_HOME"] = home
    os.environ["LOOPGATE_DEMO_PORT"] = str(demo_port)
    engine = build_engine(vault=KeyringVault(FileKeyring(Path(keyring_dir))))
    engine.resolved_profile(engine.store.get(account_id).profile_id)
    ready.set()
    while True:
        engine.tokens.fresh_tokens(account_id, force=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="children")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("calls")
    p.add_argument("--account", required=True)
    p.add_argument("--threads", type=int, default=25)
    p.add_argument("--skew", type=float, default=0.0)
    p.set_defaults(func=_calls)
    p = sub.add_parser("refreshes")
    p.add_argument("--account", required=True)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--count", type=int, default=10)
    p.set_defaults(func=_refreshes)
    args = parser.parse_args(argv)
    print(json.dumps(args.func(args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
