"""The log level in force: the organisation's when set, else the person's choice.

``LOOPGATE_DEBUG=1`` (read by ``base.logs``) still turns on debug logging unless policy
fixes a level. Logs never hold a token whatever the level (``base.redact``).
"""

from __future__ import annotations

import logging

from .effective import EffectivePolicy

LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


def effective_log_level(policy: EffectivePolicy, chosen: str | None = None) -> str | None:
    """``None``: leave the level ``configure_logging`` set (default or LOOPGATE_DEBUG)."""
    if policy.log_level:
        return policy.log_level
    return chosen if chosen in LEVELS else None


def apply_log_level(policy: EffectivePolicy, chosen: str | None = None) -> None:
    level = effective_log_level(policy, chosen)
    if level is not None:
        logging.getLogger("desktop_app").setLevel(LEVELS[level])
