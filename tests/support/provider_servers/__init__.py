"""Loopback servers shaped like each provider's documented behaviour (design.md §4).

Written from the providers' docs and the RFCs, never from Loopgate's client code, so the
end-to-end tests check the client against the outside world:

* :mod:`.clover_like`, :mod:`.clio_like`, :mod:`.cloverleaf_like` -- one per provider;
* :mod:`.faults` -- queued token/refresh/API misbehaviour usable with any of them;
* :mod:`.browser` -- a scripted person at the consent page (also a ``$BROWSER`` command);
* :mod:`.profiles` -- user profiles that extend the shipped ones and point at a server;
* :mod:`.base`, :mod:`.common`, :mod:`.grants`, :mod:`.oidc_keys` -- shared plumbing.

Every server binds 127.0.0.1 on port 0 in daemon threads, is a context manager, and
exposes ``counters``, an injectable ``clock`` and a ``faults`` injector.
"""

from .browser import Outcome, ProviderBrowser
from .clio_like import ClioLike
from .clover_like import CloverLike
from .cloverleaf_like import CloverleafLike
from .common import Counters, ManualClock, s256
from .faults import Fault, FaultInjector
from .profiles import profile_for, write_profile

__all__ = [
    "ClioLike",
    "CloverLike",
    "CloverleafLike",
    "Counters",
    "Fault",
    "FaultInjector",
    "ManualClock",
    "Outcome",
    "ProviderBrowser",
    "profile_for",
    "s256",
    "write_profile",
]
