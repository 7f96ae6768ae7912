"""Writing a case: build the evidence log of a case from its stage fields (执法全过程记录, E3).

A producer of case files (a case-management system exporting JSON, a test, a migration from paper)
has the stages as data, not as a sequence of lifecycle calls. `build_evidence_log` appends one event
per recorded stage, with the payload `check` compares with the field (`payload_of`), in the order the
stages happened, and `with_evidence_log` returns the case carrying that log. The result is what the
lifecycle methods would have written; `check` then finds no ``E3.*`` disagreement.

Examples:
    >>> import datetime as dt
    >>> from xingzheng import CaseSource, EnforcementCase, Party, PartyKind, with_evidence_log
    >>> from xingzheng.model.enforcement import Offence
    >>> case = EnforcementCase(
    ...     case_number="ZF-2021-1", agency="某街道综合执法大队", source=CaseSource.GRID,
    ...     party=Party(kind=PartyKind.ORGANISATION, organisation_name="某公司"),
    ...     offence=Offence(committed_on=dt.date(2021, 8, 2)),
    ...     discovered_on=dt.date(2021, 8, 3), filed_on=dt.date(2021, 8, 4),
    ... )
    >>> [event.kind.value for event in with_evidence_log(case, "执法系统").evidence_log.events]
    ['discovered', 'filed']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from xingzheng.errors import InvariantError, bilingual
from xingzheng.model.enforcement._log import REPEATED_EVENTS, STAGE_EVENTS, payload_of
from xingzheng.model.enforcement.case import EnforcementCase
from xingzheng.model.evidence import EventKind, EvidenceLog

__all__ = ["CHINA_STANDARD_TIME", "build_evidence_log", "with_evidence_log"]

#: UTC+8, the default zone of the instants `build_evidence_log` gives (no tz database needed).
CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")

#: Lifecycle order: where two stages fall on the same day, they are logged in this order.
_ORDER: tuple[str, ...] = (
    "discovered_on",
    "filed_on",
    "officers",
    "investigation",
    "evidence_preservations",
    "notice",
    "defence",
    "hearing_request",
    "hearing",
    "legal_review",
    "collective_decision",
    "decision",
    "service",
    "remedies",
    "payments",
    "publicity",
    "execution",
    "closing",
)


def _stage_day(case: EnforcementCase, field: str, item: object) -> dt.date:
    """The day a stage happened: the date its event is keyed by (an officer: the case's first day)."""
    if field == "officers":
        return case.filed_on or case.discovered_on or case.offence.committed_on
    if field == "legal_review":
        _, key = STAGE_EVENTS[field]
        item = getattr(item, "completed_on", None) or getattr(item, key)
    if isinstance(item, dt.date):
        return item
    _, key = STAGE_EVENTS.get(field) or REPEATED_EVENTS[field]
    day: dt.date = getattr(item, key)
    return day


def build_evidence_log(
    case: EnforcementCase,
    actor: str,
    *,
    instant: Callable[[dt.date, int], dt.datetime] | None = None,
) -> EvidenceLog:
    """The evidence log recording every stage of ``case`` that is set, oldest first, hash-chained.

    Each stage field (``filed_on``, ``notice``, ``decision``, …) gives one event of its kind with the
    payload `check` expects; each item of a repeated stage (``officers``, ``payments``, ``remedies``,
    ``evidence_preservations``) gives one. Events are ordered by the stage's day, then by lifecycle order.
    The case's own ``evidence_log`` is ignored.

    Args:
        case: the case whose stages are recorded.
        actor: who records them (an officer's certificate number, a system name).
        instant: the instant of the ``n``-th event (from 0) falling on a day, as ``instant(day, n)``;
            by default 09:00 China Standard Time plus ``n`` minutes. The instants must not go backwards.

    Raises:
        InvariantError: ``instant`` gives an instant without a timezone or earlier than the previous one.
    """
    when = instant or (
        lambda day, n: dt.datetime.combine(day, dt.time(9), CHINA_STANDARD_TIME) + dt.timedelta(minutes=n)
    )
    stages: list[tuple[dt.date, int, EventKind, tuple[tuple[str, str], ...]]] = []
    for rank, field in enumerate(_ORDER):
        value = getattr(case, field)
        if field in REPEATED_EVENTS:
            kind = REPEATED_EVENTS[field][0]
            for item in value:
                stages.append((_stage_day(case, field, item), rank, kind, payload_of(item, field)))
        elif value is not None:
            kind = STAGE_EVENTS[field][0]
            stages.append((_stage_day(case, field, value), rank, kind, payload_of(value, field)))
    stages.sort(key=lambda stage: (stage[0], stage[1]))
    log = EvidenceLog()
    per_day: dict[dt.date, int] = {}
    for day, _rank, kind, payload in stages:
        n = per_day.get(day, 0)
        per_day[day] = n + 1
        at = when(day, n)
        if not isinstance(at, dt.datetime):
            raise InvariantError(bilingual("记录时刻应为时间", "the instant must be a datetime"), "instant")
        log = log.append(kind, at, actor, payload)
    return log


def with_evidence_log(
    case: EnforcementCase,
    actor: str,
    *,
    instant: Callable[[dt.date, int], dt.datetime] | None = None,
) -> EnforcementCase:
    """``case`` with its evidence log rebuilt from its stages (see `build_evidence_log`)."""
    return attrs.evolve(case, evidence_log=build_evidence_log(case, actor, instant=instant))
