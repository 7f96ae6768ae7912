"""Severity as data: every finding code's severity, duty-holder and binding words live in the profiles.

The checks never write a severity of their own (`Judge.emit` reads `Profile.finding_spec`), so the docs'
table of rules and the checks cannot disagree; an error needs binding words (应当 / 不得 / 必须 / 一律).
"""

from __future__ import annotations

import datetime as dt

import pytest

from _io_support import triples
from xingzheng.errors import InvariantError, LoadError
from xingzheng.rules import (
    Citation,
    FindingSpec,
    builtin_profile_names,
    holds_imperative,
    load_profile,
    parse_profile,
)

_WORDS = Citation("administrative-penalty-law-2021.md", "Art. 16", "除法律、法规、规章外，其他规范性文件不得设定行政处罚")


def test_an_error_needs_binding_words() -> None:
    FindingSpec("N13.creates-penalty", "error", words=_WORDS)
    with pytest.raises(InvariantError):
        FindingSpec("N13.creates-penalty", "error")
    permission = Citation("major-decision-procedure-regulation-2019.md", "Art. 26 ¶1", "可以退回")
    with pytest.raises(InvariantError):
        FindingSpec("L1.opinion-early", "error", words=permission)
    FindingSpec("L1.opinion-early", "warning", words=permission)  # a warning may rest on a reading


@pytest.mark.parametrize("code", ["N13", "n13.x", "N13.Bad", "N13.", "N13.a--b", ".x"])
def test_codes_have_one_form(code: str) -> None:
    with pytest.raises(InvariantError):
        FindingSpec(code, "warning")


def test_severity_is_a_closed_vocabulary() -> None:
    with pytest.raises(InvariantError):
        FindingSpec("N13.creates-penalty", "fatal", words=_WORDS)


_PROFILE = """
schema_version = 1
name = "test-findings"
parent = "national"

[[rules]]
rule = "N13"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2030-01-01
in_force = true
citations = [{{ source = "administrative-penalty-law-2021.md", place = "Art. 16", quote = "其他规范性文件不得设定行政处罚" }}]
[[rules.values.findings]]
code = "{code}"
severity = "{severity}"
{words}
"""


def _profile(code: str = "N13.creates-penalty", severity: str = "warning", words: str = "") -> str:
    return _PROFILE.format(code=code, severity=severity, words=words)


def test_a_child_state_overrides_the_parent_from_its_date_only() -> None:
    child = parse_profile(_profile(), "test.toml")
    national = load_profile("national")
    before, after = dt.date(2029, 12, 31), dt.date(2030, 1, 1)
    assert child.finding_spec("N13.creates-penalty", before) == national.finding_spec("N13.creates-penalty", before)
    spec = child.finding_spec("N13.creates-penalty", after)
    assert spec is not None and spec.severity == "warning"
    # Codes the child's state does not list fall back to the parent's on every date.
    assert child.finding_spec("N13.creates-licence", after) == national.finding_spec("N13.creates-licence", after)


def test_specs_carry_forward_through_later_states_of_an_entry() -> None:
    national = load_profile("national")
    # Listed on the 2004 state only; the 2012 and 2021 states do not repeat it.
    assert national.finding_spec("N13.creates-licence", dt.date(2004, 6, 30)) is None
    for day in (dt.date(2004, 7, 1), dt.date(2012, 1, 1), dt.date(2025, 1, 1)):
        spec = national.finding_spec("N13.creates-licence", day)
        assert spec is not None and spec.severity == "error"
    # Restated on the 2021 state with the 2021 wording.
    old = national.finding_spec("N13.creates-penalty", dt.date(2021, 7, 14))
    new = national.finding_spec("N13.creates-penalty", dt.date(2021, 7, 15))
    assert old is not None and new is not None
    assert old.words is not None and old.words.source == "administrative-penalty-law-2017.md"
    assert new.words is not None and new.words.source == "administrative-penalty-law-2021.md"


@pytest.mark.parametrize(
    ("code", "severity", "words"),
    [
        ("N12.other-rule", "warning", ""),  # a code of another rule
        ("N13.creates-penalty", "error", ""),  # an error without binding words
        ("N13.creates-penalty", "severe", ""),
    ],
)
def test_the_loader_refuses_bad_findings(code: str, severity: str, words: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse_profile(_profile(code, severity, words), "test.toml")
    assert any(".findings[0]" in path for path, _zh, _en in triples(caught.value))


@pytest.mark.parametrize("name", builtin_profile_names())
def test_every_listed_error_rests_on_binding_words(name: str) -> None:
    for _profile_name, _entry, _state, spec in load_profile(name).finding_catalogue():
        if spec.severity == "error":
            assert spec.words is not None and holds_imperative(spec.words.quote), spec.code
            assert spec.binds, f"{spec.code}: an error names who is bound"
