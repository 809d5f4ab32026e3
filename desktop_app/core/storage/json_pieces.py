"""Decoding the account file in pieces, so a reader never holds the GIL for long.

``json.loads`` of a 10,000-account store (7.8 MB) is one C call of ≈ 65 ms: on any worker
thread it freezes the GUI thread as surely as running on it would. Here the top-level
object is decoded key by key and its ``accounts`` array element by element, so the
interpreter can hand the GIL over between elements.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from json.decoder import scanstring
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def loads_store(text: str, item: Callable[[Any], Any]) -> dict[str, Any]:
    """``json.loads`` of the store's top-level object, its ``accounts`` array piecewise.

    ``item`` converts each account as it is decoded, so only one account's dict is alive
    at a time (piecewise decoding does not share key strings between them: ≈ 11 MiB).
    """
    space, scan = _SPACE.match, _DECODER.scan_once
    at = space(text, 0).end()
    if text[at] != "{":
        raise ValueError("not an object")
    data: dict[str, Any] = {}
    at = space(text, at + 1).end()
    while text[at] != "}":
        if text[at] != '"':
            raise ValueError("key expected")
        key, at = scanstring(text, at + 1)
        at = space(text, at).end()
        if text[at] != ":":
            raise ValueError("':' expected")
        at = space(text, at + 1).end()
        if key == "accounts" and text[at] == "[":
            data[key], at = _array(text, at, item)
        else:
            data[key], at = scan(text, at)
        at = space(text, at).end()
        if text[at] == ",":
            at = space(text, at + 1).end()
            if text[at] == "}":
                raise ValueError("trailing ','")
        elif text[at] != "}":
            raise ValueError("',' or '}' expected")
    if space(text, at + 1).end() != len(text):
        raise ValueError("extra data")
    return data


def _array(text: str, at: int, item: Callable[[Any], Any]) -> tuple[list[Any], int]:
    space, scan = _SPACE.match, _DECODER.scan_once
    items: list[Any] = []
    at = space(text, at + 1).end()
    while text[at] != "]":
        value, at = scan(text, at)
        items.append(item(value))
        at = space(text, at).end()
        if text[at] == ",":
            at = space(text, at + 1).end()
            if text[at] == "]":
                raise ValueError("trailing ','")
        elif text[at] != "]":
            raise ValueError("',' or ']' expected")
    return items, at + 1
