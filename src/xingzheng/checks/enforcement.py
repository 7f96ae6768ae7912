"""Checks of an enforcement case (行政执法案件): rules E1–E18, each judged by the law in force on its date.

Every number comes from the rule profile, read on the date that starts its clock (the notice for a
hearing request, the filing for the decision limit, …): before 2021-07-15 the national profile holds the
2017 penalty law, from then the 2021 one. Rules without a number are asked of the profile too
(`Profile.rule`): a rule not in force on a date is not judged (an info finding ``<ID>.no-rule``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from xingzheng.calendar import Deadline, Period, PeriodUnit, WorkdayCalendar, deadline, latest_notice_day
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._report import DateFact, Finding, Report, Severity, Upcoming
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import (
    REPEATED_EVENTS,
    STAGE_EVENTS,
    EnforcementCase,
    Officer,
    PartyKind,
    PenaltyKind,
    ProcedureKind,
    payload_of,
    review_required,
)
from xingzheng.rules import ResolvedValue, RuleValue

__all__ = ["check_enforcement", "upcoming_enforcement"]

_ONE_DAY = dt.timedelta(days=1)


def _cite(citations: Iterable[Any]) -> str:
    return "; ".join(c.text() for c in citations)


class _Judge:
    """Collects findings; asks the profile and the calendar, turning their refusals into findings."""

    def __init__(self, profile: Any, calendar: WorkdayCalendar) -> None:
        self.profile = profile
        self.calendar = calendar
        self.findings: list[Finding] = []
        self._said: set[str] = set()

    def add(
        self,
        code: str,
        severity: Severity,
        zh: str,
        en: str,
        citation: str,
        path: str = "$",
        parameter: str | None = None,
        dates: Iterable[tuple[str, dt.date]] = (),
    ) -> None:
        self.findings.append(
            Finding(
                code=code,
                severity=severity,
                message=zh,
                message_en=en,
                citation=citation,
                path=path,
                parameter=parameter,
                dates=tuple(DateFact(label, day) for label, day in dates),
            )
        )

    def _once(self, key: str) -> bool:
        if key in self._said:
            return False
        self._said.add(key)
        return True

    def value(self, rule: str, key: str, on: dt.date) -> ResolvedValue | None:
        """The parameter in force on ``on``, or None after an info finding ``<rule>.no-rule``."""
        try:
            resolved: ResolvedValue = self.profile.get(key, on=on)
        except (NoSuchParameterError, NoRuleInForceError):
            if self._once(f"{rule}:{key}:{on}"):
                self.add(
                    f"{rule}.no-rule",
                    Severity.INFO,
                    f"规则配置 {self.profile.name} 在 {on.isoformat()} 没有生效的 {key}，不检查此项",
                    f"profile {self.profile.name} has no {key} in force on {on.isoformat()}; not judged",
                    "",
                    parameter=key,
                    dates=(("on", on),),
                )
            return None
        return resolved

    def rule(self, rule: str, on: dt.date) -> RuleValue | None:
        """The rule's state on ``on`` if in force, else None after an info finding ``<rule>.no-rule``."""
        try:
            value: RuleValue = self.profile.rule(rule, on)
        except (NoSuchParameterError, NoRuleInForceError):
            value = None  # type: ignore[assignment]
        if value is not None and value.in_force:
            return value
        if self._once(f"{rule}:rule:{on}"):
            self.add(
                f"{rule}.no-rule",
                Severity.INFO,
                f"规则 {rule} 在 {on.isoformat()} 未生效（规则配置 {self.profile.name}），不检查",
                f"rule {rule} is not in force on {on.isoformat()} (profile {self.profile.name}); not judged",
                _cite(value.citations) if value is not None else "",
                dates=(("on", on),),
            )
        return None

    def due(self, start: dt.date, resolved: ResolvedValue) -> Deadline | None:
        """The deadline of the parameter's period from ``start``, or None after a ``CAL.coverage`` warning."""
        try:
            return deadline(start, resolved.period(), self.calendar)
        except CalendarCoverageError as exc:
            self.coverage(exc.year, resolved.parameter.rule)
        except InvariantError:
            return None
        return None

    def due_if_after(self, start: dt.date, resolved: ResolvedValue, day: dt.date) -> Deadline | None:
        """The deadline from ``start`` when ``day`` may fall after it, else None without asking the calendar.

        For a period in days, months or years, 民法典 Art. 203 only ever moves the last day later, so a
        ``day`` on or before the unrolled last day is in time whatever the calendar says: no ``CAL.coverage``
        warning is raised for a year the answer does not need (a limitation counted into an uncovered year).
        """
        last = _unrolled_last(start, resolved.period())
        if last is not None and day <= last:
            return None
        return self.due(start, resolved)

    def notice_day(self, x: dt.date, resolved: ResolvedValue) -> dt.date | None:
        """The latest day to notify ``resolved`` before ``x``, or None after a ``CAL.coverage`` warning."""
        try:
            return latest_notice_day(x, resolved.period(), self.calendar)
        except CalendarCoverageError as exc:
            self.coverage(exc.year, resolved.parameter.rule)
        except InvariantError:
            return None
        return None

    def coverage(self, year: int, rule: str) -> None:
        if self._once(f"CAL:{year}:{rule}"):
            self.add(
                "CAL.coverage",
                Severity.WARNING,
                f"工作日历不包含 {year} 年，规则 {rule} 无法判断；请加载 {year} 年的放假安排（补充数据或通知）",
                f"the working-day calendar does not cover {year}, so rule {rule} cannot be judged; load the "
                f"{year} arrangement (a supplement or the State Council notice)",
                "",
            )


def _unrolled_last(start: dt.date, period: Period) -> dt.date | None:
    """The last day of a calendar period before Art. 203's roll (民法典 Art. 201–202); None for working days."""
    n = period.amount
    if period.unit is PeriodUnit.DAYS:
        return start + dt.timedelta(days=n)
    if period.unit is PeriodUnit.MONTHS:
        return start + relativedelta(months=n)
    if period.unit is PeriodUnit.YEARS:
        return start + relativedelta(years=n)
    return None


def _law(resolved: ResolvedValue) -> str:
    return _cite(resolved.citations)


# --- the rules ---------------------------------------------------------------------------------------


def _e1(case: EnforcementCase, j: _Judge) -> None:
    rule = j.rule("E1", case.reference_date)
    if rule is None:
        return
    if case.source.value == "other" and not (case.source_detail or "").strip():
        j.add(
            "E1.source-unspecified",
            Severity.INFO,
            "案件来源为“其他”但未说明具体来源",
            "the case source is 'other' without saying which",
            _cite(rule.citations),
            "$.source_detail",
        )


def _investigators(case: EnforcementCase) -> tuple[Officer, ...]:
    inv = case.investigation
    if inv is None or not inv.officer_certificates:
        return case.officers
    wanted = set(inv.officer_certificates)
    return tuple(o for o in case.officers if o.certificate_number in wanted)


def _e2(case: EnforcementCase, j: _Judge) -> None:
    on = case.investigation.started_on if case.investigation else case.reference_date
    summary = case.decision is not None and case.decision.procedure is ProcedureKind.SUMMARY
    if case.investigation is None and case.decision is None:
        return  # no one has acted on the case yet
    resolved = j.value("E2", "enforcement.officers.min", on)
    officers = _investigators(case)
    # The 2017 text asks for two officers when investigating or inspecting (Art. 37 ¶1, general procedure):
    # the E2 rule value in force says so with the tag "general-procedure-only".
    e2: RuleValue | None = j.profile.rule_in_force("E2", on)
    general_only = e2 is not None and e2.has_tag("general-procedure-only")
    if resolved is not None and not (summary and general_only) and len(officers) < resolved.value:
        j.add(
            "E2.too-few-officers",
            Severity.ERROR,
            f"执法人员 {len(officers)} 人，少于 {resolved.value} 人",
            f"{len(officers)} officer(s), fewer than {resolved.value}",
            _law(resolved),
            "$.officers",
            resolved.key,
            (("on", on),),
        )
    rule = j.rule("E2", on)
    if rule is None:
        return
    for index, officer in enumerate(case.officers):
        if not officer.certificate_valid_on(on):
            j.add(
                "E2.certificate-invalid",
                Severity.ERROR,
                f"执法人员 {officer.name} 的执法证在 {on.isoformat()} 无效或未记录",
                f"officer {officer.name}'s certificate is missing or not valid on {on.isoformat()}",
                _cite(rule.citations),
                f"$.officers[{index}].certificate_number",
                dates=(("on", on),),
            )
    if case.investigation is not None and not case.investigation.certificates_shown:
        j.add(
            "E2.certificates-not-shown",
            Severity.ERROR,
            "调查或检查时未出示执法证件",
            "certificates were not shown when investigating",
            _cite(rule.citations),
            "$.investigation.certificates_shown",
        )


def _e3(case: EnforcementCase, j: _Judge) -> None:
    rule = j.rule("E3", case.reference_date)
    if rule is None:
        return
    cite = _cite(rule.citations)
    log = case.evidence_log
    result = log.verify()
    if not result.ok:
        j.add(
            "E3.log-broken",
            Severity.ERROR,
            f"执法全过程记录的哈希链断裂：{result.reason}",
            f"the evidence log's hash chain is broken: {result.reason}",
            cite,
            f"$.evidence_log.events[{result.index}]",
        )
    for field, (kind, key) in STAGE_EVENTS.items():
        value = getattr(case, field)
        events = log.of_kind(kind)
        path = f"$.{field}"
        if value is None:
            if events:
                j.add(
                    "E3.event-without-field",
                    Severity.ERROR,
                    f"记录中有“{kind.value}”事件，但案件没有 {field}",
                    f"the log has a '{kind.value}' event but the case has no {field}",
                    cite,
                    path,
                )
            continue
        if not events:
            j.add(
                "E3.event-missing",
                Severity.ERROR,
                f"案件有 {field}，但全过程记录中没有对应事件",
                f"the case has {field} but the log has no matching event",
                cite,
                path,
            )
            continue
        expected = dict(payload_of(value, field)).get(key)
        if events[-1].value(key) != expected:
            j.add(
                "E3.event-disagrees",
                Severity.ERROR,
                f"{field} 与全过程记录不一致（{key}：记录 {events[-1].value(key)}，字段 {expected}）",
                f"{field} disagrees with the log ({key}: log {events[-1].value(key)}, field {expected})",
                cite,
                path,
            )
    for field, (kind, key) in REPEATED_EVENTS.items():
        items = getattr(case, field)
        logged = sorted(e.value(key) or "" for e in log.of_kind(kind))
        recorded = sorted(dict(payload_of(item, field)).get(key) or "" for item in items)
        if logged != recorded:
            j.add(
                "E3.event-disagrees",
                Severity.ERROR,
                f"{field} 与全过程记录不一致",
                f"{field} disagrees with the log",
                cite,
                f"$.{field}",
            )


def _e4(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None:
        return
    on = decision.decided_on
    rule = j.rule("E4", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    notice = case.notice
    if notice is None:
        j.add(
            "E4.no-notice",
            Severity.ERROR,
            "作出处罚决定前未告知拟作出的处罚及当事人的权利（当事人放弃陈述申辩不免除告知）",
            "decided without telling the party the intended penalty and its rights (a waiver never excuses the notice)",
            cite,
            "$.notice",
            dates=(("decided", on),),
        )
    else:
        if notice.served_on > on:
            j.add(
                "E4.notice-after-decision",
                Severity.ERROR,
                "告知晚于处罚决定",
                "the notice came after the decision",
                cite,
                "$.notice.served_on",
                dates=(("notified", notice.served_on), ("decided", on)),
            )
        if not (notice.facts_reasons_basis and notice.rights_stated):
            j.add(
                "E4.notice-incomplete",
                Severity.ERROR,
                "告知未载明事实、理由、依据或陈述申辩权利",
                "the notice does not state the facts, reasons and basis or the rights to statement and defence",
                cite,
                "$.notice",
            )
    defence = case.defence
    if defence is not None and not defence.waived and not defence.heard:
        j.add(
            "E4.defence-not-heard",
            Severity.ERROR,
            "拒绝听取当事人的陈述、申辩后作出决定",
            "decided after refusing to hear the party's statement and defence",
            cite,
            "$.defence.heard",
        )


def _e5(case: EnforcementCase, j: _Judge) -> None:
    notice, request = case.notice, case.hearing_request
    if notice is not None and request is not None:
        resolved = j.value("E5", "enforcement.hearing_request_period.max", notice.served_on)
        due = j.due_if_after(notice.served_on, resolved, request.requested_on) if resolved else None
        if resolved is not None and due is not None and request.requested_on > due.due:
            j.add(
                "E5.hearing-request-late",
                Severity.WARNING,
                f"听证申请（{request.requested_on.isoformat()}）超过告知后 {resolved.value}{resolved.unit.label_zh} 的期限"
                f"（{due.due.isoformat()}）；行政机关可不组织听证",
                f"the hearing was requested on {request.requested_on.isoformat()}, after the {resolved.value} "
                f"{resolved.unit.value.replace('_', ' ')} from the notice ended on {due.due.isoformat()}; "
                f"the agency need not hold it",
                _law(resolved),
                "$.hearing_request.requested_on",
                resolved.key,
                (("notified", notice.served_on), ("due", due.due), ("requested", request.requested_on)),
            )
    hearing = case.hearing
    if hearing is not None:
        resolved = j.value("E5", "enforcement.hearing_notice_period.min", hearing.notified_on)
        latest = j.notice_day(hearing.held_on, resolved) if resolved else None
        if resolved is not None and latest is not None and hearing.notified_on > latest:
            j.add(
                "E5.hearing-notice-too-short",
                Severity.ERROR,
                f"听证通知（{hearing.notified_on.isoformat()}）距听证不足 {resolved.value}{resolved.unit.label_zh}"
                f"，最迟应于 {latest.isoformat()} 通知",
                f"the hearing was notified on {hearing.notified_on.isoformat()}, less than {resolved.value} "
                f"{resolved.unit.value.replace('_', ' ')} before it; the latest day was {latest.isoformat()}",
                _law(resolved),
                "$.hearing.notified_on",
                resolved.key,
                (("notified", hearing.notified_on), ("latest", latest), ("held", hearing.held_on)),
            )


def _e6(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None:
        return
    on = decision.decided_on
    rule = j.rule("E6", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    if rule.has_tag("general-procedure-only"):
        # 2017 Art. 38 ¶3: every general-procedure decision is reviewed (a finding, never a refused step).
        required = decision.procedure is ProcedureKind.GENERAL
    else:
        required = review_required(case)
    review = case.legal_review
    if review is not None:
        for index, reviewer in enumerate(review.reviewers):
            if reviewer.first_time and reviewer.legal_qualification is False:
                j.add(
                    "E6.reviewer-unqualified",
                    Severity.ERROR,
                    f"初次从事法制审核的人员 {reviewer.name} 未取得法律职业资格",
                    f"first-time reviewer {reviewer.name} holds no legal professional qualification",
                    cite,
                    f"$.legal_review.reviewers[{index}]",
                )
    if not required:
        return
    if review is None:
        j.add(
            "E6.review-missing",
            Severity.ERROR,
            "应当进行法制审核而未审核即作出决定",
            "decided without the legal review the case requires",
            cite,
            "$.legal_review",
            dates=(("decided", on),),
        )
        return
    if review.completed_on is None or review.completed_on > on:
        j.add(
            "E6.review-after-decision",
            Severity.ERROR,
            "法制审核未在决定前完成",
            "the legal review was not completed before the decision",
            cite,
            "$.legal_review.completed_on",
            dates=(("decided", on),),
        )
    elif not review.passed:
        j.add(
            "E6.review-not-passed",
            Severity.ERROR,
            "法制审核未通过即作出决定",
            "decided although the legal review did not pass",
            cite,
            "$.legal_review.opinion",
        )


def _e7(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    filed = case.filed_on
    decision = case.decision
    if filed is None or (decision is not None and decision.procedure is ProcedureKind.SUMMARY):
        return
    resolved = j.value("E7", "enforcement.decision_period.max", filed)
    if resolved is None:
        return
    judged = decision.decided_on if decision is not None else as_of
    if judged is None:
        return  # an open clock is judged only with as_of
    due = j.due_if_after(filed, resolved, judged)
    if due is None:
        return
    if decision is not None and decision.decided_on > due.due:
        late = (decision.decided_on - due.due).days
        j.add(
            "E7.decision-overdue",
            Severity.ERROR,
            f"处罚决定于 {decision.decided_on.isoformat()} 作出，超过立案后 {resolved.value} 日的期限"
            f"（{due.due.isoformat()}）{late} 日",
            f"decided on {decision.decided_on.isoformat()}, {late} day(s) after the {resolved.value}-day limit "
            f"from filing ended on {due.due.isoformat()}",
            _law(resolved),
            "$.decision.decided_on",
            resolved.key,
            (("filed", filed), ("due", due.due), ("decided", decision.decided_on)),
        )
    elif decision is None and as_of is not None and as_of > due.due:
        j.add(
            "E7.decision-overdue",
            Severity.ERROR,
            f"立案后 {resolved.value} 日（至 {due.due.isoformat()}）仍未作出处罚决定",
            f"no decision {resolved.value} days after filing (the limit ended on {due.due.isoformat()})",
            _law(resolved),
            "$.decision",
            resolved.key,
            (("filed", filed), ("due", due.due), ("as_of", as_of)),
        )


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


def _e9(case: EnforcementCase, j: _Judge) -> None:
    offence = case.offence
    start = offence.limitation_starts_on
    discovered = (
        case.discovered_on or case.filed_on or (case.investigation.started_on if case.investigation else None)
    )
    if discovered is None:
        return
    key = "enforcement.limitation_period"
    resolved: ResolvedValue | None = None
    if offence.life_health_or_financial_safety and offence.harmful_consequences:
        try:
            resolved = j.profile.get("enforcement.extended_limitation_period", on=start)
        except (NoSuchParameterError, NoRuleInForceError):
            resolved = None  # the 2017 text has no 5-year limitation: the general one applies
    if resolved is None:
        resolved = j.value("E9", key, start)
    if resolved is None:
        return
    due = j.due_if_after(start, resolved, discovered)
    if due is None or discovered <= due.due:
        return
    penalised = case.decision is not None and bool(case.decision.penalties)
    j.add(
        "E9.limitation-expired",
        Severity.ERROR if penalised else Severity.WARNING,
        f"违法行为自 {start.isoformat()} 起 {resolved.value} 年内（至 {due.due.isoformat()}）未被发现，"
        f"不再给予行政处罚",
        f"the violation was not discovered within {resolved.value} years of {start.isoformat()} "
        f"(by {due.due.isoformat()}): no penalty may be given",
        _law(resolved),
        "$.discovered_on",
        resolved.key,
        (("limitation_starts", start), ("due", due.due), ("discovered", discovered)),
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


def _e11(case: EnforcementCase, j: _Judge) -> None:
    on = case.reference_date
    officers = [(i, o) for i, o in enumerate(case.officers) if o.training_year == on.year]
    if not officers:
        return
    for key, attr, zh, en in (
        ("enforcement.training_hours.min", "training_hours", "专题法律培训", "topical legal training"),
        (
            "enforcement.warning_education_hours.min",
            "warning_education_hours",
            "警示教育",
            "warning education",
        ),
    ):
        resolved = j.value("E11", key, on)
        if resolved is None:
            continue
        for index, officer in officers:
            hours = getattr(officer, attr)
            if hours < resolved.value:
                j.add(
                    f"E11.{attr.replace('_', '-')}-short",
                    Severity.WARNING,
                    f"执法人员 {officer.name} {on.year} 年{zh} {hours} 学时，少于 {resolved.value} 学时",
                    f"officer {officer.name} had {hours} class hours of {en} in {on.year}, fewer than {resolved.value}",
                    _law(resolved),
                    f"$.officers[{index}].{attr}",
                    resolved.key,
                )


def _e12(case: EnforcementCase, j: _Judge) -> None:
    decision, notice, hearing = case.decision, case.notice, case.hearing
    on = decision.decided_on if decision else (notice.served_on if notice else None)
    if on is None:
        return
    rule = j.rule("E12", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    if decision is not None and decision.heavy and notice is not None and not notice.hearing_right_stated:
        j.add(
            "E12.hearing-right-not-told",
            Severity.ERROR,
            "较重的行政处罚前未告知当事人有要求听证的权利",
            "a heavy penalty without telling the party of its right to a hearing",
            cite,
            "$.notice.hearing_right_stated",
        )
    if hearing is not None:
        if hearing.presider_is_investigator:
            j.add(
                "E12.presider-is-investigator",
                Severity.ERROR,
                "听证由本案调查人员主持",
                "the hearing was presided by an investigator of the case",
                cite,
                "$.hearing.presider_is_investigator",
            )
        if not hearing.public and not (hearing.closed_reason or "").strip():
            j.add(
                "E12.hearing-not-public",
                Severity.ERROR,
                "听证未公开举行且未说明涉及国家秘密、商业秘密或者个人隐私",
                "the hearing was not public and no state secret, business secret or privacy was stated",
                cite,
                "$.hearing.public",
            )
        if decision is not None and decision.decided_on < hearing.held_on:
            j.add(
                "E12.decision-before-hearing",
                Severity.ERROR,
                "处罚决定早于听证",
                "the decision came before the hearing",
                cite,
                "$.decision.decided_on",
            )
    request = case.hearing_request
    if decision is not None and request is not None and hearing is None and not _late_request(case, j):
        j.add(
            "E12.hearing-not-held",
            Severity.ERROR,
            "当事人依法要求听证，未组织听证即作出决定",
            "decided without the hearing the party requested in time",
            cite,
            "$.hearing",
        )


def _late_request(case: EnforcementCase, j: _Judge) -> bool:
    notice, request = case.notice, case.hearing_request
    if notice is None or request is None:
        return False
    try:
        resolved = j.profile.get("enforcement.hearing_request_period.max", on=notice.served_on)
        return request.requested_on > deadline(notice.served_on, resolved.period(), j.calendar).due
    except (NoSuchParameterError, NoRuleInForceError, CalendarCoverageError, InvariantError):
        return False


def _e13(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or decision.procedure is not ProcedureKind.SUMMARY:
        return
    on = decision.decided_on
    allowed = {PenaltyKind.WARNING, PenaltyKind.FINE}
    rule = j.rule("E13", on)
    if rule is not None:
        if any(kind not in allowed for kind in decision.penalties):
            j.add(
                "E13.summary-penalty-kind",
                Severity.ERROR,
                "当场处罚只能是警告或者罚款",
                "a summary decision may only be a warning or a fine",
                _cite(rule.citations),
                "$.decision.penalties",
            )
        if decision.filed_with_agency_on is None:
            j.add(
                "E13.summary-not-filed",
                Severity.WARNING,
                "当场作出的处罚决定未记录报所属行政机关备案",
                "the summary decision is not recorded as filed with the agency",
                _cite(rule.citations),
                "$.decision.filed_with_agency_on",
            )
    citizen = case.party.kind is PartyKind.CITIZEN
    key = "enforcement.summary_fine_citizen.max" if citizen else "enforcement.summary_fine_organisation.max"
    resolved = j.value("E13", key, on)
    if resolved is not None and decision.fine_yuan > resolved.value:
        j.add(
            "E13.summary-fine-too-high",
            Severity.ERROR,
            f"当场罚款 {decision.fine_yuan} 元，超过 {resolved.value} 元",
            f"a summary fine of {decision.fine_yuan} yuan exceeds {resolved.value} yuan",
            _law(resolved),
            "$.decision.fine_yuan",
            resolved.key,
        )


def _e14(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    for index, item in enumerate(case.evidence_preservations):
        resolved = j.value("E14", "enforcement.evidence_decision_period.max", item.registered_on)
        due = j.due(item.registered_on, resolved) if resolved else None
        if resolved is None or due is None:
            continue
        path = f"$.evidence_preservations[{index}].decided_on"
        if item.decided_on is not None and item.decided_on > due.due:
            j.add(
                "E14.evidence-decision-late",
                Severity.ERROR,
                f"先行登记保存的证据于 {item.decided_on.isoformat()} 作出处理决定，超过期限（{due.due.isoformat()}）",
                f"the decision on evidence held was made on {item.decided_on.isoformat()}, after {due.due.isoformat()}",
                _law(resolved),
                path,
                resolved.key,
                (("registered", item.registered_on), ("due", due.due), ("decided", item.decided_on)),
            )
        elif item.decided_on is None and as_of is not None and as_of > due.due:
            j.add(
                "E14.evidence-decision-overdue",
                Severity.ERROR,
                f"先行登记保存的证据至 {due.due.isoformat()} 仍未作出处理决定",
                f"no decision on the evidence held by {due.due.isoformat()}",
                _law(resolved),
                path,
                resolved.key,
                (("registered", item.registered_on), ("due", due.due), ("as_of", as_of)),
            )


def _e15(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or not case.complex_or_major_violation or not decision.penalties:
        return
    rule = j.rule("E15", decision.decided_on)
    if rule is None:
        return
    if rule.has_tag("heavier-penalty-only") and not decision.heavy:
        return  # 2017 Art. 38 ¶2: only for heavier penalties
    collective = case.collective_decision
    if collective is None:
        j.add(
            "E15.no-collective-decision",
            Severity.ERROR,
            "情节复杂或者重大违法行为的处罚未经负责人集体讨论决定",
            "a complex or major violation was penalised without a collective decision of the heads",
            _cite(rule.citations),
            "$.collective_decision",
        )
    elif collective.decided_on > decision.decided_on:
        j.add(
            "E15.collective-after-decision",
            Severity.ERROR,
            "集体讨论晚于处罚决定",
            "the collective discussion came after the decision",
            _cite(rule.citations),
            "$.collective_decision.decided_on",
        )


def _e16(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or decision.procedure is not ProcedureKind.GENERAL or not decision.penalties:
        return
    rule = j.rule("E16", decision.decided_on)
    if rule is None:
        return
    if not decision.states_remedies:
        j.add(
            "E16.remedies-missing",
            Severity.ERROR,
            "决定书未载明申请行政复议、提起行政诉讼的途径和期限",
            "the decision does not state the ways and time limits of reconsideration and litigation",
            _cite(rule.citations),
            "$.decision.states_remedies",
        )
    if not decision.sealed:
        j.add(
            "E16.seal-missing",
            Severity.ERROR,
            "决定书未盖行政机关印章",
            "the decision document carries no seal of the agency",
            _cite(rule.citations),
            "$.decision.sealed",
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


def _e18(case: EnforcementCase, j: _Judge) -> None:
    on = case.decision.decided_on if case.decision else case.reference_date
    rule = j.rule("E18", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    for index, officer in enumerate(case.officers):
        if officer.direct_interest:
            j.add(
                "E18.officer-not-recused",
                Severity.ERROR,
                f"执法人员 {officer.name} 与案件有直接利害关系，未回避",
                f"officer {officer.name} has a direct interest in the case and did not recuse",
                cite,
                f"$.officers[{index}].direct_interest",
            )
    decision, notice, defence = case.decision, case.notice, case.defence
    if (
        decision is not None
        and notice is not None
        and notice.intended_fine_yuan is not None
        and defence is not None
        and not defence.waived
        and decision.fine_yuan > notice.intended_fine_yuan
    ):
        j.add(
            "E18.heavier-after-defence",
            Severity.WARNING,
            f"陈述申辩后罚款由拟定的 {notice.intended_fine_yuan} 元加重为 {decision.fine_yuan} 元",
            f"after the statement and defence the fine rose from the intended {notice.intended_fine_yuan} "
            f"to {decision.fine_yuan} yuan",
            cite,
            "$.decision.fine_yuan",
        )


def _rule_cite(j: _Judge, rule: str, on: dt.date) -> str:
    try:
        return _cite(j.profile.rule(rule, on).citations)
    except (NoSuchParameterError, NoRuleInForceError):
        return rule


@register_checker(EnforcementCase)
def check_enforcement(
    case: EnforcementCase, profile: Any, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Judge an enforcement case against the profile: findings for E1–E18 in rule order."""
    j = _Judge(profile, calendar)
    _e1(case, j)
    _e2(case, j)
    _e3(case, j)
    _e4(case, j)
    _e5(case, j)
    _e6(case, j)
    _e7(case, j, as_of)
    _e8(case, j, as_of)
    _e9(case, j)
    _e10(case, j, as_of)
    _e11(case, j)
    _e12(case, j)
    _e13(case, j)
    _e14(case, j, as_of)
    _e15(case, j)
    _e16(case, j)
    _e17(case, j, as_of)
    _e18(case, j)
    return Report(
        kind="enforcement_case",
        title=case.title,
        profile=profile.name,
        as_of=as_of,
        findings=tuple(j.findings),
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
