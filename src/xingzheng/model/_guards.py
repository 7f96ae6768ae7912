"""Citations for lifecycle guards: taken from a rule profile where it has the rule, else a fixed text."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from xingzheng.errors import NoRuleInForceError, NoSuchParameterError

if TYPE_CHECKING:
    from xingzheng.rules import Profile, RuleValue

__all__ = ["guard_citation", "guard_profile", "guard_rule"]


def guard_profile(profile: Profile | str | None) -> Profile:
    """The profile a guard reads: the one given, a built-in by name, else ``national``."""
    from xingzheng.rules import Profile, load_profile

    if isinstance(profile, Profile):
        return profile
    return load_profile(profile or "national")


def guard_rule(profile: Profile | str | None, rule: str, on: dt.date) -> RuleValue | None:
    """The rule's state on ``on`` in the profile (None: no entry, or not in force)."""
    try:
        value = guard_profile(profile).rule(rule, on)
    except (NoSuchParameterError, NoRuleInForceError):
        return None
    return value if value.in_force else None


def guard_citation(profile: Profile | str | None, rule: str, on: dt.date, fallback: str) -> str:
    """The rule's citations as text in the profile on ``on``, else ``fallback``."""
    value = guard_rule(profile, rule, on)
    if value is None or not value.citations:
        return fallback
    return "; ".join(citation.text() for citation in value.citations)
