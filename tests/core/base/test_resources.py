"""Bundled data reaches the app the same way from a checkout, an install and a frozen build."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from desktop_app.core.base.errors import LoopbackError, LoopgateError
from desktop_app.core.base.paths import resources_dir
from desktop_app.core.oauth.loopback import load_pages

ROOT = Path(__file__).resolve().parents[3]


def test_resources_are_the_desktop_app_resources_package() -> None:
    """``resources/`` is importable as ``desktop_app.resources`` (setup.py's package_dir)."""
    folder = resources_dir()
    assert folder == Path(str(importlib.resources.files("desktop_app.resources")))
    assert folder.resolve() == (ROOT / "resources").resolve()
    for name in ("demo", "clover", "clio", "cloverleaf"):
        assert (folder / "providers" / f"{name}.json").is_file()
    assert (folder / "pages" / "page.html").is_file()


def test_a_missing_resources_folder_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Never an empty provider list: the message says which folder is missing."""
    from desktop_app.core.base import paths

    monkeypatch.setattr(paths, "_package_folder", lambda: None)
    monkeypatch.setattr(importlib.resources, "files", lambda _name: tmp_path / "gone")
    with pytest.raises(LoopgateError) as caught:
        resources_dir()
    assert str(tmp_path / "gone" / "providers") in caught.value.message


def test_a_half_installed_resources_folder_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Profiles present but the loopback pages gone: the pages folder is named."""
    from desktop_app.core.base import paths

    (tmp_path / "providers").mkdir()
    monkeypatch.setattr(paths, "_package_folder", lambda: tmp_path)
    with pytest.raises(LoopgateError, match="pages"):
        resources_dir()


def test_a_damaged_loopback_page_is_named(tmp_path: Path) -> None:
    """A truncated pages.json (or a missing page.html) names the file, not a JSON offset."""
    (tmp_path / "page.html").write_text((ROOT / "resources/pages/page.html").read_text())
    (tmp_path / "pages.json").write_text('{"success": {')
    with pytest.raises(LoopbackError) as caught:
        load_pages(tmp_path)
    assert str(tmp_path / "pages.json") in caught.value.message
    (tmp_path / "page.html").unlink()
    with pytest.raises(LoopbackError, match=r"page\.html"):
        load_pages(tmp_path)
