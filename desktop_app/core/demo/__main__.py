"""`python -m desktop_app.core.demo`: run the demo provider until Ctrl+C."""

from desktop_app.core.demo.server import main

if __name__ == "__main__":
    raise SystemExit(main())
