"""Turning cattrs' validation error groups into `LoadError` problems: path, zh, en and a code for each.

The walk follows `ClassValidationError.group_exceptions()` (attribute notes give ``.name``) and
`IterableValidationError.group_exceptions()` (notes give ``.index``); unknown keys are reported at the
key's own path, and an `InvariantError` raised at construction has its ``.field`` appended.
"""

from __future__ import annotations

import json
import re

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from xingzheng.errors import InvariantError, Problem, visible
from xingzheng.io._converter import LeafProblem

__all__ = ["ERROR_CODES", "MAX_PROBLEMS", "Problem", "join_path", "problems_of"]

#: Every machine code a `LoadError` problem can carry, with what it means (中文, English). The docs page
#: "Load errors" (docs/reference/load-errors.md) lists the same table; a test keeps the two in step.
ERROR_CODES: dict[str, tuple[str, str]] = {
    "missing": ("缺少必填字段", "a required field is missing"),
    "extra_field": ("未知字段", "a field the class does not have"),
    "type.string": ("应为字符串", "expected a string"),
    "type.integer": ("应为整数（不接受布尔值或小数）", "expected an integer (not a boolean or a fraction)"),
    "type.number": ("应为数字", "expected a number"),
    "type.boolean": ("应为布尔值", "expected a boolean"),
    "type.array": ("应为数组", "expected an array"),
    "type.object": ("应为对象", "expected an object"),
    "type.union": ("不是允许的类型之一", "not one of the allowed types"),
    "array.length": ("数组项数不对", "an array of the wrong length"),
    "enum": ("不是允许的取值", "not one of the allowed values"),
    "date.format": ("日期格式应为 YYYY-MM-DD", "a date must be written YYYY-MM-DD"),
    "date.invalid": ("不存在的日期", "no such date"),
    "date.range": ("日期超出 1949-10-01..2100-12-31", "a date outside 1949-10-01..2100-12-31"),
    "datetime.format": ("应为带时区的 RFC 3339 日期时间", "expected an RFC 3339 date-time with an offset"),
    "datetime.invalid": ("不存在的日期时间", "no such date-time"),
    "datetime.timezone": ("日期时间缺少时区", "a date-time without a timezone offset"),
    "decimal.format": ("应为十进制数字符串", "expected a decimal number as a string"),
    "number.nan": ("不接受 NaN 或无穷大", "NaN or infinity"),
    "invariant": ("违反对象的不变式（如结束早于开始）", "an impossible fact (an end before its start, …)"),
    "invalid": ("无效的值", "an invalid value"),
    "text.control": ("文本含控制字符", "text with a control character"),
    "text.surrogate": ("文本含孤立代理码位", "text with a lone surrogate"),
    "too_long": ("文本过长", "text longer than the limit"),
    "too_many_items": ("数组项数超过上限", "an array with more items than the limit"),
    "too_many_events": ("执法记录事件数超过上限", "an evidence log with more events than the limit"),
    "too_large": ("输入超过字节上限", "input larger than the limit"),
    "too_deep": ("嵌套过深", "nested too deeply"),
    "too_many_problems": ("问题过多，仅列出前若干处", "too many problems; only the first are listed"),
    "duplicate_key": ("重复的键", "a key repeated in one object"),
    "json.syntax": ("JSON 语法错误", "invalid JSON"),
    "toml.syntax": ("TOML 语法错误", "invalid TOML"),
    "encoding": ("不是 UTF-8 文本", "not UTF-8 text"),
    "top_level": ("顶层应为对象", "the top level is not an object"),
    "kind": ("缺少或未知的记录类型 kind", "a missing or unknown record kind"),
    "schema_version": ("缺少或不支持的 schema_version", "a missing or unsupported schema_version"),
    "file.type": ("不支持的文件类型", "an unsupported file type"),
    "file.read": ("无法读取文件", "the file cannot be read"),
}
#: At most this many problems are listed (hostile input can fail in millions of places).
MAX_PROBLEMS = 200

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def join_path(path: str, step: str | int) -> str:
    """``$.a`` + ``b`` → ``$.a.b``; + ``0`` → ``$.a[0]``; an odd key is quoted: ``$.a["x y"]``."""
    if isinstance(step, int):
        return f"{path}[{step}]"
    if _NAME.fullmatch(step):
        return f"{path}.{step}"
    # JSON escapes control characters; a lone surrogate is escaped here too, so that a path can
    # always be printed and written as UTF-8.
    return f"{path}[{visible(json.dumps(step, ensure_ascii=False))}]"


def _split(message: str) -> tuple[str, str]:
    zh, sep, en = message.partition(" / ")
    return (zh, en) if sep else (message, message)


def _invariant(exc: InvariantError, path: str) -> Problem:
    field = exc.field
    if field:
        path = path + field if field.startswith("[") else f"{path}.{field}"
    return Problem(path, exc.message, exc.message_en, "invariant")


def problems_of(exc: BaseException, path: str = "$") -> list[Problem]:
    """Every problem inside an exception raised while structuring the value at ``path``."""
    out: list[Problem] = []
    _walk(exc, path, out)
    return out


def _walk(exc: BaseException, path: str, out: list[Problem]) -> None:
    if len(out) >= MAX_PROBLEMS:
        return
    if isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            _walk(sub, join_path(path, note.name), out)
        for sub in others:
            _walk(sub, path, out)
    elif isinstance(exc, IterableValidationError):
        with_index, others_ = exc.group_exceptions()
        for sub, inote in with_index:
            _walk(sub, join_path(path, inote.index), out)
        for sub in others_:
            _walk(sub, path, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields, key=str):
            out.append(Problem(join_path(path, str(key)), "未知字段", "unknown field", "extra_field"))
    elif isinstance(exc, LeafProblem):
        out.append(Problem(path, exc.zh, exc.en, exc.code, exc.input))
    elif isinstance(exc, InvariantError):
        out.append(_invariant(exc, path))
    elif isinstance(exc, KeyError):
        # The generated code reads a required key with o[name]: the note already named it.
        out.append(Problem(path, "缺少必填字段", "required field is missing", "missing"))
    elif isinstance(exc, RecursionError):
        out.append(Problem(path, "嵌套过深", "nested too deeply", "too_deep"))
    else:
        # A validator of the model that raised something other than InvariantError (attrs' own
        # validators raise TypeError / ValueError): keep its words, never the raw exception.
        text = str(exc)
        if len(text) > 200:
            text = text[:197] + "…"
        zh, en = _split(text)
        out.append(Problem(path, f"无效的值：{zh}", f"invalid value: {en}", "invalid"))
