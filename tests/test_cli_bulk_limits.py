"""The `--max-*` flags of `check` / `upcoming` bind JSON Lines input as they bind `.json` files: the line size
limit, and each line's text, array and event limits, in this process and in every `--jobs` worker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _io_support import EXAMPLES

DOCUMENT = json.dumps(json.loads((EXAMPLES / "normative-document.json").read_text(encoding="utf-8")), ensure_ascii=False)
CASE = json.dumps(json.loads((EXAMPLES / "enforcement-case.json").read_text(encoding="utf-8")), ensure_ascii=False)


def _run(*argv: str, stdin: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    done = subprocess.run(
        [sys.executable, "-m", "xingzheng", *argv, "--json"],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def _codes(answer: dict[str, Any]) -> list[str]:
    return [p["code"] for p in answer.get("problems", [])]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_text_items_and_events_limits_bind_each_line(tmp_path: Path, jobs: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(f"{DOCUMENT}\n{CASE}\n", encoding="utf-8")
    code, answers = _run("check", str(path), "--jobs", jobs)
    assert [("problems" in a) for a in answers] == [False, False]
    code, answers = _run("check", str(path), "--jobs", jobs, "--max-text", "3")
    assert code == 2 and all("too_long" in _codes(a) for a in answers)
    events = len(json.loads(CASE)["evidence_log"]["events"])
    code, answers = _run("check", str(path), "--jobs", jobs, "--max-events", str(events - 1))
    assert code == 2 and "problems" not in answers[0] and "too_many_events" in _codes(answers[1])
    code, answers = _run("upcoming", str(path), "--as-of", "2021-09-30", "--jobs", jobs, "--max-items", "1")
    assert code == 2 and all("too_many_items" in _codes(a) for a in answers)


def test_the_line_size_limit_is_max_bytes_on_stdin_and_files(tmp_path: Path) -> None:
    size = len(DOCUMENT.encode("utf-8"))
    code, answers = _run("check", "-", "--max-bytes", str(size - 1), stdin=f"{DOCUMENT}\n{DOCUMENT[:100]}\n")
    assert code == 2 and _codes(answers[0]) == ["too_large"] and answers[0]["line"] == 1
    assert "too_large" not in _codes(answers[1])  # the next line is read on its own: not JSON, but not too large
    code, answers = _run("check", "-", "--max-bytes", str(size), stdin=f"{DOCUMENT}\n")
    assert "problems" not in answers[0]
    # Past the default limit (4 MiB), a line is read when --max-bytes allows it.
    big = json.loads(DOCUMENT)
    big["title"] = "说明" * (2_200_000 // 2)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(big, ensure_ascii=False) + "\n", encoding="utf-8")
    code, answers = _run("check", str(path))
    assert _codes(answers[0]) == ["too_large"]
    code, answers = _run("check", str(path), "--max-bytes", str(8 * 2**20), "--max-text", str(3 * 2**20))
    assert "too_large" not in _codes(answers[0])


@pytest.mark.parametrize("end", ["\n", "\r\n", ""])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_a_line_of_exactly_max_bytes_loads_whatever_its_end_and_bom(tmp_path: Path, end: str, bom: str) -> None:
    from xingzheng import LoadError, NormativeDocument, iter_loads

    path = tmp_path / "one.jsonl"
    path.write_bytes(f"{bom}{DOCUMENT}{end}".encode())
    # The limit is in bytes for a file, in characters for lines given as `str` (as for `loads`).
    for source, size in ((path, len(DOCUMENT.encode("utf-8"))), ([f"{bom}{DOCUMENT}{end}"], len(DOCUMENT))):
        (first,) = list(iter_loads(source, max_bytes=size))
        assert isinstance(first, NormativeDocument), first
        (first,) = list(iter_loads(source, max_bytes=size - 1))
        assert isinstance(first, LoadError) and first.errors()[0]["code"] == "too_large"
