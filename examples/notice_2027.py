"""Import next year's holiday notice the day it appears, and count a deadline across New Year with it.

The notice in ``notice-2027-made-up.md`` is MADE UP (see its heading): it shows how a year beyond
the built-in data (chinese-calendar 1.11.0 ends on 2026-12-31) is read. Run from anywhere::

    python examples/notice_2027.py

The same from the command line::

    xingzheng import-notice examples/notice-2027-made-up.md -o 2027.toml
    xingzheng deadline 2026-12-24 --workdays 10 --calendar-supplement 2027.toml
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from xingzheng import CalendarCoverageError, Period, deadline, default_calendar, parse_notice

NOTICE = Path(__file__).resolve().parent / "notice-2027-made-up.md"


def main() -> None:
    text = NOTICE.read_text(encoding="utf-8")
    arrangement = parse_notice(text)
    print(f"{arrangement.source}: {arrangement.year} 年 {len(arrangement.holidays)} 个放假日 / holidays, "
          f"{len(arrangement.adjusted_workdays)} 个调休上班日 / adjusted working days")  # fmt: skip

    builtin = default_calendar()
    start = dt.date(2026, 12, 24)
    period = Period.workdays(10)
    if builtin.coverage.last.year >= arrangement.year:
        print(f"内置数据已覆盖 {arrangement.year} 年（{builtin.source}）；虚构通知不再适用 / "
              f"the built-in data covers {arrangement.year} now; the made-up notice no longer applies")  # fmt: skip
        print(deadline(start, period, builtin).explain())
        return
    try:
        deadline(start, period, builtin)
    except CalendarCoverageError as exc:
        print(f"没有通知时 / without the notice: {exc}")

    calendar = builtin.with_notice(text)
    result = deadline(start, period, calendar)
    print(f"有通知时 / with the notice: {start} + 10 个工作日 / working days = {result.due}")
    print(result.explain())


if __name__ == "__main__":
    main()
