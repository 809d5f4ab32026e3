#!/bin/bash
# macOS signing and notarization, driven by secrets.
#
#   sign.sh require                  exit 1 unless the certificate and notarization secrets
#                                    are all present (the release workflow runs it first,
#                                    unless a person asked for an unsigned preview)
#   sign.sh import-certificate       before the build: put the Developer ID certificate in a
#                                    temporary keychain (PyInstaller then signs every binary)
#   sign.sh sign-app Loopgate.app    re-sign the CLI and the bundle with one shared
#                                    designated requirement (one keychain approval serves
#                                    both), then codesign --verify --strict --deep
#   sign.sh notarize FILE            submit (.app: zipped first) to Apple's notary service,
#                                    wait, fail unless "Accepted" (printing the notary log),
#                                    then staple the ticket to FILE and validate it
#   sign.sh sign-dmg FILE.dmg        sign the disk image with the same identity
#   sign.sh verify Loopgate.app      codesign --verify --strict --deep; Gatekeeper's verdict
#   sign.sh cleanup                  delete the temporary keychain
#
# Without a certificate every step but `require` is skipped with a message: the app stays
# ad-hoc signed, as PyInstaller leaves it (fine for local builds and unsigned previews).
#
# Secrets (environment):
#   MACOS_CERTIFICATE_P12_BASE64  Developer ID Application certificate + key, .p12, base64
#   MACOS_CERTIFICATE_PASSWORD    the .p12's password
#   MACOS_SIGNING_IDENTITY        e.g. "Developer ID Application: Example Ltd (ABCDE12345)"
#   APPLE_TEAM_ID                 ABCDE12345 (names the team in the designated requirement)
#   APPLE_ID, APPLE_APP_PASSWORD  notarization with an app-specific password, or
#   NOTARY_KEY_P8_BASE64, NOTARY_KEY_ID, NOTARY_ISSUER_ID   an App Store Connect API key
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
KEYCHAIN="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/loopgate-signing.keychain-db"
ENTITLEMENTS="$HERE/entitlements.plist"
BUNDLE_ID="dev.loopgate.Loopgate"
CLI_ID="dev.loopgate.cli"

have_certificate() {
    [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ] && [ -n "${MACOS_SIGNING_IDENTITY:-}" ] \
        && [ -n "${APPLE_TEAM_ID:-}" ]
}

have_notary() {
    { [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; } \
        || { [ -n "${NOTARY_KEY_P8_BASE64:-}" ] && [ -n "${NOTARY_KEY_ID:-}" ] && [ -n "${NOTARY_ISSUER_ID:-}" ]; }
}

require() {
    local missing=()
    have_certificate || missing+=("MACOS_CERTIFICATE_P12_BASE64/MACOS_CERTIFICATE_PASSWORD/MACOS_SIGNING_IDENTITY/APPLE_TEAM_ID")
    have_notary || missing+=("APPLE_ID/APPLE_APP_PASSWORD (or NOTARY_KEY_P8_BASE64/NOTARY_KEY_ID/NOTARY_ISSUER_ID)")
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "sign.sh: a release must be signed and notarized; missing: ${missing[*]}" >&2
        return 1
    fi
    echo "sign.sh: signing and notarization secrets present" >&2
}

import_certificate() {
    if ! have_certificate; then
        echo "sign.sh: no certificate/identity/team: the app stays ad-hoc signed" >&2
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

# One designated requirement for both executables. macOS records the creating app's
# designated requirement in each keychain item's access list; the GUI and the CLI both
# satisfy this one (same team, either identifier), so an item that one of them wrote is
# the other's too: no "wants to use your confidential information" prompt between them.
shared_requirement() {
    printf 'designated => anchor apple generic and certificate leaf[subject.OU] = "%s" and (identifier "%s" or identifier "%s")' \
        "$APPLE_TEAM_ID" "$BUNDLE_ID" "$CLI_ID"
}

sign_app() {
    local app="$1" requirement
    if ! have_certificate; then
        echo "sign.sh: no signing identity: $app stays ad-hoc signed" >&2
        return 0
    fi
    requirement="$(shared_requirement)"
    # Inside out: the CLI (nested code) first, then the bundle, whose seal covers it.
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --identifier "$CLI_ID" --requirements "=$requirement" \
        --sign "$MACOS_SIGNING_IDENTITY" "$app/Contents/MacOS/loopgate"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --identifier "$BUNDLE_ID" --requirements "=$requirement" \
        --sign "$MACOS_SIGNING_IDENTITY" "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
    for code in "$app" "$app/Contents/MacOS/loopgate"; do
        codesign --display --requirements - "$code" 2>&1 | grep -F "$APPLE_TEAM_ID" >/dev/null \
            || { echo "sign.sh: $code lacks the shared designated requirement" >&2; exit 1; }
    done
}

sign_dmg() {
    local dmg="$1"
    if ! have_certificate; then
        echo "sign.sh: no signing identity: $dmg left unsigned" >&2
        return 0
    fi
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
    codesign --verify --strict --verbose=2 "$dmg"
}

notary_auth() {
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        NOTARY_AUTH=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    else
        local key
        key="$(mktemp -t loopgate-notary).p8"
        printf '%s' "$NOTARY_KEY_P8_BASE64" | base64 --decode > "$key"
        NOTARY_AUTH=(--key "$key" --key-id "$NOTARY_KEY_ID" --issuer "$NOTARY_ISSUER_ID")
    fi
}

notarize() {
    local target="$1" upload result id status
    if ! have_certificate || ! have_notary; then
        echo "sign.sh: no Developer ID signature or notarization credentials: $target not notarized" >&2
        return 0
    fi
    notary_auth
    upload="$target"
    if [ -d "$target" ]; then  # an .app is sent as a zip; the ticket is stapled to the .app
        upload="$(mktemp -d)/$(basename "$target").zip"
        ditto -c -k --sequesterRsrc --keepParent "$target" "$upload"
    fi
    result="$(xcrun notarytool submit "$upload" --wait --output-format json "${NOTARY_AUTH[@]}")" || true
    echo "$result" >&2
    id="$(printf '%s' "$result" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' 2>/dev/null || true)"
    status="$(printf '%s' "$result" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("status", ""))' 2>/dev/null || true)"
    if [ "$status" != "Accepted" ]; then
        echo "sign.sh: notarization of $target ended with status '${status:-unknown}'" >&2
        if [ -n "$id" ]; then
            xcrun notarytool log "$id" "${NOTARY_AUTH[@]}" >&2 || true
        fi
        exit 1
    fi
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
}

verify() {
    local app="$1"
    codesign --verify --strict --deep --verbose=2 "$app"
    codesign --display --verbose=2 "$app" 2>&1 | grep -E "^(Identifier|Authority|Signature|TeamIdentifier|Runtime)" || true
    if have_certificate && have_notary; then
        # Signed, notarized and stapled: Gatekeeper must accept it.
        spctl --assess --type execute --verbose=2 "$app"
    else
        # Ad hoc: "rejected" is expected; shown for information.
        spctl --assess --type execute --verbose=2 "$app" || true
    fi
}

cleanup() {
    if [ -f "$KEYCHAIN" ]; then
        security delete-keychain "$KEYCHAIN" || true
    fi
}

case "${1:-}" in
    require) require ;;
    import-certificate) import_certificate ;;
    sign-app) sign_app "$2" ;;
    sign-dmg) sign_dmg "$2" ;;
    notarize) notarize "$2" ;;
    verify) verify "$2" ;;
    cleanup) cleanup ;;
    *) sed -n '2,28p' "$0"; exit 64 ;;
esac
