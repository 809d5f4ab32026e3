"""``loopgate self-test`` and ``loopgate-gui --self-test``: pass when whole, name what is broken."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from desktop_app.cli import main
from desktop_app.core.base import paths
from desktop_app.self_test import CORE_STEPS, run_steps

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


@pytest.fixture
def resources_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped resources that the running code reads instead."""
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    monkeypatch.setattr(paths, "_package_folder", lambda: copy)
    return copy


def self_test() -> tuple[int, str]:
    out = io.StringIO()
    return run_steps(CORE_STEPS, out), out.getvalue()


def test_a_whole_installation_passes_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI runs resources, profiles, keychain, TLS, JWT and the demo provider."""
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    for step in ("resources", "profiles", "keychain", "TLS", "JWT", "demo provider"):
        assert f"ok   {step}" in out
    assert "self-test passed: 6 steps" in out


def test_a_removed_resource_fails_naming_the_file(resources_copy: Path) -> None:
    """A wheel or bundle that lost a file says which one, and exits non-zero."""
    (resources_copy / "styles" / "app.qss").unlink()
    code, out = self_test()
    assert code == 1
    assert "FAIL resources" in out and "styles/app.qss" in out
    assert "self-test FAILED: resources" in out


def test_a_damaged_profile_fails_naming_the_file(resources_copy: Path) -> None:
    """A built-in profile that no longer parses is named with its line."""
    (resources_copy / "providers" / "clio.json").write_text('{"id": "clio",')
    code, out = self_test()
    assert code == 1 and "FAIL profiles" in out and "clio.json" in out


def test_a_missing_keychain_backend_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen build without its OS backend: the step says no usable backend was found."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    code, out = self_test()
    assert code == 1 and "FAIL keychain" in out and "no usable keychain backend" in out
    assert "ok   TLS" in out  # the other steps still ran and reported


def test_the_gui_self_test_also_paints_styles_and_renders_icons(qapp: Any) -> None:
    """The window, the style sheet, SVG icons and every panel module, then the core steps."""
    from desktop_app.ui.shell.self_test import run

    out = io.StringIO()
    assert run(out) == 0, out.getvalue()
    for step in ("window", "style sheet", "icons", "panels", "keychain", "demo provider"):
        assert f"ok   {step}" in out.getvalue()
