"""What the one-folder bundle leaves out, per OS: read by the spec (to drop it) and by
``check.py`` (to fail when a dropped file comes back).

PyInstaller lays PySide6 out differently per OS (``PyInstaller/utils/hooks/qt``):

- Linux, macOS: ``PySide6/Qt/lib`` (libraries, frameworks), ``PySide6/Qt/plugins/<type>/libq*``,
  ``PySide6/Qt/translations``;
- Windows: the DLLs directly in ``PySide6/`` (``Qt6Core.dll``, ``opengl32sw.dll``),
  ``PySide6/plugins/<type>/q*.dll``, ``PySide6/translations``.

Paths are relative to ``<_MEIPASS>`` (``_internal/``; ``Contents/Frameworks`` on macOS),
with forward slashes. Every entry is a prefix.
"""

from __future__ import annotations

import sys

# Image formats the app never reads: every icon is an SVG (qsvg), the tray may use qico,
# and PNG is built into QtGui.
UNUSED_IMAGE_FORMATS = ("gif", "icns", "jpeg", "pdf", "tga", "tiff", "wbmp", "webp")


def qt_prefix(platform: str = sys.platform) -> str:
    return "PySide6" if platform == "win32" else "PySide6/Qt"


def dropped(platform: str = sys.platform) -> tuple[str, ...]:
    """Prefixes (relative to ``<_MEIPASS>``) that must not be in the bundle on ``platform``."""
    qt = qt_prefix(platform)
    plugins = f"{qt}/plugins"
    plugin = "q" if platform == "win32" else "libq"  # qgif.dll, libqgif.so, libqgif.dylib
    common = (
        # Qt's own (≈ 30 MB): the app ships the two it loads, qtbase_es/fr.qm, in resources
        f"{qt}/translations/",
        f"{plugins}/generic/",  # touch/tablet input plugins (TUIO, evdev, libinput)
        f"{plugins}/networkinformation/",  # QNetworkInformation is not used
        *(f"{plugins}/imageformats/{plugin}{fmt}" for fmt in UNUSED_IMAGE_FORMATS),
    )
    if platform == "win32":
        return (
            *common,
            f"{qt}/opengl32sw.dll",  # Mesa's software OpenGL (~20 MB); widgets need no OpenGL
            f"{qt}/Qt6Pdf.dll",  # only the dropped qpdf image plugin needs it
            f"{plugins}/platforms/qdirect2d",  # experimental Direct2D platform; qwindows is the one
        )
    if platform == "darwin":
        return (
            *common,
            f"{qt}/lib/QtPdf.framework",  # only the dropped qpdf image plugin needs it
        )
    return (
        *common,
        # The GTK3 theme would bundle a private GTK, cairo and pango (~20 MB) that must match
        # the desktop's; the portal theme and Qt's own style do the job.
        f"{plugins}/platformthemes/libqgtk3",
        f"{plugins}/platforms/libqvnc",
        f"{plugins}/platforms/libqlinuxfb",
        f"{plugins}/platforms/libqminimalegl",
        f"{plugins}/platforms/libqvkkhrdisplay",
        f"{plugins}/platforms/libqeglfs",
        f"{plugins}/egldeviceintegrations/",
        f"{qt}/lib/libQt6EglFs",
        f"{qt}/lib/libQt6EglFS",
    )


# resources/ files the running app does not use (the installers take the .ico/.icns from
# the repository; the app loads the compiled .qm, not the .ts catalogues), and build leftovers.
RESOURCE_SUFFIXES_LEFT_OUT = (".ico", ".icns", ".ts", ".pyc", ".pyo")


def resource_left_out(relative: str) -> bool:
    """``relative``: a path inside resources/, with forward slashes."""
    return (
        relative.endswith(RESOURCE_SUFFIXES_LEFT_OUT)
        or "__pycache__/" in relative
        or relative.rsplit("/", 1)[-1] == ".DS_Store"
    )
