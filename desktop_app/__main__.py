"""``python -m desktop_app`` and the ``loopgate-gui`` script: open the Loopgate window."""

from __future__ import annotations

import sys
import time

_STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # The explorer parses large JSON in a child process; a frozen build re-enters here.
        # (From source there is nothing to do, and multiprocessing costs ≈ 6 ms of start-up.)
        multiprocessing.freeze_support()
    from desktop_app.ui.shell.app import run

    return run(sys.argv[1:] if argv is None else argv, started=_STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
