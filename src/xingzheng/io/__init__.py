"""The door: strict JSON/TOML loading and dumping of records, and their JSON Schema.

One configured cattrs converter (`converter`) reads and writes every public class; every JSON the
library prints goes through it, so its shape never changes between commands. Untrusted input is
guarded (size, depth, ``NaN``, duplicate keys) and every failure is a `LoadError` listing each problem
with its path (DECISIONS.md, "The JSON boundary").
"""

from __future__ import annotations

from xingzheng.io._converter import converter, to_jsonable
from xingzheng.io._migrate import READ_VERSIONS, migrate, register_migration
from xingzheng.io._records import (
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
    "MAX_BYTES",
    "MAX_DEPTH",
    "READ_VERSIONS",
    "SCHEMA_VERSION",
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
