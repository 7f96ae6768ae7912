"""Checks of a normative document: N1–N14 and F1 (and the L rules of its legality review)."""

from __future__ import annotations

import datetime as dt

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker, register_upcoming
from xingzheng.checks._common import Judge, cite, count_label, first_known, upcoming
from xingzheng.checks._report import DateFact, Report, Upcoming
from xingzheng.checks.review import judge_review, review_due, review_duration
from xingzheng.model.normative import EvaluationConclusion, NormativeDocument
from xingzheng.model.review import ReviewerRole, ReviewMaterial, ReviewOpinion
from xingzheng.model.values import ConsultationMethod, ConsulteeKind, DocumentNumber
from xingzheng.rules import Profile, ScopeTag

__all__ = ["check_normative_document", "upcoming_normative_document"]

_ADVISERS = frozenset({ReviewerRole.LEGAL_ADVISER, ReviewerRole.GOVERNMENT_LAWYER, ReviewerRole.EXPERT})
_MATERIALS = {
    ReviewMaterial.DRAFT_AND_EXPLANATION: "文件送审稿及其说明 / the draft and its explanation",
    ReviewMaterial.LEGAL_BASIS: "制定依据 / its legal basis",
    ReviewMaterial.COMMENTS_AND_ADOPTION: "征求意见及采纳情况 / comments and their adoption",
    ReviewMaterial.DRAFTING_UNIT_LEGALITY_OPINION: "起草单位合法性审核意见 / the drafting unit's legality opinion",
}


def _reference_day(doc: NormativeDocument, as_of: dt.date | None) -> dt.date | None:
    """The day the document is judged at when a rule has no step of its own: issue, else the latest step."""
    if doc.promulgated_on is not None:
        return doc.promulgated_on
    return first_known(
        doc.deliberation.held_on if doc.deliberation else None,
        doc.legality_review.requested_on if doc.legality_review else None,
        doc.public_comment.opened_on if doc.public_comment else None,
        as_of,
    )


@register_checker(NormativeDocument)
def check_normative_document(
    doc: NormativeDocument, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Judge a normative document by the rules in force on the dates of its steps."""
    j = Judge(profile, calendar, as_of)
    on = _reference_day(doc, as_of)
    if on is not None:
        _f1(j, doc.document_number, on, "$.document_number")
        for index, amendment in enumerate(doc.amendments):
            if amendment.document_number is not None:
                _f1(j, amendment.document_number, amendment.decided_on, f"$.amendments[{index}].document_number")
        _comment(j, doc, on)
        _hearing_sides(j, doc, on)
        _review(j, doc, on)
        _deliberation(j, doc)
        _n13(j, doc, on)
        _disclosure(j, doc)
        _evaluation(j, doc)
    return j.report("normative_document", doc.title)


def _f1(j: Judge, number: str | None, on: dt.date, path: str) -> None:
    if number is None:
        return
    problem = DocumentNumber.problem(number)
    if problem is None:
        return
    value = j.rule("F1", on, path)
    if value is None:
        return
    zh, _, en = str(problem).partition(" / ")
    j.emit("F1.document-number-format", on, zh, en, cite(value), path)


def _comment(j: Judge, doc: NormativeDocument, on: dt.date) -> None:
    comment = doc.public_comment
    if comment is None:
        if doc.comment_required and doc.promulgated_on is not None:
            n1 = j.rule("N1", on, "$.public_comment")
            if n1 is not None:
                j.emit(
                    "N1.public-comment-missing",
                    on,
                    "涉及群众切身利益或者对权利义务有重大影响的文件未公开征求意见",
                    "a document touching the public's vital interests or materially affecting rights and duties "
                    "was not put to public comment",
                    cite(n1),
                    "$.public_comment",
                )
        return
    opened = comment.opened_on
    n2 = j.rule("N2", opened, "$.public_comment")
    if n2 is not None:
        # 起草单位可以通过…公布…并明确提出意见的方式和期限: governed by 可以, warnings at most (issue 17).
        for flag, code, zh, en, field in (
            (
                bool(comment.channels),
                "N2.channel-missing",
                "未记录公布草案的渠道（channels）",
                "no channel of publication is recorded (channels)",
                "channels",
            ),
            (
                comment.draft_and_explanation_published,
                "N2.draft-not-published",
                "未公布文件草案及其说明",
                "the draft and its explanation were not published",
                "draft_and_explanation_published",
            ),
            (
                comment.how_and_by_when_stated,
                "N2.how-and-when-missing",
                "未明确提出意见的方式和期限",
                "how and by when to give opinions was not stated",
                "how_and_by_when_stated",
            ),
        ):
            if not flag:
                j.emit(code, opened, zh, en, cite(n2), f"$.public_comment.{field}")
    if j.rule("N3", opened, "$.public_comment") is None:
        return
    minimum = j.param("normative_document.comment_period.min", "N3", opened, "$.public_comment")
    if minimum is None:
        return
    due = j.due(opened, minimum, "$.public_comment.closes_on")
    if due is None:
        return
    zh_n, en_n = count_label(minimum)
    reason = minimum.parameter.general and bool(comment.short_period_reason)
    made = doc.promulgated_on
    if comment.closes_on < due:
        used = j.workdays(opened, comment.closes_on, "$.public_comment.closes_on")
        zh_u = f"{used}个工作日" if used is not None else ""
        en_u = f"{used} working days" if used is not None else ""
        # The floor's condition (the parameter's: documents that must be put to comment, N1): a comment the
        # drafting unit held of its own accord is not bound by it in words, so a short one is a warning.
        code = (
            "N3.comment-period-shortened-with-reason"
            if reason
            else "N3.comment-period-too-short"
            if doc.comment_required
            else "N3.comment-period-short-not-required"
        )
        j.emit(
            code,
            opened,
            f"征求意见期限{zh_u}，少于本配置（{minimum.profile}）的{zh_n}：应至少至 {due.isoformat()}，"
            f"实际于 {comment.closes_on.isoformat()} 截止" + ("（已记录缩短理由）" if reason else ""),
            f"the comment period ran {en_u}, shorter than the {en_n} of this profile ({minimum.profile}): it had "
            f"to run until at least {due.isoformat()}, it closed on {comment.closes_on.isoformat()}"
            + (" (a reason is recorded)" if reason else ""),
            cite(minimum),
            "$.public_comment.closes_on",
            minimum.key,
            _comment_dates(opened, due, comment.closes_on),
        )
    elif made is not None and made <= comment.closes_on and doc.comment_required:
        dates = (
            DateFact("opened", opened),
            DateFact("required_close", due),
            DateFact("comment_closes", comment.closes_on),
            DateFact("promulgated", made),
        )
        if made <= due:
            # Made before the floor had run (its last day included): the comment lasted less than the floor.
            j.emit(
                "N3.comment-period-shortened-with-reason" if reason else "N3.promulgated-before-minimum-period",
                opened,
                f"文件于 {made.isoformat()} 印发，征求意见的最短期限（{zh_n}，至 {due.isoformat()}）尚未届满"
                + ("（已记录缩短理由）" if reason else ""),
                f"the document was made on {made.isoformat()}, before the minimum comment period ({en_n}, until "
                f"{due.isoformat()}) had run" + (" (a reason is recorded)" if reason else ""),
                cite(minimum),
                "$.promulgated_on",
                minimum.key,
                dates,
            )
        else:
            j.emit(
                "N3.promulgated-during-comment",
                opened,
                f"最短期限（{zh_n}）已于 {due.isoformat()} 届满，但文件在公布的截止日 {comment.closes_on.isoformat()} "
                f"前（{made.isoformat()}）印发",
                f"the minimum period ({en_n}) had run on {due.isoformat()}, but the document was made on "
                f"{made.isoformat()}, before the announced close on {comment.closes_on.isoformat()}",
                cite(minimum),
                "$.promulgated_on",
                minimum.key,
                dates,
            )
    if comment.closes_on < due:
        return
    parent = j.laxer_parent(minimum, opened)
    if parent is not None:
        parent_due = j.due(opened, parent, "$.public_comment.closes_on")
        if parent_due is not None and comment.closes_on < parent_due:
            zh_p, en_p = count_label(parent)
            j.emit(
                "N3.comment-period-too-short-for-parent",
                opened,
                f"征求意见期限符合本配置（{minimum.profile}）的{zh_n}，但短于上级规则（{parent.profile}）的{zh_p}："
                f"应至少至 {parent_due.isoformat()}，实际于 {comment.closes_on.isoformat()} 截止",
                f"the comment period meets the {en_n} of this profile ({minimum.profile}) but is shorter than the "
                f"{en_p} of the parent rule ({parent.profile}): it had to run until {parent_due.isoformat()}, it "
                f"closed on {comment.closes_on.isoformat()}",
                cite(parent),
                "$.public_comment.closes_on",
                parent.key,
                (
                    DateFact("opened", opened),
                    DateFact("required_close", due),
                    DateFact("parent_required_close", parent_due),
                    DateFact("actual_close", comment.closes_on),
                ),
            )


def _comment_dates(opened: dt.date, due: dt.date, closes: dt.date) -> tuple[DateFact, ...]:
    return (DateFact("opened", opened), DateFact("required_close", due), DateFact("actual_close", closes))


def _hearing_sides(j: Judge, doc: NormativeDocument, on: dt.date) -> None:
    impact = doc.impact
    if not (impact.major_interest_adjustment or impact.enterprises):
        return
    made = doc.promulgated_on
    if made is None:
        return  # a draft may still hear them: judged once the document is made, as N1 and N6
    # Only what was heard by the day the document was made counts.
    heard = [c for c in doc.consultations if c.held_on <= made]
    consultees = {k for c in heard for k in c.consultees}
    if doc.impact.major_interest_adjustment:
        n4 = j.rule("N4", on, "$.consultations")
        if n4 is not None:
            # 座谈会、论证会、实地走访等: an open list, so any recorded way of hearing opinions counts.
            if not heard:
                j.emit(
                    "N4.consultation-missing",
                    on,
                    "涉及群众重大利益调整，印发前未以座谈会、论证会、实地走访等任何形式听取意见",
                    "a major adjustment of the public's interests, and no opinions were heard in any form "
                    "(symposium, expert panel, field visit or similar) before the document was made",
                    cite(n4),
                    "$.consultations",
                )
            if ConsulteeKind.INTERESTED_PARTIES not in consultees:
                j.emit(
                    "N4.interested-parties-not-heard",
                    on,
                    "未记录听取利益相关方的意见",
                    "no record that the interested parties were heard",
                    cite(n4),
                    "$.consultations",
                )
    if doc.impact.enterprises:
        n5 = j.rule("N5", on, "$.consultations")
        if n5 is not None:
            if ConsulteeKind.ENTERPRISES not in consultees:
                j.emit(
                    "N5.enterprises-not-heard",
                    on,
                    "对企业有重大影响，未专门听取有代表性的企业的意见",
                    "a major effect on enterprises, and representative enterprises were not heard",
                    cite(n5),
                    "$.consultations",
                )
            if ConsulteeKind.INDUSTRY_ASSOCIATIONS not in consultees:
                j.emit(
                    "N5.associations-not-heard",
                    on,
                    "对企业有重大影响，未专门听取相关协会、商会的意见",
                    "a major effect on enterprises, and the associations and chambers of commerce were not heard",
                    cite(n5),
                    "$.consultations",
                )


def _review(j: Judge, doc: NormativeDocument, on: dt.date) -> None:
    review = doc.legality_review
    path = "$.legality_review"
    if review is None:
        if not doc.review_required or doc.deliberation is not None:
            return  # deliberation without review is N12's finding
        if doc.promulgated_on is None:
            return
        rule, code, zh, en = (
            (
                "N9",
                "N9.internal-label-not-exempt",
                "标为内部执行的文件涉及公民、法人和其他组织权利义务，仍须合法性审核",
                "a document labelled internal touches the rights and duties of citizens and organisations: "
                "it still needs a legality review",
            )
            if doc.impact.internal_only
            else (
                "N6",
                "N6.review-missing",
                "涉及权利义务的规范性文件未经合法性审核",
                "a document touching rights and duties had no legality review",
            )
        )
        value = j.rule(rule, on, path)
        if value is not None:
            j.emit(code, on, zh, en, cite(value), path)
        return
    r_on = review.clock_starts_on or review.requested_on
    judge_review(j, review, path)
    review_duration(j, review, path, exception=doc.emergency)
    n6 = j.rule("N6", r_on, path)
    if n6 is not None:
        # Judged once the opinion is given: an open review may still consult (a draft is no breach).
        if review.hard_question and doc.impact.high_public_concern and review.completed_on is not None:
            methods = {c.method for c in review.consultations}
            # 在书面征求意见的基础上，采取召开座谈会、论证会等方式: written first, then any other way (等).
            if not (ConsultationMethod.WRITTEN in methods and methods - {ConsultationMethod.WRITTEN}):
                j.emit(
                    "N6.hard-question-not-consulted",
                    r_on,
                    "审核遇到疑难法律问题，未在书面征求意见的基础上召开座谈会、论证会等听取意见",
                    "a hard legal question in the review was not put to written consultation followed by a "
                    "symposium, expert panel or similar",
                    cite(n6),
                    f"{path}.consultations",
                )
        # No reviewers is the common case: decided without building the generator (same answer).
        reviewers = review.reviewers
        if not reviewers or _ADVISERS.isdisjoint(reviewer.role for reviewer in reviewers):
            j.emit(
                "N6.advisers-not-used",
                r_on,
                "审核未记录法律顾问、公职律师或专家的参与",
                "the review records no legal adviser, government lawyer or expert",
                cite(n6),
                f"{path}.reviewers",
            )
    if review.reviewing_body_designated is False:
        n10 = j.rule("N10", r_on, f"{path}.reviewing_body")
        if n10 is not None:
            j.emit(
                "N10.reviewer-not-designated",
                r_on,
                "审核主体不是本单位明确的专门审核机构或人员，也不是上级政府确定的审核机构",
                "the reviewer is neither the unit's designated review body or staff nor the body the "
                "county-level government designated",
                cite(n10),
                f"{path}.reviewing_body",
            )
    if review.materials:
        materials = dict(_MATERIALS)
        if doc.public_comment is None and not doc.consultations and not doc.comment_required:
            del materials[ReviewMaterial.COMMENTS_AND_ADOPTION]  # no comment required or held: nothing to report
        missing = [label for material, label in materials.items() if material not in review.materials]
        n11 = j.rule("N11", r_on, f"{path}.materials") if missing else None
        if n11 is not None:
            j.emit(
                "N11.materials-incomplete",
                r_on,
                "审核材料缺少：" + "、".join(m.split(" / ")[0] for m in missing),
                "the review materials lack " + ", ".join(m.split(" / ")[1] for m in missing),
                cite(n11),
                f"{path}.materials",
            )


def _deliberation(j: Judge, doc: NormativeDocument) -> None:
    deliberation = doc.deliberation
    if deliberation is None:
        return
    held = deliberation.held_on
    review = doc.legality_review
    opinion = (
        review.opinion
        if review is not None and review.completed_on is not None and review.completed_on <= held
        else None
    )
    path = "$.deliberation"
    n12 = j.rule("N12", held, path)
    if n12 is None:
        return
    if doc.review_required and opinion is None:
        j.emit(
            "N12.deliberated-without-review",
            held,
            "未经合法性审核的文件提交了集体审议",
            "the document went to collective deliberation without a legality review opinion",
            cite(n12),
            path,
            dates=(DateFact("deliberation", held),),
        )
        return
    if opinion is ReviewOpinion.UNLAWFUL:
        j.emit(
            "N12.deliberated-despite-unlawful-opinion",
            held,
            "经审核不合法的文件提交了集体审议",
            "a document found unlawful went to collective deliberation",
            cite(n12),
            path,
        )
        return
    if opinion is ReviewOpinion.MUST_BE_AMENDED and not deliberation.non_adoption_reasons:
        if deliberation.opinion_fully_adopted is False:
            j.emit(
                "N12.non-adoption-not-explained",
                held,
                "未完全采纳审核意见，提请审议时未说明理由和依据",
                "the review opinion was not fully adopted and no reasons were given at deliberation",
                cite(n12),
                f"{path}.non_adoption_reasons",
            )
        elif deliberation.opinion_fully_adopted is None:
            j.emit(
                "N12.adoption-not-recorded",
                held,
                "审核意见为应当予以修改，未记录是否完全采纳（opinion_fully_adopted），也未记录理由",
                "the opinion said the draft must be amended; whether it was fully adopted is not recorded "
                "(opinion_fully_adopted), nor any reasons",
                cite(n12),
                f"{path}.opinion_fully_adopted",
            )


#: Each flag of a record, the N13 scope tag that bans it (present from the date its law took effect), the
#: law whose citation the finding quotes, the code and the wording.
_N13: tuple[tuple[str, ScopeTag, str, str, str, str], ...] = (
    (
        "sets_penalty",
        "bans-penalties",
        "administrative-penalty-law",
        "N13.creates-penalty",
        "设定了行政处罚",
        "creates an administrative penalty",
    ),
    (
        "sets_licence",
        "bans-licences",
        "administrative-licensing-law",
        "N13.creates-licence",
        "设定了行政许可",
        "creates an administrative licence",
    ),
    (
        "sets_compulsory_measure",
        "bans-compulsory-measures",
        "administrative-compulsion-law",
        "N13.creates-compulsory-measure",
        "设定了行政强制措施",
        "creates a compulsory measure",
    ),
)


def _n13(j: Judge, doc: NormativeDocument, on: dt.date) -> None:
    if not (doc.sets_penalty or doc.sets_licence or doc.sets_compulsory_measure):
        return  # the common case, without the name-based scan below
    flagged = [item for item in _N13 if getattr(doc, item[0])]
    if not flagged:
        return
    value = j.rule("N13", on, "$")
    if value is None:
        return
    for field, tag, law, code, zh, en in flagged:
        if not value.has_tag(tag):
            continue  # that prohibition was not yet law on the date
        # Which citation to print only: the one of the law that bans it, else all of the rule's.
        citations = [c for c in value.citations if c.source.startswith(law)] or list(value.citations)
        j.emit(
            code,
            on,
            f"规范性文件{zh}",
            f"the normative document {en}",
            "; ".join(c.text() for c in citations),
            f"$.{field}",
        )


def _disclosure(j: Judge, doc: NormativeDocument) -> None:
    made = doc.promulgated_on
    if made is None or doc.confidential or doc.impact.internal_only:
        return
    if j.rule("N14", made, "$.publication") is None:
        return
    maximum = j.param("normative_document.disclosure_period.max", "N14", made, "$.publication")
    if maximum is None:
        return
    due = j.due(made, maximum, "$.publication")
    if due is None:
        return
    if doc.publication is not None:
        if doc.publication.published_on > due:
            zh_n, en_n = count_label(maximum)
            j.emit(
                "N14.published-late",
                made,
                f"文件应自印发之日起{zh_n}内公开（至 {due.isoformat()}），实际 {doc.publication.published_on.isoformat()} 公开",
                f"the document had to be published within {en_n} of being made (by {due.isoformat()}); it was "
                f"published on {doc.publication.published_on.isoformat()}",
                cite(maximum),
                "$.publication.published_on",
                maximum.key,
                (
                    DateFact("promulgated", made),
                    DateFact("due", due),
                    DateFact("published", doc.publication.published_on),
                ),
            )
        return
    if j.as_of is not None and j.as_of > due:
        j.emit(
            "N14.not-published",
            made,
            f"文件应于 {due.isoformat()} 前主动公开，至 {j.as_of.isoformat()} 尚未公开",
            f"the document was due to be published by {due.isoformat()} and is not published on {j.as_of.isoformat()}",
            cite(maximum),
            "$.publication",
            maximum.key,
            (DateFact("promulgated", made), DateFact("due", due), DateFact("as_of", j.as_of)),
        )


def _evaluation(j: Judge, doc: NormativeDocument) -> None:
    made = doc.promulgated_on
    if made is None:
        return
    key = "normative_document.evaluation_interval.max"
    # Each interval runs from the later of promulgation and the last evaluation, and is judged by the
    # rule and value in force on the day that starts it.
    base = made
    base_rule = j.rule("N8", base, "$.evaluations")
    for index, evaluation in enumerate(doc.evaluations):
        path = f"$.evaluations[{index}]"
        done = evaluation.evaluated_on
        interval = j.param(key, "N8", base, path) if base_rule is not None else None
        due = j.due(base, interval, path) if interval is not None else None
        if interval is not None and due is not None and done > due:
            zh_n, en_n = count_label(interval)
            j.emit(
                "N8.evaluation-late",
                base,
                f"评估应于 {due.isoformat()} 前完成（每{zh_n}），实际 {done.isoformat()}",
                f"the evaluation was due by {due.isoformat()} (every {en_n}); it was done on {done.isoformat()}",
                cite(interval),
                f"{path}.evaluated_on",
                interval.key,
                (DateFact("from", base), DateFact("due", due), DateFact("evaluated", done)),
            )
        # Publishing the results and acting on them: the rule in force on the evaluation's day.
        rule = base_rule if done == base else j.rule("N8", done, path)
        if rule is not None:
            if evaluation.results_published_on is None:
                j.emit(
                    "N8.results-not-published",
                    done,
                    "未记录评估结果向社会公布（results_published_on）；公布未设期限",
                    "no publication of the evaluation's results is recorded (results_published_on); the text sets "
                    "no time limit for it",
                    cite(rule),
                    f"{path}.results_published_on",
                )
            if evaluation.conclusion is not EvaluationConclusion.KEEP and not any(
                a.decided_on >= done for a in doc.amendments
            ):
                j.emit(
                    "N8.not-amended-after-evaluation",
                    done,
                    "评估结论为修改或废止，未记录修改或废止",
                    "the evaluation concluded to amend or repeal, and no amendment or repeal is recorded",
                    cite(rule),
                    f"{path}.conclusion",
                )
        if done > base:
            base, base_rule = done, rule
    if j.as_of is None or base_rule is None:
        return
    interval = j.param(key, "N8", base, "$.evaluations")
    if interval is None:
        return
    due = j.due(base, interval, "$.evaluations")
    repealed = doc.repealed_on
    if due is None or j.as_of <= due or (repealed is not None and repealed <= due):
        return
    j.emit(
        "N8.evaluation-overdue",
        base,
        f"下一次评估应于 {due.isoformat()} 前完成，至 {j.as_of.isoformat()} 未记录",
        f"the next evaluation was due by {due.isoformat()} and none is recorded on {j.as_of.isoformat()}",
        cite(interval),
        "$.evaluations",
        interval.key,
        (DateFact("from", base), DateFact("due", due), DateFact("as_of", j.as_of)),
    )


@register_upcoming(NormativeDocument)
def upcoming_normative_document(
    doc: NormativeDocument, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date
) -> tuple[Upcoming, ...]:
    """What is due next: the end of the review, publication, the next evaluation."""
    j = Judge(profile, calendar, as_of)
    items: list[Upcoming] = []
    if doc.legality_review is not None:
        items.extend(review_due(j, doc.legality_review, "$.legality_review", exception=doc.emergency))
    made = doc.promulgated_on
    if made is not None and doc.publication is None and not doc.confidential and not doc.impact.internal_only:
        item = upcoming(
            j,
            "normative_document.disclosure_period.max",
            "N14",
            made,
            "文件应于 {due} 前主动公开",
            "publish the document by {due}",
        )
        if item is not None:
            items.append(item)
    base = max([made, *(e.evaluated_on for e in doc.evaluations)]) if made is not None else None
    if (
        base is not None
        and (doc.repealed_on is None or doc.repealed_on > as_of)
        and profile.enforces("N8", base)
    ):
        item = upcoming(
            j,
            "normative_document.evaluation_interval.max",
            "N8",
            base,
            "下一次评估应于 {due} 前完成",
            "the next evaluation is due by {due}",
        )
        if item is not None:
            items.append(item)
    return tuple(items)
