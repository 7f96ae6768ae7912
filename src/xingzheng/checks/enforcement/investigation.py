"""调查取证 — checks of the investigation stage: source (E1), officers (E2, E11, E18), limitation (E9), evidence held (E14)."""

from __future__ import annotations

import datetime as dt

from xingzheng.checks._report import Severity
from xingzheng.checks.enforcement._judge import _cite, _Judge, _law
from xingzheng.errors import NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import (
    EnforcementCase,
    Officer,
    ProcedureKind,
)
from xingzheng.rules import ResolvedValue, RuleValue

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
