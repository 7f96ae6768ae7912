"""Issue 17: no error without words that bind — each false error, its lawful and its unlawful record.

Every case is judged from the API (guards and `check`) and a few from the CLI (`xingzheng check FILE
--profile … --json`), under both built-in profiles where the rule is in force in both.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from xingzheng import ProcedureError, Severity, check, default_calendar, upcoming
from xingzheng.checks import Report
from xingzheng.cli import main
from xingzheng.io import dumps, loads
from xingzheng.model.decision import (
    BodyKind,
    CollectiveDiscussion,
    MajorDecision,
    MeetingKind,
    PublicParticipation,
    ReviewAmendment,
    RiskAssessment,
)
from xingzheng.model.normative import Deliberation, ImpactFlags, NormativeDocument, PublicComment
from xingzheng.model.review import (
    LegalityReview,
    Reviewer,
    ReviewerRole,
    ReviewMaterial,
    ReviewOpinion,
    SubjectKind,
)
from xingzheng.model.values import Consultation, ConsultationMethod, ConsulteeKind, PublicationChannel

D = dt.date
DAGANG = "tianjin-binhai-dagang"
BOTH = ("national", DAGANG)
CAL = default_calendar()


def severities(report: Report, code: str) -> list[Severity]:
    return [f.severity for f in report.findings if f.code == code]


def errors(report: Report) -> set[str]:
    return {f.code for f in report.findings if f.severity is Severity.ERROR}


# --- major decisions ---------------------------------------------------------------------------------


REVIEWED = D(2020, 7, 13)


def review(opinion: ReviewOpinion = ReviewOpinion.LAWFUL, completed: dt.date = REVIEWED) -> LegalityReview:
    return LegalityReview(
        SubjectKind.MAJOR_DECISION,
        requested_on=D(2020, 7, 1),
        materials_complete_on=D(2020, 7, 1),
        reviewers=(Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "公职律师"),),
        opinion=opinion,
        reasons="理由",
        completed_on=completed,
    )


def decision(**changes: object) -> MajorDecision:
    base = MajorDecision(
        title="老旧小区改造实施方案",
        decision_body="大港街道办事处",
        undertaking_unit="城市管理办公室",
        public_participation=PublicParticipation(
            D(2020, 5, 4),
            D(2020, 6, 10),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
            way_and_deadline_stated=True,
        ),
        legality_review=review(),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


MEETING = CollectiveDiscussion(held_on=D(2020, 7, 20))


@pytest.mark.parametrize("profile", BOTH)
def test_d6_a_must_be_amended_opinion_does_not_bar_discussion(profile: str) -> None:
    amend = decision(legality_review=review(ReviewOpinion.MUST_BE_AMENDED))
    discussed = amend.to_discussion(MEETING, profile=profile)  # not refused
    report = check(discussed, profile=profile)
    assert not [c for c in report.codes() if c.startswith("D6.")]
    assert severities(report, "D15.not-adjusted-after-review") == [Severity.WARNING]
    adjusted = discussed.amend_after_review(ReviewAmendment(D(2020, 7, 15), "修改第三条"))
    assert "D15.not-adjusted-after-review" not in check(adjusted, profile=profile).codes()
    # The unlawful record: "unlawful" is refused and, forged into the record, an error.
    unlawful = decision(legality_review=review(ReviewOpinion.UNLAWFUL))
    with pytest.raises(ProcedureError) as info:
        unlawful.to_discussion(MEETING, profile=profile)
    assert info.value.rule == "D6"
    forged = attrs.evolve(unlawful, discussion=MEETING)
    assert "D6.discussed-without-lawful-opinion" in errors(check(forged, profile=profile))


def test_d15_quotes_article_28() -> None:
    amend = decision(legality_review=review(ReviewOpinion.MUST_BE_AMENDED)).to_discussion(MEETING)
    (finding,) = [f for f in check(amend).findings if f.code == "D15.not-adjusted-after-review"]
    assert "决策承办单位根据合法性审查意见进行必要的调整或者补充" in finding.citation


def consulted(*kinds: ConsulteeKind) -> PublicParticipation:
    return PublicParticipation(
        D(2020, 5, 4),
        D(2020, 6, 10),
        channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
        way_and_deadline_stated=True,
        consultations=(Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 5, 20), consultees=kinds),),
    )


@pytest.mark.parametrize("profile", BOTH)
def test_d3_specific_groups_need_one_of_their_organisations_not_every_category(profile: str) -> None:
    lawful = decision(touches_specific_groups=True, public_participation=consulted(ConsulteeKind.PUBLIC_REPRESENTATIVES))
    assert not [c for c in check(lawful.to_discussion(MEETING), profile=profile).codes() if c.startswith("D3.")]
    unlawful = decision(touches_specific_groups=True, public_participation=consulted(ConsulteeKind.ENTERPRISES))
    report = check(unlawful.to_discussion(MEETING), profile=profile)
    assert severities(report, "D3.groups-not-heard") == [Severity.ERROR]  # 713号令 Art. 14 ¶3: 应当


def test_d3_enterprises_and_industry_only_under_the_seed_and_as_warnings() -> None:
    lawful = decision(touches_enterprises=True, touches_industry=True, public_participation=consulted(ConsulteeKind.INDUSTRY_ASSOCIATIONS))
    assert not [c for c in check(lawful.to_discussion(MEETING), profile=DAGANG).codes() if c.startswith("D3.")]
    unheard = decision(touches_enterprises=True, public_participation=consulted(ConsulteeKind.PUBLIC_REPRESENTATIVES))
    report = check(unheard.to_discussion(MEETING), profile=DAGANG)
    assert severities(report, "D3.enterprises-not-heard") == [Severity.WARNING]  # the seed's sentence: no 应当
    # 713号令 Art. 14 ¶3 says nothing of enterprises.
    assert not [c for c in check(unheard.to_discussion(MEETING)).codes() if c.startswith("D3.")]


def test_d3_a_version_1_flag_is_carried_into_the_three_new_ones() -> None:
    record = json.loads(dumps(decision()))
    for name in ("touches_enterprises", "touches_industry", "touches_specific_groups"):
        del record[name]
    record.update(schema_version=1, affects_specific_groups=True)
    loaded = loads(json.dumps(record, ensure_ascii=False))
    assert isinstance(loaded, MajorDecision)
    assert loaded.touches_enterprises and loaded.touches_industry and loaded.touches_specific_groups


@pytest.mark.parametrize("profile", BOTH)
def test_d1_publication_is_upcoming_on_the_day_of_the_decision_and_late_only_past_the_stated_time(profile: str) -> None:
    decided = decision().to_discussion(MEETING, profile=profile)
    same_day = check(decided, profile=profile, as_of=MEETING.held_on)
    assert "D1.not-published" not in same_day.codes()
    (item,) = [u for u in upcoming(decided, as_of=MEETING.held_on, profile=profile) if u.rule == "D1"]
    # 20 working days after Mon 20 July 2020: 21–24 (4), 27–31 (9), 3–7 Aug (14), 10–14 (19), Mon 17 Aug (20).
    assert item.deadline.due == D(2020, 8, 17)
    assert "D1.not-published" not in check(decided, profile=profile, as_of=D(2020, 8, 17)).codes()
    late = check(decided, profile=profile, as_of=D(2020, 8, 18))
    (finding,) = [f for f in late.findings if f.code == "D1.not-published"]
    assert finding.severity is Severity.WARNING and finding.parameter == "major_decision.publication_period.max"


def test_d1_under_dagang_keeps_national_adoption_explanation() -> None:
    from xingzheng.model.values import Publication

    d = decision(high_public_concern=True).to_discussion(MEETING)
    published = attrs.evolve(d, publication=Publication(D(2020, 7, 22)), reported_to_party_committee_on=D(2020, 7, 21))
    for profile in BOTH:
        report = check(published, profile=profile)
        (finding,) = [f for f in report.findings if f.code == "D1.adoption-not-explained"]
        assert "应当说明公众意见、专家论证意见的采纳情况" in finding.citation
    explained = attrs.evolve(published, adoption_explained=True)
    assert "D1.adoption-not-explained" not in check(explained, profile=DAGANG).codes()


def test_d2_explanation_outside_the_seeds_scope_is_a_warning_citing_the_national_parent() -> None:
    no_explanation = attrs.evolve(decision().public_participation, explanation_given=False)
    d = decision(public_participation=no_explanation)
    report = check(d, profile=DAGANG)
    (finding,) = [f for f in report.findings if f.code == "D2.explanation-missing-for-parent"]
    assert finding.severity is Severity.WARNING
    assert "第十五条" in finding.citation and "大港街" not in finding.citation
    assert "D2.explanation-missing" not in report.codes()
    concern = check(attrs.evolve(d, high_public_concern=True), profile=DAGANG)
    assert severities(concern, "D2.explanation-missing") == [Severity.ERROR]
    assert severities(check(d), "D2.explanation-missing") == [Severity.ERROR]


def test_d4_a_reviewer_who_finishes_early_is_no_error_nationally() -> None:
    # From Wed 1 July 2020: 2, 3, 6, 7, 8, Thu 9 July = 6 working days.
    assert CAL.workdays_between(D(2020, 7, 1), D(2020, 7, 9)) == 6
    d = decision(legality_review=review(completed=D(2020, 7, 9))).to_discussion(MEETING)
    national = check(d)
    assert "D4.review-too-short" in national.codes() and not errors(national)
    # The seed binds the review time itself: 4 working days are an error under Dagang.
    short = decision(legality_review=review(completed=D(2020, 7, 7))).to_discussion(MEETING)
    assert severities(check(short, profile=DAGANG), "D4.review-too-short") == [Severity.ERROR]


def test_d5_under_dagang_applies_the_conditions_of_713() -> None:
    plain = decision().to_discussion(MEETING)
    assert not [c for c in check(plain, profile=DAGANG).codes() if c.startswith("D5.")]
    technical = attrs.evolve(plain, technical=True)
    assert severities(check(technical, profile=DAGANG), "D5.expert-argumentation-missing") == [Severity.ERROR]
    risky = attrs.evolve(plain, stability_risk=True)
    assert severities(check(risky, profile=DAGANG), "D5.risk-assessment-missing") == [Severity.ERROR]


@pytest.mark.parametrize("profile", BOTH)
def test_d7_a_street_office_decides_at_its_own_collective_meeting(profile: str) -> None:
    office = CollectiveDiscussion(held_on=D(2020, 7, 20), meeting_kind=MeetingKind.OFFICE_MEETING)
    street = decision(body_kind=BodyKind.STREET_OFFICE).to_discussion(office)
    assert not [c for c in check(street, profile=profile).codes() if c.startswith("D7.")]
    county = decision(body_kind=BodyKind.COUNTY_OR_HIGHER_GOVERNMENT).to_discussion(office)
    (finding,) = [f for f in check(county, profile=profile).findings if f.code == "D7.not-executive-or-plenary"]
    assert finding.severity is Severity.ERROR
    assert "应当经决策机关常务会议或者全体会议讨论" in finding.citation
    assert "行政首长最后发表意见" in finding.citation


def test_d7_dissent_expressed_must_be_stated() -> None:
    spoke = CollectiveDiscussion(held_on=D(2020, 7, 20), dissent_expressed=True, dissent=("副主任：建议分期实施",))
    assert "D7.dissent-not-recorded" not in check(decision().to_discussion(spoke)).codes()
    silent = attrs.evolve(spoke, dissent=())
    assert severities(check(decision().to_discussion(silent)), "D7.dissent-not-recorded") == [Severity.ERROR]


@pytest.mark.parametrize("profile", BOTH)
def test_d13_other_measures_count_for_an_uncontrollable_risk(profile: str) -> None:
    risk = RiskAssessment(
        D(2020, 6, 20),
        risk_points=("征迁",),
        measures=("分期实施",),
        response_plan=True,
        controllable=False,
        measures_taken=("增设过渡安置房",),
    )
    d = decision(stability_risk=True, risk_assessment=risk).to_discussion(MEETING)
    assert not [c for c in check(d, profile=profile).codes() if c.startswith("D13.")]
    none_taken = attrs.evolve(d, risk_assessment=attrs.evolve(risk, measures_taken=()))
    # "可以作出决策" is a permission: a warning at most.
    assert severities(check(none_taken, profile=profile), "D13.uncontrollable-risk-not-adjusted") == [Severity.WARNING]


# --- normative documents (the seed; 115号) ---------------------------------------------------------


def doc_review(**changes: object) -> LegalityReview:
    base = LegalityReview(
        SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=D(2020, 6, 15),
        materials_complete_on=D(2020, 6, 15),
        materials=tuple(m for m in ReviewMaterial if m is not ReviewMaterial.OTHER),
        reviewers=(Reviewer(ReviewerRole.LEGAL_ADVISER, "法律顾问"),),
        opinion=ReviewOpinion.LAWFUL,
        completed_on=D(2020, 6, 24),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def document(**changes: object) -> NormativeDocument:
    base = NormativeDocument(
        title="居民小区停车管理办法",
        issuing_body="大港街道办事处",
        drafting_unit="城市管理办公室",
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True),
        public_comment=PublicComment(D(2020, 6, 1), D(2020, 6, 12), (PublicationChannel.GOVERNMENT_WEBSITE,)),
        legality_review=doc_review(),
        deliberation=Deliberation(D(2020, 6, 29)),
        promulgated_on=D(2020, 6, 30),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def test_n2_governed_by_may_is_a_warning_at_most() -> None:
    bare = document(public_comment=PublicComment(D(2020, 6, 1), D(2020, 6, 12), how_and_by_when_stated=False))
    report = check(bare, profile=DAGANG)
    assert severities(report, "N2.channel-missing") == [Severity.WARNING]
    assert severities(report, "N2.how-and-when-missing") == [Severity.WARNING]
    assert not [c for c in errors(report) if c.startswith("N2.")]
    # The binding duty is N1's: no comment at all is the error.
    assert "N1.public-comment-missing" in errors(check(document(public_comment=None), profile=DAGANG))


def test_n3_guard_and_check_agree_on_every_day_of_the_comment() -> None:
    # Comment Mon 1 – Fri 12 June 2020; the 7 working days run through Wed 10 June.
    draft = document(promulgated_on=None)
    for offset in range(0, 16):
        day = D(2020, 6, 1) + dt.timedelta(days=offset)
        try:
            draft.promulgate(day, profile=DAGANG)
            refused = False
        except ProcedureError:
            refused = True
        report = check(attrs.evolve(draft, promulgated_on=day), profile=DAGANG)
        n3_errors = {c for c in errors(report) if c.startswith("N3.")}
        assert refused == bool(n3_errors), day
        assert refused == (day <= D(2020, 6, 10)), day
        assert ("N3.promulgated-during-comment" in report.codes()) == (D(2020, 6, 11) <= day <= D(2020, 6, 12)), day


def test_n4_and_n6_lists_ending_in_deng_are_open() -> None:
    survey = Consultation(ConsultationMethod.QUESTIONNAIRE, D(2020, 6, 5), consultees=(ConsulteeKind.INTERESTED_PARTIES,))
    impact = ImpactFlags(vital_interests=True, rights_and_duties=True, major_interest_adjustment=True)
    lawful = document(impact=impact, consultations=(survey,))
    assert not [c for c in check(lawful, profile=DAGANG).codes() if c.startswith("N4.")]
    assert "N4.consultation-missing" in errors(check(document(impact=impact), profile=DAGANG))
    hard = ImpactFlags(vital_interests=True, rights_and_duties=True, high_public_concern=True)
    written = Consultation(ConsultationMethod.WRITTEN, D(2020, 6, 16))
    hearing = Consultation(ConsultationMethod.HEARING, D(2020, 6, 18))
    heard = document(impact=hard, legality_review=doc_review(hard_question=True, consultations=(written, hearing)))
    assert "N6.hard-question-not-consulted" not in check(heard, profile=DAGANG).codes()
    only_written = attrs.evolve(heard, legality_review=doc_review(hard_question=True, consultations=(written,)))
    assert "N6.hard-question-not-consulted" in errors(check(only_written, profile=DAGANG))


@pytest.mark.parametrize("profile", BOTH)
def test_n11_no_comments_to_report_where_none_was_required_or_held(profile: str) -> None:
    lacking = doc_review(materials=(ReviewMaterial.DRAFT_AND_EXPLANATION, ReviewMaterial.LEGAL_BASIS, ReviewMaterial.DRAFTING_UNIT_LEGALITY_OPINION))
    quiet = document(impact=ImpactFlags(rights_and_duties=True), public_comment=None, legality_review=lacking)
    assert "N11.materials-incomplete" not in check(quiet, profile=profile).codes()
    commented = document(legality_review=lacking)
    assert "N11.materials-incomplete" in errors(check(commented, profile=profile))


@pytest.mark.parametrize("profile", BOTH)
def test_n12_adoption_not_recorded_is_a_warning_naming_the_field(profile: str) -> None:
    amend = document(legality_review=doc_review(opinion=ReviewOpinion.MUST_BE_AMENDED, reasons="第五条须修改"), deliberation=None)
    unknown = amend.to_deliberation(Deliberation(D(2020, 6, 29)), profile=profile)  # not refused
    (finding,) = [f for f in check(unknown, profile=profile).findings if f.code == "N12.adoption-not-recorded"]
    assert finding.severity is Severity.WARNING and finding.path == "$.deliberation.opinion_fully_adopted"
    with pytest.raises(ProcedureError):
        amend.to_deliberation(Deliberation(D(2020, 6, 29), opinion_fully_adopted=False), profile=profile)
    forged = attrs.evolve(amend, deliberation=Deliberation(D(2020, 6, 29), opinion_fully_adopted=False))
    assert "N12.non-adoption-not-explained" in errors(check(forged, profile=profile))
    explained = Deliberation(D(2020, 6, 29), opinion_fully_adopted=False, non_adoption_reasons="上位法已修改")
    assert not [c for c in check(amend.to_deliberation(explained, profile=profile), profile=profile).codes() if c.startswith("N12.")]


# --- legality reviews ----------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", BOTH)
def test_l1_materials_day_not_recorded_is_a_warning(profile: str) -> None:
    unknown = LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, D(2020, 6, 15), opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 24))
    report = check(unknown, profile=profile)
    assert severities(report, "L1.materials-complete-not-recorded") == [Severity.WARNING]
    assert "L1.opinion-before-materials-complete" not in report.codes()
    early = attrs.evolve(unknown, materials_complete_on=D(2020, 6, 25))
    assert severities(check(early, profile=profile), "L1.opinion-before-materials-complete") == [Severity.WARNING]


def test_l3_no_written_form_for_decisions_and_not_recorded_reviewers_are_warnings() -> None:
    oral = attrs.evolve(review(), written=False)
    assert "L3.opinion-not-written" not in check(oral).codes()
    doc = doc_review(written=False)
    assert "L3.opinion-not-written" in errors(check(doc))
    nobody = attrs.evolve(review(), reviewers=())
    report = check(nobody)
    assert severities(report, "L3.reviewers-not-recorded") == [Severity.WARNING]
    assert "L3.advisers-not-organised" not in report.codes()
    office_only = attrs.evolve(review(), reviewers=(Reviewer(ReviewerRole.LEGAL_OFFICE, "司法所"),))
    assert "L3.advisers-not-organised" in errors(check(office_only))


def test_l5_reviewers_not_recorded_is_a_warning() -> None:
    contract = LegalityReview(SubjectKind.CONTRACT, D(2020, 6, 1), opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 5))
    report = check(contract, profile=DAGANG)
    assert severities(report, "L5.reviewers-not-recorded") == [Severity.WARNING] and not errors(report)
    partial = attrs.evolve(contract, reviewers=(Reviewer(ReviewerRole.LEGAL_OFFICE, "法制办"),))
    assert "L5.reviewers-missing" in errors(check(partial, profile=DAGANG))


# --- the CLI -------------------------------------------------------------------------------------------


def _cli(tmp_path: Path, record: object, profile: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, str]]:
    path = tmp_path / "record.json"
    path.write_text(dumps(record), encoding="utf-8")
    code = main(["check", str(path), "--profile", profile, "--json"])
    out = json.loads(capsys.readouterr().out)
    (entry,) = out["reports"]
    return code, {f["code"]: f["severity"] for f in entry["report"]["findings"]}


@pytest.mark.parametrize("profile", BOTH)
def test_cli_must_be_amended_exits_0_with_a_d15_warning(profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    amend = decision(legality_review=review(ReviewOpinion.MUST_BE_AMENDED)).to_discussion(MEETING)
    code, found = _cli(tmp_path, amend, profile, capsys)
    assert code == 0 and found.get("D15.not-adjusted-after-review") == "warning"
    unlawful = attrs.evolve(decision(legality_review=review(ReviewOpinion.UNLAWFUL)), discussion=MEETING)
    code, found = _cli(tmp_path, unlawful, profile, capsys)
    assert code == 1 and found["D6.discussed-without-lawful-opinion"] == "error"


def test_cli_street_office_meeting_and_open_n2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = CollectiveDiscussion(held_on=D(2020, 7, 20), meeting_kind=MeetingKind.OFFICE_MEETING)
    street = decision(body_kind=BodyKind.STREET_OFFICE).to_discussion(office)
    code, found = _cli(tmp_path, street, DAGANG, capsys)
    assert code == 0 and not [c for c in found if c.startswith("D7.")]
    bare = document(public_comment=PublicComment(D(2020, 6, 1), D(2020, 6, 12)))
    code, found = _cli(tmp_path, bare, DAGANG, capsys)
    assert code == 0 and found["N2.channel-missing"] == "warning"
