"""JSON Schema of the record classes: generated from the converter's table, and agreeing with `loads`."""

from __future__ import annotations

import json
import random
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

from _io_support import example_dicts, mutate, triples
from test_io import Tree, _trees
from xingzheng.cli import main
from xingzheng.errors import LoadError
from xingzheng.io import json_schema, kinds, loads, to_dict

FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _validator(cls: type) -> jsonschema.Draft202012Validator:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def test_the_format_checker_knows_dates() -> None:
    # Without rfc3339-validator the checker lets bad date-times pass (DECISIONS.md).
    assert not FORMATS.conforms("2020-01-02T09:30:00", "date-time")
    assert not FORMATS.conforms("2020-02-30", "date")


@pytest.mark.parametrize(
    "kind",
    ["normative_document", "major_decision", "enforcement_case", "legality_review", "disclosure_request", "reconsideration_case", "petition"],
)
def test_record_schemas_are_strict_and_described(kind: str) -> None:
    schema = json_schema(kinds()[kind])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["kind"] == {"const": kind, "description": "记录类型 / record kind"}
    assert {"kind", "schema_version"} <= set(schema["required"])
    assert " / " in schema["description"]  # 中文名 / English
    objects = [schema, *schema.get("$defs", {}).values()]
    assert all(o["additionalProperties"] is False for o in objects)
    assert all("description" in p for o in objects for p in o["properties"].values())


def test_personal_fields_are_marked() -> None:
    party = json_schema(kinds()["enforcement_case"])["$defs"]["Party"]["properties"]
    assert party["person_name"].get("x-personal") is True
    assert "x-personal" not in party["organisation_name"]


def test_examples_validate() -> None:
    for data in example_dicts():
        _validator(kinds()[data["kind"]]).validate(data)


@settings(max_examples=100)
@given(_trees)
def test_hypothesis_records_validate(tree: Tree) -> None:
    _validator(Tree).validate(to_dict(tree))


def _model_strategies() -> list[Any]:
    from xingzheng import strategies

    return [getattr(strategies, n) for n in ("normative_documents", "major_decisions", "legality_reviews", "enforcement_cases") if hasattr(strategies, n)]


@pytest.mark.parametrize("index", range(4))
def test_model_records_validate_and_round_trip(index: int) -> None:
    found = _model_strategies()
    assert len(found) == 4, "xingzheng.strategies must generate each of the four records"
    strategy = found[index]
    from xingzheng.io import from_dict

    @settings(max_examples=40)
    @given(strategy() if callable(strategy) else strategy)
    def run(record: Any) -> None:
        data = to_dict(record)
        _validator(type(record)).validate(data)
        assert from_dict(data, type(record)) == record
        assert loads(json.dumps(data, ensure_ascii=False)) == record

    run()


_STRUCTURAL = ("未知字段", "缺少必填字段", "应为", "不是允许的取值", "不存在的日期", "记录类型", "缺少记录类型")


def _structural(problems: tuple[tuple[str, str, str], ...]) -> bool:
    return any(zh.startswith(_STRUCTURAL) for _, zh, _ in problems)


def test_schema_and_loads_agree_on_structural_mutations() -> None:
    # Where the schema rejects, loads rejects; where loads rejects for a structural reason, the schema
    # rejects too. A cross-field invariant of the model (an opinion without its date) is beyond JSON
    # Schema: there loads alone refuses, and its problems must all be such invariants.
    rng = random.Random(11)
    bases = example_dicts()
    validators = {d["kind"]: _validator(kinds()[d["kind"]]) for d in bases}
    disagreements: list[str] = []
    both_refuse = both_accept = 0
    for _ in range(400):
        base = rng.choice(bases)
        mutated, what = mutate(base, rng, structural_only=True)
        schema_ok = validators[base["kind"]].is_valid(mutated)
        try:
            loads(json.dumps(mutated, ensure_ascii=False), kinds()[base["kind"]])
            loads_ok, structural = True, False
        except LoadError as exc:
            loads_ok, structural = False, _structural(triples(exc))
        if (not schema_ok and loads_ok) or (schema_ok and not loads_ok and structural):
            disagreements.append(f"{what}: schema {schema_ok}, loads {loads_ok}")
        both_refuse += not schema_ok and not loads_ok
        both_accept += schema_ok and loads_ok
    assert not disagreements, disagreements[:10]
    # Both directions were exercised: mutations both refuse, and mutations both accept (an optional
    # field dropped, a nullable one set to null).
    assert both_refuse > 200 and both_accept > 10, (both_refuse, both_accept)


def test_cli_schema_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "NormativeDocument"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema(kinds()["normative_document"])
    assert main(["schema", "legality_review"]) == 0
    capsys.readouterr()
    assert main(["schema", "Nope"]) == 2
    assert "NormativeDocument" in capsys.readouterr().err
