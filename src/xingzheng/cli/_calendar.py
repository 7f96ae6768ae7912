"""Commands `deadline` and `calendar`: due dates and month grids on the official calendar."""

from __future__ import annotations

import argparse
import calendar as std_calendar
import datetime as dt
from typing import Any

from xingzheng.calendar import (
    Period,
    WorkdayCalendar,
    data_dir,
    deadline,
    default_calendar,
    installed_supplements,
    uninstall,
)
from xingzheng.cli._common import (
    UsageError,
    add_format_options,
    date_range_guard,
    emit_json,
    iso_date,
    to_jsonable,
    year_month,
)

__all__ = ["add_calendar_options", "calendar_from_args", "register"]

_WEEK_HEAD = ("一", "二", "三", "四", "五", "六", "日")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是整数：{text!r} / not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"期间长度至少为 1，得到 {value} / a period must be at least 1, got {value}"
        )
    return value


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that needs the calendar takes."""
    parser.add_argument(
        "--calendar-supplement",
        action="append",
        default=[],
        metavar="FILE",
        help="日历补充文件（TOML，可多次给出；已安装的通知总会使用） / calendar supplement TOML (repeatable; "
        "installed notices are always used)",
    )
    parser.add_argument(
        "--override",
        action="store_true",
        help="允许补充改写数据中的明确记载 / let supplements replace explicit entries of the data",
    )
    parser.add_argument(
        "--assume-regular-weeks",
        action="store_true",
        help="超出覆盖范围时按周末与法定节日推算（结果为暂定） / past coverage, rest on weekends and statutory "
        "holidays (provisional)",
    )


def calendar_from_args(args: argparse.Namespace) -> WorkdayCalendar:
    """The built-in calendar and the installed notices, with the command's supplements applied in order."""
    cal = default_calendar(assume_regular_weeks=args.assume_regular_weeks)
    for path in args.calendar_supplement:
        cal = cal.with_supplement(path, override=args.override)
    return cal


def register(subparsers: Any) -> None:
    """Add `deadline` and `calendar` to the command line."""
    p = subparsers.add_parser(
        "deadline",
        help="计算期限 / compute a deadline",
        description="按民法典第二百零一条至第二百零三条计算期限 / a deadline counted by Civil Code Art. 201–203",
    )
    p.add_argument("start", type=iso_date, help="起算日 YYYY-MM-DD（不计入） / start day (not counted)")
    unit = p.add_mutually_exclusive_group(required=True)
    unit.add_argument("--workdays", type=_count, metavar="N", help="N 个工作日 / N working days")
    unit.add_argument("--days", type=_count, metavar="N", help="N 日 / N calendar days")
    unit.add_argument("--months", type=_count, metavar="N", help="N 个月 / N months")
    unit.add_argument("--years", type=_count, metavar="N", help="N 年 / N years")
    add_calendar_options(p)
    add_format_options(p)
    p.set_defaults(func=_run_deadline)

    c = subparsers.add_parser(
        "calendar",
        help="月历 / month grid",
        description="显示一个月的节假日与调休上班日 / show a month's holidays and adjusted working days",
    )
    c.add_argument(
        "month",
        type=_month_or_installed,
        nargs="?",
        help="月份 YYYY-MM，或 installed 列出已安装的通知 / month YYYY-MM, or `installed` to list installed notices",
    )
    c.add_argument(
        "--uninstall",
        type=_year,
        metavar="YEAR",
        help="删除已安装的某年通知 / remove the notice installed for YEAR",
    )
    add_calendar_options(c)
    add_format_options(c)
    c.set_defaults(func=_run_calendar)


def _month_or_installed(text: str) -> tuple[int, int] | str:
    return "installed" if text == "installed" else year_month(text)


def _year(text: str) -> int:
    if len(text) != 4 or not text.isdigit():
        raise argparse.ArgumentTypeError(f"不是有效年份（应为 YYYY）：{text!r} / not a valid year (expected YYYY): {text!r}")
    return int(text)


def _period(args: argparse.Namespace) -> Period:
    if args.workdays is not None:
        return Period.workdays(args.workdays)
    if args.days is not None:
        return Period.days(args.days)
    if args.months is not None:
        return Period.months(args.months)
    return Period.years(args.years)


def _run_deadline(args: argparse.Namespace) -> int:
    cal = calendar_from_args(args)
    with date_range_guard():
        result = deadline(args.start, _period(args), cal)
    if args.format == "json":
        emit_json(to_jsonable(result))  # with the explanation in each language
        return 0
    flag = "（暂定 / provisional）" if result.provisional else ""
    print(f"期限 / due: {result.due.isoformat()}{flag}")
    if result.rolled_from is not None:
        print(f"顺延自 / rolled from: {result.rolled_from.isoformat()}")
    print(result.explain())
    return 0


def month_days(cal: WorkdayCalendar, year: int, month: int) -> list[dict[str, Any]]:
    """One entry per day of the month: date, working or not, holiday name, adjusted working day."""
    days: list[dict[str, Any]] = []
    for day in std_calendar.Calendar().itermonthdates(year, month):
        if day.month != month:
            continue
        name = cal.holiday_name(day)
        adjusted = cal.adjusted_for(day)
        local = cal.local_rest_day(day)
        days.append(
            {
                "date": day.isoformat(),
                "workday": cal.is_workday(day),
                "holiday": None if name is None else {"zh": name.zh, "en": name.en},
                "adjusted_workday": adjusted is not None,
                "adjusted_for": None if adjusted is None else {"zh": adjusted.zh, "en": adjusted.en},
                "local_rest_day": None if local is None else {"name": local.name, "basis": local.basis},
                "provisional": cal.is_provisional_day(day),
            }
        )
    return days


def render_month(cal: WorkdayCalendar, year: int, month: int) -> str:
    """A month grid: ``*`` a named holiday, ``休`` another rest day, ``班`` an adjusted working day."""
    lines = [f"{year}年{month}月 / {dt.date(year, month, 1):%B %Y}", "  ".join(f" {h}" for h in _WEEK_HEAD)]
    notes: list[str] = []
    for week in std_calendar.Calendar().monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append("    ")
                continue
            if cal.is_adjusted_workday(day):
                mark = "班"
            elif cal.holiday_name(day) is not None:
                mark = "*"
            elif not cal.is_workday(day):
                mark = "休"
            else:
                mark = " "
            cells.append(f"{day.day:>2}{mark}" + (" " if mark in "* " else ""))
        lines.append(" ".join(cells).rstrip())
    first, last = dt.date(year, month, 1), dt.date(year, month, std_calendar.monthrange(year, month)[1])
    for day in cal.iter_days(first, last):
        name = cal.holiday_name(day)
        adjusted = cal.adjusted_for(day)
        local = cal.local_rest_day(day)
        if name is not None:
            notes.append(f"{day.isoformat()}  {name.zh} 放假 / {name.en} holiday")
        elif adjusted is not None:
            notes.append(f"{day.isoformat()}  调休上班（{adjusted.zh}） / adjusted working day ({adjusted.en})")
        elif local is not None:
            notes.append(f"{day.isoformat()}  地方休息日 {local.name}（{local.basis}） / local rest day")
    lines.append("")
    lines.append("* 节假日 holiday   休 休息日 rest day   班 调休上班 adjusted working day")
    lines.extend(notes)
    if cal.touches_provisional(first, last):
        lines.append("部分日期为暂定（下一年安排尚未公布） / some days are provisional (next year's arrangement pending)")
    lines.append(f"日历数据 / calendar data: {cal.source}")
    return "\n".join(lines)


def _run_calendar(args: argparse.Namespace) -> int:
    if args.uninstall is not None:
        if args.month is not None:
            raise UsageError("--uninstall 不与月份同用 / --uninstall takes no month")
        return _run_uninstall(args)
    if args.month is None:
        raise UsageError("需要月份 YYYY-MM、installed 或 --uninstall YEAR / a month YYYY-MM, `installed` or --uninstall YEAR is needed")
    if args.month == "installed":
        return _run_installed(args)
    cal = calendar_from_args(args)
    year, month = args.month
    if args.format == "json":
        with date_range_guard():
            days = month_days(cal, year, month)
        emit_json({"month": f"{year:04d}-{month:02d}", "source": cal.source, "days": days})
        return 0
    with date_range_guard():
        grid = render_month(cal, year, month)
    print(grid)
    return 0


def _run_installed(args: argparse.Namespace) -> int:
    """List the installed notices (year, notices, signing date, file); an unreadable file is an error."""
    items = installed_supplements()
    if args.format == "json":
        emit_json(
            {
                "data_dir": str(data_dir()),
                "installed": [
                    {
                        "year": item.year,
                        "notices": list(item.notices),
                        "signed_on": None if item.signed_on is None else item.signed_on.isoformat(),
                        "override": item.override,
                        "installed_at": item.installed_at.isoformat(),
                        "file": str(item.path),
                    }
                    for item in items
                ],
            }
        )
        return 0
    if not items:
        print(f"没有已安装的通知 / no notice installed ({data_dir()})")
        return 0
    for item in items:
        signed = "" if item.signed_on is None else f"（{item.signed_on.isoformat()}）"
        flag = " [override]" if item.override else ""
        print(f"{item.year}  {'；'.join(item.notices)}{signed}{flag}  {item.path}")
    return 0


def _run_uninstall(args: argparse.Namespace) -> int:
    try:
        path = uninstall(args.uninstall)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    print(f"已删除 / removed: {path}")
    return 0
