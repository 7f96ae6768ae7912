"""`xingzheng.dask` on a local `distributed` cluster of two worker processes: the answers of `check_many` (issue 20)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from xingzheng import LoadError, iter_loads
from xingzheng.bulk import check_many, line_json

AS_OF = dt.date(2022, 6, 30)
DAGANG = "tianjin-binhai-dagang"


def _mixed_lines(n: int, seed: int) -> list[str]:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "mixed_records.py"
    spec = importlib.util.spec_from_file_location("mixed_records", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines: list[str] = module.mixed_lines(n, seed=seed)
    return lines


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    lines = _mixed_lines(3000, seed=20)
    folder = tmp_path_factory.mktemp("dask")
    first, second = folder / "a.jsonl", folder / "b.jsonl"
    first.write_text("\n".join([*lines[:1500], "", "{broken"]) + "\n", encoding="utf-8")
    second.write_text("\ufeff" + "\r\n".join(lines[1500:]) + "\r\n", encoding="utf-8")
    return [first, second]


def _expected(files: list[Path]) -> list[dict[str, Any]]:
    """The same files through `iter_loads` and `check_many`, in the command line's JSON shape."""
    expected: list[dict[str, Any]] = []
    for path in files:
        stream = iter_loads(path)
        numbered = list(stream.numbered())
        reports = check_many((item for _, item in numbered), profile=DAGANG, as_of=AS_OF)
        for (line, item), report in zip(numbered, reports, strict=True):
            kind = None if isinstance(item, LoadError) else report.kind
            expected.append(line_json(kind, report, str(path), line))
    return expected


def test_check_bag_equals_check_many(client: Any, files: list[Path]) -> None:
    import dask.bag as db

    from xingzheng.dask import check_bag

    bag = db.read_text([str(p) for p in files], include_path=True)
    got = check_bag(bag, profile=DAGANG, as_of=AS_OF).compute()
    expected = _expected(files)
    assert len(got) == 3001  # every non-blank line, the broken one included
    # A broken line's kind is only a hint `check_many` does not give; everything else is equal.
    assert [{**g, "kind": None} if "problems" in g else g for g in got] == expected
    assert got[1500]["line"] == 1502 and "problems" in got[1500]
    assert sum("problems" in g for g in got) > 100  # records with impossible dates do not load


def test_findings_dataframe_has_one_row_per_finding(client: Any, files: list[Path]) -> None:
    import dask.bag as db

    from xingzheng.dask import FINDING_COLUMNS, check_bag, findings_dataframe

    reports = check_bag(db.read_text([str(p) for p in files], include_path=True), profile=DAGANG, as_of=AS_OF)
    frame = findings_dataframe(reports).compute()
    expected = [
        (r["file"], r["line"], f["code"], f["severity"])
        for r in _expected(files)
        for f in r.get("findings", ())
    ]
    assert tuple(frame.columns) == FINDING_COLUMNS
    assert list(zip(frame["file"], frame["line"], frame["code"], frame["severity"], strict=True)) == expected
    assert (frame["rule"] == frame["code"].str.split(".").str[0]).all()


def test_plain_lines_have_no_file_and_a_profile_object_travels(client: Any) -> None:
    import dask.bag as db

    from xingzheng.dask import check_bag
    from xingzheng.rules import load_profile

    lines = _mixed_lines(200, seed=3)
    bag = db.from_sequence(lines, npartitions=1)
    got = check_bag(bag, profile=load_profile(DAGANG), as_of=AS_OF).compute()
    assert [g["line"] for g in got] == list(range(1, 201)) and {g["file"] for g in got} == {None}
    reports = list(check_many(iter_loads(lines), profile=DAGANG, as_of=AS_OF))
    assert [g.get("findings") for g in got] == [line_json(None, r, None, 0).get("findings") for r in reports]


def test_the_core_never_imports_dask() -> None:
    code = (
        "import sys, xingzheng, xingzheng.bulk, xingzheng.cli, xingzheng.dask; "
        "assert not any(m == 'dask' or m.startswith(('dask.', 'pandas', 'distributed')) for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith(('dask', 'pandas')))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
