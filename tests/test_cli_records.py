"""Commands `check`, `upcoming` and `demo`: findings with citations and dates, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _io_support import EXAMPLES
from xingzheng.cli import main

DAGANG = ["--profile", "tianjin-binhai-dagang"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_record_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "major-decision.json"), *DAGANG, "--as-of", "2021-09-30")
    assert code == 0
    assert "无发现 / no findings" in out


def test_error_finding_exits_1_with_citation_and_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "normative-document.json"), *DAGANG)
    assert code == 1
    assert "N3.comment-period-too-short" in out
    assert "大港街2020年法治政府建设情况报告" in out  # the citation
    assert "required_close 2020-06-10" in out


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", str(EXAMPLES), *DAGANG, "--as-of", "2021-09-30", "--json")
    data = json.loads(out)
    assert code == data["exit_code"] == 1
    assert len(data["reports"]) == 4 and data["unreadable"] == []
    codes = {f["code"] for r in data["reports"] for f in r["report"]["findings"]}
    assert {"N3.comment-period-too-short", "E8.service-late"} <= codes


def test_unreadable_input_exits_2_and_wins_over_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(EXAMPLES / "normative-document.json", tmp_path / "a.json")
    bad = json.loads((EXAMPLES / "legality-review-contract.json").read_text(encoding="utf-8"))
    bad["completed_on"] = "2020-13-01"
    bad["surprise"] = True
    (tmp_path / "b.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    code, out, err = _run(capsys, "check", str(tmp_path), *DAGANG)
    assert code == 2
    assert "$.completed_on" in out and "$.surprise" in out and "JSON 语法错误" in out
    assert "Traceback" not in out + err
    code, out, _ = _run(capsys, "check", str(tmp_path / "missing.json"), "--json")
    assert code == 2 and json.loads(out)["unreadable"][0]["problems"][0]["path"] == "$"


def test_bad_profile_or_date_exits_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "check", str(EXAMPLES), "--profile", "/nonexistent/profile.toml")
    assert code == 2 and "Traceback" not in out + err
    with pytest.raises(SystemExit) as info:
        main(["check", str(EXAMPLES), "--as-of", "2021-02-30"])
    assert info.value.code == 2


def test_upcoming_lists_what_is_due(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "upcoming", str(EXAMPLES), *DAGANG, "--as-of", "2021-09-30", "--json")
    assert code == 0
    items = json.loads(out)["upcoming"]
    assert any(i["rule"] == "N8" and i["deadline"]["due"] == "2022-07-04" for i in items)
    with pytest.raises(SystemExit):
        main(["upcoming", str(EXAMPLES)])  # --as-of is required


def test_demo_runs_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "demo")
    assert code == 0, err
    for part in ("一、合规检查", "二、待办期限", "三、规则配置检查", "N3.comment-period-too-short", "无发现 / no findings", "laxer-than-parent"):
        assert part in out
