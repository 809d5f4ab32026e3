"""Settings: stored preferences and their dialog."""
