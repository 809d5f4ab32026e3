"""One way to write a span of time, in the person's language, with the right plural.

Two styles: ``compact`` for countdown cells that tick every second ("4 min 05 s",
"2 h 10 min", "3 days": units that read the same in every language Loopgate speaks,
days spelled out with their plural), and ``spoken`` for sentences ("2 minutes
30 seconds", "1 minute", "3 days"). Plural forms come from Qt (``tr`` with ``n``), so a
catalogue gives "1 minuto" / "2 minutos" and "1 minute" / "2 minutes" in French (where
0 and 1 are singular) without any rule here.

``Duration`` is only a translation context: lupdate's Python parser marks a plural
form only on a ``tr`` call, so module-level text is written ``Duration.tr(…, "", n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Duration(QObject):
    """The translation context of every duration word (never instantiated)."""


def days(n: int) -> str:
    return Duration.tr("%n day(s)", "", n)


def compact(seconds: float) -> str:
    """'59 s', '4 min 05 s', '2 h 10 min', '1 day', '12 days' (whole seconds, floored)."""
    left = max(0, int(seconds))
    if left < 60:
        return Duration.tr("{s} s", "compact seconds").format(s=left)
    if left < 3600:
        return Duration.tr("{m} min {s} s", "compact minutes").format(
            m=left // 60, s=f"{left % 60:02d}"
        )
    if left < 86400:
        return Duration.tr("{h} h {m} min", "compact hours").format(
            h=left // 3600, m=f"{left % 3600 // 60:02d}"
        )
    return days(left // 86400)


def coarse(seconds: float) -> str:
    """'45 s', '4 min', '1 h 5 min', '3 days': a glance at how far away a moment is."""
    left = abs(seconds)
    if left < 60:
        return Duration.tr("{s} s", "compact seconds").format(s=f"{left:.0f}")
    if left < 3600:
        return Duration.tr("{m} min", "compact whole minutes").format(m=f"{left // 60:.0f}")
    if left < 86400:
        return Duration.tr("{h} h {m} min", "compact hours").format(
            h=f"{left // 3600:.0f}", m=f"{left % 3600 // 60:.0f}"
        )
    return days(int(left // 86400))


def _unit(amount: int, unit: str) -> str:
    if unit == "d":
        return days(amount)
    if unit == "h":
        return Duration.tr("%n hour(s)", "", amount)
    if unit == "min":
        return Duration.tr("%n minute(s)", "", amount)
    return Duration.tr("%n second(s)", "", amount)


def spoken(seconds: float) -> str:
    """An exact span for a sentence: '2 minutes 30 seconds', '5 minutes', '1 hour 30 minutes',
    '3 days' (rounded to the second; two units at most, the second one only when not 0)."""
    total = max(0, round(seconds))
    day_count, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if day_count:
        parts = [(day_count, "d"), (hours, "h")]
    elif hours:
        parts = [(hours, "h"), (minutes, "min")]
    elif minutes:
        parts = [(minutes, "min"), (secs, "s")]
    else:
        parts = [(secs, "s")]
    first = _unit(*parts[0])
    if len(parts) == 1 or not parts[1][0]:
        return first
    # "2 minutes 30 seconds": a template, so a language may join them its own way.
    return Duration.tr("{larger} {smaller}", "two units of one span").format(
        larger=first, smaller=_unit(*parts[1])
    )
