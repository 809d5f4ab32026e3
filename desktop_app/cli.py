"""``loopgate``: the connection engine from a terminal, for support engineers and scripts.

Output contract: results on stdout (``token`` prints the token and nothing else),
progress and errors on stderr, one clear line per error and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from . import __version__
from .core.base.errors import LoopgateError

EXIT_ERROR = 1
EXIT_HTTP = 2
EXIT_USAGE = 64


def _engine() -> Any:
    from .admin_cli import apply_log_policy, report_policy_problems
    from .core.base.logs import configure_logging
    from .wiring import default_engine

    global _ENGINE
    configure_logging()
    _ENGINE = default_engine()
    apply_log_policy(_ENGINE)
    report_policy_problems(_ENGINE)
    return _ENGINE


_ENGINE: Any = None


def _report_store_warnings() -> None:
    """A damaged account list was set aside: say so, whatever the command was."""
    store = getattr(_ENGINE, "store", None)
    for warning in getattr(store, "warnings", []):
        _err(warning)


def _when(epoch: float | None, now: float) -> str:
    if epoch is None:
        return "unknown"
    delta = epoch - now
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))
    return f"{stamp} ({_relative(delta)})"


def _relative(seconds: float) -> str:
    past = seconds < 0
    seconds = abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            text = f"{int(seconds // size)} {unit}"
            break
    else:
        text = f"{int(seconds)} s"
    return f"{text} ago" if past else f"in {text}"


def _err(message: str) -> None:
    print(f"loopgate: {message}", file=sys.stderr)


# -- commands ---------------------------------------------------------------------------
def cmd_providers(args: argparse.Namespace) -> int:
    engine = _engine()
    profiles = engine.registry.all()
    for problem in engine.registry.problems:
        _err(f"skipped a provider file: {problem.message}")
    if args.json:
        print(json.dumps([p.to_json() for p in profiles], indent=2))
        return 0
    for p in profiles:
        client = "client ID set" if p.client_id else "needs client ID"
        print(f"{p.id:<22} {p.display_name:<32} {client}")
    return 0


def cmd_provider_add(args: argparse.Namespace) -> int:
    from .admin_cli import require_custom_providers
    from .core.oauth.discovery import check_endpoint_url, custom_profile_data, fetch_configuration
    from .core.oauth.transport import new_session
    from .core.providers.profiles import save_user_profile

    require_custom_providers()
    api_base = check_endpoint_url(args.api_base, "API base URL") if args.api_base else ""
    if args.issuer:
        issuer = check_endpoint_url(args.issuer, "issuer URL")
        config = fetch_configuration(new_session(), issuer, typed_by_user=True)
    elif args.authorize_url and args.token_url:
        config = typed_configuration(args)
    else:
        _err("give --issuer URL, or both --authorize-url and --token-url")
        return EXIT_USAGE
    data = custom_profile_data(
        config,
        client_id=args.client_id,
        name=args.name or "",
        scopes=" ".join(args.scope or []),
        discovered=bool(args.issuer),
    )
    if api_base:
        data["api_base"] = api_base
    if args.id:
        data["id"] = args.id
    code, refusal = _replace_refusal(data["id"], replace=args.replace)
    if refusal:
        _err(refusal)
        return code
    path = save_user_profile(data)
    print(data["id"])
    _err(f"saved {path}")
    return 0


def _is_known(registry: Any, profile_id: str) -> bool:
    try:
        registry.get(profile_id)  # abstract bases (clover, clio) count too
    except LoopgateError:
        return False
    return True


def _replace_refusal(profile_id: str, *, replace: bool) -> tuple[int, str]:
    """Why saving under ``profile_id`` is refused: never silently over another provider."""
    import re

    from .core.base.paths import user_providers_dir
    from .core.providers.profiles import default_registry

    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", profile_id):
        return EXIT_USAGE, f"--id {profile_id!r}: use lowercase letters, digits, '.', '-' or '_'"
    saved = (user_providers_dir() / f"{profile_id}.json").exists()
    if not saved and _is_known(default_registry(), profile_id):
        return EXIT_ERROR, f"{profile_id!r} is built in and cannot be replaced; pick another --id."
    if saved and not replace:
        return EXIT_ERROR, (
            f"A provider with the id {profile_id!r} already exists. Pick another with --id, "
            "or replace it with --replace (its accounts will ask to reconnect if its "
            "addresses change)."
        )
    return 0, ""


def typed_configuration(args: argparse.Namespace) -> dict[str, Any]:
    """A provider without discovery: endpoints as typed (a plain OAuth 2.0 profile)."""
    from .core.oauth.discovery import check_endpoint_url

    args.authorize_url = check_endpoint_url(args.authorize_url, "authorization URL")
    args.token_url = check_endpoint_url(args.token_url, "token URL")
    if args.revocation_url:
        args.revocation_url = check_endpoint_url(args.revocation_url, "revocation URL")
    config: dict[str, Any] = {
        "issuer": "",  # unknown without discovery: no iss comparison is possible
        "authorization_endpoint": args.authorize_url,
        "token_endpoint": args.token_url,
    }
    if args.revocation_url:
        config["revocation_endpoint"] = args.revocation_url
    return config


def cmd_provider_secret(args: argparse.Namespace) -> int:
    """An administrator-supplied client secret goes to the keychain, never to a file."""
    import getpass

    from .core.engine.engine import client_secret_name
    from .core.oauth.client_secret import require_secret_allowed

    engine = _engine()
    profile = engine.registry.get(args.provider)
    if args.delete:
        engine.vault.delete_secret(client_secret_name(args.provider))
        _err("client secret removed from the keychain")
        return 0
    require_secret_allowed(profile)  # a secret that would never be sent is not stored
    secret = (
        sys.stdin.readline().strip()
        if not sys.stdin.isatty()
        else getpass.getpass("Client secret (kept only in the system keychain): ")
    )
    if not secret:
        _err("no secret given; nothing changed")
        return EXIT_USAGE
    engine.vault.put_secret(client_secret_name(args.provider), secret)
    _err("client secret stored in the system keychain")
    return 0


def cmd_connect(args: argparse.Namespace) -> int:
    from .core.engine.connect import connect_notices

    engine = _engine()
    if args.client_id:
        from .admin_cli import require_own_client_id

        require_own_client_id(engine, args.provider)

    def progress(event: Any) -> None:
        if event.step == "waiting" and event.url:
            _err(event.message)
            _err(f"If no browser opened, visit: {event.url}")
        elif event.step in ("warning", "exchanging"):
            _err(event.message)

    options = {
        "label": args.label or "",
        "port": args.port,
        "timeout": args.timeout,
        "client_id": args.client_id or "",
        "on_progress": progress,
    }
    if args.paste:
        from .cli_paste import connect_with_paste

        account = connect_with_paste(engine, args.provider, options, _err)
    else:
        account = engine.connect(args.provider, **options)
    _err(f"Connected {account.label} ({account.identity.summary() or account.profile_id})")
    for notice in connect_notices(account):
        _err(notice)
    print(account.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    engine = _engine()
    accounts = engine.accounts()
    if args.json:
        from .core.policy.registry import refusal

        rows = [{**_account_row(a), "not_allowed": refusal(engine.registry, a.profile_id)}
                for a in accounts]  # fmt: skip
        print(json.dumps(rows, indent=2))
        return 0
    if not accounts:
        _err("No accounts yet. Connect one with: loopgate connect demo")
        return 0
    from .admin_cli import status_word

    now = time.time()
    rows = [
        (
            a.id,
            a.label,
            a.profile_id,
            status_word(engine, a, lambda account: _status_words(account, now)),
            _when(a.expires_at, now),
            _when(a.refresh_expires_at, now) if a.has_refresh_token else "no refresh token",
        )
        for a in accounts
    ]
    header = ("ID", "ACCOUNT", "PROVIDER", "STATUS", "ACCESS EXPIRES", "REFRESH EXPIRES")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)
            ).rstrip()
        )
    for a in accounts:
        if a.last_error and (a.has_problem or a.status == "reconnect_needed"):
            _err(f"{a.label}: {a.last_error}")
    return 0


def _status_words(a: Any, now: float) -> str:
    """The stored status in words, with what time alone changes (expiry, next try)."""
    if a.status == "reconnect_needed":
        return "reconnect needed"
    if a.has_problem:
        kind = "offline" if a.problem == "unreachable" else "provider problem"
        return f"{kind}, next try {_clock_time(a.retry_at, now)}"
    if a.expires_at is not None and a.expires_at <= now:
        return "expired (renewed on next use)"
    return "connected"


def _clock_time(epoch: float | None, now: float) -> str:
    if epoch is None or epoch <= now:
        return "now"
    return f"{time.strftime('%H:%M', time.localtime(epoch))} ({_relative(epoch - now)})"


def _account_row(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "label": a.label,
        "provider": a.profile_id,
        "status": a.status,
        "identity": {
            "subject": a.identity.subject,
            "name": a.identity.name,
            "email": a.identity.email,
            "ids": a.identity.ids,
        },
        "scopes": list(a.scopes),
        "expires_at": a.expires_at,
        "refresh_expires_at": a.refresh_expires_at,
        "has_refresh_token": a.has_refresh_token,
        "last_error": a.last_error,
        "problem": a.problem if a.has_problem else "",
        "retry_at": a.retry_at if a.has_problem else None,
        "connected_at": a.connected_at or a.created_at,
        "last_refresh_at": a.last_refresh_at,
    }


def cmd_token(args: argparse.Namespace) -> int:
    from .admin_cli import require_reveal

    engine = _engine()
    require_reveal(engine)
    account = engine.store.find(args.account)
    print(engine.access_token(account.id))
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from .core.engine.inspect import inspection
    from .core.oauth.jwt_view import pretty

    engine = _engine()
    if args.reveal:
        from .admin_cli import require_reveal

        require_reveal(engine)
    account = engine.store.find(args.account)
    tokens = engine.vault.get_tokens(account.id)
    report = inspection(
        account,
        tokens,
        reveal=args.reveal,
        now=time.time(),
        statements=_signature_statements(engine, account, tokens),
    )
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    now = time.time()
    print(
        f"{report['label']}  [{report['provider']}]  {report['identity']}  "
        f"status: {report['status']}"
    )
    print(f"scopes:  {' '.join(report['scopes']) or '(none reported)'}")
    print(f"access token expires: {_when(report['expires_at'], now)}")
    print(f"refresh token expires: {_when(report['refresh_expires_at'], now)}")
    for name, entry in report["tokens"].items():
        print(f"\n{name}: {entry['value']}")
        if "jwt" in entry:
            print(f"  JWT ({entry['jwt']['signature']})")
            print("  header: " + pretty(entry["jwt"]["header"]).replace("\n", "\n  "))
            print("  claims: " + pretty(entry["jwt"]["claims"]).replace("\n", "\n  "))
    return 0


def _signature_statements(engine: Any, account: Any, tokens: Any) -> dict[str, str]:
    """Checks JWT signatures against the provider's keys; offline, says why not."""
    from .core.engine.token_check import check_tokens

    if tokens is None:
        return {}
    try:
        checks = check_tokens(tokens, engine.profile_for(account), engine.session())
    except LoopgateError as exc:
        reason = f"signature not verified: {exc.message}"
        return {name: reason for name in ("access_token", "refresh_token", "id_token")}
    return {check.name: check.statement for check in checks}


def cmd_call(args: argparse.Namespace) -> int:
    from .core.api.calls import ApiRequest

    engine = _engine()
    account = engine.store.find(args.account)
    headers = []
    for raw in args.header or []:
        key, sep, value = raw.partition(":")
        if not sep:
            _err(f"header {raw!r} must look like 'Name: value'")
            return EXIT_USAGE
        headers.append((key.strip(), value.strip()))
    body = args.data or ""
    if body == "@-":
        body = sys.stdin.read()
    request = ApiRequest(
        method=args.method.upper(), url=args.path, headers=tuple(headers), body=body
    )
    response = engine.call(account.id, request)
    if response.note:
        _err(response.note)
    _err(
        f"HTTP {response.status} {response.reason} · {response.elapsed_ms:.0f} ms · "
        f"{response.size} bytes"
    )
    sys.stdout.buffer.write(response.body)
    if response.body and not response.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()
    return EXIT_HTTP if response.status >= 400 else 0


def cmd_refresh(args: argparse.Namespace) -> int:
    from .core.base.errors import ProviderError, ReconnectNeeded

    engine = _engine()
    account = engine.store.find(args.account)
    try:
        tokens, refreshed = engine.tokens.fresh_tokens(account.id, force=True)
    except ReconnectNeeded:
        raise
    except ProviderError as exc:
        _err(exc.message)
        if exc.detail:
            _err(f"  detail: {exc.detail}")
        retry_at = engine.store.get(account.id).retry_at
        _err(
            "The tokens were kept; Loopgate tries again automatically "
            f"(next try {_clock_time(retry_at, time.time())})."
        )
        return EXIT_ERROR
    _err(
        ("Renewed." if refreshed else "Already renewed by another process.")
        + f" Access token expires {_when(tokens.expires_at, time.time())}."
    )
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from .core.base.errors import RevocationFailed

    engine = _engine()
    account = engine.store.find(args.account)
    try:
        outcome = engine.disconnect(account.id, local_only=args.local_only)
    except RevocationFailed as exc:
        _err(exc.message)
        if exc.detail:
            _err(f"  detail: {exc.detail}")
        _err(f"To remove it from this computer only: loopgate disconnect --local-only {account.id}")
        return EXIT_ERROR
    _err(f"Disconnected {account.label}: {outcome}.")
    return 0


def cmd_self_test(_args: argparse.Namespace) -> int:
    """Exits 1 naming every failed step (a frozen build missing a backend says which)."""
    from .self_test import CORE_STEPS, run_steps

    return run_steps(CORE_STEPS, sys.stdout)


def cmd_demo_server(args: argparse.Namespace) -> int:
    from .admin_cli import require_demo
    from .demo_provider.server import main as demo_main

    require_demo()

    argv = ["--port", str(args.port)]
    if args.access_token_ttl:
        argv += ["--access-token-ttl", str(args.access_token_ttl)]
    if args.state_dir:
        argv += ["--state-dir", args.state_dir]
    return int(demo_main(argv) or 0)


# -- parser -----------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    """Usage errors exit 64 (EX_USAGE), so scripts can tell them from HTTP errors (2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="loopgate", description="Link and inspect OAuth 2.0 / OpenID Connect accounts."
    )
    parser.add_argument("--version", action="version", version=f"loopgate {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("providers", help="list provider profiles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_providers)

    provider = sub.add_parser("provider", help="manage custom providers")
    psub = provider.add_subparsers(dest="provider_command", required=True, metavar="ACTION")
    p = psub.add_parser(
        "add", help="add a provider from its issuer URL (discovery) or typed endpoints"
    )
    p.add_argument("--issuer", help="issuer URL: OIDC discovery, then RFC 8414 metadata")
    p.add_argument("--authorize-url", help="authorization endpoint (without --issuer)")
    p.add_argument("--token-url", help="token endpoint (without --issuer)")
    p.add_argument("--revocation-url", help="RFC 7009 revocation endpoint (optional)")
    p.add_argument("--api-base", help="base URL for API calls (default: the issuer)")
    p.add_argument(
        "--replace",
        "--force",
        dest="replace",
        action="store_true",
        help="replace a saved custom provider with the same id",
    )
    p.add_argument("--client-id", required=True)
    p.add_argument("--name")
    p.add_argument("--id", help="profile id (default: derived from the issuer)")
    p.add_argument("--scope", action="append", help="scope(s) to request (repeatable)")
    p.set_defaults(func=cmd_provider_add)
    p = psub.add_parser("secret", help="store an administrator-supplied client secret")
    p.add_argument("provider")
    p.add_argument("--delete", action="store_true")
    p.set_defaults(func=cmd_provider_secret)

    p = sub.add_parser("connect", help="connect an account through the browser")
    p.add_argument("provider")
    p.add_argument("--label")
    p.add_argument("--port", type=int, help="loopback port (default: the profile's, or any)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait (default 300)")
    p.add_argument("--client-id", help="client ID when the profile has none")
    p.add_argument(
        "--paste",
        action="store_true",
        help="also accept the address your browser ended on, pasted here (standard input): "
        "for a browser that cannot reach this computer, or the relay page's paste view",
    )
    p.set_defaults(func=cmd_connect)

    p = sub.add_parser("list", help="connected accounts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("token", help="print a fresh access token (and nothing else)")
    p.add_argument("account")
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("inspect", help="claims, scopes and lifetimes of an account's tokens")
    p.add_argument("account")
    p.add_argument("--json", action="store_true")
    p.add_argument("--reveal", action="store_true", help="show token values")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("call", help="call the provider's API with the account's token")
    p.add_argument("account")
    p.add_argument("method")
    p.add_argument("path", metavar="PATH_OR_URL")
    p.add_argument("-H", "--header", action="append", help="'Name: value' (repeatable)")
    p.add_argument("-d", "--data", help="request body ('@-' reads stdin)")
    p.set_defaults(func=cmd_call)

    p = sub.add_parser("refresh", help="renew an account's tokens now")
    p.add_argument("account")
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("disconnect", help="revoke (where supported) and delete an account")
    p.add_argument("account")
    p.add_argument(
        "--local-only",
        action="store_true",
        help="remove it from this computer without asking the provider to revoke access",
    )
    p.set_defaults(func=cmd_disconnect)

    p = sub.add_parser(
        "self-test",
        help="check this installation: resources, profiles, keychain, TLS, JWT, demo provider",
    )
    p.set_defaults(func=cmd_self_test)

    p = sub.add_parser("demo-server", help="run the embedded demo provider in the foreground")
    p.add_argument(
        "--port", type=int, default=8765, help="loopback port (default 8765; 0 = any free one)"
    )
    p.add_argument(
        "--access-token-ttl",
        type=int,
        default=0,
        metavar="SECONDS",
        help="access-token lifetime (default 300 s: short, so countdowns and renewals show)",
    )
    p.add_argument(
        "--state-dir", metavar="DIR", help="keys and grants (default: <data dir>/demo-provider)"
    )
    p.set_defaults(func=cmd_demo_server)

    from .admin_cli import add_admin_commands

    add_admin_commands(sub, _engine)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `loopgate inspect … | head`: the reader left; exit quietly like other tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except LoopgateError as exc:
        _err(exc.message)
        if exc.detail:
            _err(f"  detail: {exc.detail}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("cancelled")
        return 130
    except Exception as exc:  # never a traceback in the user's face; the log has it
        import logging

        logging.getLogger("desktop_app").exception("unexpected error")
        _err(f"unexpected error ({type(exc).__name__}); details are in the log")
        return EXIT_ERROR
    finally:
        _report_store_warnings()


if __name__ == "__main__":
    sys.exit(main())
