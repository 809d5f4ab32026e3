"""The address of an https relay page (``redirect_relay``): what makes one acceptable.

The page itself is ``resources/relay/index.html``; an administrator hosts it under the
app's Site URL and registers its address as the redirect URI (docs/admin.md).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def relay_url_problem(url: Any) -> str:
    """Why ``url`` cannot be a relay page's address ("" when it can)."""
    if not isinstance(url, str) or not url:
        return "the relay page's address must be text"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError:
        return f"{url!r} is not a valid address"
    if parts.scheme != "https" or not parts.hostname:
        return "the relay page's address must start with https:// and name a host"
    if parts.username or parts.password or parts.fragment or parts.query:
        return "the relay page's address cannot hold a user name, a query or a fragment"
    if any(c.isspace() for c in url):
        return "the relay page's address cannot contain spaces"
    return ""
