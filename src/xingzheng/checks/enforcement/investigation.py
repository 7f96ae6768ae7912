"""调查取证 — checks of the investigation stage: source (E1), officers (E2, E11, E18), limitation (E9), evidence held (E14).

Severities come from the profiles' data (`_Judge.emit`); each finding says who is bound and why.
"""

from __future__ import annotations

import datetime as dt

from xingzheng.checks.enforcement._judge import _cite, _Judge, _law
from xingzheng.errors import NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import (
    EnforcementCase,
    Officer,
    ProcedureKind,
)
from xingzheng.rules import ResolvedValue, RuleValue


def _e1(case: EnforcementCase, j: _Judge) -> None:
    on = case.reference_date
    rule = j.rule("E1", on)
    if rule is None:
        return
    if case.source.value == "other" and not (case.source_detail or "").strip():
        j.emit(
            "E1.source-unspecified",
            on,
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


def acting_days(case: EnforcementCase, officer: Officer) -> tuple[dt.date, ...]:
    """The days ``officer`` acted on the case, as far as the record says.

    The recorded ``acted_on`` when there is one; else the investigation's first day for an investigator
    (every officer of the case when the investigation names none), and the day of an on-the-spot
    decision. An officer the record shows acting on no day is not judged on any.
    """
    if officer.acted_on:
        return officer.acted_on
    days: list[dt.date] = []
    inv = case.investigation
    if inv is not None and (
        not inv.officer_certificates or officer.certificate_number in inv.officer_certificates
    ):
        days.append(inv.started_on)
    decision = case.decision
    if decision is not None and decision.procedure is ProcedureKind.SUMMARY:
        days.append(decision.decided_on)
    return tuple(sorted(set(days)))


def _e2(case: EnforcementCase, j: _Judge) -> None:
    on = case.investigation.started_on if case.investigation else case.reference_date
    summary = case.decision is not None and case.decision.procedure is ProcedureKind.SUMMARY
    if case.investigation is None and case.decision is None:
        return  # no one has acted on the case yet
    resolved = j.value("E2", "enforcement.officers.min", on)
    officers = _investigators(case)
    if not case.officers and resolved is not None and not (summary and _general_only(j, on)):
        j.emit(
            "E2.officers-not-recorded",
            on,
            "案件未记录执法人员（officers）",
            "the case records no officers (officers)",
            _law(resolved),
            "$.officers",
            resolved.key,
        )
        resolved = None
    # The 2017 text asks for two officers when investigating or inspecting (Art. 37 ¶1, general procedure):
    # the E2 rule value in force says so with the tag "general-procedure-only".
    general_only = _general_only(j, on)
    other_law = (case.other_law or "").strip()
    if resolved is not None and not (summary and general_only) and len(officers) < resolved.value:
        j.emit(
            "E2.too-few-officers-other-law" if other_law else "E2.too-few-officers",
            on,
            f"执法人员 {len(officers)} 人，少于 {resolved.value} 人"
            + (f"（记录了另有规定的法律：{other_law}，无法核对）" if other_law else ""),
            f"{len(officers)} officer(s), fewer than {resolved.value}"
            + (f" (a law providing otherwise is recorded: {other_law}; not verifiable)" if other_law else ""),
            _law(resolved),
            "$.officers",
            resolved.key,
            (("on", on),),
        )
    _certificates(case, j)
    rule = j.rule("E2", on)
    if rule is None:
        return
    if case.investigation is not None and not case.investigation.certificates_shown:
        j.emit(
            "E2.certificates-not-shown",
            on,
            "调查或检查时未出示执法证件",
            "certificates were not shown when investigating",
            _cite(rule.citations),
            "$.investigation.certificates_shown",
        )
    decision = case.decision
    if decision is None:
        return
    decided = decision.decided_on
    decided_rule = j.rule("E2", decided)
    if decided_rule is None:
        return
    for index, staff in enumerate(case.auxiliary_staff):
        if staff.decided:
            j.emit(
                "E2.auxiliary-decided",
                decided,
                f"执法辅助人员（第 {index + 1} 名）作出或签署了处罚决定",
                f"auxiliary staff member {index + 1} made or signed the penalty decision",
                _cite(decided_rule.citations),
                f"$.auxiliary_staff[{index}].decided",
                dates=(("decided", decided),),
            )


def _general_only(j: _Judge, on: dt.date) -> bool:
    e2: RuleValue | None = j.profile.rule_in_force("E2", on)
    return e2 is not None and e2.has_tag("general-procedure-only")


def _certificates(case: EnforcementCase, j: _Judge) -> None:
    """E2: each officer's certificate on each day the officer acted (not on one day for all)."""
    for index, officer in enumerate(case.officers):
        days = acting_days(case, officer)
        if not days:
            continue
        if not officer.certificate_number.strip():
            rule = j.rule("E2", days[0])
            if rule is not None:
                j.emit(
                    "E2.certificate-not-recorded",
                    days[0],
                    f"未记录执法人员 {officer.name} 的执法证号",
                    f"officer {officer.name}'s certificate number is not recorded",
                    _cite(rule.citations),
                    f"$.officers[{index}].certificate_number",
                    dates=(("acted", days[0]),),
                )
            continue
        for day in days:
            if officer.certificate_valid_on(day):
                continue
            rule = j.rule("E2", day)
            if rule is None:
                continue
            j.emit(
                "E2.certificate-invalid",
                day,
                f"执法人员 {officer.name} 的执法证在其执法之日 {day.isoformat()} 无效",
                f"officer {officer.name}'s certificate was not valid on {day.isoformat()}, a day the officer acted",
                _cite(rule.citations),
                f"$.officers[{index}].certificate_number",
                dates=(("acted", day),),
            )
            break


def _upper_bound_of_discovery(case: EnforcementCase) -> dt.date | None:
    """The latest day the violation can have been discovered: the first step taken on it."""
    days = [case.filed_on]
    if case.investigation is not None:
        days.append(case.investigation.started_on)
    if case.notice is not None:
        days.append(case.notice.served_on)
    if case.decision is not None:
        days.append(case.decision.decided_on)
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _e9(case: EnforcementCase, j: _Judge) -> None:
    offence = case.offence
    start = offence.limitation_starts_on
    discovered = case.discovered_on
    bound = discovered if discovered is not None else _upper_bound_of_discovery(case)
    if bound is None:
        return  # nothing done on the case yet
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
    due = j.due_if_after(start, resolved, bound)
    if due is None or bound <= due.due:
        return
    dates = (("limitation_starts", start), ("due", due.due))
    if discovered is None:
        # Filed, investigated or decided after the limitation: whether it was discovered in time depends
        # on the discovery date, which the record does not give (no fallback to the filing date).
        j.emit(
            "E9.discovery-not-recorded",
            start,
            f"未记录发现违法行为的日期（discovered_on）；立案等首个步骤（{bound.isoformat()}）已在 "
            f"{resolved.value} 年时效（至 {due.due.isoformat()}）之后，无法判断是否超过追责时效",
            f"the day the violation was discovered (discovered_on) is not recorded; the first step on the case "
            f"({bound.isoformat()}) came after the {resolved.value}-year limitation ended on "
            f"{due.due.isoformat()}, so whether it was discovered in time cannot be judged",
            _law(resolved),
            "$.discovered_on",
            resolved.key,
            (*dates, ("first_step", bound)),
        )
        return
    penalised = case.decision is not None and bool(case.decision.penalties)
    if case.decision is not None and not penalised:
        return  # no penalty given: what the limitation asks
    j.emit(
        "E9.limitation-expired" if penalised else "E9.limitation-expired-pending",
        start,
        f"违法行为自 {start.isoformat()} 起 {resolved.value} 年内（至 {due.due.isoformat()}）未被发现，"
        f"不再给予行政处罚",
        f"the violation was not discovered within {resolved.value} years of {start.isoformat()} "
        f"(by {due.due.isoformat()}): no penalty may be given",
        _law(resolved),
        "$.discovered_on",
        resolved.key,
        (*dates, ("discovered", discovered)),
    )


def _e11(case: EnforcementCase, j: _Judge) -> None:
    on = case.reference_date
    officers = [(i, o) for i, o in enumerate(case.officers) if o.training_year == on.year]
    if not officers:
        return
    state: RuleValue | None = j.profile.rule_in_force("E11", on)
    declared = state is not None and state.has_tag("per-calendar-year")
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
        code = f"E11.{attr.replace('_', '-')}-short"
        if not declared:
            code += "-period-unknown"
        for index, officer in officers:
            hours = getattr(officer, attr)
            if hours < resolved.value:
                period_zh = "（按规则配置声明的自然年计算）" if declared else "（规则配置未声明计算期间）"
                period_en = (
                    " (per calendar year, as the profile declares)"
                    if declared
                    else " (the profile declares no period)"
                )
                j.emit(
                    code,
                    on,
                    f"执法人员 {officer.name} {on.year} 年{zh} {hours} 学时，少于 {resolved.value} 学时{period_zh}",
                    f"officer {officer.name} had {hours} class hours of {en} in {on.year}, fewer than "
                    f"{resolved.value}{period_en}",
                    _law(resolved),
                    f"$.officers[{index}].{attr}",
                    resolved.key,
                )


def _e14(case: EnforcementCase, j: _Judge, as_of: dt.date | None) -> None:
    for index, item in enumerate(case.evidence_preservations):
        start = item.registered_on
        resolved = j.value("E14", "enforcement.evidence_decision_period.max", start)
        due = j.due(start, resolved) if resolved else None
        if resolved is None or due is None:
            continue
        path = f"$.evidence_preservations[{index}].decided_on"
        if item.decided_on is not None and item.decided_on > due.due:
            j.emit(
                "E14.evidence-decision-late",
                start,
                f"先行登记保存的证据于 {item.decided_on.isoformat()} 作出处理决定，超过期限（{due.due.isoformat()}）",
                f"the decision on evidence held was made on {item.decided_on.isoformat()}, after {due.due.isoformat()}",
                _law(resolved),
                path,
                resolved.key,
                (("registered", start), ("due", due.due), ("decided", item.decided_on)),
            )
        elif item.decided_on is None and as_of is not None and as_of > due.due:
            j.emit(
                "E14.evidence-decision-overdue",
                start,
                f"先行登记保存的证据至 {due.due.isoformat()} 仍未作出处理决定",
                f"no decision on the evidence held by {due.due.isoformat()}",
                _law(resolved),
                path,
                resolved.key,
                (("registered", start), ("due", due.due), ("as_of", as_of)),
            )


def _e18(case: EnforcementCase, j: _Judge) -> None:
    on = case.decision.decided_on if case.decision else case.reference_date
    rule = j.rule("E18", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    for index, officer in enumerate(case.officers):
        if officer.direct_interest:
            j.emit(
                "E18.officer-not-recused",
                on,
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
        j.emit(
            "E18.heavier-after-defence",
            on,
            f"陈述申辩后罚款由拟定的 {notice.intended_fine_yuan} 元加重为 {decision.fine_yuan} 元",
            f"after the statement and defence the fine rose from the intended {notice.intended_fine_yuan} "
            f"to {decision.fine_yuan} yuan",
            cite,
            "$.decision.fine_yuan",
        )
