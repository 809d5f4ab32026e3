"""Loopgate's bundled data, installed as the ``desktop_app.resources`` package.

The folder stays at the top of the repository; ``setup.py`` maps it into the package
namespace (``package_dir``) so that wheels, editable installs and the PyInstaller bundle
all hold it at ``desktop_app/resources``. Read it through
``desktop_app.core.base.paths.resources_dir()`` (``importlib.resources``), never by a path
relative to a source file.
"""
