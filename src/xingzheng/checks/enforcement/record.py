"""执法全过程记录 — the check of the evidence log against the case's fields (E3).

Two kinds of finding: the stages the log records (a stage with no event is a stage not recorded in the
full-process record, Art. 47), and the record's integrity (a hash chain that does not verify, an event
with no field, a field that disagrees with its event). Tamper-evidence is a design requirement of this
library (the seed's 全过程留痕、可回溯), not a legal one: its findings say so. ``NOTE`` events are remarks
and are compared with nothing.
"""

from __future__ import annotations

from collections import Counter

from xingzheng.checks.enforcement._judge import _cite, _Judge
from xingzheng.model.enforcement import (
    REPEATED_EVENTS,
    STAGE_EVENTS,
    EnforcementCase,
)
from xingzheng.model.enforcement._log import payload_value
from xingzheng.model.evidence import EventKind, EvidenceEvent

#: What the integrity findings cite before the rule's own citations.
INTEGRITY = "记录完整性：xingzheng 的设计要求（哈希链），非法律规定 / record integrity: a design requirement of xingzheng (the hash chain), not a legal one"


def _e3(case: EnforcementCase, j: _Judge) -> None:
    on = case.reference_date
    rule = j.rule("E3", on)
    if rule is None:
        return
    cite = _cite(rule.citations)
    integrity = f"{INTEGRITY}; {cite}" if cite else INTEGRITY
    log = case.evidence_log
    result = log.verify()
    if not result.ok:
        j.emit(
            "E3.log-broken",
            on,
            f"记录完整性错误：执法全过程记录的哈希链断裂，{result.reason_zh}",
            f"record integrity error: the evidence log's hash chain is broken; {result.reason_en}",
            integrity,
            f"$.evidence_log.events[{result.index}]",
        )
    # `log.of_kind(kind)` for every kind, in one pass over the log.
    by_kind: dict[EventKind, list[EvidenceEvent]] = {}
    for event in log.events:
        if event.kind in by_kind:
            by_kind[event.kind].append(event)
        else:
            by_kind[event.kind] = [event]
    for field, (kind, key) in STAGE_EVENTS.items():
        value = getattr(case, field)
        events = by_kind.get(kind, ())
        path = f"$.{field}"
        if value is None:
            if events:
                j.emit(
                    "E3.event-without-field",
                    on,
                    f"记录完整性错误：全过程记录中有“{kind.value}”事件，但案件没有 {field}",
                    f"record integrity error: the log has a '{kind.value}' event but the case has no {field}",
                    integrity,
                    path,
                )
            continue
        if not events:
            j.emit(
                "E3.event-missing",
                on,
                f"案件有 {field}，但全过程记录中没有对应事件（该环节未记录）",
                f"the case has {field} but the evidence log has no matching event (the stage is not recorded)",
                cite,
                path,
            )
            continue
        expected = payload_value(value, field, key)
        if events[-1].value(key) != expected:
            j.emit(
                "E3.event-disagrees",
                on,
                f"记录完整性错误：{field} 与全过程记录不一致（{key}：记录 {events[-1].value(key)}，字段 {expected}）",
                f"record integrity error: {field} disagrees with the log ({key}: log {events[-1].value(key)}, "
                f"field {expected})",
                integrity,
                path,
            )
    for field, (kind, key) in REPEATED_EVENTS.items():
        items = getattr(case, field)
        logged_items = [e.value(key) or "" for e in by_kind.get(kind, ())]
        recorded_items = [payload_value(item, field, key) or "" for item in items]
        if logged_items == recorded_items:
            continue  # the same values in the same order: the same multiset, nothing to say
        logged, recorded = Counter(logged_items), Counter(recorded_items)
        if logged - recorded:
            # The log records items the field does not have (or with other values): integrity.
            j.emit(
                "E3.event-disagrees",
                on,
                f"记录完整性错误：{field} 与全过程记录不一致",
                f"record integrity error: {field} disagrees with the log",
                integrity,
                f"$.{field}",
            )
        elif recorded - logged:
            j.emit(
                "E3.event-missing",
                on,
                f"案件的 {field} 中有 {sum((recorded - logged).values())} 项在全过程记录中没有对应事件（未记录）",
                f"{sum((recorded - logged).values())} item(s) of the case's {field} have no matching event in the "
                "evidence log (not recorded)",
                cite,
                f"$.{field}",
            )
