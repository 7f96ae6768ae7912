"""Major decisions past the calendar's data, before 713号令, on the days their rules are read, and under
profiles of their own: findings pinned for mutation testing (issue 22; docs/testing.md). Split from
`test_mutation_checks_decisions.py`, whose records and helpers it uses."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from test_mutation_checks_decisions import (  # the records and helpers of the decisions' tests
    DAGANG,
    NATIONAL,
    WEB,
    D,
    codes,
    dates,
    discussion,
    good,
    one,
    participation,
    review,
)
from xingzheng import Report, Severity, check, upcoming
from xingzheng.model.decision import (
    BodyKind,
    DecisionHearing,
    DiscussionMaterial,
    Expert,
    ExpertArgumentation,
    MajorDecision,
    PublicParticipation,
    RiskAssessment,
)
from xingzheng.model.review import LegalityReview, Reviewer, ReviewerRole, ReviewOpinion, SubjectKind
from xingzheng.model.values import (
    Publication,
)
from xingzheng.rules import load_profile

# --- past the calendar's coverage: each warning names the field whose day could not be counted --------


def coverage_paths(report: Report) -> list[tuple[str, dt.date]]:
    return [(f.path, f.dates[0].date) for f in report.findings if f.code == "CAL.coverage"]


def test_a_comment_period_past_the_calendar_is_a_coverage_warning_on_its_close() -> None:
    late = good(
        public_participation=participation(D(2027, 2, 1), comment_opened_on=D(2027, 1, 4), feedback_published_on=None),
        discussion=None,
        publication=None,
        reported_to_party_committee_on=None,
    )
    assert coverage_paths(check(late, profile=NATIONAL)) == [("$.public_participation.comment_closes_on", D(2027, 1, 1))]
    # Outside the seed's scope, the parent's floor is counted instead: the same field.
    assert coverage_paths(check(late, profile=DAGANG)) == [("$.public_participation.comment_closes_on", D(2027, 1, 1))]
    # A laxer reform: its own 20 days end in 2026 (30 Dec), the seed's 30 in 2027.
    lax = load_profile(DAGANG).reform("lax-d2", {"major_decision.comment_period.min": 20})
    edge = attrs.evolve(
        late,
        high_public_concern=True,
        public_participation=participation(D(2026, 12, 30), comment_opened_on=D(2026, 12, 10), feedback_published_on=None),
    )
    assert coverage_paths(check(edge, profile=lax)) == [("$.public_participation.comment_closes_on", D(2027, 1, 1))]


def test_d1_a_publication_due_past_the_calendar_and_the_citation_of_the_number() -> None:
    unpublished = good(
        discussion=discussion(held_on=D(2026, 12, 21)),
        publication=None,
        reported_to_party_committee_on=None,
    )
    report = check(unpublished, profile=NATIONAL, as_of=D(2027, 6, 1))
    assert coverage_paths(report) == [("$.publication", D(2027, 1, 1))]
    assert "D1.not-published" not in report.codes()
    f = one(check(good(publication=None), profile=NATIONAL, as_of=D(2020, 9, 1)), "D1.not-published")
    assert f.citation.startswith("重大行政决策程序暂行条例（国务院令第713号） 第三十二条：“及时公布重大行政决策”; ")


_EARLY_D1 = """
schema_version = 1
name = "early-d1"
parent = "national"

[[rules]]
rule = "D1"
title_zh = "决策公布"
title_en = "publication of the decision"
[[rules.values]]
since = 2019-01-01
in_force = true
citations = [
  { source = "major-decision-procedure-regulation-2019.md", place = "Art. 32", quote = "及时公布重大行政决策" },
]

[[rules]]
rule = "D9"
title_zh = "听证"
title_en = "hearing"
[[rules.values]]
since = 2019-01-01
in_force = true
citations = [
  { source = "major-decision-procedure-regulation-2019.md", place = "Art. 16 ¶3", quote = "听证参加人名单应当提前向社会公布。听证会材料应当于召开听证会7日前送达听证参加人" },
]

[[rules]]
rule = "D2"
title_zh = "公开征求意见"
title_en = "public comment"
[[rules.values]]
since = 2019-01-01
in_force = true
citations = [
  { source = "major-decision-procedure-regulation-2019.md", place = "Art. 15 ¶1", quote = "公布决策草案及其说明等材料，明确提出意见的方式和期限。公开征求意见的期限一般不少于30日" },
]
"""


def test_d1_without_a_reasonable_time_in_force_nothing_is_late() -> None:
    from xingzheng.rules import parse_profile

    profile = parse_profile(_EARLY_D1, "early-d1.toml")
    # Decided on 3 June 2019: D1 in force by this profile, but no reasonable time before 1 Sept 2019.
    early = good(discussion=discussion(held_on=D(2019, 6, 3)), publication=None, reported_to_party_committee_on=None)
    assert "D1.not-published" not in check(early, profile=profile, as_of=D(2020, 1, 6)).codes()
    assert not [u for u in upcoming(early, as_of=D(2019, 7, 1), profile=profile) if u.rule == "D1"]
    # D2 in force from 2019, its 30 days only from 1 Sept 2019: the comment period is not judged, said once.
    comment = good(public_participation=participation(D(2019, 6, 10), comment_opened_on=D(2019, 6, 3), feedback_published_on=None))
    report = check(comment, profile=profile)
    f = one(report, "D2.no-rule")
    assert (f.severity, f.path, f.citation) == (Severity.INFO, "$.public_participation", "")
    assert f.message == "规则配置 early-d1 在 2019-06-03 没有生效的 major_decision.comment_period.min，D2 未检查"
    assert not [c for c in report.codes() if c.startswith("D2.comment")]
    heard = good(hearing=DecisionHearing(D(2019, 6, 20), materials_sent_on=D(2019, 6, 10), participant_list_published_on=D(2019, 6, 1)))
    g = one(check(heard, profile=profile), "D9.no-rule")
    assert (g.path, g.message) == (
        "$.hearing",
        "规则配置 early-d1 在 2019-06-20 没有生效的 major_decision.hearing_materials_notice.min，D9 未检查",
    )


# --- before 713号令 (1 Sept 2019): every rule says it was not checked, on its own day and field --------


def test_before_713_every_rule_reached_says_not_checked_on_its_day_and_field() -> None:
    old = good(
        body_kind=BodyKind.STREET_OFFICE,
        touches_specific_groups=True,
        high_public_concern=True,
        public_participation=participation(D(2019, 7, 1), comment_opened_on=D(2019, 6, 1), feedback_published_on=None),
        expert_argumentation=ExpertArgumentation(D(2019, 6, 10), experts=(Expert("甲", direct_interest=True),)),
        risk_assessment=RiskAssessment(D(2019, 6, 12)),
        hearing=DecisionHearing(D(2019, 7, 5)),
        legality_review=LegalityReview(
            SubjectKind.MAJOR_DECISION,
            D(2019, 6, 15),
            materials_complete_on=D(2019, 6, 15),
            opinion=ReviewOpinion.MUST_BE_AMENDED,
            completed_on=D(2019, 6, 24),
        ),
        discussion=discussion(held_on=D(2019, 7, 15), materials=(DiscussionMaterial.DRAFT,)),
        reported_to_party_committee_on=D(2019, 7, 16),
        publication=Publication(D(2019, 7, 20)),
    )
    report = check(old, profile=NATIONAL, as_of=D(2019, 8, 1))
    assert all(f.severity is Severity.INFO and f.citation == "" for f in report.findings)
    expected = [
        ("D11", "$.body_kind", "2019-07-15"),
        ("D2", "$.public_participation", "2019-06-01"),
        ("D3", "$.public_participation.consultations", "2019-07-15"),
        ("D4", "$.legality_review", "2019-06-15"),
        ("D5", "$", "2019-07-15"),
        ("D6", "$.discussion", "2019-07-15"),
        ("D15", "$.discussion", "2019-07-15"),
        ("D7", "$.discussion", "2019-07-15"),
        ("D12", "$.discussion.materials", "2019-07-15"),
        ("D9", "$.hearing", "2019-07-05"),
        ("D10", "$.expert_argumentation.experts", "2019-06-10"),
        ("D13", "$.risk_assessment", "2019-06-12"),
        ("D1", "$.publication", "2019-07-15"),
        ("D14", "$", "2019-07-15"),
        ("D8", "$.post_evaluation", "2019-07-15"),
    ]
    assert [(f.code, f.path, f.message, f.message_en) for f in report.findings] == [
        (
            f"{rule}.no-rule",
            path,
            f"规则配置 national 在 {day} 未执行规则 {rule}，未检查",
            f"profile national does not enforce {rule} on {day}: not checked",
        )
        for rule, path, day in expected
    ]


def test_d3_is_judged_on_the_day_of_decision_even_when_the_comment_opened_before_713() -> None:
    # Bug found by mutation testing (issue 22): D3 was skipped whenever D2 was not in force on the day the
    # comment opened, although D3 is judged on the day of the decision.
    decision = good(
        touches_specific_groups=True,
        public_participation=participation(D(2019, 9, 20), comment_opened_on=D(2019, 8, 20), feedback_published_on=None),
        legality_review=LegalityReview(
            SubjectKind.MAJOR_DECISION,
            D(2019, 9, 23),
            materials_complete_on=D(2019, 9, 23),
            reviewers=(Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "公职律师"),),
            opinion=ReviewOpinion.LAWFUL,
            completed_on=D(2019, 10, 9),
        ),
        discussion=discussion(held_on=D(2019, 10, 15)),
        reported_to_party_committee_on=D(2019, 10, 16),
        publication=Publication(D(2019, 10, 18), WEB),
    )
    assert check(decision, profile=NATIONAL).codes() == ("D2.no-rule", "D3.groups-not-heard")


_ROOT_D2 = """
schema_version = 1
name = "root-d2"

[[rules]]
rule = "D2"
title_zh = "公开征求意见"
title_en = "public comment"
[[rules.values]]
since = 2020-01-01
in_force = true
scope_tags = ["high-public-concern-only"]
citations = [
  { source = "major-decision-procedure-regulation-2019.md", place = "Art. 15 ¶1", quote = "公布决策草案及其说明等材料，明确提出意见的方式和期限。公开征求意见的期限一般不少于30日" },
]
"""


def test_a_root_profile_narrowed_to_high_concern_has_no_parent_to_apply_outside_it() -> None:
    from xingzheng.rules import parse_profile

    root = parse_profile(_ROOT_D2, "root-d2.toml")
    assert root.parent is None
    report = check(good(public_participation=participation(D(2020, 6, 20), explanation_given=False)), profile=root)
    assert not [c for c in report.codes() if c.startswith("D2.") and c != "D2.no-rule"]


def test_the_latest_step_of_an_undecided_draft_is_the_day_its_rules_are_read() -> None:
    # A street office's draft with only its expert argumentation (after 713号令): D11 is read on that day.
    draft = MajorDecision(
        title="草案",
        decision_body="某街道办事处",
        undertaking_unit="某科室",
        body_kind=BodyKind.STREET_OFFICE,
        expert_argumentation=ExpertArgumentation(D(2019, 9, 10), experts=(Expert("张三"),)),
    )
    assert check(draft, profile=NATIONAL).codes() == ("D11.street-office-not-named",)
    assert check(attrs.evolve(draft, expert_argumentation=ExpertArgumentation(D(2019, 8, 30))), profile=NATIONAL).codes() == (
        "D11.no-rule",
    )
    # Nothing recorded and no day asked: nothing to judge.
    assert check(attrs.evolve(draft, expert_argumentation=None), profile=NATIONAL).findings == ()


def test_the_review_of_a_decision_is_judged_at_its_own_path() -> None:
    bare = good(legality_review=attrs.evolve(review(), reviewers=()))
    f = one(check(bare, profile=NATIONAL), "L3.reviewers-not-recorded")
    assert f.path == "$.legality_review.reviewers"


def test_no_comment_on_a_matter_of_high_concern_before_713_is_not_judged() -> None:
    old = good(
        high_public_concern=True,
        public_participation=None,
        legality_review=None,
        discussion=discussion(held_on=D(2019, 7, 15)),
        reported_to_party_committee_on=None,
        publication=None,
    )
    report = check(old, profile=DAGANG)
    (info,) = [f for f in report.findings if f.code == "D2.no-rule"]
    assert (info.path, info.message) == ("$.public_participation", "规则配置 tianjin-binhai-dagang 在 2019-07-15 未执行规则 D2，未检查")


_UNCONDITIONAL_D5 = """
schema_version = 1
name = "every-step"
parent = "national"

[[rules]]
rule = "D5"
title_zh = "法定程序"
title_en = "statutory steps"
[[rules.values]]
since = 2019-09-01
in_force = true
scope_tags = ["unconditional"]
citations = [
  { source = "major-decision-procedure-regulation-2019.md", place = "Art. 19 ¶1", quote = "对专业性、技术性较强的决策事项，决策承办单位应当组织专家、专业机构论证其必要性、可行性、科学性等" },
]
"""


def test_a_profile_requiring_every_step_needs_experts_and_risk_assessment_for_any_matter() -> None:
    from xingzheng.rules import parse_profile

    strict = parse_profile(_UNCONDITIONAL_D5, "every-step.toml")
    plain = good(expert_argumentation=None, risk_assessment=None)
    assert codes(plain) == []
    assert [c for c in check(plain, profile=strict).codes() if c.startswith("D5.")] == [
        "D5.expert-argumentation-missing",
        "D5.risk-assessment-missing",
    ]


def test_a_reform_of_the_seed_on_another_key_keeps_the_national_floor_outside_its_scope() -> None:
    reformed = load_profile(DAGANG).reform("reformed", {"normative_document.review_period.max": 14})
    short = good(public_participation=participation(D(2020, 6, 30)))
    f = one(check(short, profile=reformed), "D2.comment-period-too-short-for-parent")
    assert "上级规则（national）要求不少于30日" in f.message


def test_a_calendar_counting_regular_weeks_is_used_past_the_data() -> None:
    from xingzheng import default_calendar

    weeks = default_calendar().with_options(assume_regular_weeks=True)
    # Opened Mon 4 Jan 2027: 30 days run to Wed 3 Feb; closed on 2 Feb.
    late = good(
        public_participation=participation(D(2027, 2, 2), comment_opened_on=D(2027, 1, 4), feedback_published_on=None),
        discussion=None,
        publication=None,
        reported_to_party_committee_on=None,
        hearing=DecisionHearing(D(2027, 3, 10)),
    )
    report = check(late, profile=NATIONAL, calendar=weeks)
    assert "CAL.coverage" not in report.codes()
    f = one(report, "D2.comment-period-too-short")
    assert dates(f)[1] == ("required_close", D(2027, 2, 3))
    g = one(report, "D9.materials-sent-not-recorded")
    assert dates(g)[0] == ("latest", D(2027, 3, 2))
    # With the built-in calendar: one warning for 2027, at the first field that needed it.
    assert coverage_paths(check(late, profile=NATIONAL)) == [("$.public_participation.comment_closes_on", D(2027, 1, 1))]


@pytest.mark.parametrize(
    "step",
    ["legality_review", "risk_assessment", "hearing", "public_participation"],
)
def test_each_step_of_an_undecided_draft_can_be_the_day_its_rules_are_read(step: str) -> None:
    # A street office's draft with one step after 713号令 (1 Sept 2019): D11 is read on that step's day.
    after, before = D(2019, 9, 10), D(2019, 8, 30)
    steps = {
        "legality_review": lambda day: LegalityReview(SubjectKind.MAJOR_DECISION, day),
        "risk_assessment": lambda day: RiskAssessment(day, risk_points=("噪声",), measures=("错峰",), response_plan=True),
        "hearing": lambda day: DecisionHearing(day, materials_sent_on=day - dt.timedelta(days=10), participant_list_published_on=day - dt.timedelta(days=10)),
        "public_participation": lambda day: PublicParticipation(
            comment_opened_on=day, comment_closes_on=day + dt.timedelta(days=40), channels=WEB, way_and_deadline_stated=True
        ),
    }
    draft = MajorDecision(title="草案", decision_body="某街道办事处", undertaking_unit="某科室", body_kind=BodyKind.STREET_OFFICE)
    assert "D11.street-office-not-named" in check(attrs.evolve(draft, **{step: steps[step](after)}), profile=NATIONAL).codes()
    assert "D11.street-office-not-named" not in check(attrs.evolve(draft, **{step: steps[step](before)}), profile=NATIONAL).codes()


def test_an_empty_draft_is_judged_on_the_day_asked() -> None:
    draft = MajorDecision(title="草案", decision_body="某街道办事处", undertaking_unit="某科室", body_kind=BodyKind.STREET_OFFICE)
    assert check(draft, profile=NATIONAL).findings == ()
    assert check(draft, profile=NATIONAL, as_of=D(2019, 9, 2)).codes() == ("D11.street-office-not-named",)
    assert check(draft, profile=NATIONAL, as_of=D(2019, 8, 30)).codes() == ("D11.no-rule",)
