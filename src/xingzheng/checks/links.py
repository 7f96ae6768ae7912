"""Checks over a set of records that follow their links by identifier (`check_all`).

A reconsideration case names the act it challenges (an `EnforcementCase`'s case number or a
`DisclosureRequest`'s id); a petition routed into a penalty procedure names the case it became (W3).
`check_all` checks every record on its own, then follows the links: a reconsideration decision that
changed, revoked or confirmed unlawful or void a *published* penalty decision starts 行政处罚法 Art. 48 ¶2's
three working days for withdrawing it, judged on the linked case under E10 (`E10.withdrawal-late-linked`,
`E10.withdrawal-overdue-linked`); a link to a record that is not in the set is a `LINK.not-found` warning
(a code with no rule behind it, like `CAL.coverage`), never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import _resolve, check
from xingzheng.checks._common import Judge, cite
from xingzheng.checks._report import DateFact, Finding, Report, Severity

__all__ = ["LINK_NOT_FOUND", "check_all"]

#: The code of a link to a record not in the set checked (no rule behind it).
LINK_NOT_FOUND = "LINK.not-found"

_WITHDRAWAL = "enforcement.withdrawal_period.max"


def check_all(
    records: Iterable[object],
    *,
    profile: Any = None,
    as_of: dt.date | None = None,
    calendar: WorkdayCalendar | None = None,
) -> tuple[Report, ...]:
    """Check every record and follow the links between them; one report per record, in the given order.

    A finding about a link is added to the report of the record it concerns: a late withdrawal to the
    enforcement case's, a missing link target to the report of the record that names it.

    Args:
        records: the records (any mix of the procedures).
        profile: a `Profile`, a built-in profile's name, a path, or None for ``national``.
        calendar: the working-day calendar, or None for the built-in one.
        as_of: the day to judge open clocks at (a withdrawal still due, for instance).
    """
    from xingzheng.model.disclosure import DisclosureRequest
    from xingzheng.model.enforcement import EnforcementCase
    from xingzheng.model.petition import Petition
    from xingzheng.model.reconsideration import ChallengedKind, ReconsiderationCase

    items = list(records)
    prof, cal = _resolve(profile, calendar)
    reports = [check(record, profile=prof, as_of=as_of, calendar=cal) for record in items]
    extra: list[list[Finding]] = [[] for _ in items]
    cases = {r.case_number: i for i, r in enumerate(items) if isinstance(r, EnforcementCase)}
    requests = {r.request_id: i for i, r in enumerate(items) if isinstance(r, DisclosureRequest)}
    for index, record in enumerate(items):
        j = Judge(prof, cal, as_of)
        if isinstance(record, ReconsiderationCase):
            target = record.challenged
            table = {ChallengedKind.ENFORCEMENT_CASE: cases, ChallengedKind.DISCLOSURE_REQUEST: requests}.get(target.kind)
            if table is None:
                continue
            found = table.get(target.identifier)
            if found is None:
                _missing(j, target.kind.value, target.identifier, "$.challenged.identifier")
            elif target.kind is ChallengedKind.ENFORCEMENT_CASE:
                case = items[found]
                assert isinstance(case, EnforcementCase)
                linked = Judge(prof, cal, as_of)
                _withdrawal(linked, record, case)
                extra[found].extend(linked.findings)
        elif isinstance(record, Petition) and record.enforcement_case and record.enforcement_case not in cases:
            _missing(j, "enforcement_case", record.enforcement_case, "$.routing.enforcement_case")
        extra[index].extend(j.findings)
    return tuple(
        attrs.evolve(report, findings=report.findings + tuple(more)) if more else report
        for report, more in zip(reports, extra, strict=True)
    )


def _missing(j: Judge, kind: str, identifier: str, path: str) -> None:
    # `LINK.not-found` has no rule behind it (like `CAL.coverage`): the set checked lacks a record, which
    # says nothing of the law. A warning, never a guess (docs/decisions.md).
    j.add(
        LINK_NOT_FOUND,
        Severity.WARNING,
        f"所指向的记录（{kind} {identifier}）不在所检查的记录中，关联检查未进行",
        f"the linked record ({kind} {identifier}) is not among the records checked: the linked checks were not made",
        "",
        path,
    )


def _withdrawal(j: Judge, reconsideration: Any, case: Any) -> None:
    """E10 (linked): the published decision withdrawn within the period after the reconsideration undid it."""
    decision = reconsideration.decision
    publicity = case.publicity
    if decision is None or not decision.outcome.undoes_the_act or publicity is None:
        return
    start = decision.served_on or decision.decided_on
    if publicity.published_on > start:
        return  # published after the change: nothing of the old decision to withdraw
    if j.rule("E10", start, "$.publicity") is None:
        return
    value = j.param(_WITHDRAWAL, "E10", start, "$.publicity.withdrawn_on")
    if value is None:
        return
    due = j.due(start, value, "$.publicity.withdrawn_on")
    if due is None:
        return
    withdrawn = publicity.withdrawn_on
    label = f"行政复议 {reconsideration.case_id}（{decision.outcome.value}）"
    dates = (DateFact("reconsideration_effective", start), DateFact("due", due))
    late = withdrawn is not None and withdrawn > due
    overdue = withdrawn is None and j.as_of is not None and j.as_of > due
    if decision.served_on is None and (late or overdue):
        # The decision takes effect on service (行政复议法 Art. 75 ¶2), which is not recorded: counted from
        # the decision day the last day is the earliest possible one, so lateness by that count proves no
        # missed duty (as G2's unrecorded receipt): a warning naming the field, never an error.
        if withdrawn is not None:
            when, zh_when, en_when = withdrawn, f"于 {withdrawn.isoformat()} 才撤回", f"it was withdrawn on {withdrawn.isoformat()}"
        else:
            when = j.as_of if j.as_of is not None else due
            zh_when, en_when = f"至 {when.isoformat()} 仍未撤回", f"on {when.isoformat()} it is not withdrawn"
        j.emit(
            "E10.withdrawal-service-not-recorded-linked", start,
            f"{label}于 {start.isoformat()} 作出，未记录送达日（decision.served_on）：自作出日计算应于 {due.isoformat()} "
            f"前撤回公开的处罚决定信息，{zh_when}；复议决定自送达起生效，无法判断是否逾期",
            f"{reconsideration.case_id} ({decision.outcome.value}) was decided on {start.isoformat()} and its service is "
            f"not recorded (decision.served_on): counted from the decision day the published decision was to be "
            f"withdrawn by {due.isoformat()}, and {en_when}; the decision takes effect on service, so a delay "
            "cannot be told",
            cite(value), "$.publicity.withdrawn_on", value.key,
            (DateFact("reconsideration_decided", start), DateFact("due", due),
             DateFact("withdrawn" if withdrawn is not None else "as_of", when)),
        )
        return
    if late and withdrawn is not None:
        j.emit(
            "E10.withdrawal-late-linked", start,
            f"{label}于 {start.isoformat()} 生效，处罚决定信息于 {withdrawn.isoformat()} 才撤回，晚于 {due.isoformat()}",
            f"{reconsideration.case_id} ({decision.outcome.value}) took effect on {start.isoformat()}; the published "
            f"decision was withdrawn only on {withdrawn.isoformat()}, after {due.isoformat()}",
            cite(value), "$.publicity.withdrawn_on", value.key, (*dates, DateFact("withdrawn", withdrawn)),
        )
    elif overdue and j.as_of is not None:
        j.emit(
            "E10.withdrawal-overdue-linked", start,
            f"{label}于 {start.isoformat()} 生效，至 {j.as_of.isoformat()} 公开的处罚决定信息仍未撤回（应于 {due.isoformat()} 前）",
            f"{reconsideration.case_id} ({decision.outcome.value}) took effect on {start.isoformat()}; on "
            f"{j.as_of.isoformat()} the published decision is still not withdrawn (due by {due.isoformat()})",
            cite(value), "$.publicity.withdrawn_on", value.key, (*dates, DateFact("as_of", j.as_of)),
        )
