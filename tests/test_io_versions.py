"""Record format versions: version-1 records still load, dumps writes the current one, migrate keeps fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _io_support import triples
from xingzheng.errors import LoadError
from xingzheng.io import READ_VERSIONS, SCHEMA_VERSION, dumps, loads, migrate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_a_version_1_record_loads_as_the_current_one(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    old = {**data, "schema_version": 1}
    assert loads(json.dumps(old)) == loads(json.dumps(data))
    assert json.loads(dumps(loads(json.dumps(old))))["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_migrate_keeps_every_field_and_leaves_its_input_alone(path: Path) -> None:
    data = {**json.loads(path.read_text(encoding="utf-8")), "schema_version": 1}
    before = json.dumps(data, sort_keys=True)
    migrated = migrate(data)
    assert json.dumps(data, sort_keys=True) == before
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert loads(json.dumps(migrated)) == loads(json.dumps(data))


def test_an_unknown_future_version_names_the_versions_read() -> None:
    data = json.loads((EXAMPLES / "normative-document.json").read_text(encoding="utf-8"))
    future = max(READ_VERSIONS) + 1
    with pytest.raises(LoadError) as caught:
        loads(json.dumps({**data, "schema_version": future}))
    ((path, _zh, en),) = triples(caught.value)
    assert path == "$.schema_version"
    assert str(future) in en and all(str(v) in en for v in READ_VERSIONS)


def test_migrate_refuses_what_it_cannot_read() -> None:
    with pytest.raises(ValueError):
        migrate({"kind": "normative_document", "schema_version": 99})
