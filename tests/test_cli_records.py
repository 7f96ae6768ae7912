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


# --- added in the issue-11 audit -----------------------------------------------------------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from xingzheng.io import dump, load  # noqa: E402

REPO = EXAMPLES.parents[1]
DAGANG_TOML = REPO / "src" / "xingzheng" / "rules" / "data" / "tianjin-binhai-dagang.toml"
SUPPLEMENT = REPO / "examples" / "supplement-2027-made-up.toml"


def test_demo_json_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["profile"] == "tianjin-binhai-dagang" and data["as_of"] == "2021-09-30"
    assert len(data["reports"]) == 4 and data["unreadable"] == []
    assert {f["code"] for r in data["reports"] for f in r["report"]["findings"]} >= {"N3.comment-period-too-short"}
    assert data["upcoming"] and data["lint"][0]["code"].endswith("laxer-than-parent")


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_demo_runs_from_any_working_directory(tmp_path: Path, fmt: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "xingzheng", "demo", "--format", fmt],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "N3.comment-period-too-short" in result.stdout and "Traceback" not in result.stderr


def test_profile_by_path_gives_the_same_result(capsys: pytest.CaptureFixture[str]) -> None:
    by_name = _run(capsys, "check", str(EXAMPLES), *DAGANG, "--as-of", "2021-09-30", "--json")
    by_path = _run(capsys, "check", str(EXAMPLES), "--profile", str(DAGANG_TOML), "--as-of", "2021-09-30", "--json")
    assert by_name[0] == by_path[0] == 1
    assert json.loads(by_name[1])["reports"] == json.loads(by_path[1])["reports"]


def test_calendar_supplement_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["check", str(EXAMPLES), "--as-of", "2021-09-30"], ["upcoming", str(EXAMPLES), "--as-of", "2021-09-30"]):
        code, out, _ = _run(capsys, *command, *DAGANG, "--calendar-supplement", str(SUPPLEMENT), "--json")
        assert code in (0, 1) and json.loads(out)["unreadable"] == []
        bad = tmp_path / "bad.toml"
        bad.write_text("year = 'x'\n", encoding="utf-8")
        code, out, err = _run(capsys, *command, *DAGANG, "--calendar-supplement", str(bad))
        assert code == 2 and "$.year" in err and "Traceback" not in out + err


def test_toml_records_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = load(EXAMPLES / "major-decision.json")
    dump(record, tmp_path / "decision.toml")
    assert "= 20" in (tmp_path / "decision.toml").read_text(encoding="utf-8")  # native TOML dates
    code, out, _ = _run(capsys, "check", str(tmp_path), *DAGANG, "--as-of", "2021-09-30")
    assert code == 0 and "decision.toml" in out


def test_an_empty_folder_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("no records here", encoding="utf-8")
    for command in (["check", str(tmp_path)], ["upcoming", str(tmp_path), "--as-of", "2021-09-30"]):
        code, out, _ = _run(capsys, *command)
        assert code == 2 and "没有记录" in out
        code, out, _ = _run(capsys, *command, "--json")
        assert code == 2 and json.loads(out)["unreadable"][0]["file"] == str(tmp_path)


def test_upcoming_with_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.json").write_text('{"kind": "normative_document", "schema_version": 1, "title": NaN}', encoding="utf-8")
    code, out, err = _run(capsys, "upcoming", str(tmp_path), "--as-of", "2021-09-30")
    assert code == 2 and "NaN" in out and "Traceback" not in out + err


def test_a_record_written_by_hand_from_the_schema_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    # The "done when": the quick start's hand-written record is checked from the command line.
    code, out, _ = _run(capsys, "check", str(REPO / "docs" / "quickstart" / "my-document.json"), *DAGANG, "--json")
    assert code == 1
    codes = {f["code"] for f in json.loads(out)["reports"][0]["report"]["findings"]}
    assert "N3.comment-period-too-short" in codes


def _bad_invocations(tmp: Path) -> list[list[str]]:
    (tmp / "arr.json").write_text("[1]", encoding="utf-8")
    (tmp / "bin.json").write_bytes(b"\xff\xfe\x00")
    (tmp / "empty.toml").write_text("", encoding="utf-8")
    (tmp / "deep.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    (tmp / "dir.json").mkdir()
    ex = str(EXAMPLES)
    return [
        ["check", ex, "--profile", "nope"],
        ["check", ex, "--profile", str(tmp / "arr.json")],
        ["check", ex, "--profile", str(tmp / "empty.toml")],
        ["check", ex, "--profile", str(tmp)],
        ["check", ex, "--calendar-supplement", str(tmp / "arr.json")],
        ["check", ex, "--calendar-supplement", str(tmp / "missing.toml")],
        ["check", str(tmp)],
        ["check", str(tmp / "dir.json")],
        ["check", str(tmp / "deep.json"), "--json"],
        ["check", str(tmp / "missing.json")],
        ["check", ex, "--as-of", "9999-12-31"],
        ["check", ex, "--as-of", "0001-01-01"],
        ["upcoming", ex, "--as-of", "9999-12-31"],
        ["upcoming", ex, "--as-of", "0001-01-01", "--json"],
        ["upcoming", str(tmp), "--as-of", "2021-01-01"],
        ["check", ex, "--as-of", "2021-13-01"],
        ["check", ex, "--format", "xml"],
        ["check"],
        ["upcoming", ex],
        ["schema"],
        ["schema", "Nope", "--json"],
        ["demo", "--calendar-supplement", str(tmp / "arr.json")],
    ]


def test_bad_input_never_prints_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in _bad_invocations(tmp_path):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code  # type: ignore[assignment]
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), argv
        assert "Traceback" not in out + err, argv
        extreme_day = "9999-12-31" in argv or "0001-01-01" in argv  # valid input: judged, not refused
        assert code != 0 or extreme_day, argv


def test_exit_code_2_wins_over_1_in_json_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "normative-document.json"), str(tmp_path / "bad.json"), *DAGANG, "--json")
    data = json.loads(out)
    assert code == data["exit_code"] == 2
    assert not data["reports"][0]["ok"]  # the error finding is still reported
    assert {p["path"] for p in data["unreadable"][0]["problems"]} == {"$.kind", "$.schema_version"}
