"""No secret on disk or in logs: end-to-end flows with debug logging, then a byte scan.

Every token the demo provider issued (captured from the token responses and the
keychain), every authorization code and PKCE verifier is searched for, verbatim, in
every file under ``LOOPGATE_HOME``: store, history, logs, locks, demo provider state.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base import logs
from desktop_app.core.base.paths import data_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.oauth import browser_leg as connect_module
from desktop_app.core.oauth.transport import new_session
from desktop_app.core.providers.profiles import default_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.demo_provider.server import DemoServer
from tests.support import figures
from tests.support.engines import ScriptedBrowser
from tests.support.faulty_keyrings import BACKEND_NAME, KEYRING_DIR_ENV, FileKeyring
from tests.support.reliability import env_for_child, secret_hits, tree_bytes

SECRET_FIELDS = ("access_token", "refresh_token", "id_token")


class Issued:
    """Every secret seen this run, from token responses, callbacks and the keychain."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self.lock = threading.Lock()

    def add(self, *values: str | None) -> None:
        with self.lock:
            self.values.update(v for v in values if v)

    def from_response(self, response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        try:
            payload = response.json()
        except ValueError:
            return
        if isinstance(payload, dict):
            self.add(*(str(payload.get(k) or "") for k in SECRET_FIELDS))


class RawRecords(logging.Handler):
    """Sees log records before any redaction, to show what the filter had to catch."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def debug_logging(loopgate_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Loopgate's own logging set-up at debug level, writing under this test's home."""
    root = logging.getLogger("desktop_app")
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(logs, "_configured", False)
    logs.configure_logging(debug=True)
    yield loopgate_home / "logs" / "loopgate.log"
    for handler in root.handlers[len(handlers) :]:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def demo(loopgate_home: Path) -> Iterator[DemoServer]:
    # The provider's state lives under the home too, so the scan covers it.
    with DemoServer(port=0, state_dir=loopgate_home / "demo-state", access_token_ttl=300) as server:
        yield server


def recording_engine(demo: DemoServer, issued: Issued, clock: Any) -> Engine:
    def session() -> requests.Session:
        s = new_session()
        s.hooks["response"].append(issued.from_response)
        return s

    folder = data_dir()
    return Engine(
        registry=default_registry(),
        store=AccountStore(folder),
        vault=KeyringVault(),
        data_dir=folder,
        clock=clock,
        session_factory=session,
        browser=ScriptedBrowser(),
        demo_port=demo.port,
        demo_launcher=lambda _port: demo.issuer,
    )


def test_engine_flows_leave_no_secret_on_disk_or_in_logs(
    demo: DemoServer,
    debug_logging: Path,
    loopgate_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connect, call, refresh (forced, on expiry, on 401), disconnect: zero secrets in files."""
    issued = Issued()
    original_parse = connect_module.parse_authorization_response

    def spy(attempt: Any, profile: Any, params: Any) -> Any:
        issued.add(attempt.code_verifier, attempt.nonce, params.get("code"))
        return original_parse(attempt, profile, params)

    monkeypatch.setattr(connect_module, "parse_authorization_response", spy)
    raw = RawRecords()
    logging.getLogger("desktop_app").addHandler(raw)
    skew = [0.0]
    engine = recording_engine(demo, issued, lambda: time.time() + skew[0])
    try:
        kept = engine.connect("demo", label="kept", timeout=20)
        engine.browser = ScriptedBrowser(user="sam")  # a second identity, a second account
        gone = engine.connect("demo", label="gone", timeout=20)
        assert gone.id != kept.id
        tokens = engine.vault.get_tokens(kept.id)
        assert tokens is not None
        assert engine.call(kept.id, ApiRequest("GET", "/api/me")).status == 200
        bearer = (("Authorization", f"Bearer {tokens.access_token}"),)
        engine.call(kept.id, ApiRequest("GET", "/api/items?page=1", headers=bearer))
        engine.call(kept.id, ApiRequest("POST", "/api/me", body=tokens.refresh_token))
        engine.tokens.fresh_tokens(kept.id, force=True)
        skew[0] = 400.0  # the access token is now expired: the next call renews it
        assert engine.call(kept.id, ApiRequest("GET", "/api/me")).refreshed
        stale = replace(engine.tokens.current(kept.id), access_token="at-unknown-to-provider")
        engine.vault.put_tokens(kept.id, stale)
        assert engine.call(kept.id, ApiRequest("GET", "/api/me")).refreshed  # 401 → renew
        for account_id in (kept.id, gone.id):
            current = engine.vault.get_tokens(account_id)
            assert current is not None
            issued.add(current.access_token, current.refresh_token, current.id_token)
        engine.disconnect(gone.id)
    finally:
        logging.getLogger("desktop_app").removeHandler(raw)
    assert len(issued.values) >= 12
    log_text = debug_logging.read_text(encoding="utf-8")
    assert " DEBUG " in log_text or " INFO " in log_text, "logging must have been on"
    files = tree_bytes(loopgate_home)
    assert any(name.startswith("data/history") for name in files), sorted(files)
    assert secret_hits(loopgate_home, issued.values) == []
    figures.add("secrets: values searched for", len(issued.values))
    figures.add("secrets: files scanned", len(files))
    raw_hits = [m for m in raw.messages if any(v in m for v in issued.values if len(v) >= 8)]
    assert raw_hits == [], "no code path even tries to log a secret"


def test_cli_flows_leave_no_secret_on_disk_or_in_output(
    demo: DemoServer, loopgate_home: Path, tmp_path: Path
) -> None:
    """``loopgate`` connect/token/call/refresh/inspect/list/disconnect with LOOPGATE_DEBUG=1."""
    keychain = tmp_path / "keychain"
    env = env_for_child(
        loopgate_home,
        LOOPGATE_DEBUG="1",
        LOOPGATE_DEMO_PORT=str(demo.port),
        PYTHON_KEYRING_BACKEND=BACKEND_NAME,
        BROWSER=f"{sys.executable} -m desktop_app.demo_provider.scripted_browser %s",
        **{KEYRING_DIR_ENV: str(keychain)},
    )
    vault = KeyringVault(FileKeyring(keychain))
    issued: set[str] = set()
    outputs: list[str] = []

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stderr)
        for entry in json.loads(run_list()) if args[0] != "list" else []:
            tokens = vault.get_tokens(entry["id"])
            if tokens is not None:
                issued.update((tokens.access_token, tokens.refresh_token, tokens.id_token))
        return done.stdout

    def run_list() -> str:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "list", "--json"],
            env=env, capture_output=True, text=True, timeout=60, check=True,
        ).stdout  # fmt: skip

    account_id = run("connect", "demo", "--timeout", "30").strip()
    printed = run("token", account_id).strip()
    issued.add(printed)
    run("call", account_id, "GET", "/api/me")
    run("refresh", account_id)
    outputs.append(run("inspect", account_id))
    outputs.append(run("list"))
    run("disconnect", account_id)
    assert vault.get_tokens(account_id) is None
    assert len(issued) >= 5
    assert (loopgate_home / "logs" / "loopgate.log").stat().st_size > 0
    assert secret_hits(loopgate_home, issued) == []
    leaked = [o for o in outputs if any(v in o for v in issued if len(v) >= 8)]
    assert leaked == [], "stderr and inspect/list output never show a token"
    figures.add("secrets: values searched for", len(issued))
    figures.add("secrets: files scanned", len(tree_bytes(loopgate_home)))


def test_a_new_process_that_only_reads_tokens_leaves_no_secret_in_any_file(
    demo: DemoServer, loopgate_home: Path, tmp_path: Path
) -> None:
    """CLI calls with keys, cookies, passwords and live tokens in headers, query and body."""
    from tests.support.engines import make_engine

    keychain = tmp_path / "keychain"
    vault = KeyringVault(FileKeyring(keychain))
    account = make_engine(demo.port, vault=vault).connect("demo", timeout=20)
    tokens = vault.get_tokens(account.id)
    assert tokens is not None and tokens.id_token
    env = env_for_child(
        loopgate_home,
        LOOPGATE_DEBUG="1",
        LOOPGATE_DEMO_PORT=str(demo.port),
        PYTHON_KEYRING_BACKEND=BACKEND_NAME,
        **{KEYRING_DIR_ENV: str(keychain)},
    )
    typed = {"apikey-secret-111", "cookie-secret-222", "pw-secret-333", "query-secret-444"}
    calls = [
        ["POST", "/api/me",
         "-H", "X-Api-Key: apikey-secret-111", "-H", "Cookie: sid=cookie-secret-222",
         "-H", f"X-Access-Token: {tokens.access_token}", "-H", f"X-Note: {tokens.refresh_token}",
         "-d", json.dumps({"password": "pw-secret-333", "note": tokens.id_token})],
        ["GET", f"/api/items?api_key=query-secret-444&echo={tokens.access_token}"],
        ["PUT", "/api/me", "-d", f"user=sam&password=pw-secret-333&x={tokens.refresh_token}"],
    ]  # fmt: skip
    for args in calls:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "call", account.id, *args],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode in (0, 2), done.stderr
    history = loopgate_home / "data" / "history" / f"{account.id}.jsonl"
    assert len(history.read_text(encoding="utf-8").splitlines()) == len(calls)
    secrets = typed | {tokens.access_token, tokens.refresh_token, tokens.id_token}
    assert secret_hits(loopgate_home, secrets) == []
    figures.add("secrets: values searched for", len(secrets))
    figures.add("secrets: files scanned", len(tree_bytes(loopgate_home)))
