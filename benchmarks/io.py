"""Benchmark (not a test): `loads` + `check` per kind against `json.loads`, and `--jobs` on 60,000 mixed records.

Records come from a seeded `random.Random` (DECISIONS.md: never Hypothesis for bulk data): each is one of
the worked example's four records (``examples/dagang-2020``) with its dates moved (see
``benchmarks/mixed_records.py``). Every timing runs with the garbage collector paused, as `timeit`
does: otherwise `json.loads` is charged for collecting the records kept alive around it.

Part 1, per kind: records per second of ``json.loads`` alone, ``xingzheng.loads`` and ``loads`` +
``check``, each the best of ``--repeat`` passes over the same texts, and each one's time as a multiple
of ``json.loads`` alone. Targets: ``loads`` + ``check`` at most 4x ``json.loads`` for each kind (issue
20); for normative documents, at least 20,000 records/s and at most 8x (issue 11). With ``--parts``, each
part of ``loads`` + ``check`` alone; with ``--floor``, a lower bound for this design (the parse with its
guards, E3's hash chain, the bare typed objects: see `_floor`), and what it leaves of the 4x.

Part 2, many records: ``xingzheng check FILE.jsonl --json --jobs J`` on ``--bulk`` mixed records (a
quarter of each kind; about 6 % do not load on purpose), for each J of ``--jobs``, timed from outside
(process start included) with the peak resident memory of the process tree (the sum over the command
and its workers, sampled every 50 ms; Linux only). Targets: ``--jobs J`` at least 0.7·J times as fast
as ``--jobs 1`` on J free cores, and peak RSS under 200 MiB whatever J. The machine's other load is
printed beside the figures: on a shared machine the speed-up says less than on free cores.

Run: ``.venv/bin/python benchmarks/io.py [N] [--repeat R] [--bulk M] [--jobs 1 2] [--parts] [--floor]`` (N defaults to
5,000 records per kind, R to 3, M to 60,000; ``--bulk 0`` skips part 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder is sys.path[0], and its calendar.py would shadow the standard library's.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from types import ModuleType  # noqa: E402
from typing import Any  # noqa: E402

import xingzheng  # noqa: E402
from xingzheng.checks import check  # noqa: E402
from xingzheng.rules import load_profile  # noqa: E402

AS_OF = dt.date(2022, 6, 30)
KINDS = ("normative_document", "major_decision", "enforcement_case", "legality_review")


def _mixed() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mixed_records", HERE / "mixed_records.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rate(n: int, fn: Callable[[], None], repeat: int) -> float:
    """Records per second of the fastest of ``repeat`` runs, the collector paused (as `timeit` does).

    Timed in CPU seconds of this process (`time.process_time`): on a shared machine, waiting for a core
    would otherwise be charged to whichever side was running then.
    """
    best = float("inf")
    for _ in range(repeat):
        enabled = gc.isenabled()
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        finally:
            if enabled:
                gc.enable()
    return n / best


def per_kind(n: int, repeat: int, profile_name: str, seed: int, parts: bool = False, floor: bool = False) -> bool:
    """Part 1; True when every target is met."""
    mixed = _mixed()
    profile = load_profile(profile_name)
    loads, json_loads = xingzheng.loads, json.loads
    met = True
    print(f"part 1: {n:,} records of each kind, profile {profile_name}, as of {AS_OF}, best of {repeat}, collector paused")
    print(f"{'kind':<20} {'bytes':>6} {'json.loads/s':>13} {'loads/s':>9} {'x':>6} {'loads+check/s':>14} {'x':>6}  target <= 4x")
    for kind in KINDS:
        texts = mixed.mixed_lines(n, seed=seed, kinds=(kind,), jitter=0.0)
        for t in texts[:200]:  # warm up (hooks are generated on first use)
            check(loads(t), profile=profile, as_of=AS_OF)

        def only_json(texts: list[str] = texts) -> None:
            for t in texts:
                json_loads(t)

        def only_loads(texts: list[str] = texts) -> None:
            for t in texts:
                loads(t)

        def loads_and_check(texts: list[str] = texts) -> None:
            for t in texts:
                check(loads(t), profile=profile, as_of=AS_OF)

        json_rate = _rate(n, only_json, repeat)
        loads_rate = _rate(n, only_loads, repeat)
        full_rate = _rate(n, loads_and_check, repeat)
        ratio = json_rate / full_rate
        size = sum(len(t.encode()) for t in texts) / n
        ok = ratio <= 4
        met = met and ok
        print(
            f"{kind:<20} {size:6,.0f} {json_rate:13,.0f} {loads_rate:9,.0f} {json_rate / loads_rate:6.2f} "
            f"{full_rate:14,.0f} {ratio:6.2f}  {'met' if ok else 'MISSED'}"
        )
        if kind == "normative_document":
            fast = full_rate >= 20_000 and ratio <= 8
            met = met and fast
            print(f"{'':<20} issue 11 targets (>= 20,000 records/s, <= 8x): {'met' if fast else 'MISSED'}")
        if parts:
            print(f"{'':<20} {_parts(texts, profile, json_rate, repeat)}")
        if floor:
            print(f"{'':<20} {_floor(texts, json_rate, repeat)}")
    return met


def _parts(texts: list[str], profile: object, json_rate: float, repeat: int) -> str:
    """Where the time of ``loads`` + ``check`` goes, each part as a multiple of ``json.loads``: the parse
    (size limit, JSON with its duplicate-key and NaN guards), the text guard's scan of the raw text, the
    structuring of the parsed data into objects (validators included), and ``check``."""
    from xingzheng.io import _guard, _records

    limits = _records.DEFAULT_LIMITS
    parsed = [json.loads(t) for t in texts]
    records = [xingzheng.loads(t) for t in texts]
    decode_json, plain_json, structure = _records._decode_json, _guard.plain_json, _records._structure

    def parse() -> None:
        for t in texts:
            decode_json(t, limits.max_bytes, limits.max_depth, None)

    def scan() -> None:
        for t in texts:
            plain_json(t, limits)

    def build() -> None:
        for d in parsed:
            structure(d, None, "json", None, None)  # not owned: the top level is copied, as `loads` need not

    def judge() -> None:
        for r in records:
            check(r, profile=profile, as_of=AS_OF)

    n = len(texts)
    figures = [(name, json_rate / _rate(n, fn, repeat)) for name, fn in (("parse", parse), ("text guard", scan), ("structure", build), ("check", judge))]
    return "parts: " + ", ".join(f"{name} {x:.2f}x" for name, x in figures)


def _floor(texts: list[str], json_rate: float, repeat: int) -> str:
    """A lower bound on ``loads`` + ``check`` in this design, as a multiple of ``json.loads``: the parts no
    faster version could skip, each done the cheapest way Python offers, added up.

    - *parse*: the same JSON parse with the duplicate-key and NaN guards the JSON boundary requires
      (DECISIONS.md), nothing else;
    - *hash chain*: E3's verification of an evidence log (enforcement cases), straight from the parsed
      data: each event's SHA-256 of its canonical encoding (`canonical_bytes`' fast path written inline:
      the instant in UTC, the kind and strings as given) compared with its ``hash`` and the next event's
      ``prev_hash``; the example's log is NFC text, so this is the encoding the library hashes (the
      comparison with the stored hashes proves it);
    - *bare objects*: the record's typed objects with every value given ready (nothing read, converted
      or validated, no invariant): ``object.__new__`` and one slot store per field, through one generated
      function per class, the way the fast structure path stores them.

    What the bound leaves out, and ``loads`` + ``check`` must still do within the rest of the budget: the
    text guard, reading and validating every leaf (dates, instants, enums, texts), the invariants, and
    every rule but E3's hash comparison.
    """
    import hashlib

    import attrs

    from xingzheng.io import _records
    from xingzheng.model.evidence import GENESIS_HASH

    decode = _records._decode
    instant, sha256, utc, enc = dt.datetime.fromisoformat, hashlib.sha256, dt.UTC, json.encoder.encode_basestring

    def parse() -> None:
        for t in texts:
            decode(t)

    def chain() -> None:
        for t in texts:
            log = decode(t).get("evidence_log")
            if not log:
                continue
            previous = GENESIS_HASH
            for e in log["events"]:
                at = instant(e["at"]).astimezone(utc).isoformat(timespec="microseconds")
                pairs = ",".join([f"[{enc(k)},{enc(v)}]" for k, v in e["payload"]])
                text = (
                    f'{{"actor":{enc(e["actor"])},"at":{enc(at)},"kind":{enc(e["kind"])},'
                    f'"payload":[{pairs}],"prev_hash":{enc(e["prev_hash"])}}}'
                )
                digest = sha256(text.encode()).hexdigest()
                if e["prev_hash"] != previous or digest != e["hash"]:
                    raise AssertionError("the example's evidence log does not verify")
                previous = digest

    builders: dict[type, Callable[..., object]] = {}

    def builder(cls: type) -> Callable[..., object]:
        if cls not in builders:
            fields = attrs.fields(cls)
            names = ", ".join(f"a{i}" for i in range(len(fields)))
            space: dict[str, object] = {"new": object.__new__, "cls": cls}
            lines = [f"def build({names}):", "  s = new(cls)"]
            for i, f in enumerate(fields):
                space[f"set{i}"] = getattr(cls, f.name).__set__
                lines.append(f"  set{i}(s, a{i})")
            exec("\n".join([*lines, "  return s"]), space)  # one function per class, from its attrs fields
            builders[cls] = space["build"]  # type: ignore[assignment]
        return builders[cls]

    def plan(obj: Any, steps: list[tuple[Callable[..., object], tuple[object, ...]]]) -> None:
        if attrs.has(type(obj)):
            values = tuple(getattr(obj, f.name) for f in attrs.fields(type(obj)))
            for value in values:
                plan(value, steps)
            steps.append((builder(type(obj)), values))
        elif isinstance(obj, tuple | list):
            for value in obj:
                plan(value, steps)

    plans: list[list[tuple[Callable[..., object], tuple[object, ...]]]] = []
    for t in texts:
        plans.append([])
        plan(xingzheng.loads(t), plans[-1])

    def bare() -> None:
        for steps in plans:
            for build, values in steps:
                build(*values)

    n = len(texts)
    x_parse = json_rate / _rate(n, parse, repeat)
    logs = any('"evidence_log"' in t for t in texts)
    x_chain = json_rate / _rate(n, chain, repeat) - x_parse if logs else 0.0
    x_bare = json_rate / _rate(n, bare, repeat)
    total = x_parse + x_chain + x_bare
    chained = f" + hash chain {x_chain:.2f}x" if logs else ""
    return (
        f"floor: parse {x_parse:.2f}x{chained} + bare objects ({len(plans[0])}) {x_bare:.2f}x "
        f"= {total:.2f}x, leaving {4 - total:.2f}x of the 4x for everything else"
    )


def _tree_rss(root: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc (children lists, no scan)."""
    page = os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * page
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                stack.extend(int(child) for child in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def _run_cli(path: Path, jobs: int, profile: str) -> tuple[float, float, int, int]:
    """Seconds, CPU seconds (the command and its workers), peak RSS of the process tree, exit code."""
    command = [sys.executable, "-m", "xingzheng", "check", str(path), "--profile", profile, "--as-of", AS_OF.isoformat(), "--json"]
    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen([*command, "--jobs", str(jobs)], stdout=sink, stderr=subprocess.DEVNULL)
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # reaped here, with its and its workers' CPU
            if pid:
                break
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, peak, proc.returncode


def bulk(m: int, jobs_list: list[int], profile: str, seed: int) -> bool:
    """Part 2; True when every target is met."""
    lines = _mixed().mixed_lines(m, seed=seed)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"\npart 2: xingzheng check FILE.jsonl --json --jobs J, {m:,} mixed records, profile {profile}")
    print(f"machine: {cores} cores; load average before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (other work shares these cores)")
    met = True
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"input: {path.stat().st_size / 2**20:,.1f} MiB")
        base: float | None = None
        for jobs in jobs_list:
            seconds, cpu, peak, code = _run_cli(path, jobs, profile)
            base = seconds if base is None else base
            speedup = base / seconds
            rss_ok = peak < 200 * 2**20
            fast_ok = jobs == 1 or speedup >= 0.7 * jobs
            met = met and rss_ok and fast_ok
            print(
                f"--jobs {jobs}: {seconds:6.2f} s  {m / seconds:8,.0f} records/s  speed-up {speedup:4.2f}x "
                f"({'met' if fast_ok else 'MISSED'} >= {0.7 * jobs:.1f}x)  peak RSS {peak / 2**20:6.1f} MiB "
                f"({'met' if rss_ok else 'MISSED'} < 200)  CPU {cpu:6.2f} s  exit {code}"
            )
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"load average after {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return met


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=5_000, help="records of each kind in part 1")
    parser.add_argument("--profile", default="tianjin-binhai-dagang")
    parser.add_argument("--seed", type=int, default=20200101)
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the fastest counts")
    parser.add_argument("--bulk", type=int, default=60_000, help="mixed records in part 2 (0 skips it)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="the --jobs values of part 2")
    parser.add_argument("--skip-kinds", action="store_true", help="run part 2 only")
    parser.add_argument("--parts", action="store_true", help="part 1 also splits loads + check into its parts")
    parser.add_argument("--floor", action="store_true", help="part 1 also prints a lower bound for this design (see _floor)")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, xingzheng {xingzheng.__version__}")
    met = True
    if not args.skip_kinds:
        met = per_kind(args.n, max(1, args.repeat), args.profile, args.seed, args.parts, args.floor) and met
    if args.bulk > 0:
        met = bulk(args.bulk, args.jobs, args.profile, args.seed) and met
    print("targets met" if met else "TARGETS MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
