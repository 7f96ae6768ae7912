"""Rules as cited, dated data: rule profiles (规则配置).

Every legal number xingzheng uses is a parameter of a profile: where it comes from, since when it holds,
in what unit, and whether it is a floor or a ceiling on whom (DECISIONS.md, "Rule profiles"). Rules
without a number are dated entries too. Two profiles are built in: ``national`` (from ``laws/``) and
``tianjin-binhai-dagang`` (from the seed report, parent ``national``); they are TOML files in
``xingzheng/rules/data/``, read with `tomllib` and validated on load.

Citation places are machine-checkable:

- an article of a law or regulation: ``"Art. 26"``, ``"Art. 26 ¶2"`` (paragraph), ``"Art. 42 ¶1(一)"``
  (item of a paragraph), ``"Art. 64(一)"`` (item, paragraph not named: the article has one paragraph
  with items); `Citation.place_zh` writes them the Chinese way (``第四十二条第一款第（一）项``);
- a section of 国办发〔2018〕115号: ``"（五）"``;
- the seed report: ``"一 ¶3"`` (paragraphs under the heading, the heading not counted), ``"二(一)2"``;
- GB/T 9704-2012 (F1 only, no quote): ``"§7.2.5"``.

Rule applicability is data, never read from the wording of citations. A rule value (``[[rules.values]]``)
may carry, besides its free-text ``scope`` and its citations (what users read):

- ``refuses_step = true``: a lifecycle guard refuses the step that would break the rule (raises
  `ProcedureError`) instead of ``check`` reporting a finding. Read for E6 by `EnforcementCase.decide`:
  the 2021 text (Art. 58 ¶1 "不得作出决定") refuses; the 2017 text (Art. 38 ¶3) does not.
- ``exceptions``: stated exceptions, from `RULE_EXCEPTIONS`: ``"exploratory-reform"`` (D6, national only;
  713号令 Art. 25 ¶2).
- ``scope_tags``: how far the rule reaches, from `SCOPE_TAGS`: ``"general-procedure-only"`` (E2, E6 under
  the 2017 text), ``"heavier-penalty-only"`` (E15 under the 2017 text), ``"unconditional"`` (the seed's
  D5), ``"mandatory"`` (the seed's D8), ``"high-public-concern-only"``, ``"comment-required"`` and
  ``"feedback-required"`` (the seed's D2), ``"enterprises"`` (the seed's D3), ``"street-offices"`` (the
  seed's D11), ``"adoption-explanation"`` (713号令's D1), ``"bans-penalties"``, ``"bans-licences"`` and
  ``"bans-compulsory-measures"`` (N13, each from the date its law took effect).

Each is validated on load (an unknown key or name is a `LoadError` naming it, as is one on a rule not in
force); code asks ``profile.rule_in_force(rule_id, on)`` (None when not in force) or ``profile.rule`` and
then ``value.has_tag(...)``, ``value.has_exception(...)`` or ``value.refuses_step``.

Examples:
    >>> import datetime as dt
    >>> from xingzheng.rules import load_profile
    >>> national = load_profile("national")
    >>> national.get("enforcement.hearing_request_period.max", on=dt.date(2021, 7, 15)).value
    5
"""

from __future__ import annotations

from xingzheng.rules._loader import builtin_profile_names, load_profile, parse_profile
from xingzheng.rules._model import (
    FINDING_SEVERITIES,
    IMPERATIVES,
    RULE_EXCEPTIONS,
    SCOPE_TAGS,
    Binds,
    Bound,
    Citation,
    FindingSpec,
    Parameter,
    ParameterValue,
    ResolvedValue,
    RuleEntry,
    RuleException,
    RuleValue,
    ScopeTag,
    Unit,
    holds_imperative,
)
from xingzheng.rules._profile import EntryLintFinding, LintFinding, ParameterDiff, Profile, RuleDiff

__all__ = [
    "FINDING_SEVERITIES",
    "IMPERATIVES",
    "RULE_EXCEPTIONS",
    "SCOPE_TAGS",
    "Binds",
    "Bound",
    "Citation",
    "EntryLintFinding",
    "FindingSpec",
    "LintFinding",
    "Parameter",
    "ParameterDiff",
    "ParameterValue",
    "Profile",
    "ResolvedValue",
    "RuleDiff",
    "RuleEntry",
    "RuleException",
    "RuleValue",
    "ScopeTag",
    "Unit",
    "builtin_profile_names",
    "holds_imperative",
    "load_profile",
    "parse_profile",
]
