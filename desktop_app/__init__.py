"""Loopgate: link SaaS accounts over OAuth 2.0 / OIDC and keep them healthy."""

__version__ = "0.1.0"
