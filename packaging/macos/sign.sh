#!/bin/bash
# macOS signing and notarization, driven by secrets; every step is skipped cleanly when
# its secrets are absent (the app then stays ad-hoc signed, as PyInstaller leaves it).
#
#   sign.sh import-certificate   before the build: put the Developer ID certificate in a
#                                temporary keychain and print MACOS_SIGNING_IDENTITY
#   sign.sh sign-dmg FILE.dmg    sign the disk image with the same identity
#   sign.sh notarize FILE.dmg    submit to Apple's notary service, wait, staple the ticket
#   sign.sh verify Loopgate.app  codesign --verify and spctl assessment (informational)
#   sign.sh cleanup              delete the temporary keychain
#
# Secrets (environment):
#   MACOS_CERTIFICATE_P12_BASE64  Developer ID Application certificate + key, .p12, base64
#   MACOS_CERTIFICATE_PASSWORD    the .p12's password
#   MACOS_SIGNING_IDENTITY        e.g. "Developer ID Application: Example Ltd (ABCDE12345)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarization with an app-specific password
#   or NOTARY_KEY_P8_BASE64, NOTARY_KEY_ID, NOTARY_ISSUER_ID   an App Store Connect API key
set -euo pipefail

KEYCHAIN="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/loopgate-signing.keychain-db"

have_certificate() { [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ] && [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; }

import_certificate() {
    if ! have_certificate; then
        echo "sign.sh: no MACOS_CERTIFICATE_P12_BASE64/MACOS_SIGNING_IDENTITY: the app stays ad-hoc signed" >&2
        return 0
    fi
    local password p12
    password="$(uuidgen)"
    p12="$(mktemp -t loopgate-cert).p12"
    printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$p12"
    security create-keychain -p "$password" "$KEYCHAIN"
    security set-keychain-settings -lut 21600 "$KEYCHAIN"
    security unlock-keychain -p "$password" "$KEYCHAIN"
    security import "$p12" -k "$KEYCHAIN" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    # Let codesign use the key without a GUI prompt.
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$KEYCHAIN" >/dev/null
    # Search the temporary keychain first, then the user's usual ones.
    # shellcheck disable=SC2046
    security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
    rm -f "$p12"
    security find-identity -v -p codesigning "$KEYCHAIN" | grep -F "$MACOS_SIGNING_IDENTITY" >/dev/null \
        || { echo "sign.sh: identity '$MACOS_SIGNING_IDENTITY' is not in the certificate" >&2; exit 1; }
    echo "sign.sh: signing as $MACOS_SIGNING_IDENTITY" >&2
}

sign_dmg() {
    local dmg="$1"
    if ! have_certificate; then
        echo "sign.sh: no signing identity: $dmg left unsigned" >&2
        return 0
    fi
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
    codesign --verify --verbose=2 "$dmg"
}

notarize() {
    local target="$1" auth=()
    if ! have_certificate; then
        echo "sign.sh: not signed with a Developer ID: notarization skipped" >&2
        return 0
    fi
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    elif [ -n "${NOTARY_KEY_P8_BASE64:-}" ] && [ -n "${NOTARY_KEY_ID:-}" ] && [ -n "${NOTARY_ISSUER_ID:-}" ]; then
        local key
        key="$(mktemp -t loopgate-notary).p8"
        printf '%s' "$NOTARY_KEY_P8_BASE64" | base64 --decode > "$key"
        auth=(--key "$key" --key-id "$NOTARY_KEY_ID" --issuer "$NOTARY_ISSUER_ID")
    else
        echo "sign.sh: no notarization credentials (APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD or NOTARY_KEY_*): skipped" >&2
        return 0
    fi
    # --wait blocks until Apple answers; a rejection exits non-zero and fails the build.
    xcrun notarytool submit "$target" --wait "${auth[@]}"
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
}

verify() {
    local app="$1"
    codesign --verify --deep --strict --verbose=2 "$app"
    codesign --display --verbose=2 "$app" 2>&1 | grep -E "^(Identifier|Authority|Signature|TeamIdentifier|Runtime)" || true
    # Gatekeeper's verdict; "rejected" is expected for an ad-hoc signed build.
    spctl --assess --type execute --verbose=2 "$app" || true
}

cleanup() {
    if [ -f "$KEYCHAIN" ]; then
        security delete-keychain "$KEYCHAIN" || true
    fi
}

case "${1:-}" in
    import-certificate) import_certificate ;;
    sign-dmg) sign_dmg "$2" ;;
    notarize) notarize "$2" ;;
    verify) verify "$2" ;;
    cleanup) cleanup ;;
    *) sed -n '2,20p' "$0"; exit 64 ;;
esac
