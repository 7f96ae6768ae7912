"""Hypothesis strategies for valid normative documents, major decisions and legality reviews.

Dates span 2018–2028, past the calendar's coverage on purpose: `check` must warn there, never raise.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from xingzheng.model.decision import (
    BodyKind,
    CollectiveDiscussion,
    DecisionCategory,
    DecisionHearing,
    DiscussionMaterial,
    EvaluationTrigger,
    ExecutionReport,
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
    ReturnKind,
    Reviewer,
    ReviewerRole,
    ReviewForm,
    ReviewMaterial,
    ReviewOpinion,
    ReviewReturn,
    SubjectKind,
)
from xingzheng.model.values import (
    Consultation,
    ConsultationMethod,
    ConsulteeKind,
    Publication,
    PublicationChannel,
)

__all__ = [
    "CONFIDENTIAL_MARKER",
    "EXPERT_NAME_ALPHABET",
    "PERSONAL_DATA",
    "legality_reviews",
    "major_decisions",
    "normative_documents",
]

#: Characters of generated experts' names (personal data); no other generated text uses them.
EXPERT_NAME_ALPHABET = "甲乙丙丁戊己庚辛壬癸"

#: The ID and phone numbers generated free text may carry, in the forms people write them: a public view
#: must contain none of them (each is masked in free text, and personal fields are left out).
PERSONAL_DATA = (
    "13812345678",  # mobile
    "138-1234-5678",  # mobile, with hyphens
    "+86 139 8765 4321",  # mobile, international form
    "022-25981234",  # Tianjin landline with its area code
    "120101199001011234",  # resident ID, 18 digits
    "12010119850203601X",  # resident ID ending in X
    "120101850203601",  # old 15-digit ID
    # Written with full-width characters, or a mix (issue 22): the scrubber must mask these too.
    "１３８１２３４５６７８",  # mobile, full-width
    "０２２－２５９８１２３４",  # landline, full-width
    "１２０１０１１９８５０２０３６０１Ｘ",  # resident ID ending in a full-width X
    "120101１９９００１０１1234",  # resident ID, half-width and full-width mixed
)
#: Generated text of fields that are confidential by law (e.g. a document's confidentiality basis):
#: never in a public view.
CONFIDENTIAL_MARKER = "绝密★依据保密法第十三条"

_DAYS = st.integers(min_value=0, max_value=40).map(lambda n: dt.timedelta(days=n))
_STARTS = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2028, 12, 31))
_NAMES = st.sampled_from(["张三", "李四", "王芳", "大港街司法所", "法律顾问", "公职律师", "某某科技有限公司"])
_ORGANISATIONS = st.sampled_from(["大港街商会", "某某科技有限公司", "大港街城市管理办公室", "居民代表"])
# Free text: plain, or carrying a personal datum written straight after Chinese text (no space), inside
# brackets, or after a colon, as records are actually written.
_TEXT = st.sampled_from(["依据充分", "须修改第三条", ""]) | st.builds(
    lambda template, datum: template.format(datum),
    st.sampled_from(["联系电话{}", "身份证号：{}", "请致电（{}）咨询", "当事人{}，已告知", "{}"]),
    st.sampled_from(PERSONAL_DATA),
)
_NUMBERS = st.sampled_from(
    [
        "津港街发〔2020〕3号",
        "津港街发[2020]3号",
        "津港街发【2020】3号",
        "津港街发(2020)3号",
        "津港街发（2020）3号",
        "津港街发〔2020〕第3号",
        "津港街发〔2020〕03号",
        "津港街办〔2021〕12号",
        "津港街发〔20〕3号",
        "国务院令第713号",
    ]
)


@st.composite
def legality_reviews(draw: st.DrawFn, subject_kind: SubjectKind | None = None) -> LegalityReview:
    """A valid legality review: dates in order, returns after the request, opinion with its date."""
    kind = subject_kind if subject_kind is not None else draw(st.sampled_from(SubjectKind))
    requested = draw(_STARTS)
    complete = draw(st.none() | _DAYS.map(lambda d: requested + d))
    returns: list[ReviewReturn] = []
    day = complete or requested
    for _ in range(draw(st.integers(0, 2))):
        returned = day + draw(_DAYS)
        again = returned + draw(_DAYS) if draw(st.booleans()) else None
        returns.append(
            ReviewReturn(draw(st.sampled_from(ReturnKind)), returned, again, draw(st.none() | _TEXT))
        )
        if again is None:
            break
        day = again
    opinion = draw(st.none() | st.sampled_from(ReviewOpinion))
    completed = None if opinion is None else day + draw(_DAYS)
    return LegalityReview(
        subject_kind=kind,
        requested_on=requested,
        materials_complete_on=complete,
        returns=tuple(returns),
        materials=tuple(draw(st.lists(st.sampled_from(ReviewMaterial), max_size=5, unique=True))),
        form=draw(st.sampled_from(ReviewForm)),
        reviewing_body=draw(st.none() | _NAMES),
        reviewing_body_designated=draw(st.none() | st.booleans()),
        reviewers=tuple(
            Reviewer(role, name, first_time, qualified)
            for role, name, first_time, qualified in draw(
                st.lists(
                    st.tuples(st.sampled_from(ReviewerRole), _NAMES, st.booleans(), st.none() | st.booleans()),
                    max_size=3,
                )
            )
        ),
        consultations=tuple(
            Consultation(method, requested + delay, summary=summary)
            for method, delay, summary in draw(
                st.lists(st.tuples(st.sampled_from(ConsultationMethod), _DAYS, st.none() | _TEXT), max_size=2)
            )
        ),
        hard_question=draw(st.booleans()),
        opinion=opinion,
        written=draw(st.booleans()),
        reasons=draw(st.none() | _TEXT),
        completed_on=completed,
        short_period_reason=draw(st.none() | _TEXT),
        opinion_followed=draw(st.none() | st.booleans()),
    )


@st.composite
def normative_documents(draw: st.DrawFn) -> NormativeDocument:
    """A valid normative document (possibly unlawful: that is for `check`).

    Every stage may appear: public comment, consultations (their summaries may carry ID and phone
    numbers), the legality review, deliberation, promulgation, publication, evaluations, amendments and
    repeal; confidential documents carry `CONFIDENTIAL_MARKER` in their confidentiality basis.
    """
    start = draw(_STARTS)
    comment = None
    if draw(st.booleans()):
        closes = start + draw(_DAYS)
        comment = PublicComment(
            opened_on=start,
            closes_on=closes,
            channels=tuple(draw(st.lists(st.sampled_from(PublicationChannel), max_size=2, unique=True))),
            draft_and_explanation_published=draw(st.booleans()),
            how_and_by_when_stated=draw(st.booleans()),
            short_period_reason=draw(st.none() | _TEXT),
            opinions_received=draw(st.none() | st.integers(0, 50)),
        )
    consultations = tuple(
        Consultation(
            method=method,
            held_on=held,
            ended_on=None if length is None else held + length,
            consultees=tuple(consultees),
            participants=tuple(participants),
            summary=summary,
        )
        for method, held, length, consultees, participants, summary in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(ConsultationMethod),
                    _DAYS.map(lambda d: start + d),
                    st.none() | _DAYS,
                    st.lists(st.sampled_from(ConsulteeKind), max_size=3, unique=True),
                    st.lists(_ORGANISATIONS, max_size=2),
                    st.none() | _TEXT,
                ),
                max_size=3,
            )
        )
    )
    review = draw(st.none() | legality_reviews(SubjectKind.NORMATIVE_DOCUMENT))
    later = max([start, *([review.completed_on] if review and review.completed_on else [])])
    deliberation = draw(
        st.none()
        | st.builds(
            Deliberation,
            held_on=_DAYS.map(lambda d: later + d),
            meeting=st.just("街道办事处主任办公会"),
            opinion_fully_adopted=st.none() | st.booleans(),
            non_adoption_reasons=st.none() | _TEXT,
        )
    )
    promulgated = draw(st.none() | _DAYS.map(lambda d: later + d))
    evaluations: list[DocumentEvaluation] = []
    amendments: list[Amendment] = []
    if promulgated is not None:
        day = promulgated
        for _ in range(draw(st.integers(0, 2))):
            day = day + draw(st.integers(1, 900).map(lambda n: dt.timedelta(days=n)))
            evaluations.append(
                DocumentEvaluation(
                    day,
                    conclusion=draw(st.sampled_from(EvaluationConclusion)),
                    results_published_on=None if draw(st.booleans()) else day + draw(_DAYS),
                )
            )
        for _ in range(draw(st.integers(0, 2))):
            amendments.append(
                Amendment(
                    kind=draw(st.sampled_from(AmendmentKind)),
                    decided_on=promulgated + draw(st.integers(1, 1500).map(lambda n: dt.timedelta(days=n))),
                    document_number=draw(st.none() | _NUMBERS),
                    reason=draw(st.none() | _TEXT),
                )
            )
    return NormativeDocument(
        title=draw(st.sampled_from(["停车管理办法", "社区环境卫生管理规定"])),
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit=draw(_NAMES),
        document_number=draw(st.none() | _NUMBERS),
        impact=ImpactFlags(*draw(st.tuples(*([st.booleans()] * 7)))),
        confidential=draw(st.booleans()),
        confidentiality_basis=draw(st.none() | st.just(CONFIDENTIAL_MARKER)),
        emergency=draw(st.booleans()),
        sets_penalty=draw(st.booleans()),
        sets_licence=draw(st.booleans()),
        sets_compulsory_measure=draw(st.booleans()),
        public_comment=comment,
        consultations=consultations,
        legality_review=review,
        deliberation=deliberation,
        promulgated_on=promulgated,
        effective_on=None if promulgated is None else promulgated + draw(_DAYS),
        publication=None
        if promulgated is None
        else draw(
            st.none()
            | st.builds(
                Publication,
                _DAYS.map(lambda d: promulgated + d),
                st.lists(st.sampled_from(PublicationChannel), max_size=2, unique=True).map(tuple),
                st.none() | st.just("https://www.tjbh.gov.cn/dgj/zcwj/3.html"),
            )
        ),
        evaluations=tuple(evaluations),
        amendments=tuple(amendments),
    )


@st.composite
def major_decisions(draw: st.DrawFn) -> MajorDecision:
    """A valid major decision (possibly unlawful: that is for `check`).

    Every stage may appear: public participation, a hearing, expert argumentation (experts' names drawn
    from `EXPERT_NAME_ALPHABET`), a risk assessment, the review and its amendment, the discussion, the
    Party-committee report, publication, execution reports and a post-decision evaluation.
    """
    start = draw(_STARTS)
    pp = None
    if draw(st.booleans()):
        closes = start + draw(_DAYS)
        pp = PublicParticipation(
            start,
            closes,
            explanation_given=draw(st.booleans()),
            short_period_reason=draw(st.none() | _TEXT),
            feedback_published_on=draw(st.none() | _DAYS.map(lambda d: closes + d)),
            channels=tuple(draw(st.lists(st.sampled_from(PublicationChannel), max_size=2, unique=True))),
            way_and_deadline_stated=draw(st.none() | st.booleans()),
            announced_closes_on=draw(st.none() | st.just(closes)),
        )
    hearing = None
    if draw(st.booleans()):
        held = start + draw(_DAYS)
        hearing = DecisionHearing(
            held_on=held,
            materials_sent_on=draw(st.none() | _DAYS.map(lambda d: held - d)),
            participant_list_published_on=draw(st.none() | _DAYS.map(lambda d: held - d)),
        )
    experts = None
    if draw(st.booleans()):
        names = st.text(alphabet=EXPERT_NAME_ALPHABET, min_size=2, max_size=3)
        experts = ExpertArgumentation(
            held_on=start + draw(_DAYS),
            experts=tuple(
                Expert(name, organisation, interest, field)
                for name, organisation, interest, field in draw(
                    st.lists(
                        st.tuples(names, st.none() | _NAMES, st.booleans(), st.none() | st.sampled_from(["城市规划", "法律"])),
                        max_size=3,
                    )
                )
            ),
            summary=draw(st.none() | _TEXT),
        )
    risk = None
    if draw(st.booleans()):
        risk = RiskAssessment(
            completed_on=start + draw(_DAYS),
            risk_points=tuple(draw(st.lists(st.sampled_from(["征迁", "资金"]), max_size=2))),
            measures=tuple(draw(st.lists(st.sampled_from(["分期实施"]), max_size=1))),
            response_plan=draw(st.booleans()),
            controllable=draw(st.booleans()),
            draft_adjusted=draw(st.booleans()),
            already_assessed=draw(st.booleans()),
            measures_taken=tuple(draw(st.lists(st.sampled_from(["分期实施", "增设过渡安置"]), max_size=1))),
        )
    review = draw(st.none() | legality_reviews(SubjectKind.MAJOR_DECISION))
    later = max([start, *([review.completed_on] if review and review.completed_on else [])])
    discussion = None
    if draw(st.booleans()):
        discussion = CollectiveDiscussion(
            held_on=later + draw(_DAYS),
            meeting_kind=draw(st.sampled_from(MeetingKind)),
            attendees=tuple(draw(st.lists(_NAMES, max_size=3))),
            head_spoke_last=draw(st.booleans()),
            majority_view=draw(st.none() | st.sampled_from(Vote)),
            decision=draw(st.none() | st.sampled_from(Vote)),
            head_reasons=draw(st.none() | _TEXT),
            minutes_recorded=draw(st.booleans()),
            materials=tuple(draw(st.lists(st.sampled_from(DiscussionMaterial), max_size=4, unique=True))),
            dissent=tuple(draw(st.lists(_TEXT, max_size=1))),
            dissent_expressed=draw(st.none() | st.booleans()),
        )
    decided = discussion.held_on if discussion is not None else None
    after = st.nothing() if decided is None else _DAYS.map(lambda d: decided + d)
    return MajorDecision(
        title="老旧小区改造实施方案",
        decision_body="大港街道办事处",
        undertaking_unit=draw(_NAMES),
        body_kind=draw(st.sampled_from(BodyKind)),
        category=draw(st.sampled_from(DecisionCategory)),
        confidential=draw(st.booleans()),
        high_public_concern=draw(st.booleans()),
        touches_enterprises=draw(st.booleans()),
        touches_industry=draw(st.booleans()),
        touches_specific_groups=draw(st.booleans()),
        technical=draw(st.booleans()),
        stability_risk=draw(st.booleans()),
        affects_market_entities=draw(st.booleans()),
        exploratory_reform=draw(st.booleans()),
        no_clear_national_rule=draw(st.none() | st.booleans()),
        legal_risk_statement=draw(st.none() | _TEXT),
        public_participation=pp,
        hearing=hearing,
        expert_argumentation=experts,
        risk_assessment=risk,
        legality_review=review,
        review_amendment=draw(st.none() | _DAYS.map(lambda d: ReviewAmendment(later + d))),
        discussion=discussion,
        reported_to_party_committee_on=draw(st.none() | after),
        publication=draw(st.none() | after.map(Publication)),
        adoption_explained=draw(st.booleans()),
        execution_reports=()
        if decided is None
        else tuple(draw(st.lists(after.map(ExecutionReport), max_size=2))),
        evaluation_triggers=tuple(draw(st.lists(st.sampled_from(EvaluationTrigger), max_size=2, unique=True))),
        post_evaluation=draw(
            st.none()
            | after.map(
                lambda day: PostDecisionEvaluation(day, evaluator="第三方评估机构", third_party=True)
            )
        ),
        archived=draw(st.none() | st.booleans()),
    )
