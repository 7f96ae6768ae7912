"""The faster paths of issue 20 give what the plain ones give (speed work must not change an answer)."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng.model.enforcement import payload_of
from xingzheng.model.enforcement._log import payload_value
from xingzheng.model.evidence import EventKind, canonical_bytes
from xingzheng.rules import Citation

# Strings that exercise the encoder: ASCII, CJK, combining marks (NFC composes them), controls, quotes.
TEXT = st.text(
    alphabet=st.sampled_from(list("ab\"\\/\n\t\x00\x1f\x7f 中文执法é\u0301\u0065\u0300\u2028\ud7ff\U0001f600\u212b\u0316\u1100\u1161\uac00\u11a8")),
    max_size=12,
)
AT = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2040, 1, 1), timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=8))])
)


def _reference(kind: EventKind, at: dt.datetime, actor: str, payload: list[tuple[str, str]], prev_hash: str) -> bytes:
    """The canonical encoding as DECISIONS.md states it, through `json.dumps` itself."""

    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text)

    document = {
        "kind": kind.value,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": nfc(actor),
        "payload": [[nfc(k), nfc(v)] for k, v in payload],
        "prev_hash": prev_hash,
    }
    return nfc(json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)).encode("utf-8")


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(list(EventKind)), AT, TEXT, st.lists(st.tuples(TEXT, TEXT), max_size=4), TEXT)
def test_canonical_bytes_is_json_dumps(
    kind: EventKind, at: dt.datetime, actor: str, payload: list[tuple[str, str]], prev_hash: str
) -> None:
    assert canonical_bytes(kind, at, actor, payload, prev_hash) == _reference(kind, at, actor, payload, prev_hash)


def test_canonical_bytes_refuses_what_it_refused() -> None:
    at = dt.datetime(2021, 9, 1, 9, 30, tzinfo=dt.UTC)
    for payload in ([("k", 5)], [(5, "v")], [("k", None)]):
        try:
            canonical_bytes(EventKind.NOTE, at, "a", payload, "0" * 64)  # type: ignore[arg-type]
        except TypeError:
            continue
        raise AssertionError(f"accepted {payload!r}")


@attrs.frozen
class _Stage:
    on: dt.date
    name: str
    secret: str = attrs.field(default="x", metadata={"personal": True})
    count: int | None = None
    kinds: tuple[str, ...] = ()
    flag: bool = False


@settings(max_examples=200, deadline=None)
@given(
    st.dates(),
    TEXT,
    st.none() | st.integers(-5, 5),
    st.lists(TEXT, max_size=3).map(tuple),
    st.booleans(),
    st.sampled_from(["on", "name", "secret", "count", "kinds", "flag", "value", "absent"]),
)
def test_payload_value_is_the_payload_lookup(
    on: dt.date, name: str, count: int | None, kinds: tuple[str, ...], flag: bool, key: str
) -> None:
    stage = _Stage(on, name, count=count, kinds=kinds, flag=flag)
    assert payload_value(stage, "stage", key) == dict(payload_of(stage, "stage")).get(key)
    for plain in (on, name, count, flag, kinds):
        assert payload_value(plain, "value", key) == dict(payload_of(plain, "value")).get(key)


def test_cited_text_is_the_citations_text() -> None:
    from xingzheng.checks.enforcement._judge import _cite

    citations = (Citation("administrative-penalty-law-2021.md", "Art. 64(一)", "应当"), Citation("seed", "一 ¶3"))
    expected = "; ".join(c.text() for c in citations)
    assert _cite(citations) == expected
    assert _cite(citations) == expected  # the kept text
    assert _cite(list(citations)) == expected
