"""Frozen entry point of ``loopgate`` (the console executable)."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop_app.cli import main

    raise SystemExit(main())
