"""告知、陈述申辩与听证 — checks of the hearing stage: notice and defence (E4), hearing periods (E5), hearing right and conduct (E12).

The party's own conduct (a late request, staying away from the hearing) is a recorded fact (``info``);
the agency's duties are judged only where the decision carries the hearing right (2021 Art. 63 ¶1; 2017
Art. 42 ¶1).
"""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import PeriodUnit, deadline
from xingzheng.checks.enforcement._judge import _cite, _Judge, _law, _unrolled_last
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.model.enforcement import EnforcementCase, HearingAnswer, PenaltyDecision, PenaltyKind


def _e4(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or not decision.penalties:
        # A decision to impose no penalty (2021 Art. 57 ¶1(二)(三)) has no intended penalty to tell: Art. 44
        # and 62 (2017 Art. 31, 41) bind "行政处罚决定" only.
        return
    on = decision.decided_on
    rule = j.rule("E4", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    notice = case.notice
    if notice is None:
        j.emit(
            "E4.no-notice",
            on,
            "作出处罚决定前未告知拟作出的处罚及当事人的权利（当事人放弃陈述申辩不免除告知）",
            "decided without telling the party the intended penalty and its rights (a waiver never excuses the notice)",
            cite,
            "$.notice",
            dates=(("decided", on),),
        )
    else:
        if notice.served_on > on:
            j.emit(
                "E4.notice-after-decision",
                on,
                "告知晚于处罚决定",
                "the notice came after the decision",
                cite,
                "$.notice.served_on",
                dates=(("notified", notice.served_on), ("decided", on)),
            )
        if not (notice.facts_reasons_basis and notice.rights_stated):
            j.emit(
                "E4.notice-incomplete",
                on,
                "告知未载明事实、理由、依据或陈述申辩权利",
                "the notice does not state the facts, reasons and basis or the rights to statement and defence",
                cite,
                "$.notice",
            )
    defence = case.defence
    if defence is not None and not defence.waived and not defence.heard:
        j.emit(
            "E4.defence-not-heard",
            on,
            "拒绝听取当事人的陈述、申辩后作出决定",
            "decided after refusing to hear the party's statement and defence",
            cite,
            "$.defence.heard",
        )


def _e5(case: EnforcementCase, j: _Judge) -> None:
    notice, request = case.notice, case.hearing_request
    if notice is not None and request is not None:
        start = notice.served_on
        resolved = j.value("E5", "enforcement.hearing_request_period.max", start)
        due = j.due_if_after(start, resolved, request.requested_on) if resolved else None
        if resolved is not None and due is not None and request.requested_on > due.due:
            j.emit(
                "E5.hearing-request-late",
                start,
                f"当事人于 {request.requested_on.isoformat()} 要求听证，超过告知后 {resolved.value}"
                f"{resolved.unit.label_zh}的期限（{due.due.isoformat()}）；行政机关可不组织听证",
                f"the party asked for a hearing on {request.requested_on.isoformat()}, after the {resolved.value} "
                f"{resolved.unit.value.replace('_', ' ')} from the notice ended on {due.due.isoformat()}; "
                f"the agency need not hold it",
                _law(resolved),
                "$.hearing_request.requested_on",
                resolved.key,
                (("notified", start), ("due", due.due), ("requested", request.requested_on)),
            )
    hearing = case.hearing
    if hearing is not None:
        start = hearing.notified_on
        resolved = j.value("E5", "enforcement.hearing_notice_period.min", start)
        latest = j.notice_day(hearing.held_on, resolved) if resolved else None
        if resolved is not None and latest is not None and hearing.notified_on > latest:
            j.emit(
                "E5.hearing-notice-too-short",
                start,
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
    right = decision is not None and decision.carries_hearing_right
    # A right resting only on a kind the 2017 list (ending in 等) does not name gets its own codes: the
    # profile's data make them warnings under that text, errors under 2021 Art. 63 ¶1, which names them.
    named = decision is None or _named_in_every_text(decision)
    if right and notice is not None and notice.hearing_right_stated is False:
        j.emit(
            "E12.hearing-right-not-told" if named else "E12.hearing-right-not-told-other-kind",
            on,
            "拟作出的处罚属于应当告知听证权利的种类，告知中未告知当事人有要求听证的权利",
            "the penalty is of a kind that carries the right to a hearing, and the notice did not tell the party of it",
            cite,
            "$.notice.hearing_right_stated",
        )
    elif right and notice is not None and notice.hearing_right_stated is None:
        j.emit(
            "E12.hearing-right-not-recorded",
            on,
            "拟作出的处罚属于应当告知听证权利的种类，未记录告知中是否告知了听证权利（hearing_right_stated）",
            "the penalty carries the right to a hearing; whether the notice told it is not recorded (hearing_right_stated)",
            cite,
            "$.notice.hearing_right_stated",
        )
    if hearing is not None:
        if hearing.presider_is_investigator:
            j.emit(
                "E12.presider-is-investigator",
                on,
                "听证由本案调查人员主持",
                "the hearing was presided by an investigator of the case",
                cite,
                "$.hearing.presider_is_investigator",
            )
        if not hearing.public and not (hearing.closed_reason or "").strip():
            j.emit(
                "E12.hearing-not-public",
                on,
                "听证未公开举行且未记录涉及国家秘密、商业秘密或者个人隐私",
                "the hearing was not public and no state secret, business secret or privacy is recorded",
                cite,
                "$.hearing.public",
            )
        if decision is not None and decision.decided_on < hearing.held_on:
            j.emit(
                "E12.decision-before-hearing",
                on,
                "处罚决定早于听证",
                "the decision came before the hearing",
                cite,
                "$.decision.decided_on",
            )
        if hearing.party_present is False:
            j.emit(
                "E12.party-absent",
                on,
                "当事人未出席听证（记录的事实）",
                "the party did not attend the hearing (a recorded fact)",
                cite,
                "$.hearing.party_present",
            )
    request = case.hearing_request
    if decision is None or request is None or hearing is not None or not right:
        return
    late = _late_request(case, j)
    if late is None:
        return  # past the calendar's coverage: whether the request was in time cannot be told (a warning)
    if late:
        return  # the party's late request: E5 says so (info); the agency need not hold a hearing
    answer = request.answer
    zh, en = "", ""
    if answer is HearingAnswer.DECLINED_LATE:
        zh, en = (
            "（行政机关以逾期为由拒绝，但申请未逾期）",
            " (the agency declined it as late, but it was in time)",
        )
    elif answer is HearingAnswer.DECLINED:
        reason = (request.answer_reason or "").strip()
        zh = f"（行政机关拒绝组织{'：' + reason if reason else ''}）"
        en = " (the agency declined it)"
    j.emit(
        "E12.hearing-not-held" if named else "E12.hearing-not-held-other-kind",
        on,
        f"当事人依法要求听证，未组织听证即作出决定{zh}",
        f"decided without the hearing the party requested in time{en}",
        cite,
        "$.hearing",
    )


#: Heavy kinds both penalty-law texts name: 责令停产停业, 吊销许可证 (2017 Art. 42 ¶1; 2021 Art. 63 ¶1(三)(四)).
_NAMED_KINDS = frozenset({PenaltyKind.SUSPENSION, PenaltyKind.LICENCE_REVOKED})


def _named_in_every_text(decision: PenaltyDecision) -> bool:
    """Whether the hearing right rests on what both texts name (a large fine, suspension, a revoked licence)
    or on the recorded ``hearing_right``; else only 2021 Art. 63 ¶1 names the kind (a large confiscation,
    a lowered qualification, closure, restricted employment), and 2017 Art. 42 ¶1 covers it, if at all,
    only by its closing 等."""
    if decision.hearing_right is not None:
        return True
    if decision.large_amount and PenaltyKind.FINE in decision.penalties:
        return True
    return any(kind in _NAMED_KINDS for kind in decision.penalties)


def _late_request(case: EnforcementCase, j: _Judge) -> bool | None:
    """Whether the party asked for the hearing after the period from the notice; None when the calendar
    cannot count that period and the request is not within it on any calendar (a ``CAL.coverage`` warning
    for E12: "requested in time" is then unknown, and an error would rest on a guess). A request no later
    than the period's unrolled last day (n working days take at least n days) is in time whatever the
    year's holidays are. A profile without the period sets no limit: in time."""
    notice, request = case.notice, case.hearing_request
    if notice is None or request is None:
        return False
    try:
        resolved = j.profile.get("enforcement.hearing_request_period.max", on=notice.served_on)
        period = resolved.period()
        return request.requested_on > deadline(notice.served_on, period, j.calendar).due
    except CalendarCoverageError as exc:
        floor = _unrolled_last(notice.served_on, period)
        if period.unit is PeriodUnit.WORKING_DAYS:
            floor = notice.served_on + dt.timedelta(days=period.amount)
        if floor is not None and request.requested_on <= floor:
            return False
        j.coverage(exc.year, "E12")
        return None
    except (NoSuchParameterError, NoRuleInForceError, InvariantError):
        return False
