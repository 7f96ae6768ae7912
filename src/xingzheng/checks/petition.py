"""Checks of a petition: W1 sorting, W2 notice and objection, W3 routing, W4 handling and reviews, W5.

Every rule is judged on the day the petition was received (the 2022 regulation applies from 2022-05-01;
earlier, no rule is in force here). Its days are calendar days (Civil Code roll), Art. 23 ¶3's five
working days excepted; a re-review's hearing time is left out (Art. 36 ¶2).
"""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._clock import Interval, judge_period, upcoming_at
from xingzheng.checks._common import Judge, cite, count_label
from xingzheng.checks._report import Report, Upcoming
from xingzheng.model.petition import Petition, PetitionReview, PetitionRoute
from xingzheng.rules import Profile, ResolvedValue

__all__ = ["check_petition", "upcoming_petition"]

_P = "petition."


def _period(
    j: Judge, on: dt.date, value: ResolvedValue, start: dt.date, done: dt.date | None, codes: tuple[str, str | None],
    what: tuple[str, str], path: str, *, extra: int = 0, intervals: tuple[Interval, ...] = (),
) -> None:
    late, overdue = codes
    judge_period(j, on, value, start, done, late, overdue, what, path, extra=extra, intervals=intervals)


def _w1(j: Judge, p: Petition, on: dt.date) -> None:
    if not p.by_petition_office or j.rule("W1", on, "$.sorted_on") is None:
        return
    value = j.param(_P + "sorting_period.max", "W1", on, "$.sorted_on")
    if value is not None:
        _period(j, on, value, p.received_on, p.sorted_on, ("W1.sorting-late", "W1.sorting-overdue"),
                ("区分处理", "the petition was sorted"), "$.sorted_on")


def _w2(j: Judge, p: Petition, on: dt.date) -> None:
    if p.by_petition_office or j.rule("W2", on, "$.notified_on") is None:
        return
    if p.transferred_in and p.objected_on is not None:
        value = j.param(_P + "objection_period.max", "W2", on, "$.objected_on")
        if value is not None:
            _period(j, on, value, p.received_on, p.objected_on, ("W2.objection-late", None),
                    ("对转送事项提出异议", "the objection to the transfer"), "$.objected_on")
        return
    if p.identity_unclear:
        return
    value = j.param(_P + "notice_period.max", "W2", on, "$.notified_on")
    if value is not None:
        _period(j, on, value, p.received_on, p.notified_on, ("W2.notice-late", "W2.notice-overdue"),
                ("书面告知信访人", "the petitioner was told in writing"), "$.notified_on")


def _w3(j: Judge, p: Petition, on: dt.date) -> None:
    routing = p.routing
    if routing is None or routing.route is not PetitionRoute.PENALTY_PROCEDURE or routing.enforcement_case:
        return
    state = j.rule("W3", on, "$.routing")
    if state is not None:
        j.emit(
            "W3.case-not-recorded", on,
            "信访事项已导入行政处罚程序，未记录所立案件的编号（routing.enforcement_case）",
            "the petition was routed into a penalty procedure and records no case number (routing.enforcement_case)",
            cite(state), "$.routing.enforcement_case",
        )


def _review(j: Judge, on: dt.date, review: PetitionReview, key: str, code: str, what: tuple[str, str], path: str) -> None:
    request = j.param(_P + "review_request_period.max", "W4", on, path)
    if request is not None:
        _period(j, on, request, review.answer_received_on, review.requested_on, ("W4.request-late", None),
                ("信访人请求复查或复核", "the petitioner's request"), f"{path}.requested_on")
    value = j.param(key, "W4", on, path)
    if value is None:
        return
    _period(j, on, value, review.requested_on, review.opinion_on, (code, None), what, f"{path}.opinion_on",
            intervals=_hearing(review))


def _hearing(review: PetitionReview) -> tuple[Interval, ...]:
    """The hearing's days, its first included: (the day before it, its last day] (Art. 36 ¶2)."""
    if review.hearing_from is None or review.hearing_until is None:
        return ()
    return ((review.hearing_from - dt.timedelta(days=1), review.hearing_until),)


def _w4(j: Judge, p: Petition, on: dt.date) -> None:
    if j.rule("W4", on, "$") is None:
        return
    routing = p.routing
    if routing is not None and routing.route is PetitionRoute.HANDLED:
        maximum = j.param(_P + "handling_extension.max", "W4", on, "$.extension")
        extra = 0
        if p.extension is not None and maximum is not None:
            extra = min(p.extension.days, int(maximum.value))
            if p.extension.days > maximum.value:
                zh_n, en_n = count_label(maximum)
                j.emit(
                    "W4.extension-too-long", on,
                    f"办理期限延长{p.extension.days}日，超过最长{zh_n}",
                    f"the handling period was extended by {p.extension.days} days, more than the longest {en_n}",
                    cite(maximum), "$.extension.days", maximum.key,
                )
        value = j.param(_P + "handling_period.max", "W4", on, "$.answered_on")
        if value is not None:
            _period(j, on, value, routing.routed_on, p.answered_on, ("W4.handling-late", "W4.handling-overdue"),
                    ("办结信访事项", "the petition was handled"), "$.answered_on", extra=extra)
    if p.review is not None:
        _review(j, on, p.review, _P + "review_period.max", "W4.review-late",
                ("提出复查意见", "the review opinion"), "$.review")
    if p.re_review is not None:
        _review(j, on, p.re_review, _P + "re_review_period.max", "W4.re-review-late",
                ("提出复核意见", "the re-review opinion"), "$.re_review")


def _w5(j: Judge, p: Petition, on: dt.date) -> None:
    if p.representatives is None or p.form.value != "visit" or j.rule("W5", on, "$.representatives") is None:
        return
    value = j.param(_P + "representatives.max", "W5", on, "$.representatives")
    if value is not None and p.representatives > value.value:
        j.emit(
            "W5.too-many-representatives", on,
            f"多人走访推选代表{p.representatives}人，超过{value.value}人",
            f"the group visit had {p.representatives} representatives, more than {value.value}",
            cite(value), "$.representatives", value.key,
        )


@register_checker(Petition)
def check_petition(petition: Petition, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None) -> Report:
    """Check a petition on its own (the link to its enforcement case is followed by `check_all`)."""
    j = Judge(profile, calendar, as_of)
    on = petition.received_on
    for rule in (_w1, _w2, _w3, _w4, _w5):
        rule(j, petition, on)
    return j.report("petition", petition.petition_id)


@register_upcoming(Petition)
def upcoming_petition(petition: Petition, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date) -> tuple[Upcoming, ...]:
    """What is due next: sorting, the written notice, handling, review and re-review opinions."""
    j = Judge(profile, calendar, as_of)
    p, on = petition, petition.received_on
    items: list[Upcoming | None] = []

    def add(
        key: str, rule: str, start: dt.date, what: str, what_en: str, *, extra: int = 0, intervals: tuple[Interval, ...] = ()
    ) -> None:
        if j.rule(rule, on) is None:
            return
        value = j.param(key, rule, on)
        if value is not None:
            items.append(upcoming_at(j, start, value, rule, what, what_en, intervals, extra=extra))

    if p.by_petition_office and p.sorted_on is None:
        add(_P + "sorting_period.max", "W1", p.received_on, "信访部门应于 {due} 前区分处理", "the petition office sorts it by {due}")
    if not p.by_petition_office and not p.identity_unclear and p.notified_on is None and p.objected_on is None:
        add(_P + "notice_period.max", "W2", p.received_on, "应于 {due} 前书面告知信访人", "the petitioner is told in writing by {due}")
    routing = p.routing
    if routing is not None and routing.route is PetitionRoute.HANDLED and p.answered_on is None:
        maximum = None if p.extension is None else j.param(_P + "handling_extension.max", "W4", on)
        extra = 0 if p.extension is None or maximum is None else min(p.extension.days, int(maximum.value))
        add(_P + "handling_period.max", "W4", routing.routed_on, "应于 {due} 前办结", "the petition is handled by {due}", extra=extra)
    for review, key, what, what_en in (
        (p.review, "review_period.max", "应于 {due} 前提出复查意见", "the review opinion is due by {due}"),
        (p.re_review, "re_review_period.max", "应于 {due} 前提出复核意见（听证时间另计）", "the re-review opinion is due by {due} (hearing time not counted)"),
    ):
        if review is not None and review.opinion_on is None:
            add(_P + key, "W4", review.requested_on, what, what_en, intervals=_hearing(review))
    return tuple(item for item in items if item is not None)
