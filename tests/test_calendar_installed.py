"""Issue 19, part 2: a notice installed once serves every later program.

Every test here points ``XINGZHENG_DATA_DIR`` at its own temporary directory (conftest also points it
at an empty one for the whole run), so the user's real data directory is never read or written. The
made-up notices are for the first year past the data (``coverage.last.year + 1``), never hard-coded.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from _notice_support import render
from xingzheng import LoadError, Period, SupplementConflictError, deadline, default_calendar
from xingzheng.calendar import (
    InstalledNoticeWarning,
    data_dir,
    install_notices,
    installed_supplements,
    uninstall,
)
from xingzheng.calendar._calendar import builtin_calendar
from xingzheng.calendar._statutory import festival_days
from xingzheng.calendar.notice import Arrangement, FestivalArrangement
from xingzheng.cli import main

D = dt.date
_ONE_DAY = dt.timedelta(days=1)
BUILTIN = builtin_calendar()
LAST = BUILTIN.coverage.last
YEAR = LAST.year + 1


def _spring_festival(year: int, length: int = 7) -> tuple[list[dt.date], dt.date]:
    """``length`` days from 除夕 (初六 for seven) and the last weekend day before them (an adjusted working day)."""
    days = sorted(d for d, name in festival_days(year).items() if name.zh == "春节")
    holidays = [days[0] + i * _ONE_DAY for i in range(length)]
    workday = days[0] - _ONE_DAY
    while workday.weekday() < 5:
        workday -= _ONE_DAY
    return holidays, workday


def made_up_notice(year: int = YEAR, *, spring_days: int = 7) -> str:
    """A made-up annual notice (元旦 and 春节 only) in the official style; not a real arrangement."""
    new_year = [D(year, 1, 1)]
    spring, workday = _spring_festival(year, spring_days)
    arrangement = Arrangement(
        year=year,
        blocks=(
            FestivalArrangement(("元旦",), new_year),
            FestivalArrangement(("春节",), spring, (workday,)),
        ),
    )
    return render(arrangement)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XINGZHENG_DATA_DIR", str(tmp_path))
    return tmp_path / "calendar"


def test_the_data_dir_is_the_environment_variable(store: Path) -> None:
    assert data_dir() == store.parent
    assert default_calendar() is BUILTIN  # nothing installed: the built-in calendar itself


def test_an_installed_notice_extends_the_default_calendar(store: Path) -> None:
    (record,) = install_notices([made_up_notice()])
    assert record.year == YEAR and record.path == store / f"{YEAR}.toml" and record.path.is_file()
    assert not record.override and record.notices == (record.supplement.source,)
    assert not list(store.glob("*.tmp"))  # the temporary file was renamed into place
    cal = default_calendar()
    assert cal is default_calendar()  # built once while the store is unchanged
    assert cal.covers(D(YEAR, 12, 31)) and not cal.covers(D(YEAR + 1, 1, 1))
    spring, workday = _spring_festival(YEAR)
    assert all(cal.holiday_name(d) is not None and not cal.is_workday(d) for d in spring)
    assert cal.is_adjusted_workday(workday)
    source = cal.entry_source(spring[0])
    assert source is not None and record.supplement.source in source and "installed" in source
    result = deadline(D(YEAR - 1, 12, 20), Period.workdays(30))
    assert not result.provisional and "installed" in result.calendar_source
    assert result.due == BUILTIN.with_notice(made_up_notice()).add_workdays(D(YEAR - 1, 12, 20), 30)
    (listed,) = installed_supplements()
    assert listed.year == YEAR and listed.supplement == record.supplement


def test_uninstall_removes_one_year(store: Path) -> None:
    install_notices([made_up_notice()])
    assert uninstall(YEAR) == store / f"{YEAR}.toml"
    assert installed_supplements() == [] and default_calendar() is BUILTIN
    with pytest.raises(FileNotFoundError):
        uninstall(YEAR)


def test_a_contradicting_annual_notice_is_refused_unless_override(store: Path) -> None:
    install_notices([made_up_notice()])
    length = 8  # one more day of 春节: the first weekday after the installed block contradicts it
    while _spring_festival(YEAR, length)[0][-1].weekday() >= 5:
        length += 1
    second_day = _spring_festival(YEAR, length)[0][-1]
    contradicting = made_up_notice(spring_days=length)
    with pytest.raises(SupplementConflictError) as info:
        install_notices([contradicting])
    assert str(second_day) in str(info.value) and str(store / f"{YEAR}.toml") in str(info.value)
    assert default_calendar().is_workday(second_day)  # the store is unchanged
    (record,) = install_notices([contradicting], override=True)
    assert record.override
    assert not default_calendar().is_workday(second_day)


def test_a_store_file_that_does_not_parse_is_an_error_naming_its_path(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.mkdir(parents=True)
    broken = store / f"{YEAR}.toml"
    broken.write_text("[installed]\nnotices = 3\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        default_calendar()
    assert str(broken) in str(info.value)
    assert main(["deadline", "2020-09-28", "--workdays", "7"]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "Traceback" not in err
    assert main(["calendar", "installed"]) == 2
    assert str(broken) in capsys.readouterr().err
    assert main(["calendar", "--uninstall", str(YEAR)]) == 0  # removing it needs no parse
    assert main(["deadline", "2020-09-28", "--workdays", "7"]) == 0


def _installed_file(store: Path, year: int, day: dt.date, *, override: bool) -> None:
    """Write a store file as an earlier install would have (a notice for a year the data now covers)."""
    store.mkdir(parents=True, exist_ok=True)
    (store / f"{year}.toml").write_text(
        "[installed]\n"
        'notices = ["made-up notice"]\n'
        f"override = {'true' if override else 'false'}\n"
        "installed_at = 2020-01-01T00:00:00Z\n"
        "[supplement]\n"
        f'year = {year}\nsource = "made-up notice"\n'
        f'[[supplement.holidays]]\nname = "元旦"\ndates = [{day.isoformat()}]\n',
        encoding="utf-8",
    )


def _a_plain_working_day(year: int) -> dt.date:
    day = D(year, 3, 1)
    while not BUILTIN.is_workday(day) or BUILTIN.is_explicit(day):
        day += _ONE_DAY
    return day


@pytest.mark.parametrize("override", [False, True])
def test_an_installed_year_the_data_covers_is_compared_at_load(store: Path, override: bool) -> None:
    year = LAST.year
    agreeing = D(year, 1, 1)
    assert not BUILTIN.is_workday(agreeing)
    _installed_file(store, year, agreeing, override=override)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        default_calendar()  # agreement is silent

    day = _a_plain_working_day(year)
    _installed_file(store, year, day, override=override)
    os.utime(store, ns=(1, 1))  # a new store state, whatever the clock's resolution
    with pytest.warns(InstalledNoticeWarning, match=str(day)):
        cal = default_calendar()
    assert cal.is_workday(day) is (not override)  # the package's data wins unless installed with override


def test_the_cli_prints_the_disagreement_as_one_warning_line(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = _a_plain_working_day(LAST.year)
    _installed_file(store, LAST.year, day, override=False)
    assert main(["deadline", "2020-09-28", "--workdays", "7"]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "warning" in line]
    assert len(lines) == 1 and str(day) in lines[0] and lines[0].startswith("xingzheng: 警告 / warning:")


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xingzheng", *args], capture_output=True, text=True, check=False, env=env
    )


def test_a_notice_installed_in_one_process_is_used_by_the_next_without_flags(tmp_path: Path) -> None:
    env = {**os.environ, "XINGZHENG_DATA_DIR": str(tmp_path / "data")}
    notice = tmp_path / "notice.txt"
    notice.write_text(made_up_notice(), encoding="utf-8")
    start = D(YEAR - 1, 12, 20)

    refused = _cli("deadline", start.isoformat(), "--workdays", "30", env=env)
    assert refused.returncode == 2 and "--install" in refused.stderr
    assert "assume_regular_weeks" not in refused.stderr and "--assume-regular-weeks" in refused.stderr

    installed = _cli("import-notice", str(notice), "--install", env=env)
    assert installed.returncode == 0, installed.stderr
    assert str(tmp_path / "data" / "calendar" / f"{YEAR}.toml") in installed.stdout

    used = _cli("deadline", start.isoformat(), "--workdays", "30", "--json", env=env)
    assert used.returncode == 0, used.stderr
    data = json.loads(used.stdout)
    expected = BUILTIN.with_notice(made_up_notice()).add_workdays(start, 30)
    assert data["due"] == expected.isoformat() and data["provisional"] is False
    assert "installed" in data["calendar_source"]

    listed = _cli("calendar", "installed", "--json", env=env)
    (entry,) = json.loads(listed.stdout)["installed"]
    assert entry["year"] == YEAR and entry["file"].endswith(f"{YEAR}.toml")

    removed = _cli("calendar", "--uninstall", str(YEAR), env=env)
    assert removed.returncode == 0
    assert _cli("deadline", start.isoformat(), "--workdays", "30", env=env).returncode == 2


def test_the_python_error_names_the_keyword_and_methods_not_the_flags() -> None:
    from xingzheng import CalendarCoverageError

    with pytest.raises(CalendarCoverageError) as info:
        BUILTIN.is_workday(D(YEAR, 1, 4))
    message = str(info.value)
    assert info.value.year == YEAR and info.value.coverage == BUILTIN.coverage
    assert "assume_regular_weeks=True" in message and "with_notice" in message and "install_notices" in message
    assert "--" not in message and "xingzheng import-notice" not in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message) and " / " in message


def test_the_cli_coverage_error_names_its_own_flags(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", f"{YEAR}-01"]) == 2
    err = capsys.readouterr().err
    assert "xingzheng import-notice" in err and "--install" in err and f"-o {YEAR}.toml" in err
    assert f"--calendar-supplement {YEAR}.toml" in err and "--assume-regular-weeks" in err
    assert "assume_regular_weeks" not in err and "with_notice" not in err and "install_notices" not in err
    assert len(err.strip().splitlines()) == 1 and " / " in err
    first = BUILTIN.coverage.first
    assert main(["deadline", f"{first.year - 1}-06-01", "--workdays", "3"]) == 2
    err = capsys.readouterr().err
    assert "--assume-regular-weeks" in err and "assume_regular_weeks" not in err and "import-notice" not in err
