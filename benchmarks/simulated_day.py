"""A simulated day under faults: 50 accounts kept alive through 5xx, stalls, 429s and kills.

The accounts (``day_world``: demo provider, Clover- and Clio-shaped servers on loopback)
are renewed by a scheduler loop that applies the health monitor's own rules
(``renewal_due``/``still_due`` from ``ui/accounts/status.py``) through the real engine
(``TokenManager``: single-flight, rotation persisted first, provider problems kept),
while callers use the API at random and a fault thread makes the providers misbehave.
A few grants are killed on purpose. It prints:

* refreshes done, and faults met (served by the providers, plus the kills);
* duplicate refreshes: a refresh token presented again after the provider consumed it
  (Clover's and the demo's reuse counters) or after it answered "dead" — must be 0;
* accounts lost: an account not killed that cannot call its API at the end, or whose
  keychain entry is gone — must be 0; every killed one must say "reconnect needed".

Lifetimes are seconds (demo 30, Clover 20, Clio 40) and backoff is scaled the same way,
so a day's worth of renewal cycles fits in minutes. Run: ``python -m benchmarks.simulated_day
[--minutes 3] [--accounts 50] [--seed 9]`` (``make bench`` runs it with the others).
"""

from __future__ import annotations

import argparse
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.base.errors import LoopgateError, ReconnectNeeded
from desktop_app.core.storage.accounts import RECONNECT_NEEDED
from desktop_app.ui.accounts.status import lead_time_for, renewal_due, still_due

from .day_world import CALLS, Lifetimes, World, build

# Scaled like the lifetimes: a stalled request gives up after 2 s, backoff 2 s … 30 s.
CLIENT_TIMEOUT = (2.0, 2.0)
BACKOFF = (2.0, 30.0)


@dataclass
class Day:
    """What happened; ``ok`` is the verdict the benchmark and the test both check."""

    seconds: float = 0.0
    accounts: int = 0
    refreshes: int = 0
    refresh_requests: int = 0
    problems_kept: int = 0
    faults: int = 0
    kills: int = 0
    calls: int = 0
    duplicates: int = 0
    lost: list[str] = field(default_factory=list)
    killed_marked: int = 0

    @property
    def ok(self) -> bool:
        return self.duplicates == 0 and not self.lost and self.killed_marked == self.kills


class Counting:
    """Wraps the token client's refresh: successes, kept problems, dead tokens resent."""

    def __init__(self, world: World) -> None:
        self.lock = threading.Lock()
        self.done = self.problems = self.resent_dead = 0
        self.dead: set[str] = set()
        client = world.engine.token_client
        original = client.refresh

        def refresh(profile, tokens, *, now):  # type: ignore[no-untyped-def]
            with self.lock:
                self.resent_dead += tokens.refresh_token in self.dead
            try:
                result = original(profile, tokens, now=now)
            except ReconnectNeeded:
                with self.lock:
                    self.dead.add(tokens.refresh_token)
                raise
            except LoopgateError:
                with self.lock:
                    self.problems += 1
                raise
            with self.lock:
                self.done += 1
            return result

        client.refresh = refresh  # type: ignore[method-assign]


def run(home: Path, *, seconds: float, accounts: int = 50, seed: int = 9) -> Day:
    """Builds the world, lives the day, settles and checks every account."""
    from desktop_app.core.engine import refresh
    from desktop_app.core.oauth import transport

    transport.DEFAULT_TIMEOUT = CLIENT_TIMEOUT
    refresh.FIRST_RETRY_SECONDS, refresh.MAX_BACKOFF_SECONDS = BACKOFF
    world = build(home, accounts, Lifetimes())
    try:
        counting = Counting(world)
        rng = random.Random(seed)
        stop = threading.Event()
        day = Day(accounts=len(world.accounts))
        started = time.monotonic()
        threads = [
            threading.Thread(target=_scheduler, args=(world, stop), daemon=True),
            threading.Thread(target=_callers, args=(world, stop, rng, day), daemon=True),
            threading.Thread(target=_faults, args=(world, stop, rng), daemon=True),
        ]
        for thread in threads:
            thread.start()
        _kill_some(world, stop, rng, seconds, day)
        stop.set()
        for thread in threads:
            thread.join(60)
        day.seconds = time.monotonic() - started
        _settle(world, day)
        day.refreshes, day.problems_kept = counting.done, counting.problems
        day.duplicates = (
            counting.resent_dead
            + world.clover.counters.reused_refresh_tokens
            + world.demo.stats.reuse_detected
        )
        day.refresh_requests = (
            world.clover.counters.refresh_requests
            + world.clio.counters.refresh_requests
            + world.demo.stats.refresh_requests
        )
        day.faults = (
            world.clover.counters.faults_served + world.clio.counters.faults_served + day.kills
        )
        return day
    finally:
        world.close()


def _scheduler(world: World, stop: threading.Event) -> None:
    """The health monitor's rules: renew what is due, never a dead grant, honour next tries."""
    engine, running = world.engine, set()
    lock = threading.Lock()

    def renew(account_id: str) -> None:
        try:
            current = engine.store.get(account_id)
            if still_due(current, lead_time_for(current), time.time()):
                engine.tokens.fresh_tokens(account_id, force=True)
        except LoopgateError:
            pass  # stored on the account (problem or reconnect needed): the rules read it
        finally:
            with lock:
                running.discard(account_id)

    with ThreadPoolExecutor(max_workers=4) as pool:
        while not stop.wait(0.25):
            now = time.time()
            for account in engine.store.all():
                due = renewal_due(account, now, lead_time_for(account))
                with lock:
                    if due is None or due > now or account.id in running:
                        continue
                    running.add(account.id)
                pool.submit(renew, account.id)


def _callers(world: World, stop: threading.Event, rng: random.Random, day: Day) -> None:
    """People using the API now and then; a 401 renews once, a dead grant says so."""
    while not stop.wait(rng.uniform(0.05, 0.3)):
        sim = rng.choice(world.accounts)
        try:
            world.engine.call(sim.account_id, CALLS[sim.provider])
        except LoopgateError:
            pass
        day.calls += 1


FAULTS = ("html_500", "unavailable", "rate_limited", "stall", "invalid_client", "html_200")


def _faults(world: World, stop: threading.Event, rng: random.Random) -> None:
    """Every ~1.5 s one provider misbehaves once, at refresh or at the API."""
    from tests.support.provider_servers import Fault

    while not stop.wait(rng.uniform(0.5, 2.5)):
        kind = rng.choice(FAULTS)
        fault = {
            "html_500": Fault.html_500(),
            "unavailable": Fault.unavailable(retry_after=rng.randint(1, 4)),
            "rate_limited": Fault.custom(
                429, b'{"message": "slow down"}', "application/json", (("Retry-After", "2"),)
            ),
            "stall": Fault.stall(30),  # dropped unanswered: the client's timeout ends it
            "invalid_client": Fault.invalid_client(),
            "html_200": Fault.html_200(),
        }[kind]
        server = rng.choice((world.clover, world.clio))
        # A stalled API call would hold a caller for the whole stall: stalls hit refreshes.
        scope = "refresh" if kind == "stall" else rng.choice(("refresh", "refresh", "api"))
        server.faults.queue(scope, fault)


def _kill_some(
    world: World, stop: threading.Event, rng: random.Random, seconds: float, day: Day
) -> None:
    """Two grants per provider die on purpose, spread over the day."""
    victims = [
        sim
        for provider in ("demo", "clover", "clio")
        for sim in rng.sample([s for s in world.accounts if s.provider == provider], 2)
    ]
    rng.shuffle(victims)
    step = seconds / (len(victims) + 1)
    for sim in victims:
        time.sleep(step)
        world.kill(sim)
        day.kills += 1
    time.sleep(step)


def _settle(world: World, day: Day) -> None:
    """Faults stop; every living account must call its API; every killed one is marked."""
    for server in (world.clover, world.clio):
        server.faults.clear()
        server.faults.release()
    engine = world.engine
    for sim in world.accounts:
        try:
            answer = engine.call(sim.account_id, CALLS[sim.provider])
            alive = answer.status == 200
        except LoopgateError:
            alive = False
        stored = engine.store.get(sim.account_id)
        if sim.killed:
            day.killed_marked += stored.status == RECONNECT_NEEDED and not alive
        elif not alive or engine.vault.get_tokens(sim.account_id) is None:
            day.lost.append(f"{sim.provider}:{sim.account_id}:{stored.last_error}")


def report(day: Day) -> list[object]:
    from .common import Figure

    return [
        Figure("simulated day: accounts (demo, Clover-, Clio-like)", str(day.accounts)),
        Figure("simulated day: wall time", f"{day.seconds:.0f} s"),
        Figure("simulated day: refreshes done", str(day.refreshes), "> 0", day.refreshes > 0),
        Figure("simulated day: refresh requests seen by providers", str(day.refresh_requests)),
        Figure("simulated day: failed renewals, tokens kept", str(day.problems_kept)),
        Figure("simulated day: faults met (incl. kills)", str(day.faults), "> 0", day.faults > 0),
        Figure("simulated day: API calls", str(day.calls)),
        Figure("simulated day: duplicate refreshes", str(day.duplicates), "0", day.duplicates == 0),
        Figure("simulated day: accounts lost", str(len(day.lost)), "0", not day.lost),
        Figure(
            "simulated day: killed grants marked reconnect needed",
            f"{day.killed_marked} of {day.kills}",
            "all",
            day.killed_marked == day.kills,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    import keyring

    from tests.support.keyrings import MemoryKeyring

    from .common import emit, temp_home

    keyring.set_keyring(MemoryKeyring())
    day = run(temp_home(), seconds=args.minutes * 60, accounts=args.accounts, seed=args.seed)
    emit(report(day))  # type: ignore[arg-type]
    for line in day.lost:
        print(f"lost: {line}")
    return 0  # the verdict is in the table (``met``), as for every benchmark


if __name__ == "__main__":
    raise SystemExit(main())
