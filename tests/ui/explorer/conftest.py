"""Explorer fixtures: a demo account connected through the real flow, and the widget."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def demo_account(engine: Any) -> Any:
    """A Demo account connected through the loopback receiver with a scripted browser."""
    return engine.connect("demo", timeout=30)


@pytest.fixture
def explorer(qtbot: Any, engine: Any, demo_account: Any) -> Iterator[Any]:
    from desktop_app.ui.explorer import ApiExplorer

    widget = ApiExplorer()
    qtbot.addWidget(widget)
    widget.set_engine(engine)
    widget.set_account(demo_account)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.shutdown()
