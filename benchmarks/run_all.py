"""``make bench``: every benchmark in its own process, then one table.

Each script prints its own figures (kept in the log above the table); this runner
collects them, adds how long each took, and prints one table: figure, value, target,
met. The fan-in runs inside ``tests/with_keychain.sh`` so two processes share a real
Secret Service keychain where gnome-keyring exists. Budget: under 10 minutes.
Run: ``python -m benchmarks.run_all [--only NAME ...]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from .common import ROOT, Figure, child_env, parse, print_table, run_child

PY = sys.executable
SCRIPTS = {
    "cold_start": [PY, "-m", "benchmarks.cold_start"],
    "accounts_scale": [PY, "-m", "benchmarks.accounts_scale"],
    "gui_responsiveness": [PY, "-m", "benchmarks.gui_responsiveness"],
    "explorer_memory": [PY, "-m", "benchmarks.explorer_memory"],
    "frozen": [PY, "-m", "benchmarks.frozen"],
    "fan_in": ["sh", str(ROOT / "tests" / "with_keychain.sh"), PY, "-m", "benchmarks.fan_in"],
    "simulated_day": [PY, "-m", "benchmarks.simulated_day"],
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", choices=sorted(SCRIPTS), default=None)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    figures: list[Figure] = []
    for name, command in SCRIPTS.items():
        if args.only and name not in args.only:
            continue
        print(f"== {name}", file=sys.stderr, flush=True)
        result = run_child(command, child_env(), timeout=400)
        shown = [line for line in result.stdout.splitlines() if not line.startswith("FIGURES")]
        print("\n".join(shown), file=sys.stderr, flush=True)
        found = parse(result.stdout)
        if result.code != 0 or not found:
            tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
            found = [Figure(f"{name}: did not finish", tail[:100], "runs", False)]
        figures += found
        print(f"   ({result.wall:.0f} s)", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    figures.append(
        Figure("make bench: total run time", f"{total / 60:.1f} min", "< 10 min", total < 600)
    )
    print()
    print_table(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
