"""Calling a provider's API with an account's token: requests, identity lookup, large responses."""
