#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the
# Secret Service tests use a real keychain. Without gnome-keyring it just runs the command.
if [ -n "$LOOPGATE_KEYCHAIN_SESSION" ] || ! command -v gnome-keyring-daemon >/dev/null 2>&1 \
   || ! command -v dbus-run-session >/dev/null 2>&1; then
    exec "$@"
fi
export LOOPGATE_KEYCHAIN_SESSION=1
exec dbus-run-session -- sh -c '
    printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' sh "$@"
