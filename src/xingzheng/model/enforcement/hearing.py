"""告知、陈述申辩与听证 — the hearing stage: notice of the intended penalty, defence, hearing request and hearing."""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng.errors import InvariantError, bilingual
from xingzheng.model._public import CONFIDENTIAL
from xingzheng.model.enforcement._base import (
    HearingAnswer,
    _is_date,
)
from xingzheng.model.values import check_date_order


@attrs.frozen
class PenaltyNotice:
    """处罚告知 — notice of the intended penalty, its facts, reasons and basis, and the party's rights (E4).

    Attributes:
        served_on: the day the party was told.
        intended_penalty: the intended penalty, in words.
        intended_fine_yuan: the intended fine in yuan (None: no fine intended).
        facts_reasons_basis: whether the facts, reasons and basis were stated.
        rights_stated: whether the rights to statement and defence were stated.
        hearing_right_stated: whether the right to request a hearing was stated (E12; None: not recorded).
    """

    served_on: dt.date = attrs.field(validator=_is_date)
    intended_penalty: str = ""
    intended_fine_yuan: int | None = None
    facts_reasons_basis: bool = True
    rights_stated: bool = True
    hearing_right_stated: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.intended_fine_yuan is not None and self.intended_fine_yuan < 0:
            raise InvariantError(
                bilingual("拟罚款数额不能为负数", "the intended fine must not be negative"),
                "intended_fine_yuan",
            )


@attrs.frozen
class Defence:
    """陈述申辩 — the party's statement and defence, or its explicit waiver (E4).

    Attributes:
        on: the day of the statement or the waiver.
        waived: whether the party explicitly waived statement and defence.
        heard: whether the agency heard it (False: refused to hear).
        statement: what the party said (free text).
    """

    on: dt.date = attrs.field(validator=_is_date)
    waived: bool = False
    heard: bool = True
    statement: str = ""


@attrs.frozen
class HearingRequest:
    """听证申请 — the party's request for a hearing, and the agency's answer (E5, E12).

    Attributes:
        requested_on: the day the request was made.
        answer: the agency's answer: accepted, declined as late, or declined for another reason
            (None: not recorded).
        answer_reason: the reason the agency gave when it declined.
    """

    requested_on: dt.date = attrs.field(validator=_is_date)
    answer: HearingAnswer | None = None
    answer_reason: str | None = None


@attrs.frozen
class Hearing:
    """听证 — the hearing: when notified and held, who presided, whether in public (E5, E12).

    Attributes:
        notified_on: the day the party was notified of its time and place.
        held_on: the day it was held.
        presider_is_investigator: whether an investigator of the case presided (forbidden).
        public: whether it was held in public.
        closed_reason: why not in public (state secret, business secret, privacy), if not; confidential
            (it may itself reveal what is kept secret), so public views and the evidence log leave it out.
        party_present: whether the party (or its agent) attended (None: not recorded; 2021 Art. 64(六)).
    """

    notified_on: dt.date = attrs.field(validator=_is_date)
    held_on: dt.date = attrs.field(validator=_is_date)
    presider_is_investigator: bool = False
    public: bool = True
    closed_reason: str | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    party_present: bool | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "notified_on", "held_on")
