"""Disclosure requests (依申请公开): the G rules, their clock, public view, I/O (issue 23)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, default_calendar, upcoming
from xingzheng.errors import InvariantError, ProcedureError
from xingzheng.io import dumps, json_schema, loads
from xingzheng.model.disclosure import (
    ConsultedKind,
    CorrectionRequest,
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyExtension,
    ReplyKind,
    SubmissionChannel,
)
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.rules import Profile, load_profile
from xingzheng.strategies import compliant_disclosure_requests, disclosure_requests
from xingzheng.strategies._documents import PERSONAL_DATA

NATIONAL = load_profile("national")
SEED = load_profile("tianjin-binhai-dagang")
CAL = default_calendar()
CITIZEN = Party(PartyKind.CITIZEN, person_name="甲某", phone="13812345678", id_number="120101199001011234")


def _request(**changes: object) -> DisclosureRequest:
    base: dict[str, object] = {
        "request_id": "大港街依申〔2024〕1号",
        "agency": "大港街道办事处",
        "applicant": CITIZEN,
        "channel": SubmissionChannel.INTERNET,
        "submitted_on": dt.date(2024, 3, 1),
        "confirmed_on": dt.date(2024, 3, 4),  # a Monday: the receipt day (G4, Art. 31(三))
    }
    base.update(changes)
    return DisclosureRequest(**base)  # type: ignore[arg-type]


def _severe(report: object) -> list[str]:
    return [f.code for f in report.findings if f.severity.value in {"error", "warning"}]  # type: ignore[attr-defined]


# --- golden cases on the official calendar -----------------------------------------------------------


def test_reply_period_counts_working_days_across_qingming_2024() -> None:
    # From Monday 2024-03-04: the 20th working day is 2024-04-01.
    assert check(_request(reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 1)))).codes() == ()
    late = check(_request(reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 2))))
    assert late.codes() == ("G2.reply-late",)
    assert late.findings[0].severity.value == "error"
    assert "政府信息公开条例" in late.findings[0].citation


def test_consultation_time_is_left_out_of_the_reply_period() -> None:
    # Third party consulted 2024-03-06, opinion 2024-03-20: 10 working days (3-7..3-20) left out. The 30th
    # working day after 03-04 skips the Qingming block (04-04..04-06; Sunday 04-07 is a working day): 04-16.
    consulted = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", dt.date(2024, 3, 6), answered_on=dt.date(2024, 3, 20))
    assert CAL.workdays_between(dt.date(2024, 3, 6), dt.date(2024, 3, 20)) == 10
    on_time = _request(consultations=[consulted], reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 16)))
    assert check(on_time).codes() == ()
    late = _request(consultations=[consulted], reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 17)))
    assert check(late).codes() == ("G2.reply-late",)
    (item,) = [u for u in upcoming(_request(consultations=[consulted]), as_of=dt.date(2024, 3, 25)) if u.rule == "G2"]
    assert item.deadline.due == dt.date(2024, 4, 16)


def test_an_open_request_is_overdue_only_with_as_of() -> None:
    request = _request()
    assert check(request).codes() == ()
    assert check(request, as_of=dt.date(2024, 4, 1)).codes() == ()
    overdue = check(request, as_of=dt.date(2024, 4, 2))
    assert overdue.codes() == ("G2.reply-overdue",)


@pytest.mark.parametrize(
    ("channel", "fields", "received"),
    [
        (SubmissionChannel.IN_PERSON, {}, dt.date(2024, 3, 1)),
        (SubmissionChannel.SIGNED_POST, {"signed_for_on": dt.date(2024, 3, 5)}, dt.date(2024, 3, 5)),
        (SubmissionChannel.ORDINARY_POST, {"arrived_on": dt.date(2024, 3, 5), "confirmed_on": dt.date(2024, 3, 5)}, dt.date(2024, 3, 5)),
        (SubmissionChannel.FAX, {"confirmed_on": dt.date(2024, 3, 6)}, dt.date(2024, 3, 6)),
    ],
)
def test_receipt_day_per_channel(channel: SubmissionChannel, fields: dict[str, dt.date], received: dt.date) -> None:
    base = {"confirmed_on": None, **fields}
    request = _request(channel=channel, **base)
    assert request.received_on == received
    assert request.clock_starts_on == received


def test_receipt_not_recorded_is_a_warning_and_stops_the_clock() -> None:
    request = _request(channel=SubmissionChannel.SIGNED_POST, confirmed_on=None)
    report = check(request, as_of=dt.date(2024, 12, 31))
    assert report.codes() == ("G4.receipt-day-not-recorded",)
    assert report.findings[0].severity.value == "warning" and report.findings[0].path == "$.signed_for_on"


def test_an_ordinary_letter_is_confirmed_the_day_it_arrives() -> None:
    late = _request(channel=SubmissionChannel.ORDINARY_POST, arrived_on=dt.date(2024, 3, 4), confirmed_on=dt.date(2024, 3, 6))
    report = check(late)
    assert report.codes() == ("G4.not-confirmed-same-day",)
    assert report.findings[0].severity.value == "error"


def test_correction_notice_and_restart() -> None:
    # 7 working days from 2024-03-04 end on 2024-03-13.
    in_time = CorrectionRequest(dt.date(2024, 3, 13), "请说明文号", corrected_on=dt.date(2024, 4, 1))
    late = CorrectionRequest(dt.date(2024, 3, 14), "请说明文号", corrected_on=dt.date(2024, 4, 1))
    assert check(_request(correction=in_time)).codes() == ()
    assert check(_request(correction=late)).codes() == ("G3.correction-notice-late",)
    # The reply period counts from the corrected request (2024-04-01): the 20th working day is 2024-04-29
    # (Sunday 04-07 and Sunday 04-28 are working days; 04-04..04-06 are Qingming).
    restarted = _request(correction=in_time, reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 29)))
    assert restarted.clock_starts_on == dt.date(2024, 4, 1)
    assert check(restarted).codes() == ()
    assert check(_request(correction=in_time, reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 30)))).codes() == (
        "G2.reply-late",
    )


def test_an_abandoned_request_is_a_fact_and_no_reply_is_due() -> None:
    abandoned = _request(correction=CorrectionRequest(dt.date(2024, 3, 8), deemed_abandoned=True))
    report = check(abandoned, as_of=dt.date(2025, 1, 1))
    assert report.codes() == ("G3.deemed-abandoned",)
    assert report.findings[0].severity.value == "info"
    assert [u.rule for u in upcoming(abandoned, as_of=dt.date(2024, 3, 10))] == []
    with pytest.raises(InvariantError):
        CorrectionRequest(dt.date(2024, 3, 8), corrected_on=dt.date(2024, 3, 9), deemed_abandoned=True)


def test_extension_rules() -> None:
    request = _request()
    with pytest.raises(ProcedureError) as refused:
        request.extend(21, dt.date(2024, 3, 20))
    assert refused.value.rule == "G2"
    extended = request.extend(20, dt.date(2024, 3, 20), notified_on=dt.date(2024, 3, 20))
    with pytest.raises(ProcedureError):
        extended.extend(1, dt.date(2024, 3, 21))
    # 20 + 20 working days from 2024-03-04.
    due = CAL.add_workdays(dt.date(2024, 3, 4), 40)
    assert check(extended.answer(ReplyKind.DISCLOSED, due)).codes() == ()
    assert check(extended.answer(ReplyKind.DISCLOSED, CAL.add_workdays(due, 1))).codes() == ("G2.reply-late",)
    # The record of an unlawful extension still loads; check reports it.
    too_long = _request(extension=ReplyExtension(25, dt.date(2024, 3, 20), True, dt.date(2024, 3, 20)))
    assert check(too_long).codes() == ("G2.extension-too-long",)
    refused_by_head = _request(
        extension=ReplyExtension(10, dt.date(2024, 3, 20), False, dt.date(2024, 3, 20)),
        reply=DisclosureReply(ReplyKind.DISCLOSED, CAL.add_workdays(dt.date(2024, 3, 4), 25)),
    )
    assert set(check(refused_by_head).codes()) == {"G2.extension-not-approved", "G2.reply-late"}
    unrecorded = _request(extension=ReplyExtension(5, dt.date(2024, 3, 20)))
    assert set(check(unrecorded).codes()) == {"G2.extension-approval-not-recorded", "G2.extension-notice-not-recorded"}
    after = _request(extension=ReplyExtension(5, dt.date(2024, 4, 2), True, dt.date(2024, 4, 2)))
    assert check(after).codes() == ("G2.extension-after-due",)


def test_consultation_findings() -> None:
    sent = dt.date(2024, 3, 5)
    limit = CAL.add_workdays(sent, 15)
    oral = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, written=False, answered_on=sent)
    assert check(_request(consultations=[oral])).codes() == ("G5.not-in-writing",)
    silent = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", sent)
    report = check(_request(consultations=[silent], reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2024, 4, 20))), as_of=dt.date(2024, 5, 1))
    assert "G5.deemed-consent" in report.codes()
    assert all(f.severity.value == "info" for f in report.findings if f.code.startswith("G5"))
    late = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, answered_on=CAL.add_workdays(limit, 3))
    assert check(_request(consultations=[late])).codes() == ("G5.opinion-late",)
    # The co-producer's silence ends its consultation on its 15th working day: counted from then on.
    due = CAL.add_workdays(dt.date(2024, 3, 4), 20 + CAL.workdays_between(sent, limit))
    item = [u for u in upcoming(_request(consultations=[silent]), as_of=limit + dt.timedelta(days=1)) if u.rule == "G2"]
    assert item[0].deadline.due == due


def test_refusal_must_tell_reconsideration_first_from_2024() -> None:
    refused = _request(reply=DisclosureReply(ReplyKind.REFUSED, dt.date(2024, 3, 20), reasons="商业秘密", reconsideration_first_told=False))
    assert check(refused).codes() == ("R3.not-told",)
    unrecorded = _request(reply=DisclosureReply(ReplyKind.REFUSED, dt.date(2024, 3, 20)))
    assert check(unrecorded).codes() == ("R3.telling-not-recorded",)
    # Before the 2023 reconsideration law took effect (2024-01-01): no R3 in force.
    old = _request(submitted_on=dt.date(2023, 11, 1), confirmed_on=dt.date(2023, 11, 1),
                   reply=DisclosureReply(ReplyKind.REFUSED, dt.date(2023, 11, 20), reconsideration_first_told=False))
    report = check(old)
    assert report.codes() == ("R3.no-rule",) and report.findings[0].severity.value == "info"


def test_before_the_2019_regulation_no_rule_is_in_force() -> None:
    old = _request(submitted_on=dt.date(2019, 3, 1), confirmed_on=dt.date(2019, 3, 4),
                   correction=CorrectionRequest(dt.date(2019, 4, 30), corrected_on=dt.date(2019, 5, 2)),
                   reply=DisclosureReply(ReplyKind.DISCLOSED, dt.date(2019, 9, 1)))
    report = check(old, as_of=dt.date(2019, 12, 1))
    assert report.codes() and all(f.code.endswith(".no-rule") and f.severity.value == "info" for f in report.findings)


def test_public_view_withholds_the_applicant() -> None:
    request = _request(information="联系电话13812345678", consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", dt.date(2024, 3, 5))])
    text = json.dumps(request.public_view(), ensure_ascii=False)
    for secret in ("甲某", "乙某", "13812345678", "120101199001011234"):
        assert secret not in text
    organisation = _request(applicant=Party(PartyKind.ORGANISATION, organisation_name="某某科技有限公司"))
    assert "某某科技有限公司" in json.dumps(organisation.public_view(), ensure_ascii=False)


def test_json_round_trip_and_schema() -> None:
    import jsonschema

    request = _request(extension=ReplyExtension(5, dt.date(2024, 3, 20), True, dt.date(2024, 3, 20)))
    text = dumps(request)
    assert json.loads(text)["kind"] == "disclosure_request"
    assert loads(text) == request
    schema = json_schema(DisclosureRequest)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(json.loads(text))
    assert schema["$defs"]["Party"]["properties"]["person_name"].get("x-personal") is True


# --- properties -----------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(compliant_disclosure_requests(), st.sampled_from([NATIONAL, SEED]))
def test_compliant_requests_give_no_error_and_no_warning(request: DisclosureRequest, profile: Profile) -> None:
    assert _severe(check(request, profile=profile)) == []
    start = request.clock_starts_on
    assert start is not None
    assert _severe(check(request, profile=profile, as_of=start)) == []


@settings(max_examples=150, deadline=None)
@given(disclosure_requests(), st.sampled_from([NATIONAL, SEED]), st.booleans())
def test_check_and_upcoming_never_raise(request: DisclosureRequest, profile: Profile, judge_open: bool) -> None:
    as_of = dt.date(2026, 6, 30) if judge_open else None
    report = check(request, profile=profile, as_of=as_of)
    for finding in report.findings:
        if finding.parameter is not None:
            assert finding.parameter in profile.parameters
    for item in upcoming(request, as_of=dt.date(2026, 6, 30), profile=profile):
        assert item.rule in {"G2", "G3", "G5"}
    assert loads(dumps(request)) == request


@settings(max_examples=100, deadline=None)
@given(
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(0, 19),
    st.integers(0, 15),
)
def test_the_consultation_lengthens_the_period_by_its_working_days(received: dt.date, after: int, length: int) -> None:
    sent = CAL.add_workdays(received, after)
    answered = CAL.add_workdays(sent, length)
    consulted = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, answered_on=answered)
    request = _request(channel=SubmissionChannel.IN_PERSON, submitted_on=received, confirmed_on=None, consultations=[consulted])
    due = CAL.add_workdays(received, 20 + length)
    assert check(request.answer(ReplyKind.DISCLOSED, due)).codes() == ()
    assert check(request.answer(ReplyKind.DISCLOSED, due + dt.timedelta(days=1))).codes() == ("G2.reply-late",)


@settings(max_examples=60, deadline=None)
@given(disclosure_requests())
def test_public_views_leak_no_personal_data(request: DisclosureRequest) -> None:
    text = json.dumps(request.public_view(), ensure_ascii=False)
    for secret in PERSONAL_DATA:
        assert secret not in text
    for name in ("甲某", "乙某", "丙某"):
        assert name not in text
