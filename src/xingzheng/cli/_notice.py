"""Command `import-notice`: read the State Council's holiday notice into a calendar supplement."""

from __future__ import annotations

import argparse
import calendar as std_calendar
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from xingzheng.calendar import WorkdayCalendar, default_calendar, install_notices
from xingzheng.cli._common import add_format_options, emit_json, to_jsonable
from xingzheng.errors import NoticeParseError, bilingual

if TYPE_CHECKING:
    from xingzheng.calendar.notice import Arrangement

__all__ = ["register"]

_WEEK_HEAD = ("一", "二", "三", "四", "五", "六", "日")


def register(subparsers: Any) -> None:
    """Add `import-notice` to the command line."""
    p = subparsers.add_parser(
        "import-notice",
        help="导入国务院节假日安排通知 / import a State Council holiday notice",
        description=(
            "读取国务院办公厅节假日安排通知（年度通知及其修改通知，按顺序给出），显示所涉月份并写出日历补充 / "
            "read the State Council's holiday notice (the annual notice, then its amending notices in order), "
            "show the months it touches and write the calendar supplement"
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="通知文本（UTF-8） / notice text files (UTF-8)")
    p.add_argument("-o", "--output", metavar="FILE", help="写出补充 TOML / write the supplement TOML here")
    p.add_argument(
        "--install",
        action="store_true",
        help="安装到用户数据目录，此后各命令自动使用（$XINGZHENG_DATA_DIR） / install into the user data directory "
        "for every later command ($XINGZHENG_DATA_DIR)",
    )
    p.add_argument(
        "--override",
        action="store_true",
        help="安装时允许改写已安装或内置数据的明确记载 / let the install replace explicit entries installed or built in",
    )
    add_format_options(p)
    p.set_defaults(func=_run)


def _status(arrangement: Arrangement) -> dict[dt.date, tuple[bool, str | None]]:
    days: dict[dt.date, tuple[bool, str | None]] = {d: (False, name) for d, name in arrangement.holidays.items()}
    days.update({d: (True, None) for d in arrangement.adjusted_workdays})
    return days


def differences(arrangement: Arrangement, cal: WorkdayCalendar) -> list[dict[str, Any]]:
    """Days where the arrangement and the calendar's data disagree on working status, where both speak.

    For an annual notice every day of its year (and the December days it sets); for an amending notice
    resolved against the data, the days it sets.
    """
    notice_days = _status(arrangement)
    whole_year = bool(arrangement.festivals_announced)
    out: list[dict[str, Any]] = []
    day = dt.date(arrangement.year - 1, 12, 1)
    while day.year <= arrangement.year:
        speaks = day in notice_days or (whole_year and day.year == arrangement.year)
        if speaks and cal.covers(day):
            working = notice_days.get(day, (day.weekday() < 5, None))[0]
            if working != cal.is_workday(day):
                name = cal.holiday_name(day)
                out.append(
                    {
                        "date": day,
                        "notice": "workday" if working else "rest day",
                        "data": "workday" if cal.is_workday(day) else "rest day",
                        "data_holiday": None if name is None else name.zh,
                    }
                )
        day += dt.timedelta(days=1)
    return out


def render_grid(arrangement: Arrangement, year: int, month: int) -> str:
    """A month grid of what the notice sets: ``*`` holiday, ``班`` adjusted working day, ``休`` weekend."""
    days = _status(arrangement)
    lines = [f"{year}年{month}月 / {dt.date(year, month, 1):%B %Y}", "  ".join(f" {h}" for h in _WEEK_HEAD)]
    for week in std_calendar.Calendar().monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append("    ")
                continue
            working, name = days.get(day, (day.weekday() < 5, None))
            mark = "班" if day in days and working else "*" if name else "休" if not working else " "
            cells.append(f"{day.day:>2}{mark}" + (" " if mark in "* " else ""))
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


def _months(arrangement: Arrangement) -> list[tuple[int, int]]:
    return sorted({(d.year, d.month) for d in _status(arrangement)})


def _run(args: argparse.Namespace) -> int:
    texts = [Path(name).read_text(encoding="utf-8") for name in args.files]
    from xingzheng.calendar.notice import merge_notices  # the parser, loaded when a notice is read

    cal = default_calendar()
    arrangements = merge_notices(texts, cal)
    if args.output and len(arrangements) != 1:
        years = "、".join(str(a.year) for a in arrangements)
        raise NoticeParseError(
            bilingual(
                f"这些通知涉及多个年份（{years}），一个补充文件只能写一年；请分年导入",
                f"the notices cover several years ({years}); a supplement file holds one year: import them "
                "one year at a time",
            )
        )
    supplements = [a.to_supplement() for a in arrangements]
    if args.output:
        Path(args.output).write_bytes(tomli_w.dumps(supplements[0]).encode("utf-8"))
    installed = install_notices(texts, override=args.override) if args.install else []
    if args.format == "json":
        emit_json(
            {
                "arrangements": [to_jsonable(a) for a in arrangements],
                "supplements": to_jsonable(supplements),
                "summary": [
                    {
                        "year": a.year,
                        "source": a.source,
                        "holidays": len(a.holidays),
                        "adjusted_workdays": len(a.adjusted_workdays),
                        "differences_from_data": to_jsonable(differences(a, cal)),
                    }
                    for a in arrangements
                ],
                "output": args.output,
                "installed": [str(item.path) for item in installed],
            }
        )
        return 0
    for arrangement in arrangements:
        print(f"{arrangement.year}年 — {arrangement.source}")
        for year, month in _months(arrangement):
            print()
            print(render_grid(arrangement, year, month))
        print()
        print("* 节假日 holiday   休 休息日 rest day   班 调休上班 adjusted working day")
        for day, name in arrangement.holidays.items():
            print(f"{day.isoformat()}  {name} 放假 / holiday")
        for day in arrangement.adjusted_workdays:
            print(f"{day.isoformat()}  调休上班 / adjusted working day")
        print()
        print(
            f"共 {len(arrangement.holidays)} 个放假日、{len(arrangement.adjusted_workdays)} 个调休上班日 / "
            f"{len(arrangement.holidays)} holidays, {len(arrangement.adjusted_workdays)} adjusted working days"
        )
        if not arrangement.blocks:
            print(f"内置数据（{cal.source}）已包含该通知所作的安排，补充中没有日期 / the built-in data ({cal.source}) "
                  "already holds what the notice sets: the supplement has no days")  # fmt: skip
        diffs = differences(arrangement, cal)
        overlap = cal.covers(dt.date(arrangement.year, 1, 1)) or any(cal.covers(d) for d in _status(arrangement))
        if not overlap:
            print(f"内置数据（{cal.source}）不覆盖 {arrangement.year} 年 / the built-in data ({cal.source}) "
                  f"does not cover {arrangement.year}")  # fmt: skip
        elif not diffs:
            print(f"与内置数据（{cal.source}）一致 / agrees with the built-in data ({cal.source})")
        else:
            print(f"与内置数据（{cal.source}）不同的日期 / days that differ from the built-in data:")
            for diff in diffs:
                print(f"  {diff['date'].isoformat()}: 通知 notice {diff['notice']}, 数据 data {diff['data']}")
    if args.output:
        print(f"已写出 / written: {args.output}")
    for item in installed:
        print(f"已安装 / installed: {item.year} → {item.path}")
    return 0
