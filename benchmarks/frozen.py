"""Frozen app: start time and size of the packaged one-folder build, if one is in ``dist/``.

``make package`` (the packaging issue) builds ``dist/Loopgate/`` with ``loopgate-gui``.
Start: ``loopgate-gui --smoke`` frozen vs ``python -m desktop_app --smoke`` from source,
alternated, medians. Size: the whole folder. Targets: frozen start ≤ 1.2× source start;
bundle ≤ 180 MB. Without a build the figures say "not built". Run:
``python -m benchmarks.frozen``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import ROOT, Figure, child_env, emit, median, ms, run_child, temp_home

START_RATIO = 1.2
BUNDLE_MB = 180.0
RUNS = 7


def find_bundle() -> Path | None:
    for folder in (ROOT / "dist" / "Loopgate", ROOT / "dist" / "loopgate"):
        for name in ("loopgate-gui", "loopgate-gui.exe"):
            if (folder / name).is_file():
                return folder / name
    return None


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def main() -> int:
    exe = find_bundle()
    if exe is None:
        emit(
            [
                Figure("frozen: start vs source start", "not built", f"<= {START_RATIO}x"),
                Figure("frozen: one-folder bundle size", "not built", f"<= {BUNDLE_MB:.0f} MB"),
            ]
        )
        return 0
    home = temp_home()
    env = child_env(LOOPGATE_HOME=str(home))
    source_cmd = [sys.executable, "-m", "desktop_app", "--smoke"]
    frozen_cmd = [str(exe), "--smoke"]
    run_child(frozen_cmd, env)
    run_child(source_cmd, env)
    frozen, source = [], []
    for _ in range(RUNS):
        for command, into in ((frozen_cmd, frozen), (source_cmd, source)):
            result = run_child(command, env, timeout=60)
            if result.code != 0:
                raise SystemExit(f"{command} failed: {result.stderr[-800:]}")
            into.append(result.wall)
    ratio = median(frozen) / median(source)
    size = folder_mb(exe.parent)
    emit(
        [
            Figure(
                "frozen: start vs source start",
                f"{ms(median(frozen))} / {ms(median(source))} = {ratio:.2f}x",
                f"<= {START_RATIO}x",
                ratio <= START_RATIO,
            ),
            Figure(
                "frozen: one-folder bundle size",
                f"{size:.0f} MB",
                f"<= {BUNDLE_MB:.0f} MB",
                size <= BUNDLE_MB,
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
