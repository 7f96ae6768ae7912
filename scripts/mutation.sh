#!/bin/sh
# Mutation testing with mutmut (docs/testing.md): mutates src/xingzheng/calendar/ (pyproject.toml,
# [tool.mutmut]) and runs the calendar's tests against each mutant, at low priority.
#
#   scripts/mutation.sh                         # every calendar mutant
#   scripts/mutation.sh 'xingzheng.calendar.periods*'   # one module (mutmut's mutant-name globs)
#
# Needs the dev extra (pip install -e '.[test,dev]'). Results: `mutmut results`, `mutmut show NAME`.
# Equivalent survivors and their reasons: tests/mutation-equivalents.md.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
# The tests run from a copy under mutants/: tell them where ../shared (the reference notices) is.
XINGZHENG_SHARED="${XINGZHENG_SHARED:-$(cd .. && pwd)/shared}"
export XINGZHENG_SHARED
nice -n 10 "$PYTHON" -m mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "$@"
"$PYTHON" -m mutmut results
