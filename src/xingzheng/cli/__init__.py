"""The `xingzheng` command line: a thin argparse shell over the library.

Each command lives in its own module (``_calendar``, ``_profile``, …) with a ``register(subparsers)``
function; `main` wires them up. Exit codes (DECISIONS.md): 0 clean, 1 an error finding (and
``profile lint`` when it reports anything), 2 bad or unreadable input. Bad input never prints a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from importlib import import_module

from xingzheng.errors import CalendarCoverageError, XingzhengError

__all__ = ["main"]

# One module per group of commands; each exposes `register(subparsers) -> None`.
# Every sub-parser sets `func` (args -> exit code).
_COMMAND_MODULES: tuple[str, ...] = (
    "xingzheng.cli._calendar",
    "xingzheng.cli._notice",
    "xingzheng.cli._profile",
    "xingzheng.cli._records",
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are bilingual and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, bilingual, exit 2 (DECISIONS.md); `--help` shows the usage.
        self.exit(2, f"{self.prog}: 参数错误 / usage error: {message}\n")


class _Version(argparse.Action):
    """``--version``: the installed version, read from the package metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="显示版本 / show the version")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import xingzheng

        print(f"xingzheng {xingzheng.__version__}")  # to stdout, as argparse's own version action does
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser (used by `main` and by the docs)."""
    parser = _Parser(prog="xingzheng", description="行政 — 法治政府行政程序 / administrative procedures")
    parser.add_argument("--version", action=_Version)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name in _COMMAND_MODULES:
        import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _run(func, args)
        finally:
            # A warning (an installed notice that disagrees with the package's data): one line each.
            for warning in caught:
                print(f"xingzheng: 警告 / warning: {warning.message}", file=sys.stderr)


def _run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return func(args)
    except BrokenPipeError:
        # The reader went away (`xingzheng ... | head`): stop quietly, as Python's docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except CalendarCoverageError as exc:
        from xingzheng.cli._common import coverage_message

        print(f"xingzheng: {coverage_message(exc)}", file=sys.stderr)
        return 2
    except XingzhengError as exc:
        print(f"xingzheng: {exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"xingzheng: 文件不是 UTF-8 文本 / the file is not UTF-8 text: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"xingzheng: 无法读写文件 / cannot read or write the file: {exc}", file=sys.stderr)
        return 2
    except OverflowError:
        # A date past 9999-12-31 or before 0001-01-01 (a huge period, the last month of year 9999).
        print(
            "xingzheng: 日期超出可表示的范围（0001-01-01 至 9999-12-31） / "
            "date out of the representable range (0001-01-01 to 9999-12-31)",
            file=sys.stderr,
        )
        return 2
