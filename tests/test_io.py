"""The JSON/TOML boundary: strict hooks, every problem with its path, guards, tags and round trips."""

from __future__ import annotations

import datetime as dt
import enum
import json
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xingzheng
from xingzheng import Deadline, LoadError, Period, PeriodUnit
from xingzheng.checks import DateFact, Finding, Report, Severity
from xingzheng.errors import InvariantError
from xingzheng.io import SCHEMA_VERSION, dump, dumps, from_dict, load, loads, register_kind, to_dict

CST = dt.timezone(dt.timedelta(hours=8))


class Colour(enum.Enum):
    """颜色 — a test enum."""

    RED = "red"
    BLUE = "blue"


class Level(enum.Enum):
    """级别 — an int-valued test enum."""

    ONE = 1
    TWO = 2


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise InvariantError("须为正数 / must be positive", attribute.name)


def _leaves(value: list[Leaf] | tuple[Leaf, ...]) -> tuple[Leaf, ...]:
    return tuple(value)


@attrs.frozen
class Leaf:
    """叶 — a nested test class.

    Attributes:
        name: a name.
        count: a positive count.
        on: an optional day.
    """

    name: str
    count: int = attrs.field(validator=_positive)
    on: dt.date | None = None


@attrs.frozen
class Tree:
    """树 — a test record with every kind of field.

    Attributes:
        title: the title.
        started_on: a day.
        at: an instant with its offset.
        colour: an enum.
        level: an int enum.
        flag: a boolean.
        ratio: a float.
        leaves: nested records.
        pairs: fixed pairs.
        best: an optional nested record.
        ended_on: an optional day.
    """

    title: str
    started_on: dt.date
    at: dt.datetime
    colour: Colour
    level: Level = Level.ONE
    flag: bool = False
    ratio: float = 0.5
    leaves: tuple[Leaf, ...] = attrs.field(default=(), converter=_leaves)
    pairs: tuple[tuple[str, int], ...] = ()
    best: Leaf | None = None
    ended_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        if self.ended_on is not None and self.ended_on < self.started_on:
            raise InvariantError("结束早于开始 / ends before it starts", "ended_on")


register_kind("test_tree", Tree)

GOOD = {
    "kind": "test_tree",
    "schema_version": 1,
    "title": "大港街",
    "started_on": "2020-01-02",
    "at": "2020-01-02T09:30:00+08:00",
    "colour": "red",
    "leaves": [{"name": "a", "count": 1, "on": "2020-03-01"}],
    "pairs": [["x", 1]],
    "best": {"name": "b", "count": 2},
}


def _problems(fn: object, *args: object, **kwargs: object) -> dict[str, tuple[str, str]]:
    with pytest.raises(LoadError) as info:
        fn(*args, **kwargs)  # type: ignore[operator]
    errors = info.value.errors()
    assert all(set(e) >= {"code", "path", "message", "message_en"} for e in errors)
    return {str(e["path"]): (str(e["message"]), str(e["message_en"])) for e in errors}


def _with(**changes: object) -> dict[str, object]:
    data = json.loads(json.dumps(GOOD))
    data.update(changes)
    return data


def test_a_good_record_loads_by_its_kind() -> None:
    tree = loads(json.dumps(GOOD))
    assert isinstance(tree, Tree)
    assert tree.at == dt.datetime(2020, 1, 2, 9, 30, tzinfo=CST)
    assert tree.leaves == (Leaf("a", 1, dt.date(2020, 3, 1)),)
    assert tree.pairs == (("x", 1),)
    assert loads(json.dumps(GOOD), Tree) == tree


def test_to_dict_tags_records_and_round_trips() -> None:
    tree = loads(json.dumps(GOOD))
    data = to_dict(tree)
    assert list(data)[:2] == ["kind", "schema_version"]
    assert data["kind"] == "test_tree" and data["schema_version"] == SCHEMA_VERSION == 2
    assert data["pairs"] == [["x", 1]] and isinstance(data["leaves"], list)
    assert from_dict(data, Tree) == tree
    assert loads(dumps(tree)) == tree


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("title", None, "字符串"),  # cattrs would make 'None'
        ("title", 5, "字符串"),
        ("level", True, "不是允许的取值"),  # True is not 1
        ("level", "1", "不是允许的取值"),
        ("flag", "false", "布尔值"),  # cattrs would make True
        ("flag", 0, "布尔值"),
        ("ratio", True, "数字"),
        ("ratio", "0.5", "数字"),
        ("started_on", "2020-1-2", "YYYY-MM-DD"),
        ("started_on", "20200102", "YYYY-MM-DD"),
        ("started_on", "2020-02-30", "不存在的日期"),
        ("started_on", "2020-01-02T00:00:00+08:00", "YYYY-MM-DD"),
        ("started_on", "２０２０-01-02", "YYYY-MM-DD"),  # full-width digits
        ("at", "2020-01-02T09:30:00", "时区"),
        ("at", "2020-01-02 09:30:00+08:00", "RFC 3339"),
        ("at", "2020-01-02", "RFC 3339"),
        ("colour", "green", "不是允许的取值"),
        ("colour", "RED", "不是允许的取值"),
        ("leaves", "ab", "数组"),  # cattrs would iterate the characters
        ("leaves", {"name": "a"}, "数组"),
        ("pairs", [["x", 1, 2]], "2 项"),
    ],
)
def test_strict_leaf_hooks_refuse_coercion(field: str, value: object, fragment: str) -> None:
    problems = _problems(from_dict, _with(**{field: value}), Tree)
    path = f"$.{field}" if field != "pairs" else "$.pairs[0]"
    assert path in problems, problems
    assert fragment in problems[path][0]


def test_int_refuses_float_and_bool() -> None:
    data = _with(leaves=[{"name": "a", "count": 39.9}, {"name": "b", "count": True}, {"name": "c", "count": 2.0}])
    problems = _problems(from_dict, data, Tree)
    assert set(problems) == {"$.leaves[0].count", "$.leaves[1].count", "$.leaves[2].count"}


def test_every_problem_is_listed_at_once_with_its_path() -> None:
    data = _with(title=1, colour="green", extra=1, leaves=[{"name": "a", "count": 1, "bogus": 2, "on": "x"}])
    del data["started_on"]
    data["best"] = {"name": "b", "count": "2"}
    problems = _problems(from_dict, data, Tree)
    assert set(problems) == {
        "$.title",
        "$.colour",
        "$.extra",
        "$.started_on",
        "$.leaves[0].bogus",
        "$.leaves[0].on",
        "$.best.count",
    }
    assert problems["$.extra"] == ("未知字段", "unknown field")
    assert problems["$.started_on"] == ("缺少必填字段", "required field is missing")


def test_invariant_errors_carry_their_field_in_the_path() -> None:
    problems = _problems(from_dict, _with(leaves=[{"name": "a", "count": 1}, {"name": "b", "count": 0}]), Tree)
    assert problems == {"$.leaves[1].count": ("须为正数", "must be positive")}
    problems = _problems(from_dict, _with(ended_on="2019-12-31"), Tree)
    assert problems == {"$.ended_on": ("结束早于开始", "ends before it starts")}


def test_odd_keys_are_quoted_in_paths() -> None:
    problems = _problems(from_dict, _with(**{"a b": 1, "名称": 2}), Tree)
    assert set(problems) == {'$["a b"]', '$["名称"]'}


def test_not_an_object_where_a_record_is_expected() -> None:
    problems = _problems(from_dict, _with(best=[1, 2], leaves=[5]), Tree)
    assert set(problems) == {"$.best", "$.leaves[0]"}
    assert "对象" in problems["$.best"][0]


@pytest.mark.parametrize(
    ("changes", "path", "fragment"),
    [
        ({"kind": "nope"}, "$.kind", "未知的记录类型"),
        ({"kind": 3}, "$.kind", "未知的记录类型"),
        ({"schema_version": 3}, "$.schema_version", "不支持"),
        ({"schema_version": True}, "$.schema_version", "整数"),
        ({"schema_version": "1"}, "$.schema_version", "整数"),
    ],
)
def test_kind_and_schema_version_are_checked(changes: dict[str, object], path: str, fragment: str) -> None:
    problems = _problems(loads, json.dumps(_with(**changes)))
    assert fragment in problems[path][0]


def test_missing_tags() -> None:
    data = _with()
    del data["kind"], data["schema_version"]
    assert set(_problems(loads, json.dumps(data))) == {"$.kind", "$.schema_version"}
    # A known class still reports the missing tags and everything else.
    data["title"] = 1
    assert set(_problems(loads, json.dumps(data), Tree)) == {"$.kind", "$.schema_version", "$.title"}


def test_wrong_kind_for_the_class_asked() -> None:
    problems = _problems(loads, json.dumps(_with(kind="legality_review")), Tree)
    assert "test_tree" in problems["$.kind"][1]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"kind": "test_tree", "title": NaN}', "NaN"),
        ('{"kind": "test_tree", "ratio": Infinity}', "Infinity"),
        ('{"kind": "test_tree", "ratio": -Infinity}', "Infinity"),
        ('{"kind": "test_tree", "kind": "test_tree"}', "重复的键"),
        ('{"best": {"name": "a", "name": "b"}}', "重复的键"),
        ('{"kind": ', "JSON 语法错误"),
        ("[]", "顶层应为对象"),
        ('"text"', "顶层应为对象"),
        ("null", "顶层应为对象"),
        ("1" * 5000, "无法解析"),
        ("", "JSON 语法错误"),
    ],
)
def test_guards_before_structuring(text: str, fragment: str) -> None:
    problems = _problems(loads, text)
    assert list(problems) == ["$"]
    assert fragment in problems["$"][0]


def test_size_and_depth_limits() -> None:
    big = json.dumps(_with(title="大" * 2000))
    assert "输入过大" in _problems(loads, big, max_bytes=1000)["$"][0]
    assert isinstance(loads(big), Tree)
    deep = "[" * 5000 + "]" * 5000
    assert "嵌套过深" in _problems(loads, deep)["$"][0]
    nested = json.dumps(_with(extra=[[[[[[[[1]]]]]]]]))
    assert "嵌套过深" in _problems(loads, nested, max_depth=5)["$"][0]
    assert "$.extra" in _problems(loads, nested, max_depth=64)


def test_bytes_input_and_bad_utf8() -> None:
    assert isinstance(loads(json.dumps(GOOD).encode()), Tree)
    assert "UTF-8" in _problems(loads, b'{"title": "\xff"}')["$"][0]


def test_non_record_classes_have_no_tags() -> None:
    d = xingzheng.deadline(dt.date(2020, 9, 25), Period.days(7))
    data = to_dict(d)
    assert "kind" not in data
    assert data["period"] == {"amount": 7, "unit": "days"}
    assert from_dict(data, Deadline) == d
    assert "$.kind" in _problems(from_dict, {**data, "kind": "x"}, Deadline)
    assert "$.period.amount" in _problems(from_dict, {**data, "period": {"amount": 0, "unit": "days"}}, Deadline)


def test_files_json_and_toml(tmp_path: Path) -> None:
    tree = loads(json.dumps(_with(ended_on="2020-05-01")))
    for name in ("tree.json", "tree.toml"):
        dump(tree, tmp_path / name)
        assert load(tmp_path / name) == tree
    toml_text = (tmp_path / "tree.toml").read_text(encoding="utf-8")
    assert "started_on = 2020-01-02\n" in toml_text  # a native TOML date
    assert "best" in toml_text and "None" not in toml_text


def test_toml_wants_native_dates(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        'kind = "test_tree"\nschema_version = 1\ntitle = "x"\nstarted_on = "2020-01-02"\n'
        'at = 2020-01-02T09:30:00\ncolour = "red"\nratio = nan\n',
        encoding="utf-8",
    )
    problems = _problems(load, path)
    assert set(problems) == {"$.started_on", "$.at", "$.ratio"}
    assert "TOML 日期" in problems["$.started_on"][0]


def test_unreadable_files_are_load_errors(tmp_path: Path) -> None:
    assert "无法读取文件" in _problems(load, tmp_path / "missing.json")["$"][0]
    (tmp_path / "x.yaml").write_text("a: 1", encoding="utf-8")
    assert "不支持的文件类型" in _problems(load, tmp_path / "x.yaml")["$"][0]
    (tmp_path / "bad.toml").write_text("a = = 1", encoding="utf-8")
    assert "TOML" in _problems(load, tmp_path / "bad.toml")["$"][0]
    (tmp_path / "big.json").write_text(json.dumps(GOOD), encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load(tmp_path / "big.json", max_bytes=10)
    assert info.value.source == str(tmp_path / "big.json")


# --- round trips (Hypothesis) ---------------------------------------------------------------------

_days = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
# Text as the boundary lets it through: no control or surrogate characters, NFC (issue 22).
_text = st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=12).map(
    lambda s: unicodedata.normalize("NFC", s)
)
_offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
_instants = st.builds(
    lambda d, s, us, tz: dt.datetime.combine(d, dt.time(), tz) + dt.timedelta(seconds=s, microseconds=us),
    _days,
    st.integers(0, 86399),
    st.integers(0, 999999),
    _offsets,
)
_leaf_st = st.builds(Leaf, name=_text, count=st.integers(1, 10**12), on=st.none() | _days)
_trees = st.builds(
    Tree,
    title=_text,
    started_on=_days,
    at=_instants,
    colour=st.sampled_from(Colour),
    level=st.sampled_from(Level),
    flag=st.booleans(),
    ratio=st.floats(allow_nan=False, allow_infinity=False),
    leaves=st.lists(_leaf_st, max_size=3).map(tuple),
    pairs=st.lists(st.tuples(_text, st.integers()), max_size=3).map(tuple),
    best=st.none() | _leaf_st,
    ended_on=st.none(),
)
_periods = st.builds(Period, st.integers(1, 400), st.sampled_from(PeriodUnit))
_deadlines = st.builds(Deadline, _days, _periods, _days, st.none() | _days, st.booleans(), _text)
_findings = st.builds(
    Finding,
    code=_text,
    severity=st.sampled_from(Severity),
    message=_text,
    message_en=_text,
    citation=_text,
    path=_text,
    parameter=st.none() | _text,
    dates=st.lists(st.builds(DateFact, _text, _days), max_size=3).map(tuple),
)
_reports = st.builds(Report, _text, _text, _text, st.none() | _days, st.lists(_findings, max_size=3).map(tuple))


@settings(max_examples=150)
@given(st.one_of(_trees, _periods, _deadlines, _findings, _reports))
def test_round_trip_of_library_classes(obj: object) -> None:
    assert from_dict(to_dict(obj), type(obj)) == obj
    assert loads(dumps(obj), type(obj)) == obj


@settings(max_examples=60)
@given(_trees)
def test_toml_round_trip(tree: Tree) -> None:
    import tomllib

    import tomli_w

    from xingzheng.io._records import _structure, _to_dict

    text = tomli_w.dumps(_to_dict(tree, "toml"))
    assert _structure(tomllib.loads(text), None, "toml", None) == tree


def test_real_records_refuse_coercion_at_every_path() -> None:
    # The strict hooks on the shipped records, with the issue's own example path.
    from _io_support import EXAMPLES

    doc = json.loads((EXAMPLES / "normative-document.json").read_text(encoding="utf-8"))
    doc["title"] = None  # cattrs would make 'None'
    doc["emergency"] = "false"  # cattrs would make True
    doc["confidential"] = 1  # cattrs would make True
    doc["legality_review"]["completed_on"] = "2020/06/20"  # not ISO
    doc["public_comment"]["opened_on"] = "2020-05-29T00:00:00+08:00"  # a date-time is not a date
    problems = _problems(loads, json.dumps(doc, ensure_ascii=False))
    assert set(problems) == {
        "$.title",
        "$.emergency",
        "$.confidential",
        "$.legality_review.completed_on",
        "$.public_comment.opened_on",
    }
    assert all(zh and en and zh != en for zh, en in problems.values())  # bilingual reasons

    case = json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8"))
    case["evidence_log"]["events"][0]["at"] = "2021-08-02T10:00:00"  # a naive date-time
    case["decision"]["fine_yuan"] = 39.9  # cattrs would make 39
    problems = _problems(loads, json.dumps(case, ensure_ascii=False))
    assert set(problems) == {"$.evidence_log.events[0].at", "$.decision.fine_yuan"}
    assert "时区" in problems["$.evidence_log.events[0].at"][0]
