"""处罚决定 — checks of the decision stage: legal review (E6), decision limit (E7), summary decisions (E13), collective decision (E15), the document (E16), reconsideration first for on-the-spot decisions (R3).

E6 is dated: the 2017 text (Art. 38 ¶3, from 2018-01-01) asks that a review take place before every
general-procedure decision, and says nothing of its outcome; the 2021 text (Art. 58) asks it in four
cases and adds "未经法制审核或者审核未通过的，不得作出决定". The rule state in force says which
(``refuses_step``), never a date in code.
"""

from __future__ import annotations

import datetime as dt

from xingzheng.checks.enforcement._judge import _cite, _Judge, _law
from xingzheng.model.enforcement import (
    EnforcementCase,
    PartyKind,
    PenaltyKind,
    ProcedureKind,
    review_required,
)
from xingzheng.model.review import ReviewOpinion
from xingzheng.rules import ResolvedValue


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
            if not reviewer.first_time:
                continue
            if reviewer.legal_qualification is False:
                j.emit(
                    "E6.reviewer-unqualified",
                    on,
                    f"初次从事法制审核的人员 {reviewer.name} 未取得法律职业资格",
                    f"first-time reviewer {reviewer.name} holds no legal professional qualification",
                    cite,
                    f"$.legal_review.reviewers[{index}].legal_qualification",
                )
            elif reviewer.legal_qualification is None:
                j.emit(
                    "E6.reviewer-qualification-not-recorded",
                    on,
                    f"未记录初次从事法制审核的人员 {reviewer.name} 是否取得法律职业资格",
                    f"whether first-time reviewer {reviewer.name} holds the legal professional qualification is not recorded",
                    cite,
                    f"$.legal_review.reviewers[{index}].legal_qualification",
                )
    if not required:
        return
    if review is None:
        j.emit(
            "E6.review-missing",
            on,
            "应当进行法制审核而未审核即作出决定",
            "decided without the legal review the case requires",
            cite,
            "$.legal_review",
            dates=(("decided", on),),
        )
        return
    if review.completed_on is None:
        j.emit(
            "E6.review-outcome-not-recorded",
            on,
            "法制审核未记录审核意见及日期，无法判断决定前是否完成审核",
            "the legal review records no opinion and date: whether it was completed before the decision cannot be judged",
            cite,
            "$.legal_review.completed_on",
            dates=(("decided", on),),
        )
        return
    if review.completed_on > on:
        j.emit(
            "E6.review-after-decision",
            on,
            "法制审核晚于处罚决定完成",
            "the legal review was completed after the decision",
            cite,
            "$.legal_review.completed_on",
            dates=(("reviewed", review.completed_on), ("decided", on)),
        )
        return
    opinion = review.opinion
    assert opinion is not None  # a review records its opinion and completed_on together
    if opinion is ReviewOpinion.LAWFUL:
        return
    if not rule.refuses_step:
        # 2017 Art. 38 ¶3 asks that a review take place; it says nothing of deciding against its opinion.
        j.emit(
            "E6.decided-against-review",
            on,
            f"审核意见为“{opinion.label}”，仍作出决定（2017年文本只要求进行审核）",
            f"decided against a '{opinion.name.lower().replace('_', ' ')}' review "
            "opinion (the 2017 text asks only that a review take place)",
            cite,
            "$.legal_review.opinion",
        )
    elif opinion is ReviewOpinion.UNLAWFUL:
        j.emit(
            "E6.review-not-passed",
            on,
            "法制审核意见为不合法，审核未通过，仍作出决定",
            "decided although the legal review found the decision unlawful (the review did not pass)",
            cite,
            "$.legal_review.opinion",
        )
    elif decision.amended_per_review is False:
        j.emit(
            "E6.amend-not-followed",
            on,
            "法制审核意见为应当予以修改，决定未按审核意见修改即作出（审核未通过）",
            "the legal review said the decision must be amended, and it was made without the amendment (the review did not pass)",
            cite,
            "$.decision.amended_per_review",
        )
    elif decision.amended_per_review is None:
        j.emit(
            "E6.amend-not-recorded",
            on,
            "法制审核意见为应当予以修改，未记录决定是否已按审核意见修改（amended_per_review）",
            "the legal review said the decision must be amended; whether it was amended is not recorded (amended_per_review)",
            cite,
            "$.decision.amended_per_review",
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
    other = case.decision_limit
    if other is not None and other.due_on is not None:
        _e7_other(case, j, as_of, resolved, other.due_on)
        return
    start = filed
    if other is not None and other.days_not_counted:
        # The provision leaves these calendar days out of the 90: the count starts that many days later
        # (the same last day as 90 + n days; docs/decisions.md, "Fidelity of enforcement cases").
        start = filed + dt.timedelta(days=other.days_not_counted)
    due = j.due_if_after(start, resolved, judged)
    if due is None:
        return
    if other is not None and not other.days_not_counted and judged > due.due:
        # Another provision governs (Art. 60 "从其规定") and the record does not say what it gives.
        j.emit(
            "E7.other-limit-not-recorded",
            filed,
            f"记录了另有规定（{other.basis}），未记录其规定的决定期限（decision_limit.due_on）；"
            f"{'决定于 ' + judged.isoformat() + ' 作出' if decision is not None else '至 ' + judged.isoformat() + ' 仍未决定'}"
            f"，晚于立案后 {resolved.value} 日（{due.due.isoformat()}），无法判断是否超过期限",
            f"another provision is recorded ({other.basis}) without the limit it sets (decision_limit.due_on); "
            f"{'decided on ' + judged.isoformat() if decision is not None else 'no decision on ' + judged.isoformat()}, "
            f"after the {resolved.value} days from filing ended on {due.due.isoformat()}: whether it was late cannot "
            "be judged",
            _law(resolved),
            "$.decision_limit.due_on",
            resolved.key,
            (("filed", filed), ("due", due.due), ("decided" if decision is not None else "as_of", judged)),
        )
        return
    n = other.days_not_counted if other is not None else 0
    skipped = (f"（另有规定不计入的 {n} 日除外）", f" ({n} day(s) not counted under another provision)") if n else ("", "")
    if decision is not None and decision.decided_on > due.due:
        late = (decision.decided_on - due.due).days
        j.emit(
            "E7.decision-overdue",
            filed,
            f"处罚决定于 {decision.decided_on.isoformat()} 作出，超过立案后 {resolved.value} 日{skipped[0]}的期限"
            f"（{due.due.isoformat()}）{late} 日",
            f"decided on {decision.decided_on.isoformat()}, {late} day(s) after the {resolved.value}-day limit "
            f"from filing{skipped[1]} ended on {due.due.isoformat()}",
            _law(resolved),
            "$.decision.decided_on",
            resolved.key,
            (("filed", filed), ("due", due.due), ("decided", decision.decided_on)),
        )
    elif decision is None and as_of is not None and as_of > due.due:
        j.emit(
            "E7.decision-overdue",
            filed,
            f"立案后 {resolved.value} 日{skipped[0]}（至 {due.due.isoformat()}）仍未作出处罚决定",
            f"no decision {resolved.value} days after filing{skipped[1]} (the limit ended on {due.due.isoformat()})",
            _law(resolved),
            "$.decision",
            resolved.key,
            (("filed", filed), ("due", due.due), ("as_of", as_of)),
        )


def _e7_other(
    case: EnforcementCase, j: _Judge, as_of: dt.date | None, resolved: ResolvedValue, due: dt.date
) -> None:
    """E7 under the limit another provision sets (Art. 60 "从其规定"), as the record gives its last day."""
    decision, filed, other = case.decision, case.filed_on, case.decision_limit
    assert filed is not None and other is not None
    cite = f"{_law(resolved)}; {other.basis}"
    if decision is not None and decision.decided_on > due:
        late = (decision.decided_on - due).days
        j.emit(
            "E7.decision-overdue",
            filed,
            f"处罚决定于 {decision.decided_on.isoformat()} 作出，超过依{other.basis}记录的决定期限"
            f"（{due.isoformat()}）{late} 日",
            f"decided on {decision.decided_on.isoformat()}, {late} day(s) after the limit recorded under "
            f"{other.basis} ended on {due.isoformat()}",
            cite,
            "$.decision.decided_on",
            resolved.key,
            (("filed", filed), ("due", due), ("decided", decision.decided_on)),
        )
    elif decision is None and as_of is not None and as_of > due:
        j.emit(
            "E7.decision-overdue",
            filed,
            f"依{other.basis}记录的决定期限（至 {due.isoformat()}）已过，仍未作出处罚决定",
            f"no decision by the limit recorded under {other.basis} (it ended on {due.isoformat()})",
            cite,
            "$.decision",
            resolved.key,
            (("filed", filed), ("due", due), ("as_of", as_of)),
        )


def _e13(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or decision.procedure is not ProcedureKind.SUMMARY:
        return
    on = decision.decided_on
    allowed = {PenaltyKind.WARNING, PenaltyKind.FINE}
    rule = j.rule("E13", on)
    if rule is not None:
        if any(kind not in allowed for kind in decision.penalties):
            j.emit(
                "E13.summary-penalty-kind",
                on,
                "当场处罚只能是警告或者罚款，其他处罚应当适用普通程序",
                "a summary decision may only be a warning or a fine; any other penalty follows the general procedure",
                _cite(rule.citations),
                "$.decision.penalties",
            )
        if decision.filed_with_agency_on is None:
            j.emit(
                "E13.summary-not-filed",
                on,
                "未记录当场作出的处罚决定报所属行政机关备案（filed_with_agency_on）",
                "the summary decision is not recorded as filed with the agency (filed_with_agency_on)",
                _cite(rule.citations),
                "$.decision.filed_with_agency_on",
            )
    citizen = case.party.kind is PartyKind.CITIZEN
    key = "enforcement.summary_fine_citizen.max" if citizen else "enforcement.summary_fine_organisation.max"
    resolved = j.value("E13", key, on)
    other_law = (case.other_law or "").strip()
    if resolved is not None and decision.fine_yuan > resolved.value and other_law:
        j.emit(
            "E13.summary-fine-too-high-other-law",
            on,
            f"当场罚款 {decision.fine_yuan} 元，超过 {resolved.value} 元；记录了另有规定的法律：{other_law}（无法核对）",
            f"a summary fine of {decision.fine_yuan} yuan exceeds {resolved.value} yuan; a law providing otherwise "
            f"is recorded: {other_law} (not verifiable)",
            "; ".join(filter(None, (_law(resolved), _cite(rule.citations) if rule is not None else ""))),
            "$.other_law",
            resolved.key,
        )
    elif resolved is not None and decision.fine_yuan > resolved.value:
        j.emit(
            "E13.summary-fine-too-high",
            on,
            f"当场罚款 {decision.fine_yuan} 元，超过 {resolved.value} 元，应当适用普通程序",
            f"a summary fine of {decision.fine_yuan} yuan exceeds {resolved.value} yuan; the general procedure applies",
            "; ".join(filter(None, (_law(resolved), _cite(rule.citations) if rule is not None else ""))),
            "$.decision.fine_yuan",
            resolved.key,
        )


def _e15(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or not case.complex_or_major_violation or not decision.penalties:
        return
    on = decision.decided_on
    rule = j.rule("E15", on)
    if rule is None:
        return
    if rule.has_tag("heavier-penalty-only") and not decision.heavy:
        return  # 2017 Art. 38 ¶2: only for heavier penalties
    collective = case.collective_decision
    if collective is None:
        j.emit(
            "E15.no-collective-decision",
            on,
            "情节复杂或者重大违法行为的处罚未经负责人集体讨论决定",
            "a complex or major violation was penalised without a collective decision of the heads",
            _cite(rule.citations),
            "$.collective_decision",
        )
    elif collective.decided_on > on:
        j.emit(
            "E15.collective-after-decision",
            on,
            "集体讨论晚于处罚决定",
            "the collective discussion came after the decision",
            _cite(rule.citations),
            "$.collective_decision.decided_on",
        )


def _e16(case: EnforcementCase, j: _Judge) -> None:
    decision = case.decision
    if decision is None or decision.procedure is not ProcedureKind.GENERAL or not decision.penalties:
        return
    on = decision.decided_on
    rule = j.rule("E16", on)
    if rule is None:
        return
    if not decision.states_remedies:
        j.emit(
            "E16.remedies-missing",
            on,
            "决定书未载明申请行政复议、提起行政诉讼的途径和期限",
            "the decision does not state the ways and time limits of reconsideration and litigation",
            _cite(rule.citations),
            "$.decision.states_remedies",
        )
    if not decision.sealed:
        j.emit(
            "E16.seal-missing",
            on,
            "决定书未盖行政机关印章",
            "the decision document carries no seal of the agency",
            _cite(rule.citations),
            "$.decision.sealed",
        )


def _r3(case: EnforcementCase, j: _Judge) -> None:
    """行政复议法 (2023) Art. 23 ¶1(一), ¶2: an on-the-spot (summary procedure) penalty decision must tell
    the party to apply for reconsideration first; judged on the day of the decision."""
    decision = case.decision
    if decision is None or decision.procedure is not ProcedureKind.SUMMARY:
        return
    on = decision.decided_on
    rule = j.rule("R3", on)
    if rule is None:
        return
    if decision.reconsideration_first_told is False:
        j.emit(
            "R3.on-the-spot-not-told",
            on,
            "当场作出的行政处罚决定未告知当事人先向行政复议机关申请行政复议",
            "the on-the-spot penalty decision did not tell the party to apply for administrative reconsideration first",
            _cite(rule.citations),
            "$.decision.reconsideration_first_told",
        )
    elif decision.reconsideration_first_told is None:
        j.emit(
            "R3.on-the-spot-telling-not-recorded",
            on,
            "当场作出的行政处罚决定未记录是否告知复议前置（decision.reconsideration_first_told）",
            "the on-the-spot penalty decision does not record whether reconsideration-first was told "
            "(decision.reconsideration_first_told)",
            _cite(rule.citations),
            "$.decision.reconsideration_first_told",
        )
