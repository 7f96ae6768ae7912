"""Helpers shared by the checkers of documents, decisions and reviews.

A `Judge` collects findings for one record: it asks the profile for a number or a rule (turning a missing
one into an ``<ID>.no-rule`` info finding), counts with the calendar (turning `CalendarCoverageError` into
a ``CAL.coverage`` warning), and compares with the parent profile (a laxer child is a warning citing the
parent).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

from xingzheng.calendar import Deadline, Period, WorkdayCalendar, deadline, latest_notice_day
from xingzheng.calendar.periods import _due
from xingzheng.checks._report import DateFact, Finding, Report, Severity, Upcoming
from xingzheng.errors import CalendarCoverageError
from xingzheng.rules import Bound, FindingSpec, Profile, ResolvedValue, RuleValue
from xingzheng.rules._model import Citation

__all__ = ["Judge", "UnlistedFindingError", "cite", "count_label", "first_known", "upcoming"]

T = TypeVar("T")

# The line of each citations tuple already written, by the tuple's id; the entry holds the tuple itself,
# so an id cannot be reused while its entry lives. Citations belong to profiles (a handful of tuples),
# and the text is a pure function of the frozen citations.
_CITED: dict[int, tuple[tuple[Citation, ...], str]] = {}
_CITED_MAX = 4096


def cite(value: ResolvedValue | RuleValue) -> str:
    """The citations of a parameter value or rule state as one line."""
    citations = value.citations
    hit = _CITED.get(id(citations))
    if hit is not None and hit[0] is citations:
        return hit[1]
    text = "; ".join(citation.text() for citation in citations)
    if len(_CITED) >= _CITED_MAX:
        _CITED.clear()
    _CITED[id(citations)] = (citations, text)
    return text


class Judge:
    """Collects the findings about one record under one profile and calendar."""

    def __init__(self, profile: Profile, calendar: WorkdayCalendar, as_of: dt.date | None) -> None:
        self.profile = profile
        self.calendar = calendar
        self.as_of = as_of
        self.findings: list[Finding] = []
        self._noted: set[str] = set()
        # The profile's memos of `rule_in_force` and `find` tables, read directly by `rule` and `param`.
        self._in_force = profile._memo.in_force
        self._values = profile._memo.values

    # --- output ------------------------------------------------------------------------------------

    def add(
        self,
        code: str,
        severity: Severity,
        zh: str,
        en: str,
        citation: str,
        path: str = "$",
        parameter: str | None = None,
        dates: tuple[DateFact, ...] = (),
    ) -> None:
        """Add one finding."""
        self.findings.append(Finding(code, severity, zh, en, citation, path, parameter, dates))

    def emit(
        self,
        code: str,
        on: dt.date,
        zh: str,
        en: str,
        citation: str,
        path: str = "$",
        parameter: str | None = None,
        dates: tuple[DateFact, ...] = (),
    ) -> None:
        """Add one finding whose severity comes from the profile's data (`Profile.finding_spec`).

        ``on`` is the date the rule is judged on (the one ``rule``/``param`` were asked about). A code that
        no profile of the chain lists is a bug of the checks, not of the record.

        Raises:
            UnlistedFindingError: no profile of the chain (nor the built-in ``national``) lists ``code``.
        """
        spec = self.profile.finding_spec(code, on)
        if spec is None:
            spec = _fallback_spec(code, on)
        self.findings.append(Finding(code, _SEVERITY[spec.severity], zh, en, citation, path, parameter, dates))

    def report(self, kind: str, title: str) -> Report:
        """The report of everything found."""
        # By position: a class call with keywords first builds a dict of them.
        return Report(kind, title, self.profile.name, self.as_of, tuple(self.findings))

    def _info_once(self, code: str, zh: str, en: str, path: str) -> None:
        if code in self._noted:
            return
        self._noted.add(code)
        self.add(code, Severity.INFO, zh, en, "", path)

    # --- the profile -------------------------------------------------------------------------------

    def param(self, key: str, rule: str, on: dt.date, path: str = "$") -> ResolvedValue | None:
        """The value of ``key`` on ``on``, or None after an ``<rule>.no-rule`` info finding."""
        # `profile.find(key, on)` (`get`, None where it raises), its memoised table read here when known.
        table = self._values.get(key)
        value = table[1][bisect_right(table[0], on)] if table is not None else self.profile.find(key, on)
        if value is None and f"{rule}.no-rule" not in self._noted:
            self._info_once(
                f"{rule}.no-rule",
                f"规则配置 {self.profile.name} 在 {on.isoformat()} 没有生效的 {key}，{rule} 未检查",
                f"profile {self.profile.name} has no {key} in force on {on.isoformat()}: {rule} not checked",
                path,
            )
        return value

    def rule(self, rule: str, on: dt.date, path: str = "$") -> RuleValue | None:
        """The rule's state on ``on`` when in force, or None after an ``<rule>.no-rule`` info finding."""
        # `profile.rule_in_force(rule, on)` (None where `rule` raises or the state is not in force), its
        # memoised table read here: a check asks this about seven times per record.
        tables = self._in_force
        table = tables[rule] if rule in tables else self.profile._in_force_of(rule)
        if table is not None:
            value = table[1][bisect_right(table[0], on)]
        else:
            value = self.profile.rule_in_force(rule, on)
        if value is None:
            if f"{rule}.no-rule" in self._noted:
                return None
            self._info_once(
                f"{rule}.no-rule",
                f"规则配置 {self.profile.name} 在 {on.isoformat()} 未执行规则 {rule}，未检查",
                f"profile {self.profile.name} does not enforce {rule} on {on.isoformat()}: not checked",
                path,
            )
            return None
        return value

    def parent_value(self, value: ResolvedValue, on: dt.date) -> ResolvedValue | None:
        """The value of the same key in the nearest ancestor other than the one that supplied ``value``."""
        ancestor: Profile | None = self.profile  # `profile.ancestry()` walked without its generator
        while ancestor is not None:
            if ancestor.name == value.profile:
                parent = ancestor.parent
                if parent is None:
                    return None
                return parent.find(value.key, on)  # `get`, None where it raises
            ancestor = ancestor.parent
        return None

    def laxer_parent(self, value: ResolvedValue, on: dt.date) -> ResolvedValue | None:
        """The parent's value when the profile's own is laxer than it (a lower floor, a higher ceiling)."""
        parent = self.parent_value(value, on)
        if parent is None or parent.unit is not value.unit:
            return None
        if value.parameter.bound is Bound.FLOOR and value.value < parent.value:
            return parent
        if value.parameter.bound is Bound.CEILING and value.value > parent.value:
            return parent
        return None

    # --- the calendar ------------------------------------------------------------------------------

    def counted(self, fn: Callable[[], T], path: str = "$") -> T | None:
        """Run a calendar computation; past coverage, a ``CAL.coverage`` warning and None."""
        try:
            return fn()
        except CalendarCoverageError as exc:
            self._uncovered(exc, path)
            return None

    def _uncovered(self, exc: CalendarCoverageError, path: str) -> None:
        code = f"CAL.coverage.{exc.year}"
        if code not in self._noted:
            self._noted.add(code)
            self.add(
                "CAL.coverage",
                Severity.WARNING,
                f"日历数据不含 {exc.year} 年，相关规则未检查；请以 Supplement 或节假日通知补充该年的安排",
                f"the calendar does not cover {exc.year}: the rules that need it were not checked; add the "
                f"year's arrangement with a Supplement or a holiday notice",
                "",
                path,
                dates=(DateFact("uncovered_year_start", dt.date(exc.year, 1, 1)),),
            )

    def deadline(self, start: dt.date, period: Period, path: str = "$") -> Deadline | None:
        """`deadline` with coverage errors turned into a finding."""
        return self.counted(lambda: deadline(start, period, self.calendar), path)

    def due(self, start: dt.date, value: ResolvedValue, path: str = "$") -> dt.date | None:
        """``deadline(start, value.period()).due`` with coverage errors turned into a finding.

        The same computation as `deadline` (its private `_due`), without building the `Deadline`.
        """
        hit = _PERIODS.get(id(value))  # `_period(value)`, its cache read here first
        period = hit[1] if hit is not None and hit[0] is value else _period(value)
        try:
            if type(start) is dt.date:
                return _due(start, period.unit, period.amount, self.calendar)[0]
            return deadline(start, period, self.calendar).due  # a datetime or a wrong type: as `deadline` does
        except CalendarCoverageError as exc:
            self._uncovered(exc, path)
            return None

    def workdays(self, start: dt.date, end: dt.date, path: str = "$") -> int | None:
        """Working days in (start, end], or None past coverage."""
        try:
            return self.calendar.workdays_between(start, end)
        except CalendarCoverageError as exc:
            self._uncovered(exc, path)
            return None

    def latest_notice(self, x: dt.date, period: Period, path: str = "$") -> dt.date | None:
        """`latest_notice_day` with coverage errors turned into a finding."""
        return self.counted(lambda: latest_notice_day(x, period, self.calendar), path)

    def period(self, value: ResolvedValue) -> Period:
        """The value as a period."""
        return value.period()


_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


class UnlistedFindingError(LookupError):
    """A check emitted a finding code that no rule entry lists: a bug of xingzheng, never of a record."""


def _fallback_spec(code: str, on: dt.date) -> FindingSpec:
    """The spec of ``code`` in the built-in profiles, ``national`` first.

    A user's profile that enforces a rule without listing its codes (a root profile, or a child of
    ``national`` adopting a seed rule such as E11) takes the built-in data for them, on ``on`` or, failing
    that, on any date; `check` never raises for a valid record under a profile that loaded.
    """
    from xingzheng.rules import builtin_profile_names, load_profile

    profiles = [load_profile(name) for name in builtin_profile_names()]
    for profile in profiles:
        spec = profile.finding_spec(code, on)
        if spec is not None:
            return spec
    for profile in profiles:
        for _name, _entry, _state, spec in profile.finding_catalogue():
            if spec.code == code:
                return spec
    raise UnlistedFindingError(
        f"finding code {code!r} is listed by no rule entry of the profile or of the built-in profiles: every "
        "code check() emits must be listed in the profiles' data"
    )


# The period of each value already converted, by the value's id (the entry holds the value, see `_CITED`):
# a profile hands out the same `ResolvedValue` for every date of one dated value.
_PERIODS: dict[int, tuple[ResolvedValue, Period]] = {}


def _period(value: ResolvedValue) -> Period:
    """``value.period()``, once per value (it raises `InvariantError` for a value that is no period)."""
    hit = _PERIODS.get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    period = value.period()
    if len(_PERIODS) >= _CITED_MAX:
        _PERIODS.clear()
    _PERIODS[id(value)] = (value, period)
    return period


def count_label(value: ResolvedValue) -> tuple[str, str]:
    """``"7个工作日"`` and ``"7 working days"`` for a value."""
    unit_en = value.unit.value.replace("_", " ")
    return f"{value.value}{value.unit.label_zh}", f"{value.value} {unit_en}"


def first_known(*days: dt.date | None) -> dt.date | None:
    """The first of ``days`` that is known (not None), or None."""
    for day in days:
        if day is not None:
            return day
    return None


def upcoming(
    j: Judge, key: str, rule: str, start: dt.date, what: str, what_en: str, path: str = "$"
) -> Upcoming | None:
    """The deadline of the period ``key`` from ``start`` as an `Upcoming`, or None when it cannot be known.

    ``what`` and ``what_en`` are formats of ``{due}``, the due day; the item is overdue when ``j.as_of`` is
    past it. Past the calendar's coverage the deadline counts Monday–Friday weeks and is provisional.
    """
    value = j.param(key, rule, start, path)
    if value is None:
        return None
    period = value.period()
    due = j.deadline(start, period, path)
    if due is None:
        # Past the calendar's coverage: count Monday–Friday weeks and mark the deadline provisional
        # (DECISIONS.md, "The four procedures"), as the enforcement deadlines do.
        try:
            due = deadline(start, period, j.calendar.with_options(assume_regular_weeks=True))
        except CalendarCoverageError:
            return None  # before the data's first year, or past 9999: no reading can answer
    day = due.due.isoformat()
    return Upcoming(
        what.format(due=day),
        what_en.format(due=day),
        rule,
        cite(value),
        due,
        value.key,
        j.as_of is not None and j.as_of > due.due,
    )
