#!/bin/sh
# Mutation testing with mutmut (docs/testing.md): mutates src/xingzheng/calendar/ and src/xingzheng/checks/
# (pyproject.toml, [tool.mutmut]) and runs, against each mutant, the listed tests that reach the mutated
# function, at low priority.
#
#   scripts/mutation.sh                                   # every mutant (hours on two cores)
#   scripts/mutation.sh 'xingzheng.calendar*'             # the calendar
#   scripts/mutation.sh 'xingzheng.checks.normative*'     # one module (mutmut's mutant-name globs)
#
# Needs the dev extra (pip install -e '.[test,dev]'). Results: `mutmut results`, `mutmut show NAME`.
# Equivalent survivors and their reasons: tests/mutation-equivalents.md. MUTMUT_CHILDREN sets the workers
# (default 2). Changing the test files or the selection makes mutmut run every mutant again.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
# The tests run from a copy under mutants/: tell them where ../shared (the reference notices) is.
XINGZHENG_SHARED="${XINGZHENG_SHARED:-$(cd .. && pwd)/shared}"
export XINGZHENG_SHARED
nice -n 10 "$PYTHON" -m mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "$@"
"$PYTHON" -m mutmut results
