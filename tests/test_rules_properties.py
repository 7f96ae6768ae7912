"""Properties of reforms: the original never changes, and diff lists exactly the changed keys."""

from __future__ import annotations

import datetime as dt
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng.rules import Unit, builtin_profile_names, load_profile
from xingzheng.rules._profile import TIME_UNITS

PROFILES = {name: load_profile(name) for name in builtin_profile_names()}
SNAPSHOTS = {name: pickle.dumps(profile) for name, profile in PROFILES.items()}


@st.composite
def reforms(draw: st.DrawFn) -> tuple[str, dict[str, int | float], dt.date | None]:
    profile = PROFILES[draw(st.sampled_from(sorted(PROFILES)))]
    keys = draw(st.lists(st.sampled_from(profile.keys()), min_size=1, max_size=4, unique=True))
    since = draw(st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    changes: dict[str, int | float] = {}
    for key in keys:
        current = {value.value for value in profile.parameter(key).values}
        current |= {v.value for on in profile.change_dates(key) if (v := profile.find(key, on)) is not None}
        # What `reform` accepts for the key's kind (issue 22): whole numbers for periods (from 1) and
        # counts (from 0), any non-negative number for yuan, percent and hours.
        units = {value.unit for value in profile.parameter(key).values}
        numbers: st.SearchStrategy[int | float]
        if units & TIME_UNITS:
            numbers = st.integers(min_value=1, max_value=10_000)
        elif Unit.COUNT in units:
            numbers = st.integers(min_value=0, max_value=10_000)
        else:
            numbers = st.integers(min_value=0, max_value=10_000) | st.floats(min_value=0, max_value=1e6, allow_nan=False)
        changes[key] = draw(numbers.filter(lambda n, taken=frozenset(current): n not in taken))
    return profile.name, changes, since


@settings(max_examples=150)
@given(reforms())
def test_a_reform_leaves_the_original_unchanged(case: tuple[str, dict[str, int | float], dt.date | None]) -> None:
    name, changes, since = case
    profile = PROFILES[name]
    before = {key: profile.change_dates(key) for key in profile.parameters}
    profile.reform("reform", changes, since=since)
    assert pickle.dumps(profile) == SNAPSHOTS[profile.name]
    assert {key: profile.change_dates(key) for key in profile.parameters} == before


@settings(max_examples=150)
@given(reforms())
def test_diff_lists_exactly_the_changed_keys(case: tuple[str, dict[str, int | float], dt.date | None]) -> None:
    name, changes, since = case
    profile = PROFILES[name]
    reform = profile.reform("reform", changes, since=since)
    changed = {d.key for d in profile.diff(reform)}
    # With a date, a key changes only if it can be in force from that date on: always true here, since
    # every key has a value that never ends (histories run to the open future).
    assert changed == set(changes)
    for d in profile.diff(reform):
        assert d.right is not None and d.right.value == changes[d.key]
        assert since is None or d.on >= since


@settings(max_examples=100)
@given(reforms())
def test_a_reform_agrees_with_its_parent_on_every_other_key(
    case: tuple[str, dict[str, int | float], dt.date | None],
) -> None:
    name, changes, since = case
    profile = PROFILES[name]
    reform = profile.reform("reform", changes, since=since)
    for key in set(profile.keys()) - set(changes):
        for on in profile.change_dates(key):
            assert reform.find(key, on) == profile.find(key, on)
