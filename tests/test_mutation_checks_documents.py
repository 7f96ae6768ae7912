"""Normative documents (N1–N14, F1) and legality reviews (L1–L5, N7, D4): each finding's code, severity,
path, parameter, dates and both messages, pinned on real dates of the official calendar so that a changed
comparison or a changed word in `checks/normative.py` or `checks/review.py` is caught (issue 22, mutation
testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng import Finding, Report, Severity, check, default_calendar, upcoming
from xingzheng.model.normative import (
    Amendment,
    AmendmentKind,
    Deliberation,
    DocumentEvaluation,
    EvaluationConclusion,
    ImpactFlags,
    NormativeDocument,
    PublicComment,
)
from xingzheng.model.review import (
    LegalityReview,
    Reviewer,
    ReviewerRole,
    ReviewMaterial,
    ReviewOpinion,
    SubjectKind,
)
from xingzheng.model.values import (
    Consultation,
    ConsultationMethod,
    ConsulteeKind,
    DocumentNumber,
    Publication,
    PublicationChannel,
)
from xingzheng.rules import load_profile

DAGANG = "tianjin-binhai-dagang"
CAL = default_calendar()
D = dt.date
WEB = (PublicationChannel.GOVERNMENT_WEBSITE,)
ALL_MATERIALS = tuple(m for m in ReviewMaterial if m is not ReviewMaterial.OTHER)


def doc_review(complete: dt.date, completed: dt.date | None, **kw: object) -> LegalityReview:
    fields: dict[str, object] = {
        "subject_kind": SubjectKind.NORMATIVE_DOCUMENT,
        "requested_on": complete,
        "materials_complete_on": complete,
        "materials": ALL_MATERIALS,
        "reviewing_body": "大港街司法所",
        "reviewing_body_designated": True,
        "reviewers": (Reviewer(ReviewerRole.LEGAL_OFFICE, "大港街司法所"), Reviewer(ReviewerRole.LEGAL_ADVISER, "法律顾问")),
        "opinion": ReviewOpinion.LAWFUL if completed is not None else None,
        "completed_on": completed,
    }
    fields.update(kw)
    return LegalityReview(**fields)  # type: ignore[arg-type]


def good_document(**kw: object) -> NormativeDocument:
    """The seed's parking rules of 2020: comment 1–12 June, review 15–24 June, made 30 June."""
    doc = NormativeDocument(
        title="大港街居民小区停车管理办法",
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit="大港街城市管理办公室",
        document_number="津港街发〔2020〕3号",
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True),
        public_comment=PublicComment(opened_on=D(2020, 6, 1), closes_on=D(2020, 6, 12), channels=WEB),
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24)),
        deliberation=Deliberation(held_on=D(2020, 6, 29), meeting="街道办事处主任办公会"),
        promulgated_on=D(2020, 6, 30),
        effective_on=D(2020, 7, 1),
        publication=Publication(D(2020, 7, 3), WEB),
    )
    return attrs.evolve(doc, **kw)


def one(report: Report, code: str) -> Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, report.codes()
    cited(report)
    return found[0]


def cited(report: Report) -> Report:
    """Every error and warning of a rule cites it (the rule's or the number's citations, as text).

    Built-in profiles only: a reform's own numbers carry no citation.
    """
    for f in report.findings if report.profile in ("national", "tianjin-binhai-dagang") else ():
        if f.severity is not Severity.INFO and not f.code.startswith(("CAL.", "LINK.")):
            assert isinstance(f.citation, str) and len(f.citation) > 10, f
    return report


def dates(finding: Finding) -> list[tuple[str, dt.date]]:
    return [(fact.label, fact.date) for fact in finding.dates]


def non_info(report: Report) -> list[str]:
    return [f.code for f in report.findings if f.severity is not Severity.INFO]


def test_the_seed_document_is_clean_and_its_report_names_it() -> None:
    report = check(good_document(), profile=DAGANG, as_of=D(2020, 9, 30))
    assert (report.kind, report.title, report.profile, report.as_of) == (
        "normative_document",
        "大港街居民小区停车管理办法",
        DAGANG,
        D(2020, 9, 30),
    )
    assert report.number == "津港街发〔2020〕3号"
    assert report.findings == ()


# --- N3: the comment period -------------------------------------------------------------------------


def comment(closes: dt.date, **kw: object) -> PublicComment:
    return PublicComment(D(2020, 6, 1), closes, channels=WEB, **kw)  # type: ignore[arg-type]


def test_n3_too_short_states_the_days_used_the_floor_and_the_dates() -> None:
    # Opened Mon 1 June 2020: 2–5 and 8 June are 5 working days; the seed's 7 run through Wed 10 June.
    f = one(check(good_document(public_comment=comment(D(2020, 6, 8))), profile=DAGANG), "N3.comment-period-too-short")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.public_comment.closes_on", "normative_document.comment_period.min")
    assert f.message == (
        "征求意见期限5个工作日，少于本配置（tianjin-binhai-dagang）的7个工作日：应至少至 2020-06-10，实际于 2020-06-08 截止"
    )
    assert f.message_en == (
        "the comment period ran 5 working days, shorter than the 7 working days of this profile "
        "(tianjin-binhai-dagang): it had to run until at least 2020-06-10, it closed on 2020-06-08"
    )
    assert "征求意见的期限一般不少于7个工作日" in f.citation
    assert dates(f) == [("opened", D(2020, 6, 1)), ("required_close", D(2020, 6, 10)), ("actual_close", D(2020, 6, 8))]
    # Tue 9 June: 6 working days, still short; Wed 10 June, the last day of the floor, is enough.
    six = one(check(good_document(public_comment=comment(D(2020, 6, 9))), profile=DAGANG), "N3.comment-period-too-short")
    assert six.message.startswith("征求意见期限6个工作日，")
    assert six.message_en.startswith("the comment period ran 6 working days,")
    report = check(good_document(public_comment=comment(D(2020, 6, 10))), profile=DAGANG)
    assert not [code for code in report.codes() if code.startswith("N3.")]


def test_n3_too_short_with_a_recorded_reason_is_a_warning_that_says_so() -> None:
    doc = good_document(public_comment=comment(D(2020, 6, 8), short_period_reason="防汛紧急"))
    report = check(doc, profile=DAGANG)
    f = one(report, "N3.comment-period-shortened-with-reason")
    assert "N3.comment-period-too-short" not in report.codes()
    assert f.severity is Severity.WARNING
    assert f.message == (
        "征求意见期限5个工作日，少于本配置（tianjin-binhai-dagang）的7个工作日：应至少至 2020-06-10，"
        "实际于 2020-06-08 截止（已记录缩短理由）"
    )
    assert f.message_en.endswith("it closed on 2020-06-08 (a reason is recorded)")
    # An empty reason is no reason.
    empty = check(good_document(public_comment=comment(D(2020, 6, 8), short_period_reason="")), profile=DAGANG)
    assert "N3.comment-period-too-short" in empty.codes()


def test_n3_made_on_the_last_day_of_the_floor_is_made_before_it_had_run() -> None:
    doc = good_document(promulgated_on=D(2020, 6, 10), effective_on=None, publication=None, deliberation=None, legality_review=None)
    f = one(check(doc, profile=DAGANG), "N3.promulgated-before-minimum-period")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.promulgated_on", "normative_document.comment_period.min")
    assert f.message == "文件于 2020-06-10 印发，征求意见的最短期限（7个工作日，至 2020-06-10）尚未届满"
    assert f.message_en == (
        "the document was made on 2020-06-10, before the minimum comment period (7 working days, until 2020-06-10) had run"
    )
    assert dates(f) == [
        ("opened", D(2020, 6, 1)),
        ("required_close", D(2020, 6, 10)),
        ("comment_closes", D(2020, 6, 12)),
        ("promulgated", D(2020, 6, 10)),
    ]
    reasoned = attrs.evolve(doc, public_comment=comment(D(2020, 6, 12), short_period_reason="防汛紧急"))
    w = one(check(reasoned, profile=DAGANG), "N3.comment-period-shortened-with-reason")
    assert w.severity is Severity.WARNING
    assert w.path == "$.promulgated_on"
    assert w.message.endswith("尚未届满（已记录缩短理由）")
    assert w.message_en.endswith("had run (a reason is recorded)")


def test_n3_made_after_the_floor_but_before_the_announced_close_is_a_warning() -> None:
    base = good_document(effective_on=None, publication=None, deliberation=None, legality_review=None)
    f = one(check(attrs.evolve(base, promulgated_on=D(2020, 6, 11)), profile=DAGANG), "N3.promulgated-during-comment")
    assert (f.severity, f.path, f.parameter) == (Severity.WARNING, "$.promulgated_on", "normative_document.comment_period.min")
    assert f.message == "最短期限（7个工作日）已于 2020-06-10 届满，但文件在公布的截止日 2020-06-12 前（2020-06-11）印发"
    assert f.message_en == (
        "the minimum period (7 working days) had run on 2020-06-10, but the document was made on 2020-06-11, "
        "before the announced close on 2020-06-12"
    )
    assert dates(f)[3] == ("promulgated", D(2020, 6, 11))
    # Made on the announced last day itself: still during the comment; the next working day: after it.
    assert "N3.promulgated-during-comment" in check(attrs.evolve(base, promulgated_on=D(2020, 6, 12)), profile=DAGANG).codes()
    after = check(attrs.evolve(base, promulgated_on=D(2020, 6, 15)), profile=DAGANG)
    assert not [code for code in after.codes() if code.startswith("N3.")]
    # A document that needs no comment (no vital interests) is not judged on when it was made.
    optional = attrs.evolve(base, promulgated_on=D(2020, 6, 11), impact=ImpactFlags(rights_and_duties=True))
    assert not [code for code in check(optional, profile=DAGANG).codes() if code.startswith("N3.")]


def test_n3_a_laxer_reform_is_still_held_to_the_parent_floor_as_a_warning() -> None:
    lax = load_profile(DAGANG).reform("lax-comment", {"normative_document.comment_period.min": 3})
    # Opened Mon 1 June: the reform's 3 working days end Thu 4 June, the seed's 7 on Wed 10 June.
    report = check(good_document(public_comment=comment(D(2020, 6, 8))), profile=lax)
    f = one(report, "N3.comment-period-too-short-for-parent")
    assert "N3.comment-period-too-short" not in report.codes()
    assert (f.severity, f.path, f.parameter) == (Severity.WARNING, "$.public_comment.closes_on", "normative_document.comment_period.min")
    assert f.message == (
        "征求意见期限符合本配置（lax-comment）的3个工作日，但短于上级规则（tianjin-binhai-dagang）的7个工作日："
        "应至少至 2020-06-10，实际于 2020-06-08 截止"
    )
    assert f.message_en == (
        "the comment period meets the 3 working days of this profile (lax-comment) but is shorter than the "
        "7 working days of the parent rule (tianjin-binhai-dagang): it had to run until 2020-06-10, it closed on 2020-06-08"
    )
    assert "征求意见的期限一般不少于7个工作日" in f.citation
    assert dates(f) == [
        ("opened", D(2020, 6, 1)),
        ("required_close", D(2020, 6, 4)),
        ("parent_required_close", D(2020, 6, 10)),
        ("actual_close", D(2020, 6, 8)),
    ]
    # Closing on the reform's own last day (Thu 4 June) meets it, not the parent's.
    on_own = check(good_document(public_comment=comment(D(2020, 6, 4))), profile=lax)
    assert [c for c in on_own.codes() if c.startswith("N3.")] == ["N3.comment-period-too-short-for-parent"]
    # Closing on the parent's last day meets both; closing before the reform's own floor is the own error.
    assert not [c for c in check(good_document(public_comment=comment(D(2020, 6, 10))), profile=lax).codes() if c.startswith("N3.")]
    short = check(good_document(public_comment=comment(D(2020, 6, 3))), profile=lax)
    assert "N3.comment-period-too-short" in short.codes()
    assert "N3.comment-period-too-short-for-parent" not in short.codes()


# --- N1, N2, N4, N5 ---------------------------------------------------------------------------------


def test_n1_a_made_document_touching_vital_interests_without_comment() -> None:
    f = one(check(good_document(public_comment=None), profile=DAGANG), "N1.public-comment-missing")
    assert (f.severity, f.path, f.parameter, f.dates) == (Severity.ERROR, "$.public_comment", None, ())
    assert f.message == "涉及群众切身利益或者对权利义务有重大影响的文件未公开征求意见"
    assert f.message_en == (
        "a document touching the public's vital interests or materially affecting rights and duties was not put to public comment"
    )
    draft = good_document(public_comment=None, promulgated_on=None, effective_on=None, publication=None)
    assert "N1.public-comment-missing" not in check(draft, profile=DAGANG).codes()
    confidential = good_document(public_comment=None, confidential=True)
    assert "N1.public-comment-missing" not in check(confidential, profile=DAGANG).codes()


def test_n2_each_missing_element_of_the_publication_is_a_warning_naming_its_field() -> None:
    doc = good_document(
        public_comment=PublicComment(
            D(2020, 6, 1), D(2020, 6, 12), draft_and_explanation_published=False, how_and_by_when_stated=False
        )
    )
    report = check(doc, profile=DAGANG)
    expected = [
        ("N2.channel-missing", "$.public_comment.channels", "未记录公布草案的渠道（channels）", "no channel of publication is recorded (channels)"),
        (
            "N2.draft-not-published",
            "$.public_comment.draft_and_explanation_published",
            "未公布文件草案及其说明",
            "the draft and its explanation were not published",
        ),
        (
            "N2.how-and-when-missing",
            "$.public_comment.how_and_by_when_stated",
            "未明确提出意见的方式和期限",
            "how and by when to give opinions was not stated",
        ),
    ]
    got = [(f.code, f.path, f.message, f.message_en) for f in report.findings if f.code.startswith("N2.")]
    assert got == expected
    assert all(f.severity is Severity.WARNING for f in report.findings if f.code.startswith("N2."))
    assert "起草单位可以通过政府网站" in one(report, "N2.channel-missing").citation
    assert not [c for c in check(good_document(), profile=DAGANG).codes() if c.startswith("N2.")]


def test_n2_and_n3_are_read_on_the_day_the_comment_opened() -> None:
    # Opened on 30 Dec 2019, before the seed's rules (2020-01-01): national has no N2 or N3 in force.
    doc = good_document(public_comment=PublicComment(D(2019, 12, 30), D(2019, 12, 31)))
    report = check(doc, profile=DAGANG)
    n2 = one(report, "N2.no-rule")
    assert n2.severity is Severity.INFO
    assert n2.message == "规则配置 tianjin-binhai-dagang 在 2019-12-30 未执行规则 N2，未检查"
    assert n2.message_en == "profile tianjin-binhai-dagang does not enforce N2 on 2019-12-30: not checked"
    assert n2.path == "$.public_comment"
    assert one(report, "N3.no-rule").message == "规则配置 tianjin-binhai-dagang 在 2019-12-30 未执行规则 N3，未检查"
    assert not [c for c in non_info(report) if c.startswith(("N2.", "N3."))]


def consultation(day: dt.date, *who: ConsulteeKind) -> Consultation:
    return Consultation(ConsultationMethod.SYMPOSIUM, day, consultees=who)


def test_n4_and_n5_hearing_the_sides_before_the_document_is_made() -> None:
    impact = ImpactFlags(vital_interests=True, rights_and_duties=True, major_interest_adjustment=True, enterprises=True)
    nobody = cited(check(good_document(impact=impact), profile=DAGANG))
    expected = [
        (
            "N4.consultation-missing",
            "涉及群众重大利益调整，印发前未以座谈会、论证会、实地走访等任何形式听取意见",
            "a major adjustment of the public's interests, and no opinions were heard in any form (symposium, "
            "expert panel, field visit or similar) before the document was made",
        ),
        ("N4.interested-parties-not-heard", "未记录听取利益相关方的意见", "no record that the interested parties were heard"),
        (
            "N5.enterprises-not-heard",
            "对企业有重大影响，未专门听取有代表性的企业的意见",
            "a major effect on enterprises, and representative enterprises were not heard",
        ),
        (
            "N5.associations-not-heard",
            "对企业有重大影响，未专门听取相关协会、商会的意见",
            "a major effect on enterprises, and the associations and chambers of commerce were not heard",
        ),
    ]
    assert [(f.code, f.message, f.message_en) for f in nobody.findings] == expected
    assert {f.path for f in nobody.findings} == {"$.consultations"}
    assert [f.severity for f in nobody.findings] == [Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.ERROR]
    everyone = (ConsulteeKind.INTERESTED_PARTIES, ConsulteeKind.ENTERPRISES, ConsulteeKind.INDUSTRY_ASSOCIATIONS)
    # Heard on the day the document was made (30 June): counts; the day after: too late.
    on_the_day = check(good_document(impact=impact, consultations=(consultation(D(2020, 6, 30), *everyone),)), profile=DAGANG)
    assert on_the_day.findings == ()
    late = check(good_document(impact=impact, consultations=(consultation(D(2020, 7, 1), *everyone),)), profile=DAGANG)
    assert late.codes() == nobody.codes()
    # Heard, but not the interested parties or the associations.
    some = check(
        good_document(impact=impact, consultations=(consultation(D(2020, 6, 20), ConsulteeKind.ENTERPRISES),)), profile=DAGANG
    )
    assert some.codes() == ("N4.interested-parties-not-heard", "N5.associations-not-heard")
    only_n5 = ImpactFlags(vital_interests=True, rights_and_duties=True, enterprises=True)
    assert check(good_document(impact=only_n5), profile=DAGANG).codes() == ("N5.enterprises-not-heard", "N5.associations-not-heard")
    # A draft is judged once it is made.
    draft = good_document(impact=impact, promulgated_on=None, effective_on=None, publication=None)
    assert not [c for c in check(draft, profile=DAGANG).codes() if c.startswith(("N4.", "N5."))]


# --- N6, N9, N10, N11: the review of a document ------------------------------------------------------


def test_n6_and_n9_a_made_document_without_any_review() -> None:
    doc = good_document(legality_review=None, deliberation=None)
    f = one(check(doc, profile=DAGANG), "N6.review-missing")
    assert (f.severity, f.path) == (Severity.ERROR, "$.legality_review")
    assert f.message == "涉及权利义务的规范性文件未经合法性审核"
    assert f.message_en == "a document touching rights and duties had no legality review"
    internal = attrs.evolve(doc, impact=ImpactFlags(vital_interests=True, rights_and_duties=True, internal_only=True))
    report = check(internal, profile=DAGANG)
    g = one(report, "N9.internal-label-not-exempt")
    assert "N6.review-missing" not in report.codes()
    assert (g.severity, g.path) == (Severity.ERROR, "$.legality_review")
    assert g.message == "标为内部执行的文件涉及公民、法人和其他组织权利义务，仍须合法性审核"
    assert g.message_en == (
        "a document labelled internal touches the rights and duties of citizens and organisations: it still needs a legality review"
    )
    # No review needed, or not yet made: nothing; deliberated without review: N12's finding, not N6's.
    assert not [c for c in check(attrs.evolve(doc, impact=ImpactFlags(vital_interests=True)), profile=DAGANG).codes() if c.startswith("N6")]
    draft = attrs.evolve(doc, promulgated_on=None, effective_on=None, publication=None)
    assert "N6.review-missing" not in check(draft, profile=DAGANG).codes()
    deliberated = good_document(legality_review=None)
    assert "N6.review-missing" not in check(deliberated, profile=DAGANG).codes()


def test_n6_the_advisers_and_the_hard_question() -> None:
    bare = good_document(legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewers=()))
    f = one(check(bare, profile=DAGANG), "N6.advisers-not-used")
    assert (f.severity, f.path) == (Severity.WARNING, "$.legality_review.reviewers")
    assert f.message == "审核未记录法律顾问、公职律师或专家的参与"
    assert f.message_en == "the review records no legal adviser, government lawyer or expert"
    office = good_document(
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewers=(Reviewer(ReviewerRole.LEGAL_OFFICE, "司法所"),))
    )
    assert "N6.advisers-not-used" in check(office, profile=DAGANG).codes()
    for role in (ReviewerRole.LEGAL_ADVISER, ReviewerRole.GOVERNMENT_LAWYER, ReviewerRole.EXPERT):
        with_one = good_document(
            legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewers=(Reviewer(role, "某某"),))
        )
        assert "N6.advisers-not-used" not in check(with_one, profile=DAGANG).codes(), role
    hard = good_document(
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True, high_public_concern=True),
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), hard_question=True),
    )
    h = one(check(hard, profile=DAGANG), "N6.hard-question-not-consulted")
    assert h.path == "$.legality_review.consultations"
    assert h.message == "审核遇到疑难法律问题，未在书面征求意见的基础上召开座谈会、论证会等听取意见"
    assert h.message_en == (
        "a hard legal question in the review was not put to written consultation followed by a symposium, expert panel or similar"
    )
    # A hard question on a document of no high public concern asks nothing more.
    quiet = attrs.evolve(hard, impact=ImpactFlags(vital_interests=True, rights_and_duties=True))
    assert "N6.hard-question-not-consulted" not in check(quiet, profile=DAGANG).codes()
    # A symposium alone, without the written consultation first, is not enough.
    symposium = attrs.evolve(
        hard,
        legality_review=attrs.evolve(
            hard.legality_review, consultations=(Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 6, 18)),)  # type: ignore[misc]
        ),
    )
    assert "N6.hard-question-not-consulted" in check(symposium, profile=DAGANG).codes()


def test_n6_is_read_on_the_day_the_review_clock_started() -> None:
    # Materials complete on 30 Dec 2019, before the seed's rules (2020-01-01): national's N6 (115号) applies.
    doc = good_document(legality_review=doc_review(D(2019, 12, 30), D(2020, 1, 8), reviewers=()))
    assert one(check(doc, profile=DAGANG), "N6.advisers-not-used").citation.startswith("国办发〔2018〕115号 （三）")
    seed = good_document(legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewers=()))
    assert one(check(seed, profile=DAGANG), "N6.advisers-not-used").citation.startswith("大港街2020年法治政府建设情况报告")


def test_n10_a_reviewer_who_is_not_the_designated_body() -> None:
    doc = good_document(legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewing_body_designated=False))
    f = one(check(doc, profile=DAGANG), "N10.reviewer-not-designated")
    assert f.path == "$.legality_review.reviewing_body"
    assert f.message == "审核主体不是本单位明确的专门审核机构或人员，也不是上级政府确定的审核机构"
    assert f.message_en == (
        "the reviewer is neither the unit's designated review body or staff nor the body the county-level government designated"
    )
    unknown = good_document(legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), reviewing_body_designated=None))
    assert "N10.reviewer-not-designated" not in check(unknown, profile=DAGANG).codes()


def test_n11_the_missing_materials_are_named_in_order() -> None:
    doc = good_document(
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), materials=(ReviewMaterial.LEGAL_BASIS,))
    )
    f = one(check(doc, profile=DAGANG), "N11.materials-incomplete")
    assert f.path == "$.legality_review.materials"
    assert f.message == "审核材料缺少：文件送审稿及其说明、征求意见及采纳情况、起草单位合法性审核意见"
    assert f.message_en == (
        "the review materials lack the draft and its explanation, comments and their adoption, the drafting unit's legality opinion"
    )
    # No comment required, held or consulted: the comments are not missing.
    quiet = attrs.evolve(doc, public_comment=None, impact=ImpactFlags(rights_and_duties=True))
    g = one(check(quiet, profile=DAGANG), "N11.materials-incomplete")
    assert g.message == "审核材料缺少：文件送审稿及其说明、起草单位合法性审核意见"
    # ... but they are where a consultation was held.
    consulted = attrs.evolve(quiet, consultations=(consultation(D(2020, 6, 5), ConsulteeKind.ENTERPRISES),))
    assert "征求意见及采纳情况" in one(check(consulted, profile=DAGANG), "N11.materials-incomplete").message
    everything = attrs.evolve(quiet, legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24)))
    assert "N11.materials-incomplete" not in check(everything, profile=DAGANG).codes()
    # All but the comments, where none is needed: complete.
    but_comments = tuple(m for m in ALL_MATERIALS if m is not ReviewMaterial.COMMENTS_AND_ADOPTION)
    enough = attrs.evolve(quiet, legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), materials=but_comments))
    assert "N11.materials-incomplete" not in check(enough, profile=DAGANG).codes()
    # No materials recorded at all: not judged.
    unrecorded = attrs.evolve(doc, legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), materials=()))
    assert "N11.materials-incomplete" not in check(unrecorded, profile=DAGANG).codes()


# --- N12: deliberation ------------------------------------------------------------------------------


def test_n12_deliberation_before_the_opinion_is_without_review() -> None:
    # The opinion came on 24 June; a deliberation on 23 June had none, one on 24 June had it.
    early = good_document(deliberation=Deliberation(D(2020, 6, 23)))
    f = one(check(early, profile=DAGANG), "N12.deliberated-without-review")
    assert (f.severity, f.path) == (Severity.ERROR, "$.deliberation")
    assert f.message == "未经合法性审核的文件提交了集体审议"
    assert f.message_en == "the document went to collective deliberation without a legality review opinion"
    assert dates(f) == [("deliberation", D(2020, 6, 23))]
    same_day = good_document(deliberation=Deliberation(D(2020, 6, 24)))
    assert not [c for c in check(same_day, profile=DAGANG).codes() if c.startswith("N12")]
    # A document that needs no review may be deliberated without one.
    free = good_document(impact=ImpactFlags(vital_interests=True), legality_review=None)
    assert not [c for c in check(free, profile=DAGANG).codes() if c.startswith("N12")]


def test_n12_the_opinions_unlawful_and_must_be_amended() -> None:
    unlawful = good_document(
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24), opinion=ReviewOpinion.UNLAWFUL, reasons="超越职权")
    )
    f = one(check(unlawful, profile=DAGANG), "N12.deliberated-despite-unlawful-opinion")
    assert (f.severity, f.path) == (Severity.ERROR, "$.deliberation")
    assert f.message == "经审核不合法的文件提交了集体审议"
    assert f.message_en == "a document found unlawful went to collective deliberation"
    amend = doc_review(D(2020, 6, 15), D(2020, 6, 24), opinion=ReviewOpinion.MUST_BE_AMENDED, reasons="第三条须修改")
    not_recorded = one(check(good_document(legality_review=amend), profile=DAGANG), "N12.adoption-not-recorded")
    assert not_recorded.path == "$.deliberation.opinion_fully_adopted"
    assert not_recorded.message == "审核意见为应当予以修改，未记录是否完全采纳（opinion_fully_adopted），也未记录理由"
    assert not_recorded.message_en == (
        "the opinion said the draft must be amended; whether it was fully adopted is not recorded (opinion_fully_adopted), nor any reasons"
    )
    rejected = good_document(legality_review=amend, deliberation=Deliberation(D(2020, 6, 29), opinion_fully_adopted=False))
    g = one(check(rejected, profile=DAGANG), "N12.non-adoption-not-explained")
    assert g.path == "$.deliberation.non_adoption_reasons"
    assert g.message == "未完全采纳审核意见，提请审议时未说明理由和依据"
    assert g.message_en == "the review opinion was not fully adopted and no reasons were given at deliberation"
    explained = good_document(
        legality_review=amend,
        deliberation=Deliberation(D(2020, 6, 29), opinion_fully_adopted=False, non_adoption_reasons="依据上位法"),
    )
    assert not [c for c in check(explained, profile=DAGANG).codes() if c.startswith("N12")]
    adopted = good_document(legality_review=amend, deliberation=Deliberation(D(2020, 6, 29), opinion_fully_adopted=True))
    assert not [c for c in check(adopted, profile=DAGANG).codes() if c.startswith("N12")]


# --- N13: what a normative document may not create ------------------------------------------------


def test_n13_each_creation_cites_the_law_that_bans_it() -> None:
    doc = good_document(sets_penalty=True, sets_licence=True, sets_compulsory_measure=True)
    report = check(doc, profile=DAGANG)
    found = [(f.code, f.path, f.message, f.message_en, f.severity) for f in report.findings if f.code.startswith("N13.")]
    assert found == [
        ("N13.creates-penalty", "$.sets_penalty", "规范性文件设定了行政处罚", "the normative document creates an administrative penalty", Severity.ERROR),
        ("N13.creates-licence", "$.sets_licence", "规范性文件设定了行政许可", "the normative document creates an administrative licence", Severity.ERROR),
        (
            "N13.creates-compulsory-measure",
            "$.sets_compulsory_measure",
            "规范性文件设定了行政强制措施",
            "the normative document creates a compulsory measure",
            Severity.ERROR,
        ),
    ]
    penalty, licence, compulsion = (f.citation for f in report.findings if f.code.startswith("N13."))
    assert "行政处罚法" in penalty and "行政许可法" not in penalty and "行政强制法" not in penalty
    assert "行政许可法" in licence and "行政处罚法" not in licence
    assert "行政强制法" in compulsion and "行政许可法" not in compulsion


def test_n13_a_ban_counts_from_the_day_its_law_took_effect() -> None:
    # Made on 30 Dec 2011: the Administrative Compulsion Law (in force 2012-01-01) did not yet ban it.
    old = NormativeDocument(
        title="旧文件",
        issuing_body="某区人民政府",
        drafting_unit="某局",
        sets_compulsory_measure=True,
        sets_licence=True,
        promulgated_on=D(2011, 12, 30),
    )
    codes = check(old).codes()
    assert "N13.creates-licence" in codes
    assert "N13.creates-compulsory-measure" not in codes
    assert "N13.creates-compulsory-measure" in check(attrs.evolve(old, promulgated_on=D(2012, 1, 4))).codes()


# --- N14: publication -------------------------------------------------------------------------------


def test_n14_published_after_twenty_working_days() -> None:
    # Made Tue 30 June 2020: 1–3, 6–10, 13–17, 20–24, 27, 28 July are the 20 working days.
    late = good_document(publication=Publication(D(2020, 7, 29), WEB))
    f = one(check(late, profile=DAGANG), "N14.published-late")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.publication.published_on", "normative_document.disclosure_period.max")
    assert f.message == "文件应自印发之日起20个工作日内公开（至 2020-07-28），实际 2020-07-29 公开"
    assert f.message_en == (
        "the document had to be published within 20 working days of being made (by 2020-07-28); it was published on 2020-07-29"
    )
    assert dates(f) == [("promulgated", D(2020, 6, 30)), ("due", D(2020, 7, 28)), ("published", D(2020, 7, 29))]
    on_time = good_document(publication=Publication(D(2020, 7, 28), WEB))
    assert not [c for c in check(on_time, profile=DAGANG).codes() if c.startswith("N14")]


def test_n14_not_published_by_the_day_asked() -> None:
    doc = good_document(publication=None)
    assert not [c for c in check(doc, profile=DAGANG).codes() if c.startswith("N14")]
    assert not [c for c in check(doc, profile=DAGANG, as_of=D(2020, 7, 28)).codes() if c.startswith("N14")]
    f = one(check(doc, profile=DAGANG, as_of=D(2020, 7, 29)), "N14.not-published")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.publication", "normative_document.disclosure_period.max")
    assert f.message == "文件应于 2020-07-28 前主动公开，至 2020-07-29 尚未公开"
    assert f.message_en == "the document was due to be published by 2020-07-28 and is not published on 2020-07-29"
    assert dates(f) == [("promulgated", D(2020, 6, 30)), ("due", D(2020, 7, 28)), ("as_of", D(2020, 7, 29))]
    for exempt in (attrs.evolve(doc, confidential=True), attrs.evolve(doc, impact=ImpactFlags(rights_and_duties=True, internal_only=True))):
        assert not [c for c in check(exempt, profile=DAGANG, as_of=D(2021, 1, 4)).codes() if c.startswith("N14")]


def test_upcoming_publication_and_evaluation_of_a_made_document() -> None:
    doc = good_document(publication=None)
    items = upcoming(doc, as_of=D(2020, 7, 28), profile=DAGANG)
    assert [(u.rule, u.parameter, u.deadline.due, u.overdue) for u in items] == [
        ("N14", "normative_document.disclosure_period.max", D(2020, 7, 28), False),
        ("N8", "normative_document.evaluation_interval.max", D(2022, 6, 30), False),
    ]
    assert (items[0].what, items[0].what_en) == ("文件应于 2020-07-28 前主动公开", "publish the document by 2020-07-28")
    assert (items[1].what, items[1].what_en) == ("下一次评估应于 2022-06-30 前完成", "the next evaluation is due by 2022-06-30")
    assert items[0].citation and items[1].citation
    assert upcoming(doc, as_of=D(2020, 7, 29), profile=DAGANG)[0].overdue is True
    # Published, confidential or internal: nothing to publish; national: no N8 in force.
    assert [u.rule for u in upcoming(good_document(), as_of=D(2020, 7, 1), profile=DAGANG)] == ["N8"]
    assert [u.rule for u in upcoming(attrs.evolve(doc, confidential=True), as_of=D(2020, 7, 1), profile=DAGANG)] == ["N8"]
    internal = attrs.evolve(doc, impact=ImpactFlags(rights_and_duties=True, internal_only=True))
    assert [u.rule for u in upcoming(internal, as_of=D(2020, 7, 1), profile=DAGANG)] == ["N8"]
    assert [u.rule for u in upcoming(doc, as_of=D(2020, 7, 1))] == ["N14"]
    # A draft has nothing due but its review.
    draft = good_document(promulgated_on=None, effective_on=None, publication=None)
    assert upcoming(draft, as_of=D(2020, 7, 1), profile=DAGANG) == ()


def test_upcoming_evaluation_counts_from_the_last_one_and_stops_at_repeal() -> None:
    doc = good_document(evaluations=(DocumentEvaluation(D(2021, 3, 1), results_published_on=D(2021, 3, 5)),))
    (item,) = upcoming(doc, as_of=D(2021, 4, 1), profile=DAGANG)
    assert item.deadline.due == D(2023, 3, 1)
    repealed = attrs.evolve(doc, amendments=(Amendment(AmendmentKind.REPEALED, D(2021, 5, 6)),))
    assert upcoming(repealed, as_of=D(2021, 5, 6), profile=DAGANG) == ()
    assert [u.rule for u in upcoming(repealed, as_of=D(2021, 5, 5), profile=DAGANG)] == ["N8"]


# --- N8: evaluation ---------------------------------------------------------------------------------


def test_n8_a_late_evaluation_and_its_follow_up() -> None:
    # Made 30 June 2020: the seed's two years run to Thu 30 June 2022.
    late = good_document(evaluations=(DocumentEvaluation(D(2022, 7, 1), conclusion=EvaluationConclusion.AMEND),))
    report = check(late, profile=DAGANG, as_of=D(2022, 7, 4))
    f = one(report, "N8.evaluation-late")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.evaluations[0].evaluated_on", "normative_document.evaluation_interval.max")
    assert f.message == "评估应于 2022-06-30 前完成（每2年），实际 2022-07-01"
    assert f.message_en == "the evaluation was due by 2022-06-30 (every 2 years); it was done on 2022-07-01"
    assert dates(f) == [("from", D(2020, 6, 30)), ("due", D(2022, 6, 30)), ("evaluated", D(2022, 7, 1))]
    p = one(report, "N8.results-not-published")
    assert (p.path, p.message, p.message_en) == (
        "$.evaluations[0].results_published_on",
        "未记录评估结果向社会公布（results_published_on）；公布未设期限",
        "no publication of the evaluation's results is recorded (results_published_on); the text sets no time limit "
        "for it",
    )
    a = one(report, "N8.not-amended-after-evaluation")
    assert (a.path, a.message, a.message_en) == (
        "$.evaluations[0].conclusion",
        "评估结论为修改或废止，未记录修改或废止",
        "the evaluation concluded to amend or repeal, and no amendment or repeal is recorded",
    )
    on_time = good_document(
        evaluations=(DocumentEvaluation(D(2022, 6, 30), results_published_on=D(2022, 7, 1)),),
    )
    assert not [c for c in check(on_time, profile=DAGANG, as_of=D(2022, 7, 4)).codes() if c.startswith("N8")]
    # An amendment decided on the evaluation's day answers it; one decided before it does not.
    amended = attrs.evolve(late, amendments=(Amendment(AmendmentKind.AMENDED, D(2022, 7, 1)),))
    assert "N8.not-amended-after-evaluation" not in check(amended, profile=DAGANG).codes()
    earlier = attrs.evolve(late, amendments=(Amendment(AmendmentKind.AMENDED, D(2022, 6, 30)),))
    assert "N8.not-amended-after-evaluation" in check(earlier, profile=DAGANG).codes()


def test_n8_the_next_evaluation_runs_from_the_last_one() -> None:
    doc = good_document(evaluations=(DocumentEvaluation(D(2021, 3, 1), results_published_on=D(2021, 3, 1)),))
    # From 1 March 2021 the next is due by 1 March 2023 (a Wednesday).
    assert not [c for c in check(doc, profile=DAGANG, as_of=D(2023, 3, 1)).codes() if c.startswith("N8")]
    f = one(check(doc, profile=DAGANG, as_of=D(2023, 3, 2)), "N8.evaluation-overdue")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.evaluations", "normative_document.evaluation_interval.max")
    assert f.message == "下一次评估应于 2023-03-01 前完成，至 2023-03-02 未记录"
    assert f.message_en == "the next evaluation was due by 2023-03-01 and none is recorded on 2023-03-02"
    assert dates(f) == [("from", D(2021, 3, 1)), ("due", D(2023, 3, 1)), ("as_of", D(2023, 3, 2))]
    # A second evaluation within two years of the first is on time.
    two = attrs.evolve(
        doc,
        evaluations=(*doc.evaluations, DocumentEvaluation(D(2023, 2, 28), results_published_on=D(2023, 3, 1))),
    )
    assert not [c for c in check(two, profile=DAGANG, as_of=D(2023, 3, 2)).codes() if c.startswith("N8")]
    late_second = attrs.evolve(
        doc,
        evaluations=(*doc.evaluations, DocumentEvaluation(D(2023, 3, 2), results_published_on=D(2023, 3, 2))),
    )
    g = one(check(late_second, profile=DAGANG, as_of=D(2023, 3, 3)), "N8.evaluation-late")
    assert g.path == "$.evaluations[1].evaluated_on"
    assert dates(g)[:2] == [("from", D(2021, 3, 1)), ("due", D(2023, 3, 1))]
    # Repealed by the day the evaluation was due: none is owed; repealed after it: still overdue.
    repealed = attrs.evolve(doc, amendments=(Amendment(AmendmentKind.REPEALED, D(2023, 3, 1)),))
    assert "N8.evaluation-overdue" not in check(repealed, profile=DAGANG, as_of=D(2023, 6, 1)).codes()
    repealed_late = attrs.evolve(doc, amendments=(Amendment(AmendmentKind.REPEALED, D(2023, 3, 2)),))
    assert "N8.evaluation-overdue" in check(repealed_late, profile=DAGANG, as_of=D(2023, 6, 1)).codes()


def test_n8_an_evaluation_on_the_day_the_document_was_made() -> None:
    doc = good_document(evaluations=(DocumentEvaluation(D(2020, 6, 30)),))
    report = check(doc, profile=DAGANG)
    assert one(report, "N8.results-not-published").path == "$.evaluations[0].results_published_on"
    national = check(doc, profile="national")
    assert not [c for c in non_info(national) if c.startswith("N8")]
    assert one(national, "N8.no-rule").message == "规则配置 national 在 2020-06-30 未执行规则 N8，未检查"


# --- F1: document numbers ---------------------------------------------------------------------------


def test_f1_the_numbers_of_the_document_and_of_its_amendments() -> None:
    doc = good_document(
        document_number="津港街发[2020]3号",
        amendments=(
            Amendment(AmendmentKind.AMENDED, D(2021, 3, 1), document_number="津港街发〔2021〕1号"),
            Amendment(AmendmentKind.AMENDED, D(2021, 6, 1), document_number="津港街发(2021)05号"),
            Amendment(AmendmentKind.AMENDED, D(2021, 9, 1)),
        ),
    )
    report = check(doc, profile=DAGANG)
    found = [f for f in report.findings if f.code == "F1.document-number-format"]
    assert [f.path for f in found] == ["$.document_number", "$.amendments[1].document_number"]
    assert all(f.severity is Severity.WARNING for f in found)
    zh, _, en = str(DocumentNumber.problem("津港街发[2020]3号")).partition(" / ")
    assert (found[0].message, found[0].message_en) == (zh, en)
    assert "[]" in zh and en and "/" not in zh
    assert "GB/T 9704-2012" in found[0].citation


def test_f1_is_judged_on_the_day_of_issue_else_on_the_latest_step_else_on_the_day_asked() -> None:
    # F1 (GB/T 9704-2012) is in force from 2012-01-01: a number judged on an earlier day is not checked.
    bare = NormativeDocument(title="草案", issuing_body="某区人民政府", drafting_unit="某局", document_number="某政发[2011]3号")
    assert check(bare).findings == ()  # nothing recorded and no day asked: nothing to judge
    assert "F1.document-number-format" in check(bare, as_of=D(2012, 1, 4)).codes()
    early = one(check(bare, as_of=D(2011, 12, 30)), "F1.no-rule")
    assert (early.path, early.message) == ("$.document_number", "规则配置 national 在 2011-12-30 未执行规则 F1，未检查")
    commented = attrs.evolve(bare, public_comment=PublicComment(D(2011, 12, 1), D(2011, 12, 30)))
    assert "F1.document-number-format" not in check(commented, as_of=D(2012, 1, 4)).codes()
    reviewed = attrs.evolve(commented, legality_review=doc_review(D(2012, 1, 4), None))
    assert "F1.document-number-format" in check(reviewed, as_of=D(2011, 12, 30)).codes()
    deliberated = attrs.evolve(reviewed, deliberation=Deliberation(D(2011, 12, 31)))
    assert "F1.document-number-format" not in check(deliberated, as_of=D(2012, 1, 4)).codes()
    made = attrs.evolve(deliberated, promulgated_on=D(2012, 1, 5))
    assert "F1.document-number-format" in check(made, as_of=D(2011, 12, 30)).codes()
