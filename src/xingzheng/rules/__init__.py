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
    Binds,
    Bound,
    Citation,
    Parameter,
    ParameterValue,
    ResolvedValue,
    RuleEntry,
    RuleValue,
    Unit,
)
from xingzheng.rules._profile import LintFinding, ParameterDiff, Profile

__all__ = [
    "Binds",
    "Bound",
    "Citation",
    "LintFinding",
    "Parameter",
    "ParameterDiff",
    "ParameterValue",
    "Profile",
    "ResolvedValue",
    "RuleEntry",
    "RuleValue",
    "Unit",
    "builtin_profile_names",
    "load_profile",
    "parse_profile",
]
