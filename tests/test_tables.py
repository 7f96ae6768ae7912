"""Tables for notebooks (issue 21): `to_rows`, `to_dataframe`, ``check --format csv`` and the HTML views."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from xingzheng import Finding, Period, Report, Severity, check, deadline, load, to_dataframe, to_rows
from xingzheng.cli import main
from xingzheng.io._tables import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dagang-2020"
AS_OF = dt.date(2021, 9, 30)
PROFILE = "tianjin-binhai-dagang"


def _pandas() -> Any:
    # CI installs pandas with the test extra: there it must be present, never skipped.
    if os.environ.get("CI"):
        import pandas

        return pandas
    return pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    out = []
    for path in sorted(EXAMPLES.glob("*.json")):
        out.append(check(load(path), profile=PROFILE, as_of=AS_OF).located(str(path.relative_to(ROOT))))
    return out


def test_one_row_per_finding_with_the_record_identity(reports: list[Report]) -> None:
    rows = to_rows(reports)
    assert len(rows) == sum(len(r.findings) for r in reports) > 0
    assert all(tuple(row) == COLUMNS for row in rows)
    by_code = {row["code"]: row for row in rows}
    late = by_code["E8.service-late"]
    assert late["kind"] == "enforcement_case" and late["title"] == "港街综执罚〔2021〕8号"
    assert late["source"] == "examples/dagang-2020/enforcement-case.json" and late["line"] is None
    assert late["rule"] == "E8" and late["severity"] == "error" and late["path"] == "$.service.served_on"
    assert late["due"] == dt.date(2021, 9, 8)  # the day the finding calls due
    assert late["parameter"] == "enforcement.service_period.max" and "第六十一条" in late["citation"]
    document = [row for row in rows if row["kind"] == "normative_document"]
    assert document and all(row["number"] == "港街发〔2020〕12号" for row in document)


def test_min_severity_leaves_out_what_is_below() -> None:
    def finding(code: str, severity: Severity) -> Finding:
        return Finding(code, severity, "中文", "English", "")

    report = Report(
        "normative_document",
        "t",
        "national",
        None,
        (finding("N3.x", Severity.ERROR), finding("N5.no-rule", Severity.INFO), finding("N4.y", Severity.WARNING)),
    )
    every = to_rows(report)
    assert [row["severity"] for row in every] == ["error", "info", "warning"]
    assert [row["code"] for row in to_rows(report, min_severity="warning")] == ["N3.x", "N4.y"]
    assert [row["code"] for row in to_rows([report], min_severity=Severity.ERROR)] == ["N3.x"]
    assert to_rows(report, min_severity="info") == every == to_rows(report, min_severity=None)
    with pytest.raises(ValueError):
        to_rows(report, min_severity="fatal")


def test_a_single_report_and_a_clean_report() -> None:
    clean = Report("normative_document", "t", "national", None)
    assert to_rows(clean) == [] and to_rows([clean, clean]) == []


def test_to_dataframe_has_the_same_rows(reports: list[Report]) -> None:
    pd = _pandas()
    frame = to_dataframe(reports)
    rows = to_rows(reports)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(rows)
    assert list(frame["code"]) == [row["code"] for row in rows]
    assert frame["severity"].cat.ordered and list(frame["severity"].cat.categories) == ["info", "warning", "error"]
    late = frame[frame["code"] == "E8.service-late"].iloc[0]
    assert late["due"] == pd.Timestamp(2021, 9, 8)
    counts = to_dataframe(reports, min_severity="warning").groupby("rule", observed=True).size()
    assert counts.sum() == len(to_rows(reports, min_severity="warning"))
    empty = to_dataframe([])
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0


def test_to_dataframe_without_pandas_names_the_extra(reports: list[Report], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` raises ImportError
    with pytest.raises(ImportError, match=r"xingzheng\[pandas\]"):
        to_dataframe(reports)


def test_check_format_csv_is_utf8_with_a_bom(capsysbinary: pytest.CaptureFixture[bytes], reports: list[Report]) -> None:
    code = main(["check", str(EXAMPLES), "--profile", PROFILE, "--as-of", "2021-09-30", "--format", "csv"])
    assert code == 1
    raw = capsysbinary.readouterr().out
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert tuple(table[0]) == COLUMNS
    expected = to_rows(reports)
    assert [row["code"] for row in table] == [row["code"] for row in expected]
    late = next(row for row in table if row["code"] == "E8.service-late")
    assert late["due"] == "2021-09-08" and late["line"] == "" and "送达" in late["message"]


def test_csv_with_an_unreadable_file_exits_2_and_tells_stderr(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["check", str(EXAMPLES / "normative-document.json"), str(bad), "--format", "csv"]) == 2
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"\xef\xbb\xbf") and b"bad.json" not in out
    assert "bad.json" in err.decode("utf-8")


def test_report_html_distinguishes_severities(reports: list[Report]) -> None:
    report = next(r for r in reports if r.kind == "enforcement_case")
    html = report._repr_html_()
    assert "<table" in html and "E8.service-late" in html and "xz-error" in html
    assert "港街综执罚〔2021〕8号" in html
    mixed = Report(
        "normative_document",
        "t",
        "national",
        None,
        tuple(Finding(f"N3.{s.value}", s, "中文", "English", "") for s in Severity),
    )
    html = mixed._repr_html_()
    for severity in ("error", "warning", "info"):
        assert html.count(f"xz-{severity}") == 1  # each marked with its own class, word and colour
    assert "错误 error" in html and "警告 warning" in html and "提示 info" in html
    hostile = Report("normative_document", "<script>x</script>", "national", None)
    assert "<script>" not in hostile._repr_html_()


def test_deadline_html_shows_the_roll_and_both_languages() -> None:
    due = deadline(dt.date(2020, 9, 3), Period.days(30))
    html = due._repr_html_()
    assert "2020-10-09" in html and "2020-10-03" in html  # rolled from 10-03 to 10-09
    assert "第二百零三条" in html and "Art. 203" in html
