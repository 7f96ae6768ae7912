"""Checks of a major decision: D1–D15 (and the L rules of its legality review).

Every finding's severity comes from the profile's data (`Judge.emit`): the checks say what happened, the
profiles say how much it weighs and which words bind whom.
"""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._common import Judge, cite, count_label, first_known, upcoming
from xingzheng.checks._report import DateFact, Report, Severity, Upcoming
from xingzheng.checks.review import judge_review, review_due, review_duration
from xingzheng.model.decision import (
    BodyKind,
    CollectiveDiscussion,
    DiscussionMaterial,
    EvaluationTrigger,
    MajorDecision,
    MeetingKind,
    exploratory_exception,
    street_office_unbound,
)
from xingzheng.model.review import ReviewOpinion
from xingzheng.model.values import ConsulteeKind
from xingzheng.rules import Profile, ResolvedValue, RuleValue, ScopeTag

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
        _d3(j, d, on)
        _review(j, d)
        _steps(j, d, on)
        _discussion(j, d)
        _hearing(j, d)
        _experts(j, d)
        _risk(j, d)
        _after(j, d, on)
        if street_office_unbound(d.body_kind, j.profile, on):
            # 713号令 binds no street office (Art. 2, 42) unless the profile adopts it for one (the seed): its
            # duties are reported, none as an error (D11's info says why).
            j.findings = [
                attrs.evolve(f, severity=Severity.WARNING) if f.severity is Severity.ERROR else f for f in j.findings
            ]
    return j.report("major_decision", d.title)


def _d11(j: Judge, d: MajorDecision, on: dt.date) -> None:
    if d.body_kind is not BodyKind.STREET_OFFICE:
        return
    value = j.rule("D11", on, "$.body_kind")
    if value is not None and not value.has_tag("street-offices"):
        j.emit(
            "D11.street-office-not-named",
            on,
            "重大行政决策程序暂行条例未列明街道办事处；按其规定检查，违反之处只作警告",
            "713号令 names no street office; checked as if it applied, a breach being a warning",
            cite(value),
            "$.body_kind",
        )


def _participation(j: Judge, d: MajorDecision, on: dt.date) -> None:
    pp = d.public_participation
    path = "$.public_participation"
    if pp is not None and pp.comment_opened_on is not None and pp.comment_closes_on is not None:
        opened, closes = pp.comment_opened_on, pp.comment_closes_on
        if pp.announced_closes_on is not None:
            closes = min(closes, pp.announced_closes_on)  # the shorter of what was announced and accepted
        d2 = j.rule("D2", opened, path)
        if d2 is None:
            return
        # The profile's own D2 applies, or (outside its scope, e.g. the seed's matters of high public
        # concern) the parent's, as warnings citing it.
        in_scope = d.high_public_concern or not d2.has_tag("high-public-concern-only")
        minimum = j.param("major_decision.comment_period.min", "D2", opened, path)
        if minimum is not None and in_scope:
            _comment_floor(j, pp.short_period_reason, minimum, opened, closes, path)
        elif minimum is not None:
            _participation_parent(j, minimum, opened, closes, path)
        if not pp.explanation_given:
            parent = None if in_scope else _parent_state(j, "D2", opened)
            if in_scope:
                j.emit(
                    "D2.explanation-missing",
                    opened,
                    "公开征求意见未公布决策草案的说明",
                    "the draft was put to comment without its explanation",
                    cite(d2),
                    f"{path}.explanation_given",
                )
            elif parent is not None:
                j.emit(
                    "D2.explanation-missing-for-parent",
                    opened,
                    "公开征求意见未公布决策草案的说明：本配置的规定只适用于社会关注高的事项，上级规则要求公布说明",
                    "the draft was put to comment without its explanation: this profile's rule covers matters of "
                    "high public concern only, the parent rule requires the explanation",
                    cite(parent),
                    f"{path}.explanation_given",
                )
        if in_scope:
            if pp.way_and_deadline_stated is False:
                j.emit(
                    "D2.how-and-when-missing",
                    opened,
                    "公开征求意见未明确提出意见的方式和期限",
                    "the way and deadline to comment were not stated",
                    cite(d2),
                    f"{path}.way_and_deadline_stated",
                )
            elif pp.way_and_deadline_stated is None:
                j.emit(
                    "D2.how-and-when-not-recorded",
                    opened,
                    "未记录是否明确提出意见的方式和期限（way_and_deadline_stated）",
                    "whether the way and deadline to comment were stated is not recorded (way_and_deadline_stated)",
                    cite(d2),
                    f"{path}.way_and_deadline_stated",
                )
            if not pp.channels:
                j.emit(
                    "D2.channels-not-recorded",
                    opened,
                    "未记录公布决策草案的途径（channels）",
                    "no channel of publication of the draft is recorded (channels)",
                    cite(d2),
                    f"{path}.channels",
                )
        if (
            d.high_public_concern
            and pp.feedback_published_on is None
            and d.decided_on is not None
            and d2.has_tag("feedback-required")
        ):
            j.emit(
                "D2.feedback-missing",
                opened,
                "未记录向社会反馈意见采纳情况和理由（feedback_published_on）",
                "no feedback on which opinions were adopted and why is recorded (feedback_published_on)",
                cite(d2),
                f"{path}.feedback_published_on",
            )
    elif d.high_public_concern and d.decided_on is not None and not d.confidential:
        d2 = j.rule("D2", on, path)
        if d2 is not None and d2.has_tag("comment-required"):
            j.emit(
                "D2.comment-missing",
                on,
                "社会关注高的决策事项未记录公开征求意见",
                "no public comment is recorded on a matter of high public concern",
                cite(d2),
                path,
            )


#: For each flag of the matter: who counts as heard (any one of them: the seed's list ends in 等, and
#: 713号令 Art. 14 ¶3 asks for the *relevant* ones), the code, and the scope tag a profile needs for it
#: (None: every profile with D3 in force).
_D3: tuple[tuple[str, frozenset[ConsulteeKind], str, str, str, ScopeTag | None], ...] = (
    (
        "touches_specific_groups",
        frozenset({ConsulteeKind.PEOPLES_ORGANISATIONS, ConsulteeKind.SOCIAL_ORGANISATIONS, ConsulteeKind.PUBLIC_REPRESENTATIVES}),
        "D3.groups-not-heard",
        "决策事项涉及特定群体利益，未听取相关人民团体、社会组织或群众代表的意见",
        "the matter touches a specific group's interests and no people's organisation, social organisation "
        "or public representative was heard",
        None,
    ),
    (
        "touches_enterprises",
        frozenset({ConsulteeKind.ENTERPRISES, ConsulteeKind.INDUSTRY_ASSOCIATIONS}),
        "D3.enterprises-not-heard",
        "决策事项涉及企业利益，未听取企业或行业协会商会的意见",
        "the matter touches enterprises' interests and neither enterprises nor their associations were heard",
        "enterprises",
    ),
    (
        "touches_industry",
        frozenset({ConsulteeKind.INDUSTRY_ASSOCIATIONS, ConsulteeKind.ENTERPRISES}),
        "D3.industry-not-heard",
        "决策事项涉及行业利益，未听取行业协会商会或企业的意见",
        "the matter touches an industry's interests and neither its associations nor enterprises were heard",
        "enterprises",
    ),
)


def _d3(j: Judge, d: MajorDecision, on: dt.date) -> None:
    if d.decided_on is None or not (d.touches_specific_groups or d.touches_enterprises or d.touches_industry):
        return
    path = "$.public_participation.consultations"
    d3 = j.rule("D3", on, path)
    if d3 is None:
        return
    pp = d.public_participation
    heard = {k for c in (pp.consultations if pp else ()) for k in c.consultees}
    for flag, who, code, zh, en, tag in _D3:
        if getattr(d, flag) and (tag is None or d3.has_tag(tag)) and heard.isdisjoint(who):
            j.emit(code, on, zh, en, cite(d3), path)


def _parent_state(j: Judge, rule: str, on: dt.date) -> RuleValue | None:
    """The parent profile's state of ``rule`` in force on ``on`` (None: no parent, or not in force)."""
    parent = j.profile.parent
    return None if parent is None else parent.rule_in_force(rule, on)


def _comment_floor(
    j: Judge, reason_text: str | None, minimum: ResolvedValue, opened: dt.date, closes: dt.date, path: str
) -> None:
    due = j.deadline(opened, minimum.period(), f"{path}.comment_closes_on")
    if due is None:
        return
    zh_n, en_n = count_label(minimum)
    used = (closes - opened).days
    dates = (DateFact("opened", opened), DateFact("required_close", due.due), DateFact("actual_close", closes))
    if closes < due.due:
        reason = minimum.parameter.general and bool(reason_text)
        j.emit(
            "D2.comment-period-shortened-with-reason" if reason else "D2.comment-period-too-short",
            opened,
            f"征求意见期限 {used} 日，少于本配置（{minimum.profile}）的{zh_n}：应至少至 {due.due.isoformat()}，"
            f"实际 {closes.isoformat()} 截止" + ("（已说明缩短理由）" if reason else ""),
            f"the comment period ran {used} days, shorter than the {en_n} of this profile ({minimum.profile}): it "
            f"had to run until {due.due.isoformat()}, it closed on {closes.isoformat()}"
            + (" (a reason was stated)" if reason else ""),
            cite(minimum),
            f"{path}.comment_closes_on",
            minimum.key,
            dates,
        )
        return
    parent = j.laxer_parent(minimum, opened)
    if parent is None:
        return
    parent_due = j.deadline(opened, parent.period(), f"{path}.comment_closes_on")
    if parent_due is not None and closes < parent_due.due:
        _parent_floor_finding(j, parent, minimum, opened, closes, parent_due.due, path)


def _parent_floor_finding(
    j: Judge,
    parent: ResolvedValue,
    own: ResolvedValue | None,
    opened: dt.date,
    closes: dt.date,
    parent_due: dt.date,
    path: str,
) -> None:
    zh_p, en_p = count_label(parent)
    used = (closes - opened).days
    if own is not None:
        zh_o, en_o = count_label(own)
        zh_own, en_own = f"本配置（{own.profile}）下限{zh_o}", f"this profile's ({own.profile}) floor of {en_o}"
    else:
        zh_own, en_own = "本配置不适用", "this profile's floor does not apply"
    j.emit(
        "D2.comment-period-too-short-for-parent",
        opened,
        f"征求意见期限 {used} 日：{zh_own}，但上级规则（{parent.profile}）要求不少于{zh_p}："
        f"应至少至 {parent_due.isoformat()}，实际 {closes.isoformat()} 截止",
        f"the comment period ran {used} days: {en_own}, but the parent rule ({parent.profile}) asks for "
        f"{en_p}: it had to run until {parent_due.isoformat()}, it closed on {closes.isoformat()}",
        cite(parent),
        f"{path}.comment_closes_on",
        parent.key,
        (
            DateFact("opened", opened),
            DateFact("parent_required_close", parent_due),
            DateFact("actual_close", closes),
        ),
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
    _parent_floor_finding(j, parent, None, opened, closes, due.due, path)


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
    # 713号令's conditions (Art. 14, 19, 22) apply in every profile: the seed adopts its 法定程序 (issue 17).
    strict = d5.has_tag("unconditional")
    checks = (
        (
            not d.confidential,
            # A hearing is a way of hearing the public (Art. 14 ¶2, Art. 16 in 第二节 公众参与).
            d.public_participation is not None or d.hearing is not None,
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
            j.emit(f"D5.{code}", on, f"未履行{zh}程序", f"the statutory step of {en} is missing", cite(d5), path)


def _discussion(j: Judge, d: MajorDecision) -> None:
    discussion = d.discussion
    if discussion is None:
        return
    held = discussion.held_on
    path = "$.discussion"
    # Only an opinion given by the day of the meeting counts, and only an amendment made after it (Art. 28).
    opinion = d.opinion_on(held)
    d6 = j.rule("D6", held, path)
    if d6 is not None and (opinion is None or opinion is ReviewOpinion.UNLAWFUL):
        exception = exploratory_exception(j.profile, held)
        if d.exploratory_reform and d.legal_risk_statement and exception and d.no_clear_national_rule:
            j.emit(
                "D6.exploratory-reform-exception",
                held,
                "国家尚无明确规定的探索性改革决策事项，已明示法律风险后提交讨论",
                "an exploratory reform with no clear national rule, discussed with its legal risk stated",
                cite(d6),
                "$.legal_risk_statement",
            )
        elif d.exploratory_reform and d.legal_risk_statement and exception and d.no_clear_national_rule is None:
            j.emit(
                "D6.no-clear-rule-not-recorded",
                held,
                "探索性改革事项已明示法律风险，但未记录国家是否尚无明确规定（no_clear_national_rule）",
                "an exploratory reform with its legal risk stated, but whether the state has no clear rule is not "
                "recorded (no_clear_national_rule)",
                cite(d6),
                "$.no_clear_national_rule",
            )
        else:
            j.emit(
                "D6.discussed-without-lawful-opinion",
                held,
                "决策草案未经合法性审查或者经审查不合法，提交了讨论",
                "the draft went to discussion without a legality review or after an unlawful opinion",
                cite(d6),
                path,
                dates=(DateFact("discussion", held),),
            )
    if opinion is ReviewOpinion.MUST_BE_AMENDED and not d.amended_by(held):
        d15 = j.rule("D15", held, path)
        if d15 is not None:
            j.emit(
                "D15.not-adjusted-after-review",
                held,
                "审查意见为应当予以修改，讨论前未记录根据审查意见所作的调整或者补充",
                "the review said the draft must be amended; no adjustment or supplement per the opinion is "
                "recorded before the discussion",
                cite(d15),
                "$.review_amendment",
            )
    _d7(j, d, discussion, path)
    if discussion.materials:
        d12 = j.rule("D12", held, f"{path}.materials")
        if d12 is not None:
            needed = {DiscussionMaterial.DRAFT}
            if opinion is not None:
                # No opinion by the meeting is D6's fact (one fact, one code), or the exploratory-reform
                # exception of Art. 25 ¶2, which has no opinion to submit.
                needed.add(DiscussionMaterial.LEGALITY_REVIEW_OPINION)
            if d.affects_market_entities:
                needed.add(DiscussionMaterial.FAIR_COMPETITION_REVIEW)
            missing = sorted(m.value for m in needed - set(discussion.materials))
            if missing:
                j.emit(
                    "D12.materials-incomplete",
                    held,
                    "提交讨论的材料缺少：" + "、".join(missing),
                    "the materials for discussion lack: " + ", ".join(missing),
                    cite(d12),
                    f"{path}.materials",
                )


#: The collective meetings a body applying 713号令 by analogy (Art. 42; a street office by the seed's
#: adoption) may hold: it has no 常务会议, and its own collective meeting (主任办公会) counts.
_OWN_MEETINGS = frozenset({MeetingKind.EXECUTIVE, MeetingKind.PLENARY, MeetingKind.OFFICE_MEETING})


def _d7(j: Judge, d: MajorDecision, discussion: CollectiveDiscussion, path: str) -> None:
    held = discussion.held_on
    d7 = j.rule("D7", held, path)
    if d7 is None:
        return
    if d.body_kind is BodyKind.COUNTY_OR_HIGHER_GOVERNMENT:
        if discussion.meeting_kind not in (MeetingKind.EXECUTIVE, MeetingKind.PLENARY):
            j.emit(
                "D7.not-executive-or-plenary",
                held,
                "县级以上地方人民政府的决策草案未经常务会议或者全体会议讨论",
                "the draft of a county-level or higher government was not discussed at an executive or plenary "
                "meeting",
                cite(d7),
                f"{path}.meeting_kind",
            )
    elif discussion.meeting_kind not in _OWN_MEETINGS:
        j.emit(
            "D7.meeting-kind-not-recorded",
            held,
            "会议类别记为“其他”：参照执行的机关应以本机关的集体会议（如主任办公会）讨论",
            "the meeting is recorded as “other”: a body applying 713号令 by analogy discusses the draft at its "
            "own collective meeting (e.g. a 主任办公会)",
            cite(d7),
            f"{path}.meeting_kind",
        )
    if not discussion.head_spoke_last:
        j.emit("D7.head-did-not-speak-last", held, "行政首长未最后发表意见", "the head did not speak last", cite(d7), f"{path}.head_spoke_last")
    if (
        discussion.decision is not None
        and discussion.majority_view is not None
        and discussion.decision is not discussion.majority_view
        and not discussion.head_reasons
    ):
        j.emit(
            "D7.departure-not-explained",
            held,
            "行政首长的决定与多数人意见不一致，未在会上说明理由",
            "the head's decision differs from the majority's view and no reasons were given at the meeting",
            cite(d7),
            f"{path}.head_reasons",
        )
    if not discussion.minutes_recorded:
        j.emit(
            "D7.not-recorded",
            held,
            "集体讨论情况未如实记录",
            "the discussion was not recorded",
            cite(d7),
            f"{path}.minutes_recorded",
        )
    elif discussion.dissent_expressed and not discussion.dissent:
        j.emit(
            "D7.dissent-not-recorded",
            held,
            "会上有不同意见，记录未如实载明",
            "different opinions were expressed at the meeting and the minutes do not state them",
            cite(d7),
            f"{path}.dissent",
        )


def _hearing(j: Judge, d: MajorDecision) -> None:
    hearing = d.hearing
    if hearing is None:
        return
    path = "$.hearing"
    held = hearing.held_on
    d9 = j.rule("D9", held, path)
    if d9 is None:
        return
    listed = hearing.participant_list_published_on
    if listed is None:
        j.emit(
            "D9.participant-list-not-recorded",
            held,
            "未记录听证参加人名单的公布日期（participant_list_published_on）",
            "no day of publication of the participant list is recorded (participant_list_published_on)",
            cite(d9),
            f"{path}.participant_list_published_on",
        )
    elif listed >= held:
        j.emit(
            "D9.participant-list-not-published",
            held,
            f"听证参加人名单于 {listed.isoformat()} 公布，未在听证会（{held.isoformat()}）前提前公布",
            f"the participant list was published on {listed.isoformat()}, not before the hearing ({held.isoformat()})",
            cite(d9),
            f"{path}.participant_list_published_on",
            dates=(DateFact("published", listed), DateFact("hearing", held)),
        )
    minimum = j.param("major_decision.hearing_materials_notice.min", "D9", held, path)
    if minimum is None:
        return
    latest = j.latest_notice(held, minimum.period(), f"{path}.materials_sent_on")
    if latest is None:
        return
    sent = hearing.materials_sent_on
    zh_n, en_n = count_label(minimum)
    if sent is None:
        j.emit(
            "D9.materials-sent-not-recorded",
            held,
            f"未记录听证会材料的送达日期（materials_sent_on）；应于听证会{zh_n}前（至迟 {latest.isoformat()}）送达",
            f"no delivery day of the hearing materials is recorded (materials_sent_on); they were due {en_n} "
            f"before the hearing (by {latest.isoformat()})",
            cite(minimum),
            f"{path}.materials_sent_on",
            minimum.key,
            (DateFact("latest", latest), DateFact("hearing", held)),
        )
    elif sent > latest:
        j.emit(
            "D9.materials-late",
            held,
            f"听证会材料应于听证会{zh_n}前（至迟 {latest.isoformat()}）送达，实际 {sent.isoformat()}",
            f"hearing materials had to reach participants {en_n} before the hearing (by {latest.isoformat()}); "
            f"they did on {sent.isoformat()}",
            cite(minimum),
            f"{path}.materials_sent_on",
            minimum.key,
            (DateFact("latest", latest), DateFact("hearing", held), DateFact("sent", sent)),
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
        j.emit(
            "D10.interested-expert",
            arg.held_on,
            "选择了与决策事项有直接利害关系的专家或专业机构",
            "an expert or professional body with a direct interest in the matter was chosen",
            cite(d10),
            f"$.expert_argumentation.experts[{index}].direct_interest",
        )


def _risk(j: Judge, d: MajorDecision) -> None:
    risk = d.risk_assessment
    if risk is None or risk.already_assessed:
        return
    on = risk.completed_on
    d13 = j.rule("D13", on, "$.risk_assessment")
    if d13 is None:
        return
    missing = [
        name
        for ok, name in (
            (risk.risk_points, "风险点 / risk points (risk_points)"),
            (risk.measures, "防范措施 / measures (measures)"),
            (risk.response_plan, "处置预案 / response plan (response_plan)"),
        )
        if not ok
    ]
    if missing:
        j.emit(
            "D13.report-incomplete",
            on,
            "风险评估报告未记录：" + "、".join(m.split(" / ")[0] for m in missing),
            "the risk assessment report records no " + ", ".join(m.split(" / ")[1] for m in missing),
            cite(d13),
            "$.risk_assessment",
        )
    if not risk.controllable and not risk.draft_adjusted and not risk.measures_taken and d.decided_on is not None:
        j.emit(
            "D13.uncontrollable-risk-not-adjusted",
            on,
            "风险评估认为风险不可控，未记录调整决策草案或其他确保风险可控的措施即作出决策",
            "the risk was judged uncontrollable and no adjustment of the draft or other measure making it "
            "controllable is recorded before the decision",
            cite(d13),
            "$.risk_assessment.measures_taken",
        )


def _after(j: Judge, d: MajorDecision, on: dt.date) -> None:
    decided = d.decided_on
    if decided is None:
        return
    if not d.confidential:
        d1 = j.rule("D1", decided, "$.publication")
        if d1 is not None:
            _d1(j, d, d1, decided)
    d14 = j.rule("D14", decided, "$")
    if d14 is not None:
        issued = d.publication.published_on if d.publication is not None else None
        reported = d.reported_to_party_committee_on
        if issued is not None and reported is None:
            j.emit(
                "D14.report-not-recorded",
                decided,
                "决策已公布，未记录向同级党委请示报告（reported_to_party_committee_on）",
                "the decision was issued and no report to the same-level Party committee is recorded "
                "(reported_to_party_committee_on)",
                cite(d14),
                "$.reported_to_party_committee_on",
            )
        elif issued is not None and reported is not None and reported > issued:
            j.emit(
                "D14.not-reported-to-party-committee",
                decided,
                f"决策于 {issued.isoformat()} 公布，{reported.isoformat()} 才向同级党委请示报告",
                f"the decision was issued on {issued.isoformat()} and reported to the same-level Party committee "
                f"only on {reported.isoformat()}",
                cite(d14),
                "$.reported_to_party_committee_on",
                dates=(DateFact("issued", issued), DateFact("reported", reported)),
            )
        if d.archived is False:
            j.emit(
                "D14.not-archived",
                decided,
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
        j.emit(
            "D8.evaluation-missing",
            decided,
            "决策明显未达到预期效果或者公众意见较多，未记录决策后评估",
            "results fell clearly short or many opinions were raised, and no post-decision evaluation is recorded",
            cite(d8),
            "$.post_evaluation",
        )
    ev = d.post_evaluation
    if ev is not None:
        if ev.third_party and ev.evaluator_did_pre_decision_work:
            j.emit(
                "D8.evaluator-not-independent",
                decided,
                "受委托的第三方承担过决策前的主要论证评估工作",
                "the commissioned third party did the main pre-decision argumentation or assessment",
                cite(d8),
                "$.post_evaluation.evaluator_did_pre_decision_work",
            )
        if ev.used_for_adjustment is False:
            j.emit(
                "D8.results-not-used",
                decided,
                "评估结果未作为调整决策的依据",
                "the evaluation's results were not used in adjusting the decision",
                cite(d8),
                "$.post_evaluation.used_for_adjustment",
            )


def _d1(j: Judge, d: MajorDecision, d1: RuleValue, decided: dt.date) -> None:
    """D1: publication (及时: no time limit in the text; past the profile's reasonable time, a warning)."""
    if d.publication is None and j.as_of is not None:
        maximum = j.profile.find("major_decision.publication_period.max", decided)
        due = j.due(decided, maximum, "$.publication") if maximum is not None else None
        if maximum is not None and due is not None and j.as_of > due:
            zh_n, en_n = count_label(maximum)
            j.emit(
                "D1.not-published",
                decided,
                f"决策于 {decided.isoformat()} 作出，超过本配置所定的合理期限（{zh_n}，至 {due.isoformat()}），"
                f"至 {j.as_of.isoformat()} 未记录公布",
                f"decided on {decided.isoformat()}, past the profile's reasonable time ({en_n}, by "
                f"{due.isoformat()}), and no publication is recorded on {j.as_of.isoformat()}",
                cite(maximum),
                "$.publication",
                maximum.key,
                (DateFact("decided", decided), DateFact("due", due), DateFact("as_of", j.as_of)),
            )
    if (
        d.publication is not None
        and (d.high_public_concern or d.technical)
        and not d.adoption_explained
        and d1.has_tag("adoption-explanation")
    ):
        origin = j.profile.tag_origin("D1", "adoption-explanation", decided) or d1
        j.emit(
            "D1.adoption-not-explained",
            decided,
            "公布决策时未记录说明公众意见、专家论证意见的采纳情况（adoption_explained）",
            "the publication records no explanation of how public and expert opinions were adopted "
            "(adoption_explained)",
            cite(origin),
            "$.adoption_explained",
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
    decided = d.decided_on
    if (
        decided is not None
        and d.publication is None
        and not d.confidential
        and profile.enforces("D1", decided)
        and profile.find("major_decision.publication_period.max", decided) is not None
    ):
        item = upcoming(
            j,
            "major_decision.publication_period.max",
            "D1",
            decided,
            "决策应及时公布（本配置所定的合理期限至 {due}）",
            "publish the decision promptly (the profile's reasonable time ends on {due})",
        )
        if item is not None:
            items.append(item)
    return tuple(items)
