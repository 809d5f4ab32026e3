"""The built-in provider profiles' words (regions, descriptions, preset requests), translated.

Profiles are data (design §2) and stay English, as the CLI shows them. What Loopgate
itself ships is listed here (``QT_TRANSLATE_NOOP``, context ``ProviderData``) so the GUI
can say "América Latina" or "Amérique latine"; an administrator's own profile keeps its
own words, whatever language they were written in. tests/ui/common/test_provider_words.py
checks that every word of the shipped profiles is listed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ProviderData"

KNOWN = frozenset(
    {
        # environments and regions
        QT_TRANSLATE_NOOP("ProviderData", "Sandbox"),
        QT_TRANSLATE_NOOP("ProviderData", "North America"),
        QT_TRANSLATE_NOOP("ProviderData", "Europe"),
        QT_TRANSLATE_NOOP("ProviderData", "Latin America"),
        QT_TRANSLATE_NOOP("ProviderData", "United States"),
        QT_TRANSLATE_NOOP("ProviderData", "Canada"),
        QT_TRANSLATE_NOOP("ProviderData", "Australia"),
        # descriptions
        QT_TRANSLATE_NOOP(
            "ProviderData", "A built-in practice provider: no account or internet needed"
        ),
        QT_TRANSLATE_NOOP("ProviderData", "Point-of-sale merchant account"),
        QT_TRANSLATE_NOOP("ProviderData", "Legal practice management (Clio Manage)"),
        QT_TRANSLATE_NOOP("ProviderData", "Team coaching (OpenID Connect)"),
        # preset API requests
        QT_TRANSLATE_NOOP("ProviderData", "Me"),
        QT_TRANSLATE_NOOP("ProviderData", "Items (page 1)"),
        QT_TRANSLATE_NOOP("ProviderData", "Large document (10 MB)"),
        QT_TRANSLATE_NOOP("ProviderData", "Merchant"),
        QT_TRANSLATE_NOOP("ProviderData", "Items"),
        QT_TRANSLATE_NOOP("ProviderData", "Orders"),
        QT_TRANSLATE_NOOP("ProviderData", "Who am I"),
        QT_TRANSLATE_NOOP("ProviderData", "Matters"),
        QT_TRANSLATE_NOOP("ProviderData", "Contacts"),
        QT_TRANSLATE_NOOP("ProviderData", "Daily coaching"),
        # what a custom provider made from typed endpoints describes itself as
        QT_TRANSLATE_NOOP("ProviderData", "Custom OAuth 2.0 provider at {host}"),
        QT_TRANSLATE_NOOP("ProviderData", "Custom OpenID Connect provider at {host}"),
    }
)
_CUSTOM = re.compile(r"Custom (OAuth 2\.0|OpenID Connect) provider at (?P<host>\S+)")
_DISPLAY = re.compile(r"(?P<name>.+) \((?P<environment>[^()]+)\)")


def provider_text(text: str) -> str:
    """A shipped profile's word in the GUI's language; anything else as written."""
    if text in KNOWN:
        return QCoreApplication.translate(CONTEXT, text)
    custom = _CUSTOM.fullmatch(text)
    if custom is not None:
        template = text.replace(custom.group("host"), "{host}")
        if template in KNOWN:
            return QCoreApplication.translate(CONTEXT, template).format(host=custom["host"])
    return text


def display_name(name: str, environment: str = "") -> str:
    """ "Clover (América Latina)": the provider's name, then its translated region."""
    if not environment:
        return name
    return QCoreApplication.translate(
        CONTEXT, "{provider} ({environment})", "a provider and its region"
    ).format(provider=name, environment=provider_text(environment))


def display_name_text(text: str) -> str:
    """A core message's "Clover (North America)" in the GUI's language."""
    found = _DISPLAY.fullmatch(text)
    if found is None or found["environment"] not in KNOWN:
        return text
    return display_name(found["name"], found["environment"])
