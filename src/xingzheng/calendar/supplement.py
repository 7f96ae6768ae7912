"""日历补充 — one year's official holiday arrangement (and optional local rest days) as data.

A supplement extends or corrects a `WorkdayCalendar` (``calendar.with_supplement(...)``). Its TOML form::

    year = 2027                          # the year this arrangement is for
    source = "国办发明电〔2026〕N号"       # where it comes from (shown in every explanation)

    [[holidays]]                         # one table per holiday block (a festival may have several)
    name = "春节"                        # official Chinese name; its English form is known
    name_en = "Spring Festival"          # optional; required for a name that is not an official festival
    dates = [2027-02-06, 2027-02-07]     # every rest day of the block, weekend days inside it included
    adjusted_workdays = [2027-02-14]     # optional: 调休上班 days of this festival (Saturdays or Sundays)
    source = "…"                         # optional: overrides the top-level source for these days

    [[local_rest_days]]                  # optional: a separate layer of local rest days
    date = 2027-03-08
    name = "…"
    basis = "…"                          # required: the local decision that grants it

Dates are native TOML dates and lie in ``year`` or in December of ``year - 1`` (a block that starts
on 31 December). A day may appear once. The same structure as a Python mapping (dates as
`datetime.date`) is accepted everywhere a path is.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import tomli_w

from xingzheng.calendar._names import HolidayName, festival
from xingzheng.errors import LoadError

__all__ = ["HolidayBlock", "LocalRestDay", "Supplement"]

_TOP_KEYS = frozenset({"year", "source", "holidays", "local_rest_days"})
_BLOCK_KEYS = frozenset({"name", "name_en", "dates", "adjusted_workdays", "source"})
_LOCAL_KEYS = frozenset({"date", "name", "basis"})


def _dates_tuple(value: tuple[dt.date, ...] | list[dt.date]) -> tuple[dt.date, ...]:
    return tuple(value)


@attrs.frozen
class HolidayBlock:
    """放假安排 — the rest days and adjusted working days a supplement sets for one festival.

    Attributes:
        name: the festival's official name.
        dates: every rest day of the block, ascending.
        adjusted_workdays: the festival's adjusted working days (调休上班), ascending.
        source: the notice or document that set these days, if it differs from the supplement's.
    """

    name: HolidayName
    dates: tuple[dt.date, ...] = attrs.field(converter=_dates_tuple)
    adjusted_workdays: tuple[dt.date, ...] = attrs.field(default=(), converter=_dates_tuple)
    source: str | None = None


@attrs.frozen
class LocalRestDay:
    """地方休息日 — a rest day granted locally, kept as a separate, named layer.

    Attributes:
        date: the day.
        name: what it is called.
        basis: the local decision that grants it.
    """

    date: dt.date
    name: str
    basis: str


@attrs.frozen
class Supplement:
    """日历补充 — one year's official arrangement, read from TOML or a mapping.

    Attributes:
        year: the year the arrangement is for.
        source: where it comes from.
        holidays: the holiday blocks.
        local_rest_days: local rest days (a separate layer).
    """

    year: int
    source: str
    holidays: tuple[HolidayBlock, ...] = ()
    local_rest_days: tuple[LocalRestDay, ...] = ()

    @classmethod
    def load(cls, path: str | Path) -> Supplement:
        """Read a supplement TOML file; every problem is reported at once as `LoadError`."""
        path = Path(path)
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise LoadError([("$", f"无法读取文件：{exc}", f"cannot read the file: {exc}")], str(path)) from None
        except tomllib.TOMLDecodeError as exc:
            raise LoadError([("$", f"不是有效的 TOML：{exc}", f"not valid TOML: {exc}")], str(path)) from None
        return cls.from_mapping(data, source_name=str(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source_name: str | None = None) -> Supplement:
        """Validate a mapping of the TOML structure; every problem is reported at once as `LoadError`."""
        problems: list[tuple[str, str, str]] = []
        if not isinstance(data, Mapping):
            raise LoadError([("$", "补充数据应为表（对象）", "a supplement must be a table (object)")], source_name)

        for key in data:
            if key not in _TOP_KEYS:
                problems.append((f"$.{key}", "未知的键", "unknown key"))
        year = data.get("year")
        if not (isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 2200):
            problems.append(("$.year", "缺少年份或年份无效", "missing or invalid year"))
            year = None
        source = data.get("source")
        if not (isinstance(source, str) and source.strip()):
            problems.append(("$.source", "缺少来源（通知文号或说明）", "missing source (notice number or description)"))
            source = ""

        seen: dict[dt.date, str] = {}

        def check_date(value: object, path: str) -> dt.date | None:
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                problems.append((path, "不是日期", "not a date"))
                return None
            if year is not None and not (
                value.year == year or (value.year == year - 1 and value.month == 12)
            ):
                problems.append(
                    (
                        path,
                        f"日期 {value} 不在 {year} 年或 {year - 1} 年 12 月内",
                        f"date {value} is not in {year} or in December {year - 1}",
                    )
                )
                return None
            if value in seen:
                problems.append(
                    (path, f"日期 {value} 重复（已见于 {seen[value]}）", f"date {value} repeated (see {seen[value]})")
                )
                return None
            seen[value] = path
            return value

        def date_list(value: object, path: str) -> list[dt.date]:
            if not isinstance(value, list | tuple):
                problems.append((path, "应为日期列表", "must be a list of dates"))
                return []
            out = []
            for i, item in enumerate(value):
                checked = check_date(item, f"{path}[{i}]")
                if checked is not None:
                    out.append(checked)
            return sorted(out)

        def tables(name: str, known: frozenset[str]) -> Iterator[tuple[str, Mapping[str, Any]]]:
            """Each table of the array ``name`` with its path, after noting a non-table and unknown keys."""
            raw_tables = data.get(name, [])
            if not isinstance(raw_tables, list | tuple):
                problems.append((f"$.{name}", "应为表数组", "must be an array of tables"))
                raw_tables = []
            for index, raw in enumerate(raw_tables):
                here = f"$.{name}[{index}]"
                if not isinstance(raw, Mapping):
                    problems.append((here, "应为表", "must be a table"))
                    continue
                for key in raw:
                    if key not in known:
                        problems.append((f"{here}.{key}", "未知的键", "unknown key"))
                yield here, raw

        blocks: list[HolidayBlock] = []
        for here, raw in tables("holidays", _BLOCK_KEYS):
            name_zh, name_en = raw.get("name"), raw.get("name_en")
            name: HolidayName | None = None
            if not isinstance(name_zh, str) or not name_zh:
                problems.append((f"{here}.name", "缺少节日名称", "missing holiday name"))
            elif name_en is not None and not isinstance(name_en, str):
                problems.append((f"{here}.name_en", "应为字符串", "must be a string"))
            else:
                try:
                    name = festival(name_zh, name_en)
                except KeyError:
                    problems.append(
                        (
                            f"{here}.name",
                            f"“{name_zh}”不是法定节日的正式名称，请给出 name_en",
                            f"{name_zh!r} is not an official festival name; give name_en",
                        )
                    )
            if "dates" not in raw:
                problems.append((f"{here}.dates", "缺少放假日期", "missing holiday dates"))
            dates = date_list(raw.get("dates", []), f"{here}.dates")
            workdays = date_list(raw.get("adjusted_workdays", []), f"{here}.adjusted_workdays")
            for i, day in enumerate(workdays):
                if day.weekday() < 5:
                    problems.append(
                        (
                            f"{here}.adjusted_workdays[{i}]",
                            f"调休上班日 {day} 不是周六或周日",
                            f"adjusted working day {day} is not a Saturday or Sunday",
                        )
                    )
            block_source = raw.get("source")
            if block_source is not None and not (isinstance(block_source, str) and block_source.strip()):
                problems.append((f"{here}.source", "来源应为非空字符串", "source must be a non-empty string"))
                block_source = None
            if name is not None:
                blocks.append(HolidayBlock(name, tuple(dates), tuple(workdays), block_source))

        locals_: list[LocalRestDay] = []
        for here, raw in tables("local_rest_days", _LOCAL_KEYS):
            rest_day = check_date(raw.get("date"), f"{here}.date")
            ok = rest_day is not None
            for key, zh in (("name", "名称"), ("basis", "依据")):
                value = raw.get(key)
                if not (isinstance(value, str) and value.strip()):
                    problems.append((f"{here}.{key}", f"缺少{zh}", f"missing {key}"))
                    ok = False
            if ok and rest_day is not None:
                locals_.append(LocalRestDay(rest_day, str(raw["name"]), str(raw["basis"])))

        if problems:
            raise LoadError(problems, source_name)
        return cls(int(year or 0), str(source), tuple(blocks), tuple(sorted(locals_, key=lambda r: r.date)))

    def to_mapping(self) -> dict[str, Any]:
        """The TOML structure as a mapping (dates as `datetime.date`); `from_mapping` reads it back."""
        data: dict[str, Any] = {"year": self.year, "source": self.source}
        blocks: list[dict[str, Any]] = []
        for block in self.holidays:
            entry: dict[str, Any] = {"name": block.name.zh}
            if festival_en(block.name) is not None:
                entry["name_en"] = block.name.en
            entry["dates"] = list(block.dates)
            if block.adjusted_workdays:
                entry["adjusted_workdays"] = list(block.adjusted_workdays)
            if block.source is not None:
                entry["source"] = block.source
            blocks.append(entry)
        if blocks:
            data["holidays"] = blocks
        if self.local_rest_days:
            data["local_rest_days"] = [
                {"date": r.date, "name": r.name, "basis": r.basis} for r in self.local_rest_days
            ]
        return data

    def dumps(self) -> str:
        """The supplement as TOML text."""
        return tomli_w.dumps(self.to_mapping())


def festival_en(name: HolidayName) -> str | None:
    """The English form to write out, or None when the official table already knows it."""
    try:
        known = festival(name.zh)
    except KeyError:
        return name.en
    return None if known.en == name.en else name.en
