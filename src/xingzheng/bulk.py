"""Bulk work: JSON Lines read as a stream, and many records checked in input order, on one core or many.

This sits above `io` and `checks` (ARCHITECTURE.md): `iter_loads` reads one record per line and never
holds more than a line; `check_many` and `upcoming_many` judge records in input order, in this process
(``jobs=1``) or in a standard-library process pool that receives records in chunks and loads the
profile and calendar once per worker. Memory stays flat: at most a few chunks are in flight.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from os import PathLike
from typing import IO, Any, Generic, TypeVar

import attrs

from xingzheng.errors import LoadError, bilingual
from xingzheng.io._records import MAX_BYTES, MAX_DEPTH, _too_big

__all__ = [
    "FAILURE_CODE",
    "Failure",
    "JsonLines",
    "check_many",
    "failure_report",
    "iter_loads",
    "problems_json",
    "resolve_jobs",
    "upcoming_many",
]

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

#: The code of the one finding of a report whose check raised (the record was not judged).
FAILURE_CODE = "XZ.check-failed"
#: Records per chunk sent to a worker process.
CHUNK = 256

_WS = b" \t\r\n"
_BOM = b"\xef\xbb\xbf"
_NL = (b"\n", "\n")


# --- reading JSON Lines ---------------------------------------------------------------------------


def _lines_of(source: Any, max_bytes: int) -> tuple[Iterator[Any], Callable[[], None], str | None]:
    """The raw lines of a source, a function that closes what was opened here, and the source's name."""
    if isinstance(source, str | PathLike):
        name = str(os.fspath(source))
        file = open(name, "rb")  # noqa: SIM115 (closed by the caller, which may stop early)
        return _read_limited(file, max_bytes), file.close, name
    if hasattr(source, "readline"):
        label = getattr(source, "name", None)
        return _read_limited(source, max_bytes), lambda: None, label if isinstance(label, str) else None
    return iter(source), lambda: None, None


def _read_limited(file: IO[Any], max_bytes: int) -> Iterator[Any]:
    """Lines of a file object, each read with a size limit: an oversize line is skipped to its end.

    An oversize line is yielded as an `int` (its size), so that memory never holds more than
    ``max_bytes`` of one line.
    """
    limit = max_bytes + 5  # the line's text, a byte-order mark before it and "\r\n" after it
    while True:
        raw = file.readline(limit)
        if not raw:
            return
        if len(raw) == limit and raw[-1:] not in _NL:
            size = len(raw)
            while True:  # skip the rest of the line, a piece at a time
                more = file.readline(65536)
                size += len(more)
                if not more or more[-1:] in _NL:
                    break
            yield size
        else:
            yield raw


class JsonLines(Generic[T]):
    """The records of a JSON Lines input, one per non-blank line, or the `LoadError` of that line.

    Attributes:
        line: the 1-based line number of the item last yielded (0 before the first).
        lines: the lines read so far, blank lines included.
        blank_lines: the blank lines skipped so far (only whitespace, or nothing).
        bytes: the size of the lines read so far (bytes, or characters of text lines).
        source: the name of the input (a path, or a file object's ``name``), if it has one.
    """

    def __init__(self, source: Any, cls: type[T] | None, max_bytes: int, max_depth: int) -> None:
        self._source = source
        self._cls = cls
        self._max_bytes = max_bytes
        self._max_depth = max_depth
        self.line = 0
        self.lines = 0
        self.blank_lines = 0
        self.bytes = 0
        label = os.fspath(source) if isinstance(source, str | PathLike) else getattr(source, "name", None)
        self.source: str | None = label if isinstance(label, str) else None
        self._items: Iterator[tuple[int, T | LoadError]] | None = None

    def numbered(self) -> Iterator[tuple[int, T | LoadError]]:
        """``(line number, record or LoadError)`` for every non-blank line, in order."""
        from xingzheng.io import loads

        lines, close, _ = _lines_of(self._source, self._max_bytes)
        name, max_bytes, max_depth, cls = self.source, self._max_bytes, self._max_depth, self._cls
        try:
            for n, raw in split_lines(lines, name, max_bytes, self):
                if type(raw) is LoadError:
                    yield n, raw
                    continue
                try:
                    item = loads(raw, cls, max_bytes=max_bytes, max_depth=max_depth, source=name)
                except LoadError as exc:
                    yield n, _place(exc, n)
                    continue
                except Exception as exc:  # a defect, not bad input: reported for this line, the run goes on
                    yield n, _place(_defect(exc, name), n)
                    continue
                yield n, item
        finally:
            close()

    def __iter__(self) -> JsonLines[T]:
        return self

    def __next__(self) -> T | LoadError:
        if self._items is None:
            self._items = self.numbered()
        n, item = next(self._items)
        self.line = n
        return item


def split_lines(lines: Iterable[Any], name: str | None, max_bytes: int, counts: Any) -> Iterator[tuple[int, Any]]:
    """``(line number, raw line)`` for each non-blank line; an oversize line (an `int`) as its `LoadError`.

    ``counts`` gets ``lines``, ``blank_lines`` and ``bytes`` (the size of the lines read) updated as
    lines are read. A line loses a leading byte-order mark here (a file's first line has one when an
    editor on Windows saved it; files joined with ``cat`` carry one on later lines).
    """
    for n, raw in enumerate(lines, 1):
        counts.lines = n
        if type(raw) is int:
            counts.bytes += raw
            yield n, _place(_too_big(raw, max_bytes, name), n)
            continue
        counts.bytes += len(raw)
        if type(raw) is str:
            if raw[:1] == "\ufeff":
                raw = raw[1:]
            if not raw.strip(" \t\r\n"):
                counts.blank_lines += 1
                continue
            raw = raw.rstrip("\r\n")  # the line's end is not part of its record (nor of its size)
        else:
            if raw[:3] == _BOM:
                raw = raw[3:]
            if not raw.strip(_WS):
                counts.blank_lines += 1
                continue
            raw = raw.rstrip(b"\r\n")
        yield n, raw


def _place(error: LoadError, line: int) -> LoadError:
    """Give a line's `LoadError` its line number, in the attribute and in the message."""
    error.line = line
    error.message = f"第 {line} 行：{error.message}"
    error.message_en = f"line {line}: {error.message_en}"
    error.args = (str(error),)
    return error


def _defect(exc: BaseException, name: str | None) -> LoadError:
    return LoadError([("$", f"读取时出错：{_describe(exc)}", f"loading failed: {_describe(exc)}")], name)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def iter_loads(
    source: str | PathLike[str] | IO[Any] | Iterable[str | bytes],
    cls: type[T] | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> JsonLines[T]:
    """Read JSON Lines: per non-blank line, the record, or the `LoadError` of that line.

    Memory does not grow with the input: one line is held at a time, and a line longer than
    ``max_bytes`` is skipped to its end and reported as a `LoadError` for that line, not the end of
    the run. Blank lines are skipped and counted (`JsonLines.blank_lines`); CRLF line ends and a
    byte-order mark are accepted. A `LoadError` carries its line number (``error.line``).

    Args:
        source: a path (``str`` or path-like), a binary or text file object, or an iterable of lines
            (``str`` or ``bytes``).
        cls: the class every line must hold; None lets each record's ``kind`` choose.
        max_bytes: the size limit of one line.
        max_depth: the nesting limit of one line.

    Examples:
        >>> from xingzheng import iter_loads
        >>> items = list(iter_loads(['{"kind": "x"}', "", "not json"]))
        >>> [item.line for item in items]
        [1, 3]
    """
    return JsonLines(source, cls, max_bytes, max_depth)


# --- failures ---------------------------------------------------------------------------------------


@attrs.frozen
class Failure:
    """处理失败 — a record whose check or deadline computation raised: it was not judged.

    Attributes:
        kind: the record's kind, if known.
        title: the record's title, if known.
        error: the exception's type and message.
        message: what happened, in Chinese.
        message_en: what happened, in English.
    """

    kind: str | None
    title: str
    error: str
    message: str
    message_en: str


def _failure(record: object, exc: BaseException) -> Failure:
    from xingzheng.io import kind_of

    kind = kind_of(type(record))
    try:
        title = str(getattr(record, "title", "") or "")
    except Exception:
        title = ""
    if isinstance(exc, OverflowError) or "out of range" in str(exc):
        zh = "日期超出可表示的范围（0001-01-01 至 9999-12-31），此记录未经判断"
        en = "a date is out of the representable range (0001-01-01 to 9999-12-31); the record was not judged"
    else:
        zh = f"处理此记录时出错（{_describe(exc)}），此记录未经判断"
        en = f"processing this record failed ({_describe(exc)}); the record was not judged"
    return Failure(kind, title, _describe(exc), zh, en)


def failure_report(failure: Failure, profile: str, as_of: dt.date | None) -> Any:
    """The `Report` of a record whose check raised: one error finding, `FAILURE_CODE`, at ``$``."""
    from xingzheng.checks import Finding, Report, Severity

    finding = Finding(FAILURE_CODE, Severity.ERROR, failure.message, failure.message_en, "", "$")
    return Report(failure.kind or "unknown", failure.title, profile, as_of, (finding,))


def problems_json(error: LoadError | Failure) -> list[dict[str, Any]]:
    """The problems of a `LoadError` in the CLI's one shape (``code``, ``path``, ``message``, ``message_en``);
    a `Failure` as one problem with the code ``check_failed``."""
    from xingzheng.io._output import problem_json
    from xingzheng.io._output import problems_json as load_problems_json

    if isinstance(error, Failure):
        return [problem_json({"code": "check_failed", "path": "$", "message": error.message, "message_en": error.message_en})]
    return load_problems_json(error)


# --- the engine: in order, in this process or in a pool ---------------------------------------------


def resolve_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 means every core this process may use."""
    if type(jobs) is not int or jobs < 0:
        raise ValueError(bilingual(f"jobs 应为非负整数，得到 {jobs!r}", f"jobs must be a non-negative integer, got {jobs!r}"))
    if jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1
    return jobs


_WORKER: tuple[Callable[[Any, Any], Any], Any] | None = None


def _pool_init(work: Callable[[Any, Any], Any], build: Callable[[Any], Any], spec: Any) -> None:
    global _WORKER
    _WORKER = (work, build(spec))


def _pool_ready() -> int:
    return os.getpid()


def _pool_chunk(chunk: list[Any]) -> list[Any]:
    assert _WORKER is not None  # set by `_pool_init` in every worker
    work, context = _WORKER
    return [work(item, context) for item in chunk]


def ordered_map(
    work: Callable[[T, C], R],
    items: Iterable[T],
    build: Callable[[Any], C],
    spec: Any,
    jobs: int,
    *,
    chunk: int = CHUNK,
    linger: float = 0.02,
) -> Iterator[R]:
    """``work(item, build(spec))`` for every item, in input order, in ``jobs`` processes.

    ``work`` and ``build`` must be module-level functions and ``spec`` picklable: a pool's workers
    each call ``build(spec)`` once. With ``jobs == 1`` everything runs here, one item at a time. A
    pool receives items in chunks of ``chunk``; a partial chunk is sent when the input pauses for
    ``linger`` seconds, so that a slow pipe still gets its answers as its lines arrive. At most
    ``2 * jobs`` chunks are in flight and ``2 * jobs * chunk`` items read ahead.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        context = build(spec)
        return (work(item, context) for item in items)
    return _pooled(work, items, build, spec, jobs, chunk, linger)


def _pooled(
    work: Callable[[T, C], R], items: Iterable[T], build: Callable[[Any], C], spec: Any, jobs: int, chunk_size: int, linger: float
) -> Iterator[R]:
    import queue
    import threading
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, initializer=_pool_init, initargs=(work, build, spec))
    stop = threading.Event()
    try:
        # Start every worker (and let each load the profile) before this process starts a thread of
        # its own: a pool that forks must fork before any thread runs.
        for ready in [pool.submit(_pool_ready) for _ in range(jobs)]:
            ready.result()
        inbox: queue.Queue[tuple[int, Any]] = queue.Queue(maxsize=2 * jobs * chunk_size)

        def put(message: tuple[int, Any]) -> bool:
            while not stop.is_set():
                try:
                    inbox.put(message, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        def feed() -> None:
            try:
                for item in items:
                    if not put((0, item)):
                        return
                put((1, None))
            except BaseException as exc:  # raised again in the consumer
                put((2, exc))

        reader = threading.Thread(target=feed, name="xingzheng-bulk-reader", daemon=True)
        reader.start()
        pending: deque[Future[list[R]]] = deque()
        batch: list[T] = []
        finished = False
        while not finished or batch or pending:
            while pending and pending[0].done():
                yield from pending.popleft().result()
            if batch and (finished or len(batch) >= chunk_size):
                pending.append(pool.submit(_pool_chunk, batch))
                batch = []
                continue
            if finished or len(pending) >= 2 * jobs:
                if pending:
                    yield from pending.popleft().result()
                continue
            try:
                tag, value = inbox.get(timeout=linger if (batch or pending) else None)
            except queue.Empty:
                if batch:  # the input paused: send what there is
                    pending.append(pool.submit(_pool_chunk, batch))
                    batch = []
                continue
            if tag == 0:
                batch.append(value)
            elif tag == 1:
                finished = True
            else:
                raise value
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


# --- checking many records --------------------------------------------------------------------------


@attrs.frozen
class Context:
    """What every record of a run is judged with (built once per process).

    Attributes:
        profile: the loaded `Profile`.
        calendar: the working-day calendar.
        as_of: the day to judge open clocks at (required for ``upcoming``).
    """

    profile: Any
    calendar: Any
    as_of: dt.date | None


def make_context(profile: Any, calendar: Any, as_of: dt.date | None) -> Context:
    """A `Context`: ``profile`` loaded when it is a name or a path (None: ``national``), ``calendar`` None: the built-in one."""
    from xingzheng.calendar import default_calendar
    from xingzheng.rules import Profile, load_profile

    if not isinstance(profile, Profile):
        profile = load_profile("national" if profile is None else profile)
    return Context(profile, calendar if calendar is not None else default_calendar(), as_of)


def _context(spec: tuple[Any, Any, dt.date | None]) -> Context:
    return make_context(*spec)


def _judge(record: Any, context: Context, what: str) -> Any:
    """The `Report` (``what="check"``) or the tuple of `Upcoming`, or the `Failure` if that raised."""
    from xingzheng.checks import check, upcoming

    try:
        if what == "check":
            return check(record, profile=context.profile, calendar=context.calendar, as_of=context.as_of)
        assert context.as_of is not None  # `upcoming_many` and the CLI require it
        return upcoming(record, as_of=context.as_of, profile=context.profile, calendar=context.calendar)
    except Exception as exc:
        return _failure(record, exc)


def _check_one(record: Any, context: Context) -> Any:
    if isinstance(record, LoadError):
        return record
    result = _judge(record, context, "check")
    return failure_report(result, context.profile.name, context.as_of) if isinstance(result, Failure) else result


def _upcoming_one(record: Any, context: Context) -> Any:
    return record if isinstance(record, LoadError) else _judge(record, context, "upcoming")


def check_many(
    records: Iterable[Any],
    *,
    profile: Any = None,
    as_of: dt.date | None = None,
    calendar: Any = None,
    jobs: int = 1,
) -> Iterator[Any]:
    """`check` every record, yielding its `Report` in input order.

    A `LoadError` in the input (as `iter_loads` yields for a bad line) is passed through in its
    place, so ``check_many(iter_loads(path))`` keeps every line. A record whose check raises gives a
    report of that failure (one error finding, code ``XZ.check-failed``) and the run goes on.

    Args:
        records: records, or `LoadError` items, in any number (read lazily).
        profile: a `Profile`, a built-in profile's name, a path, or None for ``national``.
        as_of: the day to judge open clocks at.
        calendar: the working-day calendar, or None for the built-in one.
        jobs: processes to use: 1 checks here; more use a process pool, each worker loading the
            profile and calendar once; 0 means every core.

    Returns:
        An iterator of `Report` (or the input's `LoadError`), one per input item, in input order.
    """
    return ordered_map(_check_one, records, _context, (profile, calendar, as_of), jobs)


def upcoming_many(
    records: Iterable[Any],
    *,
    as_of: dt.date,
    profile: Any = None,
    calendar: Any = None,
    jobs: int = 1,
) -> Iterator[Any]:
    """`upcoming` for every record, in input order: a tuple of `Upcoming` per record.

    A `LoadError` in the input is passed through in its place; a record whose computation raises
    gives a `Failure` in its place, and the run goes on. ``jobs`` as for `check_many`.
    """
    if as_of is None:
        raise ValueError(bilingual("upcoming_many 需要 as_of", "upcoming_many needs as_of"))
    return ordered_map(_upcoming_one, records, _context, (profile, calendar, as_of), jobs)


# --- one line, as the command line and `xingzheng.dask` judge it ------------------------------------


def _kind_hint(payload: Any) -> str | None:
    """The ``kind`` a text that failed to load says it has, if it parses and says one."""
    import json

    if not isinstance(payload, str | bytes):
        return None
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    kind = data.get("kind") if type(data) is dict else None
    return kind if type(kind) is str else None


def judge_line(
    payload: Any, file: str | None, line: int | None, context: Context, what: str, limits: Any = None
) -> tuple[str | None, Any]:
    """Load one input and judge it: ``(kind, result)``.

    Args:
        payload: a line's text (``str`` or ``bytes``); a `LoadError` already found for it; or None
            to load the whole file ``file`` (``.json`` or ``.toml``).
        file: the input's name, for messages.
        line: the 1-based line number, or None for a whole file.
        context: the profile, calendar and ``as_of``.
        what: ``"check"`` (result: a `Report`) or ``"upcoming"`` (a tuple of `Upcoming`).
        limits: the `xingzheng.io.Limits` to load with (None: the defaults).

    Returns:
        The record's kind (when known) and the result: the `Report` or tuple of `Upcoming`, or the
        `LoadError` of an input that could not be read, or the `Failure` of a record whose
        judgement raised. Never raises for bad input.
    """
    from xingzheng.io import kind_of, load, loads

    record: Any = None
    if isinstance(payload, LoadError):
        return _kind_hint(None), payload
    try:
        record = load(file, limits=limits) if payload is None else loads(payload, source=file, limits=limits)  # type: ignore[arg-type]
    except LoadError as exc:
        return _kind_hint(payload), (exc if line is None else _place(exc, line))
    except Exception as exc:
        error = _defect(exc, file)
        return _kind_hint(payload), (error if line is None else _place(error, line))
    return kind_of(type(record)), _judge(record, context, what)


def line_json(kind: str | None, result: Any, file: str | None, line: int | None) -> dict[str, Any]:
    """The JSON object of one input as the command line writes it (one JSON line per input line).

    ``line`` (1-based, or None for a whole file), ``file``, ``kind``, and either ``findings`` (a
    check), ``upcoming`` (what is due) or ``problems`` (the input could not be read or judged).
    """
    from xingzheng.checks import Report
    from xingzheng.io import to_jsonable

    head: dict[str, Any] = {"line": line, "file": file, "kind": kind}
    if isinstance(result, Report):
        head["title"] = result.title
        head["findings"] = to_jsonable(result.findings)
    elif isinstance(result, LoadError | Failure):
        head["problems"] = problems_json(result)
    else:
        head["upcoming"] = to_jsonable(result)
    return head
