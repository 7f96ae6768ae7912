"""The door: the one configured cattrs converter, and (later) strict JSON/TOML loading of records.

Every JSON the library prints goes through `converter`, so its shape never changes between commands.
"""

from __future__ import annotations

from xingzheng.io._converter import converter, to_jsonable

__all__ = ["converter", "to_jsonable"]
