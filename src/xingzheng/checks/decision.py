"""Checks of a major decision: D1–D14 (and the L rules of its legality review)."""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._common import Judge, cite, count_label, first_known, upcoming
from xingzheng.checks._report import DateFact, Report, Severity, Upcoming
from xingzheng.checks.review import judge_review, review_due, review_duration
from xingzheng.model.decision import (
    BodyKind,
    DiscussionMaterial,
    EvaluationTrigger,
    MajorDecision,
    MeetingKind,
    exploratory_exception,
)
from xingzheng.model.review import ReviewOpinion
from xingzheng.model.values import ConsulteeKind
from xingzheng.rules import Profile, ResolvedValue

__all__ = ["check_major_decision", "upcoming_major_decision"]


def _reference_day(d: MajorDecision, as_of: dt.date | None) -> dt.date | None:
    pp = d.public_participation
    return first_known(
        d.decided_on,
        d.legality_review.requested_on if d.legality_review else None,
        d.risk_assessment.completed_on if d.risk_assessment else None,
        d.expert_argumentation.held_on if d.expert_argumentation else None,
        d.hearing.held_on if d.hearing else None,
        pp.comment_opened_on if pp else None,
        as_of,
    )


@register_checker(MajorDecision)
def check_major_decision(
    d: MajorDecision, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Judge a major decision by the rules in force on the dates of its steps."""
    j = Judge(profile, calendar, as_of)
    on = _reference_day(d, as_of)
    if on is not None:
        _d11(j, d, on)
        _participation(j, d, on)
        _review(j, d)
        _steps(j, d, on)
        _discussion(j, d)
        _hearing(j, d)
        _experts(j, d)
        _risk(j, d)
        _after(j, d, on)
    return j.report("major_decision", d.title)


def _d11(j: Judge, d: MajorDecision, on: dt.date) -> None:
    if d.body_kind is not BodyKind.STREET_OFFICE:
        return
    value = j.rule("D11", on, "$.body_kind")
    if value is not None and not value.has_tag("street-offices"):
        j.add(
            "D11.street-office-not-named",
            Severity.INFO,
            "重大行政决策程序暂行条例未列明街道办事处；按其规定检查",
            "713号令 names no street office; checked as if it applied",
            cite(value),
            "$.body_kind",
        )


def _participation(j: Judge, d: MajorDecision, on: dt.date) -> None:
    pp = d.public_participation
    path = "$.public_participation"
    if pp is not None and pp.comment_opened_on is not None and pp.comment_closes_on is not None:
        opened, closes = pp.comment_opened_on, pp.comment_closes_on
        d2 = j.rule("D2", opened, path)
        minimum = j.param("major_decision.comment_period.min", "D2", opened, path) if d2 is not None else None
        if (
            d2 is not None
            and minimum is not None
            and (d.high_public_concern or not d2.has_tag("high-public-concern-only"))
        ):
            due = j.deadline(opened, minimum.period(), f"{path}.comment_closes_on")
            if due is not None and closes < due.due:
                reason = minimum.parameter.general and bool(pp.short_period_reason)
                zh_n, en_n = count_label(minimum)
                j.add(
                    "D2.comment-period-too-short",
                    Severity.WARNING if reason else Severity.ERROR,
                    f"征求意见期限少于{zh_n}：应至少至 {due.due.isoformat()}，实际 {closes.isoformat()} 截止"
                    + ("（已说明缩短理由）" if reason else ""),
                    f"the comment period is shorter than {en_n}: it had to run until {due.due.isoformat()}, it "
                    f"closed on {closes.isoformat()}" + (" (a reason was stated)" if reason else ""),
                    cite(minimum),
                    f"{path}.comment_closes_on",
                    minimum.key,
                    (
                        DateFact("opened", opened),
                        DateFact("required_close", due.due),
                        DateFact("actual_close", closes),
                    ),
                )
        elif d2 is not None and minimum is not None:
            _participation_parent(j, minimum, opened, closes, path)
        if d2 is not None and not pp.explanation_given:
            j.add(
                "D2.explanation-missing",
                Severity.ERROR,
                "公开征求意见未附决策草案说明",
                "the draft was put to comment without an explanation",
                cite(d2),
                f"{path}.explanation_given",
            )
        if (
            d2 is not None
            and d.high_public_concern
            and pp.feedback_published_on is None
            and d.decided_on is not None
            and d2.has_tag("feedback-required")
        ):
            j.add(
                "D2.feedback-missing",
                Severity.ERROR,
                "未向社会反馈意见采纳情况和理由",
                "no feedback on which opinions were adopted and why",
                cite(d2),
                f"{path}.feedback_published_on",
            )
    elif d.high_public_concern and d.decided_on is not None and not d.confidential:
        d2 = j.rule("D2", on, path)
        if d2 is not None and d2.has_tag("comment-required"):
            j.add(
                "D2.comment-missing",
                Severity.ERROR,
                "社会关注高的决策事项未公开征求意见",
                "a matter of high public concern was not put to public comment",
                cite(d2),
                path,
            )
    if d.affects_specific_groups:
        d3 = j.rule("D3", on, f"{path}.consultations")
        if d3 is not None:
            required = {
                ConsulteeKind.PEOPLES_ORGANISATIONS,
                ConsulteeKind.SOCIAL_ORGANISATIONS,
                ConsulteeKind.PUBLIC_REPRESENTATIVES,
            }
            if d3.has_tag("enterprises"):
                required |= {ConsulteeKind.ENTERPRISES, ConsulteeKind.INDUSTRY_ASSOCIATIONS}
            heard = {k for c in (pp.consultations if pp else ()) for k in c.consultees}
            missing = sorted(k.value for k in required - heard)
            if missing and d.decided_on is not None:
                j.add(
                    "D3.groups-not-heard",
                    Severity.ERROR,
                    "未听取下列方面的意见：" + "、".join(missing),
                    "these were not heard: " + ", ".join(missing),
                    cite(d3),
                    f"{path}.consultations",
                )


def _participation_parent(
    j: Judge, minimum: ResolvedValue, opened: dt.date, closes: dt.date, path: str
) -> None:
    """A comment period outside the profile's own D2 scope, judged by the parent's floor as a warning.

    The seed's 30 days cover matters of high public concern only; a street office that adopts 713号令
    (seed 二(一)2, D11) is still bound by its Art. 15 for every draft put to public comment. The library
    reports that instead of choosing silently: a warning citing the parent, as for a laxer child value.
    """
    parent = j.parent_value(minimum, opened)
    if parent is None:
        return
    due = j.deadline(opened, parent.period(), f"{path}.comment_closes_on")
    if due is None or closes >= due.due:
        return
    zh_n, en_n = count_label(parent)
    j.add(
        "D2.comment-period-too-short-for-parent",
        Severity.WARNING,
        f"本配置的征求意见期限只适用于社会关注高的事项，但上级规则（{parent.profile}）要求不少于{zh_n}："
        f"应至少至 {due.due.isoformat()}，实际 {closes.isoformat()} 截止",
        f"this profile's comment floor covers matters of high public concern only, but the parent rule "
        f"({parent.profile}) asks for {en_n}: it had to run until {due.due.isoformat()}, it closed on "
        f"{closes.isoformat()}",
        cite(parent),
        f"{path}.comment_closes_on",
        parent.key,
        (DateFact("opened", opened), DateFact("required_close", due.due), DateFact("actual_close", closes)),
    )


def _review(j: Judge, d: MajorDecision) -> None:
    review = d.legality_review
    if review is None:
        return
    judge_review(j, review, "$.legality_review")
    review_duration(j, review, "$.legality_review")


def _steps(j: Judge, d: MajorDecision, on: dt.date) -> None:
    if d.decided_on is None:
        return
    d5 = j.rule("D5", on, "$")
    if d5 is None:
        return
    strict = d5.has_tag("unconditional")
    checks = (
        (
            not d.confidential,
            d.public_participation is not None,
            "public-participation-missing",
            "公众参与",
            "public participation",
            "$.public_participation",
        ),
        (
            strict or d.technical,
            d.expert_argumentation is not None,
            "expert-argumentation-missing",
            "专家论证",
            "expert argumentation",
            "$.expert_argumentation",
        ),
        (
            strict
            or (
                d.stability_risk
                and not (d.risk_assessment is not None and d.risk_assessment.already_assessed)
            ),
            d.risk_assessment is not None,
            "risk-assessment-missing",
            "风险评估",
            "risk assessment",
            "$.risk_assessment",
        ),
    )
    for needed, done, code, zh, en, path in checks:
        if needed and not done:
            j.add(
                f"D5.{code}",
                Severity.ERROR,
                f"未履行{zh}程序",
                f"the statutory step of {en} is missing",
                cite(d5),
                path,
            )


def _discussion(j: Judge, d: MajorDecision) -> None:
    discussion = d.discussion
    if discussion is None:
        return
    held = discussion.held_on
    path = "$.discussion"
    # Only an opinion given by the day of the meeting counts, and only an amendment made after it (Art. 28).
    opinion = d.opinion_on(held)
    d6 = j.rule("D6", held, path)
    if d6 is not None:
        if opinion is ReviewOpinion.MUST_BE_AMENDED and not d.amended_by(held):
            j.add(
                "D6.discussed-before-amendment",
                Severity.ERROR,
                "审查意见为应当予以修改，未记录修改即提交讨论",
                "the review said the draft must be amended; it went to discussion with no amendment recorded",
                cite(d6),
                "$.review_amendment",
            )
        elif opinion is None or opinion is ReviewOpinion.UNLAWFUL:
            if d.exploratory_reform and d.legal_risk_statement and exploratory_exception(j.profile, held):
                j.add(
                    "D6.exploratory-reform-exception",
                    Severity.INFO,
                    "探索性改革决策事项，已明示法律风险后提交讨论",
                    "an exploratory reform, discussed with its legal risk stated",
                    cite(d6),
                    "$.legal_risk_statement",
                )
            else:
                j.add(
                    "D6.discussed-without-lawful-opinion",
                    Severity.ERROR,
                    "决策草案未经合法性审查或者经审查不合法，提交了讨论",
                    "the draft went to discussion without a legality review or after an unlawful opinion",
                    cite(d6),
                    path,
                    dates=(DateFact("discussion", held),),
                )
    d7 = j.rule("D7", held, path)
    if d7 is not None:
        if discussion.meeting_kind is MeetingKind.OTHER:
            j.add(
                "D7.not-executive-or-plenary",
                Severity.ERROR,
                "决策草案未经常务会议或者全体会议讨论",
                "the draft was not discussed at an executive or plenary meeting",
                cite(d7),
                f"{path}.meeting_kind",
            )
        if not discussion.head_spoke_last:
            j.add(
                "D7.head-did-not-speak-last",
                Severity.ERROR,
                "行政首长未最后发言",
                "the head did not speak last",
                cite(d7),
                f"{path}.head_spoke_last",
            )
        if (
            discussion.decision is not None
            and discussion.majority_view is not None
            and discussion.decision is not discussion.majority_view
            and not discussion.head_reasons
        ):
            j.add(
                "D7.departure-not-explained",
                Severity.ERROR,
                "行政首长的决定与多数人意见不一致，未在会上说明理由",
                "the head's decision differs from the majority's view and no reasons were given at the meeting",
                cite(d7),
                f"{path}.head_reasons",
            )
        if not discussion.minutes_recorded:
            j.add(
                "D7.not-recorded",
                Severity.ERROR,
                "集体讨论情况未如实记录",
                "the discussion was not recorded",
                cite(d7),
                f"{path}.minutes_recorded",
            )
    if discussion.materials:
        d12 = j.rule("D12", held, f"{path}.materials")
        if d12 is not None:
            needed = {DiscussionMaterial.DRAFT, DiscussionMaterial.LEGALITY_REVIEW_OPINION}
            if d.affects_market_entities:
                needed.add(DiscussionMaterial.FAIR_COMPETITION_REVIEW)
            missing = sorted(m.value for m in needed - set(discussion.materials))
            if missing:
                j.add(
                    "D12.materials-incomplete",
                    Severity.ERROR,
                    "提交讨论的材料缺少：" + "、".join(missing),
                    "the materials for discussion lack: " + ", ".join(missing),
                    cite(d12),
                    f"{path}.materials",
                )


def _hearing(j: Judge, d: MajorDecision) -> None:
    hearing = d.hearing
    if hearing is None:
        return
    path = "$.hearing"
    d9 = j.rule("D9", hearing.held_on, path)
    if d9 is None:
        return
    if (
        hearing.participant_list_published_on is None
        or hearing.participant_list_published_on >= hearing.held_on
    ):
        j.add(
            "D9.participant-list-not-published",
            Severity.ERROR,
            "听证参加人名单未提前向社会公布",
            "the participant list was not published in advance",
            cite(d9),
            f"{path}.participant_list_published_on",
        )
    minimum = j.param("major_decision.hearing_materials_notice.min", "D9", hearing.held_on, path)
    if minimum is None:
        return
    latest = j.latest_notice(hearing.held_on, minimum.period(), f"{path}.materials_sent_on")
    if latest is None:
        return
    sent = hearing.materials_sent_on
    if sent is None or sent > latest:
        zh_n, en_n = count_label(minimum)
        j.add(
            "D9.materials-late",
            Severity.ERROR,
            f"听证会材料应于听证会{zh_n}前（至迟 {latest.isoformat()}）送达",
            f"hearing materials had to reach participants {en_n} before the hearing (by {latest.isoformat()})",
            cite(minimum),
            f"{path}.materials_sent_on",
            minimum.key,
            (DateFact("latest", latest), DateFact("hearing", hearing.held_on))
            + ((DateFact("sent", sent),) if sent else ()),
        )


def _experts(j: Judge, d: MajorDecision) -> None:
    arg = d.expert_argumentation
    if arg is None:
        return
    interested = [i for i, e in enumerate(arg.experts) if e.direct_interest]
    if not interested:
        return
    d10 = j.rule("D10", arg.held_on, "$.expert_argumentation.experts")
    if d10 is None:
        return
    for index in interested:
        j.add(
            "D10.interested-expert",
            Severity.ERROR,
            "选择了与决策事项有直接利害关系的专家或专业机构",
            "an expert or professional body with a direct interest in the matter was chosen",
            cite(d10),
            f"$.expert_argumentation.experts[{index}].direct_interest",
        )


def _risk(j: Judge, d: MajorDecision) -> None:
    risk = d.risk_assessment
    if risk is None or risk.already_assessed:
        return
    d13 = j.rule("D13", risk.completed_on, "$.risk_assessment")
    if d13 is None:
        return
    missing = [
        name
        for ok, name in (
            (risk.risk_points, "风险点 / risk points"),
            (risk.measures, "防范措施 / measures"),
            (risk.response_plan, "处置预案 / response plan"),
        )
        if not ok
    ]
    if missing:
        j.add(
            "D13.report-incomplete",
            Severity.ERROR,
            "风险评估报告缺少：" + "、".join(m.split(" / ")[0] for m in missing),
            "the risk assessment report lacks " + ", ".join(m.split(" / ")[1] for m in missing),
            cite(d13),
            "$.risk_assessment",
        )
    if not risk.controllable and not risk.draft_adjusted and d.decided_on is not None:
        j.add(
            "D13.uncontrollable-risk-not-adjusted",
            Severity.ERROR,
            "风险不可控，未调整决策草案即作出决策",
            "the risk was judged uncontrollable and the draft was not adjusted before the decision",
            cite(d13),
            "$.risk_assessment.draft_adjusted",
        )


def _after(j: Judge, d: MajorDecision, on: dt.date) -> None:
    decided = d.decided_on
    if decided is None:
        return
    if not d.confidential:
        d1 = j.rule("D1", decided, "$.publication")
        if d1 is not None:
            if d.publication is None and j.as_of is not None:
                j.add(
                    "D1.not-published",
                    Severity.ERROR,
                    "决策事项、依据和结果未公开",
                    "the decision, its basis and its result are not published",
                    cite(d1),
                    "$.publication",
                )
            if (
                d.publication is not None
                and (d.high_public_concern or d.technical)
                and not d.adoption_explained
                and d1.has_tag("adoption-explanation")
            ):
                j.add(
                    "D1.adoption-not-explained",
                    Severity.WARNING,
                    "公布决策时未说明公众意见、专家论证意见的采纳情况",
                    "the publication does not explain how public and expert opinions were adopted",
                    cite(d1),
                    "$.adoption_explained",
                )
    d14 = j.rule("D14", decided, "$")
    if d14 is not None:
        issued = d.publication.published_on if d.publication is not None else None
        reported = d.reported_to_party_committee_on
        if issued is not None and (reported is None or reported > issued):
            j.add(
                "D14.not-reported-to-party-committee",
                Severity.ERROR,
                "决策出台前未向同级党委请示报告",
                "the decision was not reported to the same-level Party committee before issue",
                cite(d14),
                "$.reported_to_party_committee_on",
            )
        if d.archived is False:
            j.add(
                "D14.not-archived",
                Severity.ERROR,
                "决策过程记录和材料未归档",
                "the records and materials of the procedure were not archived",
                cite(d14),
                "$.archived",
            )
    triggers = set(d.evaluation_triggers)
    d8 = j.rule("D8", decided, "$.post_evaluation")
    if d8 is None:
        return
    mandatory = d8.has_tag("mandatory") and bool(
        triggers & {EvaluationTrigger.RESULTS_FALL_SHORT, EvaluationTrigger.MANY_OPINIONS}
    )
    if mandatory and d.post_evaluation is None:
        j.add(
            "D8.evaluation-missing",
            Severity.ERROR,
            "决策明显未达到预期效果或者公众意见较多，未进行决策后评估",
            "results fell clearly short or many opinions were raised, and no post-decision evaluation was made",
            cite(d8),
            "$.post_evaluation",
        )
    ev = d.post_evaluation
    if ev is not None:
        if ev.third_party and ev.evaluator_did_pre_decision_work:
            j.add(
                "D8.evaluator-not-independent",
                Severity.ERROR,
                "受委托的第三方承担过决策前的主要论证评估工作",
                "the commissioned third party did the main pre-decision argumentation or assessment",
                cite(d8),
                "$.post_evaluation.evaluator_did_pre_decision_work",
            )
        if ev.used_for_adjustment is False:
            j.add(
                "D8.results-not-used",
                Severity.WARNING,
                "评估结果未作为调整决策的依据",
                "the evaluation's results were not used in adjusting the decision",
                cite(d8),
                "$.post_evaluation.used_for_adjustment",
            )


@register_upcoming(MajorDecision)
def upcoming_major_decision(
    d: MajorDecision, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next: hearing materials, the end of the comment period, the review."""
    j = Judge(profile, calendar, as_of)
    items: list[Upcoming] = []
    if d.legality_review is not None:
        items.extend(review_due(j, d.legality_review, "$.legality_review"))
    pp = d.public_participation
    d2 = j.rule("D2", pp.comment_opened_on) if pp is not None and pp.comment_opened_on is not None else None
    applies = d2 is not None and (d.high_public_concern or not d2.has_tag("high-public-concern-only"))
    if pp is not None and pp.comment_opened_on is not None and d.decided_on is None and applies:
        item = upcoming(
            j,
            "major_decision.comment_period.min",
            "D2",
            pp.comment_opened_on,
            "征求意见至少持续至 {due}，此前不得结束",
            "the comment period must stay open through {due}",
        )
        if item is not None and item.deadline.due >= as_of:  # then not overdue
            items.append(item)
    return tuple(items)
