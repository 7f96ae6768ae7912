"""Rule entries compared: where a child's entry is narrower than its parent's (lint), and how two profiles'
entries differ (diff) — scope, scope tags, exceptions and finding severities, not parameters only.

A child adds duties and never removes one (DECISIONS.md, "Rule profiles"): `Profile.rule` keeps the
parent's widening tags and a parent's rule in force where the child switches it off, so these findings
say where the entry *as written* is narrower and what the checks do about it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from xingzheng.errors import NoRuleInForceError, NoSuchParameterError, bilingual
from xingzheng.rules._model import NARROWING_TAGS, RuleValue

if TYPE_CHECKING:
    from xingzheng.rules._profile import Profile

__all__ = ["EntryLintFinding", "RuleDiff", "diff_entries", "lint_entries"]

_RANK = {"info": 0, "warning": 1, "error": 2}


@attrs.frozen
class EntryLintFinding:
    """窄于上级的规则条目 — a place where a child's rule entry is narrower than its parent's.

    Attributes:
        profile: the child profile's name.
        parent: the parent profile's name.
        rule: the rule ID.
        on: the first date the child's entry is narrower.
        aspect: what is narrower: ``"in-force"``, ``"scope-tag"``, ``"exception"`` or ``"finding-severity"``.
        detail: the tag, exception or finding code concerned (empty for ``"in-force"``).
        child: the child's own state on that date.
        parent_value: the parent's state on that date.
        code: ``"<rule>.narrower-than-parent"``.
        message_zh: what is narrower and what the checks do, in Chinese.
        message_en: the same in English.
        key: the rule ID again (as `LintFinding.key` names a parameter, so both list alike).
    """

    profile: str
    parent: str
    rule: str
    on: dt.date
    aspect: str
    detail: str
    child: RuleValue
    parent_value: RuleValue
    code: str
    message_zh: str
    message_en: str
    key: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.rule)

    @property
    def message(self) -> str:
        """The message, Chinese first."""
        return bilingual(self.message_zh, self.message_en)


@attrs.frozen
class RuleDiff:
    """规则条目差异 — a rule whose state differs between two profiles on some date.

    Attributes:
        key: the rule ID.
        on: the first date the two differ.
        left: the first profile's state on that date (None: no entry or no state yet).
        right: the second profile's state on that date (None likewise).
        fields: what differs: ``"in_force"``, ``"scope"``, ``"scope_tags"``, ``"exceptions"``,
            ``"findings"`` (a code listed with another severity, or by one side only).
    """

    key: str
    on: dt.date
    left: RuleValue | None
    right: RuleValue | None
    fields: tuple[str, ...]


def _state(profile: Profile, rule: str, on: dt.date) -> RuleValue | None:
    try:
        return profile.rule(rule, on)
    except (NoSuchParameterError, NoRuleInForceError):
        return None


def _dates(profile: Profile, rule: str) -> list[dt.date]:
    return sorted({v.since for p in profile.ancestry() if rule in p._rule_index for v in p._rule_index[rule].values})


def lint_entries(profile: Profile) -> tuple[EntryLintFinding, ...]:
    """Where ``profile``'s own rule entries are narrower than its parent's states (see the module)."""
    parent = profile.parent
    if parent is None:
        return ()
    found: list[EntryLintFinding] = []
    for entry in profile.own_rules:
        seen: set[tuple[str, str]] = set()
        for on in sorted(set(_dates(profile, entry.rule)) | set(_dates(parent, entry.rule))):
            own = entry.value_on(on)
            theirs = _state(parent, entry.rule, on)
            if own is None or theirs is None or not theirs.in_force:
                continue
            for aspect, detail in _narrower(profile, parent, own, theirs, entry.rule, on):
                if (aspect, detail) in seen:
                    continue
                seen.add((aspect, detail))
                found.append(_finding(profile.name, parent.name, entry.rule, on, aspect, detail, own, theirs))
    return tuple(found)


def _narrower(
    profile: Profile, parent: Profile, own: RuleValue, theirs: RuleValue, rule: str, on: dt.date
) -> list[tuple[str, str]]:
    if not own.in_force:
        return [("in-force", "")]
    out: list[tuple[str, str]] = []
    out += [("scope-tag", tag) for tag in own.scope_tags if tag in NARROWING_TAGS and tag not in theirs.scope_tags]
    out += [("scope-tag", tag) for tag in theirs.scope_tags if tag not in NARROWING_TAGS and tag not in own.scope_tags]
    out += [("exception", name) for name in own.exceptions if name not in theirs.exceptions]
    for spec in own.findings:
        inherited = parent.finding_spec(spec.code, on)
        if inherited is not None and _RANK[spec.severity] < _RANK[inherited.severity]:
            out.append(("finding-severity", spec.code))
    return out


_WHAT = {
    "in-force": (
        "本配置的条目未执行该规则，上级执行；检查仍按上级执行",
        "the entry does not enforce the rule, the parent does; the checks still apply the parent's",
    ),
    "scope-tag": (
        "范围标记 {detail}：本配置的条目窄于上级（缩小范围的标记只在本配置范围内适用，范围外按上级以警告提示；上级增加义务的标记由本配置继承）",
        "scope tag {detail}: the entry is narrower than its parent (a narrowing tag applies within this profile's "
        "scope, the parent's rule is reported as a warning outside it; a parent's widening tag is inherited)",
    ),
    "exception": (
        "例外 {detail}：上级没有该例外",
        "exception {detail}: the parent states no such exception",
    ),
    "finding-severity": (
        "发现 {detail} 的严重程度弱于上级",
        "finding {detail} is less severe than the parent's",
    ),
}


def _finding(
    name: str, parent: str, rule: str, on: dt.date, aspect: str, detail: str, own: RuleValue, theirs: RuleValue
) -> EntryLintFinding:
    zh, en = _WHAT[aspect]
    return EntryLintFinding(
        profile=name,
        parent=parent,
        rule=rule,
        on=on,
        aspect=aspect,
        detail=detail,
        child=own,
        parent_value=theirs,
        code=f"{rule}.narrower-than-parent",
        message_zh=f"{rule}：{name} 自 {on.isoformat()} 起，" + zh.format(detail=detail) + f"（上级 {parent}）",
        message_en=f"{rule}: {name} from {on.isoformat()}, " + en.format(detail=detail) + f" (parent {parent})",
    )


def diff_entries(left: Profile, right: Profile) -> tuple[RuleDiff, ...]:
    """The rules whose effective state differs between ``left`` and ``right`` on some date (first date each)."""
    found: list[RuleDiff] = []
    rules = sorted(set(left.rule_ids()) | set(right.rule_ids()), key=_order)
    for rule in rules:
        codes = {spec.code for p in (left, right) for _n, e, _v, spec in p.finding_catalogue() if e.rule == rule}
        for on in sorted(set(_dates(left, rule)) | set(_dates(right, rule))):
            a, b = _state(left, rule, on), _state(right, rule, on)
            fields = _differences(left, right, a, b, codes, on)
            if fields:
                found.append(RuleDiff(key=rule, on=on, left=a, right=b, fields=fields))
                break
    return tuple(found)


def _differences(
    left: Profile, right: Profile, a: RuleValue | None, b: RuleValue | None, codes: set[str], on: dt.date
) -> tuple[str, ...]:
    if a is None or b is None:
        return () if a is b else ("in_force",)
    fields = [
        name
        for name, x, y in (
            ("in_force", a.in_force, b.in_force),
            ("scope", a.scope, b.scope),
            ("scope_tags", set(a.scope_tags), set(b.scope_tags)),
            ("exceptions", set(a.exceptions), set(b.exceptions)),
        )
        if x != y
    ]
    for code in sorted(codes):
        x, y = left.finding_spec(code, on), right.finding_spec(code, on)
        if (x.severity if x else None) != (y.severity if y else None):
            fields.append("findings")
            break
    return tuple(fields)


def _order(rule: str) -> tuple[int, str, int]:
    from xingzheng.rules._profile import _rule_sort_key

    return _rule_sort_key(rule)
