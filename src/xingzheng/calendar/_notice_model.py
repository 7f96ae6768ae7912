"""节假日安排 (model) — what a holiday notice arranges, and how an amendment's changes resolve.

The public classes are documented and imported from `xingzheng.calendar.notice`; this private module
holds them with what they need: the protocols through which a notice reads a calendar
(`CalendarView`, `ExtensibleCalendar`), the festival names a notice can arrange, the arrangement
(`FestivalArrangement`, `ReplaceFestival`, `ExtendHoliday`, `NoticeNote`, `Arrangement`), resolving an
amending notice's changes against the blocks so far, and `_fail`, the parse error naming its item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, Self

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


_ANTI_FASCIST = "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
#: Festival names a notice can arrange, in their official form (DECISIONS.md).
FESTIVAL_NAMES: tuple[str, ...] = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", _ANTI_FASCIST)
_ONE_DAY = dt.timedelta(days=1)


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


# --------------------------------------------------------------------------- errors

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
