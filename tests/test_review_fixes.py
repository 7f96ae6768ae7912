"""Review of the fidelity changes: a wrong deadline or a silent breach found in review, pinned here.

Golden cases on the official calendar (2024: 国庆 1–7 October; Sunday 29 September and Saturday
12 October working days).
"""

from __future__ import annotations

import datetime as dt

from _disclosure_support import disclosure_replied, disclosure_request
from xingzheng import check, default_calendar, upcoming
from xingzheng.model.disclosure import (
    ConsultedKind,
    DelayedReply,
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyKind,
)

CAL = default_calendar()
D = dt.date


_request = disclosure_request
_replied = disclosure_replied


# --- G5 upcoming: the consulted side's 15 working days run from its recorded receipt (as the check counts) --


def test_the_upcoming_opinion_day_counts_from_the_recorded_receipt() -> None:
    # Posted Tuesday 2024-09-10, received Friday 09-13: 15 working days from the receipt end on 2024-10-11
    # (国庆 between, Saturday 10-12 a working day); from the sending they would end on 10-08.
    assert CAL.add_workdays(D(2024, 9, 13), 15) == D(2024, 10, 11)
    assert CAL.add_workdays(D(2024, 9, 10), 15) == D(2024, 10, 8)
    posted = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 9, 10), received_on=D(2024, 9, 13))
    request = _request(consultations=[posted])
    (item,) = [u for u in upcoming(request, as_of=D(2024, 10, 9)) if u.rule == "G5"]
    assert item.deadline.due == D(2024, 10, 11)
    assert not item.overdue
    # The check agrees: no late opinion on 10-09 (it would be G5.opinion-late counted from the sending).
    assert [f.code for f in check(request, as_of=D(2024, 10, 9)).findings if f.code.startswith("G5.")] == []
    # Not recorded: counted from the sending, as the check does.
    unknown = _request(consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 9, 10))])
    (item,) = [u for u in upcoming(unknown, as_of=D(2024, 10, 9)) if u.rule == "G5"]
    assert item.deadline.due == D(2024, 10, 8) and item.overdue


# --- G2 / Art. 35: a delayed reply period counts only as told; told after Art. 33's period is not silent ----


def _g2(request: DisclosureRequest, as_of: dt.date | None = None) -> list[tuple[str, str]]:
    return [
        (f.code, f.severity.value) for f in check(request, as_of=as_of).findings if f.code.startswith("G2.")
    ]


def test_a_delayed_reply_told_before_art_33s_last_day_is_lawful() -> None:
    told = DelayedReply(D(2024, 11, 15), D(2024, 9, 20))
    assert _g2(_replied(D(2024, 11, 15), delayed_reply=told)) == []
    assert _g2(_request(delayed_reply=told), as_of=D(2024, 11, 15)) == []
    # Told on Art. 33's last day itself (2024-09-30): still within the period.
    assert _g2(_replied(D(2024, 11, 15), delayed_reply=DelayedReply(D(2024, 11, 15), D(2024, 9, 30)))) == []


def test_a_delayed_reply_told_after_art_33s_period_is_a_warning_naming_it() -> None:
    # Art. 33's 20 working days ended on 2024-09-30 with no reply and no delay told; the delay came on 10-21.
    late = DelayedReply(D(2024, 11, 15), D(2024, 10, 21))
    for report in (
        check(_replied(D(2024, 11, 15), delayed_reply=late)),
        check(_request(delayed_reply=late), as_of=D(2024, 11, 1)),
    ):
        (finding,) = [f for f in report.findings if f.code.startswith("G2.")]
        assert (finding.code, finding.severity.value) == ("G2.delayed-reply-told-after-period", "warning")
        assert finding.path == "$.delayed_reply.notified_on"
        assert "2024-10-21" in finding.message and "2024-09-30" in finding.message
        assert "2024-10-21" in finding.message_en and "2024-09-30" in finding.message_en
    # A reply within Art. 33's own period needs no delay: nothing is said.
    assert _g2(_replied(D(2024, 9, 30), delayed_reply=late)) == []
    # After the delayed period too: the reply is late as well.
    assert _g2(_replied(D(2024, 11, 18), delayed_reply=late)) == [
        ("G2.delayed-reply-told-after-period", "warning"),
        ("G2.reply-late", "error"),
    ]


def test_a_delayed_reply_with_no_notice_recorded_is_a_warning_when_it_decides() -> None:
    untold = DelayedReply(D(2024, 11, 15))
    (finding,) = [f for f in check(_replied(D(2024, 11, 15), delayed_reply=untold)).findings]
    assert (finding.code, finding.severity.value) == ("G2.delayed-reply-notice-not-recorded", "warning")
    assert finding.path == "$.delayed_reply.notified_on"
    assert "delayed_reply.notified_on" in finding.message and "delayed_reply.notified_on" in finding.message_en
    assert _g2(_request(delayed_reply=untold), as_of=D(2024, 10, 8)) == [
        ("G2.delayed-reply-notice-not-recorded", "warning")
    ]
    # Not deciding anything (a reply in Art. 33's period, or no as_of past it): nothing.
    assert _g2(_replied(D(2024, 9, 27), delayed_reply=untold)) == []
    assert _g2(_request(delayed_reply=untold), as_of=D(2024, 9, 30)) == []


# --- G2: an unrecorded receipt cannot excuse a reply period that ended before the consultation began -------


def test_a_consultation_sent_after_the_reply_period_ended_excuses_nothing() -> None:
    # Art. 33's 20 working days ended on 2024-09-30; the third party was consulted only on 10-14 (receipt
    # not recorded). Whatever its receipt, its days come after the period: the reply on 11-20 is late.
    after = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 10, 14))
    report = check(_replied(D(2024, 11, 20), consultations=[after]))
    late = [f for f in report.findings if f.code.startswith("G2.")]
    assert [(f.code, f.severity.value) for f in late] == [("G2.reply-late", "error")]
    assert [d.date for d in late[0].dates if d.label == "due"] == [D(2024, 9, 30)]
    assert _g2(_request(consultations=[after]), as_of=D(2024, 11, 20)) == [("G2.reply-overdue", "error")]
    # Sent within the period, its receipt not recorded: a reply late only by the count from the sending is
    # the warning naming the field (the fidelity pass's reading, unchanged).
    within = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 9, 10))
    assert _g2(_replied(D(2024, 10, 28), consultations=[within])) == [
        ("G2.consultation-receipt-not-recorded", "warning")
    ]



# --- the delay warnings in full, and when they are not given -----------------------------------------------


def test_the_delay_warnings_in_full() -> None:
    late = check(_replied(D(2024, 11, 15), delayed_reply=DelayedReply(D(2024, 11, 15), D(2024, 10, 21))))
    (told,) = [f for f in late.findings if f.code.startswith("G2.")]
    assert told.message == "于 2024-10-21 才告知申请人延迟答复期限（条例第三十五条），第三十三条的答复期限已于 2024-09-30 届满"
    assert told.message_en == (
        "the delayed reply period (Art. 35) was told on 2024-10-21, after Art. 33's reply period ended on 2024-09-30"
    )
    assert "第三十三条" in told.citation and told.parameter == "disclosure.reply_period.max"
    assert [(d.label, d.date) for d in told.dates] == [
        ("due", D(2024, 9, 30)), ("delayed_due", D(2024, 11, 15)), ("told", D(2024, 10, 21))
    ]
    untold = check(_replied(D(2024, 11, 15), delayed_reply=DelayedReply(D(2024, 11, 15))))
    (missing,) = [f for f in untold.findings if f.code.startswith("G2.")]
    assert missing.message == (
        "记录了延迟答复期限（至 2024-11-15），未记录告知申请人的日期（delayed_reply.notified_on）；"
        "第三十三条的答复期限已于 2024-09-30 届满"
    )
    assert missing.message_en == (
        "a delayed reply period (to 2024-11-15) is recorded without the day the applicant was told "
        "(delayed_reply.notified_on); Art. 33's reply period ended on 2024-09-30"
    )
    assert "第三十三条" in missing.citation and missing.parameter == "disclosure.reply_period.max"
    assert [(d.label, d.date) for d in missing.dates] == [("due", D(2024, 9, 30)), ("delayed_due", D(2024, 11, 15))]


def test_a_delay_ending_on_or_before_art_33s_last_day_decides_nothing() -> None:
    # A delayed period to 09-30 (Art. 33's own last day) or earlier, never told: the reply on 10-08 is late by
    # Art. 33, and the delay, which lengthens nothing, is not judged.
    for reply_by in (D(2024, 9, 30), D(2024, 9, 20)):
        assert _g2(_replied(D(2024, 10, 8), delayed_reply=DelayedReply(reply_by))) == [("G2.reply-late", "error")]


def test_the_widest_count_keeps_the_extension_and_names_the_reply_past_the_calendar() -> None:
    from xingzheng.model.disclosure import ReplyExtension

    # Extended by 20 working days (approved, told on 09-26); a third party consulted on 10-08, after Art. 33's
    # own 20 working days but within the extended 40, its receipt not recorded; reply 11-25, late by the count
    # from the sending (due 11-22). Were the consultation open up to the reply, 21 of the 40 working days come
    # before it: the reply could be in time, so a warning, not an error.
    extended = ReplyExtension(20, D(2024, 9, 25), approved_by_head=True, notified_on=D(2024, 9, 26))
    consulted = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 10, 8))
    report = check(_replied(D(2024, 11, 25), consultations=[consulted], extension=extended))
    assert [(f.code, f.severity.value) for f in report.findings] == [("G2.consultation-receipt-not-recorded", "warning")]
    assert [d.date for d in report.findings[0].dates if d.label == "due"] == [D(2024, 11, 22)]
    # Near the calendar's end: the count with the consultation open up to the reply runs past 2026; the
    # calendar's warning names the reply, and the missing receipt is the warning.
    near = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2026, 11, 5))
    request = _request(submitted_on=D(2026, 11, 2), consultations=[near], reply=DisclosureReply(ReplyKind.DISCLOSED, D(2026, 12, 22)))
    assert [(f.code, f.path) for f in check(request).findings] == [
        ("CAL.coverage", "$.reply"),
        ("G2.consultation-receipt-not-recorded", "$.consultations[0].received_on"),
    ]
