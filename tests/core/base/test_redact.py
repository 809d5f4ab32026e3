"""Secrets are scrubbed from anything that may be logged or saved."""

import logging

from desktop_app.core.base.redact import (
    REDACTED,
    RedactingFilter,
    redact_mapping,
    redact_text,
    register_secret,
)


def test_registered_secrets_are_replaced_anywhere() -> None:
    """A token value seen once is masked in any later text."""
    register_secret("tok-1234567890-abcdef")
    assert "tok-1234567890" not in redact_text("x tok-1234567890-abcdef y")


def test_known_shapes_are_masked_even_if_never_registered() -> None:
    """Bearer headers, JSON token fields and code= query values."""
    text = redact_text(
        'Authorization: Bearer abc.def.ghi {"refresh_token": "rt-1"} ?code=xyz&state=s'
    )
    assert "abc.def" not in text and "rt-1" not in text and "xyz" not in text
    assert "state=s" in text


def test_mapping_redaction_masks_secret_keys() -> None:
    """Raw token responses keep their shape with secrets replaced."""
    clean = redact_mapping({"access_token": "a", "expires_in": 5, "nested": {"id_token": "i"}})
    assert clean == {"access_token": REDACTED, "expires_in": 5, "nested": {"id_token": REDACTED}}


def test_log_filter_scrubs_messages_and_arguments(caplog) -> None:
    """Even a careless log call leaks nothing."""
    register_secret("very-secret-refresh-value")
    logger = logging.getLogger("desktop_app.test")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="desktop_app.test"):
        logger.info("refreshing with %s", "very-secret-refresh-value")
    assert "very-secret-refresh-value" not in caplog.text
