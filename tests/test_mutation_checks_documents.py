"""Normative documents (N1–N14, F1) and legality reviews (L1–L5): the findings' codes, severities, dates
and messages, pinned so that a changed comparison or a changed word in `checks/` is caught (issue 22,
mutation testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import xingzheng
from xingzheng import Severity, check

from test_checks_documents import DAGANG, good_document

D = dt.date


def test_the_compliant_document_has_only_info_findings_under_both_profiles() -> None:
    for profile in ("national", DAGANG):
        report = check(good_document(), profile=profile, as_of=D(2020, 9, 30))
        assert report.ok
        assert all(f.severity is Severity.INFO for f in report.findings), report.codes()
        assert isinstance(report, xingzheng.Report)
