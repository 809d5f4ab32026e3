"""The one thing ``pyproject.toml`` cannot say: the top-level ``resources/`` folder is the
package ``desktop_app.resources``.

Everything else (metadata, dependencies, package data) lives in ``pyproject.toml``.
Packages are found as ``[tool.setuptools.packages.find]`` would (namespaces included),
so new sub-packages of ``desktop_app`` need no edit here.
"""

from setuptools import find_namespace_packages, setup

CODE = find_namespace_packages(include=["desktop_app", "desktop_app.*"], exclude=["*.__pycache__"])

setup(
    packages=[*CODE, "desktop_app.resources"],
    # The repository keeps resources/ at the top; installed, it is desktop_app/resources.
    package_dir={"desktop_app.resources": "resources"},
)
