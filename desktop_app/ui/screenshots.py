"""Renders the README screenshots offscreen: ``python -m desktop_app.ui.screenshots [DIR]``.

``--language es_419 DIR`` renders the translated set alone (``es-419-*.png``,
``fr-CA-*.png``); the full run renders both, each in a child process.

A throwaway ``LOOPGATE_HOME`` and a demo provider on a free port keep it away from the
user's real accounts; a scripted browser approves the consent page. Besides the usual
shots it renders the window on small screens (1024 × 640, 910 × 512), in the dark
scheme, and, each in a child process of its own (Qt's scale factor is per process), at
150% and 200% scaling: ``--scaled 1.5 DIR``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# (scale factor, physical screen): 1366 × 768 at 150% is 910 × 512 logical pixels; at
# 200% a 2732 × 1536 panel gives 1366 × 768.
SCALED = {1.5: (1366, 768), 2.0: (2732, 1536)}


def _wait(app: Any, condition: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot state not reached")
        app.processEvents()
        time.sleep(0.02)


# Per language: the demo account's name, then (profile, name) of the Clio and Clover rows.
SAMPLES = {
    "en": ("Demo workspace", ("clio-eu", "Harbour Legal"), ("clover-sandbox", "Corner Bakery")),
    "es_419": ("Sucursal Centro", ("clio-us", "Bufete Ríos"), ("clover-la", "Panadería Sol")),
    "fr_CA": (
        "Espace d’essai",
        ("clio-ca", "Cabinet Tremblay"),
        ("clover-na", "Boulangerie du Coin"),
    ),
}


def _sample_accounts(engine: Any, language: str = "en") -> None:
    """Two non-demo rows (no tokens) so the table shows regions and statuses."""
    from desktop_app.core.storage.accounts import RECONNECT_NEEDED, Account, AccountIdentity

    _demo, (clio, clio_name), (clover, clover_name) = SAMPLES[language]
    now = time.time()
    engine.store.upsert(
        Account(
            id="sample-clio",
            profile_id=clio,
            label=clio_name,
            identity=AccountIdentity(subject="3482", name="Priya Natarajan", email="priya@x.eu"),
            expires_at=now + 6 * 86400 + 4000,
            issued_at=now - 86400,
            has_refresh_token=True,
            created_at=now,
        )
    )
    engine.store.upsert(
        Account(
            id="sample-clover",
            profile_id=clover,
            label=clover_name,
            identity=AccountIdentity(subject="MXK2", name=clover_name, ids={"merchant_id": "MXK2"}),
            status=RECONNECT_NEEDED,
            last_error="This connection has expired or was revoked. Please reconnect the account.",
            created_at=now,
        )
    )


@contextmanager
def demo_window(
    size: tuple[int, int] = (1180, 800), language: str = "en"
) -> Iterator[tuple[Any, Any, Any]]:
    """(app, window, engine): a started window (in ``language``) ready for sample accounts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="loopgate-shots-"))
    os.environ["LOOPGATE_HOME"] = str(home)
    os.environ["LOOPGATE_SYSTEM_CONFIG_DIR"] = str(home / "no-policy")  # this machine's: not shown
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.base.paths import data_dir
    from desktop_app.core.engine.engine import Engine
    from desktop_app.core.providers.profiles import default_registry
    from desktop_app.core.storage.store import AccountStore
    from desktop_app.core.storage.vault import MemoryVault
    from desktop_app.demo_provider.scripted_browser import approve
    from desktop_app.demo_provider.server import DemoServer

    from .common.settings import AppSettings
    from .common.theme import apply_theme, load_stylesheet
    from .shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from PySide6.QtCore import QLocale

    from .common.i18n import install_language

    install_language(language, system=QLocale("C"))  # before any window, as at start-up
    load_stylesheet(app)  # type: ignore[arg-type]
    apply_theme("light")
    with DemoServer(port=0, state_dir=home / "demo") as server:
        directory = data_dir()
        engine = Engine(
            registry=default_registry(),
            store=AccountStore(directory),
            vault=MemoryVault(),
            data_dir=directory,
            browser=lambda url: (threading.Thread(target=approve, args=(url,)).start(), True)[1],
            demo_port=server.port,
            demo_launcher=lambda _port: server.issuer,
        )
        settings = AppSettings(home / "settings.ini")
        window = MainWindow(settings, engine_factory=lambda: engine)
        window.resize(*size)
        window.show()
        window.start()
        _wait(app, lambda: window.engine is not None)
        try:
            yield app, window, engine
        finally:
            window.close()
            from .common.background import wait_for_all

            wait_for_all(10000)


def _populate(app: Any, window: Any, engine: Any, language: str = "en") -> Any:
    demo = engine.connect("demo", label=SAMPLES[language][0])
    _sample_accounts(engine, language)
    window.reload_accounts(select_id="")
    _wait(app, lambda: window.model.rowCount() == 3)
    window.table.select_account(demo.id)
    _wait(app, lambda: window.detail.ready)
    inspector = window.detail.widgets["tokenInspector"]
    _wait(app, lambda: inspector._tokens is not None and not inspector.message.text())
    return demo


def _connect_pages(app: Any, window: Any, engine: Any, shot: Any) -> None:
    """The Connect dialog: choice, not set up (with the note), administrators, waiting with
    paste-back, a refused paste, the connected card."""
    dialog = window.connect_account("demo")
    shot(dialog, "connect-choose.png")
    dialog.picker.select_profile("clover-na")
    dialog.picker.setup_missing.copy_button.click()
    shot(dialog, "connect-not-set-up.png")
    dialog.picker.select_profile("clio-us")
    dialog.picker.admin.set_expanded(True)
    shot(dialog, "connect-for-administrators.png")
    dialog.done(0)
    approver = engine.browser
    engine.browser = lambda url: True  # nobody answers: the waiting page stays
    dialog = window.connect_account("demo")
    dialog.start()
    _wait(app, lambda: dialog.url != "")
    shot(dialog, "connect-waiting.png")
    redirect = dialog.url.split("redirect_uri=", 1)[1].split("&", 1)[0]
    from urllib.parse import unquote

    dialog.paste_edit.setText(f"{unquote(redirect)}?code=8f2c&state=from-an-older-tab")
    dialog.paste_address()
    shot(dialog, "connect-paste-refused.png")
    dialog.cancel()
    _wait(app, lambda: dialog.stack.currentIndex() == 0)
    dialog.done(0)
    engine.browser = approver
    dialog = window.connect_account("demo")
    dialog.start()
    _wait(app, lambda: dialog.stack.currentIndex() == 3)
    shot(dialog, "connect-connected.png")
    dialog.done(0)


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_window() as (app, window, engine):

        def shot(widget: Any, name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = out / name
            widget.grab().save(str(path))
            saved.append(path)

        shot(window, "empty.png")
        demo = _populate(app, window, engine)
        shot(window, "main-window.png")
        _connect_pages(app, window, engine, shot)
        from desktop_app.demo_provider.scripted_browser import deny

        engine.browser = lambda url: (threading.Thread(target=deny, args=(url,)).start(), True)[1]
        dialog = window.connect_account("demo")
        dialog.start()
        _wait(app, lambda: dialog.stack.currentIndex() == 2)
        shot(dialog, "connect-denied.png")
        dialog.error.toggle.setChecked(True)
        shot(dialog, "connect-denied-details.png")
        dialog.done(0)
        from .settings.dialog import SettingsDialog

        settings_dialog = SettingsDialog(window.settings, window)
        settings_dialog.show()
        shot(settings_dialog, "settings.png")
        settings_dialog.reject()
        window.detail.show_tab("tokenInspector")
        shot(window, "inspector.png")
        inspector = window.detail.widgets["tokenInspector"]
        inspector.tabs.setCurrentIndex(1)
        shot(window, "inspector-claims.png")
        inspector.tabs.setCurrentIndex(0)
        window.detail.show_tab("apiExplorer")
        shot(window, "explorer.png")
        window.detail.show_tab("overview")
        window.table.select_account("sample-clover")
        shot(window, "overview-reconnect.png")
        _small_and_dark(app, window, demo, shot)
    for factor in SCALED:
        saved.extend(_render_scaled_in_child(factor, out))
    return saved


def _small_and_dark(app: Any, window: Any, demo: Any, shot: Any) -> None:
    from .common.theme import apply_theme

    window.table.select_account(demo.id)
    for width, height in ((1024, 640), (910, 512)):
        window.resize(width, height)
        window.detail.show_tab("tokenInspector")
        shot(window, f"small-{width}x{height}.png")
        window.detail.show_tab("apiExplorer")
        shot(window, f"small-{width}x{height}-explorer.png")
    window.resize(1180, 800)
    apply_theme("dark", window.model)
    window.detail.show_tab("overview")
    shot(window, "main-window-dark.png")
    window.detail.show_tab("tokenInspector")
    window.detail.widgets["tokenInspector"].tabs.setCurrentIndex(1)
    shot(window, "inspector-dark.png")
    window.detail.widgets["tokenInspector"].tabs.setCurrentIndex(0)
    window.detail.show_tab("overview")
    apply_theme("light", window.model)


def scaled_environment(factor: float, folder: Path) -> dict[str, str]:
    """The environment of a child that sees a screen of ``SCALED[factor]`` at ``factor``."""
    width, height = SCALED[factor]
    screen = {"name": "scaled", "x": 0, "y": 0, "width": width, "height": height}
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(factor)
    return env


def _render_scaled_in_child(factor: float, out: Path) -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="loopgate-screen-") as folder:
        env = scaled_environment(factor, Path(folder))
        command = [sys.executable, "-m", "desktop_app.ui.screenshots", "--scaled", str(factor)]
        done = subprocess.run(
            [*command, str(out)], env=env, capture_output=True, text=True, check=True
        )
    return [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]


def render_scaled(factor: float, out: Path) -> list[Path]:
    """In a child started with ``QT_SCALE_FACTOR``: the window filling the screen, Settings."""
    from PySide6.QtGui import QGuiApplication

    percent = round(factor * 100)
    saved: list[Path] = []
    with demo_window() as (app, window, engine):
        _populate(app, window, engine)
        free = QGuiApplication.primaryScreen().availableGeometry()
        window.resize(free.size())
        window.detail.show_tab("tokenInspector")
        for _ in range(3):
            app.processEvents()
        path = out / f"scaled-{percent}.png"
        window.grab().save(str(path))
        saved.append(path)
        from .settings.dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        for _ in range(3):
            app.processEvents()
        path = out / f"scaled-{percent}-settings.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.reject()
    return saved


# An organisation's policy folder, as docs/admin.md describes (packaging/admin has samples).
POLICY = {
    "allowed_providers": ["clover-acme", "clio-us", "cloverleaf"],
    "allow_custom_providers": False,
    "hide_demo": True,
    "client_ids": {"clio-us": "ACME-CLIO-1"},
    "auto_refresh": True,
    "refresh_lead_minutes": 10,
    "log_level": "info",
}
SYSTEM_PROFILE = {
    "id": "clover-acme",
    "extends": "clover-na",
    "name": "Clover (Acme)",
    "description": "Acme's Clover merchant account",
    "client_id": "ACME123",
    "redirect_relay": "https://www.acme.example/loopgate/relay/",
}


def render_with_policy(out: Path) -> list[Path]:
    """Connect and Settings as staff see them when IT applied a policy folder."""
    import json

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="loopgate-policy-shots-"))
    system = home / "system"
    (system / "providers").mkdir(parents=True)
    (system / "policy.json").write_text(json.dumps(POLICY, indent=2))
    (system / "providers" / "clover-acme.json").write_text(json.dumps(SYSTEM_PROFILE, indent=2))
    os.environ["LOOPGATE_HOME"] = str(home / "home")
    os.environ["LOOPGATE_SYSTEM_CONFIG_DIR"] = str(system)
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from desktop_app.core.policy.registry import policy_registry

    from .common.settings import AppSettings
    from .common.theme import apply_theme, load_stylesheet
    from .connect.dialog import ConnectDialog
    from .settings.dialog import SettingsDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_stylesheet(app)  # type: ignore[arg-type]
    apply_theme("light")
    out.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(home / "settings.ini")
    saved = []
    for name, widget in (
        (
            "connect-policy.png",
            ConnectDialog(SimpleNamespace(registry=policy_registry()), settings),
        ),
        ("settings-policy.png", SettingsDialog(settings)),
    ):
        if isinstance(widget, ConnectDialog):
            widget.picker.select_profile("clover-acme")
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / name))
        saved.append(out / name)
        widget.done(0)
    return saved


LANGUAGES = ("es_419", "fr_CA")


def render_language(language: str, out: Path) -> list[Path]:
    """The main window, Connect, the inspector, the explorer and Settings in ``language``:
    ``es-419-main-window.png``, ``fr-CA-inspector.png`` …"""
    prefix = language.replace("_", "-")
    saved: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    with demo_window(language=language) as (app, window, engine):

        def shot(widget: Any, name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = out / f"{prefix}-{name}"
            widget.grab().save(str(path))
            saved.append(path)

        shot(window, "empty.png")
        _populate(app, window, engine, language)
        shot(window, "main-window.png")
        dialog = window.connect_account("demo")
        shot(dialog, "connect-choose.png")
        dialog.picker.select_profile(SAMPLES[language][2][0])
        dialog.picker.setup_missing.copy_button.click()
        shot(dialog, "connect-not-set-up.png")
        dialog.done(0)
        approver = engine.browser
        engine.browser = lambda url: True  # nobody answers: the waiting page stays
        dialog = window.connect_account("demo")
        dialog.start()
        _wait(app, lambda: dialog.url != "")
        shot(dialog, "connect-waiting.png")
        dialog.cancel()
        _wait(app, lambda: dialog.stack.currentIndex() == 0)
        dialog.done(0)
        engine.browser = approver
        window.detail.show_tab("tokenInspector")
        shot(window, "inspector.png")
        window.detail.show_tab("apiExplorer")
        shot(window, "explorer.png")
        window.detail.show_tab("overview")
        window.table.select_account("sample-clover")
        shot(window, "overview-reconnect.png")
        from .settings.dialog import SettingsDialog

        settings_dialog = SettingsDialog(window.settings, window)
        settings_dialog.show()
        shot(settings_dialog, "settings.png")
        settings_dialog.reject()
    return saved


def _render_language_in_child(language: str, out: Path) -> list[Path]:
    """Each language in a process of its own: a fresh window, home and demo provider."""
    command = [sys.executable, "-m", "desktop_app.ui.screenshots", "--language", language]
    done = subprocess.run([*command, str(out)], capture_output=True, text=True, check=True)
    return [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--scaled"]:
        made = render_scaled(float(arguments[1]), Path(arguments[2]))
    elif arguments[:1] == ["--language"]:
        made = render_language(arguments[1], Path(arguments[2]))
    else:
        target = Path(arguments[0]) if arguments else Path("docs/screenshots")
        made = [*render(target), *render_with_policy(target)]
        for language in LANGUAGES:
            made.extend(_render_language_in_child(language, target))
    for made_path in made:
        print(made_path)
