"""Benchmark scripts (run directly; not collected as tests)."""
