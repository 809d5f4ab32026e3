"""`python -m desktop_app.demo_provider`: run the demo provider until Ctrl+C."""

from desktop_app.demo_provider.server import main

if __name__ == "__main__":
    raise SystemExit(main())
