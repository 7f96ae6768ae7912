"""One way to call (issue 21): `check` and `upcoming` take the same keywords; the old positional forms work
one more release with a DeprecationWarning; concurrent calls from threads give the serial answers."""

from __future__ import annotations

import datetime as dt
import inspect
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from xingzheng import check, default_calendar, load, load_profile, to_dict, upcoming

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "dagang-2020").glob("*.json"))
AS_OF = dt.date(2021, 9, 30)


def test_the_keywords_are_the_same_and_in_the_same_order() -> None:
    def keywords(fn: object) -> list[str]:
        params = inspect.signature(fn).parameters.values()  # type: ignore[arg-type]
        return [p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]

    assert keywords(check) == ["profile", "as_of", "calendar"]
    assert keywords(upcoming) == ["as_of", "profile", "calendar"]  # as_of first: it is required here


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_old_positional_forms_warn_and_agree(path: Path) -> None:
    record = load(path)
    profile, calendar = load_profile("tianjin-binhai-dagang"), default_calendar()
    new = check(record, profile=profile, as_of=AS_OF, calendar=calendar)
    with pytest.warns(DeprecationWarning, match=r"check\(record, profile=…, calendar=…, as_of=…\)"):
        old = check(record, profile, calendar, AS_OF)
    assert old == new
    with pytest.warns(DeprecationWarning):
        assert check(record, profile, as_of=AS_OF) == new
    new_due = upcoming(record, as_of=AS_OF, profile=profile, calendar=calendar)
    with pytest.warns(DeprecationWarning, match=r"upcoming\(record, as_of=…"):
        assert upcoming(record, AS_OF, profile, calendar) == new_due
    with pytest.warns(DeprecationWarning):
        assert upcoming(record, AS_OF, profile=profile) == new_due


def test_the_keyword_forms_do_not_warn(recwarn: pytest.WarningsRecorder) -> None:
    record = load(EXAMPLES[0])
    check(record, profile="national", as_of=AS_OF)
    upcoming(record, as_of=AS_OF)
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning)]


def test_bad_calls_are_refused() -> None:
    record = load(EXAMPLES[0])
    with pytest.raises(TypeError, match="as_of"):
        upcoming(record)
    with pytest.raises(TypeError, match="multiple values"), pytest.warns(DeprecationWarning):
        check(record, "national", profile="national")
    with pytest.raises(TypeError, match="at most"):
        check(record, "national", None, AS_OF, "extra")


def test_fifty_concurrent_requests_give_the_serial_answers() -> None:
    # Profiles, calendars and records are frozen; the caches behind them are filled idempotently. A web
    # service shares them between threads: 50 requests at once must answer as 50 in a row.
    profile, calendar = load_profile("tianjin-binhai-dagang"), default_calendar()
    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES]
    requests = [(texts[i % len(texts)], AS_OF + dt.timedelta(days=30 * (i % 7))) for i in range(50)]

    def handle(request: tuple[str, dt.date]) -> object:
        from xingzheng import loads

        text, as_of = request
        record = loads(text)
        report = check(record, profile=profile, as_of=as_of, calendar=calendar)
        due = upcoming(record, as_of=as_of, profile=profile, calendar=calendar)
        return to_dict(report), [to_dict(item) for item in due]

    serial = [handle(r) for r in requests]
    with ThreadPoolExecutor(max_workers=50) as pool:
        concurrent = list(pool.map(handle, requests))
    assert concurrent == serial


def test_what_a_process_pool_sends_pickles_whole() -> None:
    import pickle

    profile = load_profile("tianjin-binhai-dagang")
    assert pickle.loads(pickle.dumps(profile)) == profile
    for path in EXAMPLES:
        record = load(path)
        report = check(record, profile=profile, as_of=AS_OF)
        assert pickle.loads(pickle.dumps(record)) == record
        assert pickle.loads(pickle.dumps(report)) == report
