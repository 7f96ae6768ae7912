"""Helpers of the notice tests: the reference notices in ../shared/calendar-notices, and a renderer."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from xingzheng.calendar.notice import Arrangement, FestivalArrangement, parse_notice

SHARED = Path(os.environ.get("XINGZHENG_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
YEARS = range(2011, 2027)
WEEKDAYS = "一二三四五六日"


def notices_dir() -> Path:
    """../shared/calendar-notices: fails (never skips) in CI when missing, skips loudly elsewhere."""
    path = SHARED / "calendar-notices"
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is required in CI and is missing")
        pytest.skip(f"{path} is missing (../shared not beside the checkout)")
    return path


def read_notice(name: str) -> str:
    """The text of one reference notice file (e.g. ``"2019.md"``)."""
    return (notices_dir() / name).read_text(encoding="utf-8")


def notice_texts(year: int) -> list[str]:
    """The annual notice for ``year`` followed by its amending notices, in the order they were signed."""
    folder = notices_dir()
    amendments = [p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"{year}-*.md"))]
    amendments.sort(key=lambda t: parse_notice(t).signed_on or dt.date.min)
    return [(folder / f"{year}.md").read_text(encoding="utf-8"), *amendments]


def merged(year: int) -> Arrangement:
    """The annual arrangement of ``year`` with its amendments applied."""
    first, *rest = (parse_notice(t) for t in notice_texts(year))
    for amendment in rest:
        first = first.amend(amendment)
    return first


def body(text: str) -> str:
    """The notice text without the Markdown heading of the reference copies."""
    return text.split("\n---\n", 1)[1] if "\n---\n" in text else text


def md(day: dt.date, year: int, *, weekday: bool = True) -> str:
    """``3月5日（星期六）`` (with the year when it is not ``year``)."""
    prefix = f"{day.year}年" if day.year != year else ""
    note = f"（星期{WEEKDAYS[day.weekday()]}）" if weekday else ""
    return f"{prefix}{day.month}月{day.day}日{note}"


NUMBERS = "一二三四五六七八九十"


def render(arrangement: Arrangement, *, short: bool = True) -> str:
    """Write an arrangement in the style of an annual notice (the inverse of `parse_notice`).

    Each block is written as a range ``X月X日至Y日放假调休，共N天。`` (the end's month omitted when it is
    the same, when ``short``), or a single day ``X月X日放假1天。``; then its working days.
    """
    year = arrangement.year
    names = [" 、".join(b.festivals).replace(" ", "") for b in arrangement.blocks]
    listed = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
    lines = [
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        f"经国务院批准，现将{year}年{listed}放假调休日期的具体安排通知如下。",
    ]
    for number, (name, block) in enumerate(zip(names, arrangement.blocks, strict=True)):
        lines.append(f"{NUMBERS[number]}、{name}：{render_block(block, year, short=short)}")
    lines += ["节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。", "国务院办公厅", f"{year - 1}年12月1日"]
    return "\n\n".join(lines)


def render_block(block: FestivalArrangement, year: int, *, short: bool = True) -> str:
    """One item's text."""
    first, last = block.holidays[0], block.holidays[-1]
    if first == last:
        text = f"{md(first, year)}放假1天。"
    else:
        end = md(last, year)
        if short and last.year == first.year and last.month == first.month:
            end = f"{last.day}日（星期{WEEKDAYS[last.weekday()]}）"
        elif last.year != first.year:
            end = f"{last.year}年{last.month}月{last.day}日（星期{WEEKDAYS[last.weekday()]}）"
        start = md(first, year) if first.year == last.year else f"{first.year}年" + md(first, first.year)
        text = f"{start}至{end}放假调休，共{len(block.holidays)}天。"
    if block.adjusted_workdays:
        text += "、".join(md(d, year) for d in block.adjusted_workdays) + "上班。"
    return text
