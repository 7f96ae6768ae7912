"""送达、执行与公开 — checks of execution and publication: service (E8), publication and withdrawal (E10), payment (E17), and what is due next."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from xingzheng.calendar import Period, WorkdayCalendar, deadline
from xingzheng.checks import register_upcoming
from xingzheng.checks._report import Severity, Upcoming
from xingzheng.checks.enforcement._judge import _ONE_DAY, _cite, _Judge, _law, _rule_cite
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import (
    EnforcementCase,
)
from xingzheng.rules import ResolvedValue


def _e8(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    decision, service = case.decision, case.service
    if decision is None:
        return
    on = decision.decided_on
    if service is not None and service.served_on < on:
        j.add(
            "E8.served-before-decision",
            Severity.ERROR,
            "送达日期早于决定日期",
            "served before the decision was made",
            _rule_cite(j, "E8", on),
            "$.service.served_on",
        )
        return
    if service is not None and service.on_the_spot:
        if service.served_on != on:
            j.add(
                "E8.not-on-the-spot",
                Severity.WARNING,
                "记录为当场交付，但送达日期不是决定当日",
                "recorded as delivered on the spot, but not on the day of the decision",
                _rule_cite(j, "E8", on),
                "$.service.served_on",
            )
        return
    resolved = j.value("E8", "enforcement.service_period.max", on)
    due = j.due(on, resolved) if resolved else None
    if resolved is None or due is None:
        return
    if service is not None and service.served_on > due.due:
        j.add(
            "E8.service-late",
            Severity.ERROR,
            f"决定书于 {service.served_on.isoformat()} 送达，超过 {resolved.value}{resolved.unit.label_zh}"
            f"的期限（{due.due.isoformat()}）",
            f"served on {service.served_on.isoformat()}, after the {resolved.value} "
            f"{resolved.unit.value.replace('_', ' ')} ended on {due.due.isoformat()}",
            _law(resolved),
            "$.service.served_on",
            resolved.key,
            (("decided", on), ("due", due.due), ("served", service.served_on)),
        )
    elif service is None and as_of is not None and as_of > due.due:
        j.add(
            "E8.service-overdue",
            Severity.ERROR,
            f"决定书至 {due.due.isoformat()} 仍未送达",
            f"the decision was not served by {due.due.isoformat()}",
            _law(resolved),
            "$.service",
            resolved.key,
            (("decided", on), ("due", due.due), ("as_of", as_of)),
        )


def _e10(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    decision, publicity = case.decision, case.publicity
    if decision is None:
        return
    if decision.social_impact and publicity is None:
        rule = j.rule("E10", decision.decided_on)
        if rule is not None:
            j.add(
                "E10.not-published",
                Severity.ERROR,
                "具有一定社会影响的处罚决定未公开",
                "a decision with a certain social impact was not published",
                _cite(rule.citations),
                "$.publicity",
            )
    if publicity is None or publicity.changed_on is None:
        return
    changed = publicity.changed_on
    resolved = j.value("E10", "enforcement.withdrawal_period.max", changed)
    due = j.due(changed, resolved) if resolved else None
    if resolved is None or due is None:
        return
    withdrawn = publicity.withdrawn_on
    if withdrawn is not None and withdrawn > due.due:
        j.add(
            "E10.withdrawal-late",
            Severity.ERROR,
            f"决定变更后于 {withdrawn.isoformat()} 撤回公开信息，超过 {resolved.value}{resolved.unit.label_zh}"
            f"（{due.due.isoformat()}）",
            f"withdrawn on {withdrawn.isoformat()}, after the {resolved.value} "
            f"{resolved.unit.value.replace('_', ' ')} from the change ended on {due.due.isoformat()}",
            _law(resolved),
            "$.publicity.withdrawn_on",
            resolved.key,
            (("changed", changed), ("due", due.due), ("withdrawn", withdrawn)),
        )
    elif withdrawn is None and as_of is not None and as_of > due.due:
        j.add(
            "E10.withdrawal-overdue",
            Severity.ERROR,
            f"决定已变更，至 {due.due.isoformat()} 仍未撤回公开信息",
            f"the decision changed and its published information was not withdrawn by {due.due.isoformat()}",
            _law(resolved),
            "$.publicity.withdrawn_on",
            resolved.key,
            (("changed", changed), ("due", due.due), ("as_of", as_of)),
        )
    if withdrawn is not None and not publicity.reasons_published:
        j.add(
            "E10.withdrawal-reasons-missing",
            Severity.ERROR,
            "撤回公开信息未公开说明理由",
            "the withdrawal was not explained in public",
            _law(resolved),
            "$.publicity.reasons_published",
        )


def _paused_days(case: EnforcementCase, start: dt.date, end: dt.date) -> int:
    """Days in (start, end] spent in reconsideration or litigation (not counted for the surcharge)."""
    days: set[dt.date] = set()
    for remedy in case.remedies:
        first = max(remedy.started_on, start + _ONE_DAY)
        last = min(remedy.ended_on or end, end)
        day = first
        while day <= last:
            days.add(day)
            day += _ONE_DAY
    return len(days)


def _e17(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    decision, service = case.decision, case.service
    if decision is None or service is None or decision.fine_yuan <= 0:
        return
    received = service.served_on
    resolved = j.value("E17", "enforcement.payment_period.max", received)
    due = j.due(received, resolved) if resolved else None
    if resolved is None or due is None:
        return
    fine = decision.fine_yuan
    paid = sum(p.amount_yuan for p in case.payments)
    late = [p for p in case.payments if p.paid_on > due.due]
    if late:
        j.add(
            "E17.paid-late",
            Severity.INFO,
            f"罚款于 {late[0].paid_on.isoformat()} 缴纳，晚于期限 {due.due.isoformat()}",
            f"the fine was paid on {late[0].paid_on.isoformat()}, after {due.due.isoformat()}",
            _law(resolved),
            "$.payments",
            resolved.key,
            (("received", received), ("due", due.due), ("paid", late[0].paid_on)),
        )
    elif paid < fine and as_of is not None and as_of > due.due:
        j.add(
            "E17.payment-overdue",
            Severity.WARNING,
            f"罚款至 {due.due.isoformat()} 未缴清（已缴 {paid} 元，共 {fine} 元）",
            f"the fine was not paid in full by {due.due.isoformat()} ({paid} of {fine} yuan)",
            _law(resolved),
            "$.payments",
            resolved.key,
            (("received", received), ("due", due.due), ("as_of", as_of)),
        )
    surcharge = sum(p.surcharge_yuan for p in case.payments)
    if surcharge <= 0:
        return
    rate = j.value("E17", "enforcement.late_surcharge_rate.max", due.due)
    last_paid = max(p.paid_on for p in case.payments)
    if rate is not None:
        days = max(0, (last_paid - due.due).days - _paused_days(case, due.due, last_paid))
        allowed = Decimal(str(rate.value)) * fine * days / 100
        if surcharge > allowed:
            j.add(
                "E17.surcharge-too-high",
                Severity.ERROR,
                f"加处罚款 {surcharge} 元，超过每日 {rate.value}% × {days} 日 = {allowed} 元",
                f"a surcharge of {surcharge} yuan exceeds {rate.value}% a day for {days} day(s) = {allowed} yuan",
                _law(rate),
                "$.payments",
                rate.key,
            )
    cap = j.value("E17", "enforcement.late_surcharge_total.max", due.due)
    if cap is not None and surcharge > Decimal(str(cap.value)) * fine / 100:
        j.add(
            "E17.surcharge-exceeds-fine",
            Severity.ERROR,
            f"加处罚款 {surcharge} 元，超出罚款数额 {fine} 元",
            f"a surcharge of {surcharge} yuan exceeds the fine of {fine} yuan",
            _law(cap),
            "$.payments",
            cap.key,
        )


# --- upcoming ----------------------------------------------------------------------------------------


def _upcoming_item(
    profile: Any,
    calendar: WorkdayCalendar,
    as_of: dt.date,
    key: str,
    start: dt.date,
    what: str,
    what_en: str,
) -> Upcoming | None:
    try:
        resolved: ResolvedValue = profile.get(key, on=start)
        period: Period = resolved.period()
    except (NoSuchParameterError, NoRuleInForceError, InvariantError):
        return None
    try:
        due = deadline(start, period, calendar)
    except CalendarCoverageError:
        # Past the calendar's coverage: count Monday–Friday weeks and mark the deadline provisional.
        due = deadline(start, period, calendar.with_options(assume_regular_weeks=True))
    return Upcoming(
        what=what,
        what_en=what_en,
        rule=resolved.parameter.rule,
        citation=_law(resolved),
        deadline=due,
        parameter=resolved.key,
        overdue=as_of > due.due,
    )


@register_upcoming(EnforcementCase)
def upcoming_enforcement(
    case: EnforcementCase, profile: Any, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next: the decision, service, payment, a hearing request, evidence decisions, withdrawal."""
    items: list[Upcoming | None] = []
    decision = case.decision
    if case.filed_on is not None and decision is None:
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.decision_period.max",
                case.filed_on,
                "作出行政处罚决定",
                "penalty decision due",
            )
        )
    notice = case.notice
    if (
        notice is not None
        and notice.hearing_right_stated
        and case.hearing_request is None
        and decision is None
    ):
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.hearing_request_period.max",
                notice.served_on,
                "当事人要求听证的期限",
                "hearing request window",
            )
        )
    for item in case.evidence_preservations:
        if item.decided_on is None:
            items.append(
                _upcoming_item(
                    profile,
                    calendar,
                    as_of,
                    "enforcement.evidence_decision_period.max",
                    item.registered_on,
                    "对先行登记保存的证据作出处理决定",
                    "decision on evidence held due",
                )
            )
    if decision is not None and case.service is None:
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.service_period.max",
                decision.decided_on,
                "送达行政处罚决定书",
                "service due",
            )
        )
    service = case.service
    if (
        decision is not None
        and service is not None
        and decision.fine_yuan > sum(p.amount_yuan for p in case.payments)
    ):
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.payment_period.max",
                service.served_on,
                "缴纳罚款",
                "payment due",
            )
        )
    publicity = case.publicity
    if publicity is not None and publicity.changed_on is not None and publicity.withdrawn_on is None:
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.withdrawal_period.max",
                publicity.changed_on,
                "撤回行政处罚决定信息并公开说明理由",
                "withdrawal of the published decision due",
            )
        )
    return tuple(item for item in items if item is not None)
