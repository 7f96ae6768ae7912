"""The disclosure request the fidelity and review tests vary: submitted in person on Monday 2024-09-02, so
Art. 33's 20 working days end on Monday 2024-09-30 (国庆 2024 after it)."""

from __future__ import annotations

import datetime as dt

from xingzheng.model.disclosure import DisclosureReply, DisclosureRequest, ReplyKind, SubmissionChannel
from xingzheng.model.enforcement import Party, PartyKind


def disclosure_request(**changes: object) -> DisclosureRequest:
    """The base request with ``changes`` applied."""
    base: dict[str, object] = {
        "request_id": "大港街依申〔2024〕40号",
        "agency": "大港街道办事处",
        "applicant": Party(PartyKind.ORGANISATION, organisation_name="大港街商会"),
        "channel": SubmissionChannel.IN_PERSON,
        "submitted_on": dt.date(2024, 9, 2),  # a Monday: 20 working days end on Monday 2024-09-30
    }
    base.update(changes)
    return DisclosureRequest(**base)  # type: ignore[arg-type]


def disclosure_replied(on: dt.date, **changes: object) -> DisclosureRequest:
    """The base request, disclosed on ``on``."""
    return disclosure_request(reply=DisclosureReply(ReplyKind.DISCLOSED, on), **changes)
