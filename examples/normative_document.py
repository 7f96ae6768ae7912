"""Build a normative document step by step, see a forbidden step refused, and check the record.

The document is drafted by a street office under the seed report's profile (tianjin-binhai-dagang):
public comment (N3: at least 7 working days), legality review (N7: 5 to 15 working days from the
materials-complete date), deliberation, promulgation, publication. Run::

    python examples/normative_document.py
"""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng import (
    Deliberation,
    ImpactFlags,
    LegalityReview,
    NormativeDocument,
    ProcedureError,
    Publication,
    PublicationChannel,
    PublicComment,
    Reviewer,
    ReviewerRole,
    ReviewOpinion,
    SubjectKind,
    check,
    default_calendar,
    dumps,
    load_profile,
    loads,
)

PROFILE = load_profile("tianjin-binhai-dagang")
CALENDAR = default_calendar()


def main() -> None:
    doc = NormativeDocument(
        title="大港街关于规范共享单车停放管理的规定",
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit="大港街城市管理办公室",
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True),
    )

    # Public comment: the minimum comes from the profile, the closing day from the calendar.
    opened = dt.date(2020, 9, 21)
    minimum = PROFILE.get("normative_document.comment_period.min", on=opened)
    closes = CALENDAR.add_workdays(opened, int(minimum.value))
    doc = doc.open_comment(
        PublicComment(opened_on=opened, closes_on=closes, channels=(PublicationChannel.GOVERNMENT_WEBSITE,))
    )
    print(f"征求意见 / comment: {opened} .. {closes} ({minimum.period()}, {minimum.citations[0].text()})")

    # A forbidden step: making the document while its public comment is still open (N3).
    try:
        doc.promulgate(closes, profile=PROFILE)
    except ProcedureError as exc:
        print(f"拒绝 / refused ({exc.rule}): {exc}")

    review = LegalityReview(
        subject_kind=SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=dt.date(2020, 10, 12),
        reviewing_body="大港街司法所",
        reviewers=(Reviewer(role=ReviewerRole.LEGAL_ADVISER, name="天津某律师事务所"),),
    )
    review = review.materials_completed(dt.date(2020, 10, 13))
    review = review.give_opinion(ReviewOpinion.LAWFUL, dt.date(2020, 10, 21))
    doc = doc.with_review(review)
    doc = doc.to_deliberation(
        Deliberation(held_on=dt.date(2020, 10, 23), meeting="主任办公会", opinion_fully_adopted=True),
        profile=PROFILE,
    )
    doc = doc.promulgate(dt.date(2020, 10, 26), document_number="津滨大港发〔2020〕12号", profile=PROFILE)
    # Publication (N14) is a recorded fact, not a guarded step: set the field on a new record.
    doc = attrs.evolve(
        doc,
        publication=Publication(
            published_on=dt.date(2020, 10, 28), channels=(PublicationChannel.GOVERNMENT_WEBSITE,)
        ),
    )

    report = check(doc, profile=PROFILE)
    print(f"检查 / check ({report.profile}): ok={report.ok}, codes={list(report.codes())}")

    # Open clocks are judged only with as_of: two years later the evaluation (N8) is due.
    later = check(doc, profile=PROFILE, as_of=dt.date(2023, 1, 1))
    for finding in later.findings:
        print(f"  as of 2023-01-01: {finding.code} [{finding.severity.value}] {finding.message_en}")
        print(f"    依据 / citation: {finding.citation}")

    # The record round-trips through JSON, the form `xingzheng check` reads.
    text = dumps(doc)
    assert loads(text) == doc
    print(f"JSON: {len(text)} characters, kind={loads(text).__class__.__name__}")


if __name__ == "__main__":
    main()
