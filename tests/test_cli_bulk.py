"""`xingzheng check` / `upcoming` over JSON Lines and stdin (issue 20): streamed, in order, `--jobs`, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from _io_support import EXAMPLES
from xingzheng.cli import main

DAGANG = ["--profile", "tianjin-binhai-dagang"]
AS_OF = ["--as-of", "2021-09-30"]
LINES = {
    p.stem: json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in sorted(EXAMPLES.glob("*.json"))
}
BROKEN = "{not json"


def _xingzheng(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xingzheng", *argv], input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def _objects(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Four good records, a blank line, a broken line, the four again (CRLF), with a BOM: 10 lines."""
    path = tmp_path / "mixed.jsonl"
    body = "\r\n".join([*LINES.values(), "", BROKEN, *LINES.values()]) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    return path


def test_json_lines_in_json_lines_out_in_order(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(mixed), *DAGANG, *AS_OF, "--json"])
    out, err = capsys.readouterr()
    objects = _objects(out)
    assert [o["line"] for o in objects] == [1, 2, 3, 4, 6, 7, 8, 9, 10]
    assert {o["file"] for o in objects} == {str(mixed)}
    kinds = [json.loads(t)["kind"] for t in LINES.values()]
    assert [o["kind"] for o in objects] == [*kinds, None, *kinds]
    assert "problems" in objects[4] and objects[4]["problems"][0]["path"] == "$"
    assert all("findings" in o for i, o in enumerate(objects) if i != 4)
    codes = {f["code"] for o in objects[:4] for f in o["findings"]}
    assert {"N3.comment-period-too-short", "E8.service-late"} <= codes
    assert code == 2  # unreadable input anywhere wins over the error findings
    assert err.count("\n") == 1 and "9 record(s)" in err and "1 unreadable" in err and "records/s" in err


def test_findings_have_the_shape_of_the_json_of_a_single_file(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(EXAMPLES / "normative-document.json"), *DAGANG, *AS_OF, "--json"])
    single = json.loads(capsys.readouterr().out)["reports"][0]["report"]["findings"]
    main(["check", str(mixed), *DAGANG, *AS_OF, "--json"])
    line = _objects(capsys.readouterr().out)[3]
    assert line["kind"] == "normative_document" and line["findings"] == single


def test_exit_codes_over_the_whole_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text(LINES["major-decision"] + "\n" + LINES["major-decision"] + "\n", encoding="utf-8")
    assert main(["check", str(clean), *DAGANG, *AS_OF, "--json"]) == 0
    errors = tmp_path / "errors.jsonl"
    errors.write_text(LINES["major-decision"] + "\n" + LINES["normative-document"] + "\n", encoding="utf-8")
    assert main(["check", str(errors), *DAGANG, *AS_OF]) == 1
    # A JSON Lines file beside a plain JSON file and a folder: one run, one status.
    assert main(["check", str(clean), str(EXAMPLES / "major-decision.json"), *DAGANG, *AS_OF]) == 0
    assert main(["check", str(clean), str(tmp_path / "missing.jsonl"), *DAGANG, *AS_OF, "--json"]) == 2
    out = capsys.readouterr().out
    last = _objects(out.strip().splitlines()[-1])[0]
    assert last["file"].endswith("missing.jsonl") and last["line"] is None and "problems" in last


def test_a_json_file_beside_json_lines_is_one_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = tmp_path / "a.jsonl"
    lines.write_text(LINES["major-decision"] + "\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "normative-document.json", tmp_path / "b.json")
    assert main(["check", str(tmp_path), *DAGANG, *AS_OF, "--json"]) == 1  # a folder holding a .jsonl
    objects = _objects(capsys.readouterr().out)
    assert [(Path(o["file"]).name, o["line"], o["kind"]) for o in objects] == [
        ("a.jsonl", 1, "major_decision"),
        ("b.json", None, "normative_document"),
    ]


def test_jobs_2_gives_the_same_output_as_jobs_1(mixed: Path) -> None:
    one = _xingzheng("check", str(mixed), *DAGANG, *AS_OF, "--json", "--jobs", "1")
    two = _xingzheng("check", str(mixed), *DAGANG, *AS_OF, "--json", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 9
    table_one = _xingzheng("check", str(mixed), *DAGANG, *AS_OF, "--jobs", "1")
    table_two = _xingzheng("check", str(mixed), *DAGANG, *AS_OF, "--jobs", "0")
    assert table_one.stdout == table_two.stdout and f"{mixed}:6" in table_one.stdout
    assert "Traceback" not in one.stderr + two.stderr + table_one.stderr + table_two.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stdin_pipe_with_broken_lines(jobs: str) -> None:
    text = "\n".join([LINES["normative-document"], BROKEN, "", LINES["major-decision"]]) + "\n"
    done = _xingzheng("check", "-", *DAGANG, *AS_OF, "--json", "--jobs", jobs, stdin=text)
    objects = _objects(done.stdout)
    assert [(o["file"], o["line"]) for o in objects] == [("-", 1), ("-", 2), ("-", 4)]
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "3 record(s)" in done.stderr  # no progress bar: stderr is not a terminal


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_begins_before_the_input_ends(jobs: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "xingzheng", "check", "-", *DAGANG, *AS_OF, "--json", "--jobs", jobs],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write((LINES["normative-document"] + "\n").encode("utf-8"))
        proc.stdin.flush()
        first: list[bytes] = []
        reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout=60)
        assert first and json.loads(first[0])["line"] == 1, "no answer while stdin is still open"
        assert proc.poll() is None  # still running: stdin is open
        proc.stdin.write((LINES["major-decision"] + "\n").encode("utf-8"))
        proc.stdin.close()
        rest = proc.stdout.read().decode("utf-8")
        assert [o["line"] for o in _objects(rest)] == [2]
        assert proc.wait(timeout=60) == 1
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_upcoming_over_json_lines(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["upcoming", str(mixed), *DAGANG, *AS_OF, "--json"])
    objects = _objects(capsys.readouterr().out)
    assert code == 2 and len(objects) == 9
    document = objects[3]
    assert document["kind"] == "normative_document" and [u["rule"] for u in document["upcoming"]] == ["N8"]
    assert "problems" in objects[4]
    main(["upcoming", str(EXAMPLES), *DAGANG, *AS_OF, "--json"])
    single = json.loads(capsys.readouterr().out)["upcoming"]
    assert [{k: v for k, v in u.items() if k != "file"} for u in single] == document["upcoming"]
    code = main(["upcoming", str(mixed), *DAGANG, *AS_OF])
    out = capsys.readouterr().out
    assert f"{mixed}:4" in out and "[N8]" in out and f"{mixed}:6" in out


def test_oversize_and_undecodable_lines_are_that_lines_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xingzheng.io import MAX_BYTES

    path = tmp_path / "odd.jsonl"
    with path.open("wb") as file:
        file.write(LINES["major-decision"].encode() + b"\n")
        file.write(b'{"pad": "' + b"x" * (MAX_BYTES + 10) + b'"}\n')
        file.write(b"\xff\xfe not utf-8\n")
        file.write(LINES["major-decision"].encode() + b"\n")
    code = main(["check", str(path), *DAGANG, *AS_OF, "--json"])
    objects = _objects(capsys.readouterr().out)
    assert code == 2 and [o["line"] for o in objects] == [1, 2, 3, 4]
    assert "输入过大" in objects[1]["problems"][0]["message"] and "UTF-8" in objects[2]["problems"][0]["message"]
    assert objects[0]["findings"] == objects[3]["findings"] == []


def test_bad_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "-", "--jobs", "-1"])
    assert exit_.value.code == 2 and "jobs" in capsys.readouterr().err


def test_progress_only_on_a_terminal(mixed: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "xingzheng", "check", str(mixed), *DAGANG, *AS_OF, "--json"],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
        )
        os.close(follower)
        follower = -1
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 2
    text = seen.decode("utf-8", "replace")
    assert "9 record(s)" in text  # the summary, on the terminal
    assert "\x1b[K" in text and "%  " in text  # the progress line (the input's size is known), then cleared
    assert len(proc.stdout.decode().splitlines()) == 9
