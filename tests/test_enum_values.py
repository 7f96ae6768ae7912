"""Enum values in JSON are English snake case (issue 21): the review opinions were Chinese names in format
version 1; `dumps` writes the new values, `loads` reads the old ones (a migration step for version 1, and
the enum's own alias in version 2), and the Chinese name is the member's label."""

from __future__ import annotations

import enum
import json
import re
from pathlib import Path

import pytest

import xingzheng
import xingzheng.model
from _io_support import triples
from xingzheng import LegalityReview, LoadError, ReviewOpinion, dumps, json_schema, loads, migrate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"
OLD = {"合法": ReviewOpinion.LAWFUL, "不合法": ReviewOpinion.UNLAWFUL, "应当予以修改": ReviewOpinion.MUST_BE_AMENDED}


def _enums() -> list[type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for module in (xingzheng, xingzheng.model):
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                found[obj.__name__] = obj
    return list(found.values())


def test_every_enum_value_is_english_snake_case() -> None:
    offenders = {
        (cls.__name__, member.value)
        for cls in _enums()
        for member in cls
        if not (type(member.value) is str and re.fullmatch(r"[a-z][a-z0-9_]*", member.value))
    }
    assert offenders == set()


def test_opinions_have_their_chinese_name_as_label() -> None:
    assert {member.label: member for member in ReviewOpinion} == OLD
    assert [member.value for member in ReviewOpinion] == ["lawful", "unlawful", "must_be_amended"]
    for label, member in OLD.items():
        assert ReviewOpinion(label) is member


def _review_dict() -> dict[str, object]:
    data: dict[str, object] = json.loads((EXAMPLES / "legality-review-contract.json").read_text(encoding="utf-8"))
    return data


def test_dumps_writes_the_new_values() -> None:
    review = loads(json.dumps(_review_dict()))
    assert review.opinion is ReviewOpinion.MUST_BE_AMENDED
    assert json.loads(dumps(review))["opinion"] == "must_be_amended"
    assert json_schema(LegalityReview)["properties"]["opinion"]["anyOf"][0]["enum"] == [
        "lawful",
        "unlawful",
        "must_be_amended",
    ]


@pytest.mark.parametrize("label", sorted(OLD))
def test_version_1_values_are_migrated(label: str) -> None:
    data = {**_review_dict(), "schema_version": 1, "opinion": label}
    migrated = migrate(data)
    assert migrated["opinion"] == OLD[label].value and migrated["schema_version"] == 2
    assert data["opinion"] == label  # the input is left alone
    assert loads(json.dumps(data, ensure_ascii=False)).opinion is OLD[label]


def test_version_1_opinions_nested_in_records_are_migrated() -> None:
    for name, key in (
        ("normative-document.json", "legality_review"),
        ("major-decision.json", "legality_review"),
        ("enforcement-case.json", "legal_review"),
    ):
        data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
        assert data[key]["opinion"] == "lawful"
        old = {**data, "schema_version": 1, key: {**data[key], "opinion": "合法"}}
        assert migrate(old)[key]["opinion"] == "lawful"
        assert loads(json.dumps(old, ensure_ascii=False)) == loads(json.dumps(data, ensure_ascii=False))


def test_evidence_payloads_are_not_rewritten() -> None:
    # An evidence event's recorded fields are data with a hash over them: a migration must not touch them.
    data = json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8"))
    old = {**data, "schema_version": 1}
    assert migrate(old)["evidence_log"] == data["evidence_log"]
    assert "合法" in json.dumps(data["evidence_log"], ensure_ascii=False)


def test_old_values_in_version_2_input_are_read_too() -> None:
    data = {**_review_dict(), "opinion": "合法"}
    assert loads(json.dumps(data, ensure_ascii=False)).opinion is ReviewOpinion.LAWFUL


def test_other_values_are_still_refused() -> None:
    with pytest.raises(LoadError) as info:
        loads(json.dumps({**_review_dict(), "opinion": "基本合法"}, ensure_ascii=False))
    ((path, _zh, en),) = triples(info.value)
    assert path == "$.opinion" and "lawful" in en
