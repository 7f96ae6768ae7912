"""Helpers shared by the command modules: output formats and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from xingzheng.errors import CalendarCoverageError, XingzhengError, bilingual

__all__ = [
    "UsageError",
    "add_format_options",
    "coverage_message",
    "date_range_guard",
    "emit_csv",
    "emit_json",
    "iso_date",
    "to_jsonable",
    "year_month",
]


class UsageError(XingzhengError):
    """Bad input found after parsing (one bilingual line, exit 2)."""


def add_format_options(parser: argparse.ArgumentParser, extra: tuple[str, ...] = ()) -> None:
    """Add ``--format table|json`` (and the ``extra`` formats) and the short form ``--json`` to a sub-command."""
    parser.add_argument(
        "--format", choices=("table", "json", *extra), default="table", help="输出格式 / output format"
    )
    parser.add_argument(
        "--json", dest="format", action="store_const", const="json", help="同 --format json / same as --format json"
    )


def iso_date(text: str) -> dt.date:
    """argparse type: a ``YYYY-MM-DD`` date."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"不是有效日期（应为 YYYY-MM-DD）：{text!r} / not a valid date (expected YYYY-MM-DD): {text!r}"
        ) from None


def year_month(text: str) -> tuple[int, int]:
    """argparse type: a ``YYYY-MM`` month."""
    try:
        year_s, month_s = text.split("-")
        if len(year_s) != 4 or len(month_s) != 2:
            raise ValueError(text)
        year, month = int(year_s), int(month_s)
        dt.date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"不是有效月份（应为 YYYY-MM）：{text!r} / not a valid month (expected YYYY-MM): {text!r}"
        ) from None
    return year, month


def emit_json(data: Any) -> None:
    """Print JSON-ready data (already unstructured by `xingzheng.io`) as UTF-8 JSON."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def emit_csv(text: str) -> None:
    """Print CSV text as UTF-8 with a byte-order mark, so that Excel reads the Chinese text correctly."""
    data = ("\ufeff" + text).encode("utf-8")
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (the docs build captures output in a StringIO)
        sys.stdout.write(data.decode("utf-8"))
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()


@contextmanager
def date_range_guard() -> Iterator[None]:
    """Turn date arithmetic past 0001-01-01 … 9999-12-31 into `OverflowError` (exit 2 in `main`).

    ``date + timedelta`` raises OverflowError there, but ``relativedelta`` and the `calendar` module raise
    ``ValueError("year 10000 is out of range")``; both are bad input, never a traceback.
    """
    try:
        yield
    except XingzhengError:
        raise
    except ValueError as exc:
        if "out of range" not in str(exc):
            raise
        raise OverflowError(str(exc)) from None


def coverage_message(exc: CalendarCoverageError) -> str:
    """The coverage error in the command line's words: its own flags, never the Python keyword."""
    year = exc.year
    if exc.coverage is None:  # past 9999-12-31, or raised without a calendar
        return str(exc)
    first, last = exc.coverage
    opt_in = (
        "或加 --assume-regular-weeks 推算（周末与法定节日休息，结果为暂定）",
        "or add --assume-regular-weeks to estimate (weekends and statutory holidays rest; provisional)",
    )
    if year < first.year:
        return bilingual(
            f"工作日历只覆盖 {first} 至 {last}，无法判断 {year} 年的日期；日历数据始于 {first.year} 年，更早的年份无法补充；"
            f"{opt_in[0]}",
            f"the working-day calendar covers {first} to {last} only and cannot judge dates in {year}; its data "
            f"begins in {first.year} and earlier years cannot be added; {opt_in[1]}",
        )
    return bilingual(
        f"工作日历只覆盖 {first} 至 {last}，无法判断 {year} 年的日期；请将国务院办公厅关于{year}年部分节假日安排的通知"
        f"（及其修改通知）存为文本，以 xingzheng import-notice 通知.txt [修改通知.txt…] --install 安装（此后各命令自动使用），"
        f"或以 -o {year}.toml 写出后加 --calendar-supplement {year}.toml；{opt_in[0]}",
        f"the working-day calendar covers {first} to {last} only and cannot judge dates in {year}; save the State "
        f"Council's notice on the {year} holidays (and any amending notices) as text and install it with "
        f"`xingzheng import-notice notice.txt [amendment.txt…] --install` (every later command uses it), or write "
        f"it with `-o {year}.toml` and add `--calendar-supplement {year}.toml`; {opt_in[1]}",
    )


def to_jsonable(value: Any) -> Any:
    """`xingzheng.io.to_jsonable`, imported when first needed (``--help`` stays fast: the converter is not loaded)."""
    from xingzheng.io import to_jsonable as convert

    return convert(value)
