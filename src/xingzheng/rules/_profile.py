"""`Profile`: a named set of dated parameters and rule entries, with a parent, reforms, diff and lint."""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from xingzheng.errors import InvariantError, NoRuleInForceError, NoSuchParameterError, bilingual
from xingzheng.rules._entries import EntryLintFinding, RuleDiff, diff_entries, lint_entries
from xingzheng.rules._model import (
    NARROWING_TAGS,
    Binds,
    Bound,
    FindingSpec,
    Number,
    Parameter,
    ParameterValue,
    ResolvedValue,
    RuleEntry,
    RuleValue,
    Unit,
)

__all__ = ["TIME_UNITS", "EntryLintFinding", "LintFinding", "ParameterDiff", "Profile", "ReformValue", "RuleDiff", "allowed_units"]

#: A reform's new value: a number (the unit stays), or a number with its unit.
ReformValue = Number | tuple[Number, Unit | str]


def _to_parameters(value: tuple[Parameter, ...] | list[Parameter]) -> tuple[Parameter, ...]:
    return tuple(value)


def _to_rules(value: tuple[RuleEntry, ...] | list[RuleEntry]) -> tuple[RuleEntry, ...]:
    return tuple(value)


def _unique_keys(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    seen: set[str] = set()
    for item in value:
        key: str = item.key if isinstance(item, Parameter) else item.rule
        if key in seen:
            raise InvariantError(bilingual(f"重复的键：{key}", f"duplicate key: {key}"), attribute.name)
        seen.add(key)


class _Memo:
    """Lookups a profile has answered, memoised per instance (a profile and its chain never change).

    Per parameter key and per rule ID: the sorted dates on which the answer may change in the chain,
    and the answer from each of them on (None: nothing in force), so a lookup is one bisection. Empty
    on pickling and copying (`__reduce__`), so a profile's pickle never depends on what was asked.
    """

    __slots__ = ("findings", "in_force", "parameters", "rules", "values")

    def __init__(self) -> None:
        self.values: dict[str, tuple[list[dt.date], list[ResolvedValue | None]] | None] = {}
        self.rules: dict[str, tuple[list[dt.date], list[RuleValue | None]] | None] = {}
        # `rules` with every state not in force replaced by None: `rule_in_force` in one bisection.
        self.in_force: dict[str, tuple[list[dt.date], list[RuleValue | None]] | None] = {}
        self.parameters: Mapping[str, Parameter] | None = None
        # Per finding code: the dates its spec may change on in the chain, and the spec from each on.
        self.findings: dict[str, tuple[list[dt.date], list[FindingSpec | None]]] = {}

    def __reduce__(self) -> tuple[type[_Memo], tuple[()]]:
        return (_Memo, ())


@attrs.frozen
class LintFinding:
    """宽于上级的规则 — a place where a child profile weakens its parent.

    Attributes:
        profile: the child profile's name.
        parent: the parent profile's name (the one that supplied the stricter value).
        key: the parameter key.
        rule: its rule ID.
        on: the first date both values are in force together and the child's is laxer.
        child: the child's value on that date.
        parent_value: the parent's value on that date.
        code: ``"<rule>.laxer-than-parent"``.
        message_zh: what is wrong, in Chinese.
        message_en: the same in English.
    """

    profile: str
    parent: str
    key: str
    rule: str
    on: dt.date
    child: ResolvedValue
    parent_value: ResolvedValue
    code: str
    message_zh: str
    message_en: str

    @property
    def message(self) -> str:
        """The message, Chinese first."""
        return bilingual(self.message_zh, self.message_en)


@attrs.frozen
class ParameterDiff:
    """参数差异 — a key whose value differs between two profiles on some date.

    Attributes:
        key: the parameter key.
        on: the first date the two differ.
        left: the value of the first profile on that date (None: no value in force or no such key).
        right: the value of the second profile on that date (None likewise).
    """

    key: str
    on: dt.date
    left: ResolvedValue | None
    right: ResolvedValue | None


@attrs.frozen
class Profile:
    """规则配置 — a named profile of dated legal parameters and rule entries, built on a parent.

    A child falls back to its parent for a key it lacks, and for a key it has, on dates before its first
    value (DECISIONS.md, "Rule profiles").

    Attributes:
        name: the profile's name (``"national"``, ``"tianjin-binhai-dagang"``).
        parent: the profile it builds on, or None.
        own_parameters: the parameters this profile defines itself.
        own_rules: the rule entries this profile defines itself.
        title_zh: a title in Chinese.
        title_en: the same in English.
        source: where it was loaded from (a file path or ``"builtin:<name>"``; empty when made in code).
    """

    name: str
    parent: Profile | None = None
    own_parameters: tuple[Parameter, ...] = attrs.field(default=(), converter=_to_parameters, validator=_unique_keys)
    own_rules: tuple[RuleEntry, ...] = attrs.field(default=(), converter=_to_rules, validator=_unique_keys)
    title_zh: str = ""
    title_en: str = ""
    source: str = ""
    _parameter_index: Mapping[str, Parameter] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _rule_index: Mapping[str, RuleEntry] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _memo: _Memo = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        # Plain dicts (never handed out) keep a profile picklable; `parameters` returns a read-only view.
        object.__setattr__(self, "_parameter_index", {p.key: p for p in self.own_parameters})
        object.__setattr__(self, "_rule_index", {r.rule: r for r in self.own_rules})
        object.__setattr__(self, "_memo", _Memo())

    # -- lookup -------------------------------------------------------------------------------------

    def ancestry(self) -> Iterator[Profile]:
        """This profile, then its parent, grandparent, …"""
        profile: Profile | None = self
        while profile is not None:
            yield profile
            profile = profile.parent

    def keys(self) -> tuple[str, ...]:
        """Every parameter key this profile can resolve (its own and its ancestors'), sorted."""
        return tuple(sorted({key for profile in self.ancestry() for key in profile._parameter_index}))

    def rule_ids(self) -> tuple[str, ...]:
        """Every rule ID with an entry here or in an ancestor, in catalogue order."""
        ids = {rule for profile in self.ancestry() for rule in profile._rule_index}
        return tuple(sorted(ids, key=_rule_sort_key))

    @property
    def parameters(self) -> Mapping[str, Parameter]:
        """Each key's parameter: this profile's own where it has one, else the nearest ancestor's.

        The fallback to the parent on dates before a child's first value happens in `get`.
        """
        view = self._memo.parameters
        if view is None:
            merged: dict[str, Parameter] = {}
            for profile in self.ancestry():
                for key, parameter in profile._parameter_index.items():
                    merged.setdefault(key, parameter)
            view = self._memo.parameters = MappingProxyType(dict(sorted(merged.items())))
        return view

    def parameter(self, key: str) -> Parameter:
        """The parameter of ``key`` (own, else inherited).

        Raises:
            NoSuchParameterError: no profile of the chain has the key.
        """
        for profile in self.ancestry():
            if key in profile._parameter_index:
                return profile._parameter_index[key]
        raise NoSuchParameterError(
            bilingual(f"规则配置 {self.name} 没有参数 {key}", f"profile {self.name} has no parameter {key}")
        )

    def get(self, key: str, on: dt.date) -> ResolvedValue:
        """The value of ``key`` in force on ``on``, with its citations.

        Raises:
            NoSuchParameterError: no profile of the chain has the key.
            NoRuleInForceError: the key exists, but no value of it was in force on ``on``.
        """
        table = self._values_of(key)
        if table is not None:
            answer = table[1][bisect_right(table[0], on)]
            if answer is not None:
                return answer
        return self._resolve(key, on)  # raises

    def _values_of(self, key: str) -> tuple[list[dt.date], list[ResolvedValue | None]] | None:
        """Each date the value of ``key`` may change on, and `_resolve`'s answer on and after it (memoised).

        The answer for ``on`` is ``answers[bisect_right(dates, on)]`` (None: `_resolve` raises). None
        when the chain has no dated value of the key (`_resolve` raises for every date).
        """
        values = self._memo.values
        if key in values:
            return values[key]
        dates = sorted({v.since for p in self.ancestry() if key in p._parameter_index for v in p._parameter_index[key].values})
        table: tuple[list[dt.date], list[ResolvedValue | None]] | None = None
        if dates:
            answers: list[ResolvedValue | None] = [None]  # before the first date
            for on in dates:
                try:
                    answers.append(self._resolve(key, on))
                except (NoSuchParameterError, NoRuleInForceError):
                    answers.append(None)
            table = (dates, answers)
        values[key] = table
        return table

    def _resolve(self, key: str, on: dt.date) -> ResolvedValue:
        """`get` without the memo."""
        found = False
        for profile in self.ancestry():
            parameter = profile._parameter_index.get(key)
            if parameter is None:
                continue
            found = True
            value = parameter.value_on(on)
            if value is not None:
                return ResolvedValue(
                    key=key,
                    value=value.value,
                    unit=value.unit,
                    since=value.since,
                    citations=value.citations,
                    parameter=parameter,
                    profile=profile.name,
                    note=value.note,
                )
        if not found:
            self.parameter(key)  # raises NoSuchParameterError
        raise NoRuleInForceError(
            bilingual(
                f"规则配置 {self.name} 在 {on.isoformat()} 没有生效的 {key}",
                f"profile {self.name} has no value of {key} in force on {on.isoformat()}",
            ),
            key=key,
            on=on,
        )

    def rule(self, rule_id: str, on: dt.date) -> RuleValue:
        """The state of rule ``rule_id`` on ``on`` (in force or not, scope, citations).

        Raises:
            NoSuchParameterError: no profile of the chain has an entry for the rule.
            NoRuleInForceError: the entry exists, but its history starts after ``on``.
        """
        table = self._states_of(rule_id)
        if table is not None:
            answer = table[1][bisect_right(table[0], on)]
            if answer is not None:
                return answer
        return self._rule(rule_id, on)  # raises

    def _states_of(self, rule_id: str) -> tuple[list[dt.date], list[RuleValue | None]] | None:
        """Each date the state of ``rule_id`` may change on, and `_rule`'s answer on and after it (memoised).

        As `_values_of`: the answer for ``on`` is ``answers[bisect_right(dates, on)]`` (None: `_rule`
        raises); None when the chain has no dated state of the rule.
        """
        rules = self._memo.rules
        if rule_id in rules:
            return rules[rule_id]
        dates = sorted({v.since for p in self.ancestry() if rule_id in p._rule_index for v in p._rule_index[rule_id].values})
        table: tuple[list[dt.date], list[RuleValue | None]] | None = None
        if dates:
            answers: list[RuleValue | None] = [None]  # before the first date
            for on in dates:
                try:
                    answers.append(self._rule(rule_id, on))
                except (NoSuchParameterError, NoRuleInForceError):
                    answers.append(None)
            table = (dates, answers)
        rules[rule_id] = table
        return table

    def _rule(self, rule_id: str, on: dt.date) -> RuleValue:
        """`rule` without the memo.

        The nearest entry's state, merged with its ancestors' (a child adds duties, never removes one):
        where the child's state is not in force but the parent's is, the parent's applies; the parent's
        widening scope tags (all but `NARROWING_TAGS`) are added to the child's.
        """
        found = False
        for profile in self.ancestry():
            entry = profile._rule_index.get(rule_id)
            if entry is None:
                continue
            found = True
            value = entry.value_on(on)
            if value is not None:
                parent = profile.parent
                if parent is None:
                    return value
                try:
                    inherited = parent._rule(rule_id, on)
                except (NoSuchParameterError, NoRuleInForceError):
                    return value
                return _merge(value, inherited)
        if not found:
            raise NoSuchParameterError(
                bilingual(f"规则配置 {self.name} 没有规则 {rule_id}", f"profile {self.name} has no rule {rule_id}")
            )
        raise NoRuleInForceError(
            bilingual(
                f"规则配置 {self.name} 在 {on.isoformat()} 没有关于 {rule_id} 的规定",
                f"profile {self.name} has no entry for {rule_id} on {on.isoformat()}",
            ),
            key=rule_id,
            on=on,
        )

    def _in_force_of(self, rule_id: str) -> tuple[list[dt.date], list[RuleValue | None]] | None:
        """`_states_of` with each state not in force replaced by None (memoised; None as `_states_of`)."""
        memo = self._memo.in_force
        if rule_id in memo:
            return memo[rule_id]
        states = self._states_of(rule_id)
        table = None if states is None else (states[0], [v if v is not None and v.in_force else None for v in states[1]])
        memo[rule_id] = table
        return table

    def rule_in_force(self, rule_id: str, on: dt.date) -> RuleValue | None:
        """The state of rule ``rule_id`` on ``on`` if it is in force then, else None.

        None also when the chain has no entry for the rule or its history starts after ``on``: read
        ``has_tag`` / ``has_exception`` / ``refuses_step`` of the result to decide what applies.
        """
        memo = self._memo.in_force  # `_in_force_of`, inlined where it has the answer: the checks' hot path
        table = memo[rule_id] if rule_id in memo else self._in_force_of(rule_id)
        if table is not None:
            return table[1][bisect_right(table[0], on)]
        try:
            value = self._rule(rule_id, on)
        except (NoSuchParameterError, NoRuleInForceError):
            return None
        return value if value.in_force else None

    def tag_origin(self, rule_id: str, tag: str, on: dt.date) -> RuleValue | None:
        """The state in force on ``on`` that itself carries ``tag`` (this profile's, else the nearest
        ancestor's), to cite a duty a child inherits; None when no profile of the chain carries it."""
        for profile in self.ancestry():
            entry = profile._rule_index.get(rule_id)
            value = entry.value_on(on) if entry is not None else None
            if value is not None and value.in_force and tag in value.scope_tags:
                return value
        return None

    def finding_spec(self, code: str, on: dt.date) -> FindingSpec | None:
        """The data behind finding ``code`` on ``on``: its severity, who is bound, the binding words.

        The spec is the one listed by the latest state (``since`` not after ``on``) of the rule's entry that
        lists the code, in this profile, else in its parent, and so on up the chain; None when no profile
        of the chain lists the code by that date (a bug of the checks: `check` emits only listed codes).
        """
        memo = self._memo.findings
        table = memo.get(code)
        if table is None:
            rule_id = code.split(".", 1)[0]
            dates = sorted(
                {v.since for p in self.ancestry() if rule_id in p._rule_index for v in p._rule_index[rule_id].values}
            )
            table = (dates, [None, *(self._finding_spec(rule_id, code, day) for day in dates)])
            memo[code] = table
        return table[1][bisect_right(table[0], on)]

    def _finding_spec(self, rule_id: str, code: str, on: dt.date) -> FindingSpec | None:
        """`finding_spec` without the memo."""
        for profile in self.ancestry():
            entry = profile._rule_index.get(rule_id)
            if entry is None:
                continue
            for value in reversed(entry.values):
                if value.since > on:
                    continue
                for spec in value.findings:
                    if spec.code == code:
                        return spec
        return None

    def finding_catalogue(self) -> tuple[tuple[str, RuleEntry, RuleValue, FindingSpec], ...]:
        """Every finding code listed in the chain: (profile name, entry, dated state, spec), for docs and tests.

        Rows come in rule order, then nearest profile first, then by date; a code listed by a child and by
        its parent gives a row for each (`finding_spec` says which applies on a date).
        """
        rows: list[tuple[str, RuleEntry, RuleValue, FindingSpec]] = []
        for rule_id in self.rule_ids():
            for profile in self.ancestry():
                entry = profile._rule_index.get(rule_id)
                if entry is None:
                    continue
                rows.extend((profile.name, entry, value, spec) for value in entry.values for spec in value.findings)
        return tuple(rows)

    def rule_entry(self, rule_id: str) -> RuleEntry:
        """The nearest entry of ``rule_id`` in the chain (own, else inherited).

        Raises:
            NoSuchParameterError: no profile of the chain has an entry for the rule.
        """
        for profile in self.ancestry():
            if rule_id in profile._rule_index:
                return profile._rule_index[rule_id]
        raise NoSuchParameterError(
            bilingual(f"规则配置 {self.name} 没有规则 {rule_id}", f"profile {self.name} has no rule {rule_id}")
        )

    def enforces(self, rule_id: str, on: dt.date) -> bool:
        """Whether the rule is in force on ``on`` (False also when there is no entry for that date)."""
        table = self._states_of(rule_id)
        if table is None:
            try:
                return self._rule(rule_id, on).in_force
            except (NoSuchParameterError, NoRuleInForceError):
                return False
        found = table[1][bisect_right(table[0], on)]
        return False if found is None else found.in_force

    def find(self, key: str, on: dt.date) -> ResolvedValue | None:
        """Like `get`, but None where `get` raises (no such key, or nothing in force on ``on``)."""
        values = self._memo.values  # `_values_of`, inlined where it has the answer: the checks' hot path
        table = values[key] if key in values else self._values_of(key)
        if table is None:
            if key not in self.parameters:
                return None  # no profile of the chain has the key: `get` raises, and its message costs
            try:
                return self._resolve(key, on)
            except (NoSuchParameterError, NoRuleInForceError):
                return None
        return table[1][bisect_right(table[0], on)]

    def change_dates(self, key: str) -> tuple[dt.date, ...]:
        """Every date on which the value of ``key`` may change in this profile's chain, sorted."""
        dates = {
            value.since
            for profile in self.ancestry()
            if key in profile._parameter_index
            for value in profile._parameter_index[key].values
        }
        return tuple(sorted(dates))

    # -- reforms, diff, lint -------------------------------------------------------------------------

    def reform(self, name: str, changes: Mapping[str, ReformValue], since: dt.date | None = None) -> Profile:
        """A new profile named ``name``, built on this one, that changes exactly the keys named.

        With ``since`` the new value holds from that date on (earlier dates keep this profile's values;
        the unit is the one in force on ``since``, else the first value's). Without it, every dated value
        of the key gets the new number and keeps its own unit. A change may give ``(number, unit)`` to
        change the unit too. This profile is left unchanged: the reform is a child whose parent is it,
        so ``reform.lint()`` reports where the reform weakens this profile.

        Every value is checked against its parameter's kind when ``reform`` is called (issue 22), so
        that ``check`` never meets a value it cannot use: periods (working days, days, months, years) a
        positive whole number; counts a non-negative whole number; yuan, percent and hours a
        non-negative finite number. A new unit must be of the parameter's own kind: another unit of
        time for a period, the same unit otherwise (``(10, "hours")`` for a working-day floor is
        refused).

        Raises:
            NoSuchParameterError: a key this profile cannot resolve.
            InvariantError: a value or unit the parameter cannot take; the message names the key, the
                value and what is allowed.
        """
        parameters: list[Parameter] = []
        for key, change in changes.items():
            parameter = self.parameter(key)
            number, unit = _split_change(change)
            number = _checked_change(key, parameter, number, unit)
            note = bilingual(f"改革方案 {name}", f"reform {name}")
            if since is None:
                values = tuple(
                    ParameterValue(
                        since=old.since, value=number, unit=unit or old.unit, citations=(), note=note
                    )
                    for old in parameter.values
                )
            else:
                in_force = self.find(key, since)
                fallback = parameter.values[0].unit if parameter.values else Unit.DAYS
                values = (
                    ParameterValue(
                        since=since,
                        value=number,
                        unit=unit or (in_force.unit if in_force else fallback),
                        citations=(),
                        note=note,
                    ),
                )
            parameters.append(attrs.evolve(parameter, values=values))
        return Profile(
            name=name,
            parent=self,
            own_parameters=tuple(parameters),
            title_zh=f"{self.title_zh or self.name} 的改革方案 {name}",
            title_en=f"reform {name} of {self.title_en or self.name}",
            source=f"reform:{self.name}",
        )

    def diff(self, other: Profile) -> tuple[ParameterDiff | RuleDiff, ...]:
        """What differs between this profile and ``other``: parameters, then rule entries.

        A parameter key whose value (number or unit) differs on some date, then a rule whose effective
        state differs (in force, scope, scope tags, exceptions, finding severities; `RuleDiff`). Each
        appears once, at the first date the two differ, with both sides (None where a side has nothing
        in force). Parameter keys are sorted; rules come in catalogue order.
        """
        found: list[ParameterDiff] = []
        for key in sorted(set(self.keys()) | set(other.keys())):
            for on in sorted(set(self.change_dates(key)) | set(other.change_dates(key))):
                left, right = self.find(key, on), other.find(key, on)
                if _comparable(left) != _comparable(right):
                    found.append(ParameterDiff(key=key, on=on, left=left, right=right))
                    break
        return (*found, *diff_entries(self, other))

    def lint(self) -> tuple[LintFinding | EntryLintFinding, ...]:
        """Where this profile's own values weaken its parent's, then where its own rule entries are narrower.

        Rule entries (`EntryLintFinding`, after the parameters): a rule the parent enforces and the child's
        entry does not; a narrowing scope tag the parent lacks, or a widening one of the parent's the entry
        omits; an exception the parent does not state; a finding listed less severe than the parent's.

        A child weakens its parent with a lower floor or a higher ceiling on an agency duty, or a shorter
        time limit for a party. Only dates with a value in force on both sides are compared, and only
        comparable units: equal units; years against months (×12); and days against working days where
        the answer does not depend on the calendar — ``n`` working days always span at least ``n``
        calendar days, so a child in calendar days is certainly shorter than a parent's ``m`` working days
        when ``n < m``, and a child's ``n`` working days certainly longer than the parent's ``m`` calendar
        days when ``n > m``. Other pairs (days against months, hours against days) are not compared.
        """
        if self.parent is None:
            return ()
        findings: list[LintFinding] = []
        for key in sorted(self._parameter_index):
            for on in sorted(set(self.change_dates(key)) | set(self.parent.change_dates(key))):
                child, parent = self.find(key, on), self.parent.find(key, on)
                if child is None or parent is None or child.profile != self.name:
                    continue
                if _weakens(child, parent):
                    findings.append(_finding(self.name, child, parent, on))
                    break
        return (*findings, *lint_entries(self))


def _merge(own: RuleValue, inherited: RuleValue) -> RuleValue:
    """A child's rule state with what its parent's state in force imposes (see `Profile._rule`)."""
    if not inherited.in_force:
        return own
    if not own.in_force:
        return inherited  # a child cannot switch off a duty its parent imposes (lint reports it)
    extra = tuple(
        tag for tag in inherited.scope_tags if tag not in NARROWING_TAGS and tag not in own.scope_tags
    )
    if not extra:
        return own
    return attrs.evolve(own, scope_tags=(*own.scope_tags, *extra))


def _split_change(change: ReformValue) -> tuple[Number, Unit | None]:
    if isinstance(change, tuple):
        if len(change) != 2:
            raise InvariantError(
                bilingual(f"改革值应为数值或（数值, 单位）：{change!r}", f"a reform value is a number or (number, unit): {change!r}"),
                "unit",
            )
        number, unit = change
        if isinstance(unit, Unit):
            return number, unit
        try:
            return number, Unit(unit)
        except (ValueError, TypeError):
            units = ", ".join(u.value for u in Unit)
            raise InvariantError(
                bilingual(f"未知单位：{unit!r}（应为 {units} 之一）", f"unknown unit: {unit!r} (one of {units})"), "unit"
            ) from None
    return change, None


#: Units of time a period is counted in (`ResolvedValue.period`): a period may move between them.
TIME_UNITS = frozenset({Unit.WORKING_DAYS, Unit.DAYS, Unit.MONTHS, Unit.YEARS})


def allowed_units(parameter: Parameter) -> frozenset[Unit]:
    """The units a reform may give ``parameter``: any unit of time for a period, else its own units."""
    own = frozenset(value.unit for value in parameter.values)
    return TIME_UNITS if own and own <= TIME_UNITS else own


def _whole(number: object) -> int | None:
    """``number`` as an int when it is a whole number (7, 7.0, Decimal("7")), else None."""
    if isinstance(number, bool):
        return None
    if isinstance(number, int):
        return number
    if isinstance(number, float) and math.isfinite(number) and number.is_integer():
        return int(number)
    if isinstance(number, Decimal) and number.is_finite() and number == number.to_integral_value():
        return int(number)
    return None


def _checked_change(key: str, parameter: Parameter, number: object, unit: Unit | None) -> Number:
    """The reformed number, checked against the parameter's kind (see `Profile.reform`)."""
    allowed = allowed_units(parameter)
    names = ", ".join(sorted(u.value for u in allowed)) or "（无）"

    def refuse(zh: str, en: str) -> InvariantError:
        return InvariantError(
            bilingual(f"改革参数 {key} 的值 {number!r} 无效：{zh}", f"reform of {key}: {number!r} is not allowed: {en}"),
            key,
        )

    if unit is not None and unit not in allowed:
        raise InvariantError(
            bilingual(
                f"改革参数 {key} 的单位 {unit.value!r} 无效：只可为 {names}",
                f"reform of {key}: the unit {unit.value!r} is not allowed; allowed: {names}",
            ),
            key,
        )
    units = {unit} if unit is not None else {value.unit for value in parameter.values}
    if units & TIME_UNITS:
        whole = _whole(number)
        if whole is None or whole < 1:
            raise refuse("期限须为正整数（如 7）", "a period must be a positive whole number (such as 7)")
        return whole
    if Unit.COUNT in units:
        whole = _whole(number)
        if whole is None or whole < 0:
            raise refuse("人数或次数须为非负整数", "a count must be a whole number, not negative")
        return whole
    if isinstance(number, bool) or not isinstance(number, int | float | Decimal):
        raise refuse("须为数值", "it must be a number")
    finite = number.is_finite() if isinstance(number, Decimal) else math.isfinite(number)
    if not finite or number < 0:
        raise refuse("须为非负的有限数值", "it must be a finite number, not negative")
    return number


def _comparable(value: ResolvedValue | None) -> tuple[Decimal, Unit] | None:
    return None if value is None else (Decimal(str(value.value)), value.unit)


_MONTHS = {Unit.MONTHS: 1, Unit.YEARS: 12}


def _longer(a: ResolvedValue, b: ResolvedValue) -> bool | None:
    """Whether ``a`` is certainly longer (larger) than ``b``; False if certainly not; None if unknown."""
    x, y = Decimal(str(a.value)), Decimal(str(b.value))
    if a.unit is b.unit:
        return x > y
    if a.unit in _MONTHS and b.unit in _MONTHS:
        return x * _MONTHS[a.unit] > y * _MONTHS[b.unit]
    # n working days span at least n calendar days (and usually more).
    if a.unit is Unit.WORKING_DAYS and b.unit is Unit.DAYS:
        return True if x > y else None
    if a.unit is Unit.DAYS and b.unit is Unit.WORKING_DAYS:
        return False if x <= y else None
    return None


def _weakens(child: ResolvedValue, parent: ResolvedValue) -> bool:
    parameter = parent.parameter
    if parameter.binds is Binds.PARTY:
        # A party's time limit protects the party: shorter is weaker.
        return _longer(parent, child) is True
    if parameter.bound is Bound.FLOOR:
        return _longer(parent, child) is True
    return _longer(child, parent) is True


def _finding(name: str, child: ResolvedValue, parent: ResolvedValue, on: dt.date) -> LintFinding:
    parameter = parent.parameter
    what_zh = {
        (Binds.AGENCY, Bound.FLOOR): "下限低于上级",
        (Binds.AGENCY, Bound.CEILING): "上限高于上级",
    }.get((parameter.binds, parameter.bound), "当事人的期限短于上级")
    what_en = {
        (Binds.AGENCY, Bound.FLOOR): "a lower floor than its parent",
        (Binds.AGENCY, Bound.CEILING): "a higher ceiling than its parent",
    }.get((parameter.binds, parameter.bound), "a shorter time limit for the party than its parent")
    cite = parent.citations[0].text() if parent.citations else ""
    return LintFinding(
        profile=name,
        parent=parent.profile,
        key=child.key,
        rule=parameter.rule,
        on=on,
        child=child,
        parent_value=parent,
        code=f"{parameter.rule}.laxer-than-parent",
        message_zh=(
            f"{child.key}（{parameter.description_zh}）：{name} 自 {on.isoformat()} 起为 {child.value}"
            f"{child.unit.label_zh}，{what_zh}（{parent.profile}：{parent.value}{parent.unit.label_zh}，{cite}）"
        ),
        message_en=(
            f"{child.key} ({parameter.description_en}): {name} has {child.value} {child.unit.value} from "
            f"{on.isoformat()}, {what_en} ({parent.profile}: {parent.value} {parent.unit.value})"
        ),
    )


def _rule_sort_key(rule_id: str) -> tuple[int, str, int]:
    order = "NDLEF"
    prefix = rule_id.rstrip("0123456789")
    number = rule_id[len(prefix) :]
    return (order.index(prefix) if prefix in order else len(order), prefix, int(number) if number else 0)
