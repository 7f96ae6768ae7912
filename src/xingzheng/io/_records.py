"""Strict loading and dumping of records: JSON and TOML, tagged with ``kind`` and ``schema_version``.

Untrusted input passes these guards before any structuring (DECISIONS.md, "The JSON boundary"): a size
limit, a nesting-depth limit, no ``NaN`` / ``Infinity``, no duplicate keys, an object at the top level,
a known ``kind``; then the text and size guard (`xingzheng.io.Limits`: no control characters or lone
surrogates, text NFC, document numbers NFKC, limits on text, arrays and evidence logs). Every failure
is a `LoadError` listing every problem with its path and code; no ``eval``, no pickle.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from importlib import import_module
from os import PathLike
from pathlib import Path
from typing import Any, TypeVar, overload

import attrs

from xingzheng.errors import LoadError, Problem
from xingzheng.io._converter import Mode, converter_for, describe_value, schema_depth
from xingzheng.io._guard import Limits, guard, plain_json
from xingzheng.io._migrate import READ_VERSIONS, SCHEMA_VERSION, migrate
from xingzheng.io._problems import MAX_PROBLEMS, problems_of

__all__ = [
    "DEFAULT_LIMITS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "READ_VERSIONS",
    "SCHEMA_VERSION",
    "dump",
    "dumps",
    "from_dict",
    "kind_of",
    "kinds",
    "load",
    "loads",
    "register_kind",
    "to_dict",
]

T = TypeVar("T")

#: The default limits (`Limits()`).
DEFAULT_LIMITS = Limits()
#: Default input size limit (bytes of a file; characters of a ``str``): ``Limits().max_bytes``.
MAX_BYTES = DEFAULT_LIMITS.max_bytes
#: Default nesting limit (objects and arrays); real records nest fewer than 10 levels.
MAX_DEPTH = DEFAULT_LIMITS.max_depth

_TAGS = ("kind", "schema_version")

# The four procedures, resolved lazily: `io` must not import the model at `import xingzheng` time.
_BUILTIN_KINDS: tuple[tuple[str, str, str], ...] = (
    ("normative_document", "xingzheng.model.normative", "NormativeDocument"),
    ("major_decision", "xingzheng.model.decision", "MajorDecision"),
    ("enforcement_case", "xingzheng.model.enforcement", "EnforcementCase"),
    ("legality_review", "xingzheng.model.review", "LegalityReview"),
    ("disclosure_request", "xingzheng.model.disclosure", "DisclosureRequest"),
    ("reconsideration_case", "xingzheng.model.reconsideration", "ReconsiderationCase"),
    ("petition", "xingzheng.model.petition", "Petition"),
)
_KIND_TO_CLASS: dict[str, type] = {}
_CLASS_TO_KIND: dict[type, str] = {}
_resolved = False


def register_kind(kind: str, cls: type) -> None:
    """Make ``cls`` a record class: its dicts carry ``"kind": kind`` and ``loads`` can pick it by that tag."""
    _KIND_TO_CLASS[kind] = cls
    _CLASS_TO_KIND[cls] = kind


def _resolve_builtin() -> None:
    global _resolved
    if _resolved:
        return
    missing = False
    for kind, module, name in _BUILTIN_KINDS:
        if kind in _KIND_TO_CLASS:
            continue
        try:
            cls = getattr(import_module(module), name)
        except (ImportError, AttributeError):
            missing = True  # that procedure has not landed yet
            continue
        register_kind(kind, cls)
    _resolved = not missing


def kinds() -> dict[str, type]:
    """Every known record kind and its class."""
    _resolve_builtin()
    return dict(_KIND_TO_CLASS)


def kind_of(cls: type) -> str | None:
    """The ``kind`` tag of a record class, or None for other classes (value objects, reports)."""
    _resolve_builtin()
    return _CLASS_TO_KIND.get(cls)


# --- writing --------------------------------------------------------------------------------------


def _to_dict(obj: Any, mode: Mode) -> Any:
    data = converter_for(mode).unstructure(obj)
    kind = kind_of(type(obj))
    if kind is None:
        return data
    return {"kind": kind, "schema_version": SCHEMA_VERSION, **data}


def to_dict(obj: Any) -> Any:
    """JSON-ready data of a library object; a record's dict starts with ``kind`` and ``schema_version``.

    Examples:
        >>> from xingzheng import Period, to_dict
        >>> to_dict(Period.workdays(5))
        {'amount': 5, 'unit': 'working_days'}
    """
    return _to_dict(obj, "json")


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """A library object as JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(_to_dict(obj, "json"), ensure_ascii=False, indent=indent, allow_nan=False)


def dump(obj: Any, path: str | PathLike[str]) -> None:
    """Write a library object to ``path``: JSON for ``.json``, TOML (native dates) for ``.toml``."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".json":
        target.write_text(dumps(obj) + "\n", encoding="utf-8")
    elif suffix == ".toml":
        import tomli_w

        target.write_text(tomli_w.dumps(_to_dict(obj, "toml")), encoding="utf-8")
    else:
        raise LoadError([Problem("$", f"不支持的文件类型：{suffix!r}（应为 .json 或 .toml）", f"unsupported file type {suffix!r} (expected .json or .toml)", "file.type", suffix)], str(path))


# --- reading --------------------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, zh: str, en: str, code: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.code = code


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"重复的键：{key[:40]!r}", f"duplicate key: {key[:40]!r}", "duplicate_key")
            seen.add(key)
    return obj


def _no_constants(name: str) -> Any:
    raise _Refused(f"不接受 {name}（JSON 没有此值）", f"{name} is not valid JSON and is not accepted", "number.nan")


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]


def _decode(text: str) -> Any:
    """``_DECODER.decode(text)``, without its two Python frames for a text that starts with its value.

    Whatever `decode` would raise is raised: the scanner raises the same errors from index 0, and a
    text it cannot start (leading whitespace, no JSON value) or with anything but whitespace after the
    value goes to `decode` itself.
    """
    try:
        data, end = _SCAN(text, 0)
    except StopIteration:
        return _DECODER.decode(text)
    if end != len(text) and text[end:].lstrip(" \t\n\r"):  # `decode` skips JSON's whitespace only
        return _DECODER.decode(text)
    return data


def _too_big(size: int, max_bytes: int, source: str | None) -> LoadError:
    return LoadError(
        [Problem("$", f"输入过大：{size} 字节，上限 {max_bytes}", f"input too large: {size} bytes, the limit is {max_bytes}", "too_large")],
        source,
    )


def _too_deep(max_depth: int, source: str | None) -> LoadError:
    return LoadError(
        [Problem("$", f"嵌套过深：超过 {max_depth} 层", f"nested too deeply: more than {max_depth} levels", "too_deep")], source
    )


def _depth_exceeds(data: Any, max_depth: int) -> bool:
    # Iterative, so that the check itself cannot overflow the stack: one level at a time (the value at
    # depth 1, then the objects and arrays inside it at depth 2, ...), in one flat loop per level.
    level: list[Any] = [data]
    depth = 1
    while level:
        if depth > max_depth:
            return True
        inner: list[Any] = []
        keep = inner.append
        for value in level:
            if type(value) is dict:
                value = value.values()
            elif type(value) is not list:
                continue
            for v in value:
                if type(v) is dict or type(v) is list:
                    keep(v)
        level = inner
        depth += 1
    return False


def _parse_json(text: str | bytes, max_bytes: int, max_depth: int, source: str | None) -> Any:
    data, decoded = _decode_json(text, max_bytes, max_depth, source)
    if _maybe_deep(decoded, max_depth) and _depth_exceeds(data, max_depth):
        raise _too_deep(max_depth, source)
    return data


def _maybe_deep(text: str, max_depth: int) -> bool:
    """Whether JSON text may nest deeper than ``max_depth``: a cheap bound first, since depth cannot exceed
    the number of opening brackets in the text."""
    return text.count("{") + text.count("[") > max_depth


def _decode_json(text: str | bytes, max_bytes: int, max_depth: int, source: str | None) -> tuple[Any, str]:
    """The size limit, the text's decoding and the JSON parse (every check of `_parse_json` but the walk
    that measures depth; ``max_depth`` names the limit when the parser itself runs too deep); the data
    and the text as a ``str``."""
    if len(text) > max_bytes:
        raise _too_big(len(text), max_bytes, source)
    if type(text) is str:
        pass  # the common case, tested first: `isinstance` with a union type costs more
    elif isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LoadError([Problem("$", f"不是 UTF-8 文本（第 {exc.start} 字节）", f"not UTF-8 text (byte {exc.start})", "encoding")], source) from None
    elif not isinstance(text, str):
        got_zh, got_en = describe_value(text)
        raise LoadError([Problem("$", f"应为 JSON 文本，得到{got_zh}", f"expected JSON text, got {got_en}", "type.string")], source)
    try:
        data = _decode(text)
    except _Refused as exc:
        raise LoadError([Problem("$", exc.zh, exc.en, exc.code)], source) from None
    except json.JSONDecodeError as exc:
        raise LoadError(
            [Problem("$", f"JSON 语法错误（第 {exc.lineno} 行第 {exc.colno} 列）：{exc.msg}", f"invalid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}", "json.syntax")],
            source,
        ) from None
    except RecursionError:
        raise _too_deep(max_depth, source) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise LoadError([Problem("$", f"无法解析的 JSON：{str(exc)[:80]}", f"unparsable JSON: {str(exc)[:80]}", "json.syntax")], source) from None
    return data, text


def _parse_toml(text: str, max_bytes: int, max_depth: int, source: str | None) -> Any:
    if len(text) > max_bytes:
        raise _too_big(len(text), max_bytes, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LoadError([Problem("$", f"TOML 语法错误：{exc}", f"invalid TOML: {exc}", "toml.syntax")], source) from None
    except RecursionError:
        raise _too_deep(max_depth, source) from None
    if _depth_exceeds(data, max_depth):
        raise _too_deep(max_depth, source)
    return data


def _tag_problems(data: dict[str, Any], cls: type | None) -> tuple[type | None, list[Problem]]:
    """Check ``kind`` and ``schema_version``; return the class to build (None: cannot tell)."""
    problems: list[Problem] = []
    known = kinds()
    expected = kind_of(cls) if cls is not None else None
    if cls is not None and expected is None:
        return cls, problems  # not a record class: no tags
    listing = "、".join(sorted(known)) or "（无）"
    kind = data.get("kind")
    target: type | None = cls
    if "kind" not in data:
        problems.append(Problem("$.kind", f"缺少记录类型 kind（{listing}）", f"the record has no kind ({', '.join(sorted(known))})", "missing"))
    elif type(kind) is not str or kind not in known:
        got_zh, got_en = describe_value(kind)
        problems.append(Problem("$.kind", f"未知的记录类型：{got_zh}（应为 {listing}）", f"unknown kind: {got_en} (expected one of {', '.join(sorted(known))})", "kind", kind))
    elif expected is not None and kind != expected:
        problems.append(Problem("$.kind", f"记录类型应为 {expected!r}，得到 {kind!r}", f"expected kind {expected!r}, got {kind!r}", "kind", kind))
    elif cls is None:
        target = known[kind]
    version = data.get("schema_version")
    if "schema_version" not in data:
        problems.append(Problem("$.schema_version", "缺少 schema_version", "the record has no schema_version", "missing"))
    elif type(version) is not int:
        got_zh, got_en = describe_value(version)
        problems.append(Problem("$.schema_version", f"应为整数，得到{got_zh}", f"expected an integer, got {got_en}", "schema_version", version))
    elif version not in READ_VERSIONS:
        readable = ", ".join(str(v) for v in READ_VERSIONS)
        problems.append(
            Problem("$.schema_version", f"不支持的格式版本 {version}（本版本读取 {readable}）", f"unsupported schema_version {version} (this xingzheng reads {readable})", "schema_version", version)
        )
    return target, problems


# The fast converter's hook of each class read so far (what its `structure` dispatches to).
_FAST_HOOKS: dict[Mode, dict[type, Callable[[Any, Any], Any]]] = {"json": {}, "toml": {}}


def _structure(
    data: Any,
    cls: type | None,
    mode: Mode,
    source: str | None,
    limits: Limits | None = DEFAULT_LIMITS,
    *,
    owned: bool = False,
) -> Any:
    """Structure parsed data; ``limits`` None: the text guard was skipped (`plain_json` said so)."""
    problems: list[Problem] = []
    if limits is not None:
        data, problems = guard(data, limits)
    if type(data) is not dict:
        if cls is not None and not attrs.has(cls):
            # An enum or another leaf asked for by name (``from_dict("days", PeriodUnit)``): no tags.
            return _structure_body(data, cls, mode, source, problems)
        got_zh, got_en = describe_value(data)
        raise LoadError([*problems, Problem("$", f"顶层应为对象，得到{got_zh}", f"the top level must be an object, got {got_en}", "top_level")], source)
    if not _resolved:  # `_resolve_builtin`'s own test, without its call once every kind is known
        _resolve_builtin()
    kind = data.get("kind")
    version = data.get("schema_version")
    target = _KIND_TO_CLASS.get(kind) if type(kind) is str else None
    if target is not None and (cls is None or cls is target) and type(version) is int and version == SCHEMA_VERSION:
        pass  # the common case: a well-tagged record
    else:
        target, tag_problems = _tag_problems(data, cls)
        problems.extend(tag_problems)
        if target is None:
            raise LoadError(problems, source)
        if not problems and target in _CLASS_TO_KIND and version != SCHEMA_VERSION:
            data, owned = migrate(data), True  # an older readable version: its fields under today's names
    if target in _CLASS_TO_KIND:
        body = data if owned else dict(data)
        body.pop("kind", None)
        body.pop("schema_version", None)
    else:
        body = data
    return _structure_body(body, target, mode, source, problems)


def _structure_body(body: Any, target: type, mode: Mode, source: str | None, problems: list[Problem]) -> Any:
    result: Any = None
    try:
        fast = _FAST_HOOKS[mode].get(target)
        if fast is None:
            ranged = target in _CLASS_TO_KIND
            fast = _FAST_HOOKS[mode][target] = converter_for(mode, fast=True, ranged=ranged).get_structure_hook(target)
        result = fast(body, target)
    except Exception:
        try:
            result = converter_for(mode, ranged=target in _CLASS_TO_KIND).structure(body, target)
        except Exception as exc:
            problems.extend(problems_of(exc))
    if problems:
        if len(problems) >= MAX_PROBLEMS:
            problems = problems[:MAX_PROBLEMS]
            problems.append(Problem("$", f"问题过多，仅列出前 {MAX_PROBLEMS} 处", f"too many problems; the first {MAX_PROBLEMS} are listed", "too_many_problems"))
        raise LoadError(problems, source)
    return result


def _limits(limits: Limits | None, max_bytes: int | None, max_depth: int | None) -> Limits:
    chosen = DEFAULT_LIMITS if limits is None else limits
    if max_bytes is not None or max_depth is not None:
        chosen = attrs.evolve(
            chosen,
            max_bytes=chosen.max_bytes if max_bytes is None else max_bytes,
            max_depth=chosen.max_depth if max_depth is None else max_depth,
        )
    return chosen


@overload
def from_dict(data: Any, cls: type[T], *, limits: Limits | None = ...) -> T: ...
@overload
def from_dict(data: Any, cls: None = None, *, limits: Limits | None = ...) -> Any: ...
def from_dict(data: Any, cls: type[T] | None = None, *, limits: Limits | None = None) -> T | Any:
    """Build a library object from JSON-shaped data (dates as ``YYYY-MM-DD`` strings), strictly.

    The data passes the same text and size guard as `loads` (without the byte and depth limits, which
    concern text); ``data`` itself is never changed.

    Args:
        data: a dict as `to_dict` writes it.
        cls: the class to build; None lets the record's ``kind`` choose.
        limits: the size limits (`Limits()` when None).

    Raises:
        LoadError: with every problem, its path (``$.legality_review.completed_on``) and its code.
    """
    return _structure(data, cls, "json", None, _limits(limits, None, None))


@overload
def loads(
    text: str | bytes,
    cls: type[T],
    *,
    max_bytes: int | None = ...,
    max_depth: int | None = ...,
    source: str | None = ...,
    limits: Limits | None = ...,
) -> T: ...
@overload
def loads(
    text: str | bytes,
    cls: None = None,
    *,
    max_bytes: int | None = ...,
    max_depth: int | None = ...,
    source: str | None = ...,
    limits: Limits | None = ...,
) -> Any: ...
def loads(
    text: str | bytes,
    cls: type[T] | None = None,
    *,
    max_bytes: int | None = None,
    max_depth: int | None = None,
    source: str | None = None,
    limits: Limits | None = None,
) -> T | Any:
    """Read one record (or other library object) from JSON text.

    Args:
        text: the JSON text (``str``, or UTF-8 ``bytes``).
        cls: the class expected; None lets the record's ``kind`` choose.
        max_bytes: the size limit (characters of a ``str``, bytes of ``bytes``); overrides ``limits``.
        max_depth: the nesting limit; overrides ``limits``.
        source: where the text came from, for the error message.
        limits: the size limits (`Limits()` when None): bytes, depth, characters per text field, items
            per array, events per evidence log.

    Raises:
        LoadError: the text is too large, too deep, not JSON, has ``NaN`` or a duplicate key, holds a
            control character or a lone surrogate, a text or array over its limit, or does not describe
            a valid object; every problem is listed with its path and code.
    """
    chosen = _limits(limits, max_bytes, max_depth)
    data, decoded = _decode_json(text, chosen.max_bytes, chosen.max_depth, source)
    plain = type(text) is str and plain_json(text, chosen)
    if not _maybe_deep(decoded, chosen.max_depth):
        return _structure(data, cls, "json", source, None if plain else chosen, owned=True)
    if not plain or type(data) is not dict or data.get("schema_version") != SCHEMA_VERSION:
        if _depth_exceeds(data, chosen.max_depth):
            raise _too_deep(chosen.max_depth, source)
        return _structure(data, cls, "json", source, None if plain else chosen, owned=True)
    # A record with more brackets than the depth limit (an enforcement case's evidence log): the walk
    # that measures depth is put off. Structured, a record of today's version holds no object or array
    # its schema does not declare (unknown keys are refused, every value is type-checked), so it nests
    # no deeper than its class's schema; the walk runs only when that bound is over the limit, or when
    # the record does not load, before its problems are reported: the answer is the same as walking
    # first. (An older version is migrated, which may drop a field, so it is walked first.)
    try:
        result = _structure(data, cls, "json", source, None, owned=True)
    except LoadError:
        if _depth_exceeds(data, chosen.max_depth):
            raise _too_deep(chosen.max_depth, source) from None
        raise
    bound = schema_depth(type(result))
    if (bound is None or bound > chosen.max_depth) and _depth_exceeds(data, chosen.max_depth):
        raise _too_deep(chosen.max_depth, source)
    return result


_READERS: dict[str, tuple[Mode, Callable[[str, int, int, str | None], Any]]] = {
    ".json": ("json", _parse_json),
    ".toml": ("toml", _parse_toml),
}


def load(
    path: str | PathLike[str],
    cls: type[T] | None = None,
    *,
    max_bytes: int | None = None,
    max_depth: int | None = None,
    limits: Limits | None = None,
) -> T | Any:
    """Read one record from a ``.json`` or ``.toml`` file (in TOML, dates are native TOML dates).

    Args:
        path: the file.
        cls: the class expected; None lets the record's ``kind`` choose.
        max_bytes: the size limit in bytes; overrides ``limits``.
        max_depth: the nesting limit; overrides ``limits``.
        limits: the size limits (`Limits()` when None).

    Raises:
        LoadError: the file cannot be read, is too large, or does not hold a valid record.
    """
    chosen = _limits(limits, max_bytes, max_depth)
    source = str(path)
    file = Path(path)
    reader = _READERS.get(file.suffix.lower())
    if reader is None:
        raise LoadError([Problem("$", f"不支持的文件类型：{file.suffix!r}（应为 .json 或 .toml）", f"unsupported file type {file.suffix!r} (expected .json or .toml)", "file.type", file.suffix)], source)
    mode, parse = reader
    try:
        size = file.stat().st_size
        if size > chosen.max_bytes:
            raise _too_big(size, chosen.max_bytes, source)
        raw = file.read_bytes()
    except OSError as exc:
        raise LoadError([Problem("$", f"无法读取文件：{exc.strerror or exc}", f"cannot read the file: {exc.strerror or exc}", "file.read")], source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError([Problem("$", f"不是 UTF-8 文本（第 {exc.start} 字节）", f"not UTF-8 text (byte {exc.start})", "encoding")], source) from None
    data = parse(text, chosen.max_bytes, chosen.max_depth, source)
    plain = mode == "json" and plain_json(text, chosen)
    return _structure(data, cls, mode, source, None if plain else chosen, owned=True)
