"""Shared test doubles and fixtures' building blocks."""
