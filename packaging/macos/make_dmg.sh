#!/bin/bash
# Wrap dist/Loopgate.app in a compressed disk image with an /Applications shortcut:
#   dist/installers/Loopgate-<version>-macos-<arch>.dmg
# Run on macOS after `python packaging/build.py`; prints the .dmg's path.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-python3}"
APP="dist/Loopgate.app"
[ -d "$APP" ] || { echo "make_dmg.sh: no $APP: run python packaging/build.py first" >&2; exit 1; }
VERSION="$("$PY" packaging/app_version.py)"
ARCH="$(uname -m)"
OUT="dist/installers/Loopgate-${VERSION}-macos-${ARCH}.dmg"
STAGE="$(mktemp -d)/Loopgate"
mkdir -p "$STAGE" dist/installers
# ditto keeps the bundle's symlinks, extended attributes and signatures intact.
ditto "$APP" "$STAGE/Loopgate.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "Loopgate $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT" >&2
hdiutil verify "$OUT" >&2
rm -rf "$(dirname "$STAGE")"
echo "$OUT"
