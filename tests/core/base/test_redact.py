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
    """Bearer headers (the whole header line), JSON token fields and code= query values."""
    text = redact_text(
        'Authorization: Bearer abc.def.ghi\n{"refresh_token": "rt-1"} ?code=xyz&state=s'
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


def test_headers_are_redacted_by_every_secret_name() -> None:
    """Authorization, cookies, API keys and any token/secret/password/key/session header."""
    from desktop_app.core.base.redact import redact_headers

    names = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key",
             "X-Access-Token", "x-client-secret", "X-PASSWORD", "Api-Key",
             "X-Session-Id"]  # fmt: skip
    cleaned = redact_headers([(name, "value-that-is-secret") for name in names])
    assert [value for _, value in cleaned] == [REDACTED] * len(names)
    assert redact_headers([("Accept", "application/json")]) == [("Accept", "application/json")]


def test_json_and_form_bodies_are_redacted_by_field_name() -> None:
    """Parsed, so nesting and odd spacing do not hide a password."""
    from desktop_app.core.base.redact import redact_body

    body = redact_body('{"user": "sam", "auth": {"password" :\n "hunter2!"}, "api_key": 12345}')
    assert "hunter2" not in body and "12345" not in body and '"sam"' in body
    form = redact_body("user=sam&password=hunter2%21&session=s3")
    assert "hunter2" not in form and "s3" not in form and "user=sam" in form


def test_text_that_is_neither_json_nor_form_falls_back_to_patterns() -> None:
    """Broken JSON and header lines are still scrubbed."""
    from desktop_app.core.base.redact import redact_body

    text = redact_body('{"password": "hunter2", oops\nX-Api-Key: k-123\nKeyError: kept')
    assert "hunter2" not in text and "k-123" not in text and "KeyError: kept" in text


def test_descriptions_of_tokens_are_not_secrets() -> None:
    """token_type and expiry fields stay readable for support engineers."""
    clean = redact_mapping(
        {"token_type": "Bearer", "access_token_expiration": 1700000000, "refresh_token": "r"}
    )
    assert clean == {
        "token_type": "Bearer",
        "access_token_expiration": 1700000000,
        "refresh_token": REDACTED,
    }
