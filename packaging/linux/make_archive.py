"""Pack the Linux one-folder build: ``dist/installers/Loopgate-<version>-linux-<arch>.tar.gz``.

The archive holds ``Loopgate/`` (both executables and ``_internal/``), a desktop entry and
the 256 px icon; ``Loopgate/install-desktop-entry.sh`` registers them for the current user.
An AppImage is not built: appimagetool is in neither PyPI nor Debian (packaging/README.md).
"""

from __future__ import annotations

import io
import platform
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from app_version import app_version  # noqa: E402

INSTALL_SCRIPT = """#!/bin/sh
# Adds Loopgate to this user's application menu (no root needed).
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/loopgate.png" "$icons/loopgate.png"
sed "s|^Exec=.*|Exec=\\"$here/loopgate-gui\\"|" "$here/loopgate.desktop" > "$apps/loopgate.desktop"
echo "Loopgate added to the application menu ($apps/loopgate.desktop)"
"""


def main() -> None:
    bundle = ROOT / "dist" / "Loopgate"
    if not (bundle / "loopgate-gui").exists():
        raise SystemExit(f"no Linux build in {bundle}: run python packaging/build.py first")
    name = f"Loopgate-{app_version()}-linux-{platform.machine()}.tar.gz"
    out = ROOT / "dist" / "installers" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    extras = {
        "loopgate.desktop": (HERE / "loopgate.desktop").read_bytes(),
        "loopgate.png": (ROOT / "resources/icons/app/loopgate-256.png").read_bytes(),
        "install-desktop-entry.sh": INSTALL_SCRIPT.encode(),
    }
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname="Loopgate")  # symlinks stay symlinks
        for name, data in extras.items():
            info = tarfile.TarInfo(f"Loopgate/{name}")
            info.size = len(data)
            info.mtime = int(time.time())
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            tar.addfile(info, io.BytesIO(data))
    print(out)


if __name__ == "__main__":
    main()
