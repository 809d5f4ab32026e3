#!/bin/bash
# Wrap dist/Loopgate.app in a compressed disk image with an /Applications shortcut:
#   dist/installers/Loopgate-<version>-macos-<arch>.dmg
# Run on macOS after `python packaging/build.py` (and, for a release, `sign.sh sign-app`
# and `sign.sh notarize` on the .app, so the app inside carries its own stapled ticket);
# prints the .dmg's path. <arch> is this machine's: arm64 or x86_64.
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
# hdiutil on CI runners sometimes fails with "Resource busy" (a volume still being
# indexed or detached): retry that error a few times, fail on any other at once.
for attempt in 1 2 3 4 5; do
    if log="$(hdiutil create -volname "Loopgate $VERSION" -srcfolder "$STAGE" -fs HFS+ \
            -format UDZO -ov "$OUT" 2>&1)"; then
        echo "$log" >&2
        break
    fi
    echo "$log" >&2
    if ! grep -q "Resource busy" <<<"$log" || [ "$attempt" = 5 ]; then
        echo "make_dmg.sh: hdiutil create failed (attempt $attempt)" >&2
        exit 1
    fi
    echo "make_dmg.sh: hdiutil: Resource busy; retrying in $((attempt * 5)) s" >&2
    sleep $((attempt * 5))
done
hdiutil verify "$OUT" >&2
rm -rf "$(dirname "$STAGE")"
echo "$OUT"
