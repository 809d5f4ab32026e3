"""Is the demo provider on this port one of this user's own? A challenge says so.

Another local user can listen on the demo port first and serve a look-alike issuer and
consent page into this user's browser. So a demo provider already answering on the port
is trusted only when it answers a fresh challenge with this user's proof key
(``core.base.local_proof``); otherwise the port is "held by another program".
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop_app.core.base.local_proof import load_key, new_challenge, prove, verify

PROOF_PATH = "/.well-known/loopgate-owner"


def _purpose(issuer: str) -> str:
    return f"demo-provider {issuer}"


def answer_challenge(
    environ: dict[str, Any], start_response: Callable[..., Any], issuer: str, key_path: Path
) -> Iterable[bytes]:
    """WSGI answer to ``GET /.well-known/loopgate-owner?challenge=…``."""
    query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
    challenge = (query.get("challenge") or [""])[0]
    if not 16 <= len(challenge) <= 256:
        start_response("400 Bad Request", [("Content-Type", "application/json")])
        return [b'{"error": "invalid_request"}']
    proof = prove(_purpose(issuer), challenge, load_key(key_path))
    body = json.dumps({"proof": proof}).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Cache-Control", "no-store")])
    return [body]


def is_ours(port: int, timeout: float = 2.0) -> str | None:
    """The issuer of the demo provider on ``port`` if it proves it is this user's."""
    issuer = f"http://127.0.0.1:{port}"
    challenge = new_challenge()
    url = f"{issuer}{PROOF_PATH}?{urllib.parse.urlencode({'challenge': challenge})}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        with opener.open(url, timeout=timeout) as response:
            proof = json.load(response).get("proof")
    except (OSError, ValueError, AttributeError):
        return None
    if isinstance(proof, str) and verify(_purpose(issuer), challenge, proof, load_key()):
        return issuer
    return None
