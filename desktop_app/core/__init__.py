"""Qt-free connection engine: protocol, providers, loopback receiver, vault, API calls.

Nothing under this package may import Qt (enforced by an import-linter contract and
``tests/core/test_no_qt.py``) so the CLI, the tests and the GUI share one engine.
"""
