"""Hypothesis strategies for valid records of each public class (needs the ``test`` extra).

Examples:
    >>> from xingzheng.strategies import normative_documents  # doctest: +SKIP
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the test extra
    raise ImportError(
        "xingzheng.strategies 需要 Hypothesis：pip install 'xingzheng[test]' / "
        "xingzheng.strategies needs Hypothesis: pip install 'xingzheng[test]'"
    ) from exc

from xingzheng.strategies._compliant import compliant_records, register_compliant
from xingzheng.strategies._documents import legality_reviews, major_decisions, normative_documents
from xingzheng.strategies._enforcement import (
    compliant_enforcement_cases,
    enforcement_cases,
    events,
    evidence_logs,
    officers,
)
from xingzheng.strategies._remedies import (
    compliant_disclosure_requests,
    compliant_petitions,
    compliant_reconsideration_cases,
    disclosure_requests,
    parties,
    petitions,
    reconsideration_cases,
)
from xingzheng.strategies._summary import compliant_summary_cases

__all__: list[str] = [
    "compliant_disclosure_requests",
    "compliant_enforcement_cases",
    "compliant_petitions",
    "compliant_reconsideration_cases",
    "compliant_records",
    "compliant_summary_cases",
    "disclosure_requests",
    "enforcement_cases",
    "events",
    "evidence_logs",
    "legality_reviews",
    "major_decisions",
    "normative_documents",
    "officers",
    "parties",
    "petitions",
    "reconsideration_cases",
    "register_compliant",
]

# Every procedure joins the one entry point: `compliant_records(kind, profile)`.
# Enforcement cases: the general procedure's and the on-the-spot (summary) procedure's.
register_compliant(
    "enforcement_case",
    lambda profile: compliant_enforcement_cases(profile) | compliant_summary_cases(profile),
)
# The three remedies' strategies keep every rule of both built-in profiles (their numbers are national
# only; the seed adds none), so they take no profile.
register_compliant("disclosure_request", lambda _profile: compliant_disclosure_requests())
register_compliant("reconsideration_case", lambda _profile: compliant_reconsideration_cases())
register_compliant("petition", lambda _profile: compliant_petitions())
