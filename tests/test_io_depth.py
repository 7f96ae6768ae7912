"""The nesting limit (`Limits.max_depth`) gives the same answer whether `loads` walks the data before
structuring it or after (issue 20: a record with more brackets than the limit, such as an enforcement
case with its evidence log, is structured first and walked only when its schema could nest too deep or
it does not load)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from xingzheng import LoadError, loads
from xingzheng.io._converter import schema_depth

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"
RECORDS = sorted(EXAMPLES.glob("*.json"))


def _depth(value: Any) -> int:
    """Nesting of objects and arrays, the top level being 1 (a leaf: 0); the test's own reference."""
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _codes(text: str, **kwargs: Any) -> list[str]:
    with pytest.raises(LoadError) as info:
        loads(text, **kwargs)
    return [e["code"] for e in info.value.errors()]


def _nest(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_the_limit_falls_exactly_at_the_records_depth(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    depth = _depth(json.loads(text))
    record = loads(text)
    assert schema_depth(type(record)) is not None
    assert depth <= schema_depth(type(record))  # type: ignore[operator]
    assert loads(text, max_depth=depth) == record
    assert _codes(text, max_depth=depth - 1) == ["too_deep"]


def test_the_enforcement_case_has_more_brackets_than_the_default_limit() -> None:
    # The case for which the walk is put off: without this, the tests above would not reach it.
    text = (EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8")
    assert text.count("{") + text.count("[") > 64
    assert type(loads(text)).__name__ == "EnforcementCase"


@pytest.mark.parametrize("field", ["case_number", "extra_key"])
@pytest.mark.parametrize("levels", [63, 65, 200])
def test_a_deep_value_in_a_record_is_too_deep_not_a_type_error(field: str, levels: int) -> None:
    data = json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8"))
    data[field] = _nest(levels)
    text = json.dumps(data, ensure_ascii=False)
    codes = _codes(text)
    if levels + 1 > 64:
        assert codes == ["too_deep"]
    else:
        assert "too_deep" not in codes
        assert codes == (["type.string"] if field == "case_number" else ["extra_field"])


def test_an_older_version_is_walked_before_migration() -> None:
    # A version-1 record is migrated before structuring (which may drop or rename fields): its depth is
    # measured on the text as given.
    data = json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8"))
    data["schema_version"] = 1
    data["case_number"] = _nest(80)
    assert _codes(json.dumps(data, ensure_ascii=False)) == ["too_deep"]
