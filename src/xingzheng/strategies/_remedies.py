"""Hypothesis strategies for disclosure requests, reconsideration cases and petitions.

Each procedure has two: one drawing any valid record (dates in order, past the calendar's coverage too),
and a ``compliant_…`` one drawing records that keep every rule, built from the texts' own numbers with
the calendar's `add_workdays` and plain date arithmetic (not with the checks' clock), so that a property
test can state "no error, no warning" without repeating the code it tests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from xingzheng.calendar import default_calendar
from xingzheng.model.disclosure import (
    ConsultedKind,
    CorrectionRequest,
    DelayedReply,
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyExtension,
    ReplyKind,
    SubmissionChannel,
)
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.petition import (
    HandlingExtension,
    Petition,
    PetitionForm,
    PetitionReview,
    PetitionRoute,
    PetitionRouting,
)
from xingzheng.model.reconsideration import (
    ApplicationCorrection,
    ChallengedAct,
    ChallengedKind,
    DecisionExtension,
    Forwarding,
    Litigation,
    LitigationOutcome,
    OpinionLetter,
    ReconsiderationCase,
    ReconsiderationDecision,
    ReconsiderationHearing,
    ReconsiderationOutcome,
    ReconsiderationProcedure,
    ReconsiderationSuspension,
    RespondentAnswer,
)
from xingzheng.strategies._documents import PERSONAL_DATA

__all__ = [
    "compliant_disclosure_requests",
    "compliant_petitions",
    "compliant_reconsideration_cases",
    "disclosure_requests",
    "parties",
    "petitions",
    "reconsideration_cases",
]

_DAYS = st.integers(min_value=0, max_value=60).map(lambda n: dt.timedelta(days=n))
_ANY_DATES = st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2028, 12, 31))
#: Dates inside the calendar's data, after every text of these procedures took effect, with room for the
#: longest period to end inside the data.
_COVERED = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 6, 30))
_TEXT = st.sampled_from(["", "2023年度拆迁补偿方案", "请求公开某项目批复"]) | st.builds(
    lambda template, datum: template.format(datum),
    st.sampled_from(["联系电话{}", "身份证号：{}", "（{}）"]),
    st.sampled_from(PERSONAL_DATA),
)
_PERSON_NAMES = st.sampled_from(["甲某", "乙某", "丙某"])


@st.composite
def parties(draw: st.DrawFn) -> Party:
    """An applicant or petitioner: a citizen (personal data) or an organisation (a public name)."""
    if draw(st.booleans()):
        return Party(
            PartyKind.CITIZEN,
            person_name=draw(_PERSON_NAMES),
            id_number=draw(st.none() | st.sampled_from(PERSONAL_DATA[4:])),
            phone=draw(st.none() | st.sampled_from(PERSONAL_DATA[:4])),
        )
    return Party(PartyKind.ORGANISATION, organisation_name=draw(st.sampled_from(["某某科技有限公司", "大港街商会"])))


def _receipt(draw: st.DrawFn, channel: SubmissionChannel, submitted: dt.date, *, complete: bool) -> dict[str, dt.date | None]:
    later = st.integers(0, 6).map(lambda n: submitted + dt.timedelta(days=n))
    if channel is SubmissionChannel.IN_PERSON:
        return {}
    if channel is SubmissionChannel.SIGNED_POST:
        return {"signed_for_on": draw(later) if complete else draw(st.none() | later)}
    if channel is SubmissionChannel.ORDINARY_POST:
        arrived = draw(later)
        confirmed = arrived if complete else draw(st.none() | st.just(arrived) | st.just(arrived + dt.timedelta(days=2)))
        return {"arrived_on": arrived, "confirmed_on": confirmed}
    return {"confirmed_on": draw(later) if complete else draw(st.none() | later)}


@st.composite
def disclosure_requests(draw: st.DrawFn) -> DisclosureRequest:
    """A valid disclosure request, lawful or not (dates in order; some before 2019-05-15 or past coverage)."""
    channel = draw(st.sampled_from(SubmissionChannel))
    submitted = draw(_ANY_DATES)
    receipt = _receipt(draw, channel, submitted, complete=False)
    correction = None
    if draw(st.booleans()):
        notified = submitted + draw(_DAYS)
        corrected = draw(st.none() | _DAYS.map(lambda d: notified + d))
        abandoned = corrected is None and draw(st.booleans())
        correction = CorrectionRequest(notified, draw(st.none() | _TEXT), corrected, abandoned)
    consultations = []
    for _ in range(draw(st.integers(0, 2))):
        sent = submitted + draw(_DAYS)
        answered = draw(st.none() | _DAYS.map(lambda d: sent + d))  # noqa: B023 (drawn at once)
        consultations.append(
            DisclosureConsultation(
                draw(st.sampled_from(ConsultedKind)),
                draw(_PERSON_NAMES),
                sent,
                draw(st.booleans()),
                answered,
                draw(st.none() | st.booleans()),
                draw(st.none() | st.just(sent)),
            )
        )
    extension = None
    if draw(st.booleans()):
        decided = submitted + draw(_DAYS)
        extension = ReplyExtension(
            draw(st.integers(1, 30)),
            decided,
            draw(st.none() | st.booleans()),
            draw(st.none() | _DAYS.map(lambda d: decided + d)),
            draw(st.none() | _TEXT),
        )
    reply = None
    if draw(st.booleans()):
        reply = DisclosureReply(
            draw(st.sampled_from(ReplyKind)),
            submitted + draw(_DAYS) + draw(_DAYS),
            draw(st.booleans()),
            draw(st.none() | _TEXT),
            draw(st.none() | st.booleans()),
        )
    return DisclosureRequest(
        request_id=draw(st.sampled_from(["大港街依申〔2024〕1号", "GK-2021-007", "津港街公开〔2019〕3号"])),
        agency="大港街道办事处",
        applicant=draw(parties()),
        channel=channel,
        submitted_on=submitted,
        information=draw(_TEXT),
        correction=correction,
        consultations=tuple(consultations),
        extension=extension,
        reply=reply,
        delayed_reply=draw(st.none() | st.builds(DelayedReply, _DAYS.map(lambda d: submitted + d + d))),
        signed_for_on=receipt.get("signed_for_on"),
        arrived_on=receipt.get("arrived_on"),
        confirmed_on=receipt.get("confirmed_on"),
    )


@st.composite
def compliant_disclosure_requests(draw: st.DrawFn) -> DisclosureRequest:
    """A disclosure request that keeps every rule of both built-in profiles, answered or not.

    Built from the regulation's numbers: the correction notice within 7 working days of the receipt, a
    consultation answered within 15, an approved and notified extension of at most 20 decided within the
    first 20, the reply within 20 (+ the extension) working days of the clock start — the consultation
    time, which only lengthens the period, is not needed. A refusal tells the applicant of reconsideration
    first. An unanswered request is judged only at its clock start (``as_of`` is the caller's).
    """
    cal = default_calendar()
    channel = draw(st.sampled_from(SubmissionChannel))
    submitted = draw(_COVERED)
    receipt = _receipt(draw, channel, submitted, complete=True)
    received = receipt.get("signed_for_on") or receipt.get("confirmed_on") or submitted
    start = received
    correction = None
    if draw(st.booleans()):
        notified = cal.add_workdays(received, draw(st.integers(0, 7)))
        corrected = notified + draw(_DAYS)
        correction = CorrectionRequest(notified, "请明确所需信息的名称", corrected)
        start = corrected
    consultations = []
    if draw(st.booleans()):
        sent = cal.add_workdays(start, draw(st.integers(0, 10)))
        consultations.append(
            DisclosureConsultation(
                draw(st.sampled_from([ConsultedKind.THIRD_PARTY, ConsultedKind.CO_PRODUCER])),
                draw(_PERSON_NAMES),
                sent,
                True,
                cal.add_workdays(sent, draw(st.integers(0, 15))),
                draw(st.booleans()),
            )
        )
    extension = None
    extra = 0
    if draw(st.booleans()):
        extra = draw(st.integers(1, 20))
        decided = cal.add_workdays(start, draw(st.integers(1, 19)))
        extension = ReplyExtension(extra, decided, True, decided, "需要征求意见")
    reply = None
    if draw(st.booleans()):
        kind = draw(st.sampled_from(ReplyKind))
        replied = cal.add_workdays(start, draw(st.integers(1, 20 + extra)))
        if extension is not None:
            replied = max(replied, extension.decided_on)
        reply = DisclosureReply(
            kind,
            replied,
            False,
            "涉及第三方商业秘密" if kind is ReplyKind.REFUSED else None,
            True if kind is ReplyKind.REFUSED else draw(st.none() | st.booleans()),
        )
    return DisclosureRequest(
        request_id="大港街依申〔2024〕1号",
        agency="大港街道办事处",
        applicant=draw(parties()),
        channel=channel,
        submitted_on=submitted,
        information=draw(_TEXT),
        correction=correction,
        consultations=tuple(consultations),
        extension=extension,
        reply=reply,
        signed_for_on=receipt.get("signed_for_on"),
        arrived_on=receipt.get("arrived_on"),
        confirmed_on=receipt.get("confirmed_on"),
    )


_OUTCOMES = st.sampled_from(ReconsiderationOutcome)


@st.composite
def reconsideration_cases(draw: st.DrawFn) -> ReconsiderationCase:
    """A valid reconsideration case, lawful or not (some before 2024-01-01 or past coverage)."""
    knew = draw(_ANY_DATES)
    applied = knew + draw(_DAYS) + draw(_DAYS)
    told = draw(st.none() | st.booleans())
    obstacle = draw(st.none() | _DAYS.map(lambda d: (knew, knew + d)))
    correction = None
    if draw(st.booleans()):
        notified = applied + draw(_DAYS)
        corrected = draw(st.none() | _DAYS.map(lambda d: notified + d))
        correction = ApplicationCorrection(notified, corrected, corrected is None and draw(st.booleans()))
    accepted = draw(st.none() | _DAYS.map(lambda d: applied + d))
    refused = None if accepted is not None else draw(st.none() | _DAYS.map(lambda d: applied + d))
    copy = applied + draw(_DAYS)
    answer_delay = draw(st.none() | _DAYS)
    answer = RespondentAnswer(copy, None if answer_delay is None else copy + answer_delay) if draw(st.booleans()) else None
    held = applied + draw(_DAYS) + draw(_DAYS)
    notice = max(applied, held - dt.timedelta(days=draw(st.integers(0, 20))))
    hearing = ReconsiderationHearing(notice, held) if draw(st.booleans()) else None
    decision = draw(st.none() | st.builds(ReconsiderationDecision, _OUTCOMES, _DAYS.map(lambda d: applied + d + d), st.none() | st.booleans()))
    forward_delay = draw(st.none() | _DAYS)
    forwarding = Forwarding(applied, None if forward_delay is None else applied + forward_delay) if draw(st.booleans()) else None
    letters = []
    for _ in range(draw(st.integers(0, 2))):
        received = applied + draw(_DAYS)
        delay = draw(st.none() | _DAYS)
        letters.append(OpinionLetter("大港街道办事处", received, None if delay is None else received + delay))
    suspensions = []
    if draw(st.booleans()):
        first = applied + draw(_DAYS)
        suspensions.append(ReconsiderationSuspension(first, draw(st.none() | _DAYS.map(lambda d: first + d))))
    return ReconsiderationCase(
        case_id=draw(st.sampled_from(["滨复〔2024〕12号", "FY-2025-003"])),
        body="天津市滨海新区人民政府",
        applicant=draw(parties()),
        respondent="大港街道办事处",
        challenged=ChallengedAct(
            draw(st.sampled_from(ChallengedKind)),
            draw(st.sampled_from(["津港街罚〔2024〕5号", "大港街依申〔2024〕7号"])),
            draw(st.none() | st.just(knew)),
            draw(st.booleans()),
            draw(st.booleans()),
        ),
        applied_on=applied,
        knew_on=draw(st.none() | st.just(knew)),
        told_of_rights=told,
        learned_rights_on=None if told is not False else draw(st.none() | _DAYS.map(lambda d: knew + d)),
        obstacle_from=None if obstacle is None else obstacle[0],
        obstacle_until=None if obstacle is None else obstacle[1],
        procedure=draw(st.sampled_from(ReconsiderationProcedure)),
        forwarding=forwarding,
        correction=correction,
        accepted_on=accepted,
        not_accepted_on=refused,
        answer=answer,
        hearing=hearing,
        extension=draw(st.none() | st.builds(DecisionExtension, st.integers(1, 40), _DAYS.map(lambda d: applied + d), st.none() | st.booleans())),
        decision=decision,
        opinion_letters=tuple(letters),
        litigation=draw(st.none() | st.builds(Litigation, st.none() | st.sampled_from(LitigationOutcome), st.none() | st.booleans())),
        suspensions=tuple(suspensions),
    )


@st.composite
def compliant_reconsideration_cases(draw: st.DrawFn) -> ReconsiderationCase:
    """A reconsideration case that keeps every rule of both built-in profiles, decided or not.

    Built from the law's numbers with `add_workdays` and plain day arithmetic: applied within 60 days of
    knowing the act, accepted within 5 working days, the answer within 5 (simple) or 10 working days, a
    hearing notified with 6 working days to go, the decision within 30 days of acceptance, a report within
    59 days of an opinion letter.
    """
    cal = default_calendar()
    knew = draw(_COVERED)
    applied = knew + dt.timedelta(days=draw(st.integers(0, 60)))
    accepted = cal.add_workdays(applied, draw(st.integers(0, 5)))
    procedure = draw(st.sampled_from(ReconsiderationProcedure))
    copy = cal.add_workdays(accepted, draw(st.integers(0, 3)))
    answer_days = 5 if procedure is ReconsiderationProcedure.SIMPLE else 10
    answer = RespondentAnswer(copy, cal.add_workdays(copy, draw(st.integers(0, answer_days))))
    hearing = None
    if draw(st.booleans()):
        held = cal.add_workdays(accepted, draw(st.integers(8, 15)))
        hearing = ReconsiderationHearing(max(applied, cal.add_workdays(held, -6)), held, True)
    decision = None
    if draw(st.booleans()):
        decision = ReconsiderationDecision(
            draw(_OUTCOMES), accepted + dt.timedelta(days=draw(st.integers(25, 30))), draw(st.none() | st.booleans())
        )
    letters: tuple[OpinionLetter, ...] = ()
    if decision is not None and draw(st.booleans()):
        letters = (OpinionLetter("大港街道办事处", decision.decided_on, decision.decided_on + dt.timedelta(days=draw(st.integers(0, 59)))),)
    return ReconsiderationCase(
        case_id="滨复〔2024〕12号",
        body="天津市滨海新区人民政府",
        applicant=draw(parties()),
        respondent="大港街道办事处",
        challenged=ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "津港街罚〔2024〕5号", knew),
        applied_on=applied,
        knew_on=knew,
        told_of_rights=True,
        procedure=procedure,
        accepted_on=accepted,
        answer=answer,
        hearing=hearing,
        decision=decision,
        opinion_letters=letters,
        litigation=draw(st.none() | st.builds(Litigation, st.none() | st.sampled_from(LitigationOutcome), st.none() | st.booleans())),
    )


def _review(draw: st.DrawFn, after: dt.date) -> PetitionReview:
    answer = after + draw(_DAYS)
    requested = answer + draw(_DAYS)
    opinion = draw(st.none() | _DAYS.map(lambda d: requested + d))
    hearing = draw(st.none() | _DAYS.map(lambda d: requested + d))
    until = None if hearing is None else hearing + draw(st.integers(0, 3)) * dt.timedelta(days=1)
    return PetitionReview(answer, requested, opinion, hearing, until)


@st.composite
def petitions(draw: st.DrawFn) -> Petition:
    """A valid petition, lawful or not (some before 2022-05-01 or past coverage)."""
    received = draw(_ANY_DATES)
    later = _DAYS.map(lambda d: received + d)
    routing = None
    if draw(st.booleans()):
        route = draw(st.sampled_from(PetitionRoute))
        routing = PetitionRouting(route, draw(later), draw(st.none() | st.sampled_from(["津港街罚〔2024〕5号"])))
    answered = None if routing is None else draw(st.none() | _DAYS.map(lambda d: routing.routed_on + d))
    form = draw(st.sampled_from(PetitionForm))
    return Petition(
        petition_id=draw(st.sampled_from(["大港信〔2024〕31号", "XF-2023-0007"])),
        received_by="大港街道办事处",
        petitioner=draw(parties()),
        form=form,
        received_on=received,
        matter=draw(_TEXT),
        by_petition_office=draw(st.booleans()),
        transferred_in=draw(st.booleans()),
        identity_unclear=draw(st.booleans()),
        representatives=draw(st.none() | st.integers(1, 9)),
        registered_on=draw(st.none() | later),
        sorted_on=draw(st.none() | later),
        notified_on=draw(st.none() | later),
        objected_on=draw(st.none() | later),
        routing=routing,
        extension=draw(st.none() | st.builds(HandlingExtension, st.integers(1, 40), later, st.none() | st.booleans())),
        answered_on=answered,
        review=draw(st.none() | st.just(_review(draw, received))),
        re_review=draw(st.none() | st.just(_review(draw, received))),
    )


@st.composite
def compliant_petitions(draw: st.DrawFn) -> Petition:
    """A petition that keeps every rule of both built-in profiles, answered or not.

    Plain day arithmetic from the regulation's numbers: sorted or notified within 15 days, an objection
    within 5 working days, handled within 60 days (+ an extension of at most 30), review and re-review
    opinions within 30 days, at most 5 representatives of a group visit.
    """
    cal = default_calendar()
    received = draw(_COVERED)
    office = draw(st.booleans())
    transferred = not office and draw(st.booleans())
    objected = cal.add_workdays(received, draw(st.integers(0, 5))) if transferred and draw(st.booleans()) else None
    notified = None if office or objected is not None else received + dt.timedelta(days=draw(st.integers(0, 15)))
    sorted_on = received + dt.timedelta(days=draw(st.integers(0, 15))) if office else None
    route = draw(st.sampled_from(PetitionRoute))
    routed = received + dt.timedelta(days=draw(st.integers(0, 15)))
    case = "津港街罚〔2024〕5号" if route is PetitionRoute.PENALTY_PROCEDURE else None
    extension = None
    answered = None
    review = re_review = None
    if route is PetitionRoute.HANDLED:
        extra = 0
        if draw(st.booleans()):
            extra = draw(st.integers(1, 30))
            extension = HandlingExtension(extra, routed + dt.timedelta(days=draw(st.integers(1, 59))), True)
        if draw(st.booleans()):
            answered = routed + dt.timedelta(days=draw(st.integers(0, 60 + extra)))
            got = answered + dt.timedelta(days=draw(st.integers(0, 5)))
            requested = got + dt.timedelta(days=draw(st.integers(0, 30)))
            review = PetitionReview(got, requested, requested + dt.timedelta(days=draw(st.integers(0, 30))))
    form = draw(st.sampled_from(PetitionForm))
    return Petition(
        petition_id="大港信〔2024〕31号",
        received_by="大港街道办事处",
        petitioner=draw(parties()),
        form=form,
        received_on=received,
        matter=draw(_TEXT),
        by_petition_office=office,
        transferred_in=transferred,
        representatives=draw(st.integers(1, 5)) if form is PetitionForm.VISIT and draw(st.booleans()) else None,
        registered_on=received,
        sorted_on=sorted_on,
        notified_on=notified,
        objected_on=objected,
        routing=PetitionRouting(route, routed, case),
        extension=extension,
        answered_on=answered,
        review=review,
        re_review=re_review,
    )
