"""法定节日 — the holidays 全国年节及纪念日放假办法 Art. 2 fixes before any annual arrangement is published.

Art. 2, as revised by 国务院令第795号 (in force 2025-01-01), gives every citizen these holidays:
元旦 (1 January), 春节 (农历除夕 and 正月初一 to 初三), 清明节 (the solar-term day), 劳动节 (1 and 2 May),
端午节 (农历五月初五), 中秋节 (农历八月十五), 国庆节 (1 to 3 October). Provisional days (past the calendar's
data under ``assume_regular_weeks``) rest on them and on weekends; the make-up days (补假) of a holiday that
falls on a weekend, and every 调休 swap, are fixed only by the year's notice and are never guessed.

Only the 2024 text is among the cited texts (``laws/holiday-regulation-2024-art2.md``), so the list
applies to days on or after its commencement, 2025-01-01 (docs/decisions.md). The lunar and solar-term
days come from `_notice_lunar`, whose solar terms (chinese-calendar's table) are known for 1900–2100.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

from xingzheng.calendar._names import FESTIVALS, HolidayName

__all__ = [
    "HOLIDAY_REGULATION_ART2",
    "LAST_COMPUTABLE_YEAR",
    "STATUTORY_SINCE",
    "StatutoryCitation",
    "festival_days",
    "holiday_name_on",
    "statutory_holidays",
    "weekday_holidays",
]

#: The day the 2024 revision of Art. 2 took effect (国务院令第795号); the list applies from here on.
STATUTORY_SINCE = dt.date(2025, 1, 1)
#: The last year whose solar terms (hence lunar months and 清明) are known (chinese-calendar's table).
LAST_COMPUTABLE_YEAR = 2100


class StatutoryCitation(NamedTuple):
    """法条引用 — where the statutory holiday list comes from, with the article's words.

    Attributes:
        source: the law file under ``../shared/laws``.
        title: the text's title.
        article: the article, as the text numbers it.
        quote: the article's wording, exactly as in the file.
        since: the day this wording took effect.
    """

    source: str
    title: str
    article: str
    quote: str
    since: dt.date


#: The cited text of Art. 2 (checked against the law file by tests/test_calendar_statutory.py).
HOLIDAY_REGULATION_ART2 = StatutoryCitation(
    source="holiday-regulation-2024-art2.md",
    title="全国年节及纪念日放假办法（国务院令第795号修订）",
    article="第二条",
    quote=(
        "全体公民放假的节日：\n"
        "（一）元旦，放假1天（1月1日）；\n"
        "（二）春节，放假4天（农历除夕、正月初一至初三）；\n"
        "（三）清明节，放假1天（农历清明当日）；\n"
        "（四）劳动节，放假2天（5月1日、2日）；\n"
        "（五）端午节，放假1天（农历端午当日）；\n"
        "（六）中秋节，放假1天（农历中秋当日）；\n"
        "（七）国庆节，放假3天（10月1日至3日）。"
    ),
    since=STATUTORY_SINCE,
)

_ONE_DAY = dt.timedelta(days=1)


def festival_days(year: int) -> dict[dt.date, HolidayName]:
    """Every day Art. 2 (2024 text) makes a holiday in ``year``, with its official name, by date.

    This is the list as the 2024 text reads, whatever the year (the tests compare it with the data of
    every covered year); `statutory_holidays` applies it only from 2025-01-01. When 中秋 falls on 1–3
    October the day is named as DECISIONS.md names a merged block: 中秋节 unless it is 1 October.

    Raises:
        ValueError: ``year`` lies outside 1901–2100, where the lunar days cannot be computed.
    """
    if not 1901 <= year <= LAST_COMPUTABLE_YEAR:
        raise ValueError(f"the lunar holidays can be computed for 1901–{LAST_COMPUTABLE_YEAR} only, not {year}")
    from xingzheng.calendar import _notice_lunar as lunar

    days: dict[dt.date, HolidayName] = {dt.date(year, 1, 1): FESTIVALS["元旦"]}
    new_year = lunar.lunar_new_year(year)
    for offset in range(-1, 3):  # 除夕, 正月初一 to 初三
        days[new_year + offset * _ONE_DAY] = FESTIVALS["春节"]
    days[lunar.solar_term(year, "清明")] = FESTIVALS["清明节"]
    days[dt.date(year, 5, 1)] = days[dt.date(year, 5, 2)] = FESTIVALS["劳动节"]
    days[lunar.dragon_boat_day(year)] = FESTIVALS["端午节"]
    for day in range(1, 4):
        days[dt.date(year, 10, day)] = FESTIVALS["国庆节"]
    mid_autumn = lunar.mid_autumn_day(year)
    if mid_autumn != dt.date(year, 10, 1):
        days[mid_autumn] = FESTIVALS["中秋节"]
    return dict(sorted(days.items()))


@cache
def statutory_holidays(year: int) -> dict[int, HolidayName]:
    """The Art. 2 holidays of ``year`` in force on their day, by ordinal (empty before 2025).

    Raises:
        ValueError: ``year`` is past `LAST_COMPUTABLE_YEAR`.
    """
    if year < STATUTORY_SINCE.year:
        return {}
    return {day.toordinal(): name for day, name in festival_days(year).items() if day >= STATUTORY_SINCE}


@cache
def weekday_holidays(year: int) -> tuple[int, ...]:
    """The ordinals of `statutory_holidays` that fall Monday–Friday, ascending."""
    return tuple(o for o in statutory_holidays(year) if (o - 1) % 7 < 5)


def holiday_name_on(day: dt.date) -> HolidayName:
    """The name of the Art. 2 holiday on ``day`` (for explanations).

    Raises:
        KeyError: ``day`` is no Art. 2 holiday.
    """
    return festival_days(day.year)[day]
