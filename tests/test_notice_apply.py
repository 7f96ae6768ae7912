"""Applying notices: `with_notice`, the supplement it builds, the CLI `import-notice`, the example."""

from __future__ import annotations

import datetime as dt
import json
import runpy
import tomllib
from pathlib import Path

import pytest

from _notice_support import merged, read_notice
from xingzheng import (
    CalendarCoverageError,
    NoticeParseError,
    Period,
    SupplementConflictError,
    deadline,
    default_calendar,
    parse_notice,
)
from xingzheng.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MADE_UP_YEAR = 2027  # the made-up example notice is for this year (chinese-calendar 1.11.0 ends in 2026)


def _made_up_applies() -> None:
    first_uncovered = default_calendar().coverage.last.year + 1
    if first_uncovered != MADE_UP_YEAR:
        pytest.skip(f"the data now ends in {first_uncovered - 1}: the made-up {MADE_UP_YEAR} notice is inside it")


def test_the_annual_notice_and_its_extension_agree_with_the_data_without_override() -> None:
    cal = default_calendar().with_notice(read_notice("2020.md"), read_notice("2020-extension.md"))
    assert cal.entry_source(dt.date(2020, 2, 1)) == "国办发明电〔2020〕1号"
    assert cal.entry_source(dt.date(2020, 1, 24)) == "国办发明电〔2019〕16号"
    assert not cal.overrides


def test_the_annual_notice_alone_contradicts_the_extended_data_unless_overridden() -> None:
    with pytest.raises(SupplementConflictError):
        default_calendar().with_notice(read_notice("2020.md"))
    cal = default_calendar().with_notice(read_notice("2020.md"), override=True)
    assert [o.date for o in cal.overrides] == [dt.date(2020, 2, 1)]
    assert cal.overrides[0].source == "国办发明电〔2019〕16号"


def test_an_amendment_alone_is_resolved_against_the_calendar() -> None:
    cal = default_calendar().with_notice(read_notice("2019-labour-day-adjustment.md"))
    assert cal.entry_source(dt.date(2019, 5, 2)) == "国办发明电〔2019〕3号"


def test_an_extension_alone_cannot_become_a_supplement() -> None:
    with pytest.raises(NoticeParseError, match="延长"):
        parse_notice(read_notice("2020-extension.md")).to_supplement()


def test_the_supplement_round_trips_through_toml_and_records_each_notice() -> None:
    supplement = merged(2015).to_supplement()
    assert supplement["source"] == "国办发明电〔2014〕28号"
    one_off = [b for b in supplement["holidays"] if b.get("source") == "国发明电〔2015〕1号"]
    assert one_off[0]["dates"] == [dt.date(2015, 9, 3), dt.date(2015, 9, 4), dt.date(2015, 9, 5)]
    merged_2017 = merged(2017).to_supplement()
    names = {b["name"]: b for b in merged_2017["holidays"]}
    assert names["中秋节"]["dates"] == [dt.date(2017, 10, 4)]
    assert "adjusted_workdays" in names["国庆节"]


def test_a_year_past_the_data_is_imported_and_counts_across_new_year() -> None:
    _made_up_applies()
    text = (EXAMPLES / "notice-2027-made-up.md").read_text(encoding="utf-8")
    start = dt.date(MADE_UP_YEAR - 1, 12, 24)
    with pytest.raises(CalendarCoverageError, match="with_notice"):
        deadline(start, Period.workdays(10))
    result = deadline(start, Period.workdays(10), default_calendar().with_notice(text))
    assert result.due == dt.date(MADE_UP_YEAR, 1, 8)  # 1–3 January are holidays


def test_cli_import_notice_writes_a_supplement_the_deadline_command_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _made_up_applies()
    out = tmp_path / "next.toml"
    assert main(["import-notice", str(EXAMPLES / "notice-2027-made-up.md"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "28 holidays, 5 adjusted working days" in printed and "2027年2月" in printed
    assert tomllib.loads(out.read_text(encoding="utf-8"))["year"] == MADE_UP_YEAR
    assert main(["deadline", "2026-12-24", "--workdays", "10", "--calendar-supplement", str(out)]) == 0
    assert "2027-01-08" in capsys.readouterr().out


def test_cli_import_notice_json_reports_differences_from_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "2020.md"
    path.write_text(read_notice("2020.md"), encoding="utf-8")
    assert main(["import-notice", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (summary,) = data["summary"]
    assert [d["date"] for d in summary["differences_from_data"]] == ["2020-01-31", "2020-02-01"]
    assert data["supplements"][0]["year"] == 2020


def test_cli_import_notice_refuses_a_bad_notice_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.md"
    path.write_text(read_notice("2011.md").replace("1月30日（星期日）", "1月30日（星期六）"), encoding="utf-8")
    assert main(["import-notice", str(path)]) == 2
    assert "第二项" in capsys.readouterr().err


def test_the_example_script_runs_from_anywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(EXAMPLES / "notice_2027.py"), run_name="__main__")


# -- audit: the import-notice command ----------------------------------------------------------------------


def test_cli_import_notice_table_shows_month_grids_summary_and_differing_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The 2020 annual notice alone: 27 holidays (元旦 1, 春节 24–30 Jan 7, 清明 3, 劳动 5, 端午 3, 中秋国庆
    # 1–8 Oct 8) and 7 adjusted working days (19 Jan, 1 Feb, 26 Apr, 9 May, 28 Jun, 27 Sep, 10 Oct). The
    # built-in data holds the Spring Festival extension (to 2 February), so Friday 31 January (notice: working
    # day) and Saturday 1 February (notice: adjusted working day) differ.
    path = tmp_path / "2020.md"
    path.write_text(read_notice("2020.md"), encoding="utf-8")
    out = tmp_path / "2020.toml"
    assert main(["import-notice", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    arrangement = parse_notice(read_notice("2020.md"))
    n, m = len(arrangement.holidays), len(arrangement.adjusted_workdays)
    assert (n, m) == (27, 7)
    assert f"{n} holidays, {m} adjusted working days" in printed and f"共 {n} 个放假日" in printed
    for month in ("2020年1月", "2020年4月", "2020年5月", "2020年6月", "2020年10月"):
        assert month in printed
    assert "2020-01-31: 通知 notice workday, 数据 data rest day" in printed
    assert "2020-02-01: 通知 notice workday, 数据 data rest day" in printed
    assert tomllib.loads(out.read_text(encoding="utf-8"))["year"] == 2020
    assert f"written: {out}" in printed


def test_cli_import_notice_of_an_amendment_the_data_already_holds_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ext.md"
    path.write_text(read_notice("2020-extension.md"), encoding="utf-8")
    assert main(["import-notice", str(path)]) == 0
    assert "already holds what the notice sets" in capsys.readouterr().out


def test_cli_import_notice_reads_a_file_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "2026.md"
    path.write_bytes(b"\xef\xbb\xbf" + read_notice("2026.md").encode("utf-8"))
    assert main(["import-notice", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"][0]["year"] == 2026 and data["summary"][0]["differences_from_data"] == []


def test_cli_import_notice_bad_files_are_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\x01\xff\xfe")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    good = tmp_path / "2026.md"
    good.write_text(read_notice("2026.md"), encoding="utf-8")
    cases = [
        [str(tmp_path / "missing.md")],
        [str(tmp_path)],  # a directory
        [str(binary)],
        [str(empty)],
        [str(good), str(good)],  # two annual notices for one year
        [str(good), "-o", str(tmp_path)],  # -o names a directory
        [str(good), "-o", str(tmp_path / "no" / "such" / "dir.toml")],
    ]
    for argv in cases:
        assert main(["import-notice", *argv]) == 2, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and " / " in err and "Traceback" not in err, (argv, err)


def test_an_amendment_alone_that_takes_away_an_adjusted_working_day_is_refused() -> None:
    # A calendar that (made up) also has Saturday 2019-05-11 as a 劳动节 adjusted working day: the 2019
    # Labour Day amendment replaces the festival's days and no longer works 11 May; a supplement cannot say
    # "back to a weekend", so the day would silently stay a working day. Refused, naming the day.
    cal = default_calendar().with_supplement(
        {
            "year": 2019,
            "source": "假想",
            "holidays": [{"name": "劳动节", "dates": [dt.date(2019, 5, 1)], "adjusted_workdays": [dt.date(2019, 5, 11)]}],
        }
    )
    with pytest.raises(NoticeParseError, match="2019-05-11"):
        cal.with_notice(read_notice("2019-labour-day-adjustment.md"))
    # Against the built-in data (which already holds the change) it applies cleanly.
    assert default_calendar().with_notice(read_notice("2019-labour-day-adjustment.md")).is_workday(dt.date(2019, 5, 5))
