"""Issue 17: a child entry adds to its parent's duties and never removes one; lint and diff see entries."""

from __future__ import annotations

import datetime as dt

from xingzheng.rules import EntryLintFinding, RuleDiff, load_profile, parse_profile

D = dt.date
DAGANG = "tianjin-binhai-dagang"

_CHILD = """
schema_version = 1
name = "narrow-child"
parent = "national"

[[rules]]
rule = "D6"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2021-01-01
in_force = false

[[rules]]
rule = "D4"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2021-01-01
in_force = true
citations = [{ source = "major-decision-procedure-regulation-2019.md", place = "Art. 26 ¶2", quote = "一般不少于7个工作日" }]
[[rules.values.findings]]
code = "D4.review-too-short-for-parent"
severity = "info"
when = "测试 / test"

[[rules]]
rule = "D12"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2021-01-01
in_force = true
citations = [{ source = "major-decision-procedure-regulation-2019.md", place = "Art. 29(五)", quote = "合法性审查意见" }]
[[rules.values.findings]]
code = "D12.materials-incomplete"
severity = "warning"
when = "测试 / test"
"""


def test_dagang_d1_keeps_nationals_adoption_explanation() -> None:
    dagang = load_profile(DAGANG)
    assert dagang.rule("D1", D(2020, 6, 1)).has_tag("adoption-explanation")
    # The seed's own widening tags stay too.
    assert dagang.rule("D3", D(2020, 6, 1)).has_tag("enterprises")


def test_a_child_cannot_switch_off_a_rule_its_parent_enforces() -> None:
    child = parse_profile(_CHILD, "child.toml")
    assert child.rule_in_force("D6", D(2021, 6, 1)) is not None  # national's D6 still applies
    lint = [f for f in child.lint() if isinstance(f, EntryLintFinding)]
    aspects = {(f.rule, f.aspect, f.detail) for f in lint}
    assert ("D6", "in-force", "") in aspects
    # A finding listed less severe than the parent's is narrower; an equal one is not.
    assert ("D12", "finding-severity", "D12.materials-incomplete") in aspects
    assert not [a for a in aspects if a[0] == "D4"]
    assert all(f.code == f"{f.rule}.narrower-than-parent" and f.on == D(2021, 1, 1) for f in lint)


def test_dagang_lint_names_the_entries_narrower_than_national() -> None:
    lint = [f for f in load_profile(DAGANG).lint() if isinstance(f, EntryLintFinding)]
    assert {(f.rule, f.aspect, f.detail) for f in lint} == {
        ("D1", "scope-tag", "adoption-explanation"),  # omitted by the entry, inherited by the checks
        ("D2", "scope-tag", "high-public-concern-only"),  # the seed's scope; national's outside it (warnings)
    }
    assert load_profile("national").lint() == ()


def test_diff_lists_rule_entry_differences_not_parameters_only() -> None:
    national, dagang = load_profile("national"), load_profile(DAGANG)
    rules = {d.key: d for d in national.diff(dagang) if isinstance(d, RuleDiff)}
    assert "exceptions" in rules["D6"].fields  # the exploratory-reform exception is national only
    assert "scope_tags" in rules["D2"].fields and "findings" in rules["D2"].fields
    assert "findings" in rules["D4"].fields  # the seed's 5 days bind the review itself: an error
    assert rules["N1"].fields[0] == "in_force"
    assert "D7" not in rules  # identical where the seed adds nothing
    assert national.diff(national) == ()


def test_a_floor_finding_states_the_records_value_the_profiles_floor_and_the_parents() -> None:
    from xingzheng import Severity, check
    from xingzheng.model.normative import ImpactFlags, NormativeDocument, PublicComment
    from xingzheng.model.values import PublicationChannel

    # A reform of the seed's profile with a 5-working-day comment floor (laxer than the seed's 7).
    reform = load_profile(DAGANG).reform("five", {"normative_document.comment_period.min": 5})
    # Opened Mon 1 June 2020, closed Tue 9 June: 6 working days (2–5, 8, 9 June).
    doc = NormativeDocument(
        title="停车管理办法",
        issuing_body="大港街道办事处",
        drafting_unit="城市管理办公室",
        impact=ImpactFlags(vital_interests=True),
        public_comment=PublicComment(D(2020, 6, 1), D(2020, 6, 9), (PublicationChannel.GOVERNMENT_WEBSITE,)),
    )
    (finding,) = [f for f in check(doc, profile=reform).findings if f.code == "N3.comment-period-too-short-for-parent"]
    assert finding.severity is Severity.WARNING
    assert "5个工作日" in finding.message and "7个工作日" in finding.message and "five" in finding.message
    facts = {fact.label: fact.date for fact in finding.dates}
    assert facts["actual_close"] == D(2020, 6, 9)
    assert facts["required_close"] == D(2020, 6, 8)  # this profile's 5 working days
    assert facts["parent_required_close"] == D(2020, 6, 10)  # the seed's 7
