"""How a `Report` and a `Deadline` show in Jupyter (``_repr_html_``): small tables, severities told apart.

Plain HTML with inline styles (a notebook strips ``<style>`` blocks on some viewers); every text is
escaped. Severities carry their word as well as a colour, so the table reads without colour too.
"""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["deadline_html", "report_html"]

_SEVERITY_STYLE = {
    "error": ("错误 error", "#b00020", "#fde7ea"),
    "warning": ("警告 warning", "#8a5300", "#fff4d6"),
    "info": ("提示 info", "#35556b", "#eaf2f8"),
}
_CELL = "padding:2px 8px;text-align:left;vertical-align:top;border-bottom:1px solid #ddd"


def _badge(severity: str) -> str:
    label, colour, background = _SEVERITY_STYLE.get(severity, (severity, "#333", "#eee"))
    return (
        f'<span class="xz-{escape(severity)}" style="color:{colour};background:{background};'
        f'padding:0 6px;border-radius:3px;font-weight:600;white-space:nowrap">{escape(label)}</span>'
    )


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f'<{tag} style="{_CELL}">{cell}</{tag}>' for cell in cells) + "</tr>"


def report_html(report: Any) -> str:
    """A report as an HTML table: a head line (record, profile, as of, pass or fail), one row per finding."""
    status = "✓ 通过 pass" if report.ok else "✗ 未通过 fail"
    as_of = f"，截至 / as of {report.as_of.isoformat()}" if report.as_of else ""
    where = f" — {escape(report.source)}" + (f":{report.line}" if report.line else "") if report.source else ""
    head = (
        f"<p><strong>{escape(status)}</strong> {escape(report.kind)}《{escape(report.title)}》"
        f"{' ' + escape(report.number) if report.number else ''} · profile <code>{escape(report.profile)}</code>"
        f"{escape(as_of)}{where}</p>"
    )
    if not report.findings:
        return f'<div class="xingzheng-report">{head}<p>无发现 / no findings</p></div>'
    rows = [_row(["严重程度 severity", "代码 code", "字段 path", "说明 message", "依据 citation"], "th")]
    for f in report.findings:
        dates = "<br>".join(f"{escape(d.label)} {d.date.isoformat()}" for d in f.dates)
        message = f"{escape(f.message)}<br><span style='color:#555'>{escape(f.message_en)}</span>"
        if dates:
            message += f"<br><small>{dates}</small>"
        citation = escape(f.citation) + (f"<br><small>参数 / parameter {escape(f.parameter)}</small>" if f.parameter else "")
        rows.append(_row([_badge(f.severity.value), f"<code>{escape(f.code)}</code>", f"<code>{escape(f.path)}</code>", message, citation]))
    return f'<div class="xingzheng-report">{head}<table style="border-collapse:collapse">{"".join(rows)}</table></div>'


def deadline_html(deadline: Any) -> str:
    """A deadline as an HTML table: start, period, due day (and the day it rolled from), the explanation."""
    period = deadline.period
    rows = [
        _row(["起算日 start", deadline.start.isoformat()]),
        _row(["期间 period", f"{escape(str(period))}"]),
        _row(["届满日 due", f"<strong>{deadline.due.isoformat()}</strong>"]),
    ]
    if deadline.rolled_from is not None:
        rows.append(_row(["顺延自 rolled from", f"{deadline.rolled_from.isoformat()}（民法典第二百零三条 / Civil Code Art. 203）"]))
    if deadline.provisional:
        rows.append(_row(["暂定 provisional", _badge("warning") + " 结果可能变化 / may still change"]))
    rows.append(_row(["说明 explanation", f"{escape(deadline.explanation)}<br><span style='color:#555'>{escape(deadline.explanation_en)}</span>"]))
    return f'<table class="xingzheng-deadline" style="border-collapse:collapse">{"".join(rows)}</table>'
