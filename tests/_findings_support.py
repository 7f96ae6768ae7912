"""Helpers the mutation tests of the checks share: the one finding of a code, codes, dated facts."""

from __future__ import annotations

import datetime as dt

from xingzheng.checks import Finding, Report
from xingzheng.rules import Profile, parse_profile


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


def rules_in_force(name: str, since: dt.date, *rules: str) -> Profile:
    """A child of ``national`` that puts ``rules`` in force from ``since`` (before the built-in numbers of
    some of them): what a user's profile can do, and what reaches a rule's ``<rule>.no-rule`` note."""
    entries = "".join(
        f"""
[[rules]]
rule = "{rule}"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = {since.isoformat()}
in_force = true
citations = [{{ source = "administrative-penalty-law-2021.md", place = "Art. 48 ¶1", quote = "具有一定社会影响的行政处罚决定应当依法公开" }}]
"""
        for rule in rules
    )
    text = f'schema_version = 1\nname = "{name}"\nparent = "national"\n{entries}'
    return parse_profile(text, f"{name}.toml")
