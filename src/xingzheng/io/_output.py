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

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from xingzheng.errors import LoadError
from xingzheng.io._converter import converter
from xingzheng.io._problems import ERROR_CODES

__all__ = [
    "finding_json",
    "lint_json",
    "output_schema",
    "problem_json",
    "problems_json",
    "report_json",
    "unreadable_json",
    "upcoming_json",
]


# --- problems ---------------------------------------------------------------------------------------

def problem_json(problem: Mapping[str, Any]) -> dict[str, Any]:
    """One problem in the one shape: ``code``, ``path``, ``message``, ``message_en`` (and ``input``)."""
    out = {
        "code": str(problem["code"]),
        "path": str(problem["path"]),
        "message": str(problem["message"]),
        "message_en": str(problem["message_en"]),
    }
    if "input" in problem:  # null is an input too (a value where none was allowed)
        out["input"] = problem["input"]
    return out


def problems_json(exc: LoadError) -> list[dict[str, Any]]:
    """Every problem of a `LoadError` in the one shape (`LoadError.errors`, codes from `ERROR_CODES`)."""
    return [problem_json(item) for item in exc.errors()]


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
            "code": {
                "enum": sorted(ERROR_CODES),
                "description": "机器可读的代码 / machine code (docs: reference/load-errors)",
            },
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
