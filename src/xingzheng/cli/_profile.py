"""Commands `profile list|show|diff|lint`: the rule profiles as tables or JSON.

``profile lint`` exits 1 when it reports anything (DECISIONS.md); a profile file that cannot be loaded
exits 2 (through `xingzheng.cli.main`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any

from xingzheng.cli._common import add_format_options, emit_json, iso_date, to_jsonable
from xingzheng.rules import (
    LintFinding,
    Parameter,
    ParameterValue,
    Profile,
    ResolvedValue,
    RuleDiff,
    RuleValue,
    builtin_profile_names,
    load_profile,
)

__all__ = ["register"]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([_width(h), *(_width(r[i]) for r in rows)]) for i, h in enumerate(head)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(head), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _number(value: object) -> str:
    return str(value)


def _cite(value: ParameterValue | ResolvedValue) -> str:
    return "; ".join(f"{c.title} {c.place_zh()}" for c in value.citations) or str(value.note)


def _row(parameter: Parameter, value: ParameterValue | ResolvedValue, profile: str) -> list[str]:
    return [
        parameter.key,
        _number(value.value),
        value.unit.value,
        parameter.bound.value,
        parameter.binds.value,
        value.since.isoformat(),
        profile,
        _cite(value),
    ]


_SHOW_HEAD = ("key", "value", "unit", "bound", "binds", "since", "profile", "citation")


def _list(args: argparse.Namespace) -> int:
    profiles = [load_profile(name) for name in builtin_profile_names()]
    if args.format == "json":
        emit_json(
            [
                {
                    "name": p.name,
                    "parent": p.parent.name if p.parent else None,
                    "title_zh": p.title_zh,
                    "title_en": p.title_en,
                    "parameters": len(p.own_parameters),
                    "rules": len(p.own_rules),
                }
                for p in profiles
            ]
        )
        return 0
    rows = [
        [p.name, p.parent.name if p.parent else "-", str(len(p.own_parameters)), str(len(p.own_rules)), p.title_zh]
        for p in profiles
    ]
    print(_table(("name", "parent", "parameters", "rules", "title"), rows))
    return 0


def _history(profile: Profile) -> list[tuple[Parameter, ParameterValue, str]]:
    """Every dated value the profile resolves: own values, and the parent's before (or without) them."""
    found: list[tuple[Parameter, ParameterValue, str]] = []
    for key in profile.parameters:
        for on in profile.change_dates(key):
            resolved = profile.find(key, on)
            if resolved is None or resolved.since != on:
                continue
            value = ParameterValue(
                since=resolved.since, value=resolved.value, unit=resolved.unit,
                citations=resolved.citations, note=resolved.note,
            )
            found.append((resolved.parameter, value, resolved.profile))
    return found


def _show(args: argparse.Namespace) -> int:
    profile = load_profile(args.name)
    on: dt.date | None = args.on
    if on is not None:
        resolved = [r for key in profile.parameters if (r := profile.find(key, on)) is not None]
        if args.format == "json":
            emit_json({"profile": profile.name, "on": on.isoformat(), "values": to_jsonable(tuple(resolved))})
            return 0
        print(f"{profile.name} — {profile.title_zh}（{on.isoformat()} 生效 / in force on {on.isoformat()}）")
        print(_table(_SHOW_HEAD, [_row(r.parameter, r, r.profile) for r in resolved]))
        return 0
    history = _history(profile)
    if args.format == "json":
        emit_json(
            {
                "profile": profile.name,
                "on": None,
                "values": [
                    {"key": p.key, "profile": source, "parameter": to_jsonable(p), "value": to_jsonable(v)}
                    for p, v, source in history
                ],
            }
        )
        return 0
    print(f"{profile.name} — {profile.title_zh}（全部历史值 / every dated value）")
    print(_table(_SHOW_HEAD, [_row(p, v, source) for p, v, source in history]))
    return 0


def _diff(args: argparse.Namespace) -> int:
    left, right = load_profile(args.left), load_profile(args.right)
    diffs = left.diff(right)
    if args.format == "json":
        emit_json({"left": left.name, "right": right.name, "differences": to_jsonable(diffs)})
        return 0

    def side(value: ResolvedValue | RuleValue | None) -> str:
        if value is None:
            return "-"
        if isinstance(value, RuleValue):
            tags = ",".join((*value.scope_tags, *(f"except:{e}" for e in value.exceptions)))
            return ("in force" if value.in_force else "not in force") + (f" [{tags}]" if tags else "")
        return f"{value.value} {value.unit.value}"

    rows = [
        [d.key, d.on.isoformat(), side(d.left), side(d.right)]
        + ([",".join(d.fields)] if isinstance(d, RuleDiff) else ["value"])
        for d in diffs
    ]
    print(_table(("key", "from", left.name, right.name, "differs"), rows))
    return 0


def _lint(args: argparse.Namespace) -> int:
    profile = load_profile(args.name)
    findings = profile.lint()
    if args.format == "json":
        from xingzheng.io._output import lint_json

        emit_json({"profile": profile.name, "findings": [lint_json(f) for f in findings]})
    elif not findings:
        print(f"{profile.name}：未发现宽于上级的规则 / no rule laxer than the parent")
    else:
        rows = [
            [
                f.code,
                f.key,
                f.on.isoformat(),
                f"{f.child.value} {f.child.unit.value}",
                f"{f.parent_value.value} {f.parent_value.unit.value} ({f.parent})",
                _cite(f.parent_value),
            ]
            if isinstance(f, LintFinding)
            else [f.code, f.key, f.on.isoformat(), f"{f.aspect} {f.detail}".strip(), f"({f.parent})", ""]
            for f in findings
        ]
        print(_table(("code", "key", "from", profile.name, "parent", "parent citation"), rows))
        for f in findings:
            print(f"- {f.message}")
    return 1 if findings else 0


def register(subparsers: Any) -> None:
    """Add ``profile list|show|diff|lint``."""
    parser = subparsers.add_parser("profile", help="规则配置 / rule profiles")
    commands = parser.add_subparsers(dest="profile_command", metavar="SUBCOMMAND")
    commands.required = True

    listing = commands.add_parser("list", help="列出内置规则配置 / list the built-in profiles")
    add_format_options(listing)
    listing.set_defaults(func=_list)

    show = commands.add_parser("show", help="显示规则配置的参数 / show a profile's parameters")
    show.add_argument("name", metavar="NAME", help="内置名称或 TOML 文件 / built-in name or TOML file")
    show.add_argument("--on", type=iso_date, default=None, metavar="DATE", help="只显示当日生效的值 / values in force on DATE")
    add_format_options(show)
    show.set_defaults(func=_show)

    diff = commands.add_parser("diff", help="比较两个规则配置 / compare two profiles")
    diff.add_argument("left", metavar="A")
    diff.add_argument("right", metavar="B")
    add_format_options(diff)
    diff.set_defaults(func=_diff)

    lint = commands.add_parser("lint", help="找出宽于上级的规则（有发现时退出码 1）/ find rules laxer than the parent (exit 1)")
    lint.add_argument("name", metavar="NAME")
    add_format_options(lint)
    lint.set_defaults(func=_lint)
