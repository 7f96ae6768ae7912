"""Turning cattrs' validation error groups into `LoadError.problems`: ``(path, zh, en)`` for every failure.

The walk follows `ClassValidationError.group_exceptions()` (attribute notes give ``.name``) and
`IterableValidationError.group_exceptions()` (notes give ``.index``); unknown keys are reported at the
key's own path, and an `InvariantError` raised at construction has its ``.field`` appended.
"""

from __future__ import annotations

import json
import re

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from xingzheng.errors import InvariantError
from xingzheng.io._converter import LeafProblem

__all__ = ["MAX_PROBLEMS", "Problem", "join_path", "problems_of"]

Problem = tuple[str, str, str]
#: At most this many problems are listed (hostile input can fail in millions of places).
MAX_PROBLEMS = 200

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def join_path(path: str, step: str | int) -> str:
    """``$.a`` + ``b`` → ``$.a.b``; + ``0`` → ``$.a[0]``; an odd key is quoted: ``$.a["x y"]``."""
    if isinstance(step, int):
        return f"{path}[{step}]"
    if _NAME.fullmatch(step):
        return f"{path}.{step}"
    return f"{path}[{json.dumps(step, ensure_ascii=False)}]"


def _split(message: str) -> tuple[str, str]:
    zh, sep, en = message.partition(" / ")
    return (zh, en) if sep else (message, message)


def _invariant(exc: InvariantError, path: str) -> Problem:
    field = exc.field
    if field:
        path = path + field if field.startswith("[") else f"{path}.{field}"
    return path, exc.message, exc.message_en


def problems_of(exc: BaseException, path: str = "$") -> list[Problem]:
    """Every ``(path, zh, en)`` inside an exception raised while structuring the value at ``path``."""
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
            out.append((join_path(path, str(key)), "未知字段", "unknown field"))
    elif isinstance(exc, LeafProblem):
        out.append((path, exc.zh, exc.en))
    elif isinstance(exc, InvariantError):
        out.append(_invariant(exc, path))
    elif isinstance(exc, KeyError):
        # The generated code reads a required key with o[name]: the note already named it.
        out.append((path, "缺少必填字段", "required field is missing"))
    elif isinstance(exc, RecursionError):
        out.append((path, "嵌套过深", "nested too deeply"))
    else:
        # A validator of the model that raised something other than InvariantError (attrs' own
        # validators raise TypeError / ValueError): keep its words, never the raw exception.
        text = str(exc)
        if len(text) > 200:
            text = text[:197] + "…"
        zh, en = _split(text)
        out.append((path, f"无效的值：{zh}", f"invalid value: {en}"))
