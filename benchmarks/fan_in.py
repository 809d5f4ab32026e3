"""Refresh fan-in: 50 threads and 5 CLI processes on one expired account → refreshes seen.

One account is connected to a demo provider on loopback; its stored access token is
then marked expired (keychain and store), and at once 50 threads call ``/api/me``
through one engine while 5 ``python -m desktop_app.cli token ID`` processes ask for a
token over the same ``LOOPGATE_HOME``. The provider counts refresh requests: the target
is exactly 1 per expiry (RFC 9700 §4.14, design §3). Three rounds, with the threads
released at different moments of the CLI start-up, so the race really happens.

Processes share tokens only through a keychain both can see: the real Secret Service
when this runs under ``tests/with_keychain.sh`` (``run_all`` does that when it can),
else a file-backed stand-in from the test support, and the table says which.
Run: ``sh tests/with_keychain.sh .venv/bin/python -m benchmarks.fan_in``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

from .common import ROOT, Figure, child_env, emit, temp_home

THREADS = 50
PROCESSES = 5
# Seconds between starting the CLI processes and releasing the threads.
OFFSETS = (0.0, 0.25, 0.5)


def keychain() -> tuple[object, dict[str, str], str]:
    """The vault both processes see, the children's extra environment, and its name."""
    import keyring
    from keyring.backends import SecretService

    from desktop_app.core.storage.vault import KeyringVault

    backend = keyring.get_keyring()
    if isinstance(backend, SecretService.Keyring):
        return KeyringVault(backend), {}, "Secret Service (gnome-keyring)"
    from tests.support.faulty_keyrings import BACKEND_NAME, KEYRING_DIR_ENV, FileKeyring

    folder = temp_home() / "keychain"
    env = {"PYTHON_KEYRING_BACKEND": BACKEND_NAME, KEYRING_DIR_ENV: str(folder)}
    return KeyringVault(FileKeyring(folder)), env, "file keychain (no Secret Service here)"


def expire(engine: object, account_id: str) -> None:
    """Marks the stored access token as expired, as time passing would."""
    past = time.time() - 120
    tokens = engine.vault.get_tokens(account_id)  # type: ignore[attr-defined]
    engine.vault.put_tokens(account_id, replace(tokens, expires_at=past))  # type: ignore[attr-defined]
    engine.store.update(account_id, lambda a: a.with_changes(expires_at=past))  # type: ignore[attr-defined]


def main() -> int:
    home = temp_home()
    from desktop_app.core.api.calls import ApiRequest
    from desktop_app.demo_provider.server import DemoServer
    from tests.support.children import run_threads
    from tests.support.engines import make_engine

    vault, extra_env, keychain_name = keychain()
    counts, failures = [], []
    with DemoServer(port=0, state_dir=home / "demo") as server:
        engine = make_engine(server.port, vault=vault)  # type: ignore[arg-type]
        account_id = engine.connect("demo", timeout=30).id
        env = child_env(LOOPGATE_HOME=str(home), LOOPGATE_DEMO_PORT=str(server.port), **extra_env)
        cli = [sys.executable, "-m", "desktop_app.cli", "token", account_id]
        me = ApiRequest("GET", "/api/me")
        try:
            for offset in OFFSETS:
                expire(engine, account_id)
                before = server.stats.refresh_requests
                processes = [
                    subprocess.Popen(
                        cli, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                    )
                    for _ in range(PROCESSES)
                ]
                time.sleep(offset)
                results = run_threads(THREADS, lambda: engine.call(account_id, me))
                for process in processes:
                    out, err = process.communicate(timeout=120)
                    if process.returncode != 0 or not out.strip():
                        failures.append(err.decode(errors="replace")[-300:])
                failures += [repr(r) for r in results if getattr(r, "status", None) != 200]
                counts.append(server.stats.refresh_requests - before)
        finally:
            engine.disconnect(account_id)
    ok = all(c == 1 for c in counts) and not failures
    value = f"{' / '.join(map(str, counts))} refresh requests in {len(OFFSETS)} rounds"
    if failures:
        value += f"; {len(failures)} callers failed: {failures[0][:120]!r}"
    emit(
        [
            Figure(
                f"refresh fan-in: {THREADS} threads + {PROCESSES} CLI processes, one expiry",
                value,
                "1 per round",
                ok,
            ),
            Figure("refresh fan-in: keychain shared across processes", keychain_name),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
