"""The evidence log (E3): canonical encoding, hash chain, and tamper detection."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xingzheng.errors import InvariantError
from xingzheng.model.evidence import (
    GENESIS_HASH,
    EventKind,
    EvidenceEvent,
    EvidenceLog,
    canonical_bytes,
    event_hash,
)
from xingzheng.strategies import evidence_logs

SH = ZoneInfo("Asia/Shanghai")


def _log() -> EvidenceLog:
    log = EvidenceLog()
    log = log.append(
        EventKind.FILED, dt.datetime(2021, 9, 1, 9, 30, tzinfo=SH), "ZF001", (("filed_on", "2021-09-01"),)
    )
    log = log.append(
        EventKind.NOTIFIED, dt.datetime(2021, 11, 1, 10, tzinfo=SH), "ZF001", (("served_on", "2021-11-01"),)
    )
    return log.append(
        EventKind.DECIDED, dt.datetime(2021, 12, 7, 15, tzinfo=SH), "ZF002", (("decided_on", "2021-12-07"),)
    )


def test_canonical_encoding_is_sorted_compact_utc_with_microseconds() -> None:
    data = canonical_bytes(
        EventKind.FILED,
        dt.datetime(2021, 9, 1, 9, 30, tzinfo=SH),
        "执法员",
        (("filed_on", "2021-09-01"),),
        GENESIS_HASH,
    )
    assert data.decode("utf-8") == (
        '{"actor":"执法员","at":"2021-09-01T01:30:00.000000+00:00","kind":"filed",'
        '"payload":[["filed_on","2021-09-01"]],"prev_hash":"' + "0" * 64 + '"}'
    )


def test_first_event_chains_to_the_genesis_hash_and_hashes_its_encoding() -> None:
    event = _log().events[0]
    assert event.prev_hash == GENESIS_HASH == "0" * 64
    expected = hashlib.sha256(canonical_bytes(event.kind, event.at, event.actor, event.payload, GENESIS_HASH))
    assert event.hash == expected.hexdigest()


def test_nfc_and_nfd_text_hash_alike() -> None:
    at = dt.datetime(2021, 9, 1, 9, tzinfo=SH)
    composed = unicodedata.normalize("NFC", "Café")
    decomposed = unicodedata.normalize("NFD", "Café")
    assert composed != decomposed
    a = EvidenceLog().append(EventKind.NOTE, at, composed)
    b = EvidenceLog().append(EventKind.NOTE, at, decomposed)
    assert a.head == b.head


def test_same_instant_in_another_zone_hashes_alike() -> None:
    shanghai = EvidenceLog().append(EventKind.NOTE, dt.datetime(2021, 9, 1, 9, tzinfo=SH), "x")
    utc = EvidenceLog().append(EventKind.NOTE, dt.datetime(2021, 9, 1, 1, tzinfo=dt.UTC), "x")
    assert shanghai.head == utc.head


def test_a_naive_instant_is_refused() -> None:
    with pytest.raises(InvariantError) as err:
        EvidenceLog().append(EventKind.NOTE, dt.datetime(2021, 9, 1, 9), "x")
    assert err.value.field == "at"


def test_appending_an_earlier_instant_is_refused() -> None:
    log = _log()
    with pytest.raises(InvariantError):
        log.append(EventKind.NOTE, dt.datetime(2021, 1, 1, tzinfo=SH), "x")


def test_an_intact_log_verifies() -> None:
    log = _log()
    assert log.verify().ok
    assert log.verify(expected_head=log.head).ok


def test_an_edited_event_loads_but_fails_verify_at_its_index() -> None:
    log = _log()
    edited = attrs.evolve(log.events[1], payload=(("served_on", "2021-10-01"),))
    tampered = EvidenceLog((log.events[0], edited, log.events[2]))  # a tampered log still loads
    result = tampered.verify()
    assert not result.ok
    assert result.index == 1
    assert "hash" in result.reason


def test_removing_the_last_event_is_caught_only_with_the_head() -> None:
    log = _log()
    truncated = EvidenceLog(log.events[:-1])
    assert truncated.verify().ok
    result = truncated.verify(expected_head=log.head)
    assert not result.ok
    assert result.index == 2


def _rechained(events: list[EvidenceEvent], start: int) -> list[EvidenceEvent]:
    """A forger's repair: recompute prev_hash and hash from ``start`` on (the head changes with it)."""
    out = list(events[:start])
    for event in events[start:]:
        draft = attrs.evolve(event, prev_hash=out[-1].hash if out else GENESIS_HASH)
        out.append(attrs.evolve(draft, hash=event_hash(draft)))
    return out


def _mutations(log: EvidenceLog, data: st.DataObject) -> EvidenceLog:
    """One change, insertion, reordering or removal; optionally re-hashed from there on, as a forger would."""
    events = list(log.events)
    how = data.draw(st.sampled_from(["change", "insert", "reorder", "remove"]), label="how")
    if how == "insert":
        i = data.draw(st.integers(min_value=0, max_value=len(events)), label="at")  # the end included
        donor = events[min(i, len(events) - 1)]
        stamp = donor.at if i < len(events) else events[-1].at + dt.timedelta(seconds=1)
        events.insert(i, EvidenceEvent(EventKind.NOTE, stamp, "伪造者", (("note", "inserted"),)))
    else:
        i = data.draw(st.integers(min_value=0, max_value=len(events) - 1), label="at")
        if how == "change":
            events[i] = attrs.evolve(events[i], actor=events[i].actor + "′")
        elif how == "reorder" and len(events) >= 2:
            j = (i + 1) % len(events)
            events[i], events[j] = events[j], events[i]
            i = min(i, j)
        else:  # remove (a one-event log cannot be reordered: remove its event)
            events.pop(i)
    if data.draw(st.booleans(), label="rehash") or how == "insert":
        events = _rechained(events, min(i, len(events)))
    return EvidenceLog(tuple(events))


@settings(max_examples=200)
@given(evidence_logs(min_size=1, max_size=6), st.data())
def test_any_single_change_insertion_reordering_or_removal_breaks_verify_given_the_head(
    log: EvidenceLog, data: st.DataObject
) -> None:
    tampered = _mutations(log, data)
    # Swapping two events of identical content and re-hashing rebuilds the same log: no tampering.
    assume(tampered.events != log.events)
    assert not tampered.verify(expected_head=log.head).ok


@settings(max_examples=100)
@given(evidence_logs(min_size=2, max_size=6), st.data())
def test_without_the_head_a_change_before_the_last_event_still_breaks_the_chain(
    log: EvidenceLog, data: st.DataObject
) -> None:
    # Not re-hashed, an edit of any event fails at that event; re-hashed, it fails where the chain resumes.
    i = data.draw(st.integers(min_value=0, max_value=len(log) - 2))
    events = list(log.events)
    events[i] = attrs.evolve(events[i], actor=events[i].actor + "′")
    result = EvidenceLog(tuple(events)).verify()
    assert not result.ok and result.index == i
    repaired = attrs.evolve(events[i], hash=event_hash(events[i]))
    events[i] = repaired
    result = EvidenceLog(tuple(events)).verify()
    assert not result.ok and result.index == i + 1


def test_the_hash_is_sha256_of_the_documented_encoding_byte_for_byte() -> None:
    # An instant with microseconds in Shanghai, decomposed (NFD) text: the encoding holds the UTC instant
    # with its six digits, composed (NFC) text, no ASCII escapes, sorted keys and no spaces.
    at = dt.datetime(2021, 9, 1, 9, 30, 5, 123456, tzinfo=SH)
    actor = unicodedata.normalize("NFD", "执法员 Café")
    event = EvidenceLog().append(EventKind.NOTIFIED, at, actor, (("served_on", "2021-09-01"),)).events[0]
    expected = (
        '{"actor":"执法员 Café","at":"2021-09-01T01:30:05.123456+00:00","kind":"notified",'
        '"payload":[["served_on","2021-09-01"]],"prev_hash":"' + "0" * 64 + '"}'
    )
    assert unicodedata.is_normalized("NFC", expected)
    assert event.hash == hashlib.sha256(expected.encode("utf-8")).hexdigest()


@settings(max_examples=40)
@given(evidence_logs(max_size=6))
def test_generated_logs_verify(log: EvidenceLog) -> None:
    assert log.verify(expected_head=log.head).ok
