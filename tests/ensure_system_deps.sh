#!/bin/sh
# Installs what Qt needs (offscreen and on X11), a Secret Service keychain and Chromium
# (the end-to-end browser tests) on Debian/Ubuntu.
# Runs only as root with apt-get; elsewhere it says what is missing and carries on.
set -e
QT_PKGS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
TEST_PKGS="gnome-keyring dbus-x11 libsecret-tools chromium"
# `run`: what the app needs; anything else (the default): also the tests' keychain and browser.
if [ "${1:-test}" = run ]; then PKGS="$QT_PKGS"; else PKGS="$QT_PKGS $TEST_PKGS"; fi
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Note: missing system packages (install them for the full suite):$missing" >&2
fi
