"""A person whose browser cannot reach this computer's loopback listener.

A remote desktop (VDI) whose browser runs on another machine, or a browser that may not
open ``http://127.0.0.1``: the person approves at the provider, the provider redirects,
and the browser ends on the redirect address without delivering it. That address is
what the person pastes into Loopgate (``ended_on``). For a relay profile the browser
ends on the relay page's address: what the relay page's paste view shows.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

from tests.support.provider_servers.browser import ProviderBrowser


def _same_place(url: str, redirect_uri: str) -> bool:
    a, b = urlsplit(url), urlsplit(redirect_uri)
    return (a.scheme, a.netloc, a.path) == (b.scheme, b.netloc, b.path)


class StrandedBrowser(ProviderBrowser):
    """``ProviderBrowser`` that stops at the redirect: ``ended_on`` lists where it stopped."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ended_on: list[str] = []
        self.stranded = threading.Event()

    def _load(
        self, session: requests.Session, method: str, url: str, data: Any, outcome: Any
    ) -> requests.Response:
        redirect_uri = parse_qs(urlsplit(outcome.url).query).get("redirect_uri", [""])[0]
        if redirect_uri and _same_place(url, redirect_uri):
            self.ended_on.append(url)
            self.stranded.set()
            raise requests.ConnectionError(f"this browser cannot reach {redirect_uri}")
        return super()._load(session, method, url, data, outcome)

    def wait_stranded(self, timeout: float = 15.0) -> str:
        """The address the browser ended on (what the person copies)."""
        if not self.stranded.wait(timeout):
            raise TimeoutError("the browser never got to the redirect")
        return self.ended_on[-1]
