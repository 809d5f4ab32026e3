"""Token bookkeeping behind one lock, persisted as JSON that holds no usable token.

Refresh tokens are stored as SHA-256 hashes and access tokens only by `jti`, so a copy
of the state file grants nothing. Authorization codes never touch disk.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from .keys import write_private_json
from .models import AuthorizationCode, RefreshRecord

log = logging.getLogger(__name__)

STATE_FILE = "state.json"
STATE_VERSION = 1


def token_hash(token: str) -> str:
    """The lookup key for a refresh token: its SHA-256, never the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class DemoState:
    """Codes, refresh-token families and revoked jtis; callers hold `lock` across a request."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / STATE_FILE
        # Re-entrant: the token endpoint holds it for the whole request and the
        # grant callbacks it runs take it again.
        self.lock = threading.RLock()
        self._codes: dict[str, AuthorizationCode] = {}
        self._refresh: dict[str, RefreshRecord] = {}
        # family id -> {"revoked": bool, "jtis": {jti: exp}}
        self._families: dict[str, dict[str, Any]] = {}
        self._revoked_jtis: dict[str, int] = {}
        self._load()

    # -- authorization codes (memory only) ------------------------------------------

    def save_code(self, code: AuthorizationCode) -> None:
        with self.lock:
            self._codes = {k: c for k, c in self._codes.items() if not c.is_expired()}
            self._codes[code.code] = code

    def get_code(self, code: str) -> AuthorizationCode | None:
        with self.lock:
            found = self._codes.get(code)
            return None if found is None or found.is_expired() else found

    def consume_code(self, code: AuthorizationCode, family: str) -> None:
        """Mark a code used but keep it, so a replay can revoke what it produced."""
        with self.lock:
            code.used = True
            code.family = family

    # -- token families ----------------------------------------------------------------

    def new_family(self) -> str:
        with self.lock:
            family = secrets.token_hex(8)
            self._families[family] = {"revoked": False, "jtis": {}}
            return family

    def family_revoked(self, family: str) -> bool:
        with self.lock:
            return self._families.get(family, {"revoked": True})["revoked"]

    def revoke_family(self, family: str) -> None:
        """Kill every refresh and access token descended from one grant (RFC 9700 §4.14.2)."""
        with self.lock:
            record = self._families.setdefault(family, {"revoked": True, "jtis": {}})
            record["revoked"] = True
            self._revoked_jtis.update(record["jtis"])
            self.persist()

    def record_access_token(self, family: str, jti: str, expires_at: int) -> None:
        with self.lock:
            self._families.setdefault(family, {"revoked": False, "jtis": {}})["jtis"][jti] = (
                expires_at
            )

    def revoke_jti(self, jti: str, expires_at: int) -> None:
        with self.lock:
            self._revoked_jtis[jti] = expires_at
            self.persist()

    def is_jti_revoked(self, jti: str) -> bool:
        with self.lock:
            return jti in self._revoked_jtis

    # -- refresh tokens ------------------------------------------------------------------

    def add_refresh_token(self, token: str, **fields: Any) -> None:
        with self.lock:
            digest = token_hash(token)
            self._refresh[digest] = RefreshRecord(token_hash=digest, **fields)

    def find_refresh_token(self, token: str) -> RefreshRecord | None:
        with self.lock:
            return self._refresh.get(token_hash(token))

    def mark_refresh_used(self, record: RefreshRecord) -> None:
        with self.lock:
            self._refresh[record.token_hash] = replace(record, used=True)

    # -- persistence ---------------------------------------------------------------------

    def persist(self) -> None:
        """Write the state atomically after pruning what has expired."""
        with self.lock:
            self._prune(int(time.time()))
            data = {
                "version": STATE_VERSION,
                "refresh_tokens": [asdict(r) for r in self._refresh.values()],
                "families": self._families,
                "revoked_jtis": self._revoked_jtis,
            }
            write_private_json(self.path, data)

    def _prune(self, now: int) -> None:
        self._refresh = {k: r for k, r in self._refresh.items() if r.expires_at > now}
        self._revoked_jtis = {j: exp for j, exp in self._revoked_jtis.items() if exp > now}
        live_families = {r.family for r in self._refresh.values()}
        for family, record in list(self._families.items()):
            record["jtis"] = {j: exp for j, exp in record["jtis"].items() if exp > now}
            if family not in live_families and not record["jtis"]:
                del self._families[family]

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"unknown state version {data.get('version')!r}")
            refresh = {r["token_hash"]: RefreshRecord(**r) for r in data["refresh_tokens"]}
            families, revoked = dict(data["families"]), dict(data["revoked_jtis"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # A damaged file must not brick the demo: start afresh (users sign in again).
            log.warning("Demo provider state unreadable, starting afresh: %s", exc)
            return
        self._refresh, self._families, self._revoked_jtis = refresh, families, revoked
