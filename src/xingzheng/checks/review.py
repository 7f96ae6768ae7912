"""Checks of a legality review: the L rules (clock, opinion, form, contracts) and its duration (N7 / D4).

One fact, one code (DOMAIN.md): a review's duration is N7 for documents and D4 for decisions; L-rules name
the review record's own form (L1 clock, L3 opinion, L4, L5).
"""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._common import Judge, cite, count_label, upcoming
from xingzheng.checks._report import DateFact, Report, Upcoming
from xingzheng.model.review import LegalityReview, ReviewerRole, ReviewForm, ReviewOpinion, SubjectKind
from xingzheng.rules import Profile, ResolvedValue

__all__ = ["check_review", "judge_review", "review_duration", "upcoming_review"]

_DURATION = {
    SubjectKind.NORMATIVE_DOCUMENT: ("N7", "normative_document.review_period"),
    SubjectKind.MAJOR_DECISION: ("D4", "major_decision.review_period"),
}
#: The rule and the keys of its minimum and maximum, by subject kind.
_KEYS = {kind: (rule, f"{stem}.min", f"{stem}.max") for kind, (rule, stem) in _DURATION.items()}
_ADVISERS = frozenset({ReviewerRole.LEGAL_ADVISER, ReviewerRole.GOVERNMENT_LAWYER})


def review_duration(
    j: Judge,
    review: LegalityReview,
    path: str,
    *,
    exception: bool = False,
) -> None:
    """Judge the duration of a review of a document (N7) or a decision (D4) from its clock start (L1).

    Args:
        j: the judge collecting findings.
        review: the review.
        path: the JSON path of the review.
        exception: the document is made at once for an emergency or an urgent order (115号 （五）): a
            parameter with a stated condition does not apply.
    """
    keys = _KEYS.get(review.subject_kind)
    if keys is None:
        return
    rule, min_key, max_key = keys
    start = review.clock_starts_on
    if start is None:
        return
    end = review.completed_on
    if end is not None and end < start:
        return  # an opinion before the clock (re)started is L1's finding; it has no duration
    if j.rule(rule, start, path) is None:
        return
    minimum = j.param(min_key, rule, start, path)
    maximum = _optional_param(j, max_key, rule, start)
    if exception:
        kept: list[ResolvedValue] = []
        for value in (minimum, maximum):
            if value is None:
                continue
            if value.parameter.condition:
                j.emit(
                    f"{rule}.emergency-exception",
                    start,
                    f"为应对突发事件或者执行上级紧急命令需立即制定，{value.key} 不适用",
                    f"made at once for an emergency or an urgent order: {value.key} does not apply",
                    cite(value),
                    f"{path}",
                    value.key,
                )
            else:
                kept.append(value)
        minimum = next((v for v in kept if v.key.endswith(".min")), None)
        maximum = next((v for v in kept if v.key.endswith(".max")), None)
    if end is not None:
        used = j.workdays(start, end, f"{path}.completed_on")
        if used is None:
            return
        if minimum is not None:
            _judge_floor(j, review, rule, minimum, start, end, used, path)
        if maximum is not None and used > maximum.value:
            zh_n, en_n = count_label(maximum)
            j.emit(
                f"{rule}.review-too-long",
                start,
                f"合法性审核自收齐材料之日起用了{used}个工作日，超过最长{zh_n}",
                f"the legality review took {used} working days from the materials-complete date, more than "
                f"the maximum of {en_n}",
                cite(maximum),
                f"{path}.completed_on",
                maximum.key,
                (DateFact("clock_start", start), DateFact("completed", end)),
            )
        return
    if j.as_of is not None and maximum is not None:
        due = j.deadline(start, maximum.period(), path)
        if due is not None and j.as_of > due.due:
            j.emit(
                f"{rule}.review-overdue",
                start,
                f"合法性审核应于 {due.due.isoformat()} 前完成，至 {j.as_of.isoformat()} 尚无审核意见",
                f"the legality review was due by {due.due.isoformat()} and has no opinion on {j.as_of.isoformat()}",
                cite(maximum),
                f"{path}.completed_on",
                maximum.key,
                (DateFact("clock_start", start), DateFact("due", due.due), DateFact("as_of", j.as_of)),
            )


def _optional_param(j: Judge, key: str, rule: str, on: dt.date) -> ResolvedValue | None:
    # A maximum is optional (decisions have none): its absence is not a finding.
    if key not in j.profile.parameters:
        return None
    return j.param(key, rule, on)


def _judge_floor(
    j: Judge,
    review: LegalityReview,
    rule: str,
    minimum: ResolvedValue,
    start: dt.date,
    end: dt.date,
    used: int,
    path: str,
) -> None:
    """The floor of a review's duration, and the parent's where this profile's is laxer (numbers stated)."""
    dates = (DateFact("clock_start", start), DateFact("completed", end))
    if used < minimum.value:
        zh_n, en_n = count_label(minimum)
        reason = minimum.parameter.general and bool(review.short_period_reason)
        zh_tail, en_tail = ("（已记录缩短理由）", " (a reason is recorded)") if reason else ("", "")
        total = _days_reviewed(j, review, end, path) if review.returns and not reason else None
        if total is not None and total >= minimum.value:
            # Short only because the clock restarted after a return: the restart is the library's reading
            # (115号 （五） and 713号令 Art. 26 ¶1 say only 可以退回), so it cannot make an error (a warning).
            first = _first_complete(review)
            j.emit(
                f"{rule}.review-short-after-return",
                start,
                f"合法性审核自材料重新收齐之日起只有{used}个工作日，少于本配置（{minimum.profile}）的{zh_n}；"
                f"自首次收齐材料之日起（退回、补充期间除外）共{total}个工作日",
                f"the legality review took {used} working days from the day the materials were complete again, "
                f"less than the {en_n} of this profile ({minimum.profile}); {total} working days from the first "
                f"materials-complete day, the days the materials were away left out",
                cite(minimum),
                f"{path}.completed_on",
                minimum.key,
                (DateFact("first_complete", first), *dates) if first is not None else dates,
            )
            return
        since_request = _days_reviewed(j, review, end, path, review.requested_on) if rule == "D4" and not reason else None
        if since_request is not None and since_request >= minimum.value and review.requested_on < start:
            # A decision's review floor names no start (the seed: "合法性审查时间不少于5个工作日"; 713号令 Art. 26
            # ¶2 ties it to the sending): counted from the request it is met, so it cannot make an error.
            j.emit(
                "D4.review-short-from-materials",
                start,
                f"合法性审查自收齐材料之日起只有{used}个工作日，少于本配置（{minimum.profile}）的{zh_n}；"
                f"自送审之日起（退回、补充期间除外）共{since_request}个工作日，规定未明确起算日",
                f"the legality review took {used} working days from the materials-complete date, less than the "
                f"{en_n} of this profile ({minimum.profile}); {since_request} working days from the request, the "
                "days the materials were away left out (the rule names no start)",
                cite(minimum),
                f"{path}.completed_on",
                minimum.key,
                (DateFact("requested", review.requested_on), *dates),
            )
            return
        j.emit(
            f"{rule}.review-shortened-with-reason" if reason else f"{rule}.review-too-short",
            start,
            f"合法性审核自收齐材料之日起只有{used}个工作日，少于本配置（{minimum.profile}）的{zh_n}{zh_tail}",
            f"the legality review took {used} working days from the materials-complete date, less than the "
            f"{en_n} of this profile ({minimum.profile}){en_tail}",
            cite(minimum),
            f"{path}.completed_on",
            minimum.key,
            dates,
        )
        return
    parent = j.laxer_parent(minimum, start)
    if parent is not None and used < parent.value:
        zh_n, en_n = count_label(parent)
        zh_o, en_o = count_label(minimum)
        j.emit(
            f"{rule}.review-too-short-for-parent",
            start,
            f"合法性审核用了{used}个工作日：符合本配置（{minimum.profile}）的{zh_o}，但少于上级规则（{parent.profile}）的{zh_n}",
            f"the legality review took {used} working days: enough for the {en_o} of this profile "
            f"({minimum.profile}), but less than the {en_n} of the parent rule ({parent.profile})",
            cite(parent),
            f"{path}.completed_on",
            parent.key,
            dates,
        )


def _first_complete(review: LegalityReview) -> dt.date | None:
    """The day the materials were first complete (a return on submission: the day they were complete again)."""
    if review.materials_complete_on is not None:
        return review.materials_complete_on
    return next((r.complete_again_on for r in review.returns if r.complete_again_on is not None), None)


def _days_reviewed(
    j: Judge, review: LegalityReview, end: dt.date, path: str, since: dt.date | None = None
) -> int | None:
    """Working days in (first complete, end], less those in each return's (returned, complete again].

    The reviewer's time across returns: the days the materials were away are left out, the days before a
    return kept. None when the first complete day is unknown or after ``end``, or the calendar cannot count.
    ``since`` counts from that day instead of the first complete day (a decision's request day).
    """
    first = _first_complete(review) if since is None else since
    if first is None or end < first:
        return None
    total = j.workdays(first, end, f"{path}.completed_on")
    for item in review.returns:
        again = item.complete_again_on if item.complete_again_on is not None else end
        begin, stop = max(item.returned_on, first), min(again, end)
        if total is None or stop <= begin:
            continue
        away = j.workdays(begin, stop, f"{path}.completed_on")
        total = None if away is None else total - away
    return total


def judge_review(j: Judge, review: LegalityReview, path: str) -> None:
    """The L rules about the review record itself: L1 clock, L3 opinion, L4 form, L5 contracts."""
    start = review.clock_starts_on
    on = start or review.materials_complete_on or review.requested_on  # the day the L rules are read on
    if review.subject_kind is SubjectKind.MAJOR_DECISION and j.profile.rule_in_force("D4", on) is None:
        return  # a decision's review rules are 713号令's (Art. 25–28): not in force (D4 says so, as no-rule)
    # L1: no opinion before the materials are complete (the clock restarts after each return): the
    # restart is the library's reading and returning is a permission (可以退回), so a warning.
    completed = review.completed_on
    if completed is not None and review.subject_kind in _DURATION:
        l1 = j.rule("L1", on, path)
        if l1 is not None and review.materials_complete_on is None and not review.returns:
            j.emit(
                "L1.materials-complete-not-recorded",
                on,
                "已出具审核意见，未记录收齐材料之日（materials_complete_on）",
                "an opinion was given and no materials-complete day is recorded (materials_complete_on)",
                cite(l1),
                f"{path}.materials_complete_on",
            )
        elif l1 is not None and (start is None or completed < start):
            j.emit(
                "L1.opinion-before-materials-complete",
                on,
                "审核意见出具时材料尚未收齐（退回或补充材料后，审核时间自材料收齐之日重新起算）",
                "the opinion was given before the materials were complete (after a return or supplement "
                "the clock starts again when they are complete)",
                cite(l1),
                f"{path}.completed_on",
                dates=(DateFact("completed", completed),)
                + ((DateFact("clock_start", start),) if start is not None else ()),
            )
    # L4: consultation, countersigning or attending deliberation never replace the review.
    if review.form is not ReviewForm.REVIEW and review.subject_kind in _DURATION:
        l4 = j.rule("L4", on, path)
        if l4 is not None:
            j.emit(
                "L4.review-replaced",
                on,
                f"以{_FORM_ZH[review.form]}代替合法性审核",
                f"the legality review was replaced by {review.form.value.replace('_', ' ')}",
                cite(l4),
                f"{path}.form",
            )
    # L3: a written opinion (documents: 115号 （六）; 713号令 sets no form); advisers for decisions.
    if review.opinion is not None and review.subject_kind in _DURATION:
        value = j.rule("L3", on, path)
        if value is not None:
            if not review.written and review.subject_kind is SubjectKind.NORMATIVE_DOCUMENT:
                j.emit(
                    "L3.opinion-not-written",
                    on,
                    "审核意见未采用书面形式",
                    "the review opinion is not in writing",
                    cite(value),
                    f"{path}.written",
                )
            if review.opinion is not ReviewOpinion.LAWFUL and not review.reasons:
                j.emit(
                    "L3.reasons-missing",
                    on,
                    f"审核意见为“{review.opinion.value}”，未记录理由",
                    f"the opinion is “{review.opinion.value}” and records no reasons",
                    cite(value),
                    f"{path}.reasons",
                )
            if review.subject_kind is SubjectKind.MAJOR_DECISION:
                if not review.reviewers:
                    j.emit(
                        "L3.reviewers-not-recorded",
                        on,
                        "合法性审查未记录审查人员（reviewers），无从判断是否组织法律顾问、公职律师提出法律意见",
                        "the review records no reviewers (reviewers): whether legal advisers or government "
                        "lawyers gave opinions is not recorded",
                        cite(value),
                        f"{path}.reviewers",
                    )
                elif _ADVISERS.isdisjoint(reviewer.role for reviewer in review.reviewers):
                    j.emit(
                        "L3.advisers-not-organised",
                        on,
                        "合法性审查未组织法律顾问、公职律师提出法律意见",
                        "the review did not have legal advisers or government lawyers give legal opinions",
                        cite(value),
                        f"{path}.reviewers",
                    )
    # L5: contracts reviewed by the legal office and the legal adviser, and followed.
    if review.subject_kind is SubjectKind.CONTRACT:
        value = j.rule("L5", on, path)
        if value is not None:
            roles = {reviewer.role for reviewer in review.reviewers}
            missing = [
                name
                for role, name in (
                    (ReviewerRole.LEGAL_OFFICE, "法制办 / legal office"),
                    (ReviewerRole.LEGAL_ADVISER, "法律顾问 / legal adviser"),
                )
                if role not in roles
            ]
            if not review.reviewers:
                j.emit(
                    "L5.reviewers-not-recorded",
                    on,
                    "合同审查未记录审查人员（reviewers）",
                    "the contract review records no reviewers (reviewers)",
                    cite(value),
                    f"{path}.reviewers",
                )
            elif missing:
                j.emit(
                    "L5.reviewers-missing",
                    on,
                    "合同未经" + "、".join(m.split(" / ")[0] for m in missing) + "审查",
                    "the contract was not reviewed by the "
                    + " and the ".join(m.split(" / ")[1] for m in missing),
                    cite(value),
                    f"{path}.reviewers",
                )
            if review.opinion_followed is False:
                j.emit(
                    "L5.opinion-not-followed",
                    on,
                    "合同未按审查意见修改和执行",
                    "the contract was not amended and performed as the review opinion says",
                    cite(value),
                    f"{path}.opinion_followed",
                )


_FORM_ZH = {
    ReviewForm.REVIEW: "合法性审核",
    ReviewForm.CONSULTATION_ONLY: "征求意见",
    ReviewForm.COUNTERSIGNATURE: "会签",
    ReviewForm.DELIBERATION_ATTENDANCE: "参加审议",
}


@register_checker(LegalityReview)
def check_review(
    review: LegalityReview, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Check a legality review on its own: its L rules and, for documents and decisions, its duration."""
    j = Judge(profile, calendar, as_of)
    judge_review(j, review, "$")
    review_duration(j, review, "$")
    return j.report("legality_review", f"{review.subject_kind.value} {review.requested_on.isoformat()}")


def review_due(j: Judge, review: LegalityReview, path: str, *, exception: bool = False) -> tuple[Upcoming, ...]:
    """The review's own deadline (documents: the maximum review time from the clock start).

    With ``exception`` (a document made at once for an emergency or an urgent order, 115号 （五）), a
    maximum whose parameter states that condition does not apply: nothing is due.
    """
    start = review.clock_starts_on
    if start is None or review.completed_on is not None or review.subject_kind not in _DURATION:
        return ()
    rule, stem = _DURATION[review.subject_kind]
    if f"{stem}.max" not in j.profile.parameters:
        return ()
    if exception:
        maximum = j.param(f"{stem}.max", rule, start, path)
        if maximum is None or maximum.parameter.condition:
            return ()
    item = upcoming(
        j,
        f"{stem}.max",
        rule,
        start,
        "合法性审核应于 {due} 前出具意见",
        "the legality review must end by {due}",
        path,
    )
    return () if item is None else (item,)


@register_upcoming(LegalityReview)
def upcoming_review(
    review: LegalityReview, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next for a review."""
    return review_due(Judge(profile, calendar, as_of), review, "$")
