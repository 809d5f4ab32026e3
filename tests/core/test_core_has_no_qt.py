"""The core never imports Qt: importable with PySide6 blocked."""

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is forbidden in the core")
sys.meta_path.insert(0, Block())
import pkgutil, importlib, desktop_app.core as core
for info in pkgutil.walk_packages(core.__path__, "desktop_app.core."):
    importlib.import_module(info.name)
import desktop_app.cli
print("ok")
"""


def test_every_core_module_imports_without_pyside6() -> None:
    """Walks all core modules (and the CLI) with PySide6 imports raising."""
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
