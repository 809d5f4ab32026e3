"""Plain-words formatting for the token inspector: local times, "in 4 min", claim values.

Times use the one label of ``common.times`` ("14:05 CET", UTC on hover) like the rest
of the window.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.oauth.jwt_view import TIME_CLAIMS

from ..common.durations import coarse
from ..common.times import local_label, utc_label


def relative(epoch: float | None, now: float) -> str:
    """ "in 4 min" / "4 min ago"; coarse on purpose: people read it at a glance."""
    if epoch is None:
        return QCoreApplication.translate("InspectorTimes", "unknown")
    delta = epoch - now
    if delta >= 0:
        return QCoreApplication.translate("InspectorTimes", "in {span}").format(span=coarse(delta))
    return QCoreApplication.translate("InspectorTimes", "{span} ago").format(span=coarse(delta))


def when(epoch: float | None, now: float) -> str:
    """ "14:05 CET (in 4 min)"."""
    if epoch is None:
        return QCoreApplication.translate("InspectorTimes", "unknown")
    return f"{local_label(epoch, now)} ({relative(epoch, now)})"


def is_time_claim(name: str, value: Any) -> bool:
    return name in TIME_CLAIMS and isinstance(value, (int, float)) and not isinstance(value, bool)


def claim_text(name: str, value: Any, now: float) -> str:
    """Time claims as local time plus the raw number; lists joined; objects as JSON."""
    if is_time_claim(name, value):
        return f"{when(float(value), now)}  [{value}]"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def claim_value_tip(name: str, value: Any, text: str) -> str:
    """The value's tooltip: the exact UTC moment for a time claim, else the whole text."""
    return utc_label(float(value)) if is_time_claim(name, value) else text


def pretty_json(value: dict[str, Any]) -> str:
    """A decoded JWT part as people paste it into a ticket: indented, keys in token order."""
    return json.dumps(value, indent=2, ensure_ascii=False)
