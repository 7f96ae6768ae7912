"""Fidelity of the disclosure checks (G2, G3, G5): no error for a lawful request, the right deadlines.

Golden cases on the official calendar (2024: 国庆 1–7 October; Sunday 29 September and Saturday
12 October working days).
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from _disclosure_support import disclosure_replied, disclosure_request
from xingzheng import check, default_calendar, upcoming
from xingzheng.io import dumps, loads
from xingzheng.model.disclosure import (
    ConsultedKind,
    DelayedReply,
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyKind,
)
from xingzheng.strategies import compliant_disclosure_requests

CAL = default_calendar()
D = dt.date


_request = disclosure_request
_replied = disclosure_replied


def _errors(request: DisclosureRequest, as_of: dt.date | None = None) -> list[str]:
    return [f.code for f in check(request, as_of=as_of).findings if f.severity.value == "error"]


def test_twenty_working_days_cross_national_day_2024() -> None:
    assert CAL.add_workdays(D(2024, 9, 2), 20) == D(2024, 9, 30)
    assert _errors(_replied(D(2024, 9, 30))) == []
    assert _errors(_replied(D(2024, 10, 8))) == ["G2.reply-late"]


# --- G5 / G2: the consulted side's 15 working days run from its receipt of the request for opinions -------

SENT = D(2024, 9, 10)  # posted on Tuesday 2024-09-10, received on Friday 09-13
RECEIVED = D(2024, 9, 13)


def test_a_silent_third_partys_days_count_from_its_receipt() -> None:
    # 15 working days from the receipt (09-13) end on 2024-10-11 (Saturday 10-12 is a working day, 国庆
    # between); from the sending (09-10) they would end on 10-08. The 18 working days 09-11..10-11 are left
    # out: the reply is due on the 38th working day after 09-02, 2024-10-30.
    posted = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", SENT, received_on=RECEIVED)
    assert _errors(_replied(D(2024, 10, 30), consultations=[posted])) == []
    assert _errors(_replied(D(2024, 10, 31), consultations=[posted])) == ["G2.reply-late"]
    # Its receipt not recorded: counted from the day sent (due 2024-10-25). A reply after that day is late
    # only if the letter arrived the day it was sent: a warning naming the missing field, never an error.
    unknown = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", SENT)
    assert _errors(_replied(D(2024, 10, 25), consultations=[unknown])) == []
    assert check(_replied(D(2024, 10, 25), consultations=[unknown])).codes() == ()
    for report in (
        check(_replied(D(2024, 10, 28), consultations=[unknown])),
        check(_request(consultations=[unknown]), as_of=D(2024, 10, 28)),
    ):
        (finding,) = [f for f in report.findings if f.code.startswith("G2.")]
        assert (finding.code, finding.severity.value) == ("G2.consultation-receipt-not-recorded", "warning")
        assert finding.path == "$.consultations[0].received_on"
        assert "consultations[0].received_on" in finding.message and "received_on" in finding.message_en
        assert [d.date for d in finding.dates if d.label == "due"] == [D(2024, 10, 25)]
        assert not report.errors()
    # An answered consultation ends on its answer whatever the receipt: a late reply stays an error.
    answered = attrs.evolve(unknown, answered_on=D(2024, 10, 8))
    assert _errors(_replied(D(2024, 10, 28), consultations=[answered])) == ["G2.reply-late"]
    # Another organ (not G5's 15 working days) is left out up to its answer only: no receipt involved.
    organ = DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某局", SENT, answered_on=D(2024, 10, 8))
    assert _errors(_replied(D(2024, 10, 28), consultations=[organ])) == ["G2.reply-late"]


def test_a_co_producer_answering_on_its_last_day_after_a_posted_request_is_not_cut_short() -> None:
    # The co-producing organ answered on 10-11, its 15th working day from receiving the request (Art. 34).
    on_time = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", SENT, answered_on=D(2024, 10, 11))
    assert _errors(_replied(D(2024, 10, 30), consultations=[on_time])) == []
    recorded = attrs.evolve(on_time, received_on=RECEIVED)
    assert _errors(_replied(D(2024, 10, 30), consultations=[recorded])) == []
    # Received the day it was sent: its 15 working days ended on 10-08, and silence after them was consent.
    late = attrs.evolve(on_time, received_on=SENT)
    assert _errors(_replied(D(2024, 10, 30), consultations=[late])) == ["G2.reply-late"]
    assert [f.code for f in check(_replied(D(2024, 10, 25), consultations=[late])).findings] == ["G5.deemed-consent"]


def test_a_consultation_receipt_round_trips() -> None:
    request = _replied(D(2024, 10, 30), consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", SENT, received_on=RECEIVED)])
    assert loads(dumps(request)) == request


# --- G2: a delayed reply period set and told under Art. 35 -----------------------------------------------

DELAYED = DelayedReply(D(2024, 11, 15), D(2024, 9, 20), "申请数量明显超过合理范围，理由合理")


def test_a_reply_within_the_delayed_reply_period_is_lawful() -> None:
    assert _errors(_replied(D(2024, 11, 15), delayed_reply=DELAYED)) == []
    assert _errors(_request(delayed_reply=DELAYED), as_of=D(2024, 11, 15)) == []
    late = check(_replied(D(2024, 11, 18), delayed_reply=DELAYED))
    assert late.codes() == ("G2.reply-late",)
    assert [d.date for d in late.findings[0].dates if d.label == "due"] == [D(2024, 11, 15)]
    assert _errors(_request(delayed_reply=DELAYED), as_of=D(2024, 11, 18)) == ["G2.reply-overdue"]
    (item,) = [u for u in upcoming(_request(delayed_reply=DELAYED), as_of=D(2024, 10, 10)) if u.rule == "G2"]
    assert item.deadline.due == D(2024, 11, 15) and not item.overdue
    assert loads(dumps(_request(delayed_reply=DELAYED))) == _request(delayed_reply=DELAYED)


def test_a_delayed_reply_period_shorter_than_art_33s_does_not_shorten_it() -> None:
    early = DelayedReply(D(2024, 9, 20))
    assert _errors(_replied(D(2024, 9, 30), delayed_reply=early)) == []


# --- properties ------------------------------------------------------------------------------------------


def _due(request: DisclosureRequest) -> dt.date:
    start = request.clock_starts_on
    assert start is not None
    (item,) = [u for u in upcoming(request, as_of=start) if u.rule == "G2"]
    return item.deadline.due


@settings(max_examples=80, deadline=None)
@given(compliant_disclosure_requests(), st.data())
def test_the_reply_day_moves_within_its_window_and_one_working_day_past_it(
    request: DisclosureRequest, data: st.DataObject
) -> None:
    """Any reply day from the clock start to the due day is lawful; one working day later is G2's error."""
    if request.clock_starts_on is None:
        return
    unanswered = attrs.evolve(request, reply=None)
    due = _due(unanswered)
    start = request.clock_starts_on
    lawful = data.draw(st.integers(0, CAL.workdays_between(start, due)))
    day = CAL.add_workdays(start, lawful) if lawful else start
    if unanswered.extension is not None:
        day = max(day, unanswered.extension.decided_on)
    answered = attrs.evolve(unanswered, reply=DisclosureReply(ReplyKind.DISCLOSED, day))
    assert _errors(answered) == []
    late = attrs.evolve(unanswered, reply=DisclosureReply(ReplyKind.DISCLOSED, CAL.add_workdays(due, 1)))
    assert _errors(late) == ["G2.reply-late"]


@settings(max_examples=60, deadline=None)
@given(compliant_disclosure_requests(), st.integers(0, 7))
def test_the_correction_notice_is_lawful_to_its_seventh_working_day_and_late_on_the_eighth(
    request: DisclosureRequest, n: int
) -> None:
    received = request.received_on
    if request.correction is None or received is None:
        return
    def notified(day: dt.date) -> DisclosureRequest:
        return attrs.evolve(request, correction=attrs.evolve(request.correction, notified_on=day, corrected_on=None), reply=None,
                            extension=None, consultations=())
    assert _errors(notified(CAL.add_workdays(received, n) if n else received)) == []
    assert _errors(notified(CAL.add_workdays(received, 8))) == ["G3.correction-notice-late"]
