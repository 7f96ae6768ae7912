"""执法全过程记录 — the check of the evidence log against the case's fields (E3)."""

from __future__ import annotations

from xingzheng.checks._report import Severity
from xingzheng.checks.enforcement._judge import _cite, _Judge
from xingzheng.model.enforcement import (
    REPEATED_EVENTS,
    STAGE_EVENTS,
    EnforcementCase,
    payload_of,
)


def _e3(case: EnforcementCase, j: _Judge) -> None:
    rule = j.rule("E3", case.reference_date)
    if rule is None:
        return
    cite = _cite(rule.citations)
    log = case.evidence_log
    result = log.verify()
    if not result.ok:
        j.add(
            "E3.log-broken",
            Severity.ERROR,
            f"执法全过程记录的哈希链断裂：{result.reason}",
            f"the evidence log's hash chain is broken: {result.reason}",
            cite,
            f"$.evidence_log.events[{result.index}]",
        )
    for field, (kind, key) in STAGE_EVENTS.items():
        value = getattr(case, field)
        events = log.of_kind(kind)
        path = f"$.{field}"
        if value is None:
            if events:
                j.add(
                    "E3.event-without-field",
                    Severity.ERROR,
                    f"记录中有“{kind.value}”事件，但案件没有 {field}",
                    f"the log has a '{kind.value}' event but the case has no {field}",
                    cite,
                    path,
                )
            continue
        if not events:
            j.add(
                "E3.event-missing",
                Severity.ERROR,
                f"案件有 {field}，但全过程记录中没有对应事件",
                f"the case has {field} but the log has no matching event",
                cite,
                path,
            )
            continue
        expected = dict(payload_of(value, field)).get(key)
        if events[-1].value(key) != expected:
            j.add(
                "E3.event-disagrees",
                Severity.ERROR,
                f"{field} 与全过程记录不一致（{key}：记录 {events[-1].value(key)}，字段 {expected}）",
                f"{field} disagrees with the log ({key}: log {events[-1].value(key)}, field {expected})",
                cite,
                path,
            )
    for field, (kind, key) in REPEATED_EVENTS.items():
        items = getattr(case, field)
        logged = sorted(e.value(key) or "" for e in log.of_kind(kind))
        recorded = sorted(dict(payload_of(item, field)).get(key) or "" for item in items)
        if logged != recorded:
            j.add(
                "E3.event-disagrees",
                Severity.ERROR,
                f"{field} 与全过程记录不一致",
                f"{field} disagrees with the log",
                cite,
                f"$.{field}",
            )
