"""The engine on top: wires protocol, storage and API calls into the user's verbs.

Connect, refresh, call, disconnect and inspect live here; each receives the narrow
pieces it needs (token client, vault, store, clock, profile lookup) from ``Engine``.
"""
