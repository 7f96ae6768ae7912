"""Lunar dates for checking holiday notices: new moons (Meeus), the festivals' days, lunar annotations.

A notice names festivals whose days follow the Chinese lunisolar calendar (春节, 端午节, 中秋节) or a
solar term (清明节). The parser checks that each festival's block contains its day, names the
Mid-Autumn day inside a merged 中秋节、国庆节 block (DECISIONS.md), and checks lunar annotations such as
``（农历除夕）`` or ``（农历正月初七、周二）``. The rules of the calendar (GB/T 33661-2017): a lunar month
begins on the day (Beijing time, UTC+8) of a new moon; month 11 is the month that contains 冬至; when
13 months begin between one 冬至 month and the next, the first of them that contains no principal solar
term (中气) is a leap month and keeps the number of the month before it; the others are numbered in turn.
Month *n* is then usually the month that contains the *n*-th principal term (雨水 for month 1, 夏至 for
month 5, 秋分 for month 8), but not always: in 1985, 2033, 2034 and 2053 that shortcut is a month off.

New moons come from Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49, with the periodic terms
larger than 0.0001 day (about 9 s) and ΔT of about 70 s; the solar terms come from chinese-calendar's
`get_solar_terms`. Checked against chinese-calendar's festival days 2004–2026 in the tests, and against
the Hong Kong Observatory's tables (as the `lunardate` package gives them) for 1901–2099.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from functools import cache

import chinese_calendar

__all__ = [
    "dragon_boat_day",
    "lunar_month_day",
    "lunar_new_year",
    "mid_autumn_day",
    "solar_term",
]

_JD_UNIX_EPOCH = 2440587.5  # Julian day of 1970-01-01 00:00 UT
_DELTA_T_DAYS = 70.0 / 86400.0  # TT − UT, close enough for 1990–2100 at the scale of a day boundary
_BEIJING = 8.0 / 24.0


def _new_moon_jde(k: int) -> float:
    """Julian Ephemeris Day of the new moon of lunation *k* (k = 0 near 2000-01-06), Meeus ch. 49."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2)
    jde += (
        -0.40720 * math.sin(mp)
        + 0.17241 * e * math.sin(m)
        + 0.01608 * math.sin(2 * mp)
        + 0.01039 * math.sin(2 * f)
        + 0.00739 * e * math.sin(mp - m)
        - 0.00514 * e * math.sin(mp + m)
        + 0.00208 * e * e * math.sin(2 * m)
        - 0.00111 * math.sin(mp - 2 * f)
        - 0.00057 * math.sin(mp + 2 * f)
        + 0.00056 * e * math.sin(2 * mp + m)
        - 0.00042 * math.sin(3 * mp)
        + 0.00042 * e * math.sin(m + 2 * f)
        + 0.00038 * e * math.sin(m - 2 * f)
        - 0.00024 * e * math.sin(2 * mp - m)
        - 0.00017 * math.sin(om)
        - 0.00007 * math.sin(mp + 2 * m)
        + 0.00004 * math.sin(2 * mp - 2 * f)
        + 0.00004 * math.sin(3 * m)
        + 0.00003 * math.sin(mp + m - 2 * f)
        + 0.00003 * math.sin(2 * mp + 2 * f)
        - 0.00003 * math.sin(mp + m + 2 * f)
        + 0.00003 * math.sin(mp - m + 2 * f)
        - 0.00002 * math.sin(mp - m - 2 * f)
        - 0.00002 * math.sin(3 * mp + m)
        + 0.00002 * math.sin(4 * mp)
    )
    # The largest planetary arguments (Meeus table 49.A).
    a1 = math.radians(299.77 + 0.107408 * k - 0.009173 * t**2)
    a2 = math.radians(251.88 + 0.016321 * k)
    a3 = math.radians(251.83 + 26.651886 * k)
    jde += 0.000325 * math.sin(a1) + 0.000165 * math.sin(a2) + 0.000164 * math.sin(a3)
    return jde


def _beijing_date(jde: float) -> dt.date:
    """The civil date in Beijing (UTC+8) of an instant given as a Julian Ephemeris Day."""
    days_since_epoch = jde - _DELTA_T_DAYS + _BEIJING - _JD_UNIX_EPOCH
    return dt.date(1970, 1, 1) + dt.timedelta(days=math.floor(days_since_epoch))


@cache
def _new_moons(year: int) -> tuple[dt.date, ...]:
    """Beijing dates of every new moon from about August of *year* − 1 to December of *year* + 1."""
    k0 = math.floor((year - 1 - 2000) * 12.3685) + 8
    return tuple(_beijing_date(_new_moon_jde(k)) for k in range(k0, k0 + 30))


def _month_start(day: dt.date) -> dt.date:
    """The first day of the lunar month that contains *day*."""
    return max(m for m in _new_moons(day.year) if m <= day)


_PRINCIPAL_TERMS = frozenset(
    {"冬至", "大寒", "雨水", "春分", "谷雨", "小满", "夏至", "大暑", "处暑", "秋分", "霜降", "小雪"}
)


@cache
def _months(year: int) -> tuple[tuple[dt.date, int], ...]:
    """The lunar months from the one that contains 冬至 of *year* − 1 to the one that contains 冬至 of
    *year*, both included: (first day, number), a leap month numbered 0 (GB/T 33661-2017)."""
    first = _month_start(solar_term(year - 1, "冬至"))
    last = _month_start(solar_term(year, "冬至"))
    starts = [m for m in _new_moons(year) if first <= m <= last]
    terms = [day for day, term in chinese_calendar.get_solar_terms(first, last) if term in _PRINCIPAL_TERMS]
    leap = None
    if len(starts) == 14:  # 13 months between the two 冬至 months: the first without a principal term
        leap = next(i for i in range(1, 13) if not any(starts[i] <= d < starts[i + 1] for d in terms))
    months: list[tuple[dt.date, int]] = []
    number = 10
    for i, start in enumerate(starts):
        if i == leap:
            months.append((start, 0))
            continue
        number = number % 12 + 1
        months.append((start, number))
    return tuple(months)


def _first_day_of_month(year: int, number: int) -> dt.date:
    return next(start for start, n in _months(year) if n == number)


@cache
def solar_term(year: int, name: str) -> dt.date:
    """The date of the solar term *name* (e.g. ``"清明"``, ``"秋分"``) in *year*."""
    terms = chinese_calendar.get_solar_terms(dt.date(year, 1, 1), dt.date(year, 12, 31))
    for day, term in terms:
        if term == name:
            return day  # type: ignore[no-any-return]
    raise ValueError(f"no solar term {name!r} in {year}")


@cache
def lunar_new_year(year: int) -> dt.date:
    """正月初一: the first day of month 1."""
    return _first_day_of_month(year, 1)


@cache
def dragon_boat_day(year: int) -> dt.date:
    """端午: the 5th day of month 5."""
    return _first_day_of_month(year, 5) + dt.timedelta(days=4)


@cache
def mid_autumn_day(year: int) -> dt.date:
    """中秋: the 15th day of month 8."""
    return _first_day_of_month(year, 8) + dt.timedelta(days=14)


def lunar_month_day(day: dt.date) -> tuple[int, int] | None:
    """(month, day) in the lunar calendar for a day near the lunar new year, else None.

    Only month 1 (正月) and month 12 (腊月, not a leap twelfth month) are given: the annotations notices
    carry are all around the Spring Festival. Other days give None.
    """
    for year in (day.year, day.year + 1):
        for (start, number), (end, _) in itertools.pairwise(_months(year)):
            if start <= day < end:
                return (number, (day - start).days + 1) if number in (1, 12) else None
    return None
