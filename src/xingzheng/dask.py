"""Checking records on a Dask cluster: a `dask.bag` of JSON lines in, report dicts or a findings table out.

An optional leaf (``pip install 'xingzheng[dask]'``): nothing in the core imports it, and it imports
nothing of Dask until one of its functions is called. Each partition is judged the way
``xingzheng check --json`` judges a JSON Lines file (`xingzheng.bulk.judge_line`), so the dicts have the
command line's JSON shape: ``line``, ``file``, ``kind``, and ``findings`` or ``problems``.

Line numbers count from the start of each partition, per file; they are the file's line numbers when
each file is one partition, which is what ``dask.bag.read_text(paths)`` gives by default (with a
``blocksize``, a file is cut into several partitions and the numbers restart in each).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

__all__ = ["FINDING_COLUMNS", "check_bag", "findings_dataframe"]

#: The columns of `findings_dataframe`, in order.
FINDING_COLUMNS = (
    "file",
    "line",
    "kind",
    "title",
    "code",
    "rule",
    "severity",
    "path",
    "message",
    "message_en",
    "citation",
    "parameter",
)

_CONTEXTS: dict[tuple[str | None, dt.date | None], Any] = {}


def _context(profile: Any, as_of: dt.date | None) -> Any:
    """The context of a task: a profile named by name is loaded once per worker process."""
    from xingzheng.bulk import make_context

    if profile is not None and not isinstance(profile, str):
        return make_context(profile, None, as_of)  # a `Profile` arrives loaded with the task
    key = (profile, as_of)
    found = _CONTEXTS.get(key)
    if found is None:
        found = _CONTEXTS[key] = make_context(profile, None, as_of)
    return found


class _Counts:
    lines = 0
    blank_lines = 0
    bytes = 0


def _file_of(item: Any) -> str | None:
    return item[1] if isinstance(item, tuple) else None


def _check_partition(items: Iterable[Any], profile: Any, as_of: dt.date | None) -> list[dict[str, Any]]:
    from xingzheng.bulk import judge_line, line_json, split_lines
    from xingzheng.io import MAX_BYTES

    context = _context(profile, as_of)
    out: list[dict[str, Any]] = []
    for file, group in itertools.groupby(items, key=_file_of):
        texts = (item[0] if isinstance(item, tuple) else item for item in group)
        sized = (len(t) if isinstance(t, str | bytes) and len(t) > MAX_BYTES + 2 else t for t in texts)
        for line, raw in split_lines(sized, file, MAX_BYTES, _Counts()):
            kind, result = judge_line(raw, file, line, context, "check")
            out.append(line_json(kind, result, file, line))
    return out


def check_bag(bag: Any, *, profile: Any = None, as_of: dt.date | None = None) -> Any:
    """Check every JSON line of a bag; a bag of dicts in the shape of ``xingzheng check --json``.

    Args:
        bag: a `dask.bag.Bag` of JSON lines, as ``dask.bag.read_text(paths)`` gives them, or of
            ``(line, path)`` pairs, as ``read_text(paths, include_path=True)`` gives them (then each
            dict names its ``file``). Blank lines give nothing but are counted in line numbers.
        profile: a `Profile` (sent with the tasks), a built-in profile's name or a path (loaded once
            per worker process), or None for ``national``.
        as_of: the day to judge open clocks at.

    Returns:
        A bag with one dict per non-blank line, in input order: ``line``, ``file``, ``kind`` and
        either ``title`` and ``findings`` or ``problems`` (the line could not be read or judged).
    """
    return bag.map_partitions(_check_partition, profile, as_of)


def _finding_rows(reports: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for report in reports:
        head = (report.get("file"), report.get("line"), report.get("kind"), report.get("title"))
        for f in report.get("findings", ()):
            rule = f["code"].split(".", 1)[0]
            rows.append(
                (*head, f["code"], rule, f["severity"], f["path"], f["message"], f["message_en"], f["citation"], f["parameter"])
            )
    return rows


def findings_dataframe(reports: Any) -> Any:
    """One row per finding of the report dicts of `check_bag`, as a `dask.dataframe.DataFrame`.

    Columns: `FINDING_COLUMNS` (``line`` is a nullable integer; the others are text, ``parameter``
    empty where a rule has no number). Lines that could not be read have no findings and no rows.
    """
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series([], dtype="Int64" if name == "line" else object) for name in FINDING_COLUMNS})
    return reports.map_partitions(_finding_rows).to_dataframe(meta=meta)
