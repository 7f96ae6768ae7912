"""The evidence log of an enforcement case (执法全过程记录, E3): append-only, hash-chained events.

Each event's hash is the SHA-256 of the canonical encoding of the event without its own hash, the
previous event's hash included; the first event's previous hash is the genesis hash (64 zeros).
Canonical encoding (DECISIONS.md, "The four procedures"): JSON with sorted keys, separators
``(",", ":")``, ``ensure_ascii=False``, every string in Unicode NFC, and the instant in UTC ISO 8601 with
microseconds (``2021-09-01T01:30:00.000000+00:00``). It lives here, below `model`, not in `io`.

Construction does not judge the chain: a tampered log must still load, since it is what an audit needs
to see; `EvidenceLog.verify` and `check` report it.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import unicodedata
from collections.abc import Iterable

import attrs

from xingzheng.errors import InvariantError, bilingual

__all__ = [
    "GENESIS_HASH",
    "Event",
    "EventKind",
    "EvidenceEvent",
    "EvidenceLog",
    "VerifyResult",
    "canonical_bytes",
    "event_hash",
]

#: The previous hash of the first event.
GENESIS_HASH = "0" * 64


class EventKind(enum.Enum):
    """记录事项 — what an event of the evidence log records (one kind per lifecycle step).

    Every kind but ``NOTE`` records one field of `EnforcementCase` (its meaning is that field's):
    ``DISCOVERED`` ``discovered_on``; ``FILED`` ``filed_on``; ``OFFICER_ASSIGNED`` an item of ``officers``;
    ``INVESTIGATED`` ``investigation``; ``EVIDENCE_PRESERVED`` an item of ``evidence_preservations``;
    ``NOTIFIED`` ``notice``; ``DEFENCE`` ``defence``; ``HEARING_REQUESTED`` ``hearing_request``;
    ``HEARING`` ``hearing``; ``LEGAL_REVIEW`` ``legal_review``; ``COLLECTIVE_DECISION``
    ``collective_decision``; ``DECIDED`` ``decision``; ``SERVED`` ``service``; ``PAID`` an item of
    ``payments``; ``REMEDY`` an item of ``remedies`` (reconsideration or litigation); ``PUBLISHED``
    ``publicity``; ``WITHDRAWN`` the withdrawal of ``publicity``; ``EXECUTED`` ``execution``; ``CLOSED``
    ``closing``; ``ARCHIVED`` the archiving of ``closing``. ``NOTE`` is a remark (a hearing declined as
    late, a phone call): it never stands for a stage, and `check` does not compare it with any field.
    """

    DISCOVERED = "discovered"
    FILED = "filed"
    OFFICER_ASSIGNED = "officer_assigned"
    INVESTIGATED = "investigated"
    EVIDENCE_PRESERVED = "evidence_preserved"
    NOTIFIED = "notified"
    DEFENCE = "defence"
    HEARING_REQUESTED = "hearing_requested"
    HEARING = "hearing"
    LEGAL_REVIEW = "legal_review"
    COLLECTIVE_DECISION = "collective_decision"
    DECIDED = "decided"
    SERVED = "served"
    PAID = "paid"
    REMEDY = "remedy"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    EXECUTED = "executed"
    CLOSED = "closed"
    ARCHIVED = "archived"
    NOTE = "note"


def _aware(instance: object, attribute: attrs.Attribute[dt.datetime], value: dt.datetime) -> None:
    if not isinstance(value, dt.datetime):
        raise InvariantError(bilingual("记录时刻应为时间", "the instant must be a datetime"), attribute.name)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvariantError(
            bilingual("记录时刻必须带时区", "the instant must be timezone-aware"), attribute.name
        )


def _to_pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    # No coercion (issue 22): a number, boolean or None is refused by the validator, never turned into
    # the string that would then be hashed as if it had been recorded.
    return tuple(pair if type(pair) is tuple else tuple(pair) for pair in value)  # type: ignore[misc]


def _pairs_of_strings(
    instance: object,
    attribute: attrs.Attribute[tuple[tuple[str, str], ...]],
    value: tuple[tuple[str, str], ...],
) -> None:
    for pair in value:  # the common case first: pairs of exact strings (every event of every loaded case)
        if type(pair) is tuple and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is str:
            continue
        break
    else:
        return
    for index, pair in enumerate(value):
        if len(pair) != 2:
            raise InvariantError(
                bilingual("载荷应为键值对", "the payload must be key/value pairs"), f"{attribute.name}[{index}]"
            )
        for place, item in enumerate(pair):
            if not isinstance(item, str):
                raise InvariantError(
                    bilingual(
                        f"载荷的键和值应为字符串，得到 {type(item).__name__}：{item!r}"[:120],
                        f"payload keys and values must be strings, got {type(item).__name__}: {item!r}"[:120],
                    ),
                    f"{attribute.name}[{index}][{place}]",
                )


@attrs.frozen
class EvidenceEvent:
    """记录事件 — one event of the evidence log.

    Attributes:
        kind: what the event records.
        at: when it was recorded (timezone-aware).
        actor: who recorded it (an officer's certificate number, a system name).
        payload: the recorded facts as ``(key, value)`` string pairs, in the order given.
        prev_hash: the previous event's hash (the genesis hash for the first event).
        hash: this event's hash (SHA-256 hex of its canonical encoding).
    """

    kind: EventKind
    at: dt.datetime = attrs.field(validator=_aware)
    actor: str
    payload: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_to_pairs, validator=_pairs_of_strings
    )
    prev_hash: str = GENESIS_HASH
    hash: str = ""

    def value(self, key: str) -> str | None:
        """The payload value of ``key`` (the first one), or None."""
        for k, v in self.payload:
            if k == key:
                return v
        return None


#: Short name of `EvidenceEvent`.
Event = EvidenceEvent


#: The string encoder `json.dumps` uses with ``ensure_ascii=False`` (the C one where there is one).
_encode_string = json.encoder.encode_basestring


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat(timespec="microseconds")


def canonical_bytes(
    kind: EventKind, at: dt.datetime, actor: str, payload: Iterable[tuple[str, str]], prev_hash: str
) -> bytes:
    """The canonical encoding of an event without its own hash (what the hash is taken of)."""
    value = kind.value
    instant = _utc(at)
    if type(value) is str and type(prev_hash) is str and type(actor) is str:
        # What `json.dumps` below writes, written directly (`check` verifies every event of every case):
        # the keys in sorted order, the same separators, and each string through the very function
        # `json.dumps` uses for it with ``ensure_ascii=False`` (it refuses a key or value that is not a
        # `str` with a TypeError, as `unicodedata.normalize` does). When the whole text is already NFC,
        # so is each string in it: every string stands verbatim between quotes, except the characters
        # JSON escapes (controls, quote, backslash), starters that compose with nothing, whose ASCII
        # escapes are starters too; so a string's denormalised spot would be one of the text. Then
        # normalising each string, and the whole, changes nothing: the text is the answer. Otherwise
        # the general path below normalises (an escape such as ``\n`` before a combining mark lands
        # there, since ``n`` composes).
        items = payload if type(payload) is tuple else tuple(payload)
        enc = _encode_string
        pairs = ",".join([f"[{enc(k)},{enc(v)}]" for k, v in items])
        text = f'{{"actor":{enc(actor)},"at":{enc(instant)},"kind":{enc(value)},"payload":[{pairs}],"prev_hash":{enc(prev_hash)}}}'
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return text.encode("utf-8")
        payload = items
    document = {
        "kind": value,
        "at": instant,
        "actor": _nfc(actor),
        "payload": [[_nfc(k), _nfc(v)] for k, v in payload],
        "prev_hash": prev_hash,
    }
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return _nfc(text).encode("utf-8")


def event_hash(event: EvidenceEvent) -> str:
    """The hash an event should carry, recomputed from its content and previous hash."""
    return hashlib.sha256(
        canonical_bytes(event.kind, event.at, event.actor, event.payload, event.prev_hash)
    ).hexdigest()


@attrs.frozen
class VerifyResult:
    """校验结果 — whether an evidence log's chain holds, and where it breaks first.

    Attributes:
        ok: whether every event and the head check out.
        index: the index of the first bad event (``len(events)`` when only the head is wrong), or None.
        reason: why, in Chinese then English (empty when ok).
        reason_zh: why, in Chinese only (empty when ok).
        reason_en: why, in English only (empty when ok).
    """

    ok: bool
    index: int | None = None
    reason: str = ""
    reason_zh: str = ""
    reason_en: str = ""


def _broken(index: int, zh: str, en: str) -> VerifyResult:
    return VerifyResult(False, index, bilingual(zh, en), zh, en)


def _to_events(value: Iterable[EvidenceEvent]) -> tuple[EvidenceEvent, ...]:
    return tuple(value)


@attrs.frozen
class EvidenceLog:
    """执法全过程记录 — the append-only, hash-chained evidence log of a case.

    Attributes:
        events: the events, oldest first.
    """

    events: tuple[EvidenceEvent, ...] = attrs.field(default=(), converter=_to_events)

    @property
    def head(self) -> str:
        """The hash of the last event (the genesis hash when empty): keep it elsewhere to detect truncation."""
        return self.events[-1].hash if self.events else GENESIS_HASH

    def __len__(self) -> int:
        return len(self.events)

    def append(
        self,
        kind: EventKind,
        at: dt.datetime,
        actor: str,
        payload: Iterable[tuple[str, str]] = (),
    ) -> EvidenceLog:
        """A new log with one more event, chained to the current head (this log is unchanged).

        Raises:
            InvariantError: ``at`` is not timezone-aware, or earlier than the last event's instant
                (the log is append-only in time).
        """
        if self.events and at.tzinfo is not None and at < self.events[-1].at:
            raise InvariantError(
                bilingual("记录时刻早于上一事件", "the instant is earlier than the previous event's"), "at"
            )
        draft = EvidenceEvent(kind=kind, at=at, actor=actor, payload=tuple(payload), prev_hash=self.head)
        return EvidenceLog((*self.events, attrs.evolve(draft, hash=event_hash(draft))))

    def of_kind(self, kind: EventKind) -> tuple[EvidenceEvent, ...]:
        """The events of one kind, in order."""
        return tuple(e for e in self.events if e.kind is kind)

    def verify(self, expected_head: str | None = None) -> VerifyResult:
        """Check the chain: each previous hash, each hash, time order, and (if given) the head.

        Without ``expected_head`` every changed, inserted, reordered or removed event is detected except
        the removal of the last ones; with the head kept elsewhere that too, and a rewritten log.
        """
        previous = GENESIS_HASH
        last_at: dt.datetime | None = None
        for index, event in enumerate(self.events):
            if event.prev_hash != previous:
                return _broken(
                    index,
                    f"第 {index} 个事件的前一哈希与链不符",
                    f"event {index}: its previous hash does not match the chain",
                )
            if event_hash(event) != event.hash:
                return _broken(
                    index,
                    f"第 {index} 个事件的内容与其哈希不符",
                    f"event {index}: its content does not match its hash",
                )
            if last_at is not None and event.at < last_at:
                return _broken(
                    index,
                    f"第 {index} 个事件的时刻早于前一事件",
                    f"event {index} is earlier than the one before",
                )
            previous, last_at = event.hash, event.at
        if expected_head is not None and expected_head != previous:
            hashes = [e.hash for e in self.events]
            index = hashes.index(expected_head) + 1 if expected_head in hashes else len(self.events)
            return _broken(
                index,
                "日志末端与保存的哈希不符（末尾事件被删除或追加，或日志被重写）",
                "the log's head differs from the kept head (events removed or added at the end, or the log rewritten)",
            )
        return VerifyResult(True)
