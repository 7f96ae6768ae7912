"""Mixed records of the four kinds as JSON lines, from a seeded `random.Random` (never Hypothesis for bulk data).

Each record is one of the worked example's four records (``examples/dagang-2020``) with every date
moved by one offset of up to about a year either way, a few dates moved again on their own (so that
some steps come late, some records break an invariant and do not load) and its title or case number
made unique. Used by ``benchmarks/io.py`` and by the bulk tests (loaded by path: this folder's
``calendar.py`` must never shadow the standard library's).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^(\d{4}-\d{2}-\d{2})(T.*)$")
_LABELS = {
    "normative_document": "title",
    "major_decision": "title",
    "enforcement_case": "case_number",
    "legality_review": "subject_title",
}


def examples() -> dict[str, dict[str, Any]]:
    """The four example records as JSON data, by kind."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(EXAMPLES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["kind"]] = data
    return found


def _shift(value: Any, days: int, rng: random.Random, jitter: float) -> Any:
    if isinstance(value, dict):
        return {k: _shift(v, days, rng, jitter) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, days, rng, jitter) for v in value]
    if isinstance(value, str):
        extra = rng.randint(-6, 12) if rng.random() < jitter else 0
        if _DATE.match(value):
            return (dt.date.fromisoformat(value) + dt.timedelta(days=days + extra)).isoformat()
        found = _INSTANT.match(value)
        if found:
            day = dt.date.fromisoformat(found.group(1)) + dt.timedelta(days=days + extra)
            return day.isoformat() + found.group(2)
    return value


def _rehash(log: dict[str, Any]) -> None:
    """Recompute an evidence log's hash chain after its dates moved (a real log is not tampered with)."""
    import hashlib

    from xingzheng.model.evidence import EventKind, canonical_bytes

    prev = "0" * 64
    for event in log.get("events", []):
        event["prev_hash"] = prev
        payload = [(k, v) for k, v in event["payload"]]
        at = dt.datetime.fromisoformat(event["at"])
        event["hash"] = prev = hashlib.sha256(canonical_bytes(EventKind(event["kind"]), at, event["actor"], payload, prev)).hexdigest()


def make_record(rng: random.Random, index: int, kind: str, base: dict[str, Any], jitter: float = 0.05) -> dict[str, Any]:
    """One record like ``base``, its dates moved (see the module's docstring)."""
    days = rng.randint(-360, 300)
    record = _shift({k: v for k, v in base.items() if k != "evidence_log"}, days, rng, jitter)
    if "evidence_log" in base:
        record["evidence_log"] = log = _shift(base["evidence_log"], days, rng, 0.0)
        _rehash(log)
    label = _LABELS.get(kind)
    if label and isinstance(record.get(label), str):
        record[label] = f"{record[label]}（{index}）"
    return record


def mixed_lines(n: int, seed: int = 20200101, kinds: tuple[str, ...] | None = None, jitter: float = 0.05) -> list[str]:
    """``n`` JSON lines, the kinds taken in turn (or only ``kinds``)."""
    rng = random.Random(seed)
    bases = examples()
    order = kinds or tuple(sorted(bases))
    return [
        json.dumps(make_record(rng, i, order[i % len(order)], bases[order[i % len(order)]], jitter), ensure_ascii=False)
        for i in range(n)
    ]
