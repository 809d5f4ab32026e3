"""Cold start: ``loopgate-gui --smoke`` against a bare-Qt floor, alternated in one run.

Both processes open a main window (table, splitter, text views), wait for the first
paint and quit at the next idle moment. Wall time is process start to exit, measured
from here; peak RSS comes from ``wait4``. Runs alternate floor/app so machine noise
hits both alike; the figure is the ratio of the medians. Then ``python -X importtime``
shows what is imported before the first paint, and which heavy modules are not.
Target (issue 14): ratio ≤ 1.2. Run: ``python -m benchmarks.cold_start [--runs N]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from .common import Figure, child_env, emit, median, ms, run_child, temp_home

TARGET_RATIO = 1.2
FLOOR = [sys.executable, "-m", "benchmarks.floor_window"]
APP = [sys.executable, "-m", "desktop_app", "--smoke"]
# What start-up must not load before the first paint (design §6, issue 6).
DEFERRED = ("requests", "keyring", "jwt", "cryptography", "desktop_app.demo_provider", "urllib3")


def alternate(runs: int, env: dict[str, str]) -> tuple[list, list]:
    floor, app = [], []
    run_child(FLOOR, env)  # warm the page cache for both before timing
    run_child(APP, env)
    for _ in range(runs):
        for command, into in ((FLOOR, floor), (APP, app)):
            result = run_child(command, env, timeout=60)
            if result.code != 0:
                raise SystemExit(f"{command} failed: {result.stderr[-800:]}")
            into.append(result)
    return floor, app


def import_breakdown(env: dict[str, str]) -> tuple[list[tuple[str, float]], float, list[str]]:
    """Cumulative import time per top-level package before the first paint (median of 3)."""
    samples: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    loaded: set[str] = set()
    for _ in range(3):
        result = run_child([sys.executable, "-X", "importtime", *APP[1:]], env, timeout=60)
        per_root: dict[str, float] = defaultdict(float)
        total = 0.0
        for line in result.stderr.splitlines():
            if not line.startswith("import time:") or "[us]" in line:
                continue
            head, _cumulative, name = line.split("|", 2)
            self_us = head.rsplit(":", 1)[-1].strip()
            module = name.strip()
            loaded.add(module)
            root = module.split(".")[0]
            if root in ("desktop_app", "PySide6", "shiboken6"):
                root = ".".join(module.split(".")[:2])
            per_root[root] += int(self_us) / 1e6
            total += int(self_us) / 1e6
        totals.append(total)
        for root, seconds in per_root.items():
            samples[root].append(seconds)
    ranked = sorted(((r, median(v)) for r, v in samples.items()), key=lambda x: -x[1])
    early = sorted({m for m in loaded if m.split(".")[0] in DEFERRED or m.startswith(DEFERRED)})
    return ranked, median(totals), early


def byte_compile() -> None:
    """Bytecode for the app, as a pip install or the frozen build has it.

    From a source checkout with ``PYTHONDONTWRITEBYTECODE=1`` (set on some machines)
    Python would compile every module of ours at each start (≈ 12 ms), while the floor's
    PySide6 came compiled from its wheel; that would measure the checkout, not the app.
    """
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "desktop_app", quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    byte_compile()
    home = temp_home()
    env = child_env(LOOPGATE_HOME=str(home), XDG_CONFIG_HOME=str(home / "xdg"))
    floor, app = alternate(args.runs, env)
    floor_wall = median([r.wall for r in floor])
    app_wall = median([r.wall for r in app])
    ratio = app_wall / floor_wall
    ranked, total, early = import_breakdown(env)
    print("Import time before the first paint (self time per package, median of 3):")
    for root, seconds in ranked[:15]:
        print(f"  {root:<40} {seconds * 1000:7.1f} ms")
    print(f"  {'total':<40} {total * 1000:7.1f} ms")
    figures = [
        Figure("cold start: bare-Qt floor (median wall)", ms(floor_wall)),
        Figure("cold start: loopgate-gui --smoke (median wall)", ms(app_wall)),
        Figure(
            "cold start: ratio app/floor",
            f"{ratio:.2f}x",
            f"<= {TARGET_RATIO}x",
            ratio <= TARGET_RATIO,
        ),
        Figure(
            "cold start: peak RSS floor / app",
            f"{median([r.peak_mib for r in floor]):.0f} / "
            f"{median([r.peak_mib for r in app]):.0f} MiB",
        ),
        Figure("cold start: imports before first paint", ms(total)),
        Figure(
            "cold start: HTTP/keychain/JWT/demo loaded before paint",
            ", ".join(early) or "none",
            "none",
            not early,
        ),
    ]
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
