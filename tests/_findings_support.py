"""Helpers the mutation tests of the checks share: the one finding of a code, codes, dated facts."""

from __future__ import annotations

import datetime as dt

from xingzheng.checks import Finding, Report


def one(report: Report, code: str) -> Finding:
    """The one finding with ``code`` (the test fails when there is none or more than one)."""
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, [(f.code, f.message) for f in report.findings]
    finding = found[0]
    # Every finding cites its rule, except the notes that a rule or the calendar could not judge.
    assert isinstance(finding.citation, str)
    assert bool(finding.citation) is not (code.endswith(".no-rule") or code == "CAL.coverage"), finding
    return finding


def codes(report: Report) -> list[str]:
    """Every finding's code, in order."""
    return [f.code for f in report.findings]


def facts(finding: Finding) -> list[tuple[str, dt.date]]:
    """A finding's dated facts as (label, date) pairs."""
    return [(d.label, d.date) for d in finding.dates]
