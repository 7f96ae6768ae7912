"""Findings as a table: `to_rows` (plain dicts), `to_dataframe` (pandas, an optional extra), and the rows
``xingzheng check --format csv`` writes.

One row per finding, with the record's identity beside it, so a count by rule or a filter by severity
needs no loop over reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from xingzheng.errors import bilingual

if TYPE_CHECKING:
    import pandas

    from xingzheng.checks import Report, Severity

__all__ = ["COLUMNS", "to_csv", "to_dataframe", "to_rows"]

#: The columns of every row, in order.
COLUMNS: tuple[str, ...] = (
    "kind",
    "title",
    "number",
    "source",
    "line",
    "code",
    "rule",
    "severity",
    "path",
    "message",
    "message_en",
    "citation",
    "parameter",
    "due",
)

_RANK = {"info": 0, "warning": 1, "error": 2}
# The date a finding calls its due day, by label, first found wins.
_DUE_LABELS = ("due", "required_close", "latest")


def _reports(reports: Report | Iterable[Report]) -> Iterable[Report]:
    from xingzheng.checks import Report

    return (reports,) if isinstance(reports, Report) else reports


def _threshold(min_severity: Severity | str | None) -> int:
    if min_severity is None:
        return 0
    value = getattr(min_severity, "value", min_severity)
    if value not in _RANK:
        raise ValueError(
            bilingual(
                f"未知的严重程度：{value!r}（应为 error、warning 或 info）",
                f"unknown severity {value!r} (expected error, warning or info)",
            )
        )
    return _RANK[value]


def to_rows(reports: Report | Iterable[Report], min_severity: Severity | str | None = None) -> list[dict[str, Any]]:
    """One flat dict per finding of the reports, with the record's identity.

    Columns (`COLUMNS`): ``kind``, ``title`` (title or case number), ``number`` (document number),
    ``source`` and ``line`` (where the record came from, when the report says), ``code``, ``rule``,
    ``severity`` (``"error"``, ``"warning"``, ``"info"``), ``path``, ``message``, ``message_en``,
    ``citation``, ``parameter``, and ``due`` (the due day, a `datetime.date`, where the finding has one).

    Args:
        reports: a `Report` or any iterable of them (a report without findings gives no row).
        min_severity: leave out findings below it: ``"warning"`` drops the ``info`` notes (such as "no
            rule in force") that otherwise swamp a count by rule; ``"error"`` keeps errors only.

    Examples:
        >>> import datetime as dt
        >>> from xingzheng import load, check, to_rows
        >>> report = check(load("examples/dagang-2020/enforcement-case.json"),
        ...                profile="tianjin-binhai-dagang", as_of=dt.date(2021, 9, 30))
        >>> [(row["code"], row["due"]) for row in to_rows(report, min_severity="error")]
        [('E8.service-late', datetime.date(2021, 9, 8))]
    """
    floor = _threshold(min_severity)
    rows: list[dict[str, Any]] = []
    for report in _reports(reports):
        for f in report.findings:
            severity = f.severity.value
            if _RANK[severity] < floor:
                continue
            dates = {d.label: d.date for d in f.dates}
            due = next((dates[label] for label in _DUE_LABELS if label in dates), None)
            rows.append(
                {
                    "kind": report.kind,
                    "title": report.title,
                    "number": report.number,
                    "source": report.source,
                    "line": report.line,
                    "code": f.code,
                    "rule": f.rule,
                    "severity": severity,
                    "path": f.path,
                    "message": f.message,
                    "message_en": f.message_en,
                    "citation": f.citation,
                    "parameter": f.parameter,
                    "due": due,
                }
            )
    return rows


def to_dataframe(reports: Report | Iterable[Report], min_severity: Severity | str | None = None) -> pandas.DataFrame:
    """The rows of `to_rows` as a pandas DataFrame (pandas is the optional extra ``xingzheng[pandas]``).

    ``severity`` is an ordered categorical (``info`` < ``warning`` < ``error``), ``due`` a datetime
    column; the columns are `COLUMNS` even when there is no row.

    Raises:
        ImportError: pandas is not installed; the message names the extra to install.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            bilingual(
                "to_dataframe 需要 pandas：pip install 'xingzheng[pandas]'",
                "to_dataframe needs pandas: pip install 'xingzheng[pandas]'",
            ),
            name="pandas",
        ) from None
    frame = pd.DataFrame(to_rows(reports, min_severity), columns=list(COLUMNS))
    frame["severity"] = pd.Categorical(frame["severity"], categories=["info", "warning", "error"], ordered=True)
    frame["due"] = pd.to_datetime(frame["due"])
    frame["line"] = frame["line"].astype("Int64")
    return frame


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    """The rows as CSV text (header first, dates as ``YYYY-MM-DD``, None as an empty cell), without a BOM."""
    import csv  # only when asked: `csv` loads a C extension, and `io` is imported for every command
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if row[c] is None else (row[c].isoformat() if hasattr(row[c], "isoformat") else row[c]) for c in COLUMNS])
    return out.getvalue()
