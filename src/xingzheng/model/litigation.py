"""行政诉讼 — administrative-litigation facts on a record (the seed's annual figures), no time rule.

The Administrative Litigation Law is not in ``laws/``, so no rule about litigation is checked: a record only
says how a suit ended and whether the agency's head appeared in court (行政机关负责人出庭应诉). An
`EnforcementCase` and a `ReconsiderationCase` both carry one (``litigation``); the module stands apart so
that neither imports the other for it.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Litigation", "LitigationOutcome"]


class LitigationOutcome(enum.Enum):
    """行政诉讼结果 — the outcome of administrative litigation (a fact for the annual figures)."""

    WON = "won"  # 胜诉
    LOST = "lost"  # 败诉
    WITHDRAWN = "withdrawn"  # 撤诉
    SETTLED = "settled"  # 和解、调解


@attrs.frozen
class Litigation:
    """行政诉讼 — litigation about the act or the decision: facts for the annual figures, no time rule.

    Attributes:
        outcome: won, lost, withdrawn or settled (None: pending).
        head_appeared: whether the agency's head appeared in court (行政机关负责人出庭应诉; None: not recorded).
    """

    outcome: LitigationOutcome | None = None
    head_appeared: bool | None = None
