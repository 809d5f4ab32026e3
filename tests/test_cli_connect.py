"""``loopgate connect`` with a ``$BROWSER`` that never exits; labels, notices, admin secrets.

In-process ``desktop_app.cli.main`` against the demo provider and the Cloverleaf-shaped
server; the never-exiting browser scripts are started by the real opener.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.support.engines import ScriptedBrowser
from tests.support.provider_servers import CloverleafLike, ProviderBrowser, profile_for
from tests.support.provider_servers.profiles import providers_dir

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX shell scripts as $BROWSER")


@pytest.fixture
def cli(demo_server, monkeypatch: pytest.MonkeyPatch, capsys):
    """``loopgate`` in-process against the demo server."""
    monkeypatch.setenv("LOOPGATE_DEMO_PORT", str(demo_server.port))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def accounts(cli) -> list[dict]:
    return list(json.loads(cli("list", "--json")[1]))


@contextmanager
def interrupt_when(ready: Callable[[], bool], timeout: float = 15.0) -> Iterator[list[float]]:
    """Sends this process SIGINT (Ctrl+C) once ``ready()`` holds, only while inside."""
    sent: list[float] = []
    inside = threading.Event()
    lock = threading.Lock()

    def watch() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not ready():
            time.sleep(0.05)
        time.sleep(0.3)  # the receiver is waiting by now
        with lock:
            if inside.is_set():
                sent.append(time.monotonic())
                os.kill(os.getpid(), signal.SIGINT)

    inside.set()
    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield sent
    finally:
        with lock:
            inside.clear()
        thread.join(1)


@posix_only
def test_connect_finishes_in_seconds_with_a_browser_that_never_exits(
    cli, browser_scripts, monkeypatch
) -> None:
    """The wrapper approves, then stays in the foreground: ``connect`` is done in seconds."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("approve")))
    started = time.monotonic()
    code, out, err = cli("connect", "demo", "--timeout", "30")
    assert code == 0, err
    assert time.monotonic() - started < 15
    assert "Connected Dana Demo" in err and out.strip()
    assert browser_scripts.alive()


@posix_only
def test_connect_times_out_on_time_with_a_browser_that_never_answers(
    cli, browser_scripts, monkeypatch
) -> None:
    """``--timeout 2`` fires after two seconds: one plain line, exit 1, nothing saved."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    started = time.monotonic()
    code, out, err = cli("connect", "demo", "--timeout", "2")
    assert 2 <= time.monotonic() - started < 6
    assert code == 1 and out == "" and "No answer arrived from the browser in time" in err
    assert accounts(cli) == []


@posix_only
def test_ctrl_c_cancels_promptly_with_a_browser_that_never_exits(
    cli, browser_scripts, monkeypatch
) -> None:
    """Ctrl+C while waiting: exit 130 at once, though the browser command lives on."""
    monkeypatch.setenv("BROWSER", str(browser_scripts.write("never")))
    with interrupt_when(lambda: bool(browser_scripts.opened())) as sent:
        code, _out, err = cli("connect", "demo", "--timeout", "60")
        ended = time.monotonic()
    assert sent and code == 130 and "cancelled" in err
    assert ended - sent[0] < 2.0
    assert accounts(cli) == []


def test_reconnecting_the_same_identity_keeps_its_label_unless_a_new_one_is_typed(
    cli, monkeypatch
) -> None:
    """No ``--label``: the account keeps its name; a typed ``--label`` replaces it."""
    person = ScriptedBrowser()
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: person(url))
    account_id = cli("connect", "demo", "--label", "Front desk", "--timeout", "20")[1].strip()
    assert cli("connect", "demo", "--timeout", "20")[1].strip() == account_id
    assert [a["label"] for a in accounts(cli)] == ["Front desk"]
    cli("connect", "demo", "--label", "Reception", "--timeout", "20")
    assert [(a["id"], a["label"]) for a in accounts(cli)] == [(account_id, "Reception")]


# -- Cloverleaf-shaped provider: offline access, notices, admin secrets -----------------
@pytest.fixture
def cloverleaf_cli(cli, monkeypatch) -> Iterator[tuple[CloverleafLike, Callable[..., str]]]:
    """A Cloverleaf-like server that drops offline_access unless prompt=consent is sent
    (node oidc-provider's rule) and serves no discovery; a person who approves."""
    monkeypatch.setattr(webbrowser, "open", ProviderBrowser())
    with CloverleafLike(offline_needs_consent_prompt=True, access_lifetime=1800) as server:

        def profile(profile_id: str = "cloverleaf-test", **fields: object) -> str:
            data = {**profile_for(server, profile_id), **fields}
            folder = providers_dir()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{profile_id}.json").write_text(json.dumps(data), encoding="utf-8")
            return profile_id

        yield server, profile


def test_the_shipped_cloverleaf_profile_gets_a_refresh_token_without_discovery(
    cli, cloverleaf_cli
) -> None:
    """offline_access with prompt=consent is asked for; a refresh token arrives; no notice."""
    server, profile = cloverleaf_cli
    code, _out, err = cli("connect", profile(), "--timeout", "15")
    assert code == 0, err
    query = server.requests_to("/api/oidc/auth")[0].query
    assert "offline_access" in query["scope"].split() and query["prompt"] == "consent"
    assert accounts(cli)[0]["has_refresh_token"]
    assert "sign in again" not in err and "not verified" not in err
    assert server.counters.jwks_requests >= 1  # the id_token signature was checked


def test_no_refresh_token_is_told_at_connect_with_its_lifetime(cli, cloverleaf_cli) -> None:
    """A provider that grants no refresh token: "sign in again every 30 minutes", at once."""
    _server, profile = cloverleaf_cli
    profile_id = profile("cloverleaf-no-offline", request_offline_access=False)
    code, _out, err = cli("connect", profile_id, "--timeout", "15")
    assert code == 0, err
    assert "This provider asks you to sign in again every 30 minutes" in err
    assert not accounts(cli)[0]["has_refresh_token"]


def test_a_profile_without_keys_says_the_signature_was_not_verified(cli, cloverleaf_cli) -> None:
    """No jwks_uri: claims checked, and the person is told the signature was not."""
    server, profile = cloverleaf_cli
    profile_id = profile("cloverleaf-no-keys", jwks_uri="")
    code, _out, err = cli("connect", profile_id, "--timeout", "15")
    assert code == 0, err
    assert "signature was not verified" in err and server.counters.jwks_requests == 0


def test_a_secret_is_refused_for_a_profile_that_never_sends_one(
    cli, monkeypatch, memory_keyring
) -> None:
    """``provider secret clover-sandbox``: refused with the reason; the keychain unchanged."""
    before = dict(memory_keyring.passwords)
    monkeypatch.setattr(sys, "stdin", io.StringIO("an-admin-secret\n"))
    code, _out, err = cli("provider", "secret", "clover-sandbox")
    assert code == 1 and "public client" in err and "none was stored" in err
    assert "may_require_client_secret" in err
    assert memory_keyring.passwords == before


def test_a_cloverleaf_secret_is_stored_and_sent_to_the_token_endpoint(
    cli, cloverleaf_cli, monkeypatch, memory_keyring
) -> None:
    """The profile declares it may need one: stored in the keychain only, and really sent."""
    server, profile = cloverleaf_cli
    profile_id = profile()
    monkeypatch.setattr(sys, "stdin", io.StringIO("an-admin-secret\n"))
    code, _out, err = cli("provider", "secret", profile_id)
    assert code == 0 and "stored in the system keychain" in err
    assert "an-admin-secret" in memory_keyring.passwords.values()
    assert cli("connect", profile_id, "--timeout", "15")[0] == 0
    token_request = server.requests_to("/api/oidc/token")[0].form()
    assert token_request["client_secret"] == "an-admin-secret"
    assert token_request["code_verifier"]  # PKCE is still sent
    home = Path(os.environ["LOOPGATE_HOME"])
    assert all(b"an-admin-secret" not in p.read_bytes() for p in home.rglob("*") if p.is_file())
