"""The enforcement checks' judge: asks the profile and the calendar, turning their refusals into findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dateutil.relativedelta import relativedelta

from xingzheng.calendar import Deadline, Period, PeriodUnit, WorkdayCalendar, deadline, latest_notice_day
from xingzheng.checks._common import _SEVERITY, _fallback_spec, _period
from xingzheng.checks._report import DateFact, Finding, Severity
from xingzheng.errors import CalendarCoverageError, InvariantError, NoRuleInForceError, NoSuchParameterError
from xingzheng.rules import ResolvedValue, RuleValue

_ONE_DAY = dt.timedelta(days=1)


def _cite(citations: Iterable[Any]) -> str:
    # A rule's citations are a tuple of frozen `Citation`s, asked for by every check of every record:
    # their text is kept, keyed by the tuple itself (equal citations, the same text).
    if type(citations) is tuple:
        try:
            return _CITED[citations]
        except KeyError:
            pass
        except TypeError:  # not hashable
            return "; ".join(c.text() for c in citations)
        text = "; ".join(c.text() for c in citations)
        if len(_CITED) >= 4096:
            _CITED.clear()
        _CITED[citations] = text
        return text
    return "; ".join(c.text() for c in citations)


_CITED: dict[tuple[Any, ...], str] = {}


class _Judge:
    """Collects findings; asks the profile and the calendar, turning their refusals into findings."""

    def __init__(self, profile: Any, calendar: WorkdayCalendar) -> None:
        self.profile = profile
        self.calendar = calendar
        self.findings: list[Finding] = []
        self._said: set[str] = set()

    def add(
        self,
        code: str,
        severity: Severity,
        zh: str,
        en: str,
        citation: str,
        path: str = "$",
        parameter: str | None = None,
        dates: Iterable[tuple[str, dt.date]] = (),
    ) -> None:
        self.findings.append(
            Finding(
                code=code,
                severity=severity,
                message=zh,
                message_en=en,
                citation=citation,
                path=path,
                parameter=parameter,
                dates=tuple(DateFact(label, day) for label, day in dates),
            )
        )

    def emit(
        self,
        code: str,
        on: dt.date,
        zh: str,
        en: str,
        citation: str,
        path: str = "$",
        parameter: str | None = None,
        dates: Iterable[tuple[str, dt.date]] = (),
    ) -> None:
        """Add one finding whose severity comes from the profile's data (`Profile.finding_spec`).

        ``on`` is the date the rule was judged on. A code no profile of the chain lists (nor ``national``)
        raises `UnlistedFindingError`: a bug of the checks, never of the record.
        """
        spec = self.profile.finding_spec(code, on)
        if spec is None:
            spec = _fallback_spec(code, on)
        self.add(code, _SEVERITY[spec.severity], zh, en, citation, path, parameter, dates)

    def _once(self, key: str) -> bool:
        if key in self._said:
            return False
        self._said.add(key)
        return True

    def value(self, rule: str, key: str, on: dt.date) -> ResolvedValue | None:
        """The parameter in force on ``on``, or None after an info finding ``<rule>.no-rule``."""
        try:
            resolved: ResolvedValue = self.profile.get(key, on=on)
        except (NoSuchParameterError, NoRuleInForceError):
            if self._once(f"{rule}:{key}:{on}"):
                self.add(
                    f"{rule}.no-rule",
                    Severity.INFO,
                    f"规则配置 {self.profile.name} 在 {on.isoformat()} 没有生效的 {key}，不检查此项",
                    f"profile {self.profile.name} has no {key} in force on {on.isoformat()}; not judged",
                    "",
                    parameter=key,
                    dates=(("on", on),),
                )
            return None
        return resolved

    def rule(self, rule: str, on: dt.date) -> RuleValue | None:
        """The rule's state on ``on`` if in force, else None after an info finding ``<rule>.no-rule``."""
        try:
            value: RuleValue = self.profile.rule(rule, on)
        except (NoSuchParameterError, NoRuleInForceError):
            value = None  # type: ignore[assignment]
        if value is not None and value.in_force:
            return value
        if self._once(f"{rule}:rule:{on}"):
            self.add(
                f"{rule}.no-rule",
                Severity.INFO,
                f"规则 {rule} 在 {on.isoformat()} 未生效（规则配置 {self.profile.name}），不检查",
                f"rule {rule} is not in force on {on.isoformat()} (profile {self.profile.name}); not judged",
                _cite(value.citations) if value is not None else "",
                dates=(("on", on),),
            )
        return None

    def due(self, start: dt.date, resolved: ResolvedValue) -> Deadline | None:
        """The deadline of the parameter's period from ``start``, or None after a ``CAL.coverage`` warning."""
        try:
            return deadline(start, _period(resolved), self.calendar)
        except CalendarCoverageError as exc:
            self.coverage(exc.year, resolved.parameter.rule)
        except InvariantError:
            return None
        return None

    def due_if_after(self, start: dt.date, resolved: ResolvedValue, day: dt.date) -> Deadline | None:
        """The deadline from ``start`` when ``day`` may fall after it, else None without asking the calendar.

        For a period in days, months or years, 民法典 Art. 203 only ever moves the last day later, so a
        ``day`` on or before the unrolled last day is in time whatever the calendar says: no ``CAL.coverage``
        warning is raised for a year the answer does not need (a limitation counted into an uncovered year).
        """
        last = _unrolled_last(start, _period(resolved))
        if last is not None and day <= last:
            return None
        return self.due(start, resolved)

    def notice_day(self, x: dt.date, resolved: ResolvedValue) -> dt.date | None:
        """The latest day to notify ``resolved`` before ``x``, or None after a ``CAL.coverage`` warning."""
        try:
            return latest_notice_day(x, _period(resolved), self.calendar)
        except CalendarCoverageError as exc:
            self.coverage(exc.year, resolved.parameter.rule)
        except InvariantError:
            return None
        return None

    def coverage(self, year: int, rule: str) -> None:
        if self._once(f"CAL:{year}:{rule}"):
            self.add(
                "CAL.coverage",
                Severity.WARNING,
                f"工作日历不包含 {year} 年，规则 {rule} 无法判断；请加载 {year} 年的放假安排（补充数据或通知）",
                f"the working-day calendar does not cover {year}, so rule {rule} cannot be judged; load the "
                f"{year} arrangement (a supplement or the State Council notice)",
                "",
            )


def _unrolled_last(start: dt.date, period: Period) -> dt.date | None:
    """The last day of a calendar period before Art. 203's roll (民法典 Art. 201–202); None for working days."""
    n = period.amount
    if period.unit is PeriodUnit.DAYS:
        return start + dt.timedelta(days=n)
    if period.unit is PeriodUnit.MONTHS:
        return start + relativedelta(months=n)
    if period.unit is PeriodUnit.YEARS:
        return start + relativedelta(years=n)
    return None


def _law(resolved: ResolvedValue) -> str:
    return _cite(resolved.citations)


def _rule_cite(j: _Judge, rule: str, on: dt.date) -> str:
    try:
        return _cite(j.profile.rule(rule, on).citations)
    except (NoSuchParameterError, NoRuleInForceError):
        return rule
