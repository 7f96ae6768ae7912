"""政府信息公开条例 Art. 39: a petition, complaint or report in the form of a disclosure request.

The agency tells the applicant that it is not handled as a disclosure request (Art. 39 ¶1); the regulation
sets no period for that answer, and Art. 33's 20 working days bind replies to disclosure requests. Told
after them, the answer is a warning, never `G2.reply-late` (docs/decisions.md, "Fidelity of enforcement
cases (second pass)"). Dates on the official calendar: Monday 2024-09-02 + 20 working days = Monday
2024-09-30 (国庆 1–7 October; Saturday 12 October a working day).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, default_calendar
from xingzheng.checks import Severity
from xingzheng.model.disclosure import DisclosureReply, DisclosureRequest, ReplyKind, SubmissionChannel
from xingzheng.model.enforcement import Party, PartyKind

D = dt.date
CAL = default_calendar()


def _request(kind: ReplyKind, replied: dt.date | None) -> DisclosureRequest:
    return DisclosureRequest(
        request_id="大港街依申〔2024〕41号",
        agency="大港街道办事处",
        applicant=Party(PartyKind.ORGANISATION, organisation_name="大港街商会"),
        channel=SubmissionChannel.IN_PERSON,
        submitted_on=D(2024, 9, 2),
        reply=None if replied is None else DisclosureReply(kind, replied),
    )


def _found(request: DisclosureRequest, as_of: dt.date | None = None) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in check(request, as_of=as_of).findings if f.code.startswith("G2")]


def test_an_art39_answer_after_twenty_working_days_is_a_warning_not_an_error() -> None:
    assert CAL.add_workdays(D(2024, 9, 2), 20) == D(2024, 9, 30)
    assert _found(_request(ReplyKind.NOT_AN_INFORMATION_REQUEST, D(2024, 9, 30))) == []
    assert _found(_request(ReplyKind.NOT_AN_INFORMATION_REQUEST, D(2024, 10, 8))) == [
        ("G2.not-a-request-told-after-period", Severity.WARNING)
    ]
    # A reply to a real disclosure request on the same day is still late: an error.
    assert _found(_request(ReplyKind.DISCLOSED, D(2024, 10, 8))) == [("G2.reply-late", Severity.ERROR)]


def test_no_answer_at_all_is_still_overdue() -> None:
    # Nothing recorded shows the request is an Art. 39 matter until the agency says so.
    assert _found(_request(ReplyKind.DISCLOSED, None), as_of=D(2024, 10, 8)) == [("G2.reply-overdue", Severity.ERROR)]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.sampled_from(list(ReplyKind)))
def test_an_art39_answer_never_gives_an_error_and_other_replies_keep_theirs(days: int, kind: ReplyKind) -> None:
    replied = D(2024, 9, 2) + dt.timedelta(days=days)
    art39 = _found(_request(ReplyKind.NOT_AN_INFORMATION_REQUEST, replied))
    assert all(severity is not Severity.ERROR for _, severity in art39)
    late = replied > D(2024, 9, 30)
    assert bool(art39) == late
    if kind is not ReplyKind.NOT_AN_INFORMATION_REQUEST:
        assert _found(_request(kind, replied)) == ([("G2.reply-late", Severity.ERROR)] if late else [])
