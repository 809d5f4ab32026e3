"""One way to write a size in the explorer: decimal units (1 MB = 10^6 bytes).

Decimal because that is what the providers and the demo mean (``/api/large?mb=10``
sends 10,000,000 bytes, shown as "10 MB"); the summary, the raw pane and the preset
names then agree.
"""

from __future__ import annotations

KB = 1000
MB = 1000 * KB


def _amount(value: float) -> str:
    """One decimal at most, without a trailing ".0": 10 MB, 9.5 MB."""
    return f"{value:.1f}".removesuffix(".0")


def human_size(size: int) -> str:
    if size < KB:
        return f"{size} bytes" if size != 1 else "1 byte"
    if size < MB:
        return f"{_amount(size / KB)} kB"
    return f"{_amount(size / MB)} MB"
