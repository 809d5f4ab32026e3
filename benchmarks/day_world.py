"""The world of a simulated day: three providers on loopback and accounts connected to them.

The demo provider (a real authorization server), a Clover-shaped server (single-use
refresh tokens, JSON bodies, epoch expiries, one merchant per account) and a Clio-shaped
one (reusable refresh tokens; one user profile per account so each is its own account).
Every account is connected through the real flow (loopback receiver, PKCE, scripted
person at the consent page). Lifetimes are seconds, so a day of renewals fits in minutes.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from desktop_app.core.api.calls import ApiRequest
from desktop_app.core.base.paths import data_dir, user_providers_dir
from desktop_app.core.engine.engine import Engine
from desktop_app.core.providers.profiles import default_registry
from desktop_app.core.storage.store import AccountStore
from desktop_app.core.storage.vault import KeyringVault
from desktop_app.demo_provider import scripted_browser
from desktop_app.demo_provider.server import CLIENT_ID, DemoServer
from desktop_app.wiring import launch_demo_provider
from tests.support.provider_servers import ClioLike, CloverLike, ProviderBrowser, write_profile
from tests.support.provider_servers.clover_like import Merchant

CALLS = {
    "demo": ApiRequest("GET", "/api/me"),
    "clover": ApiRequest("GET", "/v3/merchants/{merchant_id}"),
    "clio": ApiRequest("GET", "/api/v4/users/who_am_i"),
}


@dataclass(frozen=True)
class Lifetimes:
    """Access-token lifetimes in seconds (renewed at half-life, as for any short token)."""

    demo: int = 30
    clover: int = 20
    clio: int = 40


@dataclass
class Sim:
    """One simulated account: which provider, and how to kill its grant on purpose."""

    account_id: str
    provider: str
    merchant_id: str = ""
    killed: bool = False


@dataclass
class World:
    demo: DemoServer
    clover: CloverLike
    clio: ClioLike
    engine: Engine
    accounts: list[Sim] = field(default_factory=list)

    def close(self) -> None:
        for server in (self.clover, self.clio):
            server.faults.clear()
            server.close()
        self.demo.__exit__(None, None, None)

    def kill(self, sim: Sim) -> None:
        """The provider ends this grant now (the person revoked the app, uninstalled it)."""
        tokens = self.engine.vault.get_tokens(sim.account_id)
        sim.killed = True
        if sim.provider == "clover":
            self.clover.uninstall(sim.merchant_id)
        elif sim.provider == "clio" and tokens is not None:
            with self.clio.lock:
                token = self.clio.book.find(tokens.refresh_token, "refresh")
                if token is not None:
                    self.clio.book.kill_grant(token.grant_id)
        elif tokens is not None:  # the demo revokes the whole token family (RFC 7009)
            requests.post(
                f"{self.demo.issuer}/revoke",
                data={"token": tokens.refresh_token, "client_id": CLIENT_ID},
                timeout=10,
            ).raise_for_status()


def build(home: Path, count: int, lifetimes: Lifetimes) -> World:
    """Starts the providers, writes one user profile per account and connects them all."""
    demo = DemoServer(port=0, state_dir=home / "demo-state", access_token_ttl=lifetimes.demo)
    demo.__enter__()
    per = _split(count)
    merchants = {m.id: m for m in map(_merchant, range(per["clover"]))}
    clover = CloverLike(
        merchants=merchants, access_lifetime=lifetimes.clover, rate_limit_per_second=None
    )
    clio = ClioLike(expires_in=lifetimes.clio, rate_limit=None)
    profiles = _write_profiles(clover, clio, per)
    person = ProviderBrowser()
    engine = Engine(
        registry=default_registry(),
        store=AccountStore(data_dir()),
        vault=KeyringVault(),
        data_dir=data_dir(),
        browser=_opener(demo.issuer, person),
        demo_port=demo.port,
        demo_launcher=launch_demo_provider,
    )
    world = World(demo, clover, clio, engine)
    merchant_ids = iter(merchants)
    for provider, profile_id in profiles:
        merchant = next(merchant_ids) if provider == "clover" else ""
        person.choices = {"merchant_id": merchant} if merchant else {}
        account = engine.connect(profile_id, timeout=30)
        world.accounts.append(Sim(account.id, provider, merchant))
    return world


def _merchant(i: int) -> Merchant:
    owner = {"id": f"EMP{i:010d}", "name": f"Owner {i}"}
    return Merchant(f"SIM{i:010d}", f"Shop {i}", owner["id"], owner)


def _split(count: int) -> dict[str, int]:
    third = count // 3
    return {"demo": count - 2 * third, "clover": third, "clio": third}


def _write_profiles(
    clover: CloverLike, clio: ClioLike, per: dict[str, int]
) -> list[tuple[str, str]]:
    folder = user_providers_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out: list[tuple[str, str]] = []
    for i in range(per["demo"]):
        data: dict[str, Any] = {"id": f"sim-demo-{i}", "extends": "demo", "name": f"Demo {i}"}
        (folder / f"sim-demo-{i}.json").write_text(json.dumps(data), encoding="utf-8")
        out.append(("demo", data["id"]))
    clover_id = write_profile(clover, "sim-clover")
    out += [("clover", clover_id)] * per["clover"]
    out += [("clio", write_profile(clio, f"sim-clio-{i}")) for i in range(per["clio"])]
    return out


def _opener(demo_issuer: str, person: ProviderBrowser) -> Any:
    """The demo's consent page is answered by its own scripted person; the others by ours."""

    def open_url(url: str) -> bool:
        if url.startswith(demo_issuer):
            threading.Thread(target=scripted_browser.approve, args=(url,), daemon=True).start()
            return True
        return person(url)

    return open_url
