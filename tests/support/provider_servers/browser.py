"""A scripted person at the browser for the provider-shaped servers (and any simple HTML
consent flow): loads the authorize URL, signs in if asked, presses Approve or Deny,
and follows redirects to the loopback receiver with real GETs.

Two ways to use it:

* in-process, as the client's browser opener: ``ProviderBrowser()(url)`` returns True at
  once and does the clicking on a background thread (the client is meanwhile waiting on
  its loopback receiver); ``outcomes`` and ``errors`` record what happened;
* as ``$BROWSER``: ``python -m tests.support.provider_servers.browser URL`` (from the repo
  root). Python's ``webbrowser`` waits for that command to exit, so the command form works
  synchronously and exits by itself; ``--record FILE`` appends its outcome as JSON.
  ``webbrowser`` runs a ``$BROWSER`` entry as ONE program name (arguments and ``%s`` are
  not split out), so :func:`write_browser_script` wraps the command in an executable
  file whose path can be ``$BROWSER``.

It never leaves this machine: every URL it loads must be on 127.0.0.1 or ::1.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import threading
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import requests

ACTION_ENV = "LOOPGATE_PROVIDER_BROWSER_ACTION"
LOOPBACK_HOSTS = ("127.0.0.1", "::1")
APPROVE_WORDS = ("approve", "allow", "accept", "authorize", "continue", "consent", "yes")
DENY_WORDS = ("deny", "decline", "cancel", "reject", "no")
_REDIRECTS = (301, 302, 303, 307, 308)


class BrowserError(RuntimeError):
    """The page did not offer what the script needed, or pointed off this machine."""


@dataclass
class Outcome:
    """What one visit ended with; ``delivered`` means the redirect reached the client."""

    url: str
    delivered: bool = False
    callback: dict[str, str] = field(default_factory=dict)
    final_url: str = ""
    final_status: int = 0
    final_text: str = ""
    steps: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class _Form:
    action: str = ""
    method: str = "get"
    fields: list[dict[str, str]] = field(default_factory=list)
    buttons: list[dict[str, str]] = field(default_factory=list)


class _Forms(HTMLParser):
    """Every form on the page with its inputs and buttons (and the buttons' text)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[_Form] = []
        self._button: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v if v is not None else "" for k, v in attrs}
        if tag == "form":
            self.forms.append(_Form(a.get("action", ""), a.get("method", "get").lower()))
        elif not self.forms:
            return
        elif tag == "input" and a.get("type", "text") in ("submit", "image"):
            self.forms[-1].buttons.append({**a, "text": a.get("value", "")})
        elif tag == "input":
            self.forms[-1].fields.append(a)
        elif tag == "button":
            self._button = {**a, "text": ""}
            self.forms[-1].buttons.append(self._button)

    def handle_data(self, data: str) -> None:
        if self._button is not None:
            self._button["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "button":
            self._button = None


def _check_loopback(url: str) -> None:
    if urlsplit(url).hostname not in LOOPBACK_HOSTS:
        raise BrowserError(f"refusing to load a non-loopback address: {url}")


def _same_endpoint(url: str, redirect_uri: str) -> bool:
    a, b = urlsplit(url), urlsplit(redirect_uri)
    return (a.scheme, a.netloc, a.path) == (b.scheme, b.netloc, b.path)


class ProviderBrowser:
    """``(url) -> bool`` for the client's opener; the person acts on a daemon thread."""

    def __init__(
        self,
        action: str = "approve",
        *,
        username: str = "casey",
        password: str = "coach-me",
        choices: dict[str, str] | None = None,
        timeout: float = 10.0,
        max_steps: int = 12,
    ) -> None:
        self.action = action
        self.username = username
        self.password = password
        self.choices = dict(choices or {})
        self.timeout = timeout
        self.max_steps = max_steps
        self.opened: list[str] = []
        self.outcomes: list[Outcome] = []
        self.errors: list[BaseException] = []
        self._finished = threading.Condition()

    # -- the opener ----------------------------------------------------------------
    def __call__(self, url: str, *_args: object, **_kwargs: object) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        outcome = Outcome(url)
        try:
            self.act(url, outcome)
        except BaseException as exc:  # recorded for the test to assert on
            outcome.error = f"{type(exc).__name__}: {exc}"
            self.errors.append(exc)
        with self._finished:
            self.outcomes.append(outcome)
            self._finished.notify_all()

    def wait(self, count: int = 1, timeout: float = 15.0) -> list[Outcome]:
        """Blocks until ``count`` visits have finished; returns all outcomes so far."""
        with self._finished:
            self._finished.wait_for(lambda: len(self.outcomes) >= count, timeout)
            return list(self.outcomes)

    # -- the person ----------------------------------------------------------------
    def act(self, url: str, outcome: Outcome | None = None) -> Outcome:
        """Does the whole visit synchronously and returns its outcome."""
        outcome = outcome or Outcome(url)
        _check_loopback(url)
        redirect_uri = parse_qs(urlsplit(url).query).get("redirect_uri", [""])[0]
        with requests.Session() as session:
            response = self._load(session, "GET", url, None, outcome)
            for _ in range(self.max_steps):
                location = response.headers.get("Location")
                if response.status_code in _REDIRECTS and location:
                    target = urljoin(response.url, location)
                    if redirect_uri and _same_endpoint(target, redirect_uri):
                        query = parse_qs(urlsplit(target).query)
                        outcome.callback = {k: v[0] for k, v in query.items()}
                        outcome.delivered = True
                    response = self._load(session, "GET", target, None, outcome)
                    if outcome.delivered:
                        break
                    continue
                if self.action == "ignore":
                    break
                forms = _Forms()
                forms.feed(response.text)
                if not forms.forms:
                    break
                method, target, data = self._fill(forms.forms[0], response.url)
                response = self._load(session, method, target, data, outcome)
        outcome.final_url = response.url
        outcome.final_status = response.status_code
        outcome.final_text = response.text[:2000]
        return outcome

    def _load(
        self,
        session: requests.Session,
        method: str,
        url: str,
        data: dict[str, str] | None,
        outcome: Outcome,
    ) -> requests.Response:
        _check_loopback(url)
        response = session.request(
            method, url, data=data, timeout=self.timeout, allow_redirects=False
        )
        outcome.steps.append(f"{method} {urlsplit(url).path} -> {response.status_code}")
        return response

    def _fill(self, form: _Form, page_url: str) -> tuple[str, str, dict[str, str]]:
        data: dict[str, str] = {}
        radios: dict[str, list[dict[str, str]]] = {}
        for f in form.fields:
            name, kind = f.get("name", ""), f.get("type", "text").lower()
            if not name:
                continue
            if kind == "password":
                data[name] = self.password
            elif kind in ("text", "email") and not f.get("value"):
                data[name] = self.username
            elif kind == "radio":
                radios.setdefault(name, []).append(f)
            elif kind == "checkbox":
                if "checked" in f:
                    data[name] = f.get("value", "on")
            else:
                data[name] = self.choices.get(name, f.get("value", ""))
        for name, options in radios.items():
            values = [o.get("value", "") for o in options]
            checked = [o.get("value", "") for o in options if "checked" in o]
            wanted = self.choices.get(name)
            if wanted is not None and wanted not in values:
                raise BrowserError(f"the page offers no {name}={wanted!r} (only {values})")
            data[name] = wanted or (checked or values)[0]
        button = self._button(form)
        if button.get("name"):
            data[button["name"]] = button.get("value", "")
        return form.method.upper(), urljoin(page_url, form.action or page_url), data

    def _button(self, form: _Form) -> dict[str, str]:
        words = DENY_WORDS if self.action == "deny" else APPROVE_WORDS
        for button in form.buttons:
            label = f"{button.get('value', '')} {button.get('text', '')}".strip().lower()
            if any(label == w or label.startswith(w + " ") or w in label.split() for w in words):
                return button
        if len(form.buttons) <= 1:  # a sign-in form: its one button, whatever it says
            return form.buttons[0] if form.buttons else {}
        raise BrowserError(f"no {self.action} button among {[b.get('text') for b in form.buttons]}")


def write_browser_script(path: Path, *args: str) -> Path:
    """An executable ``sh`` file running this module with ``args`` and the URL; its path
    is a valid ``$BROWSER`` (Linux/macOS)."""
    repo = Path(__file__).resolve().parents[3]
    extra = " ".join(shlex.quote(a) for a in args)
    path.write_text(
        "#!/bin/sh\n"
        f"cd {shlex.quote(str(repo))} && exec {shlex.quote(sys.executable)} "
        f'-m tests.support.provider_servers.browser {extra} "$1"\n',
        encoding="utf-8",
    )
    path.chmod(0o755)
    return path


def main(argv: list[str] | None = None) -> int:
    """``$BROWSER`` entry: visit once, synchronously; exit 0 when the client got an answer."""
    parser = argparse.ArgumentParser(description="A scripted person at a consent page.")
    parser.add_argument("url")
    parser.add_argument("--deny", action="store_true", help="press Deny instead of Approve")
    parser.add_argument("--username", default="casey")
    parser.add_argument("--password", default="coach-me")
    parser.add_argument("--choose", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--record", metavar="FILE", help="append the outcome as a JSON line")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)
    action = "deny" if args.deny else os.environ.get(ACTION_ENV, "approve").strip().lower()
    choices = dict(c.split("=", 1) for c in args.choose)
    browser = ProviderBrowser(
        action,
        username=args.username,
        password=args.password,
        choices=choices,
        timeout=args.timeout,
    )
    outcome = Outcome(args.url)
    try:
        browser.act(args.url, outcome)
    except (BrowserError, requests.RequestException) as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"
        print(f"provider browser: {exc}", file=sys.stderr)
    if args.record:
        with open(args.record, "a", encoding="utf-8") as record:
            record.write(json.dumps(asdict(outcome)) + "\n")
    return 0 if outcome.delivered and not outcome.error else 1


if __name__ == "__main__":
    raise SystemExit(main())
