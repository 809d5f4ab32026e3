"""Environments and regions: production first, the person's own region chosen, Sandbox last.

A family's profiles (Clover's North America, Europe, Latin America and Sandbox; Clio's
four regions) are told apart by a region key: the profile id's suffix (``clover-eu``) or,
for an administrator's profile that ``extends`` a built-in one and keeps its
``environment``, that environment's name. The default region comes from the country of
the operating system's locale (``QLocale.system()``): office staff in Lyon get Europe,
in Monterrey Latin America, in Toronto North America (Clover) or Canada (Clio).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..common.provider_words import provider_text

SANDBOX = "sandbox"
# Production regions in the order people expect them; the sandbox is always last.
_REGION_ORDER = ("na", "us", "eu", "ca", "au", "la")
_BY_ENVIRONMENT = {
    "north america": "na",
    "united states": "us",
    "europe": "eu",
    "canada": "ca",
    "australia": "au",
    "latin america": "la",
    "sandbox": SANDBOX,
}
SANDBOX_LABEL = QT_TRANSLATE_NOOP("Regions", "Sandbox (for developers)")

# ISO 3166-1 alpha-2 codes.
_EUROPE = (
    "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT "
    "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK"
)
_LATIN_AMERICA = "AR BO BR BZ CL CO CR CU DO EC GT GY HN HT MX NI PA PE PY SR SV UY VE"
EUROPE = frozenset(_EUROPE.split())
LATIN_AMERICA = frozenset(_LATIN_AMERICA.split())
OCEANIA = frozenset(("AU", "NZ"))


def preferred_regions(country: str) -> tuple[str, ...]:
    """Region keys for a country, best first (any family picks the first it has)."""
    code = country.upper()
    if code in EUROPE:
        return ("eu",)
    if code in LATIN_AMERICA:
        return ("la", "na", "us")
    if code == "CA":
        return ("ca", "na", "us")
    if code in OCEANIA:
        return ("au",)
    return ("na", "us")  # the United States and everywhere else: the first production region


def region_of(profile: Any) -> str:
    """``eu`` for ``clover-eu``; an administrator's ``clover-acme`` keeps its environment's."""
    suffix = profile.id.rsplit("-", 1)[-1]
    if suffix in _REGION_ORDER or suffix == SANDBOX:
        return suffix
    return _BY_ENVIRONMENT.get(profile.environment.strip().lower(), "")


def is_sandbox(profile: Any) -> bool:
    return region_of(profile) == SANDBOX


def region_rank(profile: Any) -> int:
    """Sort key: known production regions in order, then unknown ones, then the sandbox."""
    region = region_of(profile)
    if region == SANDBOX:
        return len(_REGION_ORDER) + 1
    return _REGION_ORDER.index(region) if region in _REGION_ORDER else len(_REGION_ORDER)


def environment_label(profile: Any) -> str:
    """What the Environment list says: the sandbox says who it is for."""
    if is_sandbox(profile):
        return QCoreApplication.translate("Regions", SANDBOX_LABEL)
    return provider_text(profile.environment) or profile.name


def default_member(members: list[Any], country: str, has_client_id: Any = None) -> int:
    """Index of the profile to preselect in one family.

    One an administrator has set up (a client ID) beats one that is not; then the
    person's region beats another; production beats the sandbox.
    """
    if not members:
        return -1
    ready = has_client_id or (lambda p: bool(p.client_id))
    wanted = preferred_regions(country)

    def score(position: int) -> tuple[int, int, int, int]:
        profile = members[position]
        region = region_of(profile)
        place = wanted.index(region) if region in wanted else len(wanted)
        return (0 if ready(profile) else 1, 1 if region == SANDBOX else 0, place, position)

    return min(range(len(members)), key=score)


def system_country() -> str:
    """The two-letter country of the OS locale ("" when it names none)."""
    from PySide6.QtCore import QLocale

    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory())
    return code if len(code) == 2 else ""
