"""Properties of `parse_notice`: rendering then parsing gives the arrangement back; corrupting a date
in a real notice fails the parse, is caught by a check, or changes only what no check could see."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from _notice_support import WEEKDAYS, notices_dir, render
from xingzheng import Arrangement, NoticeParseError, parse_notice
from xingzheng.calendar import _notice_lunar as lunar
from xingzheng.calendar.notice import FestivalArrangement

ONE = dt.timedelta(days=1)


def _festival_day(name: str, year: int) -> dt.date:
    return {
        "元旦": dt.date(year, 1, 1),
        "春节": lunar.lunar_new_year(year),
        "清明节": lunar.solar_term(year, "清明"),
        "劳动节": dt.date(year, 5, 1),
        "端午节": lunar.dragon_boat_day(year),
        "中秋节": lunar.mid_autumn_day(year),
        "国庆节": dt.date(year, 10, 1),
    }[name]


@st.composite
def arrangements(draw: st.DrawFn) -> Arrangement:
    """An arbitrary valid annual arrangement: each festival's block holds its day; working days are
    weekend days near their block and outside every block."""
    year = draw(st.integers(2012, 2045))
    names = draw(st.lists(st.sampled_from(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]),
                          min_size=1, max_size=7, unique=True))  # fmt: skip
    taken: set[dt.date] = set()
    blocks = []
    for name in sorted(names, key=lambda n: _festival_day(n, year)):
        own = _festival_day(name, year)
        length = draw(st.integers(1, 9))
        first = own - draw(st.integers(0, length - 1)) * ONE
        days = [first + i * ONE for i in range(length)]
        if any(d in taken or (d - ONE) in taken or (d + ONE) in taken for d in days) or days[0].year < year - 1 or (
            days[0].year == year - 1 and days[0].month != 12
        ) or days[-1].year > year:
            continue
        candidates = [
            d
            for k in range(1, 15)
            for d in (days[0] - k * ONE, days[-1] + k * ONE)
            if d.weekday() >= 5 and d not in taken and d.year == year
        ]
        workdays = draw(st.lists(st.sampled_from(candidates), max_size=2, unique=True)) if candidates else []
        taken.update(days, workdays)
        blocks.append(FestivalArrangement((name,), days, workdays))
    if not blocks:
        blocks.append(FestivalArrangement(("劳动节",), [dt.date(year, 5, 1)]))
    return Arrangement(year=year, festivals_announced=[b.festivals[0] for b in blocks], blocks=blocks)


@settings(max_examples=150)
@given(arrangements(), st.booleans())
def test_a_rendered_arrangement_parses_back_to_itself(arrangement: Arrangement, short: bool) -> None:
    parsed = parse_notice(render(arrangement, short=short))
    assert parsed.year == arrangement.year
    assert [(b.festivals, b.holidays, b.adjusted_workdays) for b in parsed.blocks] == [
        (b.festivals, b.holidays, b.adjusted_workdays) for b in arrangement.blocks
    ]


# --- corruption ----------------------------------------------------------------------------------

_DATE = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:（([^（）]*)）)?")
# Failures of the reading itself (not a check): the text is no longer a date, a range, a clause.
_PARSE_FAILURES = ("不是有效日期", "早于", "无法理解", "缺少月份", "超过 31 天", "年前后")


def _days(arrangement: Arrangement) -> tuple[object, ...]:
    blocks = list(arrangement.blocks)
    blocks += [c.arrangement for c in arrangement.changes if hasattr(c, "arrangement")]
    extensions = [(c.until, c.resume_on) for c in arrangement.changes if hasattr(c, "until")]
    return tuple((b.festivals, b.holidays, b.adjusted_workdays) for b in blocks) + tuple(extensions)


def _arranging_lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of each numbered item, or of the arranging paragraph of a notice without items."""
    spans, pos = [], 0
    lines = body.split("\n")
    numbered = any(re.match(r"[一二三四五六七八九十]、", line) for line in lines)
    for line in lines:
        if re.match(r"[一二三四五六七八九十]、", line) or (not numbered and "全国放假" in line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def corrupt_all() -> tuple[Counter[str], list[tuple[str, str, str, str | None]]]:
    """Replace each digit of each date in each arranging item of every reference notice by each other digit."""
    counts: Counter[str] = Counter()
    silent: list[tuple[str, str, str, str | None]] = []
    for path in sorted(notices_dir().glob("20*.md")):
        body = path.read_text(encoding="utf-8").partition("\n---\n")[2]
        original = _days(parse_notice(body))
        for start, end in _arranging_lines(body):
            for match in _DATE.finditer(body, start, end):
                date_text = match[0].split("（")[0]
                for offset, char in enumerate(date_text):
                    if not char.isdigit():
                        continue
                    i = match.start() + offset
                    for digit in "0123456789".replace(char, ""):
                        text = body[:i] + digit + body[i + 1 :]
                        try:
                            result = _days(parse_notice(text))
                        except NoticeParseError as exc:
                            reading = any(marker in str(exc) for marker in _PARSE_FAILURES)
                            counts["fails" if reading else "caught"] += 1
                            continue
                        if result == original:
                            counts["unchanged"] += 1
                        else:
                            counts["silent"] += 1
                            new = date_text[:offset] + digit + date_text[offset + 1 :]
                            silent.append((path.name, date_text, new, match[1]))
    return counts, silent


def _weekday_of(text: str, year_hint: int) -> int | None:
    match = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text)
    if not match:
        return None
    return dt.date(int(match[1] or year_hint), int(match[2]), int(match[3])).weekday()


def test_a_corrupted_date_fails_is_caught_or_is_a_change_no_check_could_see() -> None:
    counts, silent = corrupt_all()
    total = sum(counts.values())
    assert total > 3000
    shares = {k: f"{v} ({v / total:.1%})" for k, v in counts.items()}
    print(f"corruptions: {total}; {shares}")
    # Every silent change keeps a date's weekday: a Saturday turned into another Saturday. The date
    # carries a weekday annotation, which the parse checked against the new date.
    for name, old, new, annotation in silent:
        year = int(name[:4])
        assert annotation is not None and re.search(r"(星期|周)[一二三四五六日]", annotation), (name, old, new)
        assert _weekday_of(old, year) == _weekday_of(new, year) == WEEKDAYS.index(annotation[-1]), (name, old, new)
    assert counts["silent"] <= 0.01 * total
