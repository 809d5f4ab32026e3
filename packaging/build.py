"""Build the one-folder bundle: ``dist/Loopgate/`` (``dist/Loopgate.app`` on macOS).

The same command on every OS, locally and in the release workflow:
``python packaging/build.py`` (needs PyInstaller, from the lock file:
``pip install --require-hashes -r requirements/lock.txt``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from app_version import app_version  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAMP = WORK / "inputs.sha256"
# What a bundle is built from; any change (even during a build) means "stale".
INPUTS = ("desktop_app", "resources", "packaging/loopgate.spec", "packaging/bundle_rules.py",
          "packaging/entry_gui.py", "packaging/entry_cli.py", "packaging/app_version.py",
          "pyproject.toml", "setup.py")  # fmt: skip


def inputs_fingerprint() -> str:
    """A hash over the path, size and mtime of every input file."""
    digest = hashlib.sha256()
    for rel in INPUTS:
        path = ROOT / rel
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            stat = file.stat()
            digest.update(f"{file.relative_to(ROOT)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def is_up_to_date() -> bool:
    gui, _cli = executables()
    return gui.exists() and STAMP.exists() and STAMP.read_text().strip() == inputs_fingerprint()


def bundle_dir() -> Path:
    """Where the build lands on this OS."""
    return DIST / ("Loopgate.app" if sys.platform == "darwin" else "Loopgate")


def executables(root: Path | None = None) -> tuple[Path, Path]:
    """(GUI, CLI) inside a built bundle."""
    root = root or bundle_dir()
    if sys.platform == "darwin":
        folder = root / "Contents" / "MacOS"
    else:
        folder = root
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder / f"loopgate-gui{suffix}", folder / f"loopgate{suffix}"


def tree_size(root: Path) -> int:
    """Bytes on disk of every regular file (symlinks counted once, as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def build(clean: bool) -> Path:
    command = [
        sys.executable, "-m", "PyInstaller", str(HERE / "loopgate.spec"),
        "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    started = time.monotonic()
    fingerprint = inputs_fingerprint()  # before: an edit during the build makes it stale
    STAMP.unlink(missing_ok=True)
    subprocess.run(command, cwd=ROOT, check=True)
    STAMP.write_text(fingerprint + "\n")
    out = bundle_dir()
    size = tree_size(out)
    print(
        f"built {out.relative_to(ROOT)} (Loopgate {app_version()}) in "
        f"{time.monotonic() - started:.0f} s: {size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args()
    build(args.clean)


if __name__ == "__main__":
    main()
