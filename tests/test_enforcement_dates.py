"""Enforcement cases: which day starts each clock, which law's value applies, and how the days are counted.

Every expected date below is worked out by hand from the State Council's holiday arrangements (the working
days are listed in the comments), not taken from the library: 民法典 Art. 201 (start day not counted),
Art. 203 (a last day on a rest day moves to the next working day), and 行政处罚法 (2021) Art. 85 (its 二日,
三日, 五日, 七日 are working days from 2021-07-15; the 2017 text's 日 are calendar days).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import chinese_calendar
import pytest

from xingzheng import ProcedureError, check, default_calendar
from xingzheng.model.enforcement import (
    CaseSource,
    Defence,
    EnforcementCase,
    Hearing,
    HearingRequest,
    Offence,
    Officer,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Service,
)

SH = ZoneInfo("Asia/Shanghai")
D = dt.date
SEED = "tianjin-binhai-dagang"
WANG = Officer("王东", "12011600001")
ZHAO = Officer("赵西", "12011600002")


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=SH)


def filed(day: dt.date, committed: dt.date | None = None, ended: dt.date | None = None) -> EnforcementCase:
    case = EnforcementCase(
        case_number="大港执〔2021〕7号",
        agency="大港街道综合执法大队",
        source=CaseSource.COMPLAINT,
        party=Party(PartyKind.ORGANISATION, organisation_name="天津市滨海新区某某商贸有限公司"),
        offence=Offence(committed_on=committed or day - dt.timedelta(days=3), ended_on=ended),
    )
    case = case.discover(day, at(day, 8), "ZF").file(day, at(day), "ZF")
    return case.assign_officer(WANG, at(day, 10), "ZF").assign_officer(ZHAO, at(day, 10), "ZF")


def notified(case: EnforcementCase, day: dt.date, **kw: object) -> EnforcementCase:
    notice = PenaltyNotice(served_on=day, intended_penalty="罚款2000元", intended_fine_yuan=2000, **kw)  # type: ignore[arg-type]
    return case.notify(notice, at(day), "ZF")


def fine(day: dt.date, **kw: object) -> PenaltyDecision:
    return PenaltyDecision(decided_on=day, penalties=(PenaltyKind.FINE,), fine_yuan=2000, **kw)  # type: ignore[arg-type]


def dates_of(case: EnforcementCase, code: str, profile: str = SEED) -> dict[str, dt.date]:
    (finding,) = [f for f in check(case, profile=profile).findings if f.code == code]
    return {fact.label: fact.date for fact in finding.dates}


def test_the_hand_worked_days_match_the_official_calendar() -> None:
    # The comments of this file rest on these days; check them against chinese_calendar's own predicate.
    rest = [D(2020, 6, 25), D(2020, 6, 26), D(2020, 6, 27), D(2020, 10, 5), D(2021, 7, 17), D(2021, 10, 7)]
    rest += [D(2022, 1, 1), D(2022, 1, 3), D(2022, 4, 4), D(2022, 4, 5)]
    worked = [D(2020, 6, 28), D(2020, 10, 9), D(2021, 9, 26), D(2021, 10, 9), D(2022, 1, 4), D(2022, 4, 2)]
    assert not any(chinese_calendar.is_workday(d) for d in rest)
    assert all(chinese_calendar.is_workday(d) for d in worked)


# --- E5: the hearing request, 2017 calendar days → 2021 working days ----------------------------------------


def test_a_2017_three_day_limit_ending_on_a_holiday_rolls_to_the_adjusted_working_sunday_e5() -> None:
    # Notice Mon 22 Jun 2020. Three calendar days: the third is Thu 25 Jun, Dragon Boat Festival (25–27 Jun
    # rest). Art. 203: the period ends on Sun 28 Jun, an adjusted working day.
    case = notified(filed(D(2020, 6, 1)), D(2020, 6, 22), hearing_right_stated=True)
    in_time = case.request_hearing(HearingRequest(D(2020, 6, 28)), at(D(2020, 6, 28)), "当事人")
    assert "E5.hearing-request-late" not in check(in_time, profile=SEED).codes()
    late = attrs.evolve(in_time, hearing_request=HearingRequest(D(2020, 6, 29)))
    assert dates_of(late, "E5.hearing-request-late")["due"] == D(2020, 6, 28)


def test_the_notice_day_decides_which_law_counts_the_hearing_request_e5() -> None:
    # Notice Wed 14 Jul 2021 (2017 text): 3 calendar days end Sat 17 Jul → rolled to Mon 19 Jul.
    # Notice Thu 15 Jul 2021 (2021 text): 5 working days: 16, 19, 20, 21, 22 Jul → Thu 22 Jul.
    request = HearingRequest(D(2021, 7, 20))
    old = notified(filed(D(2021, 7, 1)), D(2021, 7, 14), hearing_right_stated=True)
    old = old.request_hearing(request, at(request.requested_on), "当事人")
    (finding,) = [f for f in check(old, profile=SEED).findings if f.code == "E5.hearing-request-late"]
    assert {fact.label: fact.date for fact in finding.dates}["due"] == D(2021, 7, 19)
    assert "三日内" in finding.citation and "第八十五条" not in finding.citation
    new = notified(filed(D(2021, 7, 1)), D(2021, 7, 15), hearing_right_stated=True)
    new = new.request_hearing(request, at(request.requested_on), "当事人")
    assert "E5.hearing-request-late" not in check(new, profile=SEED).codes()
    later = attrs.evolve(new, hearing_request=HearingRequest(D(2021, 7, 23)))
    (finding,) = [f for f in check(later, profile=SEED).findings if f.code == "E5.hearing-request-late"]
    assert {fact.label: fact.date for fact in finding.dates}["due"] == D(2021, 7, 22)
    assert "五日内" in finding.citation and "工作日" in finding.citation


def test_five_working_days_across_qingming_2022_e5() -> None:
    # Notice Fri 1 Apr 2022. Qingming: 3–5 Apr rest, Sat 2 Apr worked. Working days after the notice:
    # 2 Apr (Sat), 6, 7, 8, 11 Apr → the fifth is Mon 11 Apr (five calendar days would end on 6 Apr).
    case = notified(filed(D(2022, 3, 14)), D(2022, 4, 1), hearing_right_stated=True)
    in_time = case.request_hearing(HearingRequest(D(2022, 4, 11)), at(D(2022, 4, 11)), "当事人")
    assert "E5.hearing-request-late" not in check(in_time, profile=SEED).codes()
    late = attrs.evolve(in_time, hearing_request=HearingRequest(D(2022, 4, 12)))
    assert dates_of(late, "E5.hearing-request-late")["due"] == D(2022, 4, 11)


def test_the_hearing_is_notified_seven_working_days_before_it_from_2021_e5() -> None:
    # Hearing Fri 15 Oct 2021. Working days before it: 14, 13, 12, 11, 9 (Sat, adjusted), 8 Oct, 30 Sep;
    # seven must lie strictly between notice and hearing, so 29 Sep is the latest notice day.
    def heard(notice_day: dt.date) -> EnforcementCase:
        case = notified(filed(D(2021, 9, 1)), D(2021, 9, 20), hearing_right_stated=True)
        case = case.request_hearing(HearingRequest(D(2021, 9, 22)), at(D(2021, 9, 22)), "当事人")
        return case.hold_hearing(Hearing(notice_day, D(2021, 10, 15)), at(D(2021, 10, 15)), "ZF")

    assert "E5.hearing-notice-too-short" not in check(heard(D(2021, 9, 29)), profile=SEED).codes()
    facts = dates_of(heard(D(2021, 9, 30)), "E5.hearing-notice-too-short")
    assert facts["latest"] == D(2021, 9, 29)


def test_the_hearing_is_notified_seven_calendar_days_before_it_in_2020_e5() -> None:
    # Hearing Wed 10 Jun 2020; seven calendar days strictly between (3–9 Jun): notice by Tue 2 Jun.
    def heard(notice_day: dt.date) -> EnforcementCase:
        case = notified(filed(D(2020, 5, 11)), D(2020, 5, 25), hearing_right_stated=True)
        case = case.request_hearing(HearingRequest(D(2020, 5, 26)), at(D(2020, 5, 26)), "当事人")
        return case.hold_hearing(Hearing(notice_day, D(2020, 6, 10)), at(D(2020, 6, 10)), "ZF")

    assert "E5.hearing-notice-too-short" not in check(heard(D(2020, 6, 2)), profile=SEED).codes()
    assert dates_of(heard(D(2020, 6, 3)), "E5.hearing-notice-too-short")["latest"] == D(2020, 6, 2)


# --- E7: ninety calendar days from filing, from 2021-07-15 --------------------------------------------------


def test_a_90th_day_on_new_year_rolls_to_the_next_working_day_e7() -> None:
    # Filed Sun 3 Oct 2021: day 90 is Sat 1 Jan 2022 (元旦: 1–3 Jan rest) → the limit ends Tue 4 Jan.
    assert D(2021, 10, 3) + dt.timedelta(days=90) == D(2022, 1, 1)
    case = notified(filed(D(2021, 10, 3)), D(2021, 12, 20))
    on_time = case.decide(fine(D(2022, 1, 4)), at(D(2022, 1, 4)), "ZF")
    assert "E7.decision-overdue" not in check(on_time, profile=SEED).codes()
    late = case.decide(fine(D(2022, 1, 5)), at(D(2022, 1, 5)), "ZF")
    facts = dates_of(late, "E7.decision-overdue")
    assert facts["due"] == D(2022, 1, 4) and facts["filed"] == D(2021, 10, 3)


def test_the_filing_day_decides_whether_the_90_day_limit_applies_e7() -> None:
    # Filed 14 Jul 2021 (the 2017 text: no decision limit) and decided 120 days later: no E7.
    old = notified(filed(D(2021, 7, 14)), D(2021, 11, 1))
    old = old.decide(fine(D(2021, 11, 11)), at(D(2021, 11, 11)), "ZF")
    codes = check(old, profile=SEED).codes()
    assert "E7.decision-overdue" not in codes and "E7.no-rule" in codes
    # Filed 15 Jul 2021: day 90 is Wed 13 Oct 2021, a working day; 14 Oct is late.
    new = notified(filed(D(2021, 7, 15)), D(2021, 10, 8))
    assert "E7.decision-overdue" not in check(new.decide(fine(D(2021, 10, 13)), at(D(2021, 10, 13)), "ZF")).codes()
    late = new.decide(fine(D(2021, 10, 14)), at(D(2021, 10, 14)), "ZF")
    assert dates_of(late, "E7.decision-overdue", "national")["due"] == D(2021, 10, 13)


def test_an_open_decision_clock_is_judged_only_with_as_of_e7() -> None:
    # Filed Wed 1 Sep 2021: day 90 is Tue 30 Nov 2021.
    case = notified(filed(D(2021, 9, 1)), D(2021, 9, 20))
    assert "E7.decision-overdue" not in check(case, profile=SEED).codes()
    assert "E7.decision-overdue" not in check(case, profile=SEED, as_of=D(2021, 11, 30)).codes()
    assert "E7.decision-overdue" in check(case, profile=SEED, as_of=D(2021, 12, 1)).codes()


# --- E8: service, seven calendar days in 2020 -----------------------------------------------------------------


def test_service_in_2020_counts_seven_calendar_days_and_rolls_over_national_day_e8() -> None:
    # Decided Mon 28 Sep 2020: day 7 is Mon 5 Oct, inside the 1–8 Oct rest → the limit ends Fri 9 Oct.
    case = notified(filed(D(2020, 9, 1)), D(2020, 9, 14)).decide(fine(D(2020, 9, 28)), at(D(2020, 9, 28)), "ZF")
    on_time = case.serve(Service(D(2020, 10, 9)), at(D(2020, 10, 9)), "ZF")
    assert "E8.service-late" not in check(on_time, profile=SEED).codes()
    late = case.serve(Service(D(2020, 10, 10)), at(D(2020, 10, 10)), "ZF")
    assert dates_of(late, "E8.service-late")["due"] == D(2020, 10, 9)


# --- E9: the limitation ------------------------------------------------------------------------------------------


def test_the_limitation_counts_from_the_end_of_a_continuing_act_e9() -> None:
    # Began 1 Jan 2018, ended 1 May 2020, discovered 1 Jun 2021: within 2 years of the end, not of the start.
    case = filed(D(2021, 6, 1), committed=D(2018, 1, 1), ended=D(2020, 5, 1))
    assert "E9.limitation-expired" not in check(case).codes()
    single = filed(D(2021, 6, 1), committed=D(2018, 1, 1))
    # Not decided yet: nothing is breached, a warning that no penalty may be given (issue 18).
    facts = dates_of(single, "E9.limitation-expired-pending", "national")
    assert facts["limitation_starts"] == D(2018, 1, 1) and facts["due"] == D(2020, 1, 2)  # 1 Jan 2020 a holiday


def test_a_recent_case_needs_no_calendar_past_its_coverage_for_the_limitation_e9() -> None:
    # An act in the last covered year, discovered the next day: the two years end in an uncovered year, but
    # a discovery before the unrolled last day is in time whatever that year's holidays are.
    year = default_calendar().coverage.last.year
    case = filed(D(year, 6, 2), committed=D(year, 6, 1))
    report = check(case)
    assert "CAL.coverage" not in report.codes()
    assert "E9.limitation-expired" not in report.codes()


# --- guards --------------------------------------------------------------------------------------------------------


def test_a_notice_without_the_rights_or_the_facts_is_no_notice_e4() -> None:
    case = filed(D(2021, 9, 1))
    for missing in ({"rights_stated": False}, {"facts_reasons_basis": False}):
        bare = notified(case, D(2021, 9, 20), **missing)
        waived = bare.record_defence(Defence(D(2021, 9, 22), waived=True), at(D(2021, 9, 22)), "ZF")
        with pytest.raises(ProcedureError) as info:
            waived.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
        assert info.value.rule == "E4"
        assert waived.decision is None
        forged = attrs.evolve(waived, decision=fine(D(2021, 10, 8)))
        assert "E4.notice-incomplete" in check(forged).codes()


def test_a_summary_decision_needs_no_legal_review_in_2021_e6() -> None:
    # Art. 58 sits in 第三节 普通程序; an on-the-spot decision (第二节 简易程序) is not reviewed.
    case = attrs.evolve(notified(filed(D(2021, 9, 1)), D(2021, 9, 2)), major_public_interest=True)
    summary = fine(D(2021, 9, 2), procedure=ProcedureKind.SUMMARY, filed_with_agency_on=D(2021, 9, 2))
    summary = attrs.evolve(summary, fine_yuan=100)
    decided = case.decide(summary, at(D(2021, 9, 2), 11), "ZF")
    assert not [c for c in check(decided).codes() if c.startswith("E6.review")]
    with pytest.raises(ProcedureError) as info:
        case.decide(fine(D(2021, 9, 2)), at(D(2021, 9, 2), 11), "ZF")
    assert info.value.rule == "E6"


def test_guards_take_a_profile_by_name() -> None:
    case = notified(filed(D(2021, 9, 1)), D(2021, 9, 20))
    decided = case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF", profile=SEED)
    assert decided.decision is not None
    with pytest.raises(ProcedureError) as info:
        filed(D(2021, 9, 1)).decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF", profile=SEED)
    assert info.value.rule == "E4" and "第四十四条" in info.value.citation
