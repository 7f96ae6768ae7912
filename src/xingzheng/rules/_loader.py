"""Loading rule profiles from TOML: the built-ins inside the package and a user's own files.

Every problem of a file is collected with its path (``$.parameters[3].values[0].unit``) and raised at
once as a `LoadError` naming the file; unknown keys are errors.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
import typing
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from xingzheng.errors import InvariantError, LoadError
from xingzheng.rules._model import (
    ARTICLE_PLACE,
    RULE_EXCEPTIONS,
    SCOPE_TAGS,
    SECTION_PLACE,
    SEED_PLACE,
    STANDARD_PLACE,
    STANDARD_SOURCE,
    Binds,
    Bound,
    Citation,
    FindingSpec,
    Number,
    Parameter,
    ParameterValue,
    RuleEntry,
    RuleValue,
    Unit,
)
from xingzheng.rules._profile import Profile

__all__ = ["BUILTIN_PROFILES", "SCHEMA_VERSION", "builtin_profile_names", "load_profile", "parse_profile"]

SCHEMA_VERSION = 1

#: The built-in profiles, in order (a parent before its children).
BUILTIN_PROFILES: tuple[str, ...] = ("national", "tianjin-binhai-dagang")

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$")
RULE_PATTERN = re.compile(r"^[A-Z]{1,3}[0-9]{1,3}$")
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
LAW_SOURCE = re.compile(r"^[a-z0-9-]+\.md$")

Problems = list[tuple[str, str, str]]


def builtin_profile_names() -> tuple[str, ...]:
    """The names of the profiles shipped with xingzheng."""
    return BUILTIN_PROFILES


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a built-in profile by name, or a profile file (``.toml``) by path.

    A file names its parent by name (``parent = "national"``). Built-ins are loaded once and cached.

    Raises:
        LoadError: the file is not valid TOML, or breaks the profile format (every problem listed).
        OSError: the file cannot be read.
    """
    if isinstance(name_or_path, str) and name_or_path in BUILTIN_PROFILES:
        return _builtin(name_or_path)
    path = Path(name_or_path)
    if isinstance(name_or_path, str) and path.suffix != ".toml" and not path.exists():
        raise LoadError(
            [("$", f"没有名为 {name_or_path} 的内置规则配置，也不是文件", f"no built-in profile or file named {name_or_path}")],
            source=str(name_or_path),
        )
    return parse_profile(path.read_bytes(), source=str(path))


@functools.cache
def _builtin(name: str) -> Profile:
    data = resources.files("xingzheng.rules").joinpath("data", f"{name}.toml").read_bytes()
    profile = parse_profile(data, source=f"builtin:{name}")
    if profile.name != name:
        raise LoadError([("$.name", f"名称应为 {name}", f"the name must be {name}")], source=f"builtin:{name}")
    return profile


def parse_profile(data: bytes | str, source: str = "<string>") -> Profile:
    """Parse and validate the TOML text of a profile.

    Raises:
        LoadError: every problem found, each as ``(path, message_zh, message_en)``.
    """
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        document = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise LoadError([("$", f"不是 UTF-8 文本：{exc}", f"not UTF-8 text: {exc}")], source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise LoadError([("$", f"不是有效的 TOML：{exc}", f"not valid TOML: {exc}")], source=source) from None
    problems: Problems = []
    reader = _Reader(problems)
    profile = reader.profile(document)
    if problems or profile is None:
        raise LoadError(problems, source=source)
    return attrs_evolve_source(profile, source)


def attrs_evolve_source(profile: Profile, source: str) -> Profile:
    """The same profile with its ``source`` set."""
    return Profile(
        name=profile.name,
        parent=profile.parent,
        own_parameters=profile.own_parameters,
        own_rules=profile.own_rules,
        title_zh=profile.title_zh,
        title_en=profile.title_en,
        source=source,
    )


_TYPE_NAMES = {str: ("字符串", "a string"), bool: ("布尔值", "a boolean"), list: ("数组", "an array"), dict: ("表", "a table")}


class _Reader:
    """Walks a parsed TOML document, collecting every problem with its path."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def problem(self, path: str, zh: str, en: str) -> None:
        self.problems.append((path, zh, en))

    def table(self, value: object, path: str, allowed: set[str], required: set[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, "应为表", "must be a table")
            return None
        for key in sorted(set(value) - allowed):
            self.problem(f"{path}.{key}", "未知的键", "unknown key")
        for key in sorted(required - set(value)):
            self.problem(f"{path}.{key}", "缺少必需的键", "required key missing")
        return value

    def typed(self, table: dict[str, Any], key: str, path: str, kind: type, default: Any = None) -> Any:
        if key not in table:
            return default
        value = table[key]
        if kind is str and not isinstance(value, str):
            zh, en = _TYPE_NAMES[str]
        elif kind is bool and not isinstance(value, bool):
            zh, en = _TYPE_NAMES[bool]
        elif kind is list and not isinstance(value, list):
            zh, en = _TYPE_NAMES[list]
        else:
            return value
        self.problem(f"{path}.{key}", f"应为{zh}", f"must be {en}")
        return default

    def text(self, table: dict[str, Any], key: str, path: str, required: bool = False) -> str:
        value: str = self.typed(table, key, path, str, "")
        if required and key in table and isinstance(table[key], str) and not value.strip():
            self.problem(f"{path}.{key}", "不能为空", "must not be empty")
        return value

    def enum(self, table: dict[str, Any], key: str, path: str, kind: Callable[[str], Any]) -> Any:
        value = table.get(key)
        if key not in table:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return kind(value)
        except ValueError:
            choices = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            self.problem(f"{path}.{key}", f"无效值 {value!r}（应为 {choices} 之一）", f"invalid value {value!r} (one of {choices})")
            return None

    def date(self, table: dict[str, Any], key: str, path: str) -> dt.date | None:
        value = table.get(key)
        if key not in table:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.problem(f"{path}.{key}", "应为 TOML 日期（如 2021-07-15）", "must be a TOML date (e.g. 2021-07-15)")
            return None
        return value

    # -- the document ------------------------------------------------------------------------------

    def profile(self, document: dict[str, Any]) -> Profile | None:
        top = self.table(
            document,
            "$",
            {"schema_version", "name", "parent", "title_zh", "title_en", "parameters", "rules"},
            {"schema_version", "name"},
        )
        if top is None:
            return None
        version = top.get("schema_version")
        if "schema_version" in top and (isinstance(version, bool) or version != SCHEMA_VERSION):
            self.problem("$.schema_version", f"不支持的版本 {version!r}（应为 {SCHEMA_VERSION}）", f"unsupported version {version!r} (expected {SCHEMA_VERSION})")
        name = self.text(top, "name", "$", required=True)
        if name and not NAME_PATTERN.match(name):
            self.problem("$.name", "名称只能含小写字母、数字、- 和 _", "a name may hold only lower-case letters, digits, - and _")
        parent: Profile | None = None
        parent_name = self.text(top, "parent", "$")
        if "parent" in top and isinstance(top["parent"], str):
            if parent_name not in BUILTIN_PROFILES:
                self.problem("$.parent", f"没有名为 {parent_name!r} 的内置规则配置", f"no built-in profile named {parent_name!r}")
            elif parent_name == name:
                self.problem("$.parent", "规则配置不能以自身为上级", "a profile cannot be its own parent")
            else:
                parent = _builtin(parent_name)
        parameters = [
            p
            for i, item in enumerate(self.typed(top, "parameters", "$", list, []))
            if (p := self.parameter(item, f"$.parameters[{i}]")) is not None
        ]
        rules = [
            r
            for i, item in enumerate(self.typed(top, "rules", "$", list, []))
            if (r := self.rule_entry(item, f"$.rules[{i}]")) is not None
        ]
        self.unique([p.key for p in parameters], "$.parameters", "key")
        self.unique([r.rule for r in rules], "$.rules", "rule")
        if parent is not None:
            for i, p in enumerate(parameters):
                if p.key in parent.parameters:
                    inherited = parent.parameter(p.key)
                    if (inherited.bound, inherited.binds) != (p.bound, p.binds):
                        self.problem(f"$.parameters[{i}]", f"{p.key} 的 bound/binds 与上级不同", f"{p.key}: bound/binds differ from the parent's")
        if self.problems:
            return None
        return Profile(
            name=name,
            parent=parent,
            own_parameters=tuple(parameters),
            own_rules=tuple(rules),
            title_zh=self.text(top, "title_zh", "$"),
            title_en=self.text(top, "title_en", "$"),
        )

    def unique(self, keys: list[str], path: str, what: str) -> None:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                self.problem(path, f"重复的 {what}：{key}", f"duplicate {what}: {key}")
            seen.add(key)

    def parameter(self, item: object, path: str) -> Parameter | None:
        table = self.table(
            item,
            path,
            {"key", "rule", "description_zh", "description_en", "bound", "binds", "general", "exception", "condition", "note", "values"},
            {"key", "rule", "description_zh", "description_en", "bound", "binds", "values"},
        )
        if table is None:
            return None
        before = len(self.problems)
        key = self.text(table, "key", path, required=True)
        if key and not KEY_PATTERN.match(key):
            self.problem(f"{path}.key", f"键的格式应为 <主体>.<概念>[.min|.max]：{key!r}", f"a key has the form <subject>.<concept>[.min|.max]: {key!r}")
        rule = self.text(table, "rule", path, required=True)
        if rule and not RULE_PATTERN.match(rule):
            self.problem(f"{path}.rule", f"规则编号格式无效：{rule!r}", f"invalid rule ID: {rule!r}")
        bound = self.enum(table, "bound", path, Bound)
        binds = self.enum(table, "binds", path, Binds)
        raw_values = self.typed(table, "values", path, list, [])
        if "values" in table and isinstance(table["values"], list) and not raw_values:
            self.problem(f"{path}.values", "至少需要一个历史值", "at least one value is required")
        values = [self.parameter_value(v, f"{path}.values[{i}]") for i, v in enumerate(raw_values)]
        self.ascending([v.since if v else None for v in values], f"{path}.values")
        fields = {
            name: self.text(table, name, path, required=name.startswith("description"))
            for name in ("description_zh", "description_en", "exception", "condition", "note")
        }
        general = self.typed(table, "general", path, bool, False)
        if len(self.problems) > before:
            return None
        return Parameter(
            key=key, rule=rule, bound=bound, binds=binds, general=general,
            values=tuple(v for v in values if v is not None), **fields,
        )

    def ascending(self, dates: list[dt.date | None], path: str) -> None:
        for i in range(1, len(dates)):
            earlier, later = dates[i - 1], dates[i]
            if earlier is not None and later is not None and later <= earlier:
                self.problem(f"{path}[{i}].since", "生效日期必须晚于前一个值", "must be later than the previous value's")

    def parameter_value(self, item: object, path: str) -> ParameterValue | None:
        table = self.table(item, path, {"since", "value", "unit", "citations", "note"}, {"since", "value", "unit", "citations"})
        if table is None:
            return None
        before = len(self.problems)
        since = self.date(table, "since", path)
        value = table.get("value")
        if "value" in table and (isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or value != value):
            self.problem(f"{path}.value", f"应为非负数：{value!r}", f"must be a non-negative number: {value!r}")
        unit = self.enum(table, "unit", path, Unit)
        citations = self.citations(table, path, required=True)
        note = self.text(table, "note", path)
        if len(self.problems) > before or since is None:
            return None
        try:
            return ParameterValue(since=since, value=typing.cast(Number, value), unit=unit, citations=citations, note=note)
        except InvariantError as exc:
            self.problem(f"{path}.{exc.field or 'value'}", exc.message, exc.message_en)
            return None

    def citations(self, table: dict[str, Any], path: str, required: bool) -> tuple[Citation, ...]:
        raw = self.typed(table, "citations", path, list, [])
        if required and "citations" in table and isinstance(table["citations"], list) and not raw:
            self.problem(f"{path}.citations", "至少需要一处引用", "at least one citation is required")
        found = [self.citation(c, f"{path}.citations[{i}]") for i, c in enumerate(raw)]
        return tuple(c for c in found if c is not None)

    def citation(self, item: object, path: str) -> Citation | None:
        table = self.table(item, path, {"source", "place", "quote"}, {"source", "place"})
        if table is None:
            return None
        before = len(self.problems)
        source = self.text(table, "source", path, required=True)
        place = self.text(table, "place", path, required=True)
        quote = self.text(table, "quote", path)
        if source == STANDARD_SOURCE:
            pattern = STANDARD_PLACE
        elif source == "seed":
            pattern = SEED_PLACE
        elif source.startswith("normative-document-legality-review-opinion"):
            pattern = SECTION_PLACE
        elif LAW_SOURCE.match(source):
            pattern = ARTICLE_PLACE
        else:
            self.problem(f"{path}.source", f"未知的来源：{source!r}（应为 laws/ 中的文件名、seed 或 {STANDARD_SOURCE}）", f"unknown source: {source!r} (a file in laws/, seed, or {STANDARD_SOURCE})")
            pattern = None
        if pattern is not None and place and not pattern.match(place):
            self.problem(f"{path}.place", f"位置格式无效：{place!r}", f"invalid place: {place!r}")
        if source != STANDARD_SOURCE and "quote" in table and not quote.strip():
            self.problem(f"{path}.quote", "引文不能为空", "the quote must not be empty")
        if source and source != STANDARD_SOURCE and "quote" not in table:
            self.problem(f"{path}.quote", "缺少引文", "the quote is missing")
        if len(self.problems) > before:
            return None
        return Citation(source=source, place=place, quote=quote)

    def rule_entry(self, item: object, path: str) -> RuleEntry | None:
        table = self.table(item, path, {"rule", "title_zh", "title_en", "values"}, {"rule", "title_zh", "title_en", "values"})
        if table is None:
            return None
        before = len(self.problems)
        rule = self.text(table, "rule", path, required=True)
        if rule and not RULE_PATTERN.match(rule):
            self.problem(f"{path}.rule", f"规则编号格式无效：{rule!r}", f"invalid rule ID: {rule!r}")
        title_zh = self.text(table, "title_zh", path, required=True)
        title_en = self.text(table, "title_en", path, required=True)
        raw_values = self.typed(table, "values", path, list, [])
        if "values" in table and isinstance(table["values"], list) and not raw_values:
            self.problem(f"{path}.values", "至少需要一个历史状态", "at least one value is required")
        values = [self.rule_value(v, f"{path}.values[{i}]") for i, v in enumerate(raw_values)]
        self.ascending([v.since if v else None for v in values], f"{path}.values")
        for i, value in enumerate(values):
            for k, spec in enumerate(value.findings if value is not None else ()):
                if rule and spec.rule != rule:
                    self.problem(
                        f"{path}.values[{i}].findings[{k}].code",
                        f"发现代码 {spec.code} 不以规则编号 {rule} 开头",
                        f"finding code {spec.code} does not start with the rule ID {rule}",
                    )
        if len(self.problems) > before:
            return None
        return RuleEntry(rule=rule, title_zh=title_zh, title_en=title_en, values=tuple(v for v in values if v is not None))

    def rule_value(self, item: object, path: str) -> RuleValue | None:
        table = self.table(
            item,
            path,
            {"since", "in_force", "scope", "citations", "note", "refuses_step", "exceptions", "scope_tags", "findings"},
            {"since", "in_force"},
        )
        if table is None:
            return None
        before = len(self.problems)
        since = self.date(table, "since", path)
        in_force = self.typed(table, "in_force", path, bool, False)
        scope = self.text(table, "scope", path)
        citations = self.citations(table, path, required=False)
        if in_force is True and not citations and len(self.problems) == before:
            self.problem(f"{path}.citations", "生效的规则需要引用", "a rule in force needs citations")
        note = self.text(table, "note", path)
        refuses_step = self.typed(table, "refuses_step", path, bool, False)
        exceptions = self.names(table, "exceptions", path, RULE_EXCEPTIONS)
        scope_tags = self.names(table, "scope_tags", path, SCOPE_TAGS)
        findings = self.finding_specs(table, path)
        if in_force is False:
            for key in ("refuses_step", "exceptions", "scope_tags", "findings"):
                if table.get(key):
                    self.problem(f"{path}.{key}", "未生效的规则不能有此键", "a rule not in force cannot have this key")
        if len(self.problems) > before or since is None:
            return None
        return RuleValue(
            since=since, in_force=in_force, scope=scope, citations=citations, note=note,
            refuses_step=refuses_step, exceptions=exceptions, scope_tags=scope_tags, findings=findings,
        )

    def finding_specs(self, table: dict[str, Any], path: str) -> tuple[FindingSpec, ...]:
        """The ``findings`` array of a rule value: each code with its severity, duty-holder and binding words."""
        raw = self.typed(table, "findings", path, list, [])
        found: list[FindingSpec] = []
        seen: set[str] = set()
        for i, item in enumerate(raw):
            here = f"{path}.findings[{i}]"
            spec_table = self.table(item, here, {"code", "severity", "binds", "when", "words", "reading"}, {"code", "severity"})
            if spec_table is None:
                continue
            before = len(self.problems)
            code = self.text(spec_table, "code", here, required=True)
            severity = self.text(spec_table, "severity", here, required=True)
            binds = self.text(spec_table, "binds", here)
            when = self.text(spec_table, "when", here)
            reading = self.text(spec_table, "reading", here)
            words = self.citation(spec_table["words"], f"{here}.words") if "words" in spec_table else None
            if code in seen:
                self.problem(f"{here}.code", f"重复的发现代码：{code}", f"repeated finding code: {code}")
            seen.add(code)
            if len(self.problems) > before:
                continue
            try:
                found.append(FindingSpec(code=code, severity=severity, binds=binds, when=when, words=words, reading=reading))
            except InvariantError as exc:
                self.problem(f"{here}.{exc.field or 'code'}", exc.message, exc.message_en)
        return tuple(found)

    def names(self, table: dict[str, Any], key: str, path: str, vocabulary: Mapping[str, str]) -> tuple[str, ...]:
        """An array of names from a closed vocabulary (each unknown or repeated name is a problem)."""
        raw = self.typed(table, key, path, list, [])
        found: list[str] = []
        choices = ", ".join(vocabulary)
        for i, name in enumerate(raw):
            here = f"{path}.{key}[{i}]"
            if not isinstance(name, str) or name not in vocabulary:
                self.problem(here, f"未知的 {key} 值 {name!r}（应为 {choices} 之一）", f"unknown {key} value {name!r} (one of {choices})")
            elif name in found:
                self.problem(here, f"重复的 {key} 值 {name!r}", f"repeated {key} value {name!r}")
            else:
                found.append(name)
        return tuple(found)
