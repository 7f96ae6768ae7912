"""JSON Schema (draft 2020-12) of the library's classes, generated from the converter's type table.

A small generator over `attrs.fields()` and `typing.get_type_hints()`: leaf types take their schema from
`xingzheng.io._leaves.LEAVES`, the same rows the strict hooks come from. Every object has
``additionalProperties: false``; descriptions come from the class docstring (its first line
``"中文名 — English"``, and its ``Attributes:`` section) and from field ``metadata`` (``"zh"``,
``"en"``), with ``x-personal`` / ``x-confidential`` marking fields that are never public.

Known difference: JSON Schema calls ``1.0`` an integer; the loader accepts only ``1``.
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from typing import Any, Literal, get_args, get_origin

import attrs

from xingzheng.io._converter import (
    LEAVES,
    _is_enum,
    _is_fixed_tuple,
    _is_homogeneous,
    _is_namedtuple,
    _union_args,
    computed_fields,
    namedtuple_types,
)
from xingzheng.io._records import SCHEMA_VERSION, kind_of

__all__ = ["DEFAULT_REF_TEMPLATE", "json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ATTR_LINE = re.compile(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*)(?:\s*\([^)]*\))?:\s*(.*)$")


def _doc_names(obj: type) -> tuple[str | None, str | None]:
    """``("中文名", "English")`` from a first docstring line ``"中文名 — English"``."""
    doc = inspect.getdoc(obj) or ""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    if " — " in first:
        zh, en = first.split(" — ", 1)
        return zh.strip(), en.strip()
    return None, first or None


def _doc_attributes(cls: type) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` section of a Google-style docstring."""
    doc = inspect.getdoc(cls) or ""
    out: dict[str, str] = {}
    lines = doc.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Attributes:")
    except StopIteration:
        return out
    base: int | None = None
    current: str | None = None
    for line in lines[start + 1 :]:
        if not line.strip():
            current = None
            continue
        indent = len(line) - len(line.lstrip())
        if base is None:
            base = indent
        if indent < base:
            break
        match = _ATTR_LINE.match(line)
        if indent == base and match:
            current = match.group(2)
            out[current] = match.group(3).strip()
        elif current is not None and indent > base:
            out[current] += " " + line.strip()
        else:
            break
    return out


def _describe(zh: str | None, en: str | None) -> dict[str, str]:
    if zh and en:
        return {"description": f"{zh} / {en}"}
    if zh or en:
        return {"description": zh or en or ""}
    return {}


def _enum_schema(cls: type[enum.Enum]) -> dict[str, Any]:
    values = [member.value for member in cls]
    schema: dict[str, Any] = {"enum": values}
    if all(type(v) is str for v in values):
        schema = {"type": "string", **schema}
    zh, en = _doc_names(cls)
    schema.update(_describe(zh, en))
    return schema


#: Where a ``$ref`` points by default: the schema's own ``$defs``. ``{model}`` is the definition's name.
DEFAULT_REF_TEMPLATE = "#/$defs/{model}"


def _def_name(cls: type, defs: dict[str, Any], owners: dict[str, type]) -> str:
    # A record class inside another record is written without its tags: a different shape from the
    # record itself, so its definition has a name of its own (never the record's name).
    name = cls.__name__ + ("Embedded" if kind_of(cls) is not None else "")
    if owners.get(name, cls) is not cls:
        name = f"{cls.__module__}.{cls.__qualname__}".replace(".", "_")
    owners[name] = cls
    return name


class _Builder:
    def __init__(self, ref_template: str = DEFAULT_REF_TEMPLATE) -> None:
        self.defs: dict[str, Any] = {}
        self.owners: dict[str, type] = {}
        self.root: type | None = None
        self.ref_template = ref_template

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": self.ref_template.format(model=name)}

    def of(self, t: Any) -> dict[str, Any]:
        if t is Any or t is object:
            return {}
        if t in LEAVES:
            return dict(LEAVES[t].schema)
        if _is_enum(t):
            return _enum_schema(t)
        args = _union_args(t)
        if args is not None:
            parts = [self.of(a) for a in args if a is not type(None)]
            if type(None) in args:
                parts.append({"type": "null"})
            return {"anyOf": parts}
        if get_origin(t) is Literal:
            return {"enum": list(get_args(t))}
        if _is_homogeneous(t):
            return {"type": "array", "items": self.of(get_args(t)[0])}
        if _is_fixed_tuple(t):
            items = [self.of(a) for a in get_args(t)]
            n = len(items)
            return {"type": "array", "prefixItems": items, "minItems": n, "maxItems": n, "items": False}
        if _is_namedtuple(t):
            # Written as an array of its fields in order, like a fixed tuple.
            items = [self.of(a) for a in namedtuple_types(t)]
            n = len(items)
            schema = {"type": "array", "prefixItems": items, "minItems": n, "maxItems": n, "items": False}
            schema.update(_describe(*_doc_names(t)))
            return schema
        if get_origin(t) is dict:
            return {"type": "object", "additionalProperties": self.of(get_args(t)[1])}
        if isinstance(t, type) and attrs.has(t):
            if t is self.root and kind_of(t) is None:
                # A recursive class (a profile's parent) refers to the root: "#" in a schema of its own,
                # the root's own name under a ref template (where "#" would be the whole document).
                return {"$ref": "#"} if self.ref_template == DEFAULT_REF_TEMPLATE else self.ref(t.__name__)
            name = _def_name(t, self.defs, self.owners)
            if name not in self.defs:
                self.defs[name] = {}  # placeholder: recursive classes refer to themselves
                self.defs[name] = self.object(t)
            return self.ref(name)
        raise TypeError(f"no JSON Schema for type {t!r}")

    def object(self, cls: type, *, record_kind: str | None = None) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = _doc_attributes(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if record_kind is not None:
            properties["kind"] = {"const": record_kind, "description": "记录类型 / record kind"}
            properties["schema_version"] = {"const": SCHEMA_VERSION, "description": "记录格式版本 / record format version"}
            required += ["kind", "schema_version"]
        for field in attrs.fields(cls):
            if not field.init:
                continue
            t = hints[field.name]
            prop = self.of(t)
            zh = field.metadata.get("zh") or field.metadata.get("description_zh")
            en = field.metadata.get("en") or field.metadata.get("description") or docs.get(field.name)
            if zh is None and isinstance(t, type) and (attrs.has(t) or _is_enum(t)):
                zh = _doc_names(t)[0]
            description = _describe(zh, en)
            # Draft 2020-12 allows keywords beside "$ref": the description sits next to it.
            prop.update(description)
            if field.metadata.get("personal"):
                prop["x-personal"] = True
            if field.metadata.get("confidential"):
                prop["x-confidential"] = True
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                from xingzheng.io._converter import to_jsonable

                prop["default"] = to_jsonable(field.default)
            properties[field.name] = prop
        for name in computed_fields(cls):
            getter = getattr(cls, name).fget
            prop = self.of(typing.get_type_hints(getter)["return"])
            summary = (inspect.getdoc(getter) or "").strip().splitlines()
            prop.update(_describe(None, summary[0] if summary else name))
            # Written by `to_dict` / `dumps`, ignored by `loads`: never required on input.
            prop["readOnly"] = True
            properties[name] = prop
        zh_name, en_name = _doc_names(cls)
        schema: dict[str, Any] = {"title": cls.__name__, **_describe(zh_name, en_name), "type": "object"}
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        return schema


def json_schema(cls: type, *, ref_template: str = DEFAULT_REF_TEMPLATE) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a library class, as `loads` reads it and `dumps` writes it.

    A record class (one with a ``kind``) also requires ``kind`` and ``schema_version``. Read-only
    properties that `dumps` writes beside the fields (``Report.ok``, a deadline's explanation) are marked
    ``readOnly`` and never required. Validate with a format checker
    (``jsonschema.Draft202012Validator(schema, format_checker=...)``), or bad dates pass.

    Definitions are named after their classes; a record class nested inside another record (written
    without its tags) is defined as ``<Name>Embedded``, so that the four records' own names
    (``NormativeDocument``, ``MajorDecision``, ``EnforcementCase``, ``LegalityReview``) are free for
    the records themselves.

    Args:
        cls: an attrs class of the library.
        ref_template: how a ``$ref`` to a definition is written, ``{model}`` standing for its name
            (pydantic's convention). The default points into this schema's ``$defs``; a web framework's
            OpenAPI document takes ``"#/components/schemas/{model}"`` and moves the ``$defs`` there.

    Examples:
        >>> from xingzheng import Period, json_schema
        >>> json_schema(Period)["required"]
        ['amount', 'unit']
    """
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise TypeError(f"json_schema needs an attrs class, not {cls!r}")
    if "{model}" not in ref_template:
        raise ValueError(f"ref_template must contain {{model}}: {ref_template!r}")
    builder = _Builder(ref_template)
    builder.owners[cls.__name__] = cls
    builder.root = cls
    root = builder.object(cls, record_kind=kind_of(cls))
    schema: dict[str, Any] = {"$schema": _DIALECT, **root}
    if builder.owners.get(cls.__name__) is cls:
        builder.defs.pop(cls.__name__, None)
    if builder.defs:
        schema["$defs"] = builder.defs
    return schema
