"""Prove the sdist and the wheel work once installed: ``make dist-check``.

``python packaging/check_dist.py`` builds both with ``python -m build`` (the wheel from the
sdist, as PyPI users and pipx get it), checks what each holds, then for EACH of them:

1. creates a fresh venv in a temporary folder outside the checkout and ``pip install``\\ s
   the artifact (the sdist is built again by pip, in isolation), its dependencies
   resolved by pip from the artifact's own metadata but held to the versions of
   ``requirements/lock.txt`` (so pip's cache serves them); then ``pip check``;
2. makes sure the venv runs the installed copy (not this checkout) and that
   ``resources_dir()`` lies inside the venv;
3. ``loopgate --version`` and ``loopgate providers --json`` (non-empty; demo, clover,
   clio and cloverleaf present);
4. the demo story: ``loopgate connect demo`` with the installed scripted browser as
   ``$BROWSER`` → ``list``, ``token``, ``call GET /api/me``, ``disconnect``; on Linux inside
   ``tests/with_keychain.sh``, so the tokens go through a real Secret Service keychain;
5. ``loopgate-gui --smoke`` with ``QT_QPA_PLATFORM=offscreen``.

Each step prints one line; the run ends with ``N passed, M failed`` and the names of the
failed steps, and exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import email
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from app_version import app_version  # noqa: E402
from check import Checks, base_env, check_cli_e2e, in_keychain_session  # noqa: E402

LOCK = ROOT / "requirements" / "lock.txt"
IS_WIN = sys.platform == "win32"
PROVIDER_FAMILIES = ("demo", "clover", "clio", "cloverleaf")
# What every install must carry (paths inside the package), and what it must not.
NEEDED = (
    "desktop_app/resources/__init__.py",
    "desktop_app/resources/providers/demo.json",
    "desktop_app/resources/providers/clover.json",
    "desktop_app/resources/providers/clio.json",
    "desktop_app/resources/providers/cloverleaf.json",
    "desktop_app/resources/pages/page.html",
    "desktop_app/resources/pages/pages.json",
    "desktop_app/resources/styles/app.qss",
    "desktop_app/resources/icons/loopgate.svg",
    "desktop_app/resources/translations/loopgate_es_419.qm",
    "desktop_app/resources/translations/loopgate_fr_CA.qm",
    "desktop_app/resources/translations/qtbase_es.qm",
    "desktop_app/demo_provider/scripted_browser.py",
)
UNWANTED = re.compile(r"(__pycache__/|\.py[co]$|\.ico$|\.icns$|\.DS_Store$)")
STEP_TIMEOUT = 600


class StepFailed(AssertionError):
    pass


def sh(command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
       timeout: float = STEP_TIMEOUT) -> str:  # fmt: skip
    """Runs a command; its stdout, or ``StepFailed`` with the tail of its output."""
    result = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if result.returncode != 0:
        tail = (result.stderr.strip() or result.stdout.strip()).splitlines()[-8:]
        shown = " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command))
        raise StepFailed(f"`{shown[:160]}` exited {result.returncode}:\n      " +
                         "\n      ".join(tail))  # fmt: skip
    return result.stdout


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH and no checkout on the path: the venv must stand on its own."""
    env = base_env(home)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


# -- building ---------------------------------------------------------------------------
def build_dists(out: Path) -> tuple[Path, Path]:
    """``python -m build``: the sdist, then the wheel built from it (isolated, as pip does)."""
    sh([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], cwd=out.parent)
    sdists, wheels = sorted(out.glob("*.tar.gz")), sorted(out.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise StepFailed(f"expected one sdist and one wheel in {out}, got {os.listdir(out)}")
    return sdists[0], wheels[0]


def check_wheel(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        dist_info = next(n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info"))
        metadata = email.message_from_string(archive.read(f"{dist_info}/METADATA").decode())
    missing = [n for n in NEEDED if n not in names]
    if missing:
        raise StepFailed(f"the wheel lacks {missing}")
    junk = [n for n in names if UNWANTED.search(n)]
    if junk:
        raise StepFailed(f"the wheel carries files it should not: {junk[:8]}")
    if f"{dist_info}/licenses/LICENSE" not in names:
        raise StepFailed(f"no {dist_info}/licenses/LICENSE in the wheel")
    if metadata.get("License-Expression") != "MIT" or "LICENSE" not in metadata.get_all(
        "License-File", []
    ):
        raise StepFailed("METADATA lacks License-Expression: MIT / License-File: LICENSE")
    if metadata.get("Version") != app_version():
        raise StepFailed(f"wheel version {metadata.get('Version')} != {app_version()}")
    resources = sum(n.startswith("desktop_app/resources/") for n in names)
    return f"{wheel.name}: {len(names)} files ({resources} resources), LICENSE, MIT"


def check_sdist(sdist: Path) -> str:
    with tarfile.open(sdist) as archive:
        names = [n.split("/", 1)[1] for n in archive.getnames() if "/" in n]
    needed = ["LICENSE", "README.md", "pyproject.toml", "setup.py", "resources/__init__.py",
              "resources/providers/demo.json", "resources/pages/page.html",
              "desktop_app/__init__.py"]  # fmt: skip
    missing = [n for n in needed if n not in names]
    if missing:
        raise StepFailed(f"the sdist lacks {missing}")
    junk = [n for n in names if UNWANTED.search(n)]
    if junk:
        raise StepFailed(f"the sdist carries files it should not: {junk[:8]}")
    return f"{sdist.name}: {len(names)} files"


# -- one install ------------------------------------------------------------------------
def lock_constraints(target: Path) -> Path:
    """requirements/lock.txt without its hashes: pins that pip may use as constraints
    (hashes would force every requirement, the artifact's own ranges too, into hash mode)."""
    text = LOCK.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = []
    for line in text.splitlines():
        line = re.sub(r"\s--hash=\S+", "", line.split("#", 1)[0]).strip()
        if line:
            pins.append(line)
    target.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return target


def venv_paths(venv: Path) -> tuple[Path, Path, Path]:
    """(python, loopgate, loopgate-gui) inside a venv."""
    scripts = venv / ("Scripts" if IS_WIN else "bin")
    suffix = ".exe" if IS_WIN else ""
    return tuple(scripts / f"{name}{suffix}" for name in ("python", "loopgate", "loopgate-gui"))


def install(artifact: Path, venv: Path, constraints: Path) -> str:
    started = time.monotonic()
    sh([sys.executable, "-m", "venv", str(venv)])
    python = venv_paths(venv)[0]
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    sh([*pip, "install", "--quiet", "--upgrade", "pip"])
    sh([*pip, "install", "--quiet", "--constraint", str(constraints), str(artifact)])
    sh([*pip, "check"])
    versions = sh([*pip, "list", "--format", "json"])
    pinned = {p["name"].lower(): p["version"] for p in json.loads(versions)}
    qt = pinned.get("pyside6-essentials") or pinned.get("pyside6_essentials")
    return f"{artifact.name} into {venv} in {time.monotonic() - started:.0f} s (PySide6 {qt})"


def check_isolated(venv: Path, home: Path) -> str:
    python = venv_paths(venv)[0]
    probe = (
        "import desktop_app, json; from desktop_app.core.base.paths import resources_dir; "
        "print(json.dumps([desktop_app.__file__, str(resources_dir())]))"
    )
    package, resources = json.loads(sh([str(python), "-c", probe], env=clean_env(home), cwd=home))
    for label, where in (("desktop_app", package), ("resources_dir()", resources)):
        path = Path(where).resolve()
        if not path.is_relative_to(venv.resolve()):
            raise StepFailed(f"{label} resolves to {path}, outside the venv {venv}")
        if path.is_relative_to(ROOT):
            raise StepFailed(f"{label} resolves into the checkout: {path}")
    return f"resources_dir() = {Path(resources).relative_to(venv)}"


def check_cli_basics(venv: Path, home: Path) -> str:
    _python, cli, _gui = venv_paths(venv)
    env = clean_env(home)
    version = sh([str(cli), "--version"], env=env, cwd=home).strip()
    if version != f"loopgate {app_version()}":
        raise StepFailed(f"loopgate --version printed {version!r}")
    listed = json.loads(sh([str(cli), "providers", "--json"], env=env, cwd=home) or "[]")
    ids = [p.get("id", "") for p in listed]
    if not ids:
        raise StepFailed("loopgate providers --json listed no provider")
    absent = [f for f in PROVIDER_FAMILIES if not any(i == f or i.startswith(f + "-") for i in ids)]
    if absent:
        raise StepFailed(f"providers missing: {absent} (listed: {ids})")
    return f"{version}; {len(ids)} providers: {' '.join(ids)}"


def check_demo_story(venv: Path) -> str:
    python, cli, _gui = venv_paths(venv)
    return check_cli_e2e(cli, python=str(python), source=None)


def check_gui_smoke(venv: Path, home: Path) -> str:
    _python, _cli, gui = venv_paths(venv)
    env = clean_env(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(gui), "--smoke"], env=env, cwd=home, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise StepFailed(f"loopgate-gui --smoke exited {result.returncode}: {tail}")
    painted = [line for line in result.stderr.splitlines() if "first paint" in line]
    return painted[-1].strip() if painted else "exit 0"


def check_gui_self_test(venv: Path, home: Path) -> str:
    """The installed copy's ``loopgate-gui --self-test`` (window, icons, keychain, TLS, demo)."""
    _python, _cli, gui = venv_paths(venv)
    env = clean_env(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [str(gui), "--self-test"], env=env, cwd=home, capture_output=True, text=True,
        timeout=180, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if result.returncode != 0:
        raise StepFailed(f"loopgate-gui --self-test exited {result.returncode}:\n{result.stdout}")
    return result.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("wheel", "sdist"), help="install just one of them")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--dist-dir", type=Path, help="copy the checked sdist and wheel here")
    parser.add_argument("--e2e", action=argparse.BooleanOptionalAction, default=True,
                        help="the demo story (default: on)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.e2e:
        in_keychain_session(argv, Path(__file__))
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="loopgate-dist-"))
    if work.resolve().is_relative_to(ROOT):
        raise SystemExit(f"the temporary folder {work} lies inside the checkout; set TMPDIR")
    checks = Checks()
    failed: list[str] = []

    def step(name: str, fn) -> bool:  # type: ignore[no-untyped-def]
        ok = checks.run(name, fn)
        if not ok:
            failed.append(name)
        return ok

    built: dict[str, Path] = {}

    def do_build() -> str:
        built["sdist"], built["wheel"] = build_dists(work / "dist")
        return f"{built['sdist'].name}, {built['wheel'].name}"

    try:
        if step("build sdist + wheel (python -m build)", do_build):
            step("wheel contents", lambda: check_wheel(built["wheel"]))
            step("sdist contents", lambda: check_sdist(built["sdist"]))
            constraints = lock_constraints(work / "lock-constraints.txt")
            for kind in ("wheel", "sdist"):
                if args.only and kind != args.only:
                    continue
                venv, home = work / f"venv-{kind}", work / f"home-{kind}"
                home.mkdir()
                if not step(f"{kind}: pip install into a fresh venv",
                            lambda k=kind, v=venv: install(built[k], v, constraints)):  # fmt: skip
                    continue
                step(f"{kind}: runs the installed copy",
                     lambda v=venv, h=home: check_isolated(v, h))  # fmt: skip
                step(f"{kind}: loopgate --version, providers --json",
                     lambda v=venv, h=home: check_cli_basics(v, h))  # fmt: skip
                if args.e2e:
                    step(f"{kind}: demo connect, call, disconnect (scripted $BROWSER)",
                         lambda v=venv: check_demo_story(v))  # fmt: skip
                step(f"{kind}: loopgate-gui --smoke (offscreen)",
                     lambda v=venv, h=home: check_gui_smoke(v, h))  # fmt: skip
                if args.e2e:  # the keychain step needs the session the e2e run starts
                    step(f"{kind}: loopgate-gui --self-test (offscreen)",
                         lambda v=venv, h=home: check_gui_self_test(v, h))  # fmt: skip
        if args.dist_dir and built and not failed:
            args.dist_dir.mkdir(parents=True, exist_ok=True)
            for artifact in built.values():
                shutil.copy2(artifact, args.dist_dir / artifact.name)
            print(f"copied {', '.join(a.name for a in built.values())} to {args.dist_dir}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"dist check took {time.monotonic() - started:.0f} s")
    if failed:
        print("failed steps: " + "; ".join(failed))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
