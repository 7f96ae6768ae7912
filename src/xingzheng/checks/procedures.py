"""Imports every procedure's checks so that they register with `xingzheng.checks`."""

from __future__ import annotations

# Each module below registers its checker and upcoming function on import.
import xingzheng.checks.decision  # MajorDecision, D1–D14
import xingzheng.checks.disclosure
import xingzheng.checks.enforcement  # EnforcementCase, E1–E18
import xingzheng.checks.normative  # NormativeDocument, N1–N14, F1
import xingzheng.checks.petition
import xingzheng.checks.reconsideration
import xingzheng.checks.review  # noqa: F401  (LegalityReview, L1–L5; the package is bound by the last import)
