"""送达、执行与公开 — checks of execution and publication: service (E8), publication and withdrawal (E10), payment (E17), and what is due next.

E10 publication: "具有一定社会影响的行政处罚决定应当依法公开" (2021 Art. 48 ¶1) gives no time limit of its
own; such decisions are within proactive disclosure (政府信息公开条例 Art. 20(六)), due within 20 working
days of being made (its Art. 26), the parameter ``enforcement.publication_period.max``. An open
publication is judged only with ``as_of`` and is an `upcoming` item meanwhile. The party's own lateness
in paying is a recorded fact (``info``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs

from xingzheng.calendar import Period, WorkdayCalendar, deadline
from xingzheng.checks import register_upcoming
from xingzheng.checks._report import Upcoming
from xingzheng.checks.enforcement._judge import _ONE_DAY, _Judge, _law, _rule_cite
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import WITHDRAWING_OUTCOMES, EnforcementCase
from xingzheng.rules import ResolvedValue


def _e8(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    decision, service = case.decision, case.service
    if decision is None or not decision.penalties:
        # No penalty, no 行政处罚决定书 (2021 Art. 59 ¶1; 2017 Art. 39): Art. 61 (2017 Art. 40) has nothing to serve.
        return
    on = decision.decided_on
    if j.rule("E8", on) is None:
        return
    if service is not None and service.served_on < on:
        j.emit(
            "E8.served-before-decision",
            on,
            "送达日期早于决定日期",
            "served before the decision was made",
            _rule_cite(j, "E8", on),
            "$.service.served_on",
        )
        return
    if service is not None and service.on_the_spot:
        if service.served_on != on:
            j.emit(
                "E8.not-on-the-spot",
                on,
                "记录为当场交付，但送达日期不是决定当日",
                "recorded as delivered on the spot, but not on the day of the decision",
                _rule_cite(j, "E8", on),
                "$.service.served_on",
            )
        return
    if service is not None and service.party_present is True and service.served_on != on:
        j.emit(
            "E8.not-handed-over",
            on,
            f"宣告决定时当事人在场，决定书未当场交付，而于 {service.served_on.isoformat()} 送达",
            f"the party was present when the decision was announced, but the document was not handed over on the "
            f"spot; it was served on {service.served_on.isoformat()}",
            _rule_cite(j, "E8", on),
            "$.service.party_present",
            dates=(("decided", on), ("served", service.served_on)),
        )
        return
    resolved = j.value("E8", "enforcement.service_period.max", on)
    due = j.due(on, resolved) if resolved else None
    if resolved is None or due is None:
        return
    sent = service.sent_on if service is not None else None
    if service is not None and service.served_on > due.due and sent is not None and on <= sent <= due.due:
        # Sent in time; service completed later under the Civil Procedure Law (a posted letter's receipt,
        # the period of a notice of service): whether "七日内…送达" asks for the completion the text does not
        # settle (the reading with fewer false errors, a warning).
        j.emit(
            "E8.service-completed-after-period",
            on,
            f"决定书于 {sent.isoformat()} 发出（期限内），{service.served_on.isoformat()} 才送达，晚于 "
            f"{resolved.value}{resolved.unit.label_zh}的期限（{due.due.isoformat()}）",
            f"the document was sent on {sent.isoformat()}, within the period, and service completed on "
            f"{service.served_on.isoformat()}, after the {resolved.value} "
            f"{resolved.unit.value.replace('_', ' ')} ended on {due.due.isoformat()}",
            _law(resolved),
            "$.service.served_on",
            resolved.key,
            (("decided", on), ("due", due.due), ("sent", sent), ("served", service.served_on)),
        )
    elif service is not None and service.served_on > due.due:
        j.emit(
            "E8.service-late",
            on,
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
        j.emit(
            "E8.service-overdue",
            on,
            f"决定书至 {due.due.isoformat()} 仍未送达",
            f"the decision was not served by {due.due.isoformat()}",
            _law(resolved),
            "$.service",
            resolved.key,
            (("decided", on), ("due", due.due), ("as_of", as_of)),
        )


def change_day(case: EnforcementCase) -> dt.date | None:
    """The day a published decision was changed, revoked, confirmed unlawful or void (E10 withdrawal).

    The recorded ``publicity.changed_on``; else the end of the first reconsideration or litigation whose
    outcome was one of those (`RemedyPeriod.outcome`).
    """
    publicity = case.publicity
    if publicity is None:
        return None
    if publicity.changed_on is not None:
        return publicity.changed_on
    ends = [
        remedy.ended_on
        for remedy in case.remedies
        if remedy.outcome in WITHDRAWING_OUTCOMES and remedy.ended_on is not None
    ]
    return min(ends) if ends else None


def _e10(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    decision, publicity = case.decision, case.publicity
    if decision is None:
        return
    decided = decision.decided_on
    if decision.social_impact and j.rule("E10", decided) is not None:
        _publication(case, j, as_of)
    changed = change_day(case)
    if publicity is None or changed is None:
        return
    resolved = j.value("E10", "enforcement.withdrawal_period.max", changed)
    due = j.due(changed, resolved) if resolved else None
    if resolved is None or due is None:
        return
    withdrawn = publicity.withdrawn_on
    path = "$.publicity.withdrawn_on"
    if withdrawn is not None and withdrawn > due.due:
        j.emit(
            "E10.withdrawal-late",
            changed,
            f"决定变更后于 {withdrawn.isoformat()} 撤回公开信息，超过 {resolved.value}{resolved.unit.label_zh}"
            f"（{due.due.isoformat()}）",
            f"withdrawn on {withdrawn.isoformat()}, after the {resolved.value} "
            f"{resolved.unit.value.replace('_', ' ')} from the change ended on {due.due.isoformat()}",
            _law(resolved),
            path,
            resolved.key,
            (("changed", changed), ("due", due.due), ("withdrawn", withdrawn)),
        )
    elif withdrawn is None and as_of is not None and as_of > due.due:
        j.emit(
            "E10.withdrawal-overdue",
            changed,
            f"决定已变更，至 {due.due.isoformat()} 仍未撤回公开信息",
            f"the decision changed and its published information was not withdrawn by {due.due.isoformat()}",
            _law(resolved),
            path,
            resolved.key,
            (("changed", changed), ("due", due.due), ("as_of", as_of)),
        )
    if withdrawn is not None and publicity.reasons_published is False:
        j.emit(
            "E10.withdrawal-reasons-missing",
            changed,
            "撤回公开信息未公开说明理由",
            "the withdrawal was not explained in public",
            _law(resolved),
            "$.publicity.reasons_published",
        )
    elif withdrawn is not None and publicity.reasons_published is None:
        j.emit(
            "E10.withdrawal-reasons-not-recorded",
            changed,
            "未记录撤回公开信息时是否公开说明理由（reasons_published）",
            "whether the withdrawal was explained in public is not recorded (reasons_published)",
            _law(resolved),
            "$.publicity.reasons_published",
        )


def _publication(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    """E10: a decision with a certain social impact, published within the disclosure limit."""
    decision, publicity = case.decision, case.publicity
    assert decision is not None
    decided = decision.decided_on
    if publicity is None and as_of is None:
        return  # an open clock is judged only with as_of (and is an upcoming item)
    resolved = j.value("E10", "enforcement.publication_period.max", decided)
    if resolved is None:
        return
    judged = publicity.published_on if publicity is not None else as_of
    assert judged is not None
    due = j.due_if_after(decided, resolved, judged)
    if due is None or judged <= due.due:
        return
    if publicity is not None:
        j.emit(
            "E10.published-late",
            decided,
            f"具有一定社会影响的处罚决定于 {publicity.published_on.isoformat()} 公开，超过作出后 "
            f"{resolved.value}{resolved.unit.label_zh}的期限（{due.due.isoformat()}）",
            f"the decision with a certain social impact was published on {publicity.published_on.isoformat()}, "
            f"after the {resolved.value} {resolved.unit.value.replace('_', ' ')} from the decision ended on "
            f"{due.due.isoformat()}",
            _law(resolved),
            "$.publicity.published_on",
            resolved.key,
            (("decided", decided), ("due", due.due), ("published", publicity.published_on)),
        )
    else:
        assert as_of is not None
        j.emit(
            "E10.not-published",
            decided,
            f"具有一定社会影响的处罚决定至 {due.due.isoformat()}（作出后 {resolved.value}"
            f"{resolved.unit.label_zh}）仍未公开",
            f"the decision with a certain social impact was not published by {due.due.isoformat()} "
            f"({resolved.value} {resolved.unit.value.replace('_', ' ')} after it was made)",
            _law(resolved),
            "$.publicity",
            resolved.key,
            (("decided", decided), ("due", due.due), ("as_of", as_of)),
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
        j.emit(
            "E17.paid-late",
            received,
            f"罚款于 {late[0].paid_on.isoformat()} 缴纳，晚于期限 {due.due.isoformat()}",
            f"the fine was paid on {late[0].paid_on.isoformat()}, after {due.due.isoformat()}",
            _law(resolved),
            "$.payments",
            resolved.key,
            (("received", received), ("due", due.due), ("paid", late[0].paid_on)),
        )
    elif paid < fine and as_of is not None and as_of > due.due:
        j.emit(
            "E17.payment-overdue",
            received,
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
            j.emit(
                "E17.surcharge-too-high",
                due.due,
                f"加处罚款 {surcharge} 元，超过每日 {rate.value}% × {days} 日 = {allowed} 元",
                f"a surcharge of {surcharge} yuan exceeds {rate.value}% a day for {days} day(s) = {allowed} yuan",
                _law(rate),
                "$.payments",
                rate.key,
            )
    cap = j.value("E17", "enforcement.late_surcharge_total.max", due.due)
    if cap is not None and surcharge > Decimal(str(cap.value)) * fine / 100:
        j.emit(
            "E17.surcharge-exceeds-fine",
            due.due,
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
        other = case.decision_limit
        start = case.filed_on + dt.timedelta(days=other.days_not_counted if other is not None else 0)
        due_item = _upcoming_item(
            profile,
            calendar,
            as_of,
            "enforcement.decision_period.max",
            start,
            "作出行政处罚决定",
            "penalty decision due",
        )
        if due_item is not None and other is not None and other.due_on is not None:
            # Another provision's last day, as recorded (Art. 60 "从其规定").
            due_item = attrs.evolve(
                due_item,
                citation=f"{due_item.citation}; {other.basis}",
                deadline=attrs.evolve(due_item.deadline, due=other.due_on, rolled_from=None),
                overdue=as_of > other.due_on,
            )
        items.append(due_item)
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
    if (
        decision is not None
        and decision.social_impact
        and case.publicity is None
        and profile.rule_in_force("E10", decision.decided_on) is not None
    ):
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.publication_period.max",
                decision.decided_on,
                "公开具有一定社会影响的行政处罚决定",
                "publication of the decision due",
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
    changed = change_day(case)
    if publicity is not None and changed is not None and publicity.withdrawn_on is None:
        items.append(
            _upcoming_item(
                profile,
                calendar,
                as_of,
                "enforcement.withdrawal_period.max",
                changed,
                "撤回行政处罚决定信息并公开说明理由",
                "withdrawal of the published decision due",
            )
        )
    return tuple(item for item in items if item is not None)
