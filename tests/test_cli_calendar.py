"""The `deadline` and `calendar` commands: output, JSON shape, and bad input (exit 2, one line, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xingzheng import default_calendar
from xingzheng.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "supplement-2027-made-up.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_exit(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "2020-09-28", "--workdays", "7")
    assert code == 0
    assert "2020-10-14" in out and "民法典第二百零一条" in out and "chinese-calendar" in out


def test_deadline_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "2020-09-03", "--days", "30", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["due"] == "2020-10-09" and data["rolled_from"] == "2020-10-03"
    assert data["period"] == {"amount": 30, "unit": "days"}
    assert "Art. 203" in data["explanation_en"] and "第二百零三条" in data["explanation"]
    code, out, _ = run(capsys, "deadline", "2020-01-31", "--months", "1", "--format", "json")
    assert json.loads(out)["due"] == "2020-03-02"


def test_calendar_month_grid(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "2020-10")
    assert code == 0
    assert "国庆节" in out and "调休上班" in out and "10班" in out
    code, out, _ = run(capsys, "calendar", "2020-10", "--json")
    days = {d["date"]: d for d in json.loads(out)["days"]}
    assert days["2020-10-01"]["holiday"] == {"zh": "国庆节", "en": "National Day"}
    assert days["2020-10-10"]["adjusted_workday"] is True and days["2020-10-10"]["workday"] is True
    assert len(days) == 31


@pytest.mark.parametrize(
    "argv",
    [
        ("deadline", "2020-02-30", "--days", "3"),
        ("deadline", "20200101", "--days", "3"),
        ("deadline", "2020-01-01", "--workdays", "0"),
        ("deadline", "2020-01-01", "--workdays", "x"),
        ("deadline", "2020-01-01"),
        ("calendar", "2020-13"),
        ("calendar", "nonsense"),
    ],
)
def test_bad_input_is_one_bilingual_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, _out, err = run_exit(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err)  # Chinese first …
    assert " / " in err  # … then English


def test_an_unreadable_supplement_is_exit_2_listing_its_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run_exit(capsys, "deadline", "2020-01-01", "--days", "3", "--calendar-supplement", "/nonexistent/s.toml")
    assert code == 2 and "Traceback" not in err and "/nonexistent/s.toml" in err
    bad = tmp_path / "bad.toml"
    bad.write_text('year = 1\n[[holidays]]\nname = "春节"\n', encoding="utf-8")
    code, _, err = run_exit(capsys, "calendar", "2020-01", "--calendar-supplement", str(bad))
    assert code == 2 and "$.source" in err and "$.holidays[0].dates" in err and "Traceback" not in err


def test_an_uncovered_year_is_exit_2_naming_the_year(capsys: pytest.CaptureFixture[str]) -> None:
    uncovered = default_calendar().coverage.last.year + 1
    code, _, err = run_exit(capsys, "deadline", f"{uncovered - 1}-12-20", "--workdays", "15")
    assert code == 2 and str(uncovered) in err and "import-notice" in err
    code, _, err = run_exit(capsys, "calendar", f"{uncovered}-01")
    assert code == 2 and str(uncovered) in err
    code, out, _ = run_exit(capsys, "deadline", f"{uncovered - 1}-12-20", "--workdays", "15", "--assume-regular-weeks")
    assert code == 0 and "provisional" in out


def test_calendar_supplement_option(capsys: pytest.CaptureFixture[str]) -> None:
    if default_calendar().coverage.last.year != 2026:
        pytest.skip("the made-up example supplement is for 2027, after chinese-calendar 1.11.0's data")
    code, out, _ = run(capsys, "deadline", "2026-12-20", "--workdays", "15", "--calendar-supplement", str(EXAMPLE))
    assert code == 0 and "2027-01-11" in out
    code, out, _ = run(capsys, "calendar", "2027-02", "--calendar-supplement", str(EXAMPLE))
    assert code == 0 and "春节" in out


def test_console_script_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xingzheng", "deadline", "2020-09-28", "--workdays", "7", "--json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["due"] == "2020-10-14"
    script = Path(sys.executable).with_name("xingzheng")
    if script.exists():
        result = subprocess.run([str(script), "calendar", "2024-02"], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and "春节" in result.stdout


# -- audit: more bad input, by hand and here: exit 2, one bilingual line (LoadError lists its problems) ----


@pytest.mark.parametrize(
    "argv",
    [
        ("deadline", "9999-12-30", "--years", "1"),  # relativedelta: ValueError "year 10000 is out of range"
        ("deadline", "9999-12-30", "--months", "1", "--assume-regular-weeks"),
        ("deadline", "2020-01-01", "--days", "99999999999"),  # timedelta: OverflowError
        ("calendar", "9999-12"),  # the grid's last week runs into year 10000
        ("calendar", "9999-12", "--json", "--assume-regular-weeks"),
        ("calendar", "0000-01"),
        ("deadline", "2020-01-01", "--days", "3", "--format", "xml"),
    ],
)
def test_dates_out_of_range_are_one_bilingual_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, _out, err = run_exit(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert " / " in err and any("\u4e00" <= ch <= "\u9fff" for ch in err)


def test_unreadable_supplement_files_are_exit_2_never_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x00\x01\xff\xfe")
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"")
    for path in (tmp_path, binary, empty):
        code, _, err = run_exit(capsys, "deadline", "2020-01-01", "--days", "3", "--calendar-supplement", str(path))
        assert code == 2 and "Traceback" not in err and " / " in err, err


def test_a_year_before_coverage_is_exit_2_without_a_notice_hint(capsys: pytest.CaptureFixture[str]) -> None:
    before = default_calendar().coverage.first.year - 1
    code, _, err = run_exit(capsys, "calendar", f"{before}-06")
    assert code == 2 and str(before) in err and "import-notice" not in err and "Traceback" not in err


def test_deadline_json_marks_provisional_days_and_names_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    last_year = default_calendar().coverage.last.year
    code, out, _ = run(capsys, "deadline", f"{last_year}-11-20", "--workdays", "10", "--json")
    data = json.loads(out)
    assert code == 0 and data["provisional"] is True and "chinese-calendar" in data["explanation"]
    code, out, _ = run(capsys, "calendar", f"{last_year}-12", "--json")
    days = json.loads(out)["days"]
    assert code == 0 and days[-1]["provisional"] is True
    code, out, _ = run(capsys, "calendar", "2020-12", "--format", "json")
    assert not any(d["provisional"] for d in json.loads(out)["days"])
