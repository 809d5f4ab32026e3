"""Run the demo provider on loopback: in a daemon thread for the app and tests, or from a CLI."""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .config import DemoConfig
from .models import CLIENT_ID, DEFAULT_PORT, DemoStats
from .ownership import PROOF_PATH, answer_challenge, is_ours

__all__ = ["CLIENT_ID", "DEFAULT_PORT", "DemoServer", "DemoStats", "ensure_running", "main"]


class _QuietRequestHandler(WSGIRequestHandler):
    """No access log: query strings carry authorization codes."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on `host` (an IP literal), raising OSError if the port is taken."""
    # RFC 8252 §8.3: the loopback IP literal, never 0.0.0.0.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name == "posix":
            # Rebind right after a restart; on Windows this option would allow port theft.
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except BaseException:
        listener.close()
        raise
    return listener


def _default_state_dir() -> Path:
    from desktop_app.core.base.paths import data_dir

    return data_dir() / "demo-provider"


class DemoServer:
    """An OAuth 2.0 / OIDC authorization server and demo API on 127.0.0.1."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        state_dir: Path | None = None,
        access_token_ttl: int = 300,
        refresh_token_ttl: int = 30 * 24 * 3600,
        response_delay: float = 0.0,
    ) -> None:
        self.host = host
        self.port = port
        self.state_dir = Path(state_dir) if state_dir is not None else None
        self.stats = DemoStats()
        self._config = DemoConfig(
            issuer="",
            access_token_ttl=access_token_ttl,
            refresh_token_ttl=refresh_token_ttl,
            response_delay=response_delay,
        )
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._app: Any = None
        self._proof_key: Path | None = None

    @property
    def issuer(self) -> str:
        return self._config.issuer

    @property
    def response_delay(self) -> float:
        return self._config.response_delay

    @response_delay.setter
    def response_delay(self, seconds: float) -> None:
        self._config.response_delay = float(seconds)

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Any:
        # The Flask app needs the issuer, which needs the bound port: bind first, build after.
        if environ.get("PATH_INFO") == PROOF_PATH and self._proof_key is not None:
            return answer_challenge(environ, start_response, self.issuer, self._proof_key)
        return self._app(environ, start_response)

    def start(self) -> DemoServer:
        """Bind (port 0 picks a free port), then serve from a daemon thread."""
        if self._server is not None:
            return self
        from desktop_app.core.base.local_proof import key_path, load_key

        from .app import create_app
        from .keys import SigningKeys
        from .state import DemoState

        state_dir = self.state_dir or _default_state_dir()
        state_dir.mkdir(parents=True, exist_ok=True)
        self._proof_key = key_path()  # this user's, so their other processes can trust us
        load_key(self._proof_key)
        listener = _bind(self.host, self.port)
        try:
            server = make_server(
                self.host,
                self.port,
                self._wsgi,
                threaded=True,
                request_handler=_QuietRequestHandler,
                fd=listener.fileno(),  # werkzeug dups it; its own bind would sys.exit on failure
            )
        finally:
            listener.close()
        self.port = server.port
        host = f"[{self.host}]" if ":" in self.host else self.host
        self._config.issuer = f"http://{host}:{self.port}"
        try:
            keys = SigningKeys.load_or_create(state_dir)
            self._app = create_app(self._config, DemoState(state_dir), keys, self.stats)
        except BaseException:
            server.server_close()
            raise
        self._server = server
        # Daemon: a forgotten server must not keep the app (or Ctrl+C) from exiting.
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"demo-provider:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


_RUNNING: dict[int, DemoServer] = {}
_RUNNING_LOCK = threading.Lock()


def ensure_running(port: int = DEFAULT_PORT) -> str:
    """This user's demo provider on ``port``: started here, or one of theirs that proves it.

    The port is bound by this process first. Only when that fails is a provider already
    answering there trusted, and then only if it answers a challenge with this user's
    proof key: another local user listening first must not serve their own consent page
    into this user's browser.
    """
    with _RUNNING_LOCK:
        running = _RUNNING.get(port)
        if running is not None:
            return running.issuer
        try:
            server = DemoServer(port=port).start()
        except OSError as exc:
            if port and (issuer := is_ours(port)):
                return issuer
            raise OSError(
                errno.EADDRINUSE,
                f"port {port} is held by another program that did not prove it is your "
                "Loopgate demo provider",
            ) from exc
        _RUNNING[port] = server
        return server.issuer


def main(argv: list[str] | None = None) -> int:
    """`loopgate demo-server`: serve until Ctrl+C."""
    parser = argparse.ArgumentParser(
        prog="loopgate demo-server", description="Run the Loopgate demo OAuth/OIDC provider."
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    parser.add_argument("--access-token-ttl", type=int, default=300, metavar="SECONDS")
    parser.add_argument("--refresh-token-ttl", type=int, default=30 * 24 * 3600, metavar="SECONDS")
    parser.add_argument("--state-dir", type=Path, default=None, metavar="DIR")
    args = parser.parse_args(argv)
    server = DemoServer(
        port=args.port,
        state_dir=args.state_dir,
        access_token_ttl=args.access_token_ttl,
        refresh_token_ttl=args.refresh_token_ttl,
    )
    try:
        server.start()
    except OSError as exc:
        print(f"Could not start the demo provider on port {args.port}: {exc}", file=sys.stderr)
        return 1
    print(server.issuer, flush=True)
    stop = threading.Event()
    try:
        # Wait in short slices so Ctrl+C is seen promptly on Windows too.
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
