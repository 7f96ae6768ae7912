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
from collections.abc import Sequence
from typing import TypeVar

import attrs

from xingzheng.calendar import _notice_lunar as lunar
from xingzheng.calendar._notice_model import (
    _ANTI_FASCIST,
    _ONE_DAY,
    Arrangement,
    CalendarView,
    ExtendHoliday,
    ExtensibleCalendar,
    FestivalArrangement,
    NoticeNote,
    ReplaceFestival,
    _fail,
    _span,
)
from xingzheng.calendar._notice_model import (
    FESTIVAL_NAMES as FESTIVAL_NAMES,  # re-exported: importable from here before the split
)
from xingzheng.calendar._notice_text import (
    _DATE_RE,
    _ITEM_RE,
    _SIGNATURES,
    _announced,
    _document_number,
    _ItemParser,
    _normalize,
    _Paragraph,
    _paragraphs,
    _parse_date_line,
    _split_festivals,
)
from xingzheng.calendar._notice_text import (
    MAX_BLOCK_DAYS as MAX_BLOCK_DAYS,  # re-exported: importable from here before the split
)
from xingzheng.errors import NoticeParseError, bilingual

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

#: An adjusted working day lies this close to its festival's block (2011–2026: at most 11 days).
MAX_WORKDAY_DISTANCE = 14


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
