"""Hostile input: only `XingzhengError` subclasses may escape `loads`, `check` and `upcoming`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _io_support import example_dicts, mutate
from xingzheng.checks import check, upcoming
from xingzheng.errors import LoadError, XingzhengError
from xingzheng.io import loads
from xingzheng.rules import load_profile

N_MUTATIONS = 10_000


def _feed(text: str | bytes, profile: Any, as_of: dt.date) -> str:
    """Run one input through loads, check and upcoming; return how it ended."""
    try:
        record = loads(text)
    except XingzhengError:
        return "refused"
    for judge in (lambda: check(record, profile=profile, as_of=as_of), lambda: upcoming(record, as_of=as_of, profile=profile)):
        with contextlib.suppress(XingzhengError):
            judge()
    return "loaded"


@pytest.mark.slow
def test_ten_thousand_mutations_raise_only_xingzheng_errors() -> None:
    rng = random.Random(20210715)
    profile = load_profile("tianjin-binhai-dagang")
    bases = example_dicts()
    outcomes: dict[str, int] = {"refused": 0, "loaded": 0}
    escaped: list[str] = []
    started = time.perf_counter()
    for i in range(N_MUTATIONS):
        data = rng.choice(bases)
        what = "original"
        for _ in range(rng.choice((1, 1, 2, 3))):
            data, what = mutate(data, rng)
        text = json.dumps(data, ensure_ascii=False)
        depth = rng.choice((70, 1000, 5000))
        text = text.replace('"__DEEP__"', "[" * depth + "]" * depth)
        as_of = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
        try:
            outcomes[_feed(text, profile, as_of)] += 1
        except Exception as exc:  # what the test is looking for
            escaped.append(f"#{i} {what}: {type(exc).__name__}: {str(exc)[:120]}")
    elapsed = time.perf_counter() - started
    print(f"{N_MUTATIONS} mutations in {elapsed:.1f} s: {outcomes}")
    assert not escaped, escaped[:10]
    assert outcomes["refused"] > 1000 and outcomes["loaded"] > 100  # both kinds of outcome exercised


def test_deterministic_oversize_and_deep_inputs() -> None:
    base = json.dumps(example_dicts()[0], ensure_ascii=False)
    oversize = base[:-1] + ', "padding": "' + "x" * (10 * 1024 * 1024) + '"}'
    with pytest.raises(LoadError, match="输入过大"):
        loads(oversize)
    for deep in ("[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000, base[:-1] + ', "x": ' + "[" * 5000 + "]" * 5000 + "}"):
        with pytest.raises(LoadError, match="嵌套过深"):
            loads(deep)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
_kinds = st.sampled_from(["normative_document", "major_decision", "enforcement_case", "legality_review", "x"])


@settings(max_examples=300)
@given(_json, st.dictionaries(st.text(max_size=25), _json, max_size=6), _kinds)
def test_arbitrary_json_values_raise_only_xingzheng_errors(value: Any, fields: dict[str, Any], kind: str) -> None:
    profile = load_profile("national")
    _feed(json.dumps(value), profile, dt.date(2021, 9, 30))
    _feed(json.dumps({"kind": kind, "schema_version": 1, **fields}), profile, dt.date(2021, 9, 30))
