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
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyExtension,
    ReplyKind,
    SubmissionChannel,
)
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.strategies._documents import PERSONAL_DATA

__all__ = ["compliant_disclosure_requests", "disclosure_requests", "parties"]

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
        **receipt,
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
        **receipt,
    )
