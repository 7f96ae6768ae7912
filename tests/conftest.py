"""Shared test configuration: Hypothesis profiles and the location of ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REPO = Path(__file__).resolve().parents[1]
# XINGZHENG_SHARED: where ../shared is when the tests run from a copy (scripts/mutation.sh).
SHARED = Path(os.environ.get("XINGZHENG_SHARED") or REPO.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A path under ../shared; fails (never skips) in CI when it is missing, skips loudly elsewhere."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is required in CI and {path} is missing")
        pytest.skip(f"{path} is missing (../shared not beside the checkout)")
    return path


@pytest.fixture
def shared() -> Path:
    """The ../shared folder (fails in CI when missing)."""
    return shared_path()


def pytest_configure(config: pytest.Config) -> None:
    """Installed holiday notices (issue 19) are read from an empty temporary store, never the user's own.

    Set before any test module builds `default_calendar()` at import; subprocesses inherit it.
    """
    import tempfile

    os.environ["XINGZHENG_DATA_DIR"] = tempfile.mkdtemp(prefix="xingzheng-test-data-")


#: The built-in calendar: tests compare it by identity (``default_calendar() is BUILTIN``).
_KEEP_CACHED = frozenset({"_builtin"})


@pytest.fixture(autouse=True)
def _cold_calendar_caches() -> None:
    """Under mutmut only (docs/testing.md): forget the calendar's memoised results before each test.

    mutmut forks each mutant's test run from a process that has already run the tests once, so a
    ``functools.cache`` of the calendar (the new moons, the festival days, the statutory holidays, the
    month sums) would answer from memory and a mutant inside the code it remembers would never run. The
    built-in and default calendars stay cached: tests compare them by identity.
    """
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    from xingzheng.calendar import _calendar, _notice_lunar, _statutory, periods

    for module in (_calendar, _notice_lunar, _statutory):
        for name, value in vars(module).items():
            if hasattr(value, "cache_clear") and name not in _KEEP_CACHED:
                value.cache_clear()
    periods._MONTHS_AFTER.clear()
