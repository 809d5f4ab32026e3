"""Compile the Windows installer: ``dist/installers/Loopgate-<version>-windows-x64-setup.exe``.

Run after ``python packaging/build.py`` on Windows with Inno Setup 6.3+ installed
(``choco upgrade innosetup -y`` in CI). The version comes from ``desktop_app.__version__``
and reaches the script as ``/DAppVersion``; nothing in the .iss needs editing per release.

``--sign`` (the release workflow; certificate from the environment, see ``sign.py``):
Authenticode-signs ``loopgate-gui.exe`` and ``loopgate.exe`` before they are packed, passes
``signtool`` to Inno Setup as the sign tool ``loopgate`` (``/DSign`` turns on ``SignTool=``
and ``SignedUninstaller=yes`` in the .iss, so the installer and its uninstaller are signed
too), and verifies the finished installer's signature.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from app_version import app_version, numeric_version  # noqa: E402

sys.path.insert(0, str(HERE))
import sign  # noqa: E402

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


def inno_sign_tool(command: list[str]) -> str:
    """A command line for ISCC's ``/S<name>=``: ``$q`` quotes, ``$$`` a dollar, ``$f`` the file."""
    parts = []
    for arg in command:
        arg = arg.replace("$", "$$")
        parts.append(f"$q{arg}$q" if any(c in arg for c in ' \t"') else arg)
    return " ".join([*parts, "$f"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sign", action="store_true", help="Authenticode-sign (see sign.py)")
    args = parser.parse_args()
    source = ROOT / "dist" / "Loopgate"
    if not (source / "loopgate-gui.exe").exists():
        raise SystemExit(f"no Windows build in {source}: run python packaging/build.py first")
    version = app_version()
    output = ROOT / "dist" / "installers"
    installer = output / f"Loopgate-{version}-windows-x64-setup.exe"
    command = [
        find_iscc(),
        f"/DAppVersion={version}",
        f"/DAppVersionNumeric={'.'.join(map(str, numeric_version(version)))}",
        f"/DRepoRoot={ROOT}",
        f"/DSourceDir={source}",
        f"/DOutputDir={output}",
    ]
    if not args.sign:
        subprocess.run([*command, str(HERE / "loopgate.iss")], check=True)
        print(installer)
        return
    # Both executables are signed before Inno Setup packs them (SmartScreen and
    # Defender look at the installed files too, not only at the installer).
    sign.sign([source / "loopgate-gui.exe", source / "loopgate.exe"])
    with sign.certificate_args() as cert:
        tool = inno_sign_tool(sign.signtool_command(cert))
        subprocess.run(
            [*command, "/DSign=1", f"/Sloopgate={tool}", str(HERE / "loopgate.iss")], check=True
        )
    sign.verify([installer])
    print(installer)


if __name__ == "__main__":
    main()
