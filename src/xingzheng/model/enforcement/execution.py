"""送达、执行与公开 — execution and publication: service, payment, remedies, publicity, execution and closing."""

from __future__ import annotations

import datetime as dt

import attrs

from xingzheng.model.enforcement._base import (
    RemedyKind,
    RemedyOutcome,
    _is_date,
    _not_negative,
)
from xingzheng.model.values import check_date_order


@attrs.frozen
class Service:
    """送达 — service of the decision document (E8).

    Attributes:
        served_on: the day the party received it.
        on_the_spot: delivered on the spot after being announced (else served later).
        method: how (direct, by post, electronic with consent, …).
        party_present: whether the party was present when the decision was announced (None: not
            recorded); present, the document is handed over on the spot (2021 Art. 61 ¶1; 2017 Art. 40).
        sent_on: the day the agency sent the document (posted it, published the notice of service, sent
            it electronically) when service completed later under the Civil Procedure Law (None: not
            recorded; E8 then judges ``served_on``).
    """

    served_on: dt.date = attrs.field(validator=_is_date)
    on_the_spot: bool = False
    method: str | None = None
    party_present: bool | None = None
    sent_on: dt.date | None = attrs.field(default=None, validator=_is_date)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "sent_on", "served_on")


@attrs.frozen
class Payment:
    """缴纳罚款 — a payment of the fine (E17).

    Attributes:
        paid_on: the day it was paid.
        amount_yuan: the amount of the fine paid.
        surcharge_yuan: the late surcharge paid (加处罚款).
    """

    paid_on: dt.date = attrs.field(validator=_is_date)
    amount_yuan: int = attrs.field(default=0, validator=_not_negative)
    surcharge_yuan: int = attrs.field(default=0, validator=_not_negative)


@attrs.frozen
class RemedyPeriod:
    """复议或诉讼期间 — reconsideration or litigation; the surcharge is not counted meanwhile (E17).

    Attributes:
        kind: reconsideration or litigation.
        started_on: the day it was applied for or brought.
        ended_on: the day it ended (None: pending).
        outcome: what the reconsideration body or the court did to the decision: upheld, changed,
            revoked, confirmed unlawful or void (None: pending or not recorded; E10 withdrawal).
    """

    kind: RemedyKind
    started_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    outcome: RemedyOutcome | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "started_on", "ended_on")


@attrs.frozen
class Publicity:
    """处罚决定公开 — publication of the decision and its withdrawal (E10).

    Attributes:
        published_on: the day it was published.
        changed_on: the day the decision was changed, revoked, confirmed unlawful or void (None: not).
        withdrawn_on: the day the published information was withdrawn (None: not).
        reasons_published: whether the reasons for the withdrawal were published (None: not recorded).
        url: where it was published.
    """

    published_on: dt.date = attrs.field(validator=_is_date)
    changed_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    withdrawn_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    reasons_published: bool | None = None
    url: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "published_on", "withdrawn_on")


@attrs.frozen
class Execution:
    """执行 — execution of the decision.

    Attributes:
        executed_on: the day it was executed (in full).
        compulsory: whether by compulsion (强制执行) rather than performance by the party.
    """

    executed_on: dt.date = attrs.field(validator=_is_date)
    compulsory: bool = False


@attrs.frozen
class Closing:
    """结案与归档 — closing the case and archiving its file (E3).

    Attributes:
        closed_on: the day the case was closed.
        archived_on: the day the file was archived (None: not yet).
    """

    closed_on: dt.date = attrs.field(validator=_is_date)
    archived_on: dt.date | None = attrs.field(default=None, validator=_is_date)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "closed_on", "archived_on")
