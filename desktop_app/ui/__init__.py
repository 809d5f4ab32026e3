"""The PySide6 face of Loopgate: widgets and thin models over ``desktop_app.core``."""
