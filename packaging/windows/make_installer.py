"""Compile the Windows installer: ``dist/installers/Loopgate-<version>-windows-x64-setup.exe``.

Run after ``python packaging/build.py`` on Windows with Inno Setup 6.3+ installed
(``choco upgrade innosetup -y`` in CI). The version comes from ``desktop_app.__version__``
and reaches the script as ``/DAppVersion``; nothing in the .iss needs editing per release.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from app_version import app_version, numeric_version  # noqa: E402

CANDIDATES = (
    r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe",
    r"%ProgramFiles%\Inno Setup 6\ISCC.exe",
    r"%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe",
)


def find_iscc() -> str:
    found = os.environ.get("ISCC") or shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for candidate in CANDIDATES:
        path = Path(os.path.expandvars(candidate))
        if path.exists():
            return str(path)
    raise SystemExit("Inno Setup's ISCC.exe was not found (set ISCC=... or install Inno Setup 6)")


def main() -> None:
    source = ROOT / "dist" / "Loopgate"
    if not (source / "loopgate-gui.exe").exists():
        raise SystemExit(f"no Windows build in {source}: run python packaging/build.py first")
    version = app_version()
    output = ROOT / "dist" / "installers"
    command = [
        find_iscc(),
        f"/DAppVersion={version}",
        f"/DAppVersionNumeric={'.'.join(map(str, numeric_version(version)))}",
        f"/DRepoRoot={ROOT}",
        f"/DSourceDir={source}",
        f"/DOutputDir={output}",
        str(HERE / "loopgate.iss"),
    ]
    subprocess.run(command, check=True)
    print(output / f"Loopgate-{version}-windows-x64-setup.exe")


if __name__ == "__main__":
    main()
