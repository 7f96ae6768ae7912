"""The I/O benchmark runs, and its lower bound computes what the library computes (no timing is asserted).

`benchmarks/io.py --floor` recomputes the evidence log's hashes with the canonical encoding written inline
(the cheapest way Python offers) and stops with an AssertionError when they differ from the stored ones:
run here, it proves the bound still measures the library's own work after any change to the encoding.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_io_benchmark_prints_every_kind_with_its_parts_and_floor() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "io.py"), "12", "--repeat", "1", "--bulk", "0", "--parts", "--floor"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for kind in ("normative_document", "major_decision", "enforcement_case", "legality_review"):
        assert any(line.startswith(kind) for line in lines), kind
    floors = [line.strip() for line in lines if line.strip().startswith("floor:")]
    assert len(floors) == 4
    assert sum("hash chain" in line for line in floors) == 1  # only enforcement cases carry a log
    assert sum(line.strip().startswith("parts:") for line in lines) == 4
