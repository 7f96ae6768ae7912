"""Major administrative decisions (D1–D15): each finding's code, severity, path, parameter, dates and both
messages, pinned on real dates of the official calendar so that a changed comparison or a changed word in
`checks/decision.py` is caught (issue 22, mutation testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from xingzheng import Finding, Report, Severity, check, upcoming
from xingzheng.model.decision import (
    BodyKind,
    CollectiveDiscussion,
    DecisionHearing,
    DiscussionMaterial,
    EvaluationTrigger,
    Expert,
    ExpertArgumentation,
    MajorDecision,
    MeetingKind,
    PostDecisionEvaluation,
    PublicParticipation,
    ReviewAmendment,
    RiskAssessment,
    Vote,
)
from xingzheng.model.review import LegalityReview, Reviewer, ReviewerRole, ReviewOpinion, SubjectKind
from xingzheng.model.values import (
    Consultation,
    ConsultationMethod,
    ConsulteeKind,
    Publication,
    PublicationChannel,
)
from xingzheng.rules import load_profile

DAGANG = "tianjin-binhai-dagang"
NATIONAL = "national"
D = dt.date
WEB = (PublicationChannel.GOVERNMENT_WEBSITE,)


JUNE_24 = dt.date(2020, 6, 24)
JULY_1 = dt.date(2020, 7, 1)


def review(completed: dt.date | None = JUNE_24, opinion: ReviewOpinion = ReviewOpinion.LAWFUL) -> LegalityReview:
    return LegalityReview(
        SubjectKind.MAJOR_DECISION,
        D(2020, 6, 15),
        materials_complete_on=D(2020, 6, 15),
        reviewers=(Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "公职律师"),),
        opinion=opinion if completed is not None else None,
        reasons="依据充分" if completed is not None else None,
        completed_on=completed,
    )


def participation(closes: dt.date = JULY_1, **kw: object) -> PublicParticipation:
    fields: dict[str, object] = {
        "comment_opened_on": D(2020, 6, 1),
        "comment_closes_on": closes,
        "channels": WEB,
        "way_and_deadline_stated": True,
        "feedback_published_on": D(2020, 7, 6),
    }
    fields.update(kw)
    return PublicParticipation(**fields)  # type: ignore[arg-type]


def discussion(**kw: object) -> CollectiveDiscussion:
    fields: dict[str, object] = {
        "held_on": D(2020, 7, 15),
        "materials": (DiscussionMaterial.DRAFT, DiscussionMaterial.LEGALITY_REVIEW_OPINION),
    }
    fields.update(kw)
    return CollectiveDiscussion(**fields)  # type: ignore[arg-type]


def good(**kw: object) -> MajorDecision:
    """A county government's decision of 2020: comment 1 June–1 July, review 15–24 June, decided 15 July."""
    decision = MajorDecision(
        title="老旧小区改造实施方案",
        decision_body="某区人民政府",
        undertaking_unit="某区住房和建设委员会",
        public_participation=participation(),
        expert_argumentation=ExpertArgumentation(D(2020, 6, 10), experts=(Expert("张三"),)),
        risk_assessment=RiskAssessment(D(2020, 6, 12), risk_points=("噪声",), measures=("错峰施工",), response_plan=True),
        legality_review=review(),
        discussion=discussion(),
        reported_to_party_committee_on=D(2020, 7, 16),
        publication=Publication(D(2020, 7, 20), WEB),
        archived=True,
    )
    return attrs.evolve(decision, **kw)


def one(report: Report, code: str) -> Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, report.codes()
    cited(report)
    return found[0]


def cited(report: Report) -> Report:
    """Every finding of a rule cites it (the rule's or the number's citations, as text).

    Built-in profiles only: a reform's own numbers carry no citation.
    """
    for f in report.findings if report.profile in ("national", "tianjin-binhai-dagang") else ():
        if not f.code.endswith(".no-rule") and not f.code.startswith(("CAL.", "LINK.")):
            assert isinstance(f.citation, str) and len(f.citation) > 10, f
    return report


def dates(finding: Finding) -> list[tuple[str, dt.date]]:
    return [(fact.label, fact.date) for fact in finding.dates]


def codes(decision: MajorDecision, profile: str = NATIONAL, prefix: str = "", as_of: dt.date | None = None) -> list[str]:
    return [c for c in cited(check(decision, profile=profile, as_of=as_of)).codes() if c.startswith(prefix)]


def test_the_good_decision_is_clean_under_both_profiles() -> None:
    for profile in (NATIONAL, DAGANG):
        report = check(good(), profile=profile, as_of=D(2021, 1, 4))
        assert (report.kind, report.title, report.profile) == ("major_decision", "老旧小区改造实施方案", profile)
        assert report.findings == ()


# --- D11 --------------------------------------------------------------------------------------------


def test_d11_a_street_office_is_named_only_by_the_seed() -> None:
    street = good(body_kind=BodyKind.STREET_OFFICE, discussion=discussion(meeting_kind=MeetingKind.OFFICE_MEETING))
    f = one(check(street, profile=NATIONAL), "D11.street-office-not-named")
    assert (f.path, f.message, f.message_en) == (
        "$.body_kind",
        "重大行政决策程序暂行条例未列明街道办事处；按其规定检查，违反之处只作警告",
        "713号令 names no street office; checked as if it applied, a breach being a warning",
    )
    assert codes(street, DAGANG) == []
    assert codes(good(body_kind=BodyKind.TOWNSHIP_GOVERNMENT, discussion=discussion(meeting_kind=MeetingKind.OFFICE_MEETING))) == []


# --- D2: public comment -----------------------------------------------------------------------------


def test_d2_a_comment_period_one_day_short() -> None:
    # Opened 1 June 2020: 30 days run through Wed 1 July; closed on 30 June, 29 days.
    decision = good(public_participation=participation(D(2020, 6, 30)))
    f = one(check(decision, profile=NATIONAL), "D2.comment-period-too-short")
    assert (f.path, f.parameter) == ("$.public_participation.comment_closes_on", "major_decision.comment_period.min")
    assert f.message == "征求意见期限 29 日，少于本配置（national）的30日：应至少至 2020-07-01，实际 2020-06-30 截止"
    assert f.message_en == (
        "the comment period ran 29 days, shorter than the 30 days of this profile (national): it had to run until "
        "2020-07-01, it closed on 2020-06-30"
    )
    assert dates(f) == [("opened", D(2020, 6, 1)), ("required_close", D(2020, 7, 1)), ("actual_close", D(2020, 6, 30))]
    reasoned = good(public_participation=participation(D(2020, 6, 30), short_period_reason="汛期"))
    w = one(check(reasoned, profile=NATIONAL), "D2.comment-period-shortened-with-reason")
    assert w.message.endswith("实际 2020-06-30 截止（已说明缩短理由）")
    assert w.message_en.endswith("it closed on 2020-06-30 (a reason was stated)")
    # The seed's 30 days state no exception: a reason changes nothing there.
    concern = good(high_public_concern=True, public_participation=participation(D(2020, 6, 30), short_period_reason="汛期"))
    assert "D2.comment-period-too-short" in codes(concern, DAGANG)
    # An announced close earlier than the accepted one counts.
    announced = good(public_participation=participation(D(2020, 7, 1), announced_closes_on=D(2020, 6, 30)))
    assert one(check(announced, profile=NATIONAL), "D2.comment-period-too-short").message.startswith("征求意见期限 29 日")
    later = good(public_participation=participation(D(2020, 7, 1), announced_closes_on=D(2020, 7, 3)))
    assert codes(later, prefix="D2") == []


def test_d2_outside_the_seeds_scope_the_national_floor_is_a_warning() -> None:
    decision = good(public_participation=participation(D(2020, 6, 30)))
    f = one(check(decision, profile=DAGANG), "D2.comment-period-too-short-for-parent")
    assert (f.severity, f.path, f.parameter) == (
        Severity.WARNING,
        "$.public_participation.comment_closes_on",
        "major_decision.comment_period.min",
    )
    assert f.message == (
        "征求意见期限 29 日：本配置不适用，但上级规则（national）要求不少于30日：应至少至 2020-07-01，实际 2020-06-30 截止"
    )
    assert f.message_en == (
        "the comment period ran 29 days: this profile's floor does not apply, but the parent rule (national) asks for "
        "30 days: it had to run until 2020-07-01, it closed on 2020-06-30"
    )
    assert dates(f) == [("opened", D(2020, 6, 1)), ("parent_required_close", D(2020, 7, 1)), ("actual_close", D(2020, 6, 30))]
    assert "第十五条" in f.citation
    assert codes(good(), DAGANG) == []


def test_d2_a_laxer_reform_of_the_seed_is_held_to_its_floor() -> None:
    lax = load_profile(DAGANG).reform("lax-d2", {"major_decision.comment_period.min": 20})
    # 1 June + 20 days = 21 June (a Sunday: the period's last day rolls to Mon 22 June); 29 days meet it.
    decision = good(high_public_concern=True, public_participation=participation(D(2020, 6, 30)))
    f = one(check(decision, profile=lax), "D2.comment-period-too-short-for-parent")
    assert (f.severity, f.path, f.parameter) == (
        Severity.WARNING,
        "$.public_participation.comment_closes_on",
        "major_decision.comment_period.min",
    )
    assert f.message == (
        "征求意见期限 29 日：本配置（lax-d2）下限20日，但上级规则（tianjin-binhai-dagang）要求不少于30日："
        "应至少至 2020-07-01，实际 2020-06-30 截止"
    )
    assert f.message_en == (
        "the comment period ran 29 days: this profile's (lax-d2) floor of 20 days, but the parent rule "
        "(tianjin-binhai-dagang) asks for 30 days: it had to run until 2020-07-01, it closed on 2020-06-30"
    )
    assert "D2.comment-period-too-short" not in check(decision, profile=lax).codes()
    assert codes(good(high_public_concern=True), lax, "D2") == []
    short = good(high_public_concern=True, public_participation=participation(D(2020, 6, 19)))
    assert "D2.comment-period-too-short" in codes(short, lax)


def test_d2_the_elements_of_the_publication() -> None:
    bare = good(
        public_participation=participation(explanation_given=False, way_and_deadline_stated=False, channels=()),
    )
    report = cited(check(bare, profile=NATIONAL))
    assert [(f.code, f.path, f.message, f.message_en) for f in report.findings] == [
        (
            "D2.explanation-missing",
            "$.public_participation.explanation_given",
            "公开征求意见未公布决策草案的说明",
            "the draft was put to comment without its explanation",
        ),
        (
            "D2.how-and-when-missing",
            "$.public_participation.way_and_deadline_stated",
            "公开征求意见未明确提出意见的方式和期限",
            "the way and deadline to comment were not stated",
        ),
        (
            "D2.channels-not-recorded",
            "$.public_participation.channels",
            "未记录公布决策草案的途径（channels）",
            "no channel of publication of the draft is recorded (channels)",
        ),
    ]
    unknown = one(check(good(public_participation=participation(way_and_deadline_stated=None)), profile=NATIONAL), "D2.how-and-when-not-recorded")
    assert (unknown.path, unknown.message, unknown.message_en) == (
        "$.public_participation.way_and_deadline_stated",
        "未记录是否明确提出意见的方式和期限（way_and_deadline_stated）",
        "whether the way and deadline to comment were stated is not recorded (way_and_deadline_stated)",
    )
    # Outside the seed's scope: only the explanation, by the parent's rule, as a warning.
    seed = cited(check(bare, profile=DAGANG))
    g = one(seed, "D2.explanation-missing-for-parent")
    assert seed.codes() == ("D2.explanation-missing-for-parent",)
    assert (g.severity, g.path) == (Severity.WARNING, "$.public_participation.explanation_given")
    assert g.message == "公开征求意见未公布决策草案的说明：本配置的规定只适用于社会关注高的事项，上级规则要求公布说明"
    assert g.message_en == (
        "the draft was put to comment without its explanation: this profile's rule covers matters of high public "
        "concern only, the parent rule requires the explanation"
    )
    assert "第十五条" in g.citation
    concern = check(attrs.evolve(bare, high_public_concern=True), profile=DAGANG)
    assert [c for c in concern.codes() if c.startswith("D2.")][:3] == [
        "D2.explanation-missing",
        "D2.how-and-when-missing",
        "D2.channels-not-recorded",
    ]


def test_d2_feedback_and_a_missing_comment_on_a_matter_of_high_concern() -> None:
    no_feedback = good(high_public_concern=True, public_participation=participation(feedback_published_on=None))
    f = one(check(no_feedback, profile=DAGANG), "D2.feedback-missing")
    assert (f.path, f.message, f.message_en) == (
        "$.public_participation.feedback_published_on",
        "未记录向社会反馈意见采纳情况和理由（feedback_published_on）",
        "no feedback on which opinions were adopted and why is recorded (feedback_published_on)",
    )
    assert codes(no_feedback, NATIONAL, "D2") == []
    assert codes(attrs.evolve(no_feedback, high_public_concern=False), DAGANG, "D2") == []
    assert codes(attrs.evolve(no_feedback, discussion=None), DAGANG, "D2") == []
    none = good(high_public_concern=True, public_participation=None)
    g = one(check(none, profile=DAGANG), "D2.comment-missing")
    assert (g.path, g.message, g.message_en) == (
        "$.public_participation",
        "社会关注高的决策事项未记录公开征求意见",
        "no public comment is recorded on a matter of high public concern",
    )
    assert "D2.comment-missing" not in codes(none, NATIONAL)
    assert "D2.comment-missing" not in codes(attrs.evolve(none, confidential=True), DAGANG)
    assert "D2.comment-missing" not in codes(attrs.evolve(none, discussion=None), DAGANG)
    assert "D2.comment-missing" not in codes(attrs.evolve(none, high_public_concern=False), DAGANG)


def test_d2_is_read_on_the_day_the_comment_opened() -> None:
    # 713号令 took effect on 1 Sept 2019: a comment opened the day before is not judged by D2.
    early = good(public_participation=participation(D(2019, 9, 5), comment_opened_on=D(2019, 8, 31)))
    report = check(early, profile=NATIONAL)
    assert [c for c in report.codes() if c.startswith("D2")] == ["D2.no-rule"]
    assert one(report, "D2.no-rule").message == "规则配置 national 在 2019-08-31 未执行规则 D2，未检查"


# --- D3 ---------------------------------------------------------------------------------------------


def test_d3_the_groups_and_enterprises_to_hear() -> None:
    groups = good(touches_specific_groups=True)
    f = one(check(groups, profile=NATIONAL), "D3.groups-not-heard")
    assert (f.path, f.message, f.message_en) == (
        "$.public_participation.consultations",
        "决策事项涉及特定群体利益，未听取相关人民团体、社会组织或群众代表的意见",
        "the matter touches a specific group's interests and no people's organisation, social organisation or "
        "public representative was heard",
    )
    both = good(touches_enterprises=True, touches_industry=True)
    seed = check(both, profile=DAGANG)
    assert [(x.code, x.message, x.message_en) for x in seed.findings] == [
        (
            "D3.enterprises-not-heard",
            "决策事项涉及企业利益，未听取企业或行业协会商会的意见",
            "the matter touches enterprises' interests and neither enterprises nor their associations were heard",
        ),
        (
            "D3.industry-not-heard",
            "决策事项涉及行业利益，未听取行业协会商会或企业的意见",
            "the matter touches an industry's interests and neither its associations nor enterprises were heard",
        ),
    ]
    assert codes(both, NATIONAL) == []  # 713号令 Art. 14 ¶3 names no enterprises: the seed's addition
    heard = attrs.evolve(
        both,
        public_participation=participation(
            consultations=(Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 6, 5), consultees=(ConsulteeKind.INDUSTRY_ASSOCIATIONS,)),)
        ),
    )
    assert codes(heard, DAGANG) == []
    represented = attrs.evolve(
        groups,
        public_participation=participation(
            consultations=(Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 6, 5), consultees=(ConsulteeKind.PUBLIC_REPRESENTATIVES,)),)
        ),
    )
    assert codes(represented) == []
    assert codes(attrs.evolve(groups, discussion=None), prefix="D3") == []
    # With no public participation at all: nobody heard (and D5 says the step is missing).
    alone = attrs.evolve(groups, public_participation=None)
    assert codes(alone) == ["D3.groups-not-heard", "D5.public-participation-missing"]


# --- D5 ---------------------------------------------------------------------------------------------


def test_d5_the_statutory_steps() -> None:
    missing = good(public_participation=None, expert_argumentation=None, risk_assessment=None, technical=True, stability_risk=True)
    report = check(missing, profile=NATIONAL)
    assert [(f.code, f.path, f.message, f.message_en) for f in report.findings[:3]] == [
        ("D5.public-participation-missing", "$.public_participation", "未履行公众参与程序", "the statutory step of public participation is missing"),
        ("D5.expert-argumentation-missing", "$.expert_argumentation", "未履行专家论证程序", "the statutory step of expert argumentation is missing"),
        ("D5.risk-assessment-missing", "$.risk_assessment", "未履行风险评估程序", "the statutory step of risk assessment is missing"),
    ]  # and D1: a technical matter explains the adoption of the experts' opinions
    assert report.codes()[3:] == ("D1.adoption-not-explained",)
    plain = attrs.evolve(missing, technical=False, stability_risk=False)
    assert codes(plain) == ["D5.public-participation-missing"]
    assert codes(attrs.evolve(plain, confidential=True)) == []
    assert codes(attrs.evolve(missing, discussion=None)) == []


# --- D6, D15, D7, D12: the discussion ---------------------------------------------------------------


def test_d6_discussed_without_a_lawful_opinion() -> None:
    early = good(discussion=discussion(held_on=D(2020, 6, 23)))
    f = one(check(early, profile=NATIONAL), "D6.discussed-without-lawful-opinion")
    assert (f.severity, f.path) == (Severity.ERROR, "$.discussion")
    assert f.message == "决策草案未经合法性审查或者经审查不合法，提交了讨论"
    assert f.message_en == "the draft went to discussion without a legality review or after an unlawful opinion"
    assert dates(f) == [("discussion", D(2020, 6, 23))]
    assert codes(good(discussion=discussion(held_on=D(2020, 6, 24))), prefix="D6") == []
    unlawful = good(legality_review=review(opinion=ReviewOpinion.UNLAWFUL))
    assert "D6.discussed-without-lawful-opinion" in codes(unlawful)


def test_d6_the_exploratory_reform_exception() -> None:
    reform = good(
        legality_review=None,
        exploratory_reform=True,
        no_clear_national_rule=True,
        legal_risk_statement="国家尚无明确规定，存在被撤销的风险",
    )
    f = one(check(reform, profile=NATIONAL), "D6.exploratory-reform-exception")
    assert (f.path, f.message, f.message_en) == (
        "$.legal_risk_statement",
        "国家尚无明确规定的探索性改革决策事项，已明示法律风险后提交讨论",
        "an exploratory reform with no clear national rule, discussed with its legal risk stated",
    )
    unknown = one(check(attrs.evolve(reform, no_clear_national_rule=None), profile=NATIONAL), "D6.no-clear-rule-not-recorded")
    assert (unknown.path, unknown.message, unknown.message_en) == (
        "$.no_clear_national_rule",
        "探索性改革事项已明示法律风险，但未记录国家是否尚无明确规定（no_clear_national_rule）",
        "an exploratory reform with its legal risk stated, but whether the state has no clear rule is not recorded "
        "(no_clear_national_rule)",
    )
    for changed in (
        attrs.evolve(reform, no_clear_national_rule=False),
        attrs.evolve(reform, legal_risk_statement=None),
        attrs.evolve(reform, exploratory_reform=False),
    ):
        assert "D6.discussed-without-lawful-opinion" in codes(changed)
    assert "D6.discussed-without-lawful-opinion" in codes(reform, DAGANG)  # the exception is national only


def test_d15_an_opinion_to_amend_needs_the_amendment_before_the_discussion() -> None:
    amend = good(legality_review=review(opinion=ReviewOpinion.MUST_BE_AMENDED))
    f = one(check(amend, profile=NATIONAL), "D15.not-adjusted-after-review")
    assert (f.path, f.message, f.message_en) == (
        "$.review_amendment",
        "审查意见为应当予以修改，讨论前未记录根据审查意见所作的调整或者补充",
        "the review said the draft must be amended; no adjustment or supplement per the opinion is recorded before the discussion",
    )
    assert codes(attrs.evolve(amend, review_amendment=ReviewAmendment(D(2020, 7, 15))), prefix="D15") == []
    assert "D15.not-adjusted-after-review" in codes(attrs.evolve(amend, review_amendment=ReviewAmendment(D(2020, 7, 16))))


def test_d7_the_meeting_and_its_record() -> None:
    office = good(discussion=discussion(meeting_kind=MeetingKind.OFFICE_MEETING))
    f = one(check(office, profile=NATIONAL), "D7.not-executive-or-plenary")
    assert (f.path, f.message, f.message_en) == (
        "$.discussion.meeting_kind",
        "县级以上地方人民政府的决策草案未经常务会议或者全体会议讨论",
        "the draft of a county-level or higher government was not discussed at an executive or plenary meeting",
    )
    assert codes(good(discussion=discussion(meeting_kind=MeetingKind.PLENARY)), prefix="D7") == []
    other = good(body_kind=BodyKind.GOVERNMENT_DEPARTMENT, discussion=discussion(meeting_kind=MeetingKind.OTHER))
    g = one(check(other, profile=NATIONAL), "D7.meeting-kind-not-recorded")
    assert (g.path, g.message, g.message_en) == (
        "$.discussion.meeting_kind",
        "会议类别记为“其他”：参照执行的机关应以本机关的集体会议（如主任办公会）讨论",
        "the meeting is recorded as “other”: a body applying 713号令 by analogy discusses the draft at its own collective "
        "meeting (e.g. a 主任办公会)",
    )
    for kind in (MeetingKind.EXECUTIVE, MeetingKind.PLENARY, MeetingKind.OFFICE_MEETING):
        assert codes(attrs.evolve(other, discussion=discussion(meeting_kind=kind)), prefix="D7") == []
    silent = check(good(discussion=discussion(head_spoke_last=False)), profile=NATIONAL)
    h = one(silent, "D7.head-did-not-speak-last")
    assert (h.path, h.message, h.message_en) == ("$.discussion.head_spoke_last", "行政首长未最后发表意见", "the head did not speak last")
    departed = good(discussion=discussion(majority_view=Vote.REJECT, decision=Vote.APPROVE))
    k = one(check(departed, profile=NATIONAL), "D7.departure-not-explained")
    assert (k.path, k.message, k.message_en) == (
        "$.discussion.head_reasons",
        "行政首长的决定与多数人意见不一致，未在会上说明理由",
        "the head's decision differs from the majority's view and no reasons were given at the meeting",
    )
    assert codes(good(discussion=discussion(majority_view=Vote.REJECT, decision=Vote.APPROVE, head_reasons="预算已落实")), prefix="D7") == []
    assert codes(good(discussion=discussion(majority_view=Vote.APPROVE, decision=Vote.APPROVE)), prefix="D7") == []
    assert codes(good(discussion=discussion(majority_view=Vote.REJECT)), prefix="D7") == []
    assert codes(good(discussion=discussion(decision=Vote.APPROVE)), prefix="D7") == []
    unrecorded = one(check(good(discussion=discussion(minutes_recorded=False, dissent_expressed=True)), profile=NATIONAL), "D7.not-recorded")
    assert (unrecorded.path, unrecorded.message, unrecorded.message_en) == (
        "$.discussion.minutes_recorded",
        "集体讨论情况未如实记录",
        "the discussion was not recorded",
    )
    dissent = one(check(good(discussion=discussion(dissent_expressed=True)), profile=NATIONAL), "D7.dissent-not-recorded")
    assert (dissent.path, dissent.message, dissent.message_en) == (
        "$.discussion.dissent",
        "会上有不同意见，记录未如实载明",
        "different opinions were expressed at the meeting and the minutes do not state them",
    )
    assert codes(good(discussion=discussion(dissent_expressed=True, dissent=("李四：预算不足",))), prefix="D7") == []


def test_d12_the_materials_for_discussion() -> None:
    short = good(affects_market_entities=True, discussion=discussion(materials=(DiscussionMaterial.DRAFT,)))
    f = one(check(short, profile=NATIONAL), "D12.materials-incomplete")
    assert f.path == "$.discussion.materials"
    assert f.message == "提交讨论的材料缺少：fair_competition_review、legality_review_opinion"
    assert f.message_en == "the materials for discussion lack: fair_competition_review, legality_review_opinion"
    assert codes(attrs.evolve(short, affects_market_entities=False), prefix="D12") == ["D12.materials-incomplete"]
    assert codes(good(affects_market_entities=True), prefix="D12") == ["D12.materials-incomplete"]
    assert codes(good(discussion=discussion(materials=())), prefix="D12") == []


# --- D9, D10, D13 -----------------------------------------------------------------------------------


def test_d9_the_hearing_list_and_materials() -> None:
    # A hearing on Fri 10 July 2020: its materials were due 7 clear days before, by Thu 2 July.
    unrecorded = good(hearing=DecisionHearing(D(2020, 7, 10)))
    report = check(unrecorded, profile=NATIONAL)
    f = one(report, "D9.participant-list-not-recorded")
    assert (f.path, f.message, f.message_en) == (
        "$.hearing.participant_list_published_on",
        "未记录听证参加人名单的公布日期（participant_list_published_on）",
        "no day of publication of the participant list is recorded (participant_list_published_on)",
    )
    g = one(report, "D9.materials-sent-not-recorded")
    assert (g.path, g.parameter) == ("$.hearing.materials_sent_on", "major_decision.hearing_materials_notice.min")
    assert g.message == "未记录听证会材料的送达日期（materials_sent_on）；应于听证会7日前（至迟 2020-07-02）送达"
    assert g.message_en == (
        "no delivery day of the hearing materials is recorded (materials_sent_on); they were due 7 days before the "
        "hearing (by 2020-07-02)"
    )
    assert dates(g) == [("latest", D(2020, 7, 2)), ("hearing", D(2020, 7, 10))]
    late = good(hearing=DecisionHearing(D(2020, 7, 10), materials_sent_on=D(2020, 7, 3), participant_list_published_on=D(2020, 7, 10)))
    report = check(late, profile=NATIONAL)
    h = one(report, "D9.participant-list-not-published")
    assert h.message == "听证参加人名单于 2020-07-10 公布，未在听证会（2020-07-10）前提前公布"
    assert h.message_en == "the participant list was published on 2020-07-10, not before the hearing (2020-07-10)"
    assert dates(h) == [("published", D(2020, 7, 10)), ("hearing", D(2020, 7, 10))]
    assert h.path == "$.hearing.participant_list_published_on"
    k = one(report, "D9.materials-late")
    assert (k.path, k.parameter) == ("$.hearing.materials_sent_on", "major_decision.hearing_materials_notice.min")
    assert k.message == "听证会材料应于听证会7日前（至迟 2020-07-02）送达，实际 2020-07-03"
    assert k.message_en == "hearing materials had to reach participants 7 days before the hearing (by 2020-07-02); they did on 2020-07-03"
    assert dates(k) == [("latest", D(2020, 7, 2)), ("hearing", D(2020, 7, 10)), ("sent", D(2020, 7, 3))]
    on_time = good(hearing=DecisionHearing(D(2020, 7, 10), materials_sent_on=D(2020, 7, 2), participant_list_published_on=D(2020, 7, 9)))
    assert codes(on_time) == []


def test_d10_an_interested_expert_is_named_by_index() -> None:
    argued = good(
        expert_argumentation=ExpertArgumentation(
            D(2020, 6, 10), experts=(Expert("张三"), Expert("李四", direct_interest=True), Expert("王五", direct_interest=True))
        )
    )
    report = cited(check(argued, profile=NATIONAL))
    found = [f for f in report.findings if f.code == "D10.interested-expert"]
    assert [f.path for f in found] == [
        "$.expert_argumentation.experts[1].direct_interest",
        "$.expert_argumentation.experts[2].direct_interest",
    ]
    assert (found[0].message, found[0].message_en) == (
        "选择了与决策事项有直接利害关系的专家或专业机构",
        "an expert or professional body with a direct interest in the matter was chosen",
    )


def test_d13_the_risk_report_and_an_uncontrollable_risk() -> None:
    empty = good(risk_assessment=RiskAssessment(D(2020, 6, 12)))
    f = one(check(empty, profile=NATIONAL), "D13.report-incomplete")
    assert f.path == "$.risk_assessment"
    assert f.message == "风险评估报告未记录：风险点、防范措施、处置预案"
    assert f.message_en == "the risk assessment report records no risk points (risk_points), measures (measures), response plan (response_plan)"
    partial = good(risk_assessment=RiskAssessment(D(2020, 6, 12), risk_points=("噪声",), response_plan=True))
    assert one(check(partial, profile=NATIONAL), "D13.report-incomplete").message == "风险评估报告未记录：防范措施"
    assert codes(good(risk_assessment=RiskAssessment(D(2020, 6, 12), already_assessed=True))) == []
    wild = good(risk_assessment=RiskAssessment(D(2020, 6, 12), risk_points=("噪声",), measures=("错峰",), response_plan=True, controllable=False))
    g = one(check(wild, profile=NATIONAL), "D13.uncontrollable-risk-not-adjusted")
    assert (g.path, g.message, g.message_en) == (
        "$.risk_assessment.measures_taken",
        "风险评估认为风险不可控，未记录调整决策草案或其他确保风险可控的措施即作出决策",
        "the risk was judged uncontrollable and no adjustment of the draft or other measure making it controllable "
        "is recorded before the decision",
    )
    assert codes(attrs.evolve(wild, risk_assessment=attrs.evolve(wild.risk_assessment, draft_adjusted=True))) == []  # type: ignore[misc]
    assert codes(attrs.evolve(wild, risk_assessment=attrs.evolve(wild.risk_assessment, measures_taken=("分段施工",)))) == []  # type: ignore[misc]
    assert codes(attrs.evolve(wild, discussion=None), prefix="D13") == []


# --- D1, D14, D8: after the decision ----------------------------------------------------------------


def test_d1_publication_within_the_profiles_reasonable_time() -> None:
    # Decided Wed 15 July 2020: 16, 17, 20–24, 27–31 July, 3–7 and 10–12 Aug are the 20 working days.
    unpublished = good(publication=None, reported_to_party_committee_on=None)
    assert codes(unpublished, as_of=D(2020, 8, 12)) == []
    assert codes(unpublished) == []
    f = one(check(unpublished, profile=NATIONAL, as_of=D(2020, 8, 13)), "D1.not-published")
    assert (f.severity, f.path, f.parameter) == (Severity.WARNING, "$.publication", "major_decision.publication_period.max")
    assert f.message == "决策于 2020-07-15 作出，超过本配置所定的合理期限（20个工作日，至 2020-08-12），至 2020-08-13 未记录公布"
    assert f.message_en == (
        "decided on 2020-07-15, past the profile's reasonable time (20 working days, by 2020-08-12), and no publication "
        "is recorded on 2020-08-13"
    )
    assert dates(f) == [("decided", D(2020, 7, 15)), ("due", D(2020, 8, 12)), ("as_of", D(2020, 8, 13))]
    assert codes(attrs.evolve(unpublished, confidential=True), as_of=D(2020, 9, 1), prefix="D1") == []
    (item,) = upcoming(unpublished, as_of=D(2020, 8, 13), profile=NATIONAL)
    assert (item.rule, item.parameter, item.deadline.due, item.overdue) == ("D1", "major_decision.publication_period.max", D(2020, 8, 12), True)
    assert item.what == "决策应及时公布（本配置所定的合理期限至 2020-08-12）"
    assert item.what_en == "publish the decision promptly (the profile's reasonable time ends on 2020-08-12)"
    assert upcoming(good(), as_of=D(2020, 8, 13), profile=NATIONAL) == ()
    assert upcoming(attrs.evolve(unpublished, confidential=True), as_of=D(2020, 8, 13), profile=NATIONAL) == ()


def test_d1_the_adoption_of_opinions_explained_on_publication() -> None:
    concern = good(high_public_concern=True)
    f = one(check(concern, profile=NATIONAL), "D1.adoption-not-explained")
    assert (f.path, f.message, f.message_en) == (
        "$.adoption_explained",
        "公布决策时未记录说明公众意见、专家论证意见的采纳情况（adoption_explained）",
        "the publication records no explanation of how public and expert opinions were adopted (adoption_explained)",
    )
    assert "D1.adoption-not-explained" in codes(good(technical=True))
    assert codes(good(high_public_concern=True, adoption_explained=True), prefix="D1") == []
    assert codes(good(high_public_concern=True, publication=None), prefix="D1") == []


def test_d14_the_report_to_the_party_committee_and_the_archive() -> None:
    unreported = good(reported_to_party_committee_on=None)
    f = one(check(unreported, profile=NATIONAL), "D14.report-not-recorded")
    assert (f.path, f.message, f.message_en) == (
        "$.reported_to_party_committee_on",
        "决策已公布，未记录向同级党委请示报告（reported_to_party_committee_on）",
        "the decision was issued and no report to the same-level Party committee is recorded (reported_to_party_committee_on)",
    )
    late = good(reported_to_party_committee_on=D(2020, 7, 21))
    g = one(check(late, profile=NATIONAL), "D14.not-reported-to-party-committee")
    assert g.path == "$.reported_to_party_committee_on"
    assert g.message == "决策于 2020-07-20 公布，2020-07-21 才向同级党委请示报告"
    assert g.message_en == "the decision was issued on 2020-07-20 and reported to the same-level Party committee only on 2020-07-21"
    assert dates(g) == [("issued", D(2020, 7, 20)), ("reported", D(2020, 7, 21))]
    assert codes(good(reported_to_party_committee_on=D(2020, 7, 20)), prefix="D14") == []
    assert codes(good(publication=None, reported_to_party_committee_on=None), prefix="D14") == []
    k = one(check(good(archived=False), profile=NATIONAL), "D14.not-archived")
    assert (k.path, k.message, k.message_en) == (
        "$.archived",
        "决策过程记录和材料未归档",
        "the records and materials of the procedure were not archived",
    )
    assert codes(good(archived=None), prefix="D14") == []


def test_d8_the_post_decision_evaluation() -> None:
    short = good(evaluation_triggers=(EvaluationTrigger.RESULTS_FALL_SHORT,))
    f = one(check(short, profile=DAGANG), "D8.evaluation-missing")
    assert (f.path, f.message, f.message_en) == (
        "$.post_evaluation",
        "决策明显未达到预期效果或者公众意见较多，未记录决策后评估",
        "results fell clearly short or many opinions were raised, and no post-decision evaluation is recorded",
    )
    assert "D8.evaluation-missing" in codes(good(evaluation_triggers=(EvaluationTrigger.MANY_OPINIONS,)), DAGANG)
    assert codes(good(evaluation_triggers=(EvaluationTrigger.BODY_DEEMS_NECESSARY,)), DAGANG) == []
    assert codes(short, NATIONAL) == []  # 713号令 Art. 36: 可以
    evaluation = PostDecisionEvaluation(D(2021, 7, 1), third_party=True, evaluator_did_pre_decision_work=True, used_for_adjustment=False)
    report = cited(check(attrs.evolve(short, post_evaluation=evaluation), profile=DAGANG))
    assert [(x.code, x.path, x.message, x.message_en) for x in report.findings] == [
        (
            "D8.evaluator-not-independent",
            "$.post_evaluation.evaluator_did_pre_decision_work",
            "受委托的第三方承担过决策前的主要论证评估工作",
            "the commissioned third party did the main pre-decision argumentation or assessment",
        ),
        (
            "D8.results-not-used",
            "$.post_evaluation.used_for_adjustment",
            "评估结果未作为调整决策的依据",
            "the evaluation's results were not used in adjusting the decision",
        ),
    ]
    own = PostDecisionEvaluation(D(2021, 7, 1), third_party=False, evaluator_did_pre_decision_work=True, used_for_adjustment=None)
    assert codes(attrs.evolve(short, post_evaluation=own), DAGANG) == []


# --- upcoming ---------------------------------------------------------------------------------------


def test_upcoming_comment_period_of_an_undecided_draft() -> None:
    draft = good(discussion=None, publication=None, reported_to_party_committee_on=None, legality_review=review(None))
    (item,) = upcoming(draft, as_of=D(2020, 6, 20), profile=NATIONAL)
    assert (item.rule, item.parameter, item.deadline.due, item.overdue) == ("D2", "major_decision.comment_period.min", D(2020, 7, 1), False)
    assert (item.what, item.what_en) == ("征求意见至少持续至 2020-07-01，此前不得结束", "the comment period must stay open through 2020-07-01")
    assert [u.rule for u in upcoming(draft, as_of=D(2020, 7, 1), profile=NATIONAL)] == ["D2"]
    assert upcoming(draft, as_of=D(2020, 7, 2), profile=NATIONAL) == ()
    # Outside the seed's scope nothing is due; inside it (high public concern), the same 30 days.
    assert upcoming(draft, as_of=D(2020, 6, 20), profile=DAGANG) == ()
    assert [u.deadline.due for u in upcoming(attrs.evolve(draft, high_public_concern=True), as_of=D(2020, 6, 20), profile=DAGANG)] == [D(2020, 7, 1)]
    assert upcoming(attrs.evolve(draft, public_participation=None), as_of=D(2020, 6, 20), profile=NATIONAL) == ()
    assert upcoming(attrs.evolve(draft, public_participation=PublicParticipation()), as_of=D(2020, 6, 20), profile=NATIONAL) == ()


@pytest.mark.parametrize("profile", [NATIONAL, DAGANG])
def test_a_decision_with_only_a_running_review_has_nothing_due(profile: str) -> None:
    draft = MajorDecision(title="草案", decision_body="某区人民政府", undertaking_unit="某局", legality_review=review(None))
    assert upcoming(draft, as_of=D(2020, 9, 1), profile=profile) == ()
