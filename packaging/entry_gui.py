"""Frozen entry point of ``loopgate-gui`` (the windowed executable)."""

import multiprocessing

if __name__ == "__main__":
    # The JSON worker is a "spawn" child of this executable (core/json_worker.py): without
    # this call a frozen child would start a second GUI instead of the worker loop.
    multiprocessing.freeze_support()
    from desktop_app.__main__ import main

    raise SystemExit(main())
