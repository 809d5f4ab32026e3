"""A stand-in for a person at the demo provider's consent page (tests, and usable as $BROWSER).

`approve(url)` / `deny(url)` load the authorize URL, read the consent form, press a button
and follow the redirect to the loopback receiver with a real HTTP GET.
"""

from __future__ import annotations

import argparse
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests

ACTION_ENV = "LOOPGATE_SCRIPTED_BROWSER_ACTION"
_LOOPBACK_HOSTS = ("127.0.0.1", "::1")


class ConsentFormError(RuntimeError):
    """The page had no consent form (the provider showed an error instead)."""


class _FormParser(HTMLParser):
    """Collects the first form's action and the fields a person would submit."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.hidden: dict[str, str] = {}
        self.radios: dict[str, list[str]] = {}
        self.buttons: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = a.get("action", "")
        elif tag == "input" and a.get("type") == "hidden" and "name" in a:
            self.hidden[a["name"]] = a.get("value", "")
        elif tag == "input" and a.get("type") == "radio" and "name" in a:
            self.radios.setdefault(a["name"], []).append(a.get("value", ""))
        elif tag == "button" and "name" in a:
            self.buttons.setdefault(a["name"], []).append(a.get("value", ""))


def _follow_to_loopback(
    session: requests.Session, response: requests.Response, timeout: float
) -> requests.Response:
    location = response.headers.get("Location")
    if not response.is_redirect or not location:
        return response
    target = urljoin(response.url, location)
    # Only ever deliver codes to this machine: a scripted browser must not leak them.
    if urlsplit(target).hostname not in _LOOPBACK_HOSTS:
        raise ConsentFormError("The provider redirected somewhere other than loopback.")
    return session.get(target, timeout=timeout, allow_redirects=False)


def _decide(url: str, decision: str, user: str, timeout: float) -> requests.Response:
    with requests.Session() as session:
        page = session.get(url, timeout=timeout, allow_redirects=False)
        if page.is_redirect:  # an error answered straight away with a redirect
            return _follow_to_loopback(session, page, timeout)
        form = _FormParser()
        form.feed(page.text)
        if form.action is None or decision not in form.buttons.get("decision", []):
            status = page.status_code
            raise ConsentFormError(f"No consent form at the authorize URL (HTTP {status}).")
        data = dict(form.hidden)
        data["decision"] = decision
        if decision == "approve":
            if user not in form.radios.get("user", []):
                raise ConsentFormError(f"The consent page offers no user {user!r}.")
            data["user"] = user
        answer = session.post(
            urljoin(page.url, form.action), data=data, timeout=timeout, allow_redirects=False
        )
        return _follow_to_loopback(session, answer, timeout)


def approve(url: str, *, user: str = "dana", timeout: float = 10) -> requests.Response:
    """Approve as `user`; returns the loopback receiver's response."""
    return _decide(url, "approve", user, timeout)


def deny(url: str, *, timeout: float = 10) -> requests.Response:
    """Press Deny; returns the loopback receiver's response."""
    return _decide(url, "deny", "", timeout)


def main(argv: list[str] | None = None) -> int:
    """Usable as `$BROWSER`: Python's webbrowser waits for it, so work synchronously."""
    parser = argparse.ArgumentParser(description="Answer a Loopgate demo consent page.")
    parser.add_argument("url")
    parser.add_argument("--deny", action="store_true", help="press Deny instead of Approve")
    parser.add_argument("--user", default="dana", help="demo user to approve as (dana or sam)")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)
    action = "deny" if args.deny else os.environ.get(ACTION_ENV, "approve").strip().lower()
    try:
        if action == "deny":
            deny(args.url, timeout=args.timeout)
        else:
            approve(args.url, user=args.user, timeout=args.timeout)
    except (ConsentFormError, requests.RequestException) as exc:
        print(f"scripted browser: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
