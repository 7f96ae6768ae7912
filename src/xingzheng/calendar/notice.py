"""节假日安排通知 — read the State Council's holiday notice into an arrangement and a calendar supplement.

Each year the General Office of the State Council publishes the next year's arrangement
(国务院办公厅关于YYYY年部分节假日安排的通知); now and then an amending notice extends or changes it,
or adds a one-off holiday. `parse_notice` reads either, strictly: every numbered item is understood
as an arrangement of days or as an item that arranges none (kept as text), or the parse fails with a
`NoticeParseError` naming the item and quoting it. Checks inside a notice are errors when they fail:

- a weekday annotation (``（星期三）``, ``（周三）``) must be that date's weekday, and a lunar one
  (``（农历除夕）``, ``（农历正月初七）``) that date's lunar day;
- a stated length (``共N天``, ``放假1天``) must equal the days parsed;
- an adjusted working day (调休上班) must fall on a weekend, within 14 days of its festival's block;
- ``与周末连休`` needs a Friday or a Monday, ``补休`` a weekend holiday and the weekday after it;
- every festival named in the preamble has its item, and every festival's block contains the
  festival's own day (1 January, the lunar new year, the Qingming solar term, 1 May, the Dragon Boat
  day, the Mid-Autumn day, 1 October);
- no day is arranged twice.

`Arrangement.to_supplement()` gives the mapping `WorkdayCalendar.with_supplement` takes;
`calendar_with_notices` (behind `WorkdayCalendar.with_notice`) merges an annual notice and its
amendments (DECISIONS.md, "Working days and periods") and applies them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, Self, TypeVar

import attrs

from xingzheng.calendar import _notice_lunar as lunar
from xingzheng.calendar._names import HolidayName
from xingzheng.errors import NoticeParseError, bilingual


class CalendarView(Protocol):
    """What resolving an amending notice reads from a calendar (a `WorkdayCalendar` is one).

    Notices know no calendar class: they produce supplements, and read a calendar only through this.
    """

    def covers(self, d: dt.date) -> bool:
        """Whether ``d`` is covered."""
        ...

    def holiday_name(self, d: dt.date) -> HolidayName | None:
        """The festival of a rest day, or None."""
        ...

    def adjusted_for(self, d: dt.date) -> HolidayName | None:
        """The festival an adjusted working day makes up for, or None."""
        ...

    def entry_source(self, d: dt.date) -> str | None:
        """Which data or notice set ``d``."""
        ...


class ExtensibleCalendar(CalendarView, Protocol):
    """A calendar that a supplement mapping extends (a `WorkdayCalendar` is one)."""

    def with_supplement(self, supplement: Mapping[str, Any], *, override: bool = False) -> Self:
        """A new calendar with the supplement applied."""
        ...


_C = TypeVar("_C", bound=ExtensibleCalendar)

__all__ = [
    "Arrangement",
    "CalendarView",
    "ExtendHoliday",
    "ExtensibleCalendar",
    "FestivalArrangement",
    "NoticeNote",
    "ReplaceFestival",
    "calendar_with_notices",
    "merge_notices",
    "parse_notice",
]

_ANTI_FASCIST = "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
#: Festival names a notice can arrange, in their official form (DECISIONS.md).
FESTIVAL_NAMES: tuple[str, ...] = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", _ANTI_FASCIST)
_NUMERALS = "一二三四五六七八九十"
_WEEKDAYS = "一二三四五六日"
_ONE_DAY = dt.timedelta(days=1)
#: An adjusted working day lies this close to its festival's block (2011–2026: at most 11 days).
MAX_WORKDAY_DISTANCE = 14
#: No holiday block is longer (the longest, 2020's extended Spring Festival, had 10 days).
MAX_BLOCK_DAYS = 31


# --------------------------------------------------------------------------- the arrangement


def _dates(value: Iterable[dt.date]) -> tuple[dt.date, ...]:
    return tuple(sorted(set(value)))


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _changes(value: Iterable[ReplaceFestival | ExtendHoliday]) -> tuple[ReplaceFestival | ExtendHoliday, ...]:
    return tuple(value)


def _blocks(value: Iterable[FestivalArrangement]) -> tuple[FestivalArrangement, ...]:
    return tuple(value)


def _notes(value: Iterable[NoticeNote]) -> tuple[NoticeNote, ...]:
    return tuple(value)


@attrs.frozen
class FestivalArrangement:
    """节日安排 — the rest days and adjusted working days one item of a notice sets for its festival(s).

    Attributes:
        festivals: the official name(s) the item gives: one, or two for a merged block
            (``("中秋节", "国庆节")``).
        holidays: every rest day of the block, ascending, weekend days inside it included.
        adjusted_workdays: the adjusted working days (调休上班), ascending (Saturdays and Sundays).
        item: the item's number as written (``"二"``), or None for an unnumbered paragraph.
        text: the item's text as written.
        source: the notice that set these days (its document number, or its title), when known.
    """

    festivals: tuple[str, ...] = attrs.field(converter=_strings)
    holidays: tuple[dt.date, ...] = attrs.field(converter=_dates)
    adjusted_workdays: tuple[dt.date, ...] = attrs.field(default=(), converter=_dates)
    item: str | None = None
    text: str = ""
    source: str | None = None

    def name_of(self, day: dt.date) -> str:
        """The official name of a rest day of this block.

        In a merged 中秋节、国庆节 block the lunar Mid-Autumn day is 中秋节 unless it is 1 October, and
        every other day is 国庆节 (DECISIONS.md).
        """
        if len(self.festivals) == 1 or set(self.festivals) != {"中秋节", "国庆节"}:
            return self.festivals[0]
        if day == lunar.mid_autumn_day(day.year) and (day.month, day.day) != (10, 1):
            return "中秋节"
        return "国庆节"

    def named_days(self) -> dict[dt.date, str]:
        """Every rest day of the block with its official name."""
        return {day: self.name_of(day) for day in self.holidays}


@attrs.frozen
class ReplaceFestival:
    """调整节日安排 — an amending notice sets a festival's days anew for its year.

    Resolved against what it amends: every earlier block of the festival in that year is replaced
    (a festival not arranged before, such as a one-off holiday, is added), and the days it sets are
    taken from any other block that had them (the later notice wins).

    Attributes:
        arrangement: the festival's new arrangement.
    """

    arrangement: FestivalArrangement


@attrs.frozen
class ExtendHoliday:
    """延长假期 — an amending notice extends a festival's holiday to a later day.

    Resolved against what it amends: every day after the festival's last rest day up to ``until``
    becomes a rest day of the festival (an adjusted working day among them included).

    Attributes:
        festival: the festival whose holiday is extended.
        year: the year of that holiday.
        until: the new last rest day.
        resume_on: the day work resumes (``2月3日起正常上班``), if stated; it is a check, not a change.
        item: the item's number as written.
        text: the item's text as written.
    """

    festival: str
    year: int
    until: dt.date
    resume_on: dt.date | None = None
    item: str | None = None
    text: str = ""


@attrs.frozen
class NoticeNote:
    """不涉及日期的事项 — a numbered item or sentence that arranges no days (duty, pay, reminders).

    Attributes:
        item: the item's number as written, or None for a sentence inside an arranging item or an
            unnumbered paragraph.
        text: the text as written.
    """

    item: str | None
    text: str


@attrs.frozen
class Arrangement:
    """节假日安排 — what a State Council holiday notice arranges.

    An annual notice has ``blocks`` and no ``changes``; an amending notice has ``changes`` (resolved
    against what it amends by `amend`) and no ``blocks``.

    Attributes:
        year: the year the arrangement is for.
        title: the notice's title, when the text gives it.
        document_number: e.g. ``"国办发明电〔2025〕7号"``, when the text gives it.
        signed_on: the date at the end of the notice, when present.
        issuer: the signature (``"国务院办公厅"``, ``"国务院"``), when present.
        festivals_announced: the festivals the preamble names, in its order.
        blocks: the festival items (annual notice, or the result of `amend`).
        changes: the changes an amending notice makes.
        notes: the items and sentences that arrange no days, kept as text.
    """

    year: int
    title: str | None = None
    document_number: str | None = None
    signed_on: dt.date | None = None
    issuer: str | None = None
    festivals_announced: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    blocks: tuple[FestivalArrangement, ...] = attrs.field(default=(), converter=_blocks)
    changes: tuple[ReplaceFestival | ExtendHoliday, ...] = attrs.field(default=(), converter=_changes)
    notes: tuple[NoticeNote, ...] = attrs.field(default=(), converter=_notes)

    @property
    def is_amendment(self) -> bool:
        """Whether this is an amending notice (it has changes, not blocks)."""
        return bool(self.changes)

    @property
    def source(self) -> str:
        """How the notice is cited: its document number, else its title, else a description."""
        return self.document_number or self.title or f"{self.year}年节假日安排通知"

    @property
    def holidays(self) -> dict[dt.date, str]:
        """Every rest day the blocks set, with its official name."""
        days: dict[dt.date, str] = {}
        for block in self.blocks:
            days.update(block.named_days())
        return dict(sorted(days.items()))

    @property
    def adjusted_workdays(self) -> tuple[dt.date, ...]:
        """Every adjusted working day the blocks set, ascending."""
        return tuple(sorted(d for block in self.blocks for d in block.adjusted_workdays))

    def amend(self, amendment: Arrangement) -> Arrangement:
        """This arrangement with an amending notice's changes applied (the amendment wins).

        Raises:
            NoticeParseError: the amendment is for another year, or a change cannot be resolved
                against this arrangement (an extension of a festival it does not arrange, or to a day
                that is not later than the holiday's end).
        """
        if amendment.year != self.year:
            raise NoticeParseError(
                bilingual(
                    f"修改通知（{amendment.source}）针对 {amendment.year} 年，不能用于 {self.year} 年的安排",
                    f"the amending notice ({amendment.source}) is for {amendment.year}, not {self.year}",
                )
            )
        return self._amended(amendment, already_applied_ok=False)

    def _amended(self, amendment: Arrangement, *, already_applied_ok: bool) -> Arrangement:
        blocks = [block if block.source else attrs.evolve(block, source=self.source) for block in self.blocks]
        for change in amendment.changes:
            blocks = _apply_change(blocks, change, amendment.source, already_applied_ok=already_applied_ok)
        return attrs.evolve(self, blocks=tuple(blocks), notes=(*self.notes, *amendment.notes))

    def to_supplement(self) -> dict[str, Any]:
        """The calendar supplement (the mapping `WorkdayCalendar.with_supplement` takes).

        A merged 中秋节、国庆节 item gives one block per name; its adjusted working days go with the
        block of 国庆节.

        Raises:
            NoticeParseError: an amending notice that has not been resolved (see `amend`): an
                extension needs the holiday it extends.
        """
        blocks = list(self.blocks)
        for change in self.changes:
            if isinstance(change, ExtendHoliday):
                raise _fail(
                    f"延长假期须对照被修改的安排才能确定日期（{self.source}）；请与年度通知一起导入，"
                    "或使用 calendar.with_notice",
                    f"an extension needs the arrangement it extends ({self.source}); import it together "
                    "with the annual notice, or use calendar.with_notice",
                    change.item,
                    change.text,
                )
            blocks.append(change.arrangement)
        entries: list[dict[str, Any]] = []
        for block in blocks:
            by_name: dict[str, list[dt.date]] = {}
            for day, name in block.named_days().items():
                by_name.setdefault(name, []).append(day)
            workdays_name = "国庆节" if "国庆节" in by_name else max(by_name, key=lambda n: len(by_name[n]))
            for name, days in by_name.items():
                entry: dict[str, Any] = {"name": name, "dates": sorted(days)}
                if name == workdays_name and block.adjusted_workdays:
                    entry["adjusted_workdays"] = list(block.adjusted_workdays)
                if block.source and block.source != self.source:
                    entry["source"] = block.source
                entries.append(entry)
        return {"year": self.year, "source": self.source, "holidays": entries}


def _apply_change(
    blocks: list[FestivalArrangement],
    change: ReplaceFestival | ExtendHoliday,
    source: str,
    *,
    already_applied_ok: bool,
) -> list[FestivalArrangement]:
    """Resolve one change of an amending notice against the blocks so far (the change wins).

    ``already_applied_ok``: an extension whose end the holiday already reaches changes nothing (a
    calendar whose data already holds it) instead of failing.
    """
    if isinstance(change, ReplaceFestival):
        new = attrs.evolve(change.arrangement, source=source)
        festival_set = set(new.festivals)
        kept = [b for b in blocks if not festival_set & set(b.festivals)]
        return [*_without_days(kept, set(new.holidays) | set(new.adjusted_workdays)), new]
    own = [b for b in blocks if change.festival in b.festivals]
    if not own:
        raise _fail(
            f"要延长的{change.festival}假期在被修改的安排中不存在",
            f"the {change.festival} holiday to extend is not in the arrangement amended",
            change.item,
            change.text,
        )
    last = max(max(b.holidays) for b in own)
    if change.until == last and already_applied_ok:
        return blocks
    if change.until <= last:
        raise _fail(
            f"延长至 {change.until}，但{change.festival}假期已到 {last}",
            f"extends to {change.until}, but the {change.festival} holiday already runs to {last}",
            change.item,
            change.text,
        )
    added = _span(last + _ONE_DAY, change.until)
    extension = FestivalArrangement(
        festivals=(change.festival,), holidays=added, item=change.item, text=change.text, source=source
    )
    return [*_without_days(blocks, set(added)), extension]


def _without_days(blocks: Iterable[FestivalArrangement], days: set[dt.date]) -> list[FestivalArrangement]:
    out = []
    for block in blocks:
        holidays = [d for d in block.holidays if d not in days]
        workdays = [d for d in block.adjusted_workdays if d not in days]
        if holidays:
            out.append(attrs.evolve(block, holidays=holidays, adjusted_workdays=workdays))
    return out


def _span(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


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


#: Quotes longer than this are shortened in the message (the error's ``text`` keeps the whole text).
_QUOTE_LIMIT = 200


def _fail(message_zh: str, message_en: str, item: str | None, text: str) -> NoticeParseError:
    """A parse error naming its place (第N项, 导语 the preamble, or 正文 the body) and quoting its text."""
    if item == "导语":
        place_zh, place_en = "导语", "the preamble"
    elif item and item != "正文":
        place_zh, place_en = f"第{item}项", f"item {item}"
    else:
        place_zh, place_en = "正文", "the body"
    quote = text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 1] + "…"
    return NoticeParseError(
        bilingual(f"{place_zh}：{message_zh}：“{quote}”", f"{place_en}: {message_en}: {quote!r}"),
        item=item or "正文",
        text=text,
    )


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


# --------------------------------------------------------------------------- parsing: the notice


def _festival_day(festival: str, year: int) -> dt.date | None:
    """The day a festival's block must contain."""
    fixed = {"元旦": (1, 1), "劳动节": (5, 1), "国庆节": (10, 1), _ANTI_FASCIST: (9, 3)}
    if festival in fixed:
        return dt.date(year, *fixed[festival])
    if festival == "春节":
        return lunar.lunar_new_year(year)
    if festival == "清明节":
        return lunar.solar_term(year, "清明")
    if festival == "端午节":
        return lunar.dragon_boat_day(year)
    if festival == "中秋节":
        return lunar.mid_autumn_day(year)
    return None


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


def parse_notice(text: str) -> Arrangement:
    """Read a State Council holiday notice (annual or amending) into an `Arrangement`.

    Accepts the text from the title or the salutation to the date line, with full-width or half-width
    punctuation, and the Markdown heading of the reference copies (title, 发文字号, 成文日期 before a
    ``---`` line). Checks are described in the module docstring.

    Args:
        text: the notice's text.

    Returns:
        The arrangement; for an amending notice, its changes (resolve them with `Arrangement.amend`
        or `calendar_with_notices`).

    Raises:
        NoticeParseError: an item is not understood, or a check fails; names the item and quotes it.
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark (a file saved by Notepad) is not text
    if not text.strip():
        raise NoticeParseError(bilingual("通知为空", "the notice is empty"), item="正文", text=text)
    header, paragraphs = _paragraphs(text)
    title = next((line.lstrip("#").strip() for line in header if line.startswith("#")), None)
    document_number = _document_number(" ".join(header))
    signed_on = None
    for line in header:
        if "成文日期" in line:
            signed_on = _parse_date_line(_normalize(line).rpartition(":")[2])

    issuer = None
    items: list[tuple[str | None, _Paragraph]] = []
    preamble: list[_Paragraph] = []
    closing: list[_Paragraph] = []
    for para in paragraphs:
        normal = para.text
        item_match = _ITEM_RE.match(normal)
        if item_match:
            items.append((item_match[1], para))
        elif normal in _SIGNATURES:
            issuer = normal
        elif (date := _parse_date_line(normal)) is not None:
            signed_on = date
        elif normal.startswith("国务院") and normal.endswith("通知") and "。" not in normal:
            title = title or para.original.strip()
        elif (number := _document_number(normal)) is not None and len(normal) <= len(number) + 4:
            document_number = number
        elif normal.endswith(":") and "人民政府" in normal:
            continue  # salutation
        elif items:
            closing.append(para)
        else:
            preamble.append(para)
    if document_number is None:
        document_number = _document_number(" ".join(p.text for p in preamble))

    preamble_text = "".join(p.text for p in preamble)
    year, announced = _announced(preamble_text)
    annual = year is not None
    if year is None:
        match = re.search(r"(\d{4})年", preamble_text) or re.search(r"(\d{4})年", title or "")
        if not match:
            raise _fail("通知中找不到安排所属的年份", "cannot find the year the notice arranges", "导语", preamble_text)
        year = int(match[1])
    # An amending notice's preamble (or title) names the festival its unnamed items change.
    context_festivals = [name for name in FESTIVAL_NAMES if name in preamble_text or name in (title or "")]
    if _ANTI_FASCIST not in context_festivals and "中国人民抗日战争暨世界反法西斯战争胜利70周年" in preamble_text:
        context_festivals.append(_ANTI_FASCIST)

    notes: list[NoticeNote] = []
    blocks: list[FestivalArrangement] = []
    changes: list[ReplaceFestival | ExtendHoliday] = []
    if not items:
        # A notice without numbered items (2015, the one-off holiday): its body paragraphs arrange days.
        arranging = [p for p in preamble if _DATE_RE.search(p.text) and re.search(r"放假|上班|调休", p.text)]
        if not arranging:
            raise _fail("通知中没有任何放假安排", "the notice arranges no days", "正文", preamble_text)
        preamble = [p for p in preamble if p not in arranging]
        for para in arranging:
            items.append((None, para))
    for number, para in items:
        body = para.text if number is None else _ITEM_RE.match(para.text)[2]  # type: ignore[index]
        head, colon, rest = body.partition(":")
        festivals = _split_festivals(head) if colon else None
        if festivals is None and not _DATE_RE.search(body) and not re.search(r"\d+天", body):
            notes.append(NoticeNote(number, para.original))
            continue
        if festivals is not None:
            body = rest
        elif colon and len(head) <= 12 and not _DATE_RE.search(head):
            raise _fail(f"未知的节日“{head}”", f"unknown festival {head!r}", number, para.original)
        parser = _ItemParser(year, number, para.original, body)
        parser.parse()
        notes.extend(NoticeNote(number, sentence) for sentence in parser.notes if number is not None)
        if number is None:
            notes.extend(NoticeNote(None, sentence) for sentence in parser.notes)
        if festivals is None:
            if annual:
                raise _fail("年度通知的事项须写明节日", "an item of an annual notice must name its festival",
                            number, para.original)  # fmt: skip
            festivals = _context_festival(context_festivals, parser, number, para.original)
        if parser.extension is not None:
            festival, ext_year, until, resume_on = parser.extension
            if parser.holidays or parser.workdays:
                raise _fail("延长假期的事项不能同时安排其他日期", "an extension item cannot arrange other days",
                            number, para.original)  # fmt: skip
            _check_resume(until, resume_on, number, para.original)
            changes.append(
                ExtendHoliday(festival or festivals[0], ext_year or year, until, resume_on, number, para.original)
            )
            continue
        if not parser.holidays:
            raise _fail("没有放假日期", "no holiday date", number, para.original)
        if parser.no_swap and parser.workdays:
            raise _fail("写明“不调休”却列有上班日", "says 不调休 (no swap) but lists working days", number, para.original)
        block = FestivalArrangement(festivals, parser.holidays, parser.workdays, number, para.original)
        _check_block(block, year, number, para.original)
        if annual:
            blocks.append(block)
        else:
            changes.append(ReplaceFestival(block))
    notes = [NoticeNote(None, p.original) for p in preamble] + notes + [NoticeNote(None, p.original) for p in closing]

    arrangement = Arrangement(
        year=year,
        title=title,
        document_number=document_number,
        signed_on=signed_on,
        issuer=issuer,
        festivals_announced=announced,
        blocks=blocks,
        changes=changes,
        notes=notes,
    )
    _check_arrangement(arrangement, preamble_text)
    return arrangement


def _document_number(text: str) -> str | None:
    match = _DOCNO_RE.search(text)
    if not match:
        return None
    return f"{match[1].replace(' ', '')}〔{match[2]}〕{match[3]}号"


def _context_festival(
    names: list[str], parser: _ItemParser, item: str | None, text: str
) -> tuple[str, ...]:
    if parser.extension is not None and parser.extension[0] is not None:
        return (parser.extension[0],)
    if len(names) != 1:
        raise _fail(
            "事项未写明节日，导语也未指明唯一的节日",
            "the item names no festival and the preamble does not name exactly one",
            item,
            text,
        )
    return (names[0],)


def _check_resume(until: dt.date, resume_on: dt.date | None, item: str | None, text: str) -> None:
    if resume_on is None:
        return
    expected = until + _ONE_DAY
    while expected.weekday() >= 5:
        expected += _ONE_DAY
    if resume_on != expected:
        raise _fail(
            f"假期至 {until}，恢复上班日应为 {expected}，而不是 {resume_on}",
            f"the holiday ends on {until}: work resumes on {expected}, not {resume_on}",
            item,
            text,
        )


def _check_block(block: FestivalArrangement, year: int, item: str | None, text: str) -> None:
    """The festival's own day lies in its block; each adjusted working day lies near the block."""
    for festival in block.festivals:
        own = _festival_day(festival, year)
        if own is not None and own not in block.holidays:
            raise _fail(
                f"{festival}（{own.month}月{own.day}日）不在所列放假日期之内",
                f"{festival} ({own}) is not among the holidays given",
                item,
                text,
            )
    first, last = block.holidays[0], block.holidays[-1]
    for day in block.adjusted_workdays:
        if day in block.holidays:
            raise _fail(f"{day} 既放假又上班", f"{day} is both a holiday and a working day", item, text)
        distance = (first - day).days if day < first else (day - last).days
        if distance > MAX_WORKDAY_DISTANCE:
            raise _fail(
                f"调休上班日 {day.month}月{day.day}日距放假日期 {distance} 天，超过 {MAX_WORKDAY_DISTANCE} 天",
                f"the adjusted working day {day} is {distance} days from the holidays (more than "
                f"{MAX_WORKDAY_DISTANCE})",
                item,
                text,
            )
    for day in (*block.holidays, *block.adjusted_workdays):
        if not (day.year == year or (day.year == year - 1 and day.month == 12)):
            raise _fail(
                f"{day} 不在 {year} 年或 {year - 1} 年 12 月内",
                f"{day} is not in {year} or in December {year - 1}",
                item,
                text,
            )


def _check_arrangement(arrangement: Arrangement, preamble: str) -> None:
    """Festivals announced have their items; no day is arranged twice."""
    seen: dict[dt.date, str | None] = {}
    items: list[FestivalArrangement] = list(arrangement.blocks)
    items.extend(c.arrangement for c in arrangement.changes if isinstance(c, ReplaceFestival))
    for block in items:
        for day in (*block.holidays, *block.adjusted_workdays):
            if day in seen:
                raise _fail(
                    f"{day} 已在第{seen[day]}项中安排", f"{day} is already arranged in item {seen[day]}",
                    block.item, block.text,
                )  # fmt: skip
            seen[day] = block.item
    arranged = {name for block in arrangement.blocks for name in block.festivals}
    missing = [name for name in arrangement.festivals_announced if name not in arranged]
    if missing:
        raise _fail(
            f"列出的{'、'.join(missing)}没有对应的事项",
            f"names {', '.join(missing)} but no item arranges it",
            "导语",
            preamble,
        )
    extra = sorted(arranged - set(arrangement.festivals_announced)) if arrangement.festivals_announced else []
    if extra:
        raise _fail(
            f"事项中的{'、'.join(extra)}未在导语中列出", f"{', '.join(extra)} is arranged but not named here", "导语", preamble
        )


# --------------------------------------------------------------------------- applying to a calendar


def _calendar_arrangement(calendar: CalendarView, year: int) -> Arrangement:
    """What a calendar already holds for ``year``, as blocks (to resolve an amending notice against)."""
    by_name: dict[str, list[dt.date]] = {}
    workdays: dict[str, list[dt.date]] = {}
    for day in _span(dt.date(year - 1, 12, 1), dt.date(year, 12, 31)):
        if not calendar.covers(day):
            continue
        name = calendar.holiday_name(day)
        if name is not None:
            by_name.setdefault(name.zh, []).append(day)
        adjusted = calendar.adjusted_for(day)
        if adjusted is not None:
            workdays.setdefault(adjusted.zh, []).append(day)
    blocks = [
        FestivalArrangement((name,), days, workdays.get(name, ()), source=calendar.entry_source(days[0]))
        for name, days in by_name.items()
    ]
    return Arrangement(year=year, blocks=blocks)


def merge_notices(texts: Sequence[str], calendar: CalendarView | None = None) -> list[Arrangement]:
    """Parse notices and merge them by year: annual notices, then amendments in order, the later winning.

    Each amending notice is resolved against the merged arrangement of its year so far or, when no
    annual notice for that year is given, against what ``calendar`` holds for that year (the result
    then holds only the days the amendment sets). Every block records the notice that set its days.

    Args:
        texts: the notices' texts, each annual notice before its amendments, amendments in order.
        calendar: what to resolve an amendment against when its annual notice is not given (for
            example ``default_calendar()``); without it such an amendment cannot be resolved.

    Returns:
        One resolved arrangement per year, by year.

    Raises:
        NoticeParseError: a notice is not understood, a check fails, two annual notices are given for
            one year, or an amendment cannot be resolved.
    """
    merged: dict[int, Arrangement] = {}
    for text in texts:
        arrangement = parse_notice(text)
        if not arrangement.is_amendment:
            if arrangement.year in merged:
                raise NoticeParseError(
                    bilingual(f"给出了两份 {arrangement.year} 年的年度通知", f"two annual notices for {arrangement.year}"),
                    item=None,
                    text=arrangement.source,
                )
            merged[arrangement.year] = arrangement.amend(Arrangement(year=arrangement.year))
            continue
        base = merged.get(arrangement.year)
        if base is not None:
            merged[arrangement.year] = base.amend(arrangement)
            continue
        if calendar is None or not calendar.covers(dt.date(arrangement.year, 12, 31)):
            raise NoticeParseError(
                bilingual(
                    f"修改通知（{arrangement.source}）针对 {arrangement.year} 年，但既未给出该年的年度通知，"
                    "日历也不覆盖该年",
                    f"the amending notice ({arrangement.source}) is for {arrangement.year}, but neither that "
                    "year's annual notice is given nor does the calendar cover it",
                ),
                item=None,
                text=arrangement.source,
            )
        from_calendar = _calendar_arrangement(calendar, arrangement.year)
        amended = from_calendar._amended(arrangement, already_applied_ok=True)
        _check_removed(from_calendar, amended, arrangement)
        changed = [b for b in amended.blocks if b.source == arrangement.source]
        merged[arrangement.year] = attrs.evolve(arrangement, blocks=changed, changes=())
    return [merged[year] for year in sorted(merged)]


def calendar_with_notices(calendar: _C, texts: Sequence[str], *, override: bool = False) -> _C:
    """Apply holiday notices to a calendar (behind `WorkdayCalendar.with_notice`).

    The notices are merged first (`merge_notices`: annual notices, then amendments in order, the
    later one winning), then applied year by year with ``calendar.with_supplement``.

    Args:
        calendar: the calendar to extend.
        texts: the notices' texts, the annual notice first, then its amendments in order.
        override: let the notices replace explicit entries of the data they contradict (each
            replaced day is recorded with the notice that set it).

    Raises:
        NoticeParseError: a notice is not understood, a check fails, or an amendment cannot be
            resolved.
        SupplementConflictError: a notice contradicts explicit entries and ``override`` is false.
    """
    result = calendar
    for arrangement in merge_notices(texts, calendar):
        result = result.with_supplement(arrangement.to_supplement(), override=override)
    return result


def _check_removed(before: Arrangement, after: Arrangement, amendment: Arrangement) -> None:
    """A supplement only sets days: a weekday rest day an amendment takes away cannot be expressed, nor an
    adjusted working day it takes away without making it a holiday (the day would silently stay a working day)."""
    removed = [d for d in before.holidays if d not in after.holidays and d.weekday() < 5]
    removed += [
        d for d in before.adjusted_workdays if d not in after.adjusted_workdays and d not in after.holidays
    ]
    removed.sort()
    if removed:
        days = "、".join(str(d) for d in removed)
        raise NoticeParseError(
            bilingual(
                f"修改通知（{amendment.source}）取消了日历中 {days} 的安排，补充数据无法表达；"
                "请与该年的年度通知一起导入",
                f"the amending notice ({amendment.source}) takes away what the calendar sets on {days}, "
                "which a supplement cannot express; import it together with that year's annual notice",
            ),
            item=None,
            text=amendment.source,
        )
