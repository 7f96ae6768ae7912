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
    with pytest.raises(CalendarCoverageError, match="import-notice"):
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
