"""The consent and error pages, and the anti-CSRF guard that binds a POST to its page.

Pages are self-contained (no external assets) and Jinja autoescapes every value.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time

from flask import Response, render_template_string

from .models import CLIENT_NAME, SCOPE_WORDS, USERS

CONSENT_COOKIE = "loopgate_demo_consent"
CONSENT_TTL = 600.0

# Security headers for every HTML page: nothing cached, nothing leaked, nothing framed.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # No form-action: Chrome applies it to the redirect that follows the form.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'",
}

_STYLE = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f6f8;
color:#1d2430;margin:0;display:flex;justify-content:center;padding:48px 16px}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px #0001;max-width:440px;
width:100%;padding:32px}
h1{font-size:22px;margin:0 0 4px}.sub{color:#5b6576;margin:0 0 20px}
ul{padding-left:20px}fieldset{border:1px solid #d8dde5;border-radius:8px;margin:16px 0}
label{display:block;padding:4px 0}.muted{color:#5b6576;font-size:13px}
.actions{display:flex;gap:12px;margin-top:20px}
button{flex:1;font:inherit;padding:10px;border-radius:8px;border:1px solid #b8c0cc;
background:#fff;cursor:pointer}button.primary{background:#2563eb;border-color:#2563eb;color:#fff}
"""

CONSENT_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Allow {{ app_name }}? - Loopgate Demo</title><style>{{ style }}</style></head>
<body><main>
<h1>Allow {{ app_name }} to connect?</h1>
<p class="sub">Loopgate Demo provider (a test sign-in service on this computer)</p>
<p>{{ app_name }} is asking to:</p>
<ul>{% for words in scope_words %}<li>{{ words }}</li>{% endfor %}</ul>
<form method="post" action="{{ action }}">
<input type="hidden" name="csrf_token" value="{{ csrf_token }}">
<fieldset><legend>Sign in as</legend>
{% for user in users %}<label><input type="radio" name="user" value="{{ user.id }}"
{% if loop.first %}checked{% endif %}> {{ user.name }}
<span class="muted">{{ user.email }}</span></label>{% endfor %}
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="approve" class="primary">Approve</button>
</div></form>
<p class="muted">You can change your mind later by disconnecting in {{ app_name }}.</p>
</main></body></html>"""

ERROR_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign-in problem - Loopgate Demo</title>
<style>{{ style }}</style></head>
<body><main><h1>This sign-in request can't continue</h1>
<p>{{ message }}</p>
<p class="muted">Error code: {{ error }}. Close this tab and try connecting again.</p>
</main></body></html>"""


def render_consent(*, scope: str, action: str, csrf_token: str) -> str:
    words = [SCOPE_WORDS.get(s, s) for s in scope.split()]
    return render_template_string(
        CONSENT_TEMPLATE,
        app_name=CLIENT_NAME,
        scope_words=words,
        users=list(USERS.values()),
        action=action,
        csrf_token=csrf_token,
        style=_STYLE,
    )


def error_page(error: str, message: str, status: int = 400) -> Response:
    """An error shown in the browser instead of redirecting to an unverified URI."""
    body = render_template_string(ERROR_TEMPLATE, error=error, message=message, style=_STYLE)
    return Response(body, status=status, mimetype="text/html", headers=PAGE_HEADERS)


class ConsentGuard:
    """Single-use anti-CSRF values, bound to the exact authorization query and a cookie."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[str, str, float]] = {}

    @staticmethod
    def _digest(query: bytes) -> str:
        return hashlib.sha256(query).hexdigest()

    def issue(self, query: bytes, cookie: str | None) -> tuple[str, str]:
        """Return (form value, cookie value) for one consent page."""
        cookie = cookie or secrets.token_urlsafe(24)
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._pending = {k: v for k, v in self._pending.items() if v[2] > now}
            self._pending[token] = (self._digest(query), cookie, now + CONSENT_TTL)
        return token, cookie

    def check(self, token: str | None, query: bytes, cookie: str | None) -> bool:
        if not token or not cookie:
            return False
        with self._lock:
            entry = self._pending.pop(token, None)
        if entry is None or entry[2] <= time.monotonic():
            return False
        digest, expected_cookie, _ = entry
        return hmac.compare_digest(digest, self._digest(query)) and hmac.compare_digest(
            expected_cookie, cookie
        )
