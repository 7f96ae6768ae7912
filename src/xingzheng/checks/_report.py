"""检查结果 — findings, reports and what is due next: the output of `check` and `upcoming`."""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar

import attrs

from xingzheng.calendar import Deadline

__all__ = ["DateFact", "Finding", "Report", "Severity", "Upcoming"]


class Severity(enum.Enum):
    """严重程度 — how serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class DateFact:
    """相关日期 — a date a finding rests on (e.g. the required close date vs the actual one).

    Attributes:
        label: what the date is, in English snake case (``required_close``, ``actual_close``).
        date: the date.
    """

    label: str
    date: dt.date


def _facts(value: tuple[DateFact, ...] | list[DateFact]) -> tuple[DateFact, ...]:
    return tuple(value)


@attrs.frozen
class Finding:
    """检查发现 — one thing a record does wrong (or that could not be judged), with its rule and citation.

    Attributes:
        code: the rule ID, a dot, a short kebab-case name (``N3.comment-period-too-short``).
        severity: error, warning or info.
        message: the finding in Chinese.
        message_en: the finding in English.
        citation: the parameter's or the article's citation, as text.
        path: the field the finding is about, as a JSON path (``$.public_comment.closes_on``).
        parameter: the profile key of the number applied, when the rule has a number.
        dates: the dates involved.
    """

    code: str
    severity: Severity
    message: str
    message_en: str
    citation: str
    path: str = "$"
    parameter: str | None = None
    dates: tuple[DateFact, ...] = attrs.field(default=(), converter=_facts)

    @property
    def rule(self) -> str:
        """The rule ID the code starts with (``N3``, ``CAL``)."""
        return self.code.split(".", 1)[0]


def _findings(value: tuple[Finding, ...] | list[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


@attrs.frozen
class Report:
    """检查报告 — every finding about one record.

    Attributes:
        kind: the record's kind (``normative_document``, ``major_decision``, …).
        title: a short label of the record (title or case number).
        profile: the name of the rule profile applied.
        as_of: the date open clocks were judged at, or None (then only what the record shows is judged).
        findings: the findings, in rule order.
        number: the record's document number (发文字号), when it has one.
        source: where the record came from (a file), when the caller says so.
        line: the line of ``source`` the record was read from (JSON Lines), when there is one.
    """

    kind: str
    title: str
    profile: str
    as_of: dt.date | None
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    number: str | None = None
    source: str | None = None
    line: int | None = None

    # Written beside the fields by `to_dict` / `dumps` (read-only: `loads` ignores it).
    _json_computed: ClassVar[tuple[str, ...]] = ("ok",)

    @property
    def ok(self) -> bool:
        """True when there is no error finding (warnings and info allowed)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def codes(self) -> tuple[str, ...]:
        """The codes of all findings, in order."""
        return tuple(f.code for f in self.findings)

    def errors(self) -> tuple[Finding, ...]:
        """The error findings."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    def located(self, source: str | None, line: int | None = None) -> Report:
        """The same report, saying where its record came from (a file, and a line of JSON Lines)."""
        return attrs.evolve(self, source=source, line=line)

    def _repr_html_(self) -> str:
        from xingzheng._html import report_html

        return report_html(self)


@attrs.frozen
class Upcoming:
    """待办期限 — something due next and by when.

    Attributes:
        what: what is due, in Chinese.
        what_en: what is due, in English.
        rule: the rule ID.
        citation: the parameter's or article's citation.
        deadline: the deadline (``deadline.due`` is the last day; ``provisional`` when it may move).
        parameter: the profile key of the period applied.
        overdue: whether ``as_of`` is already past the due day.
    """

    what: str
    what_en: str
    rule: str
    citation: str
    deadline: Deadline
    parameter: str | None = None
    overdue: bool = False
