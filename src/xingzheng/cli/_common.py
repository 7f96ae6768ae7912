"""Helpers shared by the command modules: output formats and argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from xingzheng.errors import XingzhengError

__all__ = ["add_format_options", "date_range_guard", "emit_csv", "emit_json", "iso_date", "year_month"]


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
