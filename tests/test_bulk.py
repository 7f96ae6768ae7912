"""Bulk API (issue 20): `iter_loads` over JSON Lines, `check_many` / `upcoming_many` in order on 1 or 2 processes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import itertools
import json
import pickle
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xingzheng
from _io_support import EXAMPLES, triples
from xingzheng import LoadError, Report, check, iter_loads, loads
from xingzheng.bulk import FAILURE_CODE, Failure, check_many, resolve_jobs, upcoming_many

AS_OF = dt.date(2021, 9, 30)
DAGANG = "tianjin-binhai-dagang"


def _mixed() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "mixed_records.py"
    spec = importlib.util.spec_from_file_location("mixed_records", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MIXED: list[str] = _mixed().mixed_lines(400, seed=7)
EXAMPLE_LINES = [
    json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in sorted(EXAMPLES.glob("*.json"))
]
BROKEN = ["{not json", '{"kind": "normative_document", "schema_version": 1}', "[1, 2]", '{"kind": "x", "kind": "y"}']


def _codes(results: list[Any]) -> list[Any]:
    return [r.codes() if isinstance(r, Report) else ("LoadError", r.line, triples(r)) for r in results]


# --- iter_loads ---------------------------------------------------------------------------------------


def test_lines_blank_bom_crlf_and_broken_lines_from_every_kind_of_source(tmp_path: Path) -> None:
    body = "\r\n".join([EXAMPLE_LINES[0], "", "   ", BROKEN[0], EXAMPLE_LINES[1], "\t", BROKEN[1]]) + "\r\n"
    raw = b"\xef\xbb\xbf" + body.encode("utf-8")
    path = tmp_path / "records.jsonl"
    path.write_bytes(raw)
    sources: list[Any] = [
        path,
        str(path),
        io.BytesIO(raw),
        io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", newline=""),
        raw.decode("utf-8").splitlines(keepends=True),
        raw.splitlines(keepends=True),
    ]
    expected = [loads(EXAMPLE_LINES[0]), loads(EXAMPLE_LINES[1])]
    for source in sources:
        stream = iter_loads(source)
        items = list(stream)
        assert [type(i) is LoadError for i in items] == [False, True, False, True], source
        assert [items[0], items[2]] == expected
        assert [items[1].line, items[3].line] == [4, 7]
        assert str(items[1]).startswith("第 4 行：") and "/ line 4: " in str(items[1])
        assert stream.blank_lines == 3 and stream.lines == 7
    assert iter_loads(path).source == str(path)


def test_a_leading_bom_is_accepted_in_a_text_line() -> None:
    [record] = list(iter_loads(["\ufeff" + EXAMPLE_LINES[2] + "\n"]))
    assert record == loads(EXAMPLE_LINES[2])


def test_an_oversize_line_is_an_error_for_that_line_only(tmp_path: Path) -> None:
    small = EXAMPLE_LINES[1]
    huge = json.dumps({"kind": "legality_review", "pad": "x" * 50_000})
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([small, huge, small, huge]), encoding="utf-8")  # the last line has no newline
    limit = len(small.encode()) + 10
    for source in (path, io.BytesIO(path.read_bytes()), path.read_text(encoding="utf-8").splitlines()):
        items = list(iter_loads(source, max_bytes=limit))
        assert [type(i) is LoadError for i in items] == [False, True, False, True]
        assert items[1].line == 2 and items[3].line == 4
        assert "输入过大" in triples(items[1])[0][1] and triples(items[1])[0][0] == "$"
        assert items[0] == items[2] == loads(small)


def test_cls_is_enforced_per_line() -> None:
    items = list(iter_loads(EXAMPLE_LINES, xingzheng.NormativeDocument))
    good = [i for i in items if not isinstance(i, LoadError)]
    assert len(good) == 1 and isinstance(good[0], xingzheng.NormativeDocument)
    assert all(triples(e)[0][0] == "$.kind" for e in items if isinstance(e, LoadError))


def test_iter_loads_is_lazy() -> None:
    endless = itertools.cycle(EXAMPLE_LINES)
    first = list(itertools.islice(iter_loads(endless), 6))
    assert [type(r).__name__ for r in first[:4]] == [type(loads(t)).__name__ for t in EXAMPLE_LINES]


@settings(max_examples=40)
@given(
    picks=st.lists(st.integers(0, len(EXAMPLE_LINES) + len(BROKEN) + 1), max_size=12),
    crlf=st.booleans(),
    bom=st.booleans(),
)
def test_every_non_blank_line_gives_one_item_with_its_line_number(picks: list[int], crlf: bool, bom: bool) -> None:
    pool = [*EXAMPLE_LINES, *BROKEN, "", "  "]
    lines = [pool[i] for i in picks]
    text = ("\r\n" if crlf else "\n").join(lines)
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    stream = iter_loads(io.BytesIO(raw))
    numbered = list(stream.numbered())
    wanted = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    assert [n for n, _ in numbered] == [n for n, _ in wanted]
    for (n, item), (_, line) in zip(numbered, wanted, strict=True):
        if line in BROKEN:
            assert isinstance(item, LoadError) and item.line == n
        else:
            assert item == loads(line)
    assert stream.lines == len(raw.splitlines())  # a trailing empty "line" after the last newline is none
    assert stream.blank_lines == stream.lines - len(wanted)


# --- check_many / upcoming_many ----------------------------------------------------------------------


def test_check_many_equals_check_one_by_one() -> None:
    records = list(iter_loads(MIXED))
    serial = [r if isinstance(r, LoadError) else check(r, profile=DAGANG, as_of=AS_OF) for r in records]
    assert list(check_many(records, profile=DAGANG, as_of=AS_OF)) == serial
    assert any(isinstance(r, LoadError) for r in records) and sum(isinstance(r, Report) for r in serial) > 300


def test_two_processes_give_the_same_answers_in_the_same_order() -> None:
    one = list(check_many(iter_loads(MIXED), profile=DAGANG, as_of=AS_OF, jobs=1))
    two = list(check_many(iter_loads(MIXED), profile=DAGANG, as_of=AS_OF, jobs=2))
    assert _codes(one) == _codes(two)
    reports = [r for r in one if isinstance(r, Report)]
    assert reports == [r for r in two if isinstance(r, Report)]  # equal field by field
    titles = [r.title for r in reports if r.kind != "legality_review"]  # a review's title is its subject and day
    assert len(set(titles)) == len(titles)  # unique titles: the order is checked, not only the contents


@settings(max_examples=5)
@given(picks=st.lists(st.integers(0, len(MIXED) - 1), min_size=1, max_size=60), chunk=st.integers(1, 7))
def test_order_is_kept_whatever_the_chunking(picks: list[int], chunk: int) -> None:
    from xingzheng.bulk import _check_one, _context, ordered_map

    lines = [MIXED[i] for i in picks]
    records = list(iter_loads(lines))
    spec = (DAGANG, None, AS_OF)
    serial = [_check_one(r, _context(spec)) for r in records]
    pooled = list(ordered_map(_check_one, records, _context, spec, 2, chunk=chunk))
    assert _codes(pooled) == _codes(serial)
    assert [r.title for r in pooled if isinstance(r, Report)] == [r.title for r in serial if isinstance(r, Report)]


def test_a_record_that_raises_in_a_worker_gives_a_failure_report_and_the_run_goes_on() -> None:
    records: list[Any] = [loads(EXAMPLE_LINES[0]), 42, loads(EXAMPLE_LINES[3])]
    for jobs in (1, 2):
        reports = list(check_many(records, profile=DAGANG, as_of=AS_OF, jobs=jobs))
        assert len(reports) == 3
        assert reports[1].codes() == (FAILURE_CODE,) and not reports[1].ok
        assert "int" in reports[1].findings[0].message_en
        assert reports[0] == check(records[0], profile=DAGANG, as_of=AS_OF)
        assert reports[2] == check(records[2], profile=DAGANG, as_of=AS_OF)


def test_upcoming_many_in_order_with_failures_in_place() -> None:
    records: list[Any] = [*iter_loads(EXAMPLE_LINES), "not a record"]
    for jobs in (1, 2):
        results = list(upcoming_many(records, as_of=AS_OF, profile=DAGANG, jobs=jobs))
        assert results[:4] == [xingzheng.upcoming(r, as_of=AS_OF, profile=DAGANG) for r in records[:4]]
        assert isinstance(results[4], Failure) and "str" in results[4].error


def test_check_many_streams_an_endless_input_on_a_pool() -> None:
    endless = (loads(t) for t in itertools.cycle(EXAMPLE_LINES))
    first = list(itertools.islice(check_many(endless, profile=DAGANG, jobs=2), 9))
    assert [r.kind for r in first] == [r.kind for r in (check(loads(t), profile=DAGANG) for t in EXAMPLE_LINES)] * 2 + [
        first[0].kind
    ]


def test_jobs() -> None:
    assert resolve_jobs(0) >= 1 and resolve_jobs(3) == 3
    with pytest.raises(ValueError, match="jobs"):
        resolve_jobs(-1)
    assert len(list(check_many(iter_loads(EXAMPLE_LINES), jobs=0))) == 4


def test_records_reports_profiles_and_line_errors_pickle() -> None:
    from xingzheng.rules import load_profile

    profile = load_profile(DAGANG)
    assert pickle.loads(pickle.dumps(profile)) == profile
    for item in iter_loads([*EXAMPLE_LINES, BROKEN[0]]):
        back = pickle.loads(pickle.dumps(item))
        if isinstance(item, LoadError):
            assert (triples(back), back.source, back.line, str(back)) == (triples(item), item.source, item.line, str(item))
        else:
            assert back == item
            report = check(item, profile=profile, as_of=AS_OF)
            assert pickle.loads(pickle.dumps(report)) == report


def test_every_error_pickles_with_its_attributes() -> None:
    error = xingzheng.ProcedureError("不得 / must not", "D6", "条例 第二十五条")
    back = pickle.loads(pickle.dumps(error))
    assert (str(back), back.rule, back.citation) == (str(error), "D6", "条例 第二十五条")


def test_bulk_names_are_public_and_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, xingzheng; assert 'xingzheng.bulk' not in sys.modules; xingzheng.check_many; assert 'xingzheng.bulk' in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
    assert {"iter_loads", "check_many", "upcoming_many"} <= set(xingzheng.__all__)
