"""Prove the frozen build works: contents, GUI smoke start, CLI end to end, size, start time.

``python packaging/check.py`` builds the bundle first when it is missing or older than
its sources, then checks, in order:

1. the bundle: every resource at ``<_MEIPASS>/desktop_app/resources`` (the package
   ``desktop_app.resources``), the SVG plugins, keyring's entry points, none of the Qt
   modules the app does not use, and none of the files ``bundle_rules.py`` drops on this OS;
2. ``loopgate-gui --smoke`` offscreen exits 0 (timed against ``python -m desktop_app``);
3. ``loopgate --version`` prints ``desktop_app.__version__``;
4. (Linux, or ``--e2e``) the frozen CLI against the demo provider, with a scripted browser
   approving the consent page: ``connect demo``, ``token``, ``call GET /api/me``,
   ``disconnect``; on Linux inside ``tests/with_keychain.sh`` (a real gnome-keyring in a
   private D-Bus session), checking the tokens landed in the Secret Service and left it.

It ends with one line ``N passed, M failed`` and exits non-zero on any failure. The
Makefile (``make package-check``) and the release workflow both run this file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from app_version import app_version  # noqa: E402
from build import build, bundle_dir, executables, is_up_to_date, tree_size  # noqa: E402
from bundle_rules import dropped, resource_left_out  # noqa: E402

IS_LINUX = sys.platform.startswith("linux")
SMOKE_RUNS = 5
TIMEOUT = 120
QT_UNWANTED = ("WebEngine", "Qml", "Quick", "Qt3D", "Multimedia", "Pdf", "Designer", "Charts")


class Checks:
    """Runs named checks, prints one line each, keeps the score."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def run(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.monotonic()
        try:
            detail = fn()
        except Exception as exc:  # a failed check reports and the others still run
            self.failed += 1
            print(f"FAIL  {name}: {exc}", flush=True)
            return False
        self.passed += 1
        elapsed = time.monotonic() - started
        print(f"ok    {name} ({elapsed:.1f} s){': ' + detail if detail else ''}", flush=True)
        return True


def ensure_built(force: bool) -> Path:
    if force or not is_up_to_date():
        print("building the bundle (missing, or its sources changed)…", flush=True)
        return build(clean=False)
    print(f"using the existing build in {bundle_dir().relative_to(ROOT)}", flush=True)
    return bundle_dir()


def meipass(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the executables."""
    if sys.platform == "darwin":
        return bundle / "Contents" / "Frameworks"
    return bundle / "_internal"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(command: list[str], env: dict[str, str], timeout: float = TIMEOUT):
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def base_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["LOOPGATE_HOME"] = str(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# -- 1. contents ------------------------------------------------------------------------
def bundled_resources(internal: Path) -> Path:
    """``resources/`` is the package ``desktop_app.resources`` in every install."""
    return internal / "desktop_app" / "resources"


def check_contents(bundle: Path) -> str:
    internal = meipass(bundle)
    resources = bundled_resources(internal)
    source = ROOT / "resources"
    expected = {
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and not resource_left_out(p.relative_to(source).as_posix())
    }
    present = {p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()}
    missing = sorted(expected - present)
    if missing:
        raise AssertionError(f"missing from {resources.relative_to(bundle)}: {missing}")
    extra = sorted(n for n in present - expected if resource_left_out(n))
    if extra:
        raise AssertionError(f"left-out resources bundled after all: {extra}")
    entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    if not entry_points or "keyring.backends" not in entry_points[0].read_text():
        raise AssertionError("keyring's entry points are not bundled: no backend would be found")
    names = [p.name for p in internal.rglob("*")]
    if not any("qsvg" in n for n in names):
        raise AssertionError("no Qt SVG image plugin: every icon would be blank")
    unwanted = sorted({n for n in names if any(w in n for w in QT_UNWANTED)})
    if unwanted:
        raise AssertionError(f"unused Qt modules bundled: {unwanted[:8]}")
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise AssertionError(f"dangling symlinks: {dangling[:5]}")
    qt_modules = sorted(p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*"))
    return f"{len(present)} resources, keyring entry points, SVG plugins; Qt modules: " + " ".join(
        qt_modules
    )


def check_trimmed(bundle: Path) -> str:
    """Nothing that packaging/bundle_rules.py drops for this OS came back."""
    internal = meipass(bundle)
    prefixes = dropped()
    back = sorted(
        rel
        for p in internal.rglob("*")
        if (rel := p.relative_to(internal).as_posix()).startswith(prefixes)
    )
    if back:
        raise AssertionError(f"dropped files are back in the bundle: {back[:10]}")
    return f"none of {len(prefixes)} dropped prefixes present ({sys.platform})"


def size_report(bundle: Path) -> str:
    """One line per OS, e.g. ``bundle (linux x86_64): … MB, of which PySide6 … MB``."""
    size = tree_size(bundle)
    qt = meipass(bundle) / "PySide6"
    qt_size = tree_size(qt) if qt.exists() else 0
    return (
        f"bundle ({sys.platform} {platform.machine()}): {bundle.relative_to(ROOT)} "
        f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), of which PySide6 {qt_size / 1e6:.1f} MB"
    )


# -- 2. GUI smoke -------------------------------------------------------------------------
def smoke_once(command: list[str]) -> tuple[float, str]:
    with tempfile.TemporaryDirectory(prefix="loopgate-smoke-") as home:
        started = time.perf_counter()
        result = run([*command, "--smoke"], base_env(Path(home)), timeout=60)
        wall = time.perf_counter() - started
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise AssertionError(f"{command[0]} --smoke exited {result.returncode}: {tail}")
    painted = [line for line in result.stderr.splitlines() if "first paint" in line]
    return wall, painted[-1].split("after", 1)[-1].strip() if painted else "?"


def check_smoke(gui: Path, timings: dict[str, float]) -> str:
    source = [sys.executable, "-m", "desktop_app"]
    frozen_walls, source_walls, paints = [], [], []
    smoke_once([str(gui)])  # warm the page cache once, as a user's second start would be
    for _ in range(SMOKE_RUNS):  # interleaved, so both see the same machine load
        wall, paint = smoke_once([str(gui)])
        frozen_walls.append(wall)
        paints.append(paint)
        source_walls.append(smoke_once(source)[0])
    timings["frozen"] = statistics.median(frozen_walls)
    timings["source"] = statistics.median(source_walls)
    return (
        f"exit 0 in {timings['frozen'] * 1000:.0f} ms (median of {SMOKE_RUNS}; "
        f"the app reports first paint after {paints[-1]})"
    )


# -- 2b. self-test -----------------------------------------------------------------------
def check_self_test(command: list[str]) -> str:
    """``--self-test``/``self-test`` passes: resources, keychain backend, TLS, JWT, demo."""
    with tempfile.TemporaryDirectory(prefix="loopgate-self-test-") as home:
        result = run(command, base_env(Path(home)), timeout=180)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}")
    return result.stdout.strip().splitlines()[-1]


def check_self_test_names_a_removed_resource(bundle: Path) -> str:
    """A copy of the bundle (hard links) without its style sheet must fail, naming the file."""
    with tempfile.TemporaryDirectory(prefix="loopgate-broken-bundle-") as scratch:
        copy = Path(scratch) / bundle.name
        shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link)
        removed = bundled_resources(meipass(copy)) / "styles" / "app.qss"
        removed.unlink()
        _gui, cli = executables(copy)
        with tempfile.TemporaryDirectory(prefix="loopgate-self-test-") as home:
            result = run([str(cli), "self-test"], base_env(Path(home)), timeout=180)
    if result.returncode == 0 or "styles/app.qss" not in result.stdout:
        raise AssertionError(f"the self-test did not name the removed file:\n{result.stdout}")
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    return f"exit {result.returncode}: {failed[0][:100] if failed else '?'}"


# -- 3. version --------------------------------------------------------------------------
def check_version(cli: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="loopgate-ver-") as home:
        result = run([str(cli), "--version"], base_env(Path(home)), timeout=60)
    expected = f"loopgate {app_version()}"
    if result.returncode != 0 or result.stdout.strip() != expected:
        raise AssertionError(f"expected {expected!r}, got {result.stdout!r} {result.stderr!r}")
    return expected


# -- 4. CLI end to end --------------------------------------------------------------------
def secret_service_items(account_id: str) -> list[str]:
    """Usernames of Loopgate's Secret Service items for one account (read from the source
    venv's keyring, in the same D-Bus session as the frozen CLI)."""
    import keyring
    import secretstorage
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        raise AssertionError(f"the test session's keyring is {type(backend).__name__}")
    with secretstorage.dbus_init() as connection:
        items = secretstorage.search_items(connection, {"service": "Loopgate"})
        names = [item.get_attributes().get("username", "") for item in items]
    return [n for n in names if account_id in n]


def check_cli_e2e(cli: Path, python: str = sys.executable, source: Path | None = ROOT) -> str:
    """The demo story through ``cli``; ``python -m …scripted_browser`` is the browser
    (``source`` is put on its ``PYTHONPATH``; ``None`` for an installed copy)."""
    home = Path(tempfile.mkdtemp(prefix="loopgate-e2e-"))
    env = base_env(home)
    env["LOOPGATE_DEMO_PORT"] = str(free_port())
    browser = [python, "-m", "desktop_app.demo_provider.scripted_browser"]
    env["BROWSER"] = shlex.join(browser) + " %s"
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    else:
        env.pop("PYTHONPATH", None)
    use_secret_service = IS_LINUX and bool(os.environ.get("LOOPGATE_KEYCHAIN_SESSION"))
    steps = []

    def loopgate(*args: str, expect: int = 0) -> str:
        result = run([str(cli), *args], env)
        if result.returncode != expect:
            raise AssertionError(
                f"loopgate {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}"
            )
        if "session-only" in result.stderr:
            raise AssertionError("the frozen CLI fell back to session-only mode (no keychain)")
        return result.stdout

    try:
        account_id = loopgate("connect", "demo", "--timeout", "60").strip()
        if not account_id or len(account_id.split()) != 1:
            raise AssertionError(f"connect printed {account_id!r}, not an account id")
        steps.append(f"connect -> {account_id}")
        if use_secret_service:
            stored = secret_service_items(account_id)
            if not stored:
                raise AssertionError("no Secret Service item for the new account")
            steps.append(f"{len(stored)} Secret Service item(s)")
        listed = json.loads(loopgate("list", "--json"))
        if [a.get("status") for a in listed if a.get("id") == account_id] != ["connected"]:
            raise AssertionError(f"list --json does not show the account as connected: {listed}")
        token = loopgate("token", account_id)
        if token.count("\n") != 1 or not token.startswith("ey"):
            raise AssertionError(f"token printed {token[:40]!r}…")
        steps.append("token")
        me = json.loads(loopgate("call", account_id, "GET", "/api/me"))
        if not me.get("sub"):
            raise AssertionError(f"/api/me answered {me}")
        steps.append(f"call /api/me -> {me.get('name')}")
        loopgate("disconnect", account_id)
        if json.loads(loopgate("list", "--json")):
            raise AssertionError("the account is still listed after disconnect")
        if use_secret_service and secret_service_items(account_id):
            raise AssertionError("Secret Service items left after disconnect")
        loopgate("token", account_id, expect=1)
        steps.append("disconnect (keychain emptied)" if use_secret_service else "disconnect")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return ", ".join(steps)


def in_keychain_session(argv: list[str], script: Path = Path(__file__)) -> None:
    """Linux: re-run ``script`` inside tests/with_keychain.sh (gnome-keyring + D-Bus)."""
    if not IS_LINUX or os.environ.get("LOOPGATE_KEYCHAIN_SESSION"):
        return
    if not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")):
        print("note: gnome-keyring or dbus-run-session missing: no Secret Service check")
        return
    wrapper = ROOT / "tests" / "with_keychain.sh"
    os.execvp("sh", ["sh", str(wrapper), sys.executable, str(script), *argv])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build even when up to date")
    parser.add_argument("--no-build", action="store_true", help="check dist/ as it is")
    parser.add_argument("--e2e", action=argparse.BooleanOptionalAction, default=IS_LINUX,
                        help="the CLI demo flow (default: on Linux)")  # fmt: skip
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = bundle_dir() if args.no_build else ensure_built(args.rebuild)
    if args.e2e:
        in_keychain_session(argv)
    gui, cli = executables(bundle)
    checks = Checks()
    timings: dict[str, float] = {}
    checks.run("bundle contents", lambda: check_contents(bundle))
    checks.run("bundle trimmed (packaging/bundle_rules.py)", lambda: check_trimmed(bundle))
    checks.run("frozen GUI --smoke (offscreen)", lambda: check_smoke(gui, timings))
    checks.run("frozen CLI --version", lambda: check_version(cli))
    if args.e2e or not IS_LINUX:  # on Linux the keychain step needs the D-Bus session
        checks.run("frozen GUI --self-test", lambda: check_self_test([str(gui), "--self-test"]))
        checks.run("frozen CLI self-test", lambda: check_self_test([str(cli), "self-test"]))
        checks.run(
            "self-test names a removed resource",
            lambda: check_self_test_names_a_removed_resource(bundle),
        )
    if args.e2e:
        checks.run("frozen CLI end to end (demo provider)", lambda: check_cli_e2e(cli))
    print(size_report(bundle))
    if timings:
        print(
            f"start to first idle (--smoke, wall): frozen {timings['frozen'] * 1000:.0f} ms, "
            f"source {timings['source'] * 1000:.0f} ms, "
            f"ratio {timings['frozen'] / timings['source']:.2f}"
        )
    print(f"package check took {time.monotonic() - started:.0f} s")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
