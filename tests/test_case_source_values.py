"""`CaseSource.HOTLINE_8890` is written ``"hotline_8890"`` (issue 21): format version 1's ``"8890"`` is
migrated by a version-1 step for enforcement cases and still read in version-2 input; the Chinese name is
the member's label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xingzheng import CaseSource, EnforcementCase, LoadError, dumps, json_schema, loads, migrate

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020" / "enforcement-case.json"


def _case_dict() -> dict[str, object]:
    data: dict[str, object] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_every_source_has_a_snake_case_value_and_a_chinese_label() -> None:
    assert CaseSource.HOTLINE_8890.value == "hotline_8890"
    assert CaseSource.HOTLINE_8890.label == "8890便民服务平台"
    assert CaseSource.GRID.label == "网格化"
    labels = [member.label for member in CaseSource]
    assert len(set(labels)) == len(labels) and all(labels)
    assert CaseSource("8890") is CaseSource.HOTLINE_8890


def test_the_schema_lists_the_new_value_only() -> None:
    schema = json.dumps(json_schema(EnforcementCase), ensure_ascii=False)
    assert '"hotline_8890"' in schema and '"8890"' not in schema


def test_dumps_writes_the_new_value() -> None:
    case = loads(json.dumps({**_case_dict(), "source": "hotline_8890"}))
    assert case.source is CaseSource.HOTLINE_8890
    assert json.loads(dumps(case))["source"] == "hotline_8890"


def test_version_1_value_is_migrated() -> None:
    data = {**_case_dict(), "schema_version": 1, "source": "8890"}
    migrated = migrate(data)
    assert migrated["source"] == "hotline_8890" and migrated["schema_version"] == 2
    assert data["source"] == "8890"  # the input is left alone
    assert migrated["evidence_log"] == data["evidence_log"]
    new = loads(json.dumps({**_case_dict(), "source": "hotline_8890"}))
    assert loads(json.dumps(data)) == new


def test_other_version_1_sources_are_unchanged() -> None:
    data = {**_case_dict(), "schema_version": 1}
    assert migrate(data)["source"] == "grid"


def test_old_value_in_version_2_input_is_read_too() -> None:
    assert loads(json.dumps({**_case_dict(), "source": "8890"})).source is CaseSource.HOTLINE_8890


@pytest.mark.parametrize("bad", ["12345", "HOTLINE_8890", 8890])
def test_other_values_are_still_refused(bad: object) -> None:
    with pytest.raises(LoadError) as info:
        loads(json.dumps({**_case_dict(), "source": bad}))
    assert any(problem["path"] == "$.source" for problem in info.value.errors())
