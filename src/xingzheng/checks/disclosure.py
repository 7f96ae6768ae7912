"""Checks of a disclosure request (依申请公开): G2 reply period, G3 correction, G4 receipt, G5 consultations, R3.

Every rule is judged on the day the request counts as received (G4), or its submission when that day is
not recorded; R3 on the day of the reply. Working days are the regulation's own (工作日). The time spent
consulting a third party or another organ is left out of the reply period (Art. 33 ¶3): the days after
the request for opinions was sent up to the opinion. The consulted side's 15 working days count from
the day it received the request for opinions (Art. 32, 34), or from the day it was sent when that is not
recorded. Where no opinion came, a third party's or a co-producing organ's consultation ends on the last
day of those 15 working days (Art. 32: the agency then decides; Art. 34: silence is consent); a
co-producing organ's late opinion counts only to that day too when its receipt is recorded. Any other
late opinion is left out up to the day it came (the reading that gives fewer false errors;
docs/decisions.md). An open consultation of another organ keeps the clock stopped. A delayed reply
period set and told under Art. 35 makes the reply due by the later of its last day and Art. 33's period;
where it decides the reply's lateness, told after Art. 33's period or with no telling recorded, it is a
warning naming ``delayed_reply.notified_on``.
Telling the applicant that a petition, complaint or report in the form of a request is not handled as a
disclosure request (Art. 39) has no period of its own: told after Art. 33's period, it is a warning.
"""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._clock import Interval, due_excluding, upcoming_at
from xingzheng.checks._common import Judge, cite, count_label
from xingzheng.checks._report import DateFact, Report, Upcoming
from xingzheng.model.disclosure import (
    ConsultedKind,
    DisclosureConsultation,
    DisclosureRequest,
    ReplyKind,
    SubmissionChannel,
)
from xingzheng.rules import Profile, ResolvedValue

__all__ = ["check_disclosure", "consultation_intervals", "judge_disclosure", "upcoming_disclosure"]

_REPLY = "disclosure.reply_period.max"
_EXTENSION = "disclosure.reply_extension.max"
_CORRECTION = "disclosure.correction_notice_period.max"
_CONSULTATION = "disclosure.consultation_reply_period.max"


def _consultation_due(j: Judge, item: DisclosureConsultation, path: str) -> dt.date | None:
    """The last day of the consulted side's 15 working days (None: no rule, past coverage, another organ)."""
    if item.kind is ConsultedKind.OTHER_ORGAN:
        return None
    value = j.param(_CONSULTATION, "G5", item.sent_on, path)
    start = item.received_on if item.received_on is not None else item.sent_on
    return None if value is None else j.due(start, value, path)


def consultation_intervals(
    j: Judge, request: DisclosureRequest, until: dt.date | None
) -> tuple[list[Interval], bool]:
    """The intervals left out of the reply period, and whether one is still open at ``until``.

    ``until`` is the last day that can matter (the reply, or ``as_of``); an open consultation with no time
    limit runs to it. With ``until`` None an open one without a limit makes the due day unknowable.
    """
    intervals: list[Interval] = []
    open_ended = False
    for index, item in enumerate(request.consultations):
        path = f"$.consultations[{index}]"
        limit = _consultation_due(j, item, path)
        end = item.answered_on
        if end is None:
            end = limit
        elif (
            item.kind is ConsultedKind.CO_PRODUCER and item.received_on is not None and limit is not None
            and end > limit
        ):
            end = limit  # silence past its 15 working days was consent (Art. 34): no more waiting was needed
        if end is None:
            if until is None:
                open_ended = True
                continue
            end = until
        intervals.append((item.sent_on, end))
    return intervals, open_ended


def _extension_days(j: Judge, request: DisclosureRequest, on: dt.date) -> int:
    """The working days an extension adds: none when refused by the head, at most the maximum."""
    extension = request.extension
    if extension is None or extension.approved_by_head is False:
        return 0
    maximum = j.param(_EXTENSION, "G2", on, "$.extension")
    if maximum is None:
        return 0
    return min(extension.working_days, int(maximum.value))


def _judge_receipt(j: Judge, request: DisclosureRequest, on: dt.date) -> None:
    state = j.rule("G4", on, "$.channel")
    if state is None:
        return
    channel = request.channel
    if request.received_on is None:
        field = "signed_for_on" if channel is SubmissionChannel.SIGNED_POST else "confirmed_on"
        j.emit(
            "G4.receipt-day-not-recorded",
            on,
            f"提交方式为“{channel.value}”，未记录 {field}，无法确定收到申请之日，答复期限未计算",
            f"the request came by {channel.value.replace('_', ' ')} and {field} is not recorded: the receipt day "
            "and the reply period cannot be known",
            cite(state),
            f"$.{field}",
            dates=(DateFact("submitted", request.submitted_on),),
        )
        return
    if channel is SubmissionChannel.ORDINARY_POST and request.arrived_on is not None:
        confirmed = request.confirmed_on
        if confirmed is not None and confirmed > request.arrived_on:
            j.emit(
                "G4.not-confirmed-same-day",
                on,
                f"平常信函于 {request.arrived_on.isoformat()} 收到，{confirmed.isoformat()} 才与申请人确认",
                f"the ordinary letter arrived on {request.arrived_on.isoformat()} and was confirmed with the "
                f"applicant only on {confirmed.isoformat()}",
                cite(state),
                "$.confirmed_on",
                dates=(DateFact("arrived", request.arrived_on), DateFact("confirmed", confirmed)),
            )


def _judge_correction(j: Judge, request: DisclosureRequest, on: dt.date) -> None:
    correction = request.correction
    received = request.received_on
    if correction is None or received is None:
        return
    state = j.rule("G3", on, "$.correction")
    if state is None:
        return
    value = j.param(_CORRECTION, "G3", received, "$.correction")
    due = None if value is None else j.due(received, value, "$.correction.notified_on")
    if value is not None and due is not None and correction.notified_on > due:
        zh_n, en_n = count_label(value)
        j.emit(
            "G3.correction-notice-late",
            on,
            f"补正通知于 {correction.notified_on.isoformat()} 发出，晚于收到申请之日起{zh_n}（{due.isoformat()}）",
            f"the correction notice was given on {correction.notified_on.isoformat()}, after the {en_n} from "
            f"the receipt ended on {due.isoformat()}",
            cite(value),
            "$.correction.notified_on",
            value.key,
            (DateFact("received", received), DateFact("due", due), DateFact("notified", correction.notified_on)),
        )
    if correction.deemed_abandoned:
        j.emit(
            "G3.deemed-abandoned",
            on,
            "申请人逾期未补正，视为放弃申请，答复期限不再计算",
            "the applicant did not correct the request in time: it is deemed abandoned and no reply is due",
            cite(state),
            "$.correction.deemed_abandoned",
        )


def _receipt_unknown(
    j: Judge, request: DisclosureRequest, start: dt.date, value: ResolvedValue, until: dt.date,
    intervals: list[Interval],
) -> int | None:
    """The first consultation that ended on its earliest possible last day, when that decides lateness.

    Unanswered, with its receipt not recorded, a consultation's 15 working days were counted from the
    sending (`_consultation_due`): its real last day, counted from the receipt, may be later, and so may
    the reply's. A reply late only by that count is not proof of a missed duty (docs/decisions.md). None
    when there is no such consultation, or when the reply is late even were each of them open up to
    ``until`` (a consultation sent after the reply period had ended excuses nothing). ``intervals`` are
    those `consultation_intervals` gave for ``until``.
    """
    unknown: list[int] = []
    widest: list[Interval] = []
    for index, item in enumerate(request.consultations):
        if item.answered_on is not None or item.received_on is not None:
            continue
        limit = _consultation_due(j, item, f"$.consultations[{index}]")
        if limit is not None and until > limit:
            unknown.append(index)
            widest.append((item.sent_on, until))
    if not unknown:
        return None
    extra = _extension_days(j, request, start)
    found = due_excluding(j, start, value, [*intervals, *widest], extra=extra, path="$.reply")
    if found is not None and until > _delayed(request, found.due):
        return None  # late whatever the receipts: G2.reply-late / G2.reply-overdue
    return unknown[0]


def _judge_consultations(j: Judge, request: DisclosureRequest, on: dt.date) -> None:
    if not request.consultations:
        return
    state = j.rule("G5", on, "$.consultations")
    if state is None:
        return
    for index, item in enumerate(request.consultations):
        path = f"$.consultations[{index}]"
        if item.kind is ConsultedKind.THIRD_PARTY and not item.written:
            j.emit(
                "G5.not-in-writing",
                on,
                "征求第三方意见未采用书面形式",
                "the third party was not consulted in writing",
                cite(state),
                f"{path}.written",
            )
        limit = _consultation_due(j, item, path)
        if limit is None:
            continue
        late = item.answered_on is not None and item.answered_on > limit
        silent = item.answered_on is None and j.as_of is not None and j.as_of > limit
        if not (late or silent):
            continue
        dates = (DateFact("sent", item.sent_on), DateFact("due", limit))
        if item.kind is ConsultedKind.CO_PRODUCER:
            j.emit(
                "G5.deemed-consent",
                on,
                f"被征求意见机关未在 {limit.isoformat()} 前提出意见，视为同意公开",
                f"the co-producing organ gave no opinion by {limit.isoformat()}: deemed consent to disclosure",
                cite(state),
                f"{path}.answered_on",
                dates=dates,
            )
        else:
            j.emit(
                "G5.opinion-late",
                on,
                f"第三方未在 {limit.isoformat()} 前提出意见（由行政机关依照条例决定是否公开）",
                f"the third party gave no opinion by {limit.isoformat()} (the agency decides under the regulation)",
                cite(state),
                f"{path}.answered_on",
                dates=dates,
            )


def _judge_extension(j: Judge, request: DisclosureRequest, on: dt.date, original_due: dt.date | None) -> None:
    extension = request.extension
    if extension is None:
        return
    state = j.rule("G2", on, "$.extension")
    if state is None:
        return
    maximum = j.param(_EXTENSION, "G2", on, "$.extension")
    if maximum is not None and extension.working_days > maximum.value:
        zh_n, en_n = count_label(maximum)
        j.emit(
            "G2.extension-too-long",
            on,
            f"答复期限延长{extension.working_days}个工作日，超过最长{zh_n}",
            f"the reply period was extended by {extension.working_days} working days, more than the longest {en_n}",
            cite(maximum),
            "$.extension.working_days",
            maximum.key,
        )
    if extension.approved_by_head is False:
        j.emit(
            "G2.extension-not-approved",
            on,
            "延长答复期限未经政府信息公开工作机构负责人同意（不计入答复期限）",
            "the extension was not approved by the head of the disclosure office (it does not lengthen the period)",
            cite(state),
            "$.extension.approved_by_head",
        )
    elif extension.approved_by_head is None:
        j.emit(
            "G2.extension-approval-not-recorded",
            on,
            "未记录延长答复期限是否经负责人同意（extension.approved_by_head）",
            "whether the head approved the extension is not recorded (extension.approved_by_head)",
            cite(state),
            "$.extension.approved_by_head",
        )
    if extension.notified_on is None:
        j.emit(
            "G2.extension-notice-not-recorded",
            on,
            "未记录告知申请人延长答复期限的日期（extension.notified_on）",
            "the day the applicant was told of the extension is not recorded (extension.notified_on)",
            cite(state),
            "$.extension.notified_on",
        )
    last = max(extension.decided_on, extension.notified_on or extension.decided_on)
    if original_due is not None and last > original_due:
        j.emit(
            "G2.extension-after-due",
            on,
            f"延长于 {last.isoformat()} 决定或告知，原答复期限已于 {original_due.isoformat()} 届满",
            f"the extension was decided or notified on {last.isoformat()}, after the original reply period ended "
            f"on {original_due.isoformat()}",
            cite(state),
            "$.extension",
            dates=(DateFact("original_due", original_due), DateFact("extended", last)),
        )


def _judge_reply(j: Judge, request: DisclosureRequest, on: dt.date) -> None:
    reply = request.reply
    if reply is not None and reply.on_the_spot:
        return
    start = request.clock_starts_on
    if start is None or j.rule("G2", on, "$.reply") is None:
        return
    value = j.param(_REPLY, "G2", start, "$.reply")
    if value is None:
        return
    until = reply.replied_on if reply is not None else j.as_of
    intervals, open_ended = consultation_intervals(j, request, until)
    original = None if open_ended else due_excluding(j, start, value, intervals, path="$.reply")
    _judge_extension(j, request, on, None if original is None else original.due)
    if open_ended:
        return
    due = due_excluding(j, start, value, intervals, extra=_extension_days(j, request, start), path="$.reply")
    if due is None:
        return
    zh_n, en_n = count_label(value)
    last = _delayed(request, due.due)
    dates = (DateFact("clock_start", start), DateFact("due", last))
    late = reply.replied_on > last if reply is not None else j.as_of is not None and j.as_of > last
    if late and reply is not None and reply.kind is ReplyKind.NOT_AN_INFORMATION_REQUEST:
        # Art. 39: a petition, complaint or report in the form of a request is "不作为政府信息公开申请处理";
        # the regulation sets no period for telling so, and Art. 33's binds replies to requests (a warning).
        j.emit(
            "G2.not-a-request-told-after-period",
            on,
            f"于 {reply.replied_on.isoformat()} 告知申请人不作为政府信息公开申请处理（条例第三十九条），"
            f"晚于按第三十三条计算的答复期限 {last.isoformat()}；第三十九条未规定告知期限",
            f"the applicant was told on {reply.replied_on.isoformat()} that the request is not handled as a "
            f"disclosure request (Art. 39), after the reply period of Art. 33 ended on {last.isoformat()}; Art. 39 "
            "sets no period for telling it",
            cite(value),
            "$.reply.replied_on",
            value.key,
            (*dates, DateFact("replied", reply.replied_on)),
        )
        return
    _judge_delay(j, request, on, value, due.due, until)
    unknown = _receipt_unknown(j, request, start, value, until, intervals) if late and until is not None else None
    if unknown is not None:
        when = reply.replied_on if reply is not None else j.as_of
        assert when is not None
        happened = (
            (f"答复于 {when.isoformat()} 作出", f"the reply came on {when.isoformat()}")
            if reply is not None
            else (f"至 {when.isoformat()} 尚未答复", f"there is no reply on {when.isoformat()}")
        )
        j.emit(
            "G2.consultation-receipt-not-recorded",
            on,
            f"{happened[0]}，晚于自征求意见书发出之日计算征求意见时间的答复期限 {last.isoformat()}；"
            f"被征求意见方收到征求意见书的日期未记录（consultations[{unknown}].received_on），"
            "其 15 个工作日自收到之日起算，无法判断答复是否逾期",
            f"{happened[1]}, after the reply period ended on {last.isoformat()} with the consultation counted "
            f"from the sending; the day the consulted side received the request for opinions is not recorded "
            f"(consultations[{unknown}].received_on), and its 15 working days run from that receipt: whether the "
            "reply was late cannot be told",
            cite(value),
            f"$.consultations[{unknown}].received_on",
            value.key,
            (*dates, DateFact("replied" if reply is not None else "as_of", when)),
        )
    elif reply is not None and reply.replied_on > last:
        j.emit(
            "G2.reply-late",
            on,
            f"答复于 {reply.replied_on.isoformat()} 作出，晚于答复期限 {last.isoformat()}（{zh_n}，扣除征求意见时间，加上经批准的延长）",
            f"the reply came on {reply.replied_on.isoformat()}, after the reply period ended on {last.isoformat()} "
            f"({en_n}, consultation time left out, an approved extension added)",
            cite(value),
            "$.reply.replied_on",
            value.key,
            (*dates, DateFact("replied", reply.replied_on)),
        )
    elif reply is None and j.as_of is not None and j.as_of > last:
        j.emit(
            "G2.reply-overdue",
            on,
            f"答复期限已于 {last.isoformat()} 届满，至 {j.as_of.isoformat()} 尚未答复",
            f"the reply period ended on {last.isoformat()} and there is no reply on {j.as_of.isoformat()}",
            cite(value),
            "$.reply",
            value.key,
            (*dates, DateFact("as_of", j.as_of)),
        )


def _judge_delay(
    j: Judge, request: DisclosureRequest, on: dt.date, value: ResolvedValue, due: dt.date, until: dt.date | None
) -> None:
    """Whether the delayed reply period that decides the reply's lateness was told in Art. 33's period.

    Art. 35 lets the agency that "无法在本条例第三十三条规定的期限内答复" set a later period "并告知申请人". A
    delay that matters (the reply, or ``as_of`` with none, after Art. 33's last day ``due``) with no notice
    recorded, or told after that day, is a warning naming ``delayed_reply.notified_on`` (as an extension
    decided after the original period, G2.extension-after-due): the text names no day for telling it.
    """
    delayed = request.delayed_reply
    if delayed is None or delayed.reply_by <= due or until is None or until <= due:
        return
    dates = (DateFact("due", due), DateFact("delayed_due", delayed.reply_by))
    told = delayed.notified_on
    if told is None:
        j.emit(
            "G2.delayed-reply-notice-not-recorded",
            on,
            f"记录了延迟答复期限（至 {delayed.reply_by.isoformat()}），未记录告知申请人的日期"
            f"（delayed_reply.notified_on）；第三十三条的答复期限已于 {due.isoformat()} 届满",
            f"a delayed reply period (to {delayed.reply_by.isoformat()}) is recorded without the day the applicant "
            f"was told (delayed_reply.notified_on); Art. 33's reply period ended on {due.isoformat()}",
            cite(value),
            "$.delayed_reply.notified_on",
            value.key,
            dates,
        )
    elif told > due:
        j.emit(
            "G2.delayed-reply-told-after-period",
            on,
            f"于 {told.isoformat()} 才告知申请人延迟答复期限（条例第三十五条），"
            f"第三十三条的答复期限已于 {due.isoformat()} 届满",
            f"the delayed reply period (Art. 35) was told on {told.isoformat()}, after Art. 33's reply period ended "
            f"on {due.isoformat()}",
            cite(value),
            "$.delayed_reply.notified_on",
            value.key,
            (*dates, DateFact("told", told)),
        )


def _delayed(request: DisclosureRequest, due: dt.date) -> dt.date:
    """The reply's last day: Art. 33's, or the later last day of a delayed reply period set under Art. 35."""
    delayed = request.delayed_reply
    return due if delayed is None or delayed.reply_by <= due else delayed.reply_by


def _judge_reconsideration_first(j: Judge, request: DisclosureRequest) -> None:
    reply = request.reply
    if reply is None or reply.kind is not ReplyKind.REFUSED:
        return
    on = reply.replied_on
    state = j.rule("R3", on, "$.reply")
    if state is None:
        return
    if reply.reconsideration_first_told is False:
        j.emit(
            "R3.not-told",
            on,
            "不予公开的答复未告知申请人先向行政复议机关申请行政复议",
            "the refusal did not tell the applicant to apply for administrative reconsideration first",
            cite(state),
            "$.reply.reconsideration_first_told",
        )
    elif reply.reconsideration_first_told is None:
        j.emit(
            "R3.telling-not-recorded",
            on,
            "不予公开的答复未记录是否告知复议前置（reply.reconsideration_first_told）",
            "the refusal does not record whether reconsideration-first was told (reply.reconsideration_first_told)",
            cite(state),
            "$.reply.reconsideration_first_told",
        )


def judge_disclosure(j: Judge, request: DisclosureRequest) -> None:
    """Every G rule (and R3) about one request."""
    on = request.reference_date
    _judge_receipt(j, request, on)
    _judge_correction(j, request, on)
    _judge_consultations(j, request, on)
    _judge_reply(j, request, on)
    _judge_reconsideration_first(j, request)


@register_checker(DisclosureRequest)
def check_disclosure(
    request: DisclosureRequest, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Check a disclosure request: receipt, correction, consultations, the reply period, reconsideration-first."""
    j = Judge(profile, calendar, as_of)
    judge_disclosure(j, request)
    return j.report("disclosure_request", request.request_id)


@register_upcoming(DisclosureRequest)
def upcoming_disclosure(
    request: DisclosureRequest, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next: the reply (consultation time left out), open consultations, a correction notice."""
    j = Judge(profile, calendar, as_of)
    items: list[Upcoming] = []
    if request.reply is not None:
        return ()
    on = request.reference_date
    for item in request.consultations:
        if item.answered_on is not None or item.kind is ConsultedKind.OTHER_ORGAN:
            continue
        value = j.param(_CONSULTATION, "G5", item.sent_on)
        if value is not None:
            # From the recorded receipt, as the check counts (Art. 32, 34: 自收到征求意见书之日起).
            begin = item.received_on if item.received_on is not None else item.sent_on
            found = upcoming_at(
                j, begin, value, "G5",
                "被征求意见方应于 {due} 前提出意见", "the consulted side's opinion is due by {due}",
            )
            if found is not None:
                items.append(found)
    received = request.received_on
    if request.correction is None and received is not None and j.rule("G3", on) is not None:
        value = j.param(_CORRECTION, "G3", received)
        if value is not None:
            found = upcoming_at(
                j, received, value, "G3",
                "如申请内容不明确，应于 {due} 前一次性告知补正",
                "if the request is unclear, the one-time correction notice is due by {due}",
            )
            if found is not None and not found.overdue:
                items.append(found)
    start = request.clock_starts_on
    if start is not None and j.rule("G2", on) is not None:
        value = j.param(_REPLY, "G2", start)
        intervals, open_ended = consultation_intervals(j, request, as_of)
        if value is not None and not _has_open_organ(request):
            found = upcoming_at(
                j, start, value, "G2",
                "应于 {due} 前答复政府信息公开申请（已扣除征求意见时间）",
                "the reply to the disclosure request is due by {due} (consultation time left out)",
                intervals,
                extra=_extension_days(j, request, start),
            )
            if found is not None and not open_ended:
                last = _delayed(request, found.deadline.due)
                if last != found.deadline.due:
                    day = last.isoformat()
                    found = Upcoming(
                        f"应于 {day} 前答复政府信息公开申请（已告知的延迟答复期限，条例第三十五条）",
                        f"the reply to the disclosure request is due by {day} (the delayed reply period told, Art. 35)",
                        "G2", found.citation, attrs.evolve(found.deadline, due=last, rolled_from=None),
                        found.parameter, as_of > last,
                    )
                items.append(found)
    return tuple(items)


def _has_open_organ(request: DisclosureRequest) -> bool:
    """An open consultation with no time limit: the reply's due day cannot be known yet."""
    return any(i.kind is ConsultedKind.OTHER_ORGAN and i.answered_on is None for i in request.consultations)
