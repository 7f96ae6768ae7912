"""告知、陈述申辩与听证 — checks of the hearing stage: notice and defence (E4), hearing periods (E5), hearing right and conduct (E12)."""

from __future__ import annotations

from xingzheng.calendar import deadline
from xingzheng.checks._report import Severity
from xingzheng.checks.enforcement._judge import _cite, _Judge, _law
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import (
    EnforcementCase,
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
