"""One way to write a size in the explorer: decimal units (1 MB = 10^6 bytes).

Decimal because that is what the providers and the demo mean (``/api/large?mb=10``
sends 10,000,000 bytes, shown as "10 MB"); the summary, the raw pane and the preset
names then agree. Numbers follow the chosen locale ("9.5 MB", "9,5 MB").
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

KB = 1000
MB = 1000 * KB


class Sizes(QObject):
    """The translation context of size words (lupdate reads ``Sizes.tr`` with ``n``)."""


def _amount(value: float) -> str:
    """One decimal at most, without a trailing zero: 10 MB, 9.5 MB (9,5 MB in Spanish)."""
    rounded = round(value, 1)
    decimals = 0 if rounded == int(rounded) else 1
    return QLocale().toString(rounded, "f", decimals)


def human_size(size: int) -> str:
    if size < KB:
        return Sizes.tr("%n byte(s)", "", size)
    if size < MB:
        return Sizes.tr("{amount} kB").format(amount=_amount(size / KB))
    return Sizes.tr("{amount} MB").format(amount=_amount(size / MB))
