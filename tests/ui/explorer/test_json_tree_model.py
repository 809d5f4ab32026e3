"""The lazy JSON tree model, without a view."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.core.api.json_index import LocalJsonDocument
from desktop_app.core.api.json_worker import JsonParseError, JsonWorker, ProcessJsonDocument
from desktop_app.demo_provider.api import large_document
from desktop_app.ui.explorer.json_model import COL_KEY, COL_TYPE, COL_VALUE, JsonTreeModel

SAMPLE = {"name": "Dana", "tags": ["a", "b"], "address": {"city": "Oslo"}, "n": 3}


def texts(model: JsonTreeModel, parent: Any = None) -> list[tuple[str, str, str]]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [
        tuple(model.data(model.index(r, c, parent)) for c in (COL_KEY, COL_VALUE, COL_TYPE))
        for r in range(model.rowCount(parent))
    ]  # type: ignore[misc]


def test_top_level_rows_and_previews(qtbot: Any) -> None:
    """The first level lists keys with a short preview and kind."""
    model = JsonTreeModel(LocalJsonDocument(SAMPLE))
    assert texts(model) == [
        ("name", '"Dana"', "string"),
        ("tags", "[2 items]", "array"),
        ("address", "{1 key}", "object"),
        ("n", "3", "number"),
    ]


def test_children_are_fetched_only_when_asked(qtbot: Any) -> None:
    """hasChildren needs no fetch; a node's children are fetched on first rowCount."""
    model = JsonTreeModel(LocalJsonDocument(SAMPLE))
    model.rowCount()
    assert model.pages_fetched == 1
    tags = model.index(1, 0)
    assert model.hasChildren(tags) and not model.hasChildren(model.index(0, 0))
    assert model.pages_fetched == 1
    assert texts(model, tags) == [("[0]", '"a"', "string"), ("[1]", '"b"', "string")]
    assert model.pages_fetched == 2
    assert model.parent(model.index(0, 0, tags)) == tags


def test_large_arrays_are_split_into_ranges(qtbot: Any) -> None:
    """No level shows more than 1,000 rows; elements load one range at a time."""
    model = JsonTreeModel(LocalJsonDocument({"items": list(range(100_000))}))
    items = model.index(0, 0)
    assert model.rowCount(items) == 500
    first = model.index(0, 0, items)
    assert model.data(first) == "[0 … 199]" and model.data(first.siblingAtColumn(2)) == "range"
    before = model.pages_fetched
    assert model.rowCount(first) == 200
    assert model.data(model.index(199, 1, first)) == "199"
    assert model.pages_fetched == before + 1


def test_search_hits_map_to_indexes(qtbot: Any) -> None:
    """A search hit's row path becomes an index whose path reads like JSON."""
    document = LocalJsonDocument({"records": [{"city": "Lisbon"}, {"city": "Oslo"}] * 300})
    hits = document.search("oslo")
    assert len(hits) == 300 and hits[0] == (0, 1, 0)
    model = JsonTreeModel(document)
    index = model.index_for_path(hits[-1])
    assert model.data(index.siblingAtColumn(1)) == '"Oslo"'
    assert model.entry_path(index) == "records[599].city"


def test_scalar_body_is_one_row(qtbot: Any) -> None:
    model = JsonTreeModel(LocalJsonDocument("just text"))
    assert texts(model) == [("", '"just text"', "string")]


@pytest.fixture
def worker() -> Any:
    process = JsonWorker()
    yield process
    process.close()


def test_worker_serves_10mb_first_level_quickly(qtbot: Any, worker: JsonWorker) -> None:
    """A 10 MB document parses in the child; its first level is there in one round trip."""
    body = b"".join(large_document(10_000_000))
    document = ProcessJsonDocument.parse(worker, body)
    model = JsonTreeModel(document)
    rows = texts(model)  # timing lives in benchmarks/explorer_responsiveness.py
    assert [r[0] for r in rows] == ["kind", "target_bytes", "records", "summary"]
    records = model.index(2, 0)
    count = json.loads(body)["summary"]["records"]
    assert model.data(records.siblingAtColumn(1)) == f"[{count:,} items]"
    hits = document.search("record 1234", 5)
    assert hits[0] == (2, 1234, 1)
    assert model.data(model.index_for_path(hits[0]).siblingAtColumn(1)) == '"Record 1234"'


def test_worker_reports_invalid_json(qtbot: Any, worker: JsonWorker) -> None:
    with pytest.raises(JsonParseError) as caught:
        ProcessJsonDocument.parse(worker, b'{"a": ')
    assert "char 6" in caught.value.detail


def test_worker_indents_the_document_it_holds(worker: JsonWorker) -> None:
    """The Raw tab's indented text is made in the child, keys in the order received."""
    body = json.dumps({"z": 1, "a": ["é", {"b": None}]}, separators=(",", ":")).encode()
    document = ProcessJsonDocument.parse(worker, body)
    pretty = document.pretty()
    assert pretty == json.dumps(json.loads(body), indent=2, ensure_ascii=False).encode()
    assert pretty.decode().splitlines()[1] == '  "z": 1,'
    assert not worker.loading
