"""Petitions (信访事项): W1–W5, calendar days and Art. 23 ¶3's working days, public view, I/O (issue 23)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, upcoming
from xingzheng.errors import ProcedureError
from xingzheng.io import dumps, loads
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.petition import Petition, PetitionForm, PetitionReview, PetitionRoute, PetitionRouting
from xingzheng.rules import Profile, load_profile
from xingzheng.strategies import compliant_petitions, petitions
from xingzheng.strategies._documents import PERSONAL_DATA

NATIONAL = load_profile("national")
SEED = load_profile("tianjin-binhai-dagang")


def _petition(**changes: object) -> Petition:
    base: dict[str, object] = {
        "petition_id": "大港信〔2024〕31号",
        "received_by": "大港街道办事处",
        "petitioner": Party(PartyKind.CITIZEN, person_name="丙某", phone="13812345678"),
        "form": PetitionForm.LETTER,
        "received_on": dt.date(2024, 3, 4),
        "matter": "反映某餐馆油烟扰民，请求查处",
        "notified_on": dt.date(2024, 3, 19),  # 15 days end on 2024-03-19
    }
    base.update(changes)
    return Petition(**base)  # type: ignore[arg-type]


def _severe(report: object) -> list[str]:
    return [f.code for f in report.findings if f.severity.value in {"error", "warning"}]  # type: ignore[attr-defined]


def test_notice_within_fifteen_calendar_days() -> None:
    assert check(_petition()).codes() == ()
    late = check(_petition(notified_on=dt.date(2024, 3, 20)))
    assert late.codes() == ("W2.notice-late",) and late.findings[0].severity.value == "error"
    assert "信访工作条例" in late.findings[0].citation
    assert check(_petition(notified_on=None), as_of=dt.date(2024, 3, 20)).codes() == ("W2.notice-overdue",)
    assert check(_petition(notified_on=None, identity_unclear=True), as_of=dt.date(2024, 6, 1)).codes() == ()
    # A period ending on a rest day rolls to the next working day (Civil Code Art. 203): from 2024-03-16,
    # 15 days end on Sunday 03-31, so Monday 04-01 is in time.
    assert check(_petition(received_on=dt.date(2024, 3, 16), notified_on=dt.date(2024, 4, 1))).codes() == ()


def test_objection_in_five_working_days() -> None:
    # Transferred in on Wednesday 2024-04-03; Qingming 04-04..04-06, Sunday 04-07 works: the working days
    # are 04-07, 04-08, 04-09, 04-10, 04-11.
    base = {"received_on": dt.date(2024, 4, 3), "transferred_in": True, "notified_on": None}
    assert check(_petition(objected_on=dt.date(2024, 4, 11), **base)).codes() == ()
    assert check(_petition(objected_on=dt.date(2024, 4, 12), **base)).codes() == ("W2.objection-late",)


def test_petition_office_sorts_in_fifteen_days() -> None:
    office = _petition(by_petition_office=True, notified_on=None, sorted_on=dt.date(2024, 3, 20))
    assert check(office).codes() == ("W1.sorting-late",)
    (item,) = upcoming(_petition(by_petition_office=True, notified_on=None), as_of=dt.date(2024, 3, 5))
    assert (item.rule, item.deadline.due) == ("W1", dt.date(2024, 3, 19))


def test_routing_into_a_penalty_procedure_names_its_case() -> None:
    unnamed = _petition(routing=PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, dt.date(2024, 3, 8)))
    report = check(unnamed)
    assert report.codes() == ("W3.case-not-recorded",) and report.findings[0].severity.value == "warning"
    named = _petition(routing=PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, dt.date(2024, 3, 8), "津港街罚〔2024〕5号"))
    assert check(named).codes() == () and named.enforcement_case == "津港街罚〔2024〕5号"


def test_handling_extension_and_reviews() -> None:
    handled = _petition(routing=PetitionRouting(PetitionRoute.HANDLED, dt.date(2024, 3, 8)))
    # 60 days from 2024-03-08 end on Tuesday 2024-05-07.
    assert check(attr(handled, answered_on=dt.date(2024, 5, 7))).codes() == ()
    assert check(attr(handled, answered_on=dt.date(2024, 5, 8))).codes() == ("W4.handling-late",)
    assert check(handled, as_of=dt.date(2024, 5, 8)).codes() == ("W4.handling-overdue",)
    with pytest.raises(ProcedureError) as refused:
        handled.extend(31, dt.date(2024, 4, 30))
    assert refused.value.rule == "W4"
    extended = handled.extend(30, dt.date(2024, 4, 30))
    assert check(attr(extended, answered_on=dt.date(2024, 6, 6))).codes() == ()
    with pytest.raises(ProcedureError):
        extended.extend(1, dt.date(2024, 5, 1))
    review = PetitionReview(dt.date(2024, 5, 10), dt.date(2024, 6, 1), dt.date(2024, 7, 2))  # 30 days end on 07-01
    assert check(attr(handled, answered_on=dt.date(2024, 5, 7), review=review)).codes() == ("W4.review-late",)
    # Re-review: hearing 2024-07-10..07-12 (3 days) not counted: 30 days from 07-01 end on 07-31, then 08-03 (Sat) -> 08-05.
    hearing = PetitionReview(dt.date(2024, 6, 20), dt.date(2024, 7, 1), dt.date(2024, 8, 5), dt.date(2024, 7, 10), dt.date(2024, 7, 12))
    assert check(attr(handled, answered_on=dt.date(2024, 5, 7), re_review=hearing)).codes() == ()
    late = PetitionReview(dt.date(2024, 6, 20), dt.date(2024, 7, 1), dt.date(2024, 8, 6), dt.date(2024, 7, 10), dt.date(2024, 7, 12))
    assert check(attr(handled, answered_on=dt.date(2024, 5, 7), re_review=late)).codes() == ("W4.re-review-late",)
    asked_late = PetitionReview(dt.date(2024, 5, 10), dt.date(2024, 6, 20), dt.date(2024, 6, 30))
    report = check(attr(handled, answered_on=dt.date(2024, 5, 7), review=asked_late))
    assert report.codes() == ("W4.request-late",) and report.findings[0].severity.value == "info"


def attr(petition: Petition, **changes: object) -> Petition:
    import attrs

    return attrs.evolve(petition, **changes)  # type: ignore[arg-type]


def test_group_visits_and_the_earlier_regulation() -> None:
    group = _petition(form=PetitionForm.VISIT, representatives=6)
    report = check(group)
    assert report.codes() == ("W5.too-many-representatives",) and report.findings[0].severity.value == "info"
    old = _petition(received_on=dt.date(2022, 4, 1), notified_on=dt.date(2022, 5, 30))
    assert all(f.code.endswith(".no-rule") for f in check(old).findings)


def test_public_view_and_io() -> None:
    petition = _petition()
    text = json.dumps(petition.public_view(), ensure_ascii=False)
    assert "丙某" not in text and "13812345678" not in text
    assert loads(dumps(petition)) == petition and json.loads(dumps(petition))["kind"] == "petition"


@settings(max_examples=150, deadline=None)
@given(compliant_petitions(), st.sampled_from([NATIONAL, SEED]))
def test_compliant_petitions_give_no_error_and_no_warning(petition: Petition, profile: Profile) -> None:
    assert _severe(check(petition, profile=profile)) == []
    assert _severe(check(petition, profile=profile, as_of=petition.received_on)) == []


@settings(max_examples=150, deadline=None)
@given(petitions(), st.sampled_from([NATIONAL, SEED]), st.booleans())
def test_check_and_upcoming_never_raise(petition: Petition, profile: Profile, judge_open: bool) -> None:
    check(petition, profile=profile, as_of=dt.date(2026, 6, 30) if judge_open else None)
    for item in upcoming(petition, as_of=dt.date(2026, 6, 30), profile=profile):
        assert item.rule in {"W1", "W2", "W4"}
    assert loads(dumps(petition)) == petition
    text = json.dumps(petition.public_view(), ensure_ascii=False)
    assert not any(secret in text for secret in PERSONAL_DATA)
