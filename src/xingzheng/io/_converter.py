"""The single cattrs `Converter` of xingzheng: dates as ISO strings, enums by value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs

__all__ = ["converter", "to_jsonable"]

converter = cattrs.Converter(forbid_extra_keys=True)

# Dates and instants as ISO 8601 strings (instants keep their offset).
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())


def to_jsonable(obj: Any) -> Any:
    """Unstructure any library object into JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    return converter.unstructure(obj)
