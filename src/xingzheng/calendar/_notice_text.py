"""Reading a holiday notice's text: layout, dates, the arranging items (private to `notice`).

Normalising (NFKC, spaces dropped), dates written in digits or in Chinese, the header and body
paragraphs, the item parser that reads an arranging item clause by clause (with its checks of weekday
and lunar annotations, stated lengths, adjusted working days, 与周末连休 and 补休), festival names
and the preamble's announcement, the document number. `xingzheng.calendar.notice.parse_notice`
puts them together.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from xingzheng.calendar import _notice_lunar as lunar
from xingzheng.calendar._notice_model import _ONE_DAY, FESTIVAL_NAMES, _fail, _span
from xingzheng.errors import NoticeParseError

_NUMERALS = "一二三四五六七八九十"
_WEEKDAYS = "一二三四五六日"
#: No holiday block is longer (the longest, 2020's extended Spring Festival, had 10 days).
MAX_BLOCK_DAYS = 31


# --------------------------------------------------------------------------- parsing: text layout

_DATE_RE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?")
_DOCNO_RE = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff ]{1,15})[〔\[]((?:19|20)\d{2})[〕\]](\d{1,4})号")
_ITEM_RE = re.compile(rf"^([{_NUMERALS}]{{1,3}})、\s*(.*)$")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
_SIGNATURES = ("国务院办公厅", "国务院")


def _normalize(text: str) -> str:
    """NFKC (full-width punctuation and digits to ASCII, U+3000 to a space), then drop spaces."""
    return re.sub(r"[ \t\u00a0]+", "", unicodedata.normalize("NFKC", text))


def _cn_number(text: str) -> int:
    """二十一 → 21, 十二 → 12, 五 → 5 (month and day numbers written in Chinese)."""
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    return _CN_DIGITS[text]


def _parse_date_line(line: str) -> dt.date | None:
    """A date line: ``2025年11月4日`` or ``二〇一一年十二月五日``; None when the line is not one."""
    match = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        cn = "〇○零O一二三四五六七八九十"
        match = re.fullmatch(rf"([{cn}]{{4}})年([{cn}]{{1,2}})月([{cn}]{{1,3}})日", line)
        if match:
            year = int("".join(str(_CN_DIGITS[c]) for c in match[1]))
            return dt.date(year, _cn_number(match[2]), _cn_number(match[3]))
    except (ValueError, KeyError):
        return None
    return None


@attrs.frozen
class _Paragraph:
    original: str
    text: str  # normalised


def _paragraphs(text: str) -> tuple[list[str], list[_Paragraph]]:
    """Split a notice into header lines (a Markdown heading block before ``---``) and body paragraphs."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    header: list[str] = []
    if "---" in lines:
        cut = lines.index("---")
        before = [line for line in lines[:cut] if line]
        if before and all(line.startswith(("#", "-", ">", "*")) for line in before):
            header, lines = before, lines[cut + 1 :]
    paragraphs: list[_Paragraph] = []
    pending = ""
    for line in lines:
        if not line:
            continue
        normal = _normalize(line)
        # An item heading alone on its line ("一、元旦：") continues on the next line (layout only).
        if pending:
            line, normal, pending = pending + line, _normalize(pending + line), ""
        elif re.fullmatch(rf"[{_NUMERALS}]{{1,3}}、[^:]{{1,40}}:", normal):
            pending = line
            continue
        # Items run together in one paragraph ("…共3天。二、春节：…") are split at each number.
        pieces = re.split(rf"(?<=。)(?=[{_NUMERALS}]{{1,3}}、)", normal)
        if len(pieces) == 1:
            paragraphs.append(_Paragraph(line, normal))
        else:
            paragraphs.extend(_Paragraph(piece, piece) for piece in pieces)
    if pending:
        paragraphs.append(_Paragraph(pending, _normalize(pending)))
    return header, paragraphs


# --------------------------------------------------------------------------- parsing: items


@attrs.define
class _Token:
    """A date as written in an item, resolved to a day."""

    day: dt.date
    start: int
    end: int
    annotation: str | None


def _check_annotation(day: dt.date, annotation: str, fail: Any) -> None:
    """Check a date's annotation: weekday (星期三 / 周三) and lunar day (农历除夕, 农历正月初七…)."""
    for part in re.split(r"[、,，]", annotation):
        if not part:
            continue
        weekday = re.fullmatch(r"(?:星期|周)([一二三四五六日天])", part)
        if weekday:
            expected = _WEEKDAYS.index(weekday[1].replace("天", "日"))
            if day.weekday() != expected:
                raise fail(
                    f"{day.month}月{day.day}日是星期{_WEEKDAYS[day.weekday()]}，不是{part}",
                    f"{day} is a {day.strftime('%A')}, not {part}",
                )
            continue
        lunar_part = part.removeprefix("农历")
        if lunar_part != part or lunar_part in ("除夕", "小年") or lunar_part.startswith(("正月", "腊月", "大年")):
            _check_lunar(day, lunar_part, part, fail)
            continue
        raise fail(f"无法识别日期注释“{part}”", f"unknown date annotation {part!r}")


def _check_lunar(day: dt.date, lunar_text: str, part: str, fail: Any) -> None:
    if lunar_text == "除夕":
        expected: tuple[int, int] | None = None
        if day + _ONE_DAY == lunar.lunar_new_year((day + _ONE_DAY).year):
            return
    else:
        match = re.fullmatch(r"(正月|腊月|大年)(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)",
                             lunar_text)  # fmt: skip
        if not match:
            raise fail(f"无法核对农历注释“{part}”", f"cannot check the lunar annotation {part!r}")
        month = 12 if match[1] == "腊月" else 1
        number = match[2].removeprefix("初")
        expected = (month, _cn_number(number))
        if lunar.lunar_month_day(day) == expected:
            return
    raise fail(f"{day.month}月{day.day}日不是{part}", f"{day} is not {part} in the lunar calendar")


class _ItemParser:
    """Reads one arranging item (or unnumbered paragraph) clause by clause."""

    def __init__(self, notice_year: int, item: str | None, original: str, body: str) -> None:
        self.notice_year = notice_year
        self.item = item
        self.original = original
        self.body = body
        self.holidays: set[dt.date] = set()
        self.workdays: list[dt.date] = []
        self.notes: list[str] = []
        self.extension: tuple[str | None, int | None, dt.date, dt.date | None] | None = None
        self.no_swap = False
        self.longest_stated = 0  # the largest 共N天 / 放假N天 of the item: the whole block's length
        self.previous: dt.date | None = None  # the last date read (month and year context)

    def fail(self, zh: str, en: str) -> NoticeParseError:
        return _fail(zh, en, self.item, self.original)

    def tokens(self, clause: str) -> tuple[str, list[_Token]]:
        """Replace each date of a clause by ``D`` (a range start/end pair stays ``D至D``)."""
        tokens: list[_Token] = []
        skeleton: list[str] = []
        pos = 0
        for match in _DATE_RE.finditer(clause):
            skeleton.append(clause[pos : match.start()])
            skeleton.append("D")
            pos = match.end()
            is_range_end = clause[: match.start()].endswith("至") and bool(tokens)
            tokens.append(self.resolve(match, tokens[-1].day if is_range_end else None))
        skeleton.append(clause[pos:])
        return "".join(skeleton), tokens

    def resolve(self, match: re.Match[str], range_start: dt.date | None) -> _Token:
        year_s, month_s, day_s, annotation = match.groups()
        if month_s is None:
            # "21日", "至3日": month (and year) of the previous date.
            if self.previous is None:
                raise self.fail(f"日期“{match[0]}”缺少月份", f"the date {match[0]!r} has no month")
            year = int(year_s) if year_s else self.previous.year
            month = self.previous.month
        else:
            month = int(month_s)
            if year_s:
                year = int(year_s)
            elif range_start is not None:
                year = range_start.year
            else:
                year = self.notice_year
        try:
            day = dt.date(year, month, int(day_s))
        except ValueError:
            raise self.fail(f"“{match[0]}”不是有效日期", f"{match[0]!r} is not a valid date") from None
        if abs(year - self.notice_year) > 1:
            raise self.fail(
                f"“{match[0]}”不在 {self.notice_year} 年前后",
                f"{match[0]!r} is not near {self.notice_year}, the year arranged",
            )
        if annotation is not None:
            _check_annotation(day, annotation, self.fail)
        self.previous = day
        return _Token(day, match.start(), match.end(), annotation)

    def parse(self) -> None:
        for sentence in _split_outside_parens(self.body, "。"):
            if not sentence:
                continue
            if sentence.startswith("鼓励"):
                self.check_note_dates(sentence)
                self.notes.append(sentence)
                continue
            self.parse_sentence(sentence)
        self.check_one_block()

    def check_one_block(self) -> None:
        """An item's rest days are one run of consecutive days, as long as the longest length it states
        (the 2015 notice states 放假1天 for 3 September, then 共3天 for the whole block)."""
        if not self.holidays:
            return
        first, last = min(self.holidays), max(self.holidays)
        if len(self.holidays) != (last - first).days + 1:
            days = "、".join(f"{d.month}月{d.day}日" for d in sorted(self.holidays))
            raise self.fail(f"放假日期（{days}）不连续", f"the holidays ({days}) are not consecutive")
        if self.longest_stated and self.longest_stated != len(self.holidays):
            raise self.fail(
                f"所述天数（{self.longest_stated}天）与全部放假日期（{len(self.holidays)}天）不符",
                f"the stated length ({self.longest_stated} days) does not match all the holidays "
                f"({len(self.holidays)} days)",
            )

    def check_note_dates(self, sentence: str) -> None:
        """An encouragement (鼓励…) sets no day, but its annotated dates are still checked."""
        for match in re.finditer(r"除夕\((\d{1,2})月(\d{1,2})日\)", sentence):
            try:
                day = dt.date(self.notice_year, int(match[1]), int(match[2]))
            except ValueError:
                raise self.fail(f"“{match[0]}”不是有效日期", f"{match[0]!r} is not a valid date") from None
            _check_lunar(day, "除夕", "除夕", self.fail)
        for match in _DATE_RE.finditer(sentence):
            self.resolve(match, None)

    def parse_sentence(self, sentence: str) -> None:
        block: set[dt.date] = set()  # the rest days this sentence sets (for 共N天)
        last_single: dt.date | None = None  # "X月X日放假" awaiting 与周末连休 / 补休
        for raw_clause in _split_outside_parens(sentence, ",;"):
            clause = raw_clause
            if ":" in clause and _DATE_RE.search(clause.rpartition(":")[2]):
                clause = clause.rpartition(":")[2]  # "特作如下调休：9月3日至5日调休放假"
            clause = clause.removeprefix("其中")
            skeleton, tokens = self.tokens(clause)
            days = [t.day for t in tokens]
            if match := re.fullmatch(r"D至D(?:放假调休|放假公休|调休放假|放假)(?:共?(\d+)天)?", skeleton):
                start, end = days
                if end < start:
                    raise self.fail(f"{end} 早于 {start}", f"the range ends ({end}) before it starts ({start})")
                if (end - start).days >= MAX_BLOCK_DAYS:
                    raise self.fail(
                        f"{start} 至 {end} 超过 {MAX_BLOCK_DAYS} 天", f"{start} to {end} is over {MAX_BLOCK_DAYS} days"
                    )
                added = _span(start, end)
                self.add_rest(block, added)
                last_single = None
                if match[1]:
                    self.check_length(int(match[1]), block, raw_clause)
            elif match := re.fullmatch(r"D(?:全国)?(?:放假调休|调休放假|放假)(?:共?(\d+)天)?", skeleton):
                self.add_rest(block, days)
                last_single = days[0]
                if match[1]:
                    self.check_length(int(match[1]), block, raw_clause)
            elif skeleton == "D调休":
                # "9月4日（星期五）调休": a day off swapped with a working day (2015 notice).
                self.add_rest(block, days)
            elif skeleton == "D补休":
                self.add_rest(block, self.compensation(last_single, days[0]))
                last_single = None
            elif re.fullmatch(r"D(?:、D)*上班", skeleton):
                self.add_workdays(days)
            elif skeleton == "D起正常上班":
                if self.extension is None:
                    raise self.fail("“起正常上班”只能跟在延长假期之后", "'work resumes on' only follows an extension")
                festival, year, until, _ = self.extension
                self.extension = (festival, year, until, days[0])
            elif match := re.fullmatch(r"延长(?:(\d{4})年)?(.*?)假期至D", skeleton):
                festival = match[2] or None
                if festival is not None and festival not in FESTIVAL_NAMES:
                    raise self.fail(f"未知的节日“{festival}”", f"unknown festival {festival!r}")
                self.extension = (festival, int(match[1]) if match[1] else None, days[0], None)
            elif match := re.fullmatch(r"共(\d+)天", skeleton):
                self.check_length(int(match[1]), block, raw_clause)
            elif skeleton == "与周末连休":
                self.add_rest(block, self.with_weekend(last_single))
                last_single = None
            elif skeleton == "不调休":
                self.no_swap = True
            elif not tokens and self.item is None and not re.search(r"\d+天|放假|上班|补休", skeleton):
                self.notes.append(raw_clause)  # narrative in an unnumbered paragraph (2015 notice)
            else:
                raise self.fail(f"无法理解“{raw_clause}”", f"cannot understand {raw_clause!r}")

    def add_rest(self, block: set[dt.date], days: Iterable[dt.date]) -> None:
        for day in days:
            block.add(day)
            self.holidays.add(day)

    def add_workdays(self, days: Sequence[dt.date]) -> None:
        for day in days:
            if day.weekday() < 5:
                raise self.fail(
                    f"调休上班日 {day.month}月{day.day}日是星期{_WEEKDAYS[day.weekday()]}，不是周末",
                    f"the adjusted working day {day} is a {day.strftime('%A')}, not a weekend day",
                )
            if day in self.workdays:
                raise self.fail(f"{day} 重复", f"{day} is listed twice")
            self.workdays.append(day)

    def check_length(self, stated: int, block: set[dt.date], clause: str) -> None:
        self.longest_stated = max(self.longest_stated, stated)
        if stated != len(block):
            days = "、".join(f"{d.month}月{d.day}日" for d in sorted(block))
            raise self.fail(
                f"“{clause}”与所列日期（{days}，{len(block)}天）不符",
                f"{clause!r} does not match the days given ({len(block)} days: {days})",
            )

    def with_weekend(self, day: dt.date | None) -> list[dt.date]:
        """与周末连休: a Friday takes in the weekend after it, a Monday the weekend before it."""
        if day is None:
            raise self.fail("“与周末连休”前没有放假日期", "'与周末连休' follows no holiday date")
        if day.weekday() == 4:
            return [day, day + _ONE_DAY, day + 2 * _ONE_DAY]
        if day.weekday() == 0:
            return [day - 2 * _ONE_DAY, day - _ONE_DAY, day]
        raise self.fail(
            f"{day.month}月{day.day}日是星期{_WEEKDAYS[day.weekday()]}，不能“与周末连休”（应为星期五或星期一）",
            f"{day} is a {day.strftime('%A')} and cannot join the weekend (a Friday or a Monday can)",
        )

    def compensation(self, holiday: dt.date | None, makeup: dt.date) -> list[dt.date]:
        """补休: a holiday on a weekend day, made up on the weekday after that weekend; the block runs
        from the weekend's Saturday to the make-up day."""
        if holiday is None or holiday.weekday() < 5:
            raise self.fail(
                "“补休”须跟在周末的放假日之后", "'补休' (make-up day off) must follow a holiday on a weekend day"
            )
        saturday = holiday - dt.timedelta(days=holiday.weekday() - 5)
        if makeup != saturday + 2 * _ONE_DAY:
            raise self.fail(
                f"补休日 {makeup.month}月{makeup.day}日不是{holiday.month}月{holiday.day}日所在周末后的星期一",
                f"the make-up day {makeup} is not the Monday after the weekend of {holiday}",
            )
        return _span(saturday, makeup)


def _split_outside_parens(text: str, separators: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "(":
            depth += 1
        elif char in ")":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p]


# --------------------------------------------------------------------------- festivals, document number


def _split_festivals(text: str) -> tuple[str, ...] | None:
    """``中秋节、国庆节`` → the names, if every part is a festival name; else None."""
    names = tuple(re.split(r"[、和及与]", text))
    return names if names and all(name in FESTIVAL_NAMES for name in names) else None


def _announced(preamble: str) -> tuple[int | None, list[str]]:
    """The year and festivals an annual notice's preamble announces ("现将2025年元旦、…和国庆节放假调休…")."""
    match = re.search(r"现将(\d{4})年(.+?)放假调休日期的具体安排", preamble)
    if not match:
        return None, []
    names = re.split(r"[、和]", match[2])
    unknown = [name for name in names if name not in FESTIVAL_NAMES]
    if unknown:
        raise _fail(f"有未知的节日：{'、'.join(unknown)}", f"names unknown festivals: {unknown}", "导语", preamble)
    return int(match[1]), names


def _document_number(text: str) -> str | None:
    match = _DOCNO_RE.search(text)
    if not match:
        return None
    return f"{match[1].replace(' ', '')}〔{match[2]}〕{match[3]}号"
