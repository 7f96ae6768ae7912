"""The door: strict JSON/TOML loading and dumping of records, and their JSON Schema.

One configured cattrs converter (`converter`) reads and writes every public class; every JSON the
library prints goes through it, so its shape never changes between commands. Untrusted input is
guarded (size, depth, ``NaN``, duplicate keys, control characters, lone surrogates, `Limits`) and
every failure is a `LoadError` listing each problem
with its path (DECISIONS.md, "The JSON boundary").
"""

from __future__ import annotations

from xingzheng.io._converter import converter, to_jsonable
from xingzheng.io._guard import MULTILINE_FIELDS, Limits
from xingzheng.io._leaves import DATE_MAX, DATE_MIN
from xingzheng.io._migrate import READ_VERSIONS, migrate, register_migration
from xingzheng.io._problems import ERROR_CODES
from xingzheng.io._records import (
    DEFAULT_LIMITS,
    MAX_BYTES,
    MAX_DEPTH,
    SCHEMA_VERSION,
    dump,
    dumps,
    from_dict,
    kind_of,
    kinds,
    load,
    loads,
    register_kind,
    to_dict,
)
from xingzheng.io._schema import json_schema
from xingzheng.io._tables import to_dataframe, to_rows

__all__ = [
    "DATE_MAX",
    "DATE_MIN",
    "DEFAULT_LIMITS",
    "ERROR_CODES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MULTILINE_FIELDS",
    "READ_VERSIONS",
    "SCHEMA_VERSION",
    "Limits",
    "converter",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "kind_of",
    "kinds",
    "load",
    "loads",
    "migrate",
    "register_kind",
    "register_migration",
    "to_dataframe",
    "to_dict",
    "to_jsonable",
    "to_rows",
]
