"""The support timeline: redacted, with the facts support asks for first."""

from desktop_app import __version__
from desktop_app.core.base.diagnostics import Timeline, format_timeline


def test_timeline_is_redacted_and_headed_with_version_and_zone() -> None:
    """Codes in details are masked; the header names version, OS and time zone."""
    timeline = Timeline(clock=lambda: 0.0)
    timeline.add("callback", "GET /callback?code=SECRETCODE123&state=s")
    text = format_timeline(timeline.entries())
    first, step = text.splitlines()
    assert first.startswith(f"Loopgate {__version__} · ") and "UTC" in first
    assert "callback" in step and "SECRETCODE123" not in step


def test_no_entries_means_no_text() -> None:
    """An account with no recorded steps has nothing to copy."""
    assert format_timeline(()) == ""


def test_the_copied_timeline_hides_secrets_learned_after_it_was_recorded() -> None:
    """A token this process has since read from the keychain is masked in the copy."""
    from desktop_app.core.base.redact import register_secret

    entries = ({"at": 0.0, "step": "refresh", "detail": "sent late-known-secret-42 along"},)
    register_secret("late-known-secret-42")
    assert "late-known-secret-42" not in format_timeline(entries)
