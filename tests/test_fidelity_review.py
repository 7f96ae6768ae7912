"""Fidelity of legality reviews, second pass: the floor of a review whose materials were supplemented.

The restart of the clock after a return is the library's reading (L1; 115号 （五） and 713号令 Art. 26 ¶1
say only 可以退回…或者要求补充): a review short only because of it is a warning, not an error. Dates
counted by hand; 2020: 1–5, 8–12, 15–19 June are working days (the Dragon Boat Festival rests 25–27 June).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import Severity, check
from xingzheng.calendar import default_calendar
from xingzheng.checks import Report
from xingzheng.model.review import LegalityReview, ReturnKind, ReviewOpinion, SubjectKind

DAGANG = "tianjin-binhai-dagang"
D = dt.date


def codes(report: Report, severity: Severity | None = None) -> set[str]:
    return {f.code for f in report.findings if severity is None or f.severity is severity}


def twice_supplemented(kind: SubjectKind, opinion_on: dt.date) -> LegalityReview:
    # Complete Mon 1 June 2020; a supplement asked Wed 3 June, in Fri 5 June; another asked Tue 9 June, in
    # Thu 11 June.
    return (
        LegalityReview(kind, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3), ReturnKind.SUPPLEMENT_REQUESTED, reason="缺少制定依据")
        .materials_completed(D(2020, 6, 5))
        .returned(D(2020, 6, 9), ReturnKind.SUPPLEMENT_REQUESTED, reason="缺少征求意见采纳情况")
        .materials_completed(D(2020, 6, 11))
        .give_opinion(ReviewOpinion.LAWFUL, opinion_on, reasons="合法")
    )


def test_a_review_supplemented_twice_is_not_an_error_for_its_restarted_clock() -> None:
    # Opinion Mon 15 June: since the last restart only 12 and 15 June (2 working days). The reviewer had the
    # materials on 2, 3 (before the first supplement), 8, 9 (before the second), 12 and 15 June: 6 working
    # days, (1 June, 15 June] less (3 June, 5 June] and (9 June, 11 June].
    review = twice_supplemented(SubjectKind.NORMATIVE_DOCUMENT, D(2020, 6, 15))
    report = check(review, profile=DAGANG)
    assert codes(report, Severity.ERROR) == set()
    (finding,) = [f for f in report.findings if f.code == "N7.review-short-after-return"]
    assert finding.severity is Severity.WARNING and finding.path == "$.completed_on"
    assert "只有2个工作日" in finding.message and "共6个工作日" in finding.message
    assert {fact.label: fact.date for fact in finding.dates} == {
        "first_complete": D(2020, 6, 1),
        "clock_start": D(2020, 6, 11),
        "completed": D(2020, 6, 15),
    }
    # Nationally (115号 （五）, the same 5 working days) the same.
    assert "N7.review-short-after-return" in codes(check(review, profile="national"), Severity.WARNING)


def test_a_review_short_even_counting_the_days_before_the_return_is_still_an_error() -> None:
    # Complete Mon 1 June, a supplement asked Tue 2 June, in Mon 8 June, opinion Wed 10 June: 2, 9 and 10
    # June are 3 working days in all, fewer than 5.
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 2))
        .materials_completed(D(2020, 6, 8))
        .give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 10), reasons="合法")
    )
    report = check(review, profile=DAGANG)
    assert "N7.review-too-short" in codes(report, Severity.ERROR)
    assert "N7.review-short-after-return" not in codes(report)


def test_a_decision_review_supplemented_twice_under_the_seed() -> None:
    # The seed: "合法性审查时间不少于5个工作日" (an error under Dagang from 2020-01-01); the restart is still the
    # library's reading (713号令 Art. 26 ¶1: 可以退回，或者要求补充).
    review = twice_supplemented(SubjectKind.MAJOR_DECISION, D(2020, 6, 15))
    dagang = check(review, profile=DAGANG)
    assert "D4.review-too-short" not in codes(dagang)
    assert "D4.review-short-after-return" in codes(dagang, Severity.WARNING)
    # Nationally the floor is 7 working days (Art. 26 ¶2, binding the sender: a fact, info): 6 days in all
    # are short either way, so the plain D4.review-too-short.
    national = check(review, profile="national")
    assert {c for c in codes(national) if c.startswith("D4.")} == {"D4.review-too-short"}
    assert "D4.review-too-short" in codes(national, Severity.INFO)
    # Opinion Wed 17 June: 8 working days in all (2, 3, 8, 9, 12, 15, 16, 17 June), 4 since the restart (12,
    # 15, 16, 17): nationally the short-after-return fact; under the seed, short after the return too.
    later = twice_supplemented(SubjectKind.MAJOR_DECISION, D(2020, 6, 17))
    assert "D4.review-short-after-return" in codes(check(later, profile="national"), Severity.INFO)
    assert {c for c in codes(check(later, profile=DAGANG)) if c.startswith("D4.")} == {"D4.review-short-after-return"}


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(D(2020, 1, 1), D(2025, 6, 30)),
    gaps=st.lists(st.tuples(st.integers(0, 6), st.integers(1, 8)), max_size=3),
    tail=st.integers(0, 10),
)
def test_n7_too_short_only_when_the_days_reviewed_in_all_are_fewer_than_5(
    first: dt.date, gaps: list[tuple[int, int]], tail: int
) -> None:
    # Each gap: (calendar days of review before the return, calendar days the materials were away).
    review = LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=first).materials_completed(first)
    day, away = first, []
    for before, out in gaps:
        returned = day + dt.timedelta(days=before)
        back = returned + dt.timedelta(days=out)
        review = review.returned(returned).materials_completed(back)
        away.append((returned, back))
        day = back
    end = day + dt.timedelta(days=tail)
    review = review.give_opinion(ReviewOpinion.LAWFUL, end, reasons="合法")
    cal = default_calendar()
    # Counted day by day from the per-day predicate: working days in (first, end] outside every (returned, back].
    reviewed = sum(
        1
        for n in range(1, (end - first).days + 1)
        if cal.is_workday(x := first + dt.timedelta(days=n)) and not any(r < x <= b for r, b in away)
    )
    since_restart = sum(1 for n in range(1, (end - day).days + 1) if cal.is_workday(day + dt.timedelta(days=n)))
    found = codes(check(review, profile=DAGANG))
    assert ("N7.review-too-short" in found) == (since_restart < 5 and reviewed < 5)
    assert ("N7.review-short-after-return" in found) == (since_restart < 5 <= reviewed)


# --- D4: the seed's floor for a decision's review names no start -------------------------------------------


def _decision_review(requested: dt.date, complete: dt.date, opinion: dt.date) -> LegalityReview:
    return (
        LegalityReview(SubjectKind.MAJOR_DECISION, requested_on=requested)
        .materials_completed(complete)
        .give_opinion(ReviewOpinion.LAWFUL, opinion, reasons="合法")
    )


def test_a_decision_review_long_enough_from_its_request_is_not_an_error() -> None:
    # Requested Mon 1 June 2020, materials complete Thu 4 June, opinion Tue 9 June: 5, 8, 9 June are 3
    # working days from the materials, 6 (2–5, 8, 9 June) from the request. "合法性审查时间不少于5个工作日"
    # names no start: a warning under the seed, the national info unchanged in kind.
    review = _decision_review(D(2020, 6, 1), D(2020, 6, 4), D(2020, 6, 9))
    report = check(review, profile=DAGANG)
    assert codes(report, Severity.ERROR) == set()
    (finding,) = [f for f in report.findings if f.code == "D4.review-short-from-materials"]
    assert finding.severity is Severity.WARNING and finding.path == "$.completed_on"
    assert finding.message == (
        "合法性审查自收齐材料之日起只有3个工作日，少于本配置（tianjin-binhai-dagang）的5个工作日；"
        "自送审之日起（退回、补充期间除外）共6个工作日，规定未明确起算日"
    )
    assert finding.message_en == (
        "the legality review took 3 working days from the materials-complete date, less than the 5 working days "
        "of this profile (tianjin-binhai-dagang); 6 working days from the request, the days the materials were "
        "away left out (the rule names no start)"
    )
    assert finding.parameter == "major_decision.review_period.min"
    assert "合法性审查时间不少于5个工作日" in finding.citation
    assert {fact.label: fact.date for fact in finding.dates} == {
        "requested": D(2020, 6, 1),
        "clock_start": D(2020, 6, 4),
        "completed": D(2020, 6, 9),
    }
    # Nationally the floor is 7 working days (713号令 Art. 26 ¶2, from the sending): 6 are short either way.
    national = [f for f in check(review, profile="national").findings if f.code.startswith("D4.")]
    assert [(f.code, f.severity) for f in national] == [("D4.review-too-short", Severity.INFO)]
    # Complete Mon 8 June, opinion Wed 10 June: 2 working days from the materials, 7 from the request.
    later = _decision_review(D(2020, 6, 1), D(2020, 6, 8), D(2020, 6, 10))
    national = [f for f in check(later, profile="national").findings if f.code.startswith("D4.")]
    assert [(f.code, f.severity) for f in national] == [("D4.review-short-from-materials", Severity.INFO)]
    assert "D4.review-short-from-materials" in codes(check(later, profile=DAGANG), Severity.WARNING)


def test_a_decision_review_short_even_from_its_request_is_still_an_error() -> None:
    # Requested Mon 1 June, complete Tue 2 June, opinion Fri 5 June: 4 working days from the request.
    report = check(_decision_review(D(2020, 6, 1), D(2020, 6, 2), D(2020, 6, 5)), profile=DAGANG)
    assert "D4.review-too-short" in codes(report, Severity.ERROR)
    assert "D4.review-short-from-materials" not in codes(report)
    # A document's floor counts from the materials (the seed: "合法性审核时间自收齐材料之日起"): no such reading.
    document = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 4))
        .give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 9), reasons="合法")
    )
    assert "N7.review-too-short" in codes(check(document, profile=DAGANG), Severity.ERROR)


def test_a_street_office_decision_before_713_is_judged_as_the_rules_in_force_read() -> None:
    from xingzheng.model.decision import BodyKind, street_office_unbound

    # No D11 in force (713号令 from 2019-09-01; the seed's adoption from 2020): no scope question, no downgrade.
    assert not street_office_unbound(BodyKind.STREET_OFFICE, DAGANG, D(2018, 1, 1))
    assert not street_office_unbound(BodyKind.STREET_OFFICE, "national", D(2019, 8, 31))
    assert street_office_unbound(BodyKind.STREET_OFFICE, "national", D(2019, 9, 1))
    assert not street_office_unbound(BodyKind.STREET_OFFICE, DAGANG, D(2020, 6, 1))
    assert not street_office_unbound(BodyKind.COUNTY_OR_HIGHER_GOVERNMENT, "national", D(2020, 6, 1))


def test_a_request_before_the_calendars_data_is_named_when_it_cannot_be_counted() -> None:
    # Requested in 2003 (before the built-in data), reviewed in 2020: the count from the request cannot be
    # made; the calendar's warning names the field, and the count from the materials decides (an error).
    report = check(_decision_review(D(2003, 12, 1), D(2020, 6, 4), D(2020, 6, 9)), profile=DAGANG)
    assert "D4.review-too-short" in codes(report, Severity.ERROR)
    assert [f.path for f in report.findings if f.code == "CAL.coverage"] == ["$.completed_on"]
