"""Dependency floors stay past known advisories, and every build installs the hashed lock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
# The first fixed release of each advisory the security review named (issue 10, item 11).
ADVISORIES = {
    "requests": ("2.32.4", "CVE-2024-35195, CVE-2024-47081"),
    "pyjwt": ("2.10.1", "CVE-2024-53861"),
    "authlib": ("1.3.1", "CVE-2024-37568"),
}


def declared() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = (Requirement(line) for line in project["dependencies"])
    return {r.name.lower(): r for r in requirements}


def locked() -> dict[str, Version]:
    text = (ROOT / "requirements" / "lock.txt").read_text()
    pins: dict[str, Version] = {}
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", text, re.MULTILINE):
        pins.setdefault(name.lower(), Version(version))
    return pins


@pytest.mark.parametrize("name", sorted(ADVISORIES))
def test_no_declared_floor_admits_a_version_with_a_known_advisory(name: str) -> None:
    """Each floor is at or past the release that fixed the advisory."""
    fixed, advisory = ADVISORIES[name]
    floors = [Version(s.version) for s in declared()[name].specifier if s.operator == ">="]
    assert floors and min(floors) >= Version(fixed), f"{name} floor admits {advisory}"


def test_the_lock_pins_every_declared_dependency_within_its_range() -> None:
    """What CI and releases install satisfies what the package declares."""
    pins = locked()
    for name, requirement in declared().items():
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        assert name in pins, f"{name} is not in requirements/lock.txt"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]}"


def test_the_qt_pin_keeps_the_crashing_release_out() -> None:
    """PySide6 6.12.0 aborts on Python 3.11 after a few hundred signal emits (design §7)."""
    qt = declared()["pyside6-essentials"].specifier
    assert not qt.contains("6.12.0") and qt.contains("6.11.3")
    assert locked()["pyside6-essentials"] < Version("6.12")


def test_every_install_path_uses_the_hashed_lock() -> None:
    """make (tests, run, packaging) and both workflows install with hashes checked."""
    sources = [ROOT / "Makefile", *sorted((ROOT / ".github" / "workflows").glob("*.yml"))]
    for source in sources:
        text = source.read_text()
        if "pip install" in text:
            assert "--require-hashes -r" in text and "lock.txt" in text, source.name
    assert "--hash=sha256:" in (ROOT / "requirements" / "lock.txt").read_text()
