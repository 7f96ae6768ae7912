"""`check` and `upcoming` over JSON Lines (``.jsonl`` files, ``-`` for stdin): streamed, in order, on N cores.

When any input is JSON Lines, the whole run goes this way: every input line (and every ``.json`` /
``.toml`` file named beside them, as one record) gives one answer, written as soon as it is known and in
input order; with ``--json`` one JSON object per line. Exit status over the whole run: 0 clean, 1 an
error finding, 2 an input that could not be read or judged anywhere (2 wins). On a terminal a progress
line goes to stderr; a summary line always ends the run on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from xingzheng.errors import LoadError, bilingual

__all__ = ["add_bulk_options", "run_bulk", "uses_json_lines"]

_LINES = ".jsonl"
_RECORDS = (".json", ".toml")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"应为非负整数（0 表示全部核心）：{text!r} / expected a non-negative integer (0 means every core): {text!r}"
        )
    return value


def add_bulk_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--jobs`` to a command that reads records."""
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="JSON Lines 输入所用进程数（默认 1；0 表示全部核心） / processes for JSON Lines input (default 1; 0 = every core)",
    )


def _folder_files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.suffix.lower() in (*_RECORDS, _LINES) and p.is_file())


def uses_json_lines(names: list[str]) -> bool:
    """Whether any input is JSON Lines: ``-``, a ``.jsonl`` file, or a folder holding one."""
    for name in names:
        path = Path(name)
        if name == "-" or path.suffix.lower() == _LINES:
            return True
        if path.is_dir() and any(p.suffix.lower() == _LINES for p in _folder_files(path)):
            return True
    return False


# --- the inputs, as (file, line, payload) items ---------------------------------------------------


@attrs.define
class _Counts:
    """What the reader has read: lines, blank lines, bytes (for progress and the summary)."""

    lines: int = 0
    blank_lines: int = 0
    bytes: int = 0


def _cannot_read(name: str, exc: OSError) -> LoadError:
    reason = exc.strerror or str(exc)
    return LoadError([("$", f"无法读取文件：{reason}", f"cannot read the file: {reason}")], name)


def _lines_items(stream: IO[bytes], name: str, counts: _Counts, max_bytes: int) -> Iterator[tuple[str, int | None, Any]]:
    from xingzheng.bulk import _read_limited, split_lines

    file_counts = _Counts()
    try:
        for line, raw in split_lines(_read_limited(stream, max_bytes), name, max_bytes, file_counts):
            counts.bytes += file_counts.bytes
            file_counts.bytes = 0
            yield name, line, raw
    finally:
        counts.lines += file_counts.lines
        counts.blank_lines += file_counts.blank_lines
        counts.bytes += file_counts.bytes


def _items(names: list[str], counts: _Counts, max_bytes: int) -> Iterator[tuple[str, int | None, Any]]:
    """Every input in order: a line of JSON Lines (at most ``max_bytes``), or a ``.json`` / ``.toml`` file
    (payload None)."""
    for name in names:
        if name == "-":
            yield from _lines_items(sys.stdin.buffer, "-", counts, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                # A folder with no record in it is bad input, not a clean result.
                yield name, None, LoadError(
                    [("$", "目录中没有记录（.json、.toml 或 .jsonl 文件）", "the folder holds no records (.json, .toml or .jsonl files)")],
                    name,
                )
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() != _LINES:
                counts.bytes += _size(file)
                yield str(file), None, None
                continue
            try:
                stream = open(file, "rb")  # noqa: SIM115 (closed below, also when the run stops early)
            except OSError as exc:
                yield str(file), None, _cannot_read(str(file), exc)
                continue
            with stream:
                yield from _lines_items(stream, str(file), counts, max_bytes)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _total_size(names: list[str]) -> int | None:
    """The input's size in bytes when it is known (files, or stdin redirected from a file)."""
    import stat

    total = 0
    for name in names:
        if name == "-":
            try:
                info = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError):
                return None
            if not stat.S_ISREG(info.st_mode):
                return None
            total += info.st_size
            continue
        path = Path(name)
        files = _folder_files(path) if path.is_dir() else [path]
        total += sum(_size(f) for f in files)
    return total


# --- the work, in this process or in a worker -----------------------------------------------------


@attrs.frozen
class _Spec:
    """What a worker needs to build its context once: picklable, small."""

    what: str
    as_json: bool
    profile: Any
    as_of: Any
    assume_regular_weeks: bool
    supplements: tuple[str, ...]
    override: bool
    limits: Any = None


@attrs.frozen
class _Worker:
    spec: _Spec
    context: Any


def _build(spec: _Spec) -> _Worker:
    from xingzheng.bulk import make_context
    from xingzheng.calendar import default_calendar

    calendar = default_calendar(assume_regular_weeks=spec.assume_regular_weeks)
    for path in spec.supplements:
        calendar = calendar.with_supplement(path, override=spec.override)
    return _Worker(spec, make_context(spec.profile, calendar, spec.as_of))


def _work(item: tuple[str, int | None, Any], worker: _Worker) -> tuple[Any, int, int, int]:
    """One input judged: (JSON text or the result, error findings, warnings, 1 if unreadable or failed)."""
    from xingzheng.bulk import Failure, judge_line, line_json
    from xingzheng.checks import Report, Severity

    file, line, payload = item
    kind, result = judge_line(payload, file, line, worker.context, worker.spec.what, worker.spec.limits)
    errors = warnings = unreadable = 0
    if isinstance(result, LoadError | Failure):
        unreadable = 1
    elif isinstance(result, Report):
        for finding in result.findings:
            if finding.severity is Severity.ERROR:
                errors += 1
            elif finding.severity is Severity.WARNING:
                warnings += 1
    if worker.spec.as_json:
        text = json.dumps(line_json(kind, result, file, line), ensure_ascii=False, allow_nan=False)
        return text, errors, warnings, unreadable
    return (file, line, kind, result), errors, warnings, unreadable


# --- output ---------------------------------------------------------------------------------------


def _label(file: str, line: int | None) -> Path:
    return Path(file if line is None else f"{file}:{line}")


def _print_table(what: str, shown: tuple[str, int | None, str | None, Any]) -> None:
    from xingzheng.bulk import Failure
    from xingzheng.cli._records import _print_failure, _print_report, _print_upcoming

    file, line, _, result = shown
    label = _label(file, line)
    if isinstance(result, Failure):
        print(f"✗ {label}：无法判断 / could not be judged")
        print(f"    $: {result.message} / {result.message_en}")
    elif isinstance(result, LoadError):
        _print_failure(label, result)
    elif what == "check":
        _print_report(label, result)
    elif result:
        _print_upcoming([(label, item) for item in result])


class _Progress:
    """A progress line on stderr, redrawn at most five times a second; silent when stderr is not a terminal."""

    def __init__(self, total: int | None, counts: _Counts) -> None:
        self.on = sys.stderr.isatty()
        self.total = total
        self.counts = counts
        self.start = time.perf_counter()
        self.last = 0.0

    def update(self, done: int) -> None:
        now = time.perf_counter()
        if not self.on or now - self.last < 0.2:
            return
        self.last = now
        elapsed = now - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        text = f"{done:,} 条 / records  {rate:,.0f} 条/秒 / records/s"
        if self.total:
            share = min(1.0, self.counts.bytes / self.total)
            bar = "#" * int(share * 20)
            text = f"[{bar:<20}] {share:4.0%}  " + text
            if 0 < share < 1:
                text += f"  剩余 / left {elapsed * (1 - share) / share:,.0f} s"
        sys.stderr.write("\r" + text + "\x1b[K")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.on:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def run_bulk(args: argparse.Namespace, what: str) -> int:
    """Run `check` (``what="check"``) or `upcoming` over inputs that include JSON Lines; the exit code."""
    from xingzheng.bulk import ordered_map
    from xingzheng.cli._records import limits_of
    from xingzheng.rules import load_profile

    profile = load_profile(args.profile)
    limits = limits_of(args)  # --max-bytes etc.: one line's limits, as one file's for .json / .toml
    spec = _Spec(
        what,
        args.format == "json",
        profile,
        args.as_of,
        args.assume_regular_weeks,
        tuple(str(p) for p in args.calendar_supplement),
        args.override,
        limits,
    )
    if spec.supplements:
        _build(spec)  # a bad supplement is bad input: say so once, here, before any worker starts
    counts = _Counts()
    progress = _Progress(_total_size(args.files), counts)
    records = errors = warnings = unreadable = 0
    out = sys.stdout
    start = time.perf_counter()
    results = ordered_map(_work, _items(args.files, counts, limits.max_bytes), _build, spec, args.jobs)
    try:
        for shown, n_errors, n_warnings, n_unreadable in results:
            records += 1
            errors += n_errors
            warnings += n_warnings
            unreadable += n_unreadable
            if spec.as_json:
                out.write(shown)
                out.write("\n")
            else:
                _print_table(what, shown)
            out.flush()  # an answer is out as soon as it is known, before the input ends
            progress.update(records)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
        progress.clear()
    elapsed = time.perf_counter() - start
    rate = records / elapsed if elapsed > 0 else 0.0
    summary = (
        bilingual(
            f"共 {records} 条记录：错误 {errors} 项，警告 {warnings} 项，无法读取 {unreadable} 条，{rate:,.0f} 条/秒",
            f"{records} record(s): {errors} error(s), {warnings} warning(s), {unreadable} unreadable, {rate:,.0f} records/s",
        )
        if what == "check"
        else bilingual(
            f"共 {records} 条记录：无法读取 {unreadable} 条，{rate:,.0f} 条/秒",
            f"{records} record(s): {unreadable} unreadable, {rate:,.0f} records/s",
        )
    )
    print(summary, file=sys.stderr)
    if unreadable:
        return 2
    return 1 if errors else 0
