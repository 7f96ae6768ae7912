"""MkDocs hooks: the numbers on the site come from the code, never from hand-copied prose.

What this file does at build time:

- generates one page per built-in rule profile (``profiles/<name>.md``, `File.generated`; the same
  text that ``docs/generate.py`` writes to disk for builds that run no hooks, such as Zensical): every
  parameter with its dated history, unit, bound, whom it binds and its quoted citations, and every rule
  entry (rules without a number) with its history;
- replaces a marker line ``<!-- xingzheng:rule-table PROCEDURE -->`` in a page with that procedure's
  rule table, drawn from the same profiles (``normative-documents``, ``major-decisions``,
  ``enforcement-cases``, ``legality-reviews``);
- replaces ``<!-- xingzheng:cli ARGS -->`` with the command and the output of ``xingzheng ARGS`` run in
  process, and ``<!-- xingzheng:cli-help -->`` with the help of every command that exists;
- replaces ``<!-- xingzheng:example examples/NAME.py -->`` with the script and its output;
- replaces ``<!-- xingzheng:severity-table PROFILE [RULES] -->`` with the table of finding codes, their
  severity, who is bound and the binding words (``severity_table.render``, from the profiles' data);
- expands inline ``{{ value PROFILE KEY DATE }}`` (``7 working days``), ``{{ value_zh PROFILE KEY DATE }}``
  (``7 个工作日``) and ``{{ cite PROFILE KEY DATE }}`` (the citation with its quoted wording).

An unknown marker, key or profile stops the build: a page can never show a number the code does not
have. The page sources keep only the markers, so ``tests/test_docs_examples.py`` can execute every
```python block of ``docs/`` while the generated parts are checked by building the site.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

try:
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import File, Files
except ImportError:  # `docs/generate.py` (pages and --render) needs no MkDocs: only the MkDocs build does

    class PluginError(Exception):  # type: ignore[no-redef]
        """Stands for MkDocs' error when the hook's renderers run without MkDocs."""

    File = Files = None  # type: ignore[assignment,misc]

ROOT = Path(__file__).resolve().parents[2]
log = logging.getLogger("mkdocs.hooks.xingzheng")

PROFILES = ("national", "tianjin-binhai-dagang")

#: Which parameters and rule entries each procedure page shows.
PROCEDURES: dict[str, dict[str, Any]] = {
    "normative-documents": {
        "title": "行政规范性文件 / Normative documents",
        "keys": lambda key, rule: key.startswith("normative_document."),
        "rules": lambda rule: rule.startswith("N") or rule == "F1",
    },
    "major-decisions": {
        "title": "重大行政决策 / Major decisions",
        "keys": lambda key, rule: key.startswith("major_decision."),
        "rules": lambda rule: rule.startswith("D"),
    },
    "enforcement-cases": {
        "title": "行政执法案件 / Enforcement cases",
        "keys": lambda key, rule: key.startswith("enforcement."),
        "rules": lambda rule: rule.startswith("E"),
    },
    "disclosure-requests": {
        "title": "依申请公开 / Disclosure requests",
        "keys": lambda key, rule: key.startswith("disclosure."),
        "rules": lambda rule: rule.startswith("G") or rule == "R3",
    },
    "reconsideration-cases": {
        "title": "行政复议案件 / Reconsideration cases",
        "keys": lambda key, rule: key.startswith("reconsideration."),
        "rules": lambda rule: rule.startswith("R"),
    },
    "petitions": {
        "title": "信访事项 / Petitions",
        "keys": lambda key, rule: key.startswith("petition."),
        "rules": lambda rule: rule.startswith("W"),
    },
    "legality-reviews": {
        "title": "合法性审核 / Legality reviews",
        "keys": lambda key, rule: rule in {"N7", "D4"},
        "rules": lambda rule: (
            rule.startswith("L") or rule in {"N6", "N9", "N10", "N11", "N12", "D4", "D6", "E6"}
        ),
    },
}

UNIT_EN = {
    "working_days": "working days",
    "days": "days",
    "months": "months",
    "years": "years",
    "hours": "hours",
    "count": "",
    "yuan": "yuan",
    "percent": "%",
}
UNIT_ZH = {
    "working_days": "个工作日",
    "days": "日",
    "months": "个月",
    "years": "年",
    "hours": "学时",
    "count": "人",
    "yuan": "元",
    "percent": "%",
}
_NEVER = dt.date(1, 1, 1)

_MARKER = re.compile(r"^<!--\s*xingzheng:(?P<name>[a-z-]+)(?P<args>[^>]*?)\s*-->\s*$", re.MULTILINE)
_INLINE = re.compile(r"\{\{\s*(?P<name>value|value_zh|cite)\s+(?P<args>[^}]*?)\s*\}\}")


# ----------------------------------------------------------------------------------------------- helpers


def _profiles() -> dict[str, Any]:
    from xingzheng.rules import load_profile

    return {name: load_profile(name) for name in PROFILES}


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _number(value: Any) -> str:
    text = str(value)
    return text[:-2] if text.endswith(".0") else text


def value_en(value: Any, unit: Any) -> str:
    """``7 working days``, ``3 %``, ``2``."""
    label = UNIT_EN[unit.value]
    if not label:
        return _number(value)
    return f"{_number(value)} {label}" if label != "%" else f"{_number(value)} %"


def value_zh(value: Any, unit: Any) -> str:
    """``7 个工作日``, ``30 日``."""
    return f"{_number(value)} {UNIT_ZH[unit.value]}"


def _since(day: dt.date) -> str:
    return "—" if day == _NEVER else day.isoformat()


def _citations(citations: Iterable[Any]) -> str:
    parts = []
    for citation in citations:
        head = f"{citation.title} {citation.place_zh()}"
        if citation.place_zh() != citation.place:
            head += f" ({citation.place})"
        parts.append(f"{head}：“{citation.quote}”" if citation.quote else head)
    return "<br>".join(_cell(p) for p in parts) or "—"


def _bound(parameter: Any) -> str:
    return {"floor": "下限 floor (at least)", "ceiling": "上限 ceiling (at most)"}[parameter.bound.value]


def _binds(parameter: Any) -> str:
    return {"agency": "机关 agency (duty)", "party": "当事人 party (time limit)"}[parameter.binds.value]


def _anchor(key: str) -> str:
    return key.replace(".", "-").replace("_", "-")


# ----------------------------------------------------------------------------------------------- tables


def _parameter_rows(profiles: dict[str, Any], select: Any) -> list[tuple[str, str, list[tuple[str, Any]]]]:
    """``(rule, key, [(profile name, own Parameter), …])`` for every selected key, in rule order."""
    from xingzheng.rules._profile import _rule_sort_key

    found: dict[str, tuple[str, list[tuple[str, Any]]]] = {}
    for name, profile in profiles.items():
        for parameter in profile.own_parameters:
            if select(parameter.key, parameter.rule):
                _rule, owners = found.setdefault(parameter.key, (parameter.rule, []))
                owners.append((name, parameter))
    return sorted(
        ((rule, key, owners) for key, (rule, owners) in found.items()),
        key=lambda row: (_rule_sort_key(row[0]), row[1]),
    )


def _history(owners: list[tuple[str, Any]]) -> str:
    return "<br>".join(
        f"{name}: "
        + "; ".join(f"{value_en(v.value, v.unit)} ({v.since.isoformat()}–)" for v in parameter.values)
        for name, parameter in owners
    )


def parameter_section(profiles: dict[str, Any], select: Any, *, heading: str = "###") -> str:
    """The table of parameters (rules with a number) and one detailed block per parameter."""
    rows = _parameter_rows(profiles, select)
    if not rows:
        return "_No parameter with a number for this procedure in the built-in profiles._\n"
    out = [
        "| Rule | Key | 含义 / Meaning | Bound | Binds | Values by profile (since) |",
        "|---|---|---|---|---|---|",
    ]
    for rule, key, owners in rows:
        first = owners[0][1]
        out.append(
            f"| {rule} | [`{key}`](#{_anchor(key)}) | {_cell(first.description_zh)}<br>{_cell(first.description_en)} "
            f"| {_bound(first)} | {_binds(first)} | {_history(owners)} |"
        )
    out.append("")
    for rule, key, owners in rows:
        first = owners[0][1]
        out.append(f"{heading} `{key}` {{ #{_anchor(key)} }}")
        out.append("")
        out.append(f"**{rule}** — {first.description_zh} / {first.description_en}")
        out.append("")
        facts = [f"{_bound(first)}", f"binds: {_binds(first)}"]
        if first.general:
            facts.append("一般 (“generally”): a departure needs a recorded reason")
        out.append("- " + "; ".join(facts))
        for label, attr in (
            ("Exception 例外", "exception"),
            ("Applies 适用条件", "condition"),
            ("Note 说明", "note"),
        ):
            texts = {getattr(p, attr) for _, p in owners if getattr(p, attr)}
            for text in sorted(texts):
                out.append(f"- {label}: {text}")
        out.append("")
        out.append("| Profile | Since 起 | Value 数值 | Citation 出处与原文 | Note |")
        out.append("|---|---|---|---|---|")
        for name, parameter in owners:
            for value in parameter.values:
                out.append(
                    f"| `{name}` | {value.since.isoformat()} | {value_en(value.value, value.unit)}<br>{value_zh(value.value, value.unit)} "
                    f"| {_citations(value.citations)} | {_cell(value.note) or '—'} |"
                )
        out.append("")
    return "\n".join(out)


def rule_entry_section(profiles: dict[str, Any], select: Any) -> str:
    """The table of rule entries (rules with or without a number) and their dated states."""
    from xingzheng.rules._profile import _rule_sort_key

    rows: list[tuple[Any, str, str, Any]] = []
    for name, profile in profiles.items():
        for entry in profile.own_rules:
            if select(entry.rule):
                rows.extend(
                    (_rule_sort_key(entry.rule), name, entry.rule, (entry, value)) for value in entry.values
                )
    if not rows:
        return "_No rule entry for this procedure in the built-in profiles._\n"
    rows.sort(key=lambda row: (row[0], PROFILES.index(row[1]) if row[1] in PROFILES else 9, row[3][1].since))
    out = [
        "| Rule | Title 标题 | Profile | Since 起 | In force 生效 | Scope 范围 | Citation 出处与原文 |",
        "|---|---|---|---|---|---|---|",
    ]
    for _, name, rule, (entry, value) in rows:
        in_force = "yes 是" if value.in_force else "**no 否** (not checked)"
        out.append(
            f"| {rule} | {_cell(entry.title_zh)}<br>{_cell(entry.title_en)} | `{name}` | {_since(value.since)} | {in_force} "
            f"| {_cell(value.scope) or '—'} | {_citations(value.citations)} |"
        )
    out.append("")
    return "\n".join(out)


def finding_section(profiles: dict[str, Any], select: Any) -> str:
    """The table of finding codes (severity, who is bound, binding words, conditions) from the profiles' data."""
    seen: set[tuple[str, str, dt.date]] = set()
    out = [
        "| Code | Severity 严重程度 | Profile | Since 起 | Bound 约束对象 | Binding words 约束用语 | When 条件 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, profile in profiles.items():
        for owner, _entry, state, spec in profile.finding_catalogue():
            key = (owner, spec.code, state.since)
            if owner != name or key in seen or not select(spec.rule):
                continue
            seen.add(key)
            words = _citations([spec.words]) if spec.words is not None else "—"
            when = _cell(spec.when) + (f"<br>*{_cell(spec.reading)}*" if spec.reading else "")
            out.append(
                f"| `{spec.code}` | {spec.severity} | `{owner}` | {_since(state.since)} | {_cell(spec.binds) or '—'} "
                f"| {words} | {when} |"
            )
    if len(out) == 2:
        return "_No finding code listed for this procedure yet._\n"
    out.append("")
    return "\n".join(out)


def procedure_rule_table(procedure: str) -> str:
    """The rule table of one procedure page, both built-in profiles."""
    if procedure not in PROCEDURES:
        raise PluginError(
            f"unknown procedure {procedure!r} in a rule-table marker; known: {sorted(PROCEDURES)}"
        )
    spec = PROCEDURES[procedure]
    profiles = _profiles()
    return "\n".join(
        [
            '!!! info "Generated from the built-in profiles at build time"',
            '    These tables are produced from `xingzheng.rules.load_profile("national")` and '
            '`load_profile("tianjin-binhai-dagang")` by `docs/hooks/xingzheng_docs.py`; nothing here is typed '
            "by hand. `tianjin-binhai-dagang` inherits every key it does not list from `national` "
            "(see [Profiles](../concepts/profiles.md)).",
            "",
            "### Rules with a number (parameters)",
            "",
            parameter_section(profiles, spec["keys"], heading="####"),
            "### Rule entries (in force, scope, basis)",
            "",
            rule_entry_section(profiles, spec["rules"]),
            "### Findings and their severity (from the profiles' data)",
            "",
            finding_section(profiles, spec["rules"]),
        ]
    )


def profile_page(name: str) -> str:
    """A whole profile as a page: its own parameters and rule entries."""
    from xingzheng.rules import load_profile

    profile = load_profile(name)
    parent = profile.parent.name if profile.parent is not None else None
    own = {name: profile}
    head = [
        f"# {profile.title_zh}",
        "",
        f"*{profile.title_en}* — profile `{name}`"
        + (f", parent [`{parent}`]({parent}.md)" if parent else "")
        + ".",
        "",
        '!!! info "Generated at build time"',
        f'    This page is generated from `xingzheng.rules.load_profile("{name}")` by `docs/hooks/xingzheng_docs.py`.',
        f"    It lists what `{name}` defines itself"
        + (f"; every other key and rule falls back to `{parent}`." if parent else "."),
        "",
        "```bash",
        f"xingzheng profile show {name}",
        "```",
        "",
        "## Parameters (rules with a number)",
        "",
        parameter_section(own, lambda key, rule: True),
        "## Rule entries",
        "",
        rule_entry_section(own, lambda rule: True),
    ]
    findings = profile.lint()
    head += ["## Lint: laxer than the parent", ""]
    if not findings:
        head.append(
            f"`xingzheng profile lint {name}` reports nothing: no value of this profile weakens its parent's."
        )
    else:
        head.append("| Code | Key | On | Message |")
        head.append("|---|---|---|---|")
        for finding in findings:
            head.append(
                f"| `{finding.code}` | `{finding.key}` | {finding.on} | {_cell(finding.message_zh)}<br>{_cell(finding.message_en)} |"
            )
    head.append("")
    return "\n".join(head)


# ----------------------------------------------------------------------------------------------- commands


def run_cli(args: str) -> str:
    """Run ``xingzheng ARGS`` in process and return a console block with its output."""
    from xingzheng.cli import main

    argv = shlex.split(args)
    out, err = io.StringIO(), io.StringIO()
    old_cwd = os.getcwd()
    os.environ["COLUMNS"] = "100"
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # --help, usage errors
                code = exc.code if isinstance(exc.code, int) else 0
    finally:
        os.chdir(old_cwd)
    text = out.getvalue() + err.getvalue()
    block = f"```console\n$ xingzheng {args}\n{text.rstrip()}\n```"
    if code:
        block += f"\n\nExit code {code}."
    return block


def cli_help() -> str:
    """``xingzheng --help`` and the help of every command the parser has."""
    import argparse

    from xingzheng.cli import build_parser

    parser = build_parser()
    blocks = [run_cli("--help")]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                blocks.append(f"### `xingzheng {name}`\n")
                blocks.append(run_cli(f"{name} --help"))
                for sub_action in sub._actions:
                    if isinstance(sub_action, argparse._SubParsersAction):
                        for subname in sub_action.choices:
                            blocks.append(f"#### `xingzheng {name} {subname}`\n")
                            blocks.append(run_cli(f"{name} {subname} --help"))
    return "\n\n".join(blocks)


def run_example(path: str) -> str:
    """The source of ``examples/NAME.py`` and the output of running it."""
    script = ROOT / path
    if not script.is_file() or script.suffix != ".py":
        raise PluginError(f"xingzheng:example names no script: {path}")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise PluginError(f"{path} failed (exit {result.returncode}):\n{result.stderr}")
    source = script.read_text(encoding="utf-8").rstrip()
    return "\n".join(
        [
            f'```python title="{path}"',
            source,
            "```",
            "",
            f"Output of `python {path}`:",
            "",
            "```text",
            result.stdout.rstrip(),
            "```",
        ]
    )


# ----------------------------------------------------------------------------------------------- inline values


def _inline(match: re.Match[str]) -> str:
    from xingzheng.errors import XingzhengError
    from xingzheng.rules import load_profile

    if match.start() > 0 and match.string[match.start() - 1] == "`":
        return match[0]  # quoted in inline code: shown as written
    name = match["name"]
    args = match["args"].split()
    if len(args) != 3:
        raise PluginError(f"{{{{ {name} … }}}} needs PROFILE KEY DATE, got {args}")
    profile_name, key, on = args
    try:
        resolved = load_profile(profile_name).get(key, on=dt.date.fromisoformat(on))
    except (XingzhengError, ValueError) as exc:
        raise PluginError(f"{{{{ {name} {match['args']} }}}}: {exc}") from exc
    if name == "value":
        return value_en(resolved.value, resolved.unit)
    if name == "value_zh":
        return value_zh(resolved.value, resolved.unit)
    return _citations(resolved.citations).replace("<br>", "; ")


# ----------------------------------------------------------------------------------------------- hooks


def on_config(config: Any, **kwargs: Any) -> Any:
    try:
        import jieba
    except ImportError:
        log.warning(
            "jieba is not installed: Chinese search would not be segmented (pip install -e '.[docs]')"
        )
        return config
    jieba.setLogLevel(logging.WARNING)
    userdict = Path(__file__).with_name("jieba-userdict.txt")
    if userdict.is_file():
        jieba.load_userdict(str(userdict))
    return config


def generated_pages() -> dict[str, str]:
    """Every page generated from the code: its path under ``docs/`` and its text.

    ``docs/generate.py`` writes them to disk before a build (Zensical runs no MkDocs hooks); `on_files`
    serves the same text to MkDocs, replacing whatever file is on disk, so a stale file never shows.
    """
    return {f"profiles/{name}.md": profile_page(name) for name in PROFILES}


def on_files(files: Files, config: Any, **kwargs: Any) -> Files:
    for path, content in generated_pages().items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


def _severity_table() -> Any:
    """docs/hooks/severity_table.py, loaded by path (a hooks file is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("severity_table", Path(__file__).with_name("severity_table.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_markdown(markdown: str, src_uri: str) -> str:
    """A page's Markdown with every ``<!-- xingzheng:… -->`` marker and ``{{ value … }}`` rendered.

    The MkDocs build calls it from `on_page_markdown`; ``docs/generate.py --render`` calls it for builds
    that run no MkDocs hooks (Zensical), so both show the same tables, outputs and numbers.
    """

    def replace(match: re.Match[str]) -> str:
        name, args = match["name"], match["args"].strip()
        if name == "rule-table":
            return procedure_rule_table(args)
        if name == "cli":
            return run_cli(args)
        if name == "cli-help":
            return cli_help()
        if name == "example":
            return run_example(args)
        if name == "severity-table":  # issue 17: rendered by docs/hooks/severity_table.py
            return _severity_table().render(*args.split())
        if name == "docs-test":  # a marker for tests/test_docs_examples.py, not for the build
            return match[0]
        raise PluginError(f"{src_uri}: unknown marker xingzheng:{name}")

    markdown = _MARKER.sub(replace, markdown)
    return _INLINE.sub(_inline, markdown)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    return render_markdown(markdown, page.file.src_uri)
