"""The one JSON shape of what the command line writes: findings, problems, reports, and its JSON Schema.

Every command that writes JSON builds it here, so one shape holds everywhere:

- a finding: ``code``, ``severity``, ``path``, ``message``, ``message_en``, ``citation``, ``parameter``,
  ``dates`` (exactly `to_dict` of a `Finding`);
- a problem (why a file could not be loaded): ``code``, ``path``, ``message``, ``message_en``, and
  ``input`` where the loader reports the offending value;
- a report: `to_dict` of a `Report` (its findings as above, and ``ok``).

`output_schema` is the JSON Schema of the whole output of ``check``, ``upcoming`` and ``demo``
(``xingzheng schema --output``); the tests validate the commands' output against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from xingzheng.errors import LoadError
from xingzheng.io._converter import converter

__all__ = [
    "PROBLEM_CODES",
    "finding_json",
    "lint_json",
    "output_schema",
    "problem_code",
    "problem_json",
    "problems_json",
    "report_json",
    "unreadable_json",
    "upcoming_json",
]


# --- problems ---------------------------------------------------------------------------------------

#: How a problem's code is told from its English message while `LoadError` has no ``errors()``: the first
#: pattern that matches wins, else ``invalid``. The seam: `problems_json` prefers ``exc.errors()``.
_CODE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern))
    for code, pattern in (
        ("missing", r"^required field is missing"),
        ("extra_field", r"^unknown field"),
        ("duplicate_key", r"^duplicate key"),
        ("number.nan", r"is not valid JSON and is not accepted|^NaN and infinity"),
        ("too_deep", r"^nested too deeply"),
        ("too_large", r"^input too large"),
        ("too_many", r"^too many problems"),
        ("json.syntax", r"^invalid JSON|^unparsable JSON|^invalid TOML"),
        ("encoding", r"^not UTF-8"),
        ("file", r"^cannot read the file|^unsupported file type|^the folder holds no records"),
        ("kind", r"^unknown kind|^the record has no kind|^expected kind"),
        ("schema_version", r"schema_version"),
        ("date.format", r"^expected a date as|^expected a TOML date"),
        ("date.invalid", r"^no such date"),
        ("datetime.format", r"^expected an RFC 3339|^expected a TOML offset|^the date-time has no timezone"),
        ("type.string", r"^expected a string"),
        ("type.integer", r"^expected an integer"),
        ("type.number", r"^expected a number|^expected a decimal"),
        ("type.boolean", r"^expected a boolean"),
        ("type.object", r"^expected an object|^the top level must be an object"),
        ("type.array", r"^expected an array"),
        ("enum", r"^not one of|^expected one of"),
    )
)
#: Every code `problem_code` can give.
PROBLEM_CODES: tuple[str, ...] = (*(code for code, _ in _CODE_PATTERNS), "invariant", "invalid")


def problem_code(path: str, message_en: str) -> str:
    """A stable machine code for a load problem, from its English message (see `_CODE_PATTERNS`)."""
    for code, pattern in _CODE_PATTERNS:
        if pattern.search(message_en):
            return code
    if path.endswith(".schema_version"):
        return "schema_version"
    return "invalid"


def problem_json(problem: Mapping[str, Any]) -> dict[str, Any]:
    """One problem in the one shape: ``code``, ``path``, ``message``, ``message_en`` (and ``input``)."""
    out = {
        "code": str(problem["code"]),
        "path": str(problem["path"]),
        "message": str(problem["message"]),
        "message_en": str(problem["message_en"]),
    }
    if problem.get("input") is not None:
        out["input"] = problem["input"]
    return out


def problems_json(exc: LoadError) -> list[dict[str, Any]]:
    """Every problem of a `LoadError` in the one shape.

    ``exc.errors()`` gives the codes where `LoadError` has it; until then the code is told from the
    message (`problem_code`).
    """
    errors = getattr(exc, "errors", None)
    if callable(errors):
        return [problem_json(item) for item in errors()]
    return [
        problem_json({"code": problem_code(path, en), "path": path, "message": zh, "message_en": en})
        for path, zh, en in exc.problems
    ]


def unreadable_json(file: str | Path, exc: LoadError) -> dict[str, Any]:
    """A file that could not be loaded: ``file`` and its ``problems``."""
    return {"file": str(file), "problems": problems_json(exc)}


# --- findings and reports ----------------------------------------------------------------------------


def finding_json(finding: Any) -> dict[str, Any]:
    """One finding in the one shape (`to_dict` of a `Finding`)."""
    data: dict[str, Any] = converter.unstructure(finding)
    return data


def report_json(report: Any, file: str | Path | None = None) -> dict[str, Any]:
    """A report as the command line writes it: ``{"file", "ok", "report"}`` (``report`` is `to_dict`)."""
    data: dict[str, Any] = converter.unstructure(report)
    return {"file": None if file is None else str(file), "ok": report.ok, "report": data}


def upcoming_json(item: Any, file: str | Path | None = None) -> dict[str, Any]:
    """Something due next, as the command line writes it: ``file`` and `to_dict` of the `Upcoming`."""
    data: dict[str, Any] = converter.unstructure(item)
    return {"file": None if file is None else str(file), **data}


def lint_json(finding: Any) -> dict[str, Any]:
    """A profile lint finding with the one shape's keys: ``code``, ``path`` (the parameter key),
    ``message``, ``message_en``, then the lint's own fields."""
    data: dict[str, Any] = converter.unstructure(finding)
    return {
        "code": finding.code,
        "path": finding.key,
        "message": finding.message_zh,
        "message_en": finding.message_en,
        **{k: v for k, v in data.items() if k not in ("code", "message_zh", "message_en")},
    }


# --- the schema of the output ------------------------------------------------------------------------


def _problem_schema() -> dict[str, Any]:
    return {
        "title": "Problem",
        "description": "无法读取的原因 / why an input could not be loaded",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "机器可读的代码 / machine code (missing, enum, date.format, …)"},
            "path": {"type": "string", "description": "JSON 路径 / JSON path of the value ($.a.b[0])"},
            "message": {"type": "string", "description": "中文说明 / the problem in Chinese"},
            "message_en": {"type": "string", "description": "英文说明 / the problem in English"},
            "input": {"description": "出错的值（截短） / the offending value, cut short"},
        },
        "required": ["code", "path", "message", "message_en"],
        "additionalProperties": False,
    }


def _file_schema() -> dict[str, Any]:
    return {"type": ["string", "null"], "description": "记录文件 / the record's file"}


def output_schema(commands: Iterable[str] = ("check", "upcoming", "demo")) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what ``xingzheng check|upcoming|demo --format json`` writes."""
    from xingzheng.checks import Report, Upcoming
    from xingzheng.io._schema import json_schema
    from xingzheng.rules import EntryLintFinding, LintFinding

    ref = "#/$defs/{model}"
    defs: dict[str, Any] = {}
    for cls in (Report, Upcoming, LintFinding, EntryLintFinding):
        schema = json_schema(cls, ref_template=ref)
        defs.update(schema.pop("$defs", {}))
        schema.pop("$schema", None)
        defs[cls.__name__] = schema
    defs["Problem"] = _problem_schema()
    # A lint finding as written: the one shape's keys first, then its own fields (message_zh renamed).
    for name, path_zh, path_en in (("LintFinding", "参数键", "the parameter key"), ("EntryLintFinding", "规则编号", "the rule ID")):
        lint = defs[name]
        lint_props = {k: v for k, v in lint["properties"].items() if k != "message_zh"}
        lint_props["path"] = {"type": "string", "description": f"{path_zh} / {path_en}"}
        lint_props["message"] = lint["properties"]["message_zh"]
        lint["properties"] = lint_props
        lint["required"] = [("message" if r == "message_zh" else r) for r in lint.get("required", [])] + ["path"]
    defs["Unreadable"] = {
        "type": "object",
        "properties": {"file": _file_schema(), "problems": {"type": "array", "items": {"$ref": "#/$defs/Problem"}}},
        "required": ["file", "problems"],
        "additionalProperties": False,
    }
    defs["ReportEntry"] = {
        "type": "object",
        "properties": {
            "file": _file_schema(),
            "ok": {"type": "boolean", "description": "无错误发现 / no error finding"},
            "report": {"$ref": "#/$defs/Report"},
        },
        "required": ["file", "ok", "report"],
        "additionalProperties": False,
    }
    upcoming_entry = {
        "type": "object",
        "properties": {"file": _file_schema(), **defs["Upcoming"]["properties"]},
        "required": ["file", *defs["Upcoming"].get("required", [])],
        "additionalProperties": False,
    }
    defs["UpcomingEntry"] = upcoming_entry
    date_or_null = {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
    common = {
        "profile": {"type": "string", "description": "规则配置 / the profile applied"},
        "exit_code": {"type": "integer", "enum": [0, 1, 2], "description": "退出码 / the exit code"},
        "unreadable": {"type": "array", "items": {"$ref": "#/$defs/Unreadable"}},
    }
    outputs: dict[str, dict[str, Any]] = {
        "check": {
            "title": "xingzheng check",
            "type": "object",
            "properties": {
                **common,
                "as_of": date_or_null,
                "reports": {"type": "array", "items": {"$ref": "#/$defs/ReportEntry"}},
            },
            "required": ["profile", "as_of", "exit_code", "reports", "unreadable"],
            "additionalProperties": False,
        },
        "upcoming": {
            "title": "xingzheng upcoming",
            "type": "object",
            "properties": {
                **common,
                "as_of": {"type": "string", "format": "date"},
                "upcoming": {"type": "array", "items": {"$ref": "#/$defs/UpcomingEntry"}},
            },
            "required": ["profile", "as_of", "exit_code", "upcoming", "unreadable"],
            "additionalProperties": False,
        },
        "demo": {
            "title": "xingzheng demo",
            "type": "object",
            "properties": {
                "profile": common["profile"],
                "unreadable": common["unreadable"],
                "as_of": {"type": "string", "format": "date"},
                "records": {"type": "string", "description": "示例记录目录 / the example's folder"},
                "reports": {"type": "array", "items": {"$ref": "#/$defs/ReportEntry"}},
                "upcoming": {"type": "array", "items": {"$ref": "#/$defs/UpcomingEntry"}},
                "lint": {
                    "type": "array",
                    "items": {"anyOf": [{"$ref": "#/$defs/LintFinding"}, {"$ref": "#/$defs/EntryLintFinding"}]},
                },
                "linked": {
                    "description": "相互关联的记录（一并检查） / the linked records, checked together (check_all)",
                    "anyOf": [
                        {"type": "null"},
                        {
                            "type": "object",
                            "properties": {
                                "as_of": {"type": "string", "format": "date"},
                                "records": {"type": "string", "description": "示例记录目录 / the example's folder"},
                                "reports": {"type": "array", "items": {"$ref": "#/$defs/ReportEntry"}},
                                "upcoming": {"type": "array", "items": {"$ref": "#/$defs/UpcomingEntry"}},
                                "unreadable": common["unreadable"],
                            },
                            "required": ["as_of", "records", "reports", "upcoming", "unreadable"],
                            "additionalProperties": False,
                        },
                    ],
                },
            },
            "required": ["profile", "as_of", "records", "reports", "upcoming", "lint", "linked", "unreadable"],
            "additionalProperties": False,
        },
    }
    chosen = list(commands)
    for name in chosen:
        defs[f"{name}_output"] = outputs[name]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "xingzheng --format json",
        "description": "命令行 JSON 输出 / what the command line writes as JSON: "
        + ", ".join(f"xingzheng {name}" for name in chosen),
        "anyOf": [{"$ref": f"#/$defs/{name}_output"} for name in chosen],
        "$defs": defs,
    }
