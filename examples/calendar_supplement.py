"""Load a calendar supplement for a year the built-in data does not cover, and count across New Year.

``supplement-2027-made-up.toml`` is MADE UP (see its header): it shows the format for the first year
after the built-in data. When the installed chinese-calendar already covers that year, the script says
so and uses the data instead (DECISIONS.md: made-up supplements state the data version they assume).
Run::

    python examples/calendar_supplement.py

The same from the command line::

    xingzheng deadline 2026-12-20 --workdays 15 --calendar-supplement examples/supplement-2027-made-up.toml
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from xingzheng import CalendarCoverageError, Period, Supplement, deadline, default_calendar

SUPPLEMENT = Path(__file__).resolve().parent / "supplement-2027-made-up.toml"


def main() -> None:
    builtin = default_calendar()
    supplement = Supplement.load(SUPPLEMENT)
    print(f"内置数据 / built-in data: {builtin.source}, {builtin.coverage.first} .. {builtin.coverage.last}")
    print(f"补充 / supplement: {supplement.year}, {supplement.source}")
    if builtin.coverage.last.year >= supplement.year:
        print(f"内置数据已覆盖 {supplement.year} 年；虚构补充不再适用 / "
              f"the built-in data covers {supplement.year} now; the made-up supplement no longer applies")  # fmt: skip
        return

    start = dt.date(supplement.year - 1, 12, 20)
    period = Period.workdays(15)
    try:
        deadline(start, period, builtin)
    except CalendarCoverageError as exc:
        print(f"没有补充时 / without the supplement: {exc.year} 年不在覆盖范围内 / not covered")

    calendar = builtin.with_supplement(SUPPLEMENT)
    result = deadline(start, period, calendar)
    print(
        f"有补充时 / with the supplement: {start} + {period} = {result.due} (provisional: {result.provisional})"
    )
    print(result.explain())

    # Every explicit day names where it comes from; a local rest day is a separate, named layer.
    new_year = dt.date(supplement.year, 1, 1)
    print(f"{new_year}: {calendar.holiday_name(new_year)}, source {calendar.entry_source(new_year)}")
    for local in supplement.local_rest_days:
        print(f"{local.date}: local rest day {local.name} (basis: {local.basis}); "
              f"working day? {calendar.is_workday(local.date)}")  # fmt: skip

    # Without any supplement, Monday-Friday weeks can be assumed explicitly; the answer is provisional.
    assumed = deadline(start, period, builtin.with_options(assume_regular_weeks=True))
    print(f"按周一至周五推算 / assuming regular weeks: {assumed.due} (provisional: {assumed.provisional})")


if __name__ == "__main__":
    main()
