"""One way to write a moment on screen: local time with its zone, UTC on hover.

"14:05 CET" for today, "3 Mar, 14:05 CET" this year, "3 Mar 2025, 14:05 CET" before;
the exact UTC time (to the second) is the tooltip. The zone is named so nobody has to
guess whether a time is local, and UTC is one hover away for comparing with a provider's
logs. Windows reports long zone names ("W. Europe Standard Time"): then the offset
("UTC+01:00") stands in.

Clock and day are written by ``QLocale()`` (the language's locale, ``common.i18n``):
"14:05" in British English, "2:05 p.m." in Latin American Spanish, "14 h 05" in
Canadian French; the day's pattern ("3 Mar", "3 mars") is part of the catalogue, as
each language orders day and month its own way. Python computes the local moment
(``TZ`` and ``time.tzset()`` apply at once); Qt only writes it.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

__all__ = ["local_label", "utc_label", "zone_name"]

_ZONE_IN_FORMAT = re.compile(r"\s*\bt+\b")


def zone_name(moment: datetime) -> str:
    """The short zone name ("CET", "UTC"), or its offset when the name is long."""
    name = moment.tzname() or ""
    if name and len(name) <= 5 and " " not in name:
        return name
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_text(moment: datetime, *, seconds: bool = False) -> str:
    """The time of day as the locale writes it; with seconds, its long form minus the zone."""
    locale = QLocale()
    when = QTime(moment.hour, moment.minute, moment.second)
    if not seconds:
        return locale.toString(when, QLocale.FormatType.ShortFormat)
    pattern = _ZONE_IN_FORMAT.sub("", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(when, pattern)


def day_text(moment: datetime, *, year: bool) -> str:
    """ "3 Mar", "3 Mar 2025" in the language's own order and month names."""
    pattern = (
        QCoreApplication.translate("Times", "d MMM yyyy", "date with year (QLocale pattern)")
        if year
        else QCoreApplication.translate("Times", "d MMM", "date without year (QLocale pattern)")
    )
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)


def local_label(epoch: float, now: float | None = None, *, seconds: bool = False) -> str:
    """ "14:05 CET", "3 Mar, 14:05 CET", "3 Mar 2025, 14:05 CET" (local time)."""
    moment = datetime.fromtimestamp(epoch).astimezone()
    today = datetime.fromtimestamp(time.time() if now is None else now).astimezone()
    label = QCoreApplication.translate("Times", "{time} {zone}", "a time of day and its zone")
    label = label.format(time=clock_text(moment, seconds=seconds), zone=zone_name(moment))
    if moment.date() == today.date():
        return label
    day = day_text(moment, year=moment.year != today.year)
    return QCoreApplication.translate("Times", "{day}, {time}", "a day, then a time").format(
        day=day, time=label
    )


def utc_label(epoch: float) -> str:
    """ "2026-03-03 13:05:04 UTC": the exact moment, for the tooltip (ISO: any language)."""
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
