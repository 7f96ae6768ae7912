"""Fidelity of the petition checks (W1, W2, W4): each period's last day is lawful, the next day is its error.

Golden cases on the official calendar (2024: 国庆 1–7 October; Saturday 12 October a working day). No
defect was found in the petition checks; these pin the counting the regulation prescribes.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, default_calendar
from xingzheng.calendar import Period, PeriodUnit, deadline
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.petition import Petition, PetitionForm, PetitionReview, PetitionRoute, PetitionRouting
from xingzheng.strategies import compliant_petitions

CAL = default_calendar()
D = dt.date


def _petition(**changes: object) -> Petition:
    base: dict[str, object] = {
        "petition_id": "大港信〔2024〕88号",
        "received_by": "大港街道办事处",
        "petitioner": Party(PartyKind.CITIZEN, person_name="丙某"),
        "form": PetitionForm.LETTER,
        "received_on": D(2024, 9, 16),
        "notified_on": D(2024, 9, 16),
    }
    base.update(changes)
    return Petition(**base)  # type: ignore[arg-type]


def _errors(p: Petition, as_of: dt.date | None = None) -> list[str]:
    return [f.code for f in check(p, as_of=as_of).findings if f.severity.value == "error"]


def test_fifteen_days_ending_in_national_day_roll_to_the_next_working_day() -> None:
    # Received on Monday 2024-09-16 by a petition office: 15 days end on 10-01, 国庆, so on Tuesday 10-08.
    office = _petition(by_petition_office=True, notified_on=None)
    assert _errors(attrs.evolve(office, sorted_on=D(2024, 10, 8))) == []
    assert _errors(attrs.evolve(office, sorted_on=D(2024, 10, 9))) == ["W1.sorting-late"]
    # The same for the written notice of a body that is not a petition office (Art. 23 ¶2).
    assert _errors(_petition(notified_on=D(2024, 10, 8))) == []
    assert _errors(_petition(notified_on=D(2024, 10, 9))) == ["W2.notice-late"]


def test_an_objection_to_a_transfer_counts_five_working_days() -> None:
    # Transferred in on Friday 2024-09-27: 5 working days are 09-29 (a Sunday worked), 09-30, 10-08, 10-09, 10-10.
    moved = _petition(received_on=D(2024, 9, 27), notified_on=None, transferred_in=True)
    assert _errors(attrs.evolve(moved, objected_on=D(2024, 10, 10))) == []
    assert _errors(attrs.evolve(moved, objected_on=D(2024, 10, 11))) == ["W2.objection-late"]


def test_a_re_reviews_hearing_days_are_left_out() -> None:
    # Requested 2024-09-02: 30 days end on 10-02, a rest day, so 10-08. A hearing from 09-10 to 09-17 (8 days,
    # its first included, Art. 36 ¶2) moves the end to Thursday 10-10.
    routing = PetitionRouting(PetitionRoute.HANDLED, D(2024, 6, 3))
    review = PetitionReview(D(2024, 8, 20), D(2024, 9, 2), D(2024, 10, 10), D(2024, 9, 10), D(2024, 9, 17))
    base = _petition(received_on=D(2024, 6, 3), notified_on=D(2024, 6, 3), routing=routing, answered_on=D(2024, 7, 31))
    assert _errors(attrs.evolve(base, re_review=review)) == []
    assert _errors(attrs.evolve(base, re_review=attrs.evolve(review, opinion_on=D(2024, 10, 11)))) == ["W4.re-review-late"]


@settings(max_examples=80, deadline=None)
@given(compliant_petitions(), st.data())
def test_sorting_and_notice_move_within_fifteen_days_and_one_day_past_them(p: Petition, data: st.DataObject) -> None:
    """Any day from the receipt to the 15th day (rolled off a rest day) is lawful; the day after is the error."""
    due = deadline(p.received_on, Period(15, PeriodUnit.DAYS), CAL).due
    day = p.received_on + dt.timedelta(days=data.draw(st.integers(0, (due - p.received_on).days)))
    if p.by_petition_office:
        assert _errors(attrs.evolve(p, sorted_on=day)) == []
        assert _errors(attrs.evolve(p, sorted_on=due + dt.timedelta(days=1))) == ["W1.sorting-late"]
    elif p.objected_on is None:
        assert _errors(attrs.evolve(p, notified_on=day)) == []
        assert _errors(attrs.evolve(p, notified_on=due + dt.timedelta(days=1))) == ["W2.notice-late"]


@settings(max_examples=80, deadline=None)
@given(compliant_petitions(), st.data())
def test_handling_moves_within_sixty_days_plus_the_extension_and_one_day_past_them(p: Petition, data: st.DataObject) -> None:
    routing = p.routing
    if routing is None or routing.route is not PetitionRoute.HANDLED:
        return
    extra = 0 if p.extension is None else p.extension.days
    due = deadline(routing.routed_on, Period(60 + extra, PeriodUnit.DAYS), CAL).due
    day = routing.routed_on + dt.timedelta(days=data.draw(st.integers(0, (due - routing.routed_on).days)))
    assert _errors(attrs.evolve(p, answered_on=day, review=None)) == []
    assert _errors(attrs.evolve(p, answered_on=due + dt.timedelta(days=1), review=None)) == ["W4.handling-late"]
