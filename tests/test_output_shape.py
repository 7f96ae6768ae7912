"""One JSON shape (issue 21): every problem and finding the command line writes has ``code``, ``path``,
``message``, ``message_en``; the output validates against the published schema (``schema --output``);
``to_dict(report)`` has ``ok``; ``to_dict(deadline)`` explains itself in both languages; `json_schema`
takes a ``ref_template`` and the records' names do not clash with nested definitions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from xingzheng import (
    EnforcementCase,
    LegalityReview,
    MajorDecision,
    NormativeDocument,
    Period,
    Report,
    check,
    deadline,
    from_dict,
    json_schema,
    load,
    loads,
    to_dict,
)
from xingzheng.cli import main
from xingzheng.errors import LoadError
from xingzheng.io import ERROR_CODES
from xingzheng.io._output import output_schema, problems_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dagang-2020"
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER
RECORDS = (NormativeDocument, MajorDecision, EnforcementCase, LegalityReview)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def _validator() -> jsonschema.Draft202012Validator:
    schema = output_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "normative_document", "schema_version": 2, "title": 5, "extra": 1}', encoding="utf-8")
    nan = tmp_path / "nan.json"
    nan.write_text('{"kind": "normative_document", "schema_version": 2, "x": NaN}', encoding="utf-8")
    return [bad, nan]


def _findings_and_problems(data: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    findings = [f for entry in data.get("reports", []) for f in entry["report"]["findings"]]
    problems = [p for entry in data.get("unreadable", []) for p in entry["problems"]]
    return findings, problems


def test_check_output_validates_and_has_one_shape(capsys: pytest.CaptureFixture[str], bad_files: list[Path]) -> None:
    code, data = _run(
        ["check", str(EXAMPLES), *map(str, bad_files), "--profile", "tianjin-binhai-dagang", "--as-of", "2021-09-30", "--json"],
        capsys,
    )
    assert code == 2
    _validator().validate(data)
    findings, problems = _findings_and_problems(data)
    assert findings and problems
    for item in findings + problems:
        assert {"code", "path", "message", "message_en"} <= set(item), item
    for finding in findings:
        assert {"severity", "citation", "parameter", "dates"} <= set(finding)
    for entry in data["reports"]:
        assert entry["ok"] == entry["report"]["ok"]
    codes = {p["code"] for p in problems}
    assert {"type.string", "extra_field", "number.nan"} <= codes, codes


def test_upcoming_and_demo_output_validate(capsys: pytest.CaptureFixture[str], bad_files: list[Path]) -> None:
    validator = _validator()
    code, data = _run(["upcoming", str(EXAMPLES), str(bad_files[0]), "--profile", "tianjin-binhai-dagang", "--as-of", "2021-09-30", "--json"], capsys)
    assert code == 2 and data["upcoming"] and data["unreadable"]
    validator.validate(data)
    code, data = _run(["demo", "--json"], capsys)
    assert code == 0
    validator.validate(data)
    assert data["lint"], "the seed profile's lint finds the D4 floor"
    for item in data["lint"]:
        assert {"code", "path", "message", "message_en"} <= set(item)


def test_the_schema_refuses_the_old_problem_shape(capsys: pytest.CaptureFixture[str], bad_files: list[Path]) -> None:
    code, data = _run(["check", str(bad_files[0]), "--json"], capsys)
    assert code == 2
    old = dict(data, unreadable=[{"file": "x.json", "problems": [{"path": "$", "zh": "坏", "en": "bad"}]}])
    assert not _validator().is_valid(old)
    _validator().validate(data)


def test_schema_output_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, printed = _run(["schema", "--output"], capsys)
    assert code == 0
    assert printed == json.loads(json.dumps(output_schema(), ensure_ascii=False))
    for argv in (["schema"], ["schema", "Report", "--output"]):
        assert main(argv) == 2
        assert "\n" not in capsys.readouterr().err.strip()  # one line


def test_profile_lint_json_has_the_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _run(["profile", "lint", "tianjin-binhai-dagang", "--json"], capsys)
    assert code == 1 and data["findings"]
    for item in data["findings"]:
        assert {"code", "path", "message", "message_en"} <= set(item)
        assert item["path"] == item["key"]


def test_problem_codes_of_the_loader() -> None:
    cases = {
        '{"kind": "normative_document", "schema_version": 2}': "missing",
        '{"kind": "normative_document", "schema_version": 2, "title": 5}': "type.string",
        '{"kind": "normative_document", "schema_version": 7}': "schema_version",
        '{"kind": "nothing", "schema_version": 2}': "kind",
        '{"a": 1, "a": 2}': "duplicate_key",
        "[1, 2": "json.syntax",
        "[]": "top_level",
    }
    for text, expected in cases.items():
        with pytest.raises(LoadError) as info:
            loads(text)
        codes = [p["code"] for p in problems_json(info.value)]
        assert expected in codes, (text, codes)
        assert set(codes) <= set(ERROR_CODES)


def test_to_dict_of_a_report_has_ok_and_reads_back() -> None:
    record = load(EXAMPLES / "enforcement-case.json")
    report = check(record, profile="tianjin-binhai-dagang", as_of=dt.date(2021, 9, 30))
    data = to_dict(report)
    assert data["ok"] is report.ok is False
    assert from_dict(data, Report) == report
    assert loads(json.dumps(data, ensure_ascii=False), Report) == report
    validator = jsonschema.Draft202012Validator(json_schema(Report), format_checker=FORMATS)
    validator.validate(data)
    assert json_schema(Report)["properties"]["ok"]["readOnly"] is True
    assert "ok" not in json_schema(Report)["required"]


def test_to_dict_of_a_deadline_explains_in_both_languages() -> None:
    due = deadline(dt.date(2020, 9, 3), Period.days(30))
    data = to_dict(due)
    assert data["explanation"] == due.explanation and data["explanation_en"] == due.explanation_en
    assert "第二百零三条" in data["explanation"] and "Art. 203" in data["explanation_en"]
    assert due.explain() == f"{due.explanation}\n{due.explanation_en}"
    assert from_dict(data, type(due)) == due


def test_ref_template_points_every_ref_at_it() -> None:
    template = "#/components/schemas/{model}"
    schema = json_schema(NormativeDocument, ref_template=template)
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert refs and all(ref.startswith("#/components/schemas/") for ref in refs)
    names = {ref.rsplit("/", 1)[1] for ref in refs}
    assert names <= set(schema["$defs"])
    with pytest.raises(ValueError):
        json_schema(NormativeDocument, ref_template="#/components/schemas/")


def test_record_names_do_not_clash_with_nested_definitions() -> None:
    # Put all four records and their definitions in one OpenAPI-like table, as a web framework would.
    template = "#/components/schemas/{model}"
    table: dict[str, Any] = {}
    for cls in RECORDS:
        schema = json_schema(cls, ref_template=template)
        defs = schema.pop("$defs", {})
        assert not {c.__name__ for c in RECORDS} & set(defs), cls
        for name, definition in defs.items():
            assert table.setdefault(name, definition) == definition, name
        table[cls.__name__] = schema
    # A review nested in a document is the record's body without its tags.
    embedded = table["LegalityReviewEmbedded"]
    assert "kind" not in embedded["properties"] and "kind" in table["LegalityReview"]["properties"]
    assert set(embedded["properties"]) == set(table["LegalityReview"]["properties"]) - {"kind", "schema_version"}
