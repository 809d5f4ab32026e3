"""Child process for the scaling tests: ``python -m tests.ui.scaled_survey``.

Qt's scale factor is fixed per process, so the tests start this with ``QT_SCALE_FACTOR``
and an offscreen screen of the wanted size (``screenshots.scaled_environment``). It
opens the Demo window filling the screen, surveys every panel and dialog
(``layout_check.survey``) and prints the report as JSON on the last line.
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.screenshots import _populate, demo_window
    from desktop_app.ui.shell.main_window import first_size
    from tests.ui.layout_check import survey

    with demo_window() as (app, window, engine):
        _populate(app, window, engine)
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry().size()
        first = first_size(window)
        report = survey(window, free)
        report["screen"] = [free.width(), free.height()]
        report["ratio"] = screen.devicePixelRatio()
        report["first_size"] = [first.width(), first.height()]
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
