"""One way to write a moment on screen: local time with its zone, UTC on hover.

"14:05 CET" for today, "3 Mar, 14:05 CET" this year, "3 Mar 2025, 14:05 CET" before;
the exact UTC time (to the second) is the tooltip. The zone is named so nobody has to
guess whether a time is local, and UTC is one hover away for comparing with a provider's
logs. Windows reports long zone names ("W. Europe Standard Time"): then the offset
("UTC+01:00") stands in.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

__all__ = ["local_label", "utc_label", "zone_name"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def zone_name(moment: datetime) -> str:
    """The short zone name ("CET", "UTC"), or its offset when the name is long."""
    name = moment.tzname() or ""
    if name and len(name) <= 5 and " " not in name:
        return name
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_label(epoch: float, now: float | None = None, *, seconds: bool = False) -> str:
    """ "14:05 CET", "3 Mar, 14:05 CET", "3 Mar 2025, 14:05 CET" (local time)."""
    moment = datetime.fromtimestamp(epoch).astimezone()
    today = datetime.fromtimestamp(time.time() if now is None else now).astimezone()
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    label = f"{clock} {zone_name(moment)}"
    if moment.date() == today.date():
        return label
    day = f"{moment.day} {_MONTHS[moment.month - 1]}"
    if moment.year != today.year:
        day += f" {moment.year}"
    return f"{day}, {label}"


def utc_label(epoch: float) -> str:
    """ "2026-03-03 13:05:04 UTC": the exact moment, for the tooltip."""
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
