"""Shared helpers of the I/O tests: the example records and structural mutations of them."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "dagang-2020"

#: One value of each JSON type, for retyping a field.
JSON_SAMPLES: tuple[Any, ...] = (None, True, 0, 1.5, "x", [], {})


def triples(error: Any) -> tuple[tuple[str, str, str], ...]:
    """Every ``(path, message_zh, message_en)`` of a `LoadError`, from `LoadError.errors` (what the
    deprecated ``problems`` gave)."""
    return tuple((e["path"], e["message"], e["message_en"]) for e in error.errors())


def example_dicts() -> list[dict[str, Any]]:
    """The worked example's records as parsed JSON."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]


def json_type(value: Any) -> str:
    """The JSON type of a value (an integral float is a number, not an integer)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) inside a JSON value, the root excluded."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*path, key), value
            yield from places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (*path, index), value
            yield from places(value, (*path, index))


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def mutate(data: dict[str, Any], rng: random.Random, *, structural_only: bool = False) -> tuple[dict[str, Any], str]:
    """A copy of ``data`` with one random change; returns it and what was done.

    Structural changes: drop a key, rename a key, retype a value (to another JSON type). Hostile
    changes add huge strings, huge numbers and deep nesting (as the placeholder ``"__DEEP__"``).
    """
    out = copy.deepcopy(data)
    spots = list(places(out))
    path, value = rng.choice(spots)
    parent = _parent(out, path)
    key = path[-1]
    ops = ["drop", "rename", "retype"] if structural_only else ["drop", "rename", "retype", "huge", "deep", "number"]
    op = rng.choice(ops)
    if op == "drop" and isinstance(parent, dict):
        del parent[key]
    elif op == "rename" and isinstance(parent, dict):
        parent[f"{key}_x"] = parent.pop(key)
    elif op in ("retype", "drop", "rename"):
        op = "retype"
        choices = [v for v in JSON_SAMPLES if json_type(v) != json_type(value)]
        parent[key] = copy.deepcopy(rng.choice(choices))
    elif op == "huge":
        parent[key] = "大" * rng.choice((10_000, 200_000))
    elif op == "number":
        parent[key] = rng.choice((10**300, -(10**18), 1e308, -0.0, 2**63))
    else:
        parent[key] = "__DEEP__"
    return out, f"{op} {'.'.join(map(str, path))}"
