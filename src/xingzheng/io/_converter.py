"""The single cattrs `Converter` of xingzheng, built from one table of strict leaf types.

The table (`LEAVES`) says, for every leaf type, how a value is read from JSON, how it is read from TOML,
how it is written, and its JSON Schema; the converter's hooks and `xingzheng.io.json_schema` are both
generated from it, so they cannot drift apart (DECISIONS.md, "The JSON boundary").

Strict leaf hooks (cattrs' defaults coerce silently: ``None`` to ``'None'``, ``39.9`` to ``39``,
``"false"`` to ``True``):

=============  =================================  ==========================================
type           accepted from JSON                 accepted from TOML
=============  =================================  ==========================================
``str``        a string                           a string
``int``        an integer (never a bool/float)    an integer (never a bool/float)
``float``      a number (never a bool)            a number (never a bool)
``bool``       ``true`` / ``false``               ``true`` / ``false``
``date``       a ``YYYY-MM-DD`` string            a native TOML date
``datetime``   an RFC 3339 string with an offset  a native TOML offset date-time
enum           one of its values (exact type)     one of its values (exact type)
``tuple``      an array                           an array
attrs class    an object without unknown keys     a table without unknown keys
=============  =================================  ==========================================
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

import attrs
import cattrs
from attr import _config as _attrs_config
from cattrs.errors import IterableValidationError, IterableValidationNote

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "LEAVES",
    "Leaf",
    "LeafProblem",
    "Mode",
    "computed_fields",
    "converter",
    "converter_for",
    "describe_value",
    "to_jsonable",
    "toml_converter",
]

from xingzheng.io._leaves import (  # the leaf table, re-exported for the modules that read it here
    _DATE_CACHE,
    _RANGED,
    _TYPE_NAMES,
    DATE_PATTERN,
    DATETIME_PATTERN,
    LEAVES,
    Leaf,
    LeafProblem,
    Mode,
    _bool,
    _date_json,
    _date_json_ranged,
    _int,
    _str,
    _wrong,
    describe_value,
)

# --- composite hooks ------------------------------------------------------------------------------


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    values = [member.value for member in cls]
    # Keyed by exact type: True must not select the member whose value is 1.
    by_str: dict[str, enum.Enum] = {m.value: m for m in cls if type(m.value) is str}
    by_int: dict[int, enum.Enum] = {m.value: m for m in cls if type(m.value) is int}
    custom_missing = "_missing_" in cls.__dict__
    allowed = "、".join(repr(v) for v in values)
    allowed_en = ", ".join(repr(v) for v in values)

    def structure(value: Any, _: Any = None) -> enum.Enum:
        member = by_str.get(value) if type(value) is str else by_int.get(value) if type(value) is int else None
        if member is not None:
            return member
        if type(value) is str and custom_missing:
            # An enum that reads older values through its own `_missing_` (``ReviewOpinion("合法")``).
            with contextlib.suppress(ValueError):
                return cls(value)
        got_zh, got_en = describe_value(value)
        raise LeafProblem(f"不是允许的取值（{allowed}），得到{got_zh}", f"not one of {allowed_en}, got {got_en}", "enum", value)

    structure._xz_by_str = by_str  # type: ignore[attr-defined]  # read by `_fast_class_hook`
    return structure


def _optional_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    inner_type = next(a for a in get_args(t) if a is not type(None))
    inner = conv.get_structure_hook(inner_type)

    def structure(value: Any, _: Any = None) -> Any:
        return None if value is None else inner(value, inner_type)

    structure._xz_optional = inner_type  # type: ignore[attr-defined]  # read by `_fast_class_hook`
    return structure


def _union_args(t: Any) -> tuple[Any, ...] | None:
    origin = get_origin(t)
    if origin is typing.Union or origin is types.UnionType:
        return get_args(t)
    return None


def _is_leaf_union(t: Any) -> bool:
    """A union of leaf types and enums (``int | float | Decimal``), None allowed, other than ``X | None``."""
    args = _union_args(t)
    if args is None or _is_optional(t):
        return False
    return all(a is type(None) or a in LEAVES or _is_enum(a) for a in args)


def _leaf_union_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    # The members are tried in their declared order and the first that accepts the value wins. Each
    # member's hook is strict, so the order only decides between members that accept the same JSON value
    # (``int | float``: an integer stays an int), and a value is read back as the member it was written
    # from (a Decimal travels as a string, which neither int nor float accepts).
    args = get_args(t)
    members = [(a, conv.get_structure_hook(a)) for a in args if a is not type(None)]
    nullable = type(None) in args
    names_zh = "、".join(_TYPE_NAMES.get(a, (getattr(a, "__name__", str(a)),) * 2)[0] for a, _ in members)
    names_en = ", ".join(_TYPE_NAMES.get(a, (getattr(a, "__name__", str(a)),) * 2)[1] for a, _ in members)

    def structure(value: Any, _: Any = None) -> Any:
        if value is None and nullable:
            return None
        for member, hook in members:
            try:
                return hook(value, member)
            except LeafProblem:
                continue
        got_zh, got_en = describe_value(value)
        raise LeafProblem(f"应为以下之一：{names_zh}，得到{got_zh}", f"expected one of: {names_en}; got {got_en}", "type.union", value)

    return structure


def _is_namedtuple(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, tuple) and hasattr(t, "_fields") and hasattr(t, "_make")


def namedtuple_types(t: type) -> list[Any]:
    """The field types of a NamedTuple, resolved (its module may use ``from __future__ import annotations``)."""
    hints = typing.get_type_hints(t)
    return [hints[name] for name in t._fields]  # type: ignore[attr-defined]


def _namedtuple_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    # Written as an array of its fields in order (cattrs' tuple handling); read back the same way, strictly.
    inner = _fixed_tuple_hook(conv, tuple[tuple(namedtuple_types(t))])  # type: ignore[misc]

    def structure(value: Any, _: Any = None) -> Any:
        return t._make(inner(value, t))

    return structure


def _is_optional(t: Any) -> bool:
    args = _union_args(t)
    return args is not None and type(None) in args and len(args) == 2


def _is_homogeneous(t: Any) -> bool:
    origin = get_origin(t)
    args = get_args(t)
    if origin is tuple:
        return len(args) == 2 and args[1] is Ellipsis
    return origin in (list, frozenset)


def _is_fixed_tuple(t: Any) -> bool:
    return get_origin(t) is tuple and not _is_homogeneous(t) and len(get_args(t)) > 0


def _is_dict(t: Any) -> bool:
    origin: Any = get_origin(t)
    return origin is dict or origin is Mapping or t is dict


def _is_array(t: Any) -> bool:
    origin: Any = get_origin(t)
    return origin is tuple or origin is list or origin is frozenset


def _note_index(exc: Exception, index: int, t: Any) -> Exception:
    exc.__notes__ = [*getattr(exc, "__notes__", []), IterableValidationNote(f"@ index {index}", index, t)]
    return exc


def _array(value: Any) -> list[Any] | tuple[Any, ...]:
    if type(value) is not list and type(value) is not tuple:
        raise _wrong(("数组", "an array"), value, "type.array")
    return value


def _homogeneous_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    item_type = get_args(t)[0]
    item = conv.get_structure_hook(item_type)
    make: Callable[[list[Any]], Any] = {list: list, frozenset: frozenset}.get(get_origin(t), tuple)

    if not conv.detailed_validation:

        def fast(value: Any, _: Any = None) -> Any:
            return make([item(element, item_type) for element in _array(value)])

        fast._xz_items = (item, item_type, make)  # type: ignore[attr-defined]  # read by `_fast_class_hook`
        return fast

    def structure(value: Any, _: Any = None) -> Any:
        out: list[Any] = []
        errors: list[Exception] = []
        for index, element in enumerate(_array(value)):
            try:
                out.append(item(element, item_type))
            except Exception as exc:
                errors.append(_note_index(exc, index, item_type))
        if errors:
            raise IterableValidationError("While structuring an array", errors, t)
        return make(out)

    return structure


def _fixed_tuple_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    item_types = get_args(t)
    hooks = [conv.get_structure_hook(a) for a in item_types]

    def structure(value: Any, _: Any = None) -> Any:
        items = _array(value)
        if len(items) != len(item_types):
            raise LeafProblem(
                f"应为 {len(item_types)} 项的数组，得到 {len(items)} 项",
                f"expected an array of {len(item_types)} items, got {len(items)}",
                "array.length",
                value,
            )
        out: list[Any] = []
        errors: list[Exception] = []
        for index, (hook, item_type, element) in enumerate(zip(hooks, item_types, items, strict=True)):
            try:
                out.append(hook(element, item_type))
            except Exception as exc:
                errors.append(_note_index(exc, index, item_type))
        if errors:
            raise IterableValidationError("While structuring an array", errors, t)
        return tuple(out)

    tests = [_TYPE_TESTS.get(hook) for hook in hooks]
    if conv.detailed_validation or len(tests) != 2 or None in tests:
        return structure
    first, second = tests

    def pair(value: Any, _: Any = None) -> Any:
        # A pair of exact-type leaves (an evidence event's payload item): the leaf hooks' own type tests,
        # inlined; anything else goes to `structure`, which builds the same tuple or raises its error.
        if (type(value) is list or type(value) is tuple) and len(value) == 2:
            a, b = value
            if type(a) is first and type(b) is second:
                return (a, b)
        return structure(value)

    return pair


def _dict_hook(conv: cattrs.Converter, t: Any) -> Callable[[Any, Any], Any]:
    key_type, value_type = get_args(t) or (str, Any)
    if key_type is not str:
        raise TypeError(f"only str keys are supported, not {key_type!r}")
    hook = conv.get_structure_hook(value_type)

    def structure(value: Any, _: Any = None) -> dict[str, Any]:
        if type(value) is not dict:
            raise _wrong(("对象", "an object"), value, "type.object")
        out: dict[str, Any] = {}
        errors: list[Exception] = []
        for key, element in value.items():
            try:
                out[_str(key)] = hook(element, value_type)
            except Exception as exc:
                exc.__notes__ = [*getattr(exc, "__notes__", []), IterableValidationNote(f"@ key {key!r}", str(key), value_type)]
                errors.append(exc)
        if errors:
            raise IterableValidationError("While structuring an object", errors, t)
        return out

    return structure


def _optional_fields(cls: type) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.init and _is_optional(hints[f.name])
    )


# Leaf hooks whose whole work is an exact-type test: `_fast_class_hook` inlines the test and calls the
# hook only to raise its error.
_TYPE_TESTS: dict[Callable[..., Any], type] = {_str: str, _int: int, _bool: bool}


def _fast_class_hook(conv: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any] | None:
    """The fast (not detailed) JSON structure function of an attrs class, or None to use cattrs' own.

    It does what cattrs' generated function does with the same hooks (a required key is read with
    ``o[key]``, a key with a default only when present, unknown keys are refused), in one call of the
    class with every argument inlined (by position where the class allows it): exact-type leaves, dates
    (through `_date_json`'s cache), enums read from strings (through their hook's own lookup) and
    optional values need no call of their own, and an absent key passes the field's default (the very
    object `__init__` would use; a factory is called as `__init__` would call it). Any exception sends
    the input to the detailed converter, which finds and explains every problem; so the result for
    valid input is the object cattrs would build, and invalid input is never accepted (each inlined
    test is its hook's own test, and where it fails the hook itself is called to raise).
    """
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name for f in fields):
        return None
    namespace: dict[str, Any] = {
        "__cl": cls,
        "__allowed": frozenset(f.name for f in fields),
        "__feke": cattrs.errors.ForbiddenExtraKeysError,
        "__dcget": _DATE_CACHE.get,
        "__array": _array,
        "__repeat": itertools.repeat,
        "__only_str": frozenset({str}),
    }
    arguments: list[str] = []
    keywords = any(f.kw_only for f in fields)
    for index, f in enumerate(fields):
        t = f.type
        handler = conv.get_structure_hook(t)
        optional = getattr(handler, "_xz_optional", None)
        if optional is not None:
            t = optional
            handler = conv.get_structure_hook(t)
        hook, typ, default = f"__h{index}", f"__t{index}", f"__d{index}"
        namespace[hook], namespace[typ] = handler, t
        key = repr(f.name)
        # The value is read once, where the expression first evaluates it (``v`` after that).
        read = f"(v := o[{key}])"
        first = "v" if optional is not None else read
        if handler in _TYPE_TESTS:
            namespace[typ] = _TYPE_TESTS[handler]
            expr = f"v if type({first}) is {typ} else {hook}(v)"
        elif handler is _date_json or handler is _date_json_ranged:
            namespace[f"__date{index}"] = handler
            expr = f"(__dcget(v) if type({first}) is str else None) or __date{index}(v)"
        elif (by_str := getattr(handler, "_xz_by_str", None)) is not None:
            # An enum read from a string: its hook's own lookup, inlined; the hook runs for anything
            # else (an int value, an error) and for a member that is falsy.
            namespace[f"__e{index}"] = by_str.get
            expr = f"(__e{index}(v) if type({first}) is str else None) or {hook}(v, {typ})"
        elif (items := getattr(handler, "_xz_items", None)) is not None:
            namespace[hook], namespace[typ], namespace[f"__m{index}"] = items
            array = f"v if type({first}) is list else __array(v)"
            if (by_str := getattr(items[0], "_xz_by_str", None)) is not None:
                # Enum items: when every item is a str naming a member, the item hook's own lookup, mapped
                # in C; otherwise (an int value, an error) the item hook for each item.
                namespace[f"__e{index}"] = by_str.get
                expr = (
                    f"__m{index}(m if {{*map(type, (a := ({array})))}} <= __only_str and None not in "
                    f"(m := [*map(__e{index}, a)]) else map({hook}, a, __repeat({typ})))"
                )
            else:
                expr = f"__m{index}(map({hook}, {array}, __repeat({typ})))"
        else:
            expr = f"{hook}({first}, {typ})"
        if optional is not None:
            expr = f"None if {read} is None else {expr}"
        # Passed by position (`__init__` takes the fields in order) unless a field is keyword-only: a class
        # call with keywords first builds a dict of them (CPython's `type.__call__` has no vectorcall
        # path for a class with its own `__init__`).
        name = f"{f.alias}=" if keywords else ""
        if f.default is attrs.NOTHING:
            arguments.append(f"{name}{expr}")
            continue
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            if f.default.takes_self:
                return None
            namespace[default] = f.default.factory
            absent = f"{default}()"
        else:
            namespace[default] = f.default
            absent = default
        arguments.append(f"{name}({expr}) if {key} in o else {absent}")
    body = _slot_body(cls, fields, arguments, namespace) if not keywords else None
    if body is None:
        body = ["  return __cl(", *(f"    {argument}," for argument in arguments), "  )"]
    source = "\n".join(
        [
            f"def structure_{cls.__name__}(o, _=None):",
            "  if not o.keys() <= __allowed:",
            "    raise __feke('', __cl, set(o.keys()) - __allowed)",
            *body,
        ]
    )
    exec(compile(source, f"<xingzheng fast structure {cls.__qualname__}>", "exec"), namespace)
    fn: Callable[[Any, Any], Any] = namespace[f"structure_{cls.__name__}"]
    return fn


def _slot_body(
    cls: type, fields: tuple[attrs.Attribute[Any], ...], arguments: list[str], namespace: dict[str, Any]
) -> list[str] | None:
    """The body of a fast structure function that does what the class's attrs `__init__` does, or None.

    Why: a frozen slotted attrs class's `__init__` stores each field through a bound
    ``object.__setattr__`` (a generic attribute lookup per field), behind the class call's own frames;
    calling each slot's own descriptor on an ``object.__new__`` instance stores the same value about
    a third faster, and a record has some sixty fields. The body keeps `__init__`'s every step, in its
    order: each value through the field's converter, then (unless validators are disabled) each
    field's validator, then `__attrs_post_init__`; so the object and the invariants checked are the
    same. Anything it does not mirror (a pre-init hook, a cached hash, a converter that takes the
    instance or field, a class with its own `__new__`, a slot not found) keeps the class call.
    """
    if any("__new__" in base.__dict__ for base in cls.__mro__[:-1]) or hasattr(cls, "__attrs_pre_init__"):
        return None
    if "__attrs_cached_hash" in getattr(cls, "__slots__", ()):
        return None
    lines = ["  s = __new(__cl)"]
    namespace["__new"] = object.__new__
    namespace["__cfg"] = _attrs_config
    checks: list[str] = []
    for index, (f, argument) in enumerate(zip(fields, arguments, strict=True)):
        slot = getattr(cls, f.name, None)
        if type(slot) is not types.MemberDescriptorType:
            return None
        namespace[f"__s{index}"] = slot.__set__
        converter = f.converter
        if converter is None:
            lines.append(f"  __s{index}(s, {argument})")
        elif callable(converter) and not isinstance(converter, attrs.Converter):
            namespace[f"__c{index}"] = converter
            lines.append(f"  __s{index}(s, __c{index}({argument}))")
        else:
            return None
        if f.validator is not None:
            namespace[f"__v{index}"], namespace[f"__a{index}"] = f.validator, f
            checks.append(f"    __v{index}(s, __a{index}, s.{f.name})")
    if checks:
        lines += ["  if __cfg._run_validators is True:", *checks]
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("  s.__attrs_post_init__()")
    lines.append("  return s")
    return lines


_DEPTHS: dict[Any, int | None] = {}


def schema_depth(t: Any) -> int | None:
    """The deepest nesting of objects and arrays that JSON data structured as ``t`` can hold (the data's
    top level is depth 1, a leaf adds none), or None when it has no bound or is not known here (a
    recursive class, a bare ``dict`` or ``list``, ``Any``, a class that ignores computed keys).

    Every container the strict hooks accept is one the type declares: leaves are scalars, a record's
    unknown keys are refused. So a value that structured as ``t`` nests no deeper than this.
    """
    if t in _DEPTHS:
        return _DEPTHS[t]
    _DEPTHS[t] = None  # while it is being measured: a recursive type has no bound
    depth = _measure_depth(t)
    _DEPTHS[t] = depth
    return depth


def _deepest(types: Any, add: int) -> int | None:
    deepest = 0
    for t in types:
        depth = schema_depth(t)
        if depth is None:
            return None
        deepest = max(deepest, depth)
    return deepest + add


def _measure_depth(t: Any) -> int | None:
    if t is type(None) or t in LEAVES or _is_enum(t):
        return 0
    if _is_optional(t) or _is_leaf_union(t):
        return _deepest(get_args(t), 0)
    if _is_namedtuple(t):
        return _deepest(namedtuple_types(t), 1)
    if _is_homogeneous(t):
        return _deepest(get_args(t)[:1], 1)
    if _is_fixed_tuple(t):
        return _deepest(get_args(t), 1)
    if _is_dict(t):
        args = get_args(t)
        return _deepest(args[1:], 1) if len(args) == 2 else None
    if isinstance(t, type) and attrs.has(t) and not computed_fields(t):
        hints = typing.get_type_hints(t)
        return _deepest((hints[f.name] for f in attrs.fields(t)), 1)
    return None


def computed_fields(cls: type) -> tuple[str, ...]:
    """The read-only properties a class writes beside its fields in JSON (``Report.ok``, a deadline's
    explanation): declared as ``_json_computed``; `loads` accepts and ignores them."""
    names: tuple[str, ...] = getattr(cls, "_json_computed", ())
    return names


def _class_hook(conv: cattrs.Converter, cls: type, mode: Mode) -> Callable[[Any, Any], Any]:
    hook = _class_hook_fields(conv, cls, mode)
    computed = frozenset(computed_fields(cls))
    if not computed:
        return hook

    def structure(value: Any, _: Any = None) -> Any:
        if type(value) is dict and not computed.isdisjoint(value):
            value = {k: v for k, v in value.items() if k not in computed}
        return hook(value, cls)

    return structure


def _class_hook_fields(conv: cattrs.Converter, cls: type, mode: Mode) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    if mode == "json" and not conv.detailed_validation:
        fast = _fast_class_hook(conv, cls)
        if fast is not None:
            return fast
    generated: Callable[[Any, Any], Any] = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    # TOML has no null: a required optional field may simply be absent there.
    missing_is_none = _optional_fields(cls) if mode == "toml" else ()
    if not conv.detailed_validation and not missing_is_none:
        # Fast path: a non-object fails inside the generated code, and the detailed pass explains it.
        return generated

    def structure(value: Any, _: Any = None) -> Any:
        if type(value) is not dict:
            raise _wrong(("对象", "an object"), value, "type.object")
        if missing_is_none:
            value = {**dict.fromkeys(missing_is_none), **value}
        return generated(value, cls)

    return structure


def _unstructure_array(conv: cattrs.Converter, t: Any) -> Callable[[Any], Any]:
    args = get_args(t)
    if _is_fixed_tuple(t):
        hooks = [conv.get_unstructure_hook(a) for a in args]
        return lambda value: [h(v) for h, v in zip(hooks, value, strict=True)]
    hook = conv.get_unstructure_hook(args[0]) if args else conv.unstructure
    return lambda value: [hook(v) for v in value]


def _drop_none_fields(conv: cattrs.Converter, cls: type) -> Callable[[Any], Any]:
    generated: Callable[[Any], Any] = cattrs.gen.make_dict_unstructure_fn(cls, conv)

    def unstructure(value: Any) -> Any:
        return {k: v for k, v in generated(value).items() if v is not None}

    return unstructure


def _with_computed(conv: cattrs.Converter, cls: type) -> Callable[[Any], Any]:
    generated: Callable[[Any], Any] = cattrs.gen.make_dict_unstructure_fn(cls, conv)
    names = computed_fields(cls)

    def unstructure(value: Any) -> Any:
        data = generated(value)
        for name in names:
            data[name] = conv.unstructure(getattr(value, name))
        return data

    return unstructure


def _make(mode: Mode, *, detailed: bool, ranged: bool = False) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    for leaf_type, leaf in LEAVES.items():
        hook = _RANGED[mode].get(leaf_type) if ranged else None
        conv.register_structure_hook(leaf_type, hook or (leaf.json if mode == "json" else leaf.toml))
        out = leaf.unstructure_json if mode == "json" else leaf.unstructure_toml
        if out is not None:
            conv.register_unstructure_hook(leaf_type, out)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(_is_optional, lambda t: _optional_hook(conv, t))
    conv.register_structure_hook_factory(_is_leaf_union, lambda t: _leaf_union_hook(conv, t))
    conv.register_structure_hook_factory(_is_namedtuple, lambda t: _namedtuple_hook(conv, t))
    conv.register_structure_hook_factory(_is_homogeneous, lambda t: _homogeneous_hook(conv, t))
    conv.register_structure_hook_factory(_is_fixed_tuple, lambda t: _fixed_tuple_hook(conv, t))
    conv.register_structure_hook_factory(
        _is_dict, lambda t: _dict_hook(conv, t)
    )
    conv.register_structure_hook_factory(attrs.has, lambda cls: _class_hook(conv, cls, mode))
    conv.register_unstructure_hook_factory(
        _is_array, lambda t: _unstructure_array(conv, t)
    )
    conv.register_unstructure_hook(tuple, lambda value: [conv.unstructure(v) for v in value])
    if mode == "toml":
        conv.register_unstructure_hook_factory(attrs.has, lambda cls: _drop_none_fields(conv, cls))
    else:
        conv.register_unstructure_hook_factory(
            lambda t: attrs.has(t) and bool(computed_fields(t)), lambda cls: _with_computed(conv, cls)
        )
    return conv


#: The converter for JSON-shaped data (and every JSON the library prints).
converter = _make("json", detailed=True)
#: The same type table, reading TOML's native dates and date-times and writing them back.
toml_converter = _make("toml", detailed=True)
# The same hooks without cattrs' detailed validation: the fast path for valid input. When it fails,
# the input is structured again with the detailed converter, which finds every problem and its path.
# Records are read by the `ranged` converters (made on first use): their dates within DATE_MIN..DATE_MAX.
_converters: dict[tuple[Mode, bool, bool], cattrs.Converter] = {
    ("json", False, False): converter,
    ("toml", False, False): toml_converter,
}


def converter_for(mode: Mode, *, fast: bool = False, ranged: bool = False) -> cattrs.Converter:
    """The converter of a mode (``"json"`` or ``"toml"``); ``fast`` skips detailed validation; ``ranged``
    refuses dates outside `DATE_MIN`..`DATE_MAX` (the converters of records)."""
    key = (mode, fast, ranged)
    conv = _converters.get(key)
    if conv is None:
        conv = _converters[key] = _make(mode, detailed=not fast, ranged=ranged)
    return conv


def to_jsonable(obj: Any) -> Any:
    """Unstructure any library object into JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    return converter.unstructure(obj)

