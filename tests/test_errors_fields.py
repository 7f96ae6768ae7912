"""Errors a program can read (issue 21): every `XingzhengError` carries its message in each language
separately, short, with longer advice in ``hint`` / ``hint_en``; ``str(exc)`` stays bilingual; the old
constructor forms keep working; errors survive pickling (a worker process, ``--jobs``)."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from _io_support import triples
from xingzheng import (
    CalendarCoverageError,
    InvariantError,
    LoadError,
    NoRuleInForceError,
    NoSuchParameterError,
    NoticeParseError,
    Period,
    ProcedureError,
    PublicComment,
    SupplementConflictError,
    XingzhengError,
    deadline,
    default_calendar,
    load_profile,
    loads,
)
from xingzheng.errors import bilingual

# Every class, built the way the code base calls it (the old positional forms).
OLD_FORMS: list[XingzhengError] = [
    XingzhengError(bilingual("出错", "went wrong")),
    InvariantError(bilingual("结束早于开始", "ends before it starts"), "closes_on"),
    ProcedureError(bilingual("未经审核", "not reviewed"), "D6", "条例 第二十八条"),
    CalendarCoverageError(bilingual("不覆盖 2099 年", "2099 is not covered"), year=2099),
    SupplementConflictError(bilingual("冲突", "conflict"), [(dt.date(2020, 10, 1), "rest", "work")]),
    NoticeParseError(bilingual("无法解析", "cannot parse"), "二", "国庆节：…"),
    LoadError([("$.a", "缺少必填字段", "required field is missing")], "x.json"),
    NoSuchParameterError(bilingual("没有此参数：x", "no such parameter: x")),
    NoRuleInForceError(bilingual("无有效规则", "no rule in force"), "N3", dt.date(2020, 1, 1)),
]


@pytest.mark.parametrize("exc", OLD_FORMS, ids=lambda e: type(e).__name__)
def test_every_error_has_each_language_separately(exc: XingzhengError) -> None:
    assert exc.message and exc.message_en
    assert " / " not in exc.message and " / " not in exc.message_en
    assert any("\u4e00" <= ch <= "\u9fff" for ch in exc.message)
    assert exc.message_en.isascii()
    # str() is as before: Chinese, then English.
    assert str(exc).startswith(f"{exc.message}") and exc.message_en in str(exc)
    assert exc.hint is None and exc.hint_en is None


@pytest.mark.parametrize("exc", OLD_FORMS, ids=lambda e: type(e).__name__)
def test_every_error_survives_pickling(exc: XingzhengError) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert vars(back) == vars(exc)


def test_the_separate_form_equals_the_joined_form() -> None:
    joined = InvariantError(bilingual("结束早于开始", "ends before it starts"), "closes_on")
    separate = InvariantError("结束早于开始", "closes_on", message_en="ends before it starts")
    assert str(joined) == str(separate) == "结束早于开始 / ends before it starts"
    assert (separate.message, separate.message_en, separate.field) == (joined.message, joined.message_en, joined.field)


def test_a_message_in_one_language_only_is_both() -> None:
    exc = XingzhengError("only one text")
    assert exc.message == exc.message_en == "only one text"
    assert str(exc) == "only one text"


def test_hint_is_appended_to_each_language_in_str() -> None:
    exc = XingzhengError("短", message_en="short", hint="长的建议", hint_en="longer advice")
    assert str(exc) == "短；长的建议 / short; longer advice"


def test_calendar_coverage_error_is_short_with_the_advice_apart() -> None:
    calendar = default_calendar()
    year = calendar.coverage.last.year + 1
    with pytest.raises(CalendarCoverageError) as info:
        deadline(dt.date(year, 3, 2), Period.workdays(5), calendar)
    exc = info.value
    assert exc.year == year
    # Short enough for a form field: what is covered and which year is not; nothing about what to do.
    assert str(year) in exc.message and str(year) in exc.message_en
    assert "import" not in exc.message_en and "assume_regular_weeks" not in exc.message_en
    assert "导入" not in exc.message
    # The advice, in Python's words (the command line words its own, naming its flags): add or install
    # the year's notice, or opt in to an estimate.
    assert exc.hint is not None and exc.hint_en is not None
    assert "install_notices" in exc.hint and "install_notices" in exc.hint_en
    assert "--" not in exc.hint_en
    assert "assume_regular_weeks=True" in exc.hint_en
    # str() keeps the whole bilingual account, as before.
    assert str(exc) == f"{exc.message}；{exc.hint} / {exc.message_en}; {exc.hint_en}"


def test_calendar_coverage_before_the_data_has_its_own_advice() -> None:
    calendar = default_calendar()
    with pytest.raises(CalendarCoverageError) as info:
        calendar.add_workdays(dt.date(calendar.coverage.first.year - 1, 6, 1), 3)
    exc = info.value
    assert exc.hint_en is not None and "earlier years cannot be added" in exc.hint_en
    assert "import" not in exc.message_en


def test_invariant_error_of_a_model_class_is_split() -> None:
    with pytest.raises(InvariantError) as info:
        PublicComment(opened_on=dt.date(2020, 10, 9), closes_on=dt.date(2020, 9, 28))
    exc = info.value
    assert exc.field is not None
    assert " / " not in exc.message and " / " not in exc.message_en
    assert str(exc) == f"{exc.message} / {exc.message_en}"


def test_load_error_has_a_short_head_and_the_problems_in_str() -> None:
    with pytest.raises(LoadError) as info:
        loads('{"kind": "normative_document", "schema_version": 2}', source="doc.json")
    exc = info.value
    assert exc.message.startswith("无法读取 doc.json") and exc.message_en.startswith("cannot load doc.json")
    assert "\n" not in exc.message and "\n" not in exc.message_en
    lines = str(exc).splitlines()
    assert lines[0] == f"{exc.message} / {exc.message_en}"
    assert len(lines) == 1 + len(triples(exc))


def test_profile_errors_are_split() -> None:
    profile = load_profile("national")
    with pytest.raises(NoSuchParameterError) as info:
        profile.get("no.such.key", on=dt.date(2020, 1, 1))
    assert " / " not in info.value.message
    assert str(info.value) == f"{info.value.message} / {info.value.message_en}"
