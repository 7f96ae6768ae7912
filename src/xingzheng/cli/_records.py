"""Commands `check`, `upcoming`, `schema` and `demo`: records read strictly and judged against a profile.

Exit codes (DECISIONS.md): 0 clean (warnings allowed), 1 an error finding, 2 a file that could not be
read or loaded (its problems are listed with their paths); 2 wins over 1. `demo` exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from xingzheng.cli._bulk import add_bulk_options, run_bulk, uses_json_lines
from xingzheng.cli._calendar import add_calendar_options, calendar_from_args
from xingzheng.cli._common import add_format_options, emit_csv, emit_json, iso_date
from xingzheng.errors import LoadError, XingzhengError

__all__ = ["demo_dir", "register"]

_SUFFIXES = (".json", ".toml")
_DEMO_PROFILE = "tianjin-binhai-dagang"
_DEMO_AS_OF = dt.date(2021, 9, 30)
#: The linked example (issue 23): a petition that became a penalty case, revoked on reconsideration.
_LINKED_AS_OF = dt.date(2024, 6, 30)
_MARK = {"error": "错误 ERROR", "warning": "警告 WARN ", "info": "提示 INFO "}


def _files(paths: list[str]) -> Iterator[Path]:
    """The files named, a folder standing for its ``.json`` and ``.toml`` files (sorted)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in _SUFFIXES and p.is_file())
        else:
            yield path


def _positive(text: str) -> int:
    """argparse type: a positive whole number (a limit)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text!r} / expected a positive whole number: {text!r}")
    return value


def _add_limits(parser: argparse.ArgumentParser) -> None:
    """``--max-bytes``, ``--max-text``, ``--max-items``, ``--max-events``: the boundary's `Limits`."""
    group = parser.add_argument_group("输入上限 / input limits (defaults: xingzheng.io.Limits())")
    group.add_argument("--max-bytes", type=_positive, metavar="N", help="每个记录文件的字节数上限 / bytes per record file")
    group.add_argument("--max-text", type=_positive, metavar="N", help="每个文本字段的字符数上限 / characters per text field")
    group.add_argument("--max-items", type=_positive, metavar="N", help="每个数组的项数上限 / items per array")
    group.add_argument("--max-events", type=_positive, metavar="N", help="每个执法记录的事件数上限 / events per evidence log")


def limits_of(args: argparse.Namespace) -> Any:
    """The `Limits` the ``--max-*`` flags give (the defaults for those not given)."""
    from xingzheng.io import Limits

    given = {
        name: value
        for name, value in (
            ("max_bytes", args.max_bytes),
            ("max_text_chars", args.max_text),
            ("max_items", args.max_items),
            ("max_events", args.max_events),
        )
        if value is not None
    }
    return Limits(**given)


def _load_all(paths: list[str], limits: Any = None) -> tuple[list[tuple[Path, Any]], list[tuple[Path, LoadError]]]:
    from xingzheng.io import load

    records: list[tuple[Path, Any]] = []
    failures: list[tuple[Path, LoadError]] = []
    for name in paths:
        path = Path(name)
        if path.is_dir() and not any(True for _ in _files([name])):
            # A folder with no record in it is bad input, not a clean result: a pipeline that names the
            # wrong folder must not pass.
            failures.append(
                (
                    path,
                    LoadError(
                        [("$", "目录中没有记录（.json 或 .toml 文件）", "the folder holds no records (.json or .toml files)")],
                        name,
                    ),
                )
            )
    for path in _files(paths):
        try:
            records.append((path, load(path, limits=limits)))
        except LoadError as exc:
            failures.append((path, exc))
    return records, failures


def _print_failure(path: Path, exc: LoadError, file: TextIO | None = None) -> None:
    print(f"✗ {path}：无法读取 / cannot load ({len(exc.details)})", file=file)
    for problem in exc.details:
        print(f"    {problem.path}: {problem.message} / {problem.message_en}", file=file)


def _print_report(path: Path, report: Any) -> None:
    as_of = f"，截至 {report.as_of.isoformat()} / as of {report.as_of.isoformat()}" if report.as_of else ""
    status = "✓" if report.ok else "✗"
    print(f"{status} {path} — {report.kind}《{report.title}》 profile {report.profile}{as_of}")
    if not report.findings:
        print("    无发现 / no findings")
    for f in report.findings:
        print(f"    [{_MARK.get(f.severity.value, f.severity.value)}] {f.code}  {f.path}")
        print(f"        {f.message}")
        print(f"        {f.message_en}")
        cited = f.citation + (f"（参数 / parameter {f.parameter}）" if f.parameter else "")
        if cited:  # an info finding about a rule not in force has nothing to cite
            print(f"        依据 / citation: {cited}")
        if f.dates:
            print("        日期 / dates: " + ", ".join(f"{d.label} {d.date.isoformat()}" for d in f.dates))


def _run_check(args: argparse.Namespace) -> int:
    from xingzheng.checks import check_all
    from xingzheng.io._output import report_json, unreadable_json
    from xingzheng.rules import load_profile

    if uses_json_lines(args.files):
        return run_bulk(args, "check")
    profile = load_profile(args.profile)
    calendar = calendar_from_args(args)
    records, failures = _load_all(args.files, limits_of(args))
    # The records are checked together: links between them (a reconsideration and the case it challenges,
    # a petition and the case it became) are followed, and a link to a record not given is reported.
    reports = check_all([record for _, record in records], profile=profile, as_of=args.as_of, calendar=calendar)
    results: list[tuple[Path, Any]] = [(path, report) for (path, _), report in zip(records, reports, strict=True)]
    code = 2 if failures else (0 if all(r.ok for _, r in results) else 1)
    if args.format == "csv":
        from xingzheng.io._tables import to_csv, to_rows

        emit_csv(to_csv(to_rows(r.located(str(p)) for p, r in results)))
        for path, exc in failures:  # not findings: told on stderr, and the exit code is 2
            _print_failure(path, exc, file=sys.stderr)
        return code
    if args.format == "json":
        emit_json(
            {
                "profile": profile.name,
                "as_of": None if args.as_of is None else args.as_of.isoformat(),
                "exit_code": code,
                "reports": [report_json(r, p) for p, r in results],
                "unreadable": [unreadable_json(p, e) for p, e in failures],
            }
        )
        return code
    for path, report in results:
        _print_report(path, report)
    for path, exc in failures:
        _print_failure(path, exc)
    errors = sum(len(r.errors()) for _, r in results)
    warnings = sum(1 for _, r in results for f in r.findings if f.severity.value == "warning")
    print(
        f"共 {len(results) + len(failures)} 份：错误 {errors} 项，警告 {warnings} 项，无法读取 {len(failures)} 份 / "
        f"{len(results) + len(failures)} file(s): {errors} error(s), {warnings} warning(s), {len(failures)} unreadable"
    )
    return code


def _upcoming_rows(records: list[tuple[Path, Any]], as_of: dt.date, profile: Any, calendar: Any) -> list[tuple[Path, Any]]:
    from xingzheng.checks import upcoming

    rows = [(path, item) for path, record in records for item in upcoming(record, as_of=as_of, profile=profile, calendar=calendar)]
    rows.sort(key=lambda row: (row[1].deadline.due, str(row[0])))
    return rows


def _print_upcoming(rows: list[tuple[Path, Any]]) -> None:
    if not rows:
        print("无待办期限 / nothing due")
    for path, item in rows:
        flags = ""
        if item.overdue:
            flags += " 已逾期 / OVERDUE"
        if item.deadline.provisional:
            flags += " 暂定 / provisional"
        print(f"{item.deadline.due.isoformat()}  [{item.rule}] {item.what} / {item.what_en}{flags}")
        print(f"            {path}；依据 / citation: {item.citation}")


def _run_upcoming(args: argparse.Namespace) -> int:
    from xingzheng.io._output import unreadable_json, upcoming_json
    from xingzheng.rules import load_profile

    if uses_json_lines(args.files):
        return run_bulk(args, "upcoming")
    profile = load_profile(args.profile)
    calendar = calendar_from_args(args)
    records, failures = _load_all(args.files, limits_of(args))
    rows = _upcoming_rows(records, args.as_of, profile, calendar)
    code = 2 if failures else 0
    if args.format == "json":
        emit_json(
            {
                "profile": profile.name,
                "as_of": args.as_of.isoformat(),
                "exit_code": code,
                "upcoming": [upcoming_json(item, p) for p, item in rows],
                "unreadable": [unreadable_json(p, e) for p, e in failures],
            }
        )
        return code
    _print_upcoming(rows)
    for path, exc in failures:
        _print_failure(path, exc)
    return code


def _schema_classes() -> dict[str, type]:
    from xingzheng.calendar import Deadline, Period
    from xingzheng.checks import Finding, Report, Upcoming
    from xingzheng.io import kinds

    table: dict[str, type] = {}
    for kind, cls in kinds().items():
        table[kind] = cls
        table[cls.__name__] = cls
    for cls in (Deadline, Period, Finding, Report, Upcoming):
        table[cls.__name__] = cls
    return table


def _run_schema(args: argparse.Namespace) -> int:
    from xingzheng.io import json_schema

    if args.output:
        from xingzheng.io._output import output_schema

        if args.name is not None:
            raise XingzhengError("--output 与类名不能同时给出", message_en="give either --output or a class name, not both")
        print(json.dumps(output_schema(), ensure_ascii=False, indent=2))
        return 0
    table = _schema_classes()
    if args.name is None:
        raise XingzhengError(
            f"请给出类名（{'、'.join(sorted(table))}）或 --output",
            message_en=f"give a class name ({', '.join(sorted(table))}) or --output",
        )
    cls = table.get(args.name)
    if cls is None:
        raise LoadError(
            [("$", f"没有名为 {args.name!r} 的类（可选：{'、'.join(sorted(table))}）", f"no class named {args.name!r} (one of {', '.join(sorted(table))})")]
        )
    print(json.dumps(json_schema(cls), ensure_ascii=False, indent=2))
    return 0


def demo_dir() -> Path:
    """The worked example's records: shipped in the package, or ``examples/dagang-2020`` of a checkout."""
    here = Path(__file__).resolve()
    shipped = here.parents[1] / "_examples" / "dagang-2020"
    return shipped if shipped.is_dir() else here.parents[3] / "examples" / "dagang-2020"


def _shown(path: Path) -> Path:
    """``path`` relative to the working directory when it lies below it (shorter, and the same on every machine)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _run_demo(args: argparse.Namespace) -> int:
    from xingzheng.checks import check
    from xingzheng.rules import load_profile

    folder = demo_dir()
    profile = load_profile(_DEMO_PROFILE)
    calendar = calendar_from_args(args)
    if args.format == "json":
        return _demo_json(folder, profile, calendar)
    print("大港街 2020 年法治政府建设情况报告 — 示例 / worked example of the Dagang 2020 rule-of-law report")
    print(f"记录 / records: {_shown(folder)}")
    print(f"规则配置 / profile: {profile.name}；截至 / as of {_DEMO_AS_OF.isoformat()}")
    print("（执法案件发生于 2021-07-15 之后，适用 2021 年修订的行政处罚法 / the case falls after 2021-07-15: the 2021 penalty law applies）")
    records, failures = _load_all([str(folder)])
    print("\n一、合规检查 / 1. compliance findings")
    for path, record in records:
        _print_report(path.relative_to(folder.parent), check(record, profile=profile, as_of=_DEMO_AS_OF, calendar=calendar))
    for path, exc in failures:
        _print_failure(path, exc)
    print(f"\n二、待办期限（截至 {_DEMO_AS_OF.isoformat()}） / 2. what is due next")
    _print_upcoming([(p.relative_to(folder.parent), item) for p, item in _upcoming_rows(records, _DEMO_AS_OF, profile, calendar)])
    print(f"\n三、规则配置检查 / 3. profile lint ({profile.name})")
    lint = profile.lint()
    if not lint:
        print("未发现宽于上级的规则 / no rule laxer than the parent")
    for finding in lint:
        print(f"    [{finding.code}] {finding.key}: {finding.message}")
    linked = folder.parent / "remedies-2024"
    if linked.is_dir():
        print(f"\n四、关联记录（截至 {_LINKED_AS_OF.isoformat()}） / 4. linked records: {_shown(linked)}")
        print("（信访事项导入处罚程序，处罚决定公开后经行政复议撤销，须在三个工作日内撤回 / a petition became a penalty "
              "case, whose published decision a reconsideration revoked: it must be withdrawn within three working days）")
        _print_linked(linked, profile, calendar)
    print("\n自行运行 / try it yourself:")
    print(f"  xingzheng check {_shown(folder)} --profile {_DEMO_PROFILE} --as-of {_DEMO_AS_OF.isoformat()}")
    print(f"  xingzheng upcoming {_shown(folder)} --profile {_DEMO_PROFILE} --as-of {_DEMO_AS_OF.isoformat()}")
    if linked.is_dir():
        print(f"  xingzheng check {_shown(linked)} --profile {_DEMO_PROFILE} --as-of {_LINKED_AS_OF.isoformat()}")
    return 0


def _print_linked(folder: Path, profile: Any, calendar: Any) -> None:
    from xingzheng.checks import check_all

    records, failures = _load_all([str(folder)])
    reports = check_all([record for _, record in records], profile=profile, as_of=_LINKED_AS_OF, calendar=calendar)
    for (path, _), report in zip(records, reports, strict=True):
        _print_report(path.relative_to(folder.parent), report)
    for path, exc in failures:
        _print_failure(path, exc)
    _print_upcoming([(p.relative_to(folder.parent), item) for p, item in _upcoming_rows(records, _LINKED_AS_OF, profile, calendar)])


def _linked_json(folder: Path, profile: Any, calendar: Any) -> dict[str, Any] | None:
    from xingzheng.checks import check_all
    from xingzheng.io._output import report_json, unreadable_json, upcoming_json

    if not folder.is_dir():
        return None
    records, failures = _load_all([str(folder)])
    reports = check_all([record for _, record in records], profile=profile, as_of=_LINKED_AS_OF, calendar=calendar)
    shown = folder.parent
    return {
        "as_of": _LINKED_AS_OF.isoformat(),
        "records": str(_shown(folder)),
        "reports": [report_json(r, p.relative_to(shown)) for (p, _), r in zip(records, reports, strict=True)],
        "upcoming": [
            upcoming_json(item, p.relative_to(shown))
            for p, item in _upcoming_rows(records, _LINKED_AS_OF, profile, calendar)
        ],
        "unreadable": [unreadable_json(p, e) for p, e in failures],
    }


def _demo_json(folder: Path, profile: Any, calendar: Any) -> int:
    from xingzheng.checks import check
    from xingzheng.io._output import lint_json, report_json, unreadable_json, upcoming_json

    records, failures = _load_all([str(folder)])
    shown = folder.parent
    emit_json(
        {
            "profile": profile.name,
            "as_of": _DEMO_AS_OF.isoformat(),
            "records": str(_shown(folder)),
            "reports": [
                report_json(check(record, profile=profile, as_of=_DEMO_AS_OF, calendar=calendar), p.relative_to(shown))
                for p, record in records
            ],
            "upcoming": [
                upcoming_json(item, p.relative_to(shown))
                for p, item in _upcoming_rows(records, _DEMO_AS_OF, profile, calendar)
            ],
            "lint": [lint_json(f) for f in profile.lint()],
            "linked": _linked_json(folder.parent / "remedies-2024", profile, calendar),
            "unreadable": [unreadable_json(p, e) for p, e in failures],
        }
    )
    return 0


def _add_profile(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile", default="national", metavar="NAME|PATH", help="规则配置（默认 national） / rule profile (default national)"
    )


def register(subparsers: Any) -> None:
    """Add `check`, `upcoming`, `schema` and `demo` to the command line."""
    c = subparsers.add_parser(
        "check",
        help="检查记录 / check records",
        description="按规则配置检查记录（JSON、TOML 或 JSON Lines；目录表示其中全部记录；- 表示标准输入的 JSON Lines） / check records against a profile",
    )
    c.add_argument("files", nargs="+", metavar="FILE", help="记录文件、.jsonl 文件、目录或 - / record files, .jsonl files, folders or -")
    _add_profile(c)
    c.add_argument("--as-of", type=iso_date, default=None, metavar="DATE", help="判断未结期限的日期 / judge open clocks on DATE")
    add_calendar_options(c)
    add_format_options(c, extra=("csv",))
    add_bulk_options(c)
    _add_limits(c)
    c.set_defaults(func=_run_check)

    u = subparsers.add_parser("upcoming", help="待办期限 / what is due next", description="列出下一步期限 / list what is due next")
    u.add_argument("files", nargs="+", metavar="FILE", help="记录文件、.jsonl 文件、目录或 - / record files, .jsonl files, folders or -")
    u.add_argument("--as-of", type=iso_date, required=True, metavar="DATE", help="以此日为今天 / today, for the question")
    _add_profile(u)
    add_calendar_options(u)
    add_format_options(u)
    add_bulk_options(u)
    _add_limits(u)
    u.set_defaults(func=_run_upcoming)

    s = subparsers.add_parser(
        "schema",
        help="JSON Schema",
        description="输出记录或命令行 JSON 输出的 JSON Schema / print the JSON Schema of a record or of the JSON output",
    )
    s.add_argument("name", nargs="?", metavar="NAME", help="类名或记录类型，如 NormativeDocument / class name or kind")
    s.add_argument(
        "--output",
        action="store_true",
        help="输出 check、upcoming、demo 的 JSON 输出的 Schema / the schema of what check, upcoming and demo write as JSON",
    )
    add_format_options(s)
    s.set_defaults(func=_run_schema)

    d = subparsers.add_parser("demo", help="示例：大港街 2020 / the worked example", description="运行大港街 2020 年示例 / run the Dagang 2020 example")
    add_calendar_options(d)
    add_format_options(d)
    d.set_defaults(func=_run_demo)

