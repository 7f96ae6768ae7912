"""已安装的通知 — holiday notices installed once, read by `default_calendar()` in every later program.

``xingzheng import-notice NOTICE [AMENDMENT …] --install`` (or `install_notices`) stores each year's
supplement as ``<data dir>/calendar/<year>.toml``; the data dir is ``$XINGZHENG_DATA_DIR`` when set,
else the platform's user data directory (platformdirs, imported on first use). A stored file holds
the supplement under ``[supplement]`` and what was installed under ``[installed]`` (the notices, their
signing date, whether ``--override`` was used, when). Writes are atomic (a temporary file in the same
directory, then `os.replace`): a program reading at the same moment sees the old store or the new one.

`default_calendar()` is the built-in data with the installed supplements applied in year order. A file
that does not parse is a `LoadError` naming its path whenever the calendar is built (never skipped).
When the package's data covers an installed year, the two are compared: agreement is silent, a
disagreement is an `InstalledNoticeWarning` naming the days, and the package data wins unless the
notice was installed with ``override``.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import tomli_w

from xingzheng.calendar._calendar import WorkdayCalendar, builtin_calendar
from xingzheng.calendar.supplement import HolidayBlock, Supplement
from xingzheng.errors import LoadError, SupplementConflictError, bilingual

__all__ = [
    "InstalledNoticeWarning",
    "InstalledSupplement",
    "data_dir",
    "default_calendar",
    "install_notices",
    "installed_supplements",
    "uninstall",
]

_ENV = "XINGZHENG_DATA_DIR"
_APP = "xingzheng"
_INSTALLED_KEYS = frozenset({"notices", "signed_on", "override", "installed_at"})


class InstalledNoticeWarning(UserWarning):
    """An installed notice disagrees with the package's data for a year both cover (the data wins
    unless the notice was installed with ``override``)."""


@attrs.frozen
class InstalledSupplement:
    """已安装的补充 — one year's arrangement stored in the user's data directory.

    Attributes:
        year: the year it arranges.
        path: the stored file.
        notices: the notices it was read from (document number or title), in order.
        signed_on: the date the (last) notice was signed, when the text gives it.
        override: whether it was installed with ``override`` (it then wins over the package's data).
        installed_at: when it was installed (UTC).
        supplement: the arrangement itself.
    """

    year: int
    path: Path
    notices: tuple[str, ...]
    signed_on: dt.date | None
    override: bool
    installed_at: dt.datetime
    supplement: Supplement


@cache
def _platform_dir() -> str:
    import platformdirs

    return platformdirs.user_data_dir(_APP, appauthor=False)


def data_dir() -> Path:
    """Where installed notices live: ``$XINGZHENG_DATA_DIR``, else the platform's user data directory."""
    return Path(_store_path(os.environ.get(_ENV))).parent


def _store() -> Path:
    return Path(_store_path(os.environ.get(_ENV)))


def _year_of(path: Path) -> int | None:
    return int(path.stem) if path.suffix == ".toml" and path.stem.isdigit() and len(path.stem) == 4 else None


def _read(path: Path) -> InstalledSupplement:
    """Read one stored file; every problem is a `LoadError` naming the path."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise LoadError([("$", f"无法读取已安装的通知：{exc}", f"cannot read the installed notice: {exc}")], str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise LoadError([("$", f"不是有效的 TOML：{exc}", f"not valid TOML: {exc}")], str(path)) from None
    problems: list[tuple[str, str, str]] = []
    meta, raw = data.get("installed"), data.get("supplement")
    for key in data:
        if key not in ("installed", "supplement"):
            problems.append((f"$.{key}", "未知的键", "unknown key"))
    if not isinstance(meta, dict):
        problems.append(("$.installed", "缺少安装信息表", "missing the [installed] table"))
        meta = {}
    if not isinstance(raw, dict):
        problems.append(("$.supplement", "缺少补充表", "missing the [supplement] table"))
        raw = {}
    for key in meta:
        if key not in _INSTALLED_KEYS:
            problems.append((f"$.installed.{key}", "未知的键", "unknown key"))
    notices = meta.get("notices")
    if not (isinstance(notices, list) and notices and all(isinstance(n, str) and n for n in notices)):
        problems.append(("$.installed.notices", "应为通知名称的列表", "must be a list of notice names"))
        notices = []
    signed_on = meta.get("signed_on")
    if signed_on is not None and (not isinstance(signed_on, dt.date) or isinstance(signed_on, dt.datetime)):
        problems.append(("$.installed.signed_on", "不是日期", "not a date"))
        signed_on = None
    override = meta.get("override")
    if not isinstance(override, bool):
        problems.append(("$.installed.override", "应为 true 或 false", "must be true or false"))
        override = False
    installed_at = meta.get("installed_at")
    if not isinstance(installed_at, dt.datetime):
        problems.append(("$.installed.installed_at", "不是日期时间", "not a date-time"))
        installed_at = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    supplement: Supplement | None = None
    if raw:
        try:
            supplement = Supplement.from_mapping(raw)
        except LoadError as exc:
            problems.extend((f"$.supplement{p.path[1:]}", p.message, p.message_en) for p in exc.details)
    if supplement is not None and _year_of(path) not in (None, supplement.year):
        problems.append(("$.supplement.year", f"与文件名 {path.name} 不符", f"does not match the file name {path.name}"))
    if problems or supplement is None:
        raise LoadError(problems or [("$.supplement", "缺少补充", "missing the supplement")], str(path))
    return InstalledSupplement(
        supplement.year, path, tuple(notices), signed_on, override, installed_at, supplement
    )


def _store_files(store: Path) -> list[Path]:
    if not store.is_dir():
        return []
    return sorted(p for p in store.iterdir() if _year_of(p) is not None)


def installed_supplements() -> list[InstalledSupplement]:
    """Every installed year's arrangement, by year.

    Raises:
        LoadError: a stored file does not parse (its path is named).
    """
    return [_read(path) for path in _store_files(_store())]


def uninstall(year: int) -> Path:
    """Remove the installed arrangement of ``year`` (the file need not parse); returns the removed path.

    Raises:
        FileNotFoundError: nothing is installed for ``year``.
    """
    path = _store() / f"{year:04d}.toml"
    try:
        path.unlink()
    except FileNotFoundError:
        raise FileNotFoundError(
            bilingual(f"没有已安装的 {year} 年通知（{path}）", f"no notice is installed for {year} ({path})")
        ) from None
    _with_installed.cache_clear()  # the directory's mtime may not have ticked since the last read
    return path


def _write_atomically(path: Path, text: str) -> None:
    import tempfile  # on first install only: keeps `import xingzheng` light

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- the days a supplement sets


def _day_status(supplement: Supplement) -> dict[dt.date, bool]:
    """Working status of every day a supplement sets (True: an adjusted working day)."""
    days = {day: False for block in supplement.holidays for day in block.dates}
    days.update({day: True for block in supplement.holidays for day in block.adjusted_workdays})
    return days


def _amended(base: Supplement, change: Supplement) -> Supplement:
    """``base`` with the days ``change`` sets taken from ``change`` (an amending notice wins)."""
    changed = set(_day_status(change))
    blocks: list[HolidayBlock] = []
    for block in base.holidays:
        dates = tuple(d for d in block.dates if d not in changed)
        workdays = tuple(d for d in block.adjusted_workdays if d not in changed)
        if dates:
            source = block.source or base.source
            blocks.append(HolidayBlock(block.name, dates, workdays, None if source == change.source else source))
    blocks.extend(change.holidays)
    return Supplement(change.year, change.source, tuple(blocks), base.local_rest_days)


def _contradictions(old: Supplement, new: Supplement) -> list[tuple[dt.date, str, str]]:
    before, after = _day_status(old), _day_status(new)
    out = []
    for day in sorted(set(before) | set(after)):
        was = before.get(day, day.weekday() < 5)
        now = after.get(day, day.weekday() < 5)
        if was != now:
            out.append((day, "workday" if was else "rest day", "workday" if now else "rest day"))
    return out


# --------------------------------------------------------------------------- installing


def install_notices(texts: Sequence[str], *, override: bool = False) -> list[InstalledSupplement]:
    """Parse holiday notices (annual notices, then amendments in order) and install each year's arrangement.

    An annual notice replaces what is installed for its year; it may not contradict it, nor the
    package's data, unless ``override``. Amending notices alone amend what is installed (or the
    package's data) for their year.

    Raises:
        NoticeParseError: a notice is not understood or a check fails.
        SupplementConflictError: the arrangement contradicts what is installed or built in, and
            ``override`` is false; or it would leave a gap after the calendar's coverage.
        LoadError: an installed file does not parse.
    """
    from xingzheng.calendar.notice import merge_notices

    current = default_calendar()
    installed = {item.year: item for item in installed_supplements()}
    results = []
    for arrangement in merge_notices(texts, current):
        new = Supplement.from_mapping(arrangement.to_supplement())
        old = installed.get(new.year)
        if old is not None:
            if arrangement.festivals_announced:  # an annual notice: it replaces the installed year
                conflicts = _contradictions(old.supplement, new)
                if conflicts and not override:
                    lines = "; ".join(f"{day}: {a} → {b}" for day, a, b in conflicts)
                    raise SupplementConflictError(
                        bilingual(
                            f"通知（{new.source}）与已安装的 {new.year} 年安排（{old.path}）冲突：{lines}；"
                            "确认无误后可用 override",
                            f"the notice ({new.source}) contradicts the installed {new.year} arrangement "
                            f"({old.path}): {lines}; if it is right, use override",
                        ),
                        conflicts,
                    )
            else:
                new = _amended(old.supplement, new)
        # Against the package's data (and the years installed before it): refused unless `override`.
        base = builtin_calendar(False)
        for year in sorted(installed):
            if year < new.year:
                base = _apply(base, installed[year], warn=False)
        base.with_supplement(new, override=override)
        notices = (*old.notices, arrangement.source) if old is not None and not arrangement.festivals_announced else (
            arrangement.source,
        )
        record = InstalledSupplement(
            new.year,
            _store() / f"{new.year:04d}.toml",
            tuple(notices),
            arrangement.signed_on,
            override or (old is not None and old.override and not arrangement.festivals_announced),
            dt.datetime.now(dt.UTC).replace(microsecond=0),
            new,
        )
        _write_atomically(record.path, _dumps(record))
        _with_installed.cache_clear()  # the directory's mtime may not have ticked since the last read
        installed[new.year] = record
        results.append(record)
    return results


def _dumps(record: InstalledSupplement) -> str:
    meta: dict[str, Any] = {"notices": list(record.notices)}
    if record.signed_on is not None:
        meta["signed_on"] = record.signed_on
    meta["override"] = record.override
    meta["installed_at"] = record.installed_at
    header = (
        f"# xingzheng: the {record.year} holiday arrangement installed by `xingzheng import-notice --install`.\n"
        f"# Remove it with `xingzheng calendar --uninstall {record.year}`.\n"
    )
    return header + tomli_w.dumps({"installed": meta, "supplement": record.supplement.to_mapping()})


# --------------------------------------------------------------------------- the default calendar


def _differences(cal: WorkdayCalendar, supplement: Supplement) -> list[tuple[dt.date, bool, bool]]:
    """Days the supplement sets whose working status differs from ``cal`` (day, data, supplement)."""
    return [
        (day, cal.is_workday(day), working)
        for day, working in sorted(_day_status(supplement).items())
        if cal.covers(day) and cal.is_workday(day) != working
    ]


def _apply(cal: WorkdayCalendar, item: InstalledSupplement, *, warn: bool) -> WorkdayCalendar:
    sup = attrs.evolve(item.supplement, source=f"{item.supplement.source}（已安装 / installed）")
    if cal.covers(dt.date(item.year, 12, 31)):  # the package's data covers the year: compare
        diffs = _differences(cal, item.supplement)
        if not diffs:
            return cal
        if warn:
            days = "、".join(f"{d}（数据 {'上班' if a else '休息'}，通知 {'上班' if b else '休息'}）" for d, a, b in diffs)
            days_en = ", ".join(
                f"{d} (data {'workday' if a else 'rest day'}, notice {'workday' if b else 'rest day'})" for d, a, b in diffs
            )
            winner_zh = "以已安装的通知为准（安装时使用了 override）" if item.override else "以内置数据为准"
            winner_en = "the installed notice wins (installed with override)" if item.override else "the package data wins"
            warnings.warn(
                bilingual(
                    f"已安装的 {item.year} 年通知（{item.path}）与内置数据（{cal.source}）不一致：{days}；{winner_zh}",
                    f"the installed {item.year} notice ({item.path}) disagrees with the package data "
                    f"({cal.source}) on {days_en}; {winner_en}",
                ),
                InstalledNoticeWarning,
                stacklevel=4,
            )
        if not item.override:
            return cal
    return cal.with_supplement(sup, override=item.override)


@cache
def _store_path(configured: str | None) -> str:
    """The store for a value of ``$XINGZHENG_DATA_DIR`` (platformdirs is asked once, when it is unset)."""
    return str((Path(configured) if configured else Path(_platform_dir())) / "calendar")


@cache
def _with_installed(assume_regular_weeks: bool, store: str, state: int | None) -> WorkdayCalendar:
    """The built-in calendar with the store's notices, for one state of the store (its mtime)."""
    cal = builtin_calendar(assume_regular_weeks)
    if state is None:
        return cal
    for item in (_read(path) for path in _store_files(Path(store))):
        cal = _apply(cal, item, warn=True)
    return cal


def default_calendar(*, assume_regular_weeks: bool = False) -> WorkdayCalendar:
    """The built-in calendar (chinese-calendar's data) with the installed notices applied (built once).

    Args:
        assume_regular_weeks: past coverage, answer with weekends and the statutory holidays of
            全国年节及纪念日放假办法 Art. 2 as rest days instead of raising `CalendarCoverageError`;
            deadlines computed that way are marked provisional.

    Raises:
        LoadError: an installed notice's file does not parse (its path is named).
    """
    # A few microseconds a call: the store's path is cached by the variable's value, and one `stat` tells
    # whether the store changed (an install or uninstall renames or removes a file, which changes it).
    store = _store_path(os.environ.get(_ENV))
    try:
        state: int | None = os.stat(store).st_mtime_ns
    except OSError:
        state = None
    return _with_installed(bool(assume_regular_weeks), store, state)

