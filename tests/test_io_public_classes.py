"""Round trips of EVERY public class of `xingzheng` and `xingzheng.model` through the one converter.

Issue 11: ``from_dict(to_dict(x), type(x)) == x`` for every public class (Hypothesis). The classes are
enumerated from the packages' ``__all__``, so a class added later without a strategy here fails
`test_every_public_class_has_a_strategy` instead of going unchecked. Records come from
`xingzheng.strategies`; the other attrs classes from a strategy derived from their type hints (invalid
combinations, refused by the classes' own invariants, are rejected), with a few fields given their
vocabulary.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import tempfile
import typing
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args, get_origin

import attrs
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import xingzheng
import xingzheng.model
from _io_support import triples
from xingzheng import strategies as record_strategies
from xingzheng.calendar import FESTIVALS
from xingzheng.errors import InvariantError, LoadError
from xingzheng.io import dump, dumps, from_dict, kind_of, load, loads, to_dict
from xingzheng.io._converter import _is_namedtuple, _union_args
from xingzheng.rules import builtin_profile_names, load_profile
from xingzheng.rules._model import RULE_EXCEPTIONS, SCOPE_TAGS


def _public_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for module in (xingzheng, xingzheng.model):
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and (attrs.has(obj) or issubclass(obj, enum.Enum)):
                found[obj.__name__] = obj
    return found


PUBLIC = _public_classes()

_CST = dt.timezone(dt.timedelta(hours=8))
# Text as the boundary lets it through (issue 22): no control, surrogate or line-separator characters,
# NFC; document numbers NFKC.
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=8).map(
    lambda s: unicodedata.normalize("NFC", s)
)
_days = st.dates(dt.date(2016, 1, 1), dt.date(2025, 12, 31))
_instants = st.builds(
    lambda d, s, tz: dt.datetime.combine(d, dt.time(), tz) + dt.timedelta(seconds=s),
    _days,
    st.integers(0, 86399),
    st.sampled_from([dt.UTC, _CST]),
)
_decimals = st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False)

_LEAF_STRATEGIES: dict[Any, st.SearchStrategy[Any]] = {
    str: _text,
    int: st.integers(0, 10**6),
    float: st.floats(0, 1e6, allow_nan=False, allow_infinity=False),
    bool: st.booleans(),
    Decimal: _decimals,
    dt.date: _days,
    dt.datetime: _instants,
    Path: st.builds(lambda name: Path("/var/lib/xingzheng/calendar") / f"{name}.toml", st.integers(2000, 2100)),
}

# Fields whose strings come from a vocabulary (their validators refuse anything else).
_FIELD_STRATEGIES: dict[tuple[str, str], st.SearchStrategy[Any]] = {
    ("RuleValue", "exceptions"): st.lists(st.sampled_from(sorted(RULE_EXCEPTIONS)), unique=True).map(tuple),
    ("RuleValue", "scope_tags"): st.lists(st.sampled_from(sorted(SCOPE_TAGS)), max_size=2, unique=True).map(tuple),
    ("FindingSpec", "code"): st.sampled_from(["N13.creates-penalty", "D6.discussed-without-review"]),
    ("FindingSpec", "severity"): st.sampled_from(["error", "warning", "info"]),
    ("Arrangement", "document_number"): st.none() | _text.map(lambda s: unicodedata.normalize("NFKC", s)),
    ("PenaltyDecision", "document_number"): st.none() | _text.map(lambda s: unicodedata.normalize("NFKC", s)),
    ("Profile", "parent"): st.none() | st.sampled_from([load_profile(n) for n in builtin_profile_names()]),
}


def _unique_key(item: Any) -> Any:
    for name in ("since", "key", "rule"):
        if hasattr(item, name):
            return getattr(item, name)
    return id(item)


def _strategy_for(t: Any, depth: int) -> st.SearchStrategy[Any]:
    if t in _LEAF_STRATEGIES:
        return _LEAF_STRATEGIES[t]
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return st.sampled_from(t)
    if _is_namedtuple(t):
        return st.sampled_from(sorted(FESTIVALS.values()))  # the only public NamedTuple in records
    args = _union_args(t)
    if args is not None:
        parts = [_strategy_for(a, depth) for a in args if a is not type(None)]
        return st.one_of(*parts, *([st.none()] if type(None) in args else []))
    origin = get_origin(t)
    if origin is tuple and len(get_args(t)) == 2 and get_args(t)[1] is Ellipsis:
        item = get_args(t)[0]
        if depth > 2 and attrs.has(item):
            return st.just(())
        # Histories must ascend by `since`, profiles hold each key once: draw unique keys, sorted.
        return st.lists(_strategy_for(item, depth + 1), max_size=2, unique_by=_unique_key).map(
            lambda xs: tuple(sorted(xs, key=_unique_key)) if xs and hasattr(xs[0], "since") else tuple(xs)
        )
    if origin is tuple:
        return st.tuples(*(_strategy_for(a, depth) for a in get_args(t)))
    if isinstance(t, type) and attrs.has(t):
        return _derived(t, depth + 1)
    raise TypeError(f"no strategy for {t!r}")


def _derived(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        kwargs = {}
        for f in fields:
            special = _FIELD_STRATEGIES.get((cls.__name__, f.name))
            kwargs[f.alias] = draw(special if special is not None else _strategy_for(hints[f.name], depth))
        try:
            return cls(**kwargs)
        except (InvariantError, ValueError, TypeError):
            reject()

    return build()


def _strategies() -> dict[str, st.SearchStrategy[Any]]:
    table: dict[str, st.SearchStrategy[Any]] = {
        "NormativeDocument": record_strategies.normative_documents(),
        "MajorDecision": record_strategies.major_decisions(),
        "LegalityReview": record_strategies.legality_reviews(),
        "EnforcementCase": record_strategies.enforcement_cases(),
        "DisclosureRequest": record_strategies.disclosure_requests(),
        "ReconsiderationCase": record_strategies.reconsideration_cases(),
        "Petition": record_strategies.petitions(),
        "EvidenceEvent": record_strategies.events(),
        "EvidenceLog": record_strategies.evidence_logs(max_size=4),
        "Officer": record_strategies.officers(),
    }
    for name, cls in PUBLIC.items():
        if name not in table:
            table[name] = st.sampled_from(cls) if issubclass(cls, enum.Enum) else _derived(cls)
    return table


STRATEGIES = _strategies()
_SETTINGS = settings(max_examples=25, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


def test_every_public_class_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(PUBLIC)
    # The enumeration itself: the four records and the value objects are there.
    assert {"NormativeDocument", "MajorDecision", "EnforcementCase", "LegalityReview"} <= set(PUBLIC)
    assert {"Period", "Deadline", "DocumentNumber", "Citation", "Profile", "Supplement", "Finding"} <= set(PUBLIC)


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_round_trip_of_every_public_class(name: str) -> None:
    cls = PUBLIC[name]

    @_SETTINGS
    @given(STRATEGIES[name])
    def run(obj: Any) -> None:
        assert type(obj) is cls
        data = to_dict(obj)
        json.dumps(data, allow_nan=False)  # JSON-ready
        assert from_dict(data, cls) == obj
        assert loads(dumps(obj), cls) == obj
        kind = kind_of(cls)
        if kind is not None:
            assert list(data)[:2] == ["kind", "schema_version"] and data["kind"] == kind
            assert from_dict(data) == obj  # cls=None: the kind picks the class
            assert loads(dumps(obj)) == obj

    run()


_TOML_CLASSES = sorted(n for n, c in PUBLIC.items() if attrs.has(c))


@pytest.mark.parametrize("name", _TOML_CLASSES)
def test_toml_and_json_files_round_trip(name: str) -> None:
    # TOML has no null: optional fields that are None are left out and must read back as None.
    cls = PUBLIC[name]
    folder = Path(tempfile.mkdtemp())

    @_SETTINGS
    @given(STRATEGIES[name])
    def run(obj: Any) -> None:
        for suffix in ("json", "toml"):
            path = folder / f"x.{suffix}"
            dump(obj, path)
            assert load(path, cls) == obj, suffix
            if kind_of(cls) is not None:
                assert load(path) == obj, suffix
        assert "= None" not in (folder / "x.toml").read_text(encoding="utf-8")

    run()


def test_toml_leaves_out_none_and_reads_it_back(tmp_path: Path) -> None:
    from xingzheng.model import LegalityReview, SubjectKind

    review = LegalityReview(subject_kind=SubjectKind.CONTRACT, requested_on=dt.date(2020, 9, 1))
    assert review.materials_complete_on is None and review.opinion is None
    dump(review, tmp_path / "r.toml")
    text = (tmp_path / "r.toml").read_text(encoding="utf-8")
    assert "materials_complete_on" not in text and "opinion" not in text
    assert load(tmp_path / "r.toml") == review


def test_decimals_are_written_in_plain_notation() -> None:
    from xingzheng.rules import ParameterValue, Unit

    for number in (Decimal("1E+2"), Decimal("0.0000001"), Decimal("0.03")):
        value = ParameterValue(since=dt.date(2020, 1, 1), value=number, unit=Unit.PERCENT)
        data = to_dict(value)
        assert "E" not in data["value"]
        assert from_dict(data, ParameterValue) == value


def test_a_number_union_is_strict() -> None:
    from xingzheng.rules import ParameterValue

    base = {"since": "2020-01-01", "unit": "days"}
    assert type(from_dict({**base, "value": 3}, ParameterValue).value) is int
    assert type(from_dict({**base, "value": 3.5}, ParameterValue).value) is float
    assert from_dict({**base, "value": "0.03"}, ParameterValue).value == Decimal("0.03")
    for bad in (True, "3 days", None, "1e5", [3]):
        with pytest.raises(LoadError) as info:
            from_dict({**base, "value": bad}, ParameterValue)
        assert [p[0] for p in triples(info.value)] == ["$.value"]


@pytest.mark.parametrize("name", _TOML_CLASSES)
def test_every_public_class_validates_against_its_schema(name: str) -> None:
    import jsonschema

    from xingzheng.io import json_schema

    cls = PUBLIC[name]
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    @_SETTINGS
    @given(STRATEGIES[name])
    def run(obj: Any) -> None:
        errors = [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(to_dict(obj))]
        assert not errors, errors[:5]

    run()
