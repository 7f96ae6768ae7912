"""Checks of a reconsideration case: R1 application, R2 bar, R4 acceptance, R5 respondent, R6 decision,
R7 hearing notice, R8 opinion letters.

Every rule is judged on the application day (the 2023 law applies from 2024-01-01; earlier, no rule is in
force here). Periods follow Art. 88: 五日、十日 working days; 六十日、三十日 calendar days (Civil Code roll).
The decision period counts from acceptance, or from the day the examination period ended with no
refusal (deemed acceptance, Art. 30 ¶3) when that is earlier than the recorded acceptance; the days of a
suspension (中止, Art. 39), its first to its resumption, are left out of it, and an open suspension stops
it. An obstacle (Art. 20 ¶2) leaves its days, its first to its removal, out of the application period.
"""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._clock import Interval, due_excluding, judge_period, upcoming_at
from xingzheng.checks._common import Judge, cite, count_label
from xingzheng.checks._report import DateFact, Report, Upcoming
from xingzheng.model.reconsideration import (
    ReconsiderationCase,
    ReconsiderationOutcome,
    ReconsiderationProcedure,
)
from xingzheng.rules import Profile, ResolvedValue

__all__ = ["accepted_from", "check_reconsideration", "suspension_intervals", "upcoming_reconsideration"]

_P = "reconsideration."


def _late(
    j: Judge, code: str, on: dt.date, value: ResolvedValue, start: dt.date, done: dt.date | None,
    what: str, what_en: str, path: str, *, overdue_code: str | None = None, extra: int = 0,
    intervals: tuple[Interval, ...] = (),
) -> dt.date | None:
    """Judge one period from ``start``: ``code`` when ``done`` is after it, ``overdue_code`` when open at as_of."""
    return judge_period(
        j, on, value, start, done, code, overdue_code, (what, what_en), path, extra=extra, intervals=intervals
    )


def _from_first_day(first: dt.date, last: dt.date) -> Interval:
    """The days ``first`` to ``last``, both included, as an excluded interval ``(first - 1, last]``."""
    return (first - dt.timedelta(days=1), last)


def suspension_intervals(case: ReconsiderationCase, until: dt.date | None) -> tuple[tuple[Interval, ...], bool]:
    """The suspensions' days (first to resumption) left out of the decision period, and whether one is
    still open with no ``until`` to end it (the decision's due day cannot be known then)."""
    intervals: list[Interval] = []
    for item in case.suspensions:
        end = item.resumed_on if item.resumed_on is not None else until
        if end is None:
            return (), True
        intervals.append(_from_first_day(item.suspended_on, end))
    return tuple(intervals), False


def _r1(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    if case.knew_on is None or j.rule("R1", on, "$.applied_on") is None:
        return
    # Judged on the application day: the 2023 law governs applications made while it is in force, and the
    # earlier text (for knowledge before 2024) is not in laws/ (docs/decisions.md).
    value = j.param(_P + "application_period.max", "R1", on, "$.applied_on")
    if value is None:
        return
    start: dt.date | None = case.knew_on
    cap: dt.date | None = None
    if case.told_of_rights is False:
        # Not told of the right, the body and the period: from learning them, at most a year (Art. 20 ¶3).
        untold = j.param(_P + "application_period_untold.max", "R1", on, "$.applied_on")
        cap = None if untold is None else j.due(case.knew_on, untold, "$.applied_on")
        start = case.learned_rights_on
    due: dt.date | None = None
    if start is not None:
        # The obstacle's first day is lost too: counting resumes after the day it was removed (Art. 20 ¶2).
        obstacle = (
            () if case.obstacle_from is None or case.obstacle_until is None
            else (_from_first_day(case.obstacle_from, case.obstacle_until),)
        )
        deadline = due_excluding(j, start, value, obstacle, path="$.applied_on")
        due = None if deadline is None else deadline.due
    if cap is not None:
        due = cap if due is None else min(due, cap)
    if due is not None and case.applied_on > due:
        j.emit(
            "R1.application-late", on,
            f"申请于 {case.applied_on.isoformat()} 提出，晚于申请期限 {due.isoformat()}",
            f"the application came on {case.applied_on.isoformat()}, after its period ended on {due.isoformat()}",
            cite(value), "$.applied_on", value.key,
            (DateFact("knew", case.knew_on), DateFact("due", due), DateFact("applied", case.applied_on)),
        )


def _r2(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    acted = case.challenged.acted_on
    if acted is None or case.accepted_on is None or j.rule("R2", on, "$.challenged") is None:
        return
    key = _P + ("absolute_bar_real_property.max" if case.challenged.real_property else "absolute_bar.max")
    value = j.param(key, "R2", on, "$.challenged.acted_on")
    if value is None:
        return
    from dateutil.relativedelta import relativedelta

    if case.applied_on <= acted + relativedelta(years=int(value.value)):
        return  # within the bar before any roll to a working day: the calendar need not be asked
    bar = j.due(acted, value, "$.challenged.acted_on")
    if bar is not None and case.applied_on > bar:
        zh_n, en_n = count_label(value)
        j.emit(
            "R2.accepted-past-bar", on,
            f"行政行为作出已超过{zh_n}，申请仍被受理",
            f"the application was accepted though the act was made more than {en_n} before",
            cite(value), "$.accepted_on", value.key,
            (DateFact("acted", acted), DateFact("bar", bar), DateFact("applied", case.applied_on)),
        )


def accepted_from(j: Judge, case: ReconsiderationCase, on: dt.date) -> dt.date | None:
    """The day the decision period counts from: acceptance, or deemed acceptance when the examination
    period ended first (None: not accepted, or the day cannot be known)."""
    if case.not_accepted_on is not None:
        return None
    start = case.examination_starts_on
    if start is None:
        return None
    value = j.param(_P + "acceptance_review_period.max", "R4", start, "$.accepted_on")
    deemed = None if value is None else j.due(start, value, "$.accepted_on")
    if case.accepted_on is None:
        return deemed
    if deemed is not None and deemed < case.accepted_on:
        return deemed
    return case.accepted_on


def _r4(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    state = j.rule("R4", on, "$")
    if state is None:
        return
    correction = case.correction
    if correction is not None:
        value = j.param(_P + "correction_notice_period.max", "R4", case.applied_on, "$.correction")
        if value is not None:
            _late(j, "R4.correction-notice-late", on, value, case.applied_on, correction.notified_on,
                  "补正通知", "the correction notice", "$.correction.notified_on")
        period = j.param(_P + "correction_period.max", "R4", correction.notified_on, "$.correction")
        if period is not None:
            _late(j, "R4.correction-late", on, period, correction.notified_on, correction.corrected_on,
                  "申请人提交补正材料", "the applicant handed in the corrections", "$.correction.corrected_on")
    start = case.examination_starts_on
    if start is None:
        return
    value = j.param(_P + "acceptance_review_period.max", "R4", start, "$")
    if value is None:
        return
    if case.not_accepted_on is not None:
        _late(j, "R4.refusal-late", on, value, start, case.not_accepted_on,
              "不予受理决定", "the decision not to accept", "$.not_accepted_on")
        return
    deemed = j.due(start, value, "$.accepted_on")
    if deemed is None:
        return
    if (case.accepted_on is not None and case.accepted_on > deemed) or (
        case.accepted_on is None and (case.decision is not None or (j.as_of is not None and j.as_of > deemed))
    ):
        j.emit(
            "R4.deemed-accepted", on,
            f"审查期限于 {deemed.isoformat()} 届满，未作出不予受理决定，自该日起视为受理",
            f"the examination period ended on {deemed.isoformat()} with no refusal: deemed accepted from that day",
            cite(value), "$.accepted_on", value.key,
            (DateFact("received", start), DateFact("deemed_accepted", deemed)),
        )


def _r5(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    if (case.forwarding is None and case.answer is None) or j.rule("R5", on, "$") is None:
        return
    forwarding = case.forwarding
    if forwarding is not None:
        value = j.param(_P + "forwarding_period.max", "R5", forwarding.lodged_on, "$.forwarding")
        if value is not None:
            _late(j, "R5.forwarding-late", on, value, forwarding.lodged_on, forwarding.forwarded_on,
                  "转送行政复议申请", "the application was forwarded", "$.forwarding.forwarded_on")
    answer = case.answer
    if answer is not None:
        simple = case.procedure is ReconsiderationProcedure.SIMPLE
        key = _P + ("answer_period_simple.max" if simple else "answer_period.max")
        value = j.param(key, "R5", answer.copy_received_on, "$.answer")
        if value is not None:
            _late(j, "R5.answer-late", on, value, answer.copy_received_on, answer.answered_on,
                  "被申请人书面答复", "the respondent's written answer", "$.answer.answered_on",
                  overdue_code="R5.answer-overdue")


def _decision_period(j: Judge, case: ReconsiderationCase, start: dt.date) -> tuple[ResolvedValue, int] | None:
    simple = case.procedure is ReconsiderationProcedure.SIMPLE
    value = j.param(_P + ("decision_period_simple.max" if simple else "decision_period.max"), "R6", start, "$.decision")
    if value is None:
        return None
    extra = 0
    if case.extension is not None and not simple:
        maximum = j.param(_P + "decision_extension.max", "R6", start, "$.extension")
        if maximum is not None:
            extra = min(case.extension.days, int(maximum.value))
    return value, extra


def _r6(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    if j.rule("R6", on, "$.decision") is None:
        return
    if case.extension is not None:
        maximum = j.param(_P + "decision_extension.max", "R6", on, "$.extension")
        if maximum is not None and case.extension.days > maximum.value:
            zh_n, en_n = count_label(maximum)
            j.emit(
                "R6.extension-too-long", on,
                f"审理期限延长{case.extension.days}日，超过最长{zh_n}",
                f"the decision period was extended by {case.extension.days} days, more than the longest {en_n}",
                cite(maximum), "$.extension.days", maximum.key,
            )
    start = accepted_from(j, case, on)
    if start is None:
        return
    period = _decision_period(j, case, start)
    if period is None:
        return
    value, extra = period
    decided = None if case.decision is None else case.decision.decided_on
    intervals, open_ended = suspension_intervals(case, decided if decided is not None else j.as_of)
    if open_ended:
        return
    due = _late(j, "R6.decision-late", on, value, start, decided, "行政复议决定", "the reconsideration decision",
                "$.decision.decided_on", overdue_code="R6.decision-overdue", extra=extra, intervals=intervals)
    if (
        due is not None and decided is not None and decided <= due
        and case.decision is not None and case.decision.outcome not in _WITHOUT_RESUMPTION
    ):
        _unrecorded_resumption(j, case, on, value, start, decided, extra)


#: Outcomes a suspended case can reach without resuming its hearing: a termination (Art. 41, e.g. ¶1(五):
#: suspended sixty days with the cause still there, or a withdrawal after 和解) or a mediation agreement
#: reached in the mediation the case was suspended for (Art. 39 ¶1(六), 73).
_WITHOUT_RESUMPTION = frozenset({ReconsiderationOutcome.TERMINATED, ReconsiderationOutcome.MEDIATED})


def _unrecorded_resumption(
    j: Judge, case: ReconsiderationCase, on: dt.date, value: ResolvedValue, start: dt.date, decided: dt.date,
    extra: int,
) -> None:
    """A decision in time only because a suspension with no recorded resumption ran up to it.

    A case is decided on its merits after its hearing resumed (Art. 39 ¶2), so an open suspension of a case
    decided so is a resumption not recorded: its days were left out up to the decision. Were it only its first day, the
    decision would be late: a warning naming the field, never an error (docs/decisions.md).
    """
    unrecorded = [index for index, item in enumerate(case.suspensions) if item.resumed_on is None]
    if not unrecorded:
        return
    shortest = tuple(
        _from_first_day(item.suspended_on, item.resumed_on if item.resumed_on is not None else item.suspended_on)
        for item in case.suspensions
    )
    found = due_excluding(j, start, value, shortest, extra=extra, path="$.decision.decided_on")
    if found is None or decided <= found.due:
        return
    index = unrecorded[0]
    j.emit(
        "R6.resumption-not-recorded", on,
        f"行政复议决定于 {decided.isoformat()} 作出；中止后恢复审理的日期未记录（suspensions[{index}].resumed_on），"
        f"若中止只有其首日，决定晚于期限 {found.due.isoformat()}",
        f"the decision came on {decided.isoformat()}; the day the hearing resumed after the suspension is not "
        f"recorded (suspensions[{index}].resumed_on), and were the suspension only its first day, the decision "
        f"would be after the period that ended on {found.due.isoformat()}",
        cite(value), f"$.suspensions[{index}].resumed_on", value.key,
        (DateFact("start", start), DateFact("due", found.due), DateFact("done", decided)),
    )


def _r7(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    hearing = case.hearing
    if hearing is None or j.rule("R7", on, "$.hearing") is None:
        return
    value = j.param(_P + "hearing_notice_period.min", "R7", hearing.notified_on, "$.hearing")
    if value is None:
        return
    latest = j.latest_notice(hearing.held_on, j.period(value), "$.hearing")
    if latest is not None and hearing.notified_on > latest:
        zh_n, en_n = count_label(value)
        j.emit(
            "R7.notice-late", on,
            f"听证于 {hearing.held_on.isoformat()} 举行，{hearing.notified_on.isoformat()} 才通知，不足{zh_n}",
            f"the hearing on {hearing.held_on.isoformat()} was notified on {hearing.notified_on.isoformat()}, "
            f"less than {en_n} before",
            cite(value), "$.hearing.notified_on", value.key,
            (DateFact("latest_notice", latest), DateFact("notified", hearing.notified_on), DateFact("held", hearing.held_on)),
        )


def _r8(j: Judge, case: ReconsiderationCase, on: dt.date) -> None:
    if not case.opinion_letters or j.rule("R8", on, "$.opinion_letters") is None:
        return
    for index, letter in enumerate(case.opinion_letters):
        path = f"$.opinion_letters[{index}]"
        value = j.param(_P + "correction_report_period.max", "R8", letter.received_on, path)
        if value is not None:
            _late(j, "R8.report-late", on, value, letter.received_on, letter.reported_on,
                  "报送纠正情况", "the correction was reported", f"{path}.reported_on", overdue_code="R8.report-overdue")


@register_checker(ReconsiderationCase)
def check_reconsideration(
    case: ReconsiderationCase, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Check a reconsideration case on its own (links are followed by `check_all`)."""
    j = Judge(profile, calendar, as_of)
    on = case.applied_on
    for rule in (_r1, _r2, _r4, _r5, _r6, _r7, _r8):
        rule(j, case, on)
    return j.report("reconsideration_case", case.case_id)


@register_upcoming(ReconsiderationCase)
def upcoming_reconsideration(
    case: ReconsiderationCase, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next: the acceptance examination, the respondent's answer, the decision, reports."""
    j = Judge(profile, calendar, as_of)
    on = case.applied_on
    items: list[Upcoming | None] = []
    start = case.examination_starts_on
    if start is not None and case.accepted_on is None and case.not_accepted_on is None and case.decision is None:
        value = j.param(_P + "acceptance_review_period.max", "R4", start) if j.rule("R4", on) else None
        if value is not None:
            items.append(upcoming_at(j, start, value, "R4", "受理审查应于 {due} 前完成（届满未决定不予受理即视为受理）",
                                     "the acceptance examination ends by {due} (then deemed accepted)"))
    if case.answer is not None and case.answer.answered_on is None and j.rule("R5", on):
        simple = case.procedure is ReconsiderationProcedure.SIMPLE
        value = j.param(_P + ("answer_period_simple.max" if simple else "answer_period.max"), "R5", case.answer.copy_received_on)
        if value is not None:
            items.append(upcoming_at(j, case.answer.copy_received_on, value, "R5", "被申请人应于 {due} 前提出书面答复",
                                     "the respondent's written answer is due by {due}"))
    if case.decision is None and j.rule("R6", on):
        accepted = accepted_from(j, case, on)
        period = None if accepted is None else _decision_period(j, case, accepted)
        suspended = any(item.resumed_on is None for item in case.suspensions)
        if accepted is not None and period is not None and not suspended:
            intervals, _open = suspension_intervals(case, None)
            items.append(upcoming_at(j, accepted, period[0], "R6", "应于 {due} 前作出行政复议决定",
                                     "the reconsideration decision is due by {due}", intervals, extra=period[1]))
    for letter in case.opinion_letters:
        if letter.reported_on is None and j.rule("R8", on):
            value = j.param(_P + "correction_report_period.max", "R8", letter.received_on)
            if value is not None:
                items.append(upcoming_at(j, letter.received_on, value, "R8", f"{letter.addressee}应于 {{due}} 前报送纠正情况",
                                         "the correction report is due by {due}"))
    return tuple(item for item in items if item is not None)
