"""Litigation facts on an enforcement case (issue 23): how a suit ended and whether the agency's head
appeared in court, for the annual figures; no rule is checked (the Administrative Litigation Law is not in
``laws/``)."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import attrs
import jsonschema
from hypothesis import given, settings

import xingzheng.model.reconsideration
from xingzheng import (
    EnforcementCase,
    Litigation,
    LitigationOutcome,
    ReconsiderationCase,
    check,
    dumps,
    json_schema,
    loads,
)
from xingzheng.strategies import enforcement_cases

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020" / "enforcement-case.json"


def _case() -> EnforcementCase:
    case = loads(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(case, EnforcementCase)
    return case


def test_one_litigation_class_for_both_records() -> None:
    assert xingzheng.model.reconsideration.Litigation is Litigation
    assert (
        typing.get_type_hints(ReconsiderationCase)["litigation"]
        == typing.get_type_hints(EnforcementCase)["litigation"]
        == Litigation | None
    )


def test_a_case_without_litigation_says_none() -> None:
    case = _case()
    assert case.litigation is None
    assert "litigation" not in json.loads(EXAMPLE.read_text(encoding="utf-8"))
    old = {**json.loads(EXAMPLE.read_text(encoding="utf-8")), "schema_version": 1}
    assert loads(json.dumps(old)).litigation is None


def test_litigation_round_trips_and_validates() -> None:
    case = attrs.evolve(_case(), litigation=Litigation(outcome=LitigationOutcome.LOST, head_appeared=True))
    text = dumps(case)
    data = json.loads(text)
    assert data["litigation"] == {"outcome": "lost", "head_appeared": True}
    jsonschema.validate(data, json_schema(EnforcementCase), format_checker=jsonschema.FormatChecker())
    assert loads(text) == case


def test_the_schema_describes_the_outcomes() -> None:
    schema = json_schema(EnforcementCase)
    assert schema["properties"]["litigation"]["anyOf"][1] == {"type": "null"}
    definition = json.dumps(schema["$defs"], ensure_ascii=False)
    for outcome in ("won", "lost", "withdrawn", "settled"):
        assert f'"{outcome}"' in definition
    bad = {**json.loads(dumps(_case())), "litigation": {"outcome": "appealed"}}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
    assert errors


def test_public_view_shows_the_facts() -> None:
    case = attrs.evolve(_case(), litigation=Litigation(outcome=LitigationOutcome.WON, head_appeared=False))
    assert case.public_view()["litigation"] == {"outcome": "won", "head_appeared": False}


def test_no_finding_depends_on_litigation() -> None:
    case = _case()
    plain = check(case, profile="tianjin-binhai-dagang")
    for litigation in (Litigation(), Litigation(LitigationOutcome.LOST, False)):
        with_suit = check(attrs.evolve(case, litigation=litigation), profile="tianjin-binhai-dagang")
        assert with_suit.findings == plain.findings


@settings(max_examples=60)
@given(enforcement_cases())
def test_generated_litigation_only_follows_a_suit(case: EnforcementCase) -> None:
    if case.litigation is not None:
        assert any(remedy.kind.value == "litigation" for remedy in case.remedies)
    assert loads(dumps(case)) == case
