"""Authenticode signing with ``signtool`` (Windows SDK), driven by secrets.

    python packaging\\windows\\sign.py FILE...        sign each file, then verify it
    python packaging\\windows\\sign.py --verify FILE...  verify only (``signtool verify /pa``)
    python packaging\\windows\\sign.py --check        exit 1 unless signing is configured

The certificate comes from the environment, in one of two forms:

- ``WINDOWS_CERTIFICATE_PFX_BASE64`` + ``WINDOWS_CERTIFICATE_PASSWORD``: a ``.pfx`` (code
  signing certificate and key), written to a temporary file for the run and deleted after;
- ``WINDOWS_CERTIFICATE_SHA1``: the thumbprint of a certificate already in the user's
  store, e.g. put there by a hardware token or cloud HSM's CSP (CA/Browser Forum rules keep
  new code-signing keys on such hardware, so this is the usual form for a new certificate).

Every signature is SHA-256 with an RFC 3161 timestamp (``WINDOWS_TIMESTAMP_URL``, default
DigiCert's), so it stays valid after the certificate expires. ``make_installer.py --sign``
uses :func:`signtool_command` for Inno Setup's ``SignTool=`` (installer and uninstaller).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

TIMESTAMP_URL = os.environ.get("WINDOWS_TIMESTAMP_URL") or "http://timestamp.digicert.com"
DESCRIPTION = "Loopgate"


def configured() -> bool:
    env = os.environ
    pfx = env.get("WINDOWS_CERTIFICATE_PFX_BASE64") and env.get("WINDOWS_CERTIFICATE_PASSWORD")
    return bool(pfx or env.get("WINDOWS_CERTIFICATE_SHA1"))


def find_signtool() -> str:
    """``SIGNTOOL``, ``signtool`` on PATH, or the newest x64 one in the Windows 10/11 SDK."""
    found = os.environ.get("SIGNTOOL") or shutil.which("signtool")
    if found:
        return found
    kits = os.path.expandvars(r"%ProgramFiles(x86)%\Windows Kits\10\bin")
    candidates = sorted(glob.glob(os.path.join(kits, "10.*", "x64", "signtool.exe")))
    if not candidates:
        raise SystemExit("signtool.exe not found (install the Windows SDK or set SIGNTOOL=...)")
    return candidates[-1]


@contextlib.contextmanager
def certificate_args() -> Iterator[list[str]]:
    """signtool's certificate selection; a .pfx lives on disk only inside this block."""
    thumbprint = os.environ.get("WINDOWS_CERTIFICATE_SHA1")
    if thumbprint:
        yield ["/sha1", thumbprint]
        return
    data = os.environ.get("WINDOWS_CERTIFICATE_PFX_BASE64", "")
    password = os.environ.get("WINDOWS_CERTIFICATE_PASSWORD", "")
    if not (data and password):
        raise SystemExit(
            "no signing certificate: set WINDOWS_CERTIFICATE_PFX_BASE64 and "
            "WINDOWS_CERTIFICATE_PASSWORD, or WINDOWS_CERTIFICATE_SHA1"
        )
    folder = Path(tempfile.mkdtemp(prefix="loopgate-sign-"))
    pfx = folder / "certificate.pfx"
    try:
        pfx.write_bytes(base64.b64decode(data))
        yield ["/f", str(pfx), "/p", password]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def signtool_command(cert: list[str]) -> list[str]:
    """``signtool sign`` with everything but the file names."""
    return [
        find_signtool(), "sign", *cert, "/fd", "sha256", "/tr", TIMESTAMP_URL, "/td", "sha256",
        "/d", DESCRIPTION,
    ]  # fmt: skip


def verify(files: list[Path]) -> None:
    """``signtool verify /pa``: a valid Authenticode signature chaining to a trusted root."""
    for file in files:
        subprocess.run([find_signtool(), "verify", "/pa", "/v", str(file)], check=True)


def sign(files: list[Path]) -> None:
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise SystemExit(f"nothing to sign at {missing}")
    with certificate_args() as cert:
        subprocess.run([*signtool_command(cert), *map(str, files)], check=True)
    verify(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--verify", action="store_true", help="verify only")
    parser.add_argument("--check", action="store_true", help="exit 1 unless configured")
    args = parser.parse_args()
    if args.check:
        sys.exit(0 if configured() else 1)
    if args.verify:
        verify(args.files)
    else:
        sign(args.files)


if __name__ == "__main__":
    main()
