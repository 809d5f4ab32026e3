"""API history: redacted on the way in, appended per call, trimmed rarely, capped on read."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.core.base.redact import register_secret
from desktop_app.core.storage import history as history_module
from desktop_app.core.storage.history import MAX_ENTRIES, TRIM_AT, History, HistoryEntry


def entry(n: int, **changes: object) -> HistoryEntry:
    values = {"at": float(n), "method": "GET", "url": f"https://api.example/x?n={n}",
              "status": 200, "elapsed_ms": 1.0, "size": 2}  # fmt: skip
    values.update(changes)
    return HistoryEntry(**values)  # type: ignore[arg-type]


def test_secrets_are_kept_out_by_name_by_value_and_by_shape(tmp_path: Path) -> None:
    """API keys, cookies, body passwords and a known token under an innocent name: gone."""
    live = "live-access-token-0123456789"
    register_secret(live)
    history = History(tmp_path)
    history.add(
        "acc",
        entry(
            1,
            url="https://api.example/x?api_key=k-1111&page=2",
            request_headers=(
                ("X-Api-Key", "k-2222"),
                ("Cookie", "sid=c-3333"),
                ("X-Access-Token", "t-4444"),
                ("X-Note", live),
            ),
            body='{"user": "sam", "password": "p-5555"}',
            error=f"refused Bearer {live}",
        ),
    )
    text = (tmp_path / "acc.jsonl").read_text()
    for secret in ("k-1111", "k-2222", "c-3333", "t-4444", "p-5555", live):
        assert secret not in text
    kept = history.entries("acc")[0]
    assert "page=2" in kept.url and '"sam"' in kept.body


def test_each_call_appends_one_line_without_rewriting(tmp_path: Path, monkeypatch) -> None:
    """Below the trim mark the file only grows: no atomic rewrite per call."""
    rewrites: list[Path] = []
    monkeypatch.setattr(history_module, "write_bytes_atomic", lambda p, _d: rewrites.append(p))
    history = History(tmp_path)
    for n in range(50):
        history.add("acc", entry(n))
    assert rewrites == []
    path = tmp_path / "acc.jsonl"
    assert len(path.read_text().splitlines()) == 50
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # private like every Loopgate file


def test_the_file_is_trimmed_once_past_twice_the_cap(tmp_path: Path) -> None:
    """Readers never see more than the cap; the file never holds more than twice it."""
    history = History(tmp_path)
    for n in range(TRIM_AT + 1):
        history.add("acc", entry(n))
    lines = (tmp_path / "acc.jsonl").read_text().splitlines()
    assert len(lines) == MAX_ENTRIES
    assert json.loads(lines[-1])["at"] == float(TRIM_AT)
    history.add("acc", entry(TRIM_AT + 1))
    shown = history.entries("acc")
    assert len(shown) == MAX_ENTRIES and shown[-1].at == float(TRIM_AT + 1)


def test_another_process_appending_is_counted_and_a_torn_line_is_skipped(tmp_path: Path) -> None:
    """A second writer's lines count toward the trim; a half line from a crash is closed."""
    path = tmp_path / "acc.jsonl"
    path.write_text("".join(json.dumps({"at": n}) + "\n" for n in range(5)) + '{"at": 9, "met')
    history = History(tmp_path)
    history.add("acc", entry(100))
    assert [e.at for e in history.entries("acc")] == [100.0]  # the bare {"at": n} lack fields
    assert path.read_text().splitlines()[-1].startswith('{"at": 100.0')
    assert len(path.read_text().splitlines()) == 7


def test_clear_removes_the_file(tmp_path: Path) -> None:
    """Disconnect forgets the account's history."""
    history = History(tmp_path)
    history.add("acc", entry(1))
    history.clear("acc")
    assert history.entries("acc") == [] and not (tmp_path / "acc.jsonl").exists()
