"""The documentation's prose states numbers, dates, codes and names: each one checked here is recomputed.

`tests/test_docs_examples.py` runs the code blocks; this file and `test_docs_claims_laws.py` read the
sentences and tables around them (README.md and `docs/`, except the changelog, a history) and compare
what they state with what the library, its data and `../shared` give. Each test names the page and the
sentence it reads, so a page that drifts from the code (or code that drifts from its page) fails here.
This file: finding codes, rule IDs, record fields, counts, limits, the calendar's figures, constants.
"""

from __future__ import annotations

import datetime as dt
import enum
import fnmatch
import re
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import xingzheng
from _docs_support import (
    _WORDS,
    DOCS,
    ROOT,
    _number,
    _one,
    _page,
    _pages,
    _table_rows,
)
from xingzheng import Limits, Period, deadline, default_calendar, load, load_profile
from xingzheng.io import kinds

# ----------------------------------------------------------------------------------- codes and rule IDs

#: Codes with no rule behind them (docs/concepts/invariants.md, "Four codes have no rule behind them").
RULELESS = {"CAL.coverage", "LINK.not-found", "XZ.check-failed"}
#: Suffixes any rule may carry: the info note of a rule not in force, and the lint findings.
ANY_RULE = {"no-rule", "laxer-than-parent", "narrower-than-parent"}

_CODE = re.compile(r"`((?:[A-Z]{1,4}\d{0,2}|<ID>|<rule>)\.[a-z*][a-z0-9*-]*)`")
_RULE_THEN_SUFFIX = re.compile(r"\b([A-Z]\d{1,2}) `([a-z][a-z0-9-]*)`")


def _catalogue() -> tuple[set[str], set[str]]:
    codes: set[str] = set()
    rules: set[str] = set()
    for name in xingzheng.builtin_profile_names():
        profile = load_profile(name)
        rules |= set(profile.rule_ids())
        codes |= {spec.code for _, _, _, spec in profile.finding_catalogue()}
    return codes, rules


def _code_exists(code: str, codes: set[str], rules: set[str]) -> bool:
    rule, _, suffix = code.partition(".")
    if code in RULELESS or code in codes:
        return True
    if suffix in ANY_RULE:
        return rule in rules or rule in {"<ID>", "<rule>"}
    if "*" in code:
        return any(fnmatch.fnmatchcase(known, code) for known in codes)
    return False


def test_every_finding_code_the_docs_name_exists() -> None:
    codes, rules = _catalogue()
    named: list[tuple[str, str]] = []
    for page in _pages():
        text = page.read_text(encoding="utf-8")
        named += [(page.name, m[1]) for m in _CODE.finditer(text)]
        named += [(page.name, f"{m[1]}.{m[2]}") for m in _RULE_THEN_SUFFIX.finditer(text)]
    assert len(named) > 50  # the pattern still finds the codes the pages name
    unknown = sorted({(page, code) for page, code in named if not _code_exists(code, codes, rules)})
    assert unknown == []


def test_the_codes_without_a_rule_are_the_ones_invariants_md_lists() -> None:
    text = _page("concepts/invariants.md")
    sentence = _one(r"Four codes have no rule behind them: (?P<list>[^.]*(?:\.[a-z-]+`[^.]*)*)\.", text)
    listed = set(re.findall(r"`([A-Z<][^`]*)`", sentence["list"]))
    assert listed == RULELESS | {"<ID>.no-rule"}
    codes, _ = _catalogue()
    assert not RULELESS & codes  # none of them is given a severity by a profile
    # Each is a code the library really emits.
    from xingzheng.bulk import FAILURE_CODE
    from xingzheng.checks.links import LINK_NOT_FOUND

    source = (ROOT / "src" / "xingzheng" / "checks").rglob("*.py")
    assert any('"CAL.coverage"' in p.read_text(encoding="utf-8") for p in source)
    assert {FAILURE_CODE, LINK_NOT_FOUND} == {"XZ.check-failed", "LINK.not-found"}


_ID_RANGE = re.compile(r"\b([A-Z])(\d{1,2})(?:–\1?(\d{1,2}))?\b")


PROCEDURE_PAGES = {
    "normative-documents": "normative_document",
    "major-decisions": "major_decision",
    "enforcement-cases": "enforcement_case",
    "legality-reviews": "legality_review",
    "disclosure-requests": "disclosure_request",
    "reconsideration-cases": "reconsideration_case",
    "petitions": "petition",
}


@pytest.mark.parametrize("page", sorted(PROCEDURE_PAGES))
def test_the_rules_column_of_each_procedure_table_names_real_rules(page: str) -> None:
    _, rules = _catalogue()
    text = _page(f"procedures/{page}.md")
    named = set()
    for row in _table_rows(text):
        if row[-1] in {"Rules", "Checked by"}:
            continue
        for m in _ID_RANGE.finditer(row[-1]):
            first = int(m[2])
            last = int(m[3]) if m[3] else first
            named |= {f"{m[1]}{n}" for n in range(first, last + 1)}
    assert named, "the table's last column names no rule"
    assert sorted(named - rules) == []


# ------------------------------------------------------------------------------- fields of the records


def _reachable(cls: type) -> tuple[set[type], set[type[enum.Enum]]]:
    classes: set[type] = set()
    enums: set[type[enum.Enum]] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        if current in classes:
            continue
        classes.add(current)
        hints = typing.get_type_hints(current)
        for field in attrs.fields(current):
            stack: list[Any] = [hints.get(field.name, field.type)]
            while stack:
                t = stack.pop()
                if isinstance(t, type) and attrs.has(t):
                    todo.append(t)
                elif isinstance(t, type) and issubclass(t, enum.Enum):
                    enums.add(t)
                stack.extend(typing.get_args(t))
    return classes, enums


def _attrs_classes_in(annotation: Any) -> list[type]:
    found, stack = [], [annotation]
    while stack:
        t = stack.pop()
        if isinstance(t, type) and attrs.has(t):
            found.append(t)
        stack.extend(typing.get_args(t))
    return found


def _resolves(cls: type, parts: list[str]) -> bool:
    """Whether ``a.b.c`` is a path of fields from ``cls`` (through optional values and lists)."""
    current = [cls]
    for i, part in enumerate(parts):
        following: list[type] = []
        hit = False
        for c in current:
            if part in {f.name for f in attrs.fields(c)}:
                hit = True
                following += _attrs_classes_in(typing.get_type_hints(c)[part])
        if not hit or (i < len(parts) - 1 and not following):
            return False
        current = following
    return True


@pytest.mark.parametrize("page", sorted(PROCEDURE_PAGES))
def test_the_fields_a_procedure_table_names_are_the_records_fields(page: str) -> None:
    record = kinds()[PROCEDURE_PAGES[page]]
    classes, enums = _reachable(record)
    fields = {f.name for c in classes for f in attrs.fields(c)}
    values = {member.value for e in enums for member in e}
    checked, wrong = 0, []
    for row in _table_rows(_page(f"procedures/{page}.md")):
        for token in re.findall(r"`([^`]+)`", " | ".join(row)):
            if re.fullmatch(r"[A-Z][A-Za-z]+", token):  # a class: exported from the top level
                checked += 1
                if not hasattr(xingzheng, token):
                    wrong.append(token)
            elif re.fullmatch(r"[a-z_]+(?:\[\])?(?:\.[a-z_]+)+", token):  # a path from the record
                checked += 1
                if not _resolves(record, token.replace("[]", "").split(".")):
                    wrong.append(token)
            elif re.fullmatch(r"[a-z_]+(?:\[\])?", token):  # a field of the record or of a nested value
                checked += 1
                if token.replace("[]", "") not in fields | values:
                    wrong.append(token)
    assert checked >= 5
    assert wrong == []


def _builtin_kinds() -> dict[str, type]:
    """The record kinds xingzheng ships (other tests may register kinds of their own)."""
    return {kind: cls for kind, cls in kinds().items() if cls.__module__.startswith("xingzheng.model")}


def test_the_number_of_procedures_is_the_number_of_record_kinds() -> None:
    count = len(_builtin_kinds())
    words = dict(
        enumerate(zip(("four", "five", "six", "seven", "eight", "nine"), "四五六七八九", strict=True), 4)
    )[count]
    index = _page("index.md")
    assert _one(r"把法治政府的(?P<n>.)类行政程序", index)["n"] == words[1]
    assert _one(r"models (?P<n>\w+) administrative procedures", index)["n"] == words[0]
    assert _one(r"A worked example with all (?P<n>\w+) procedures", _page("quickstart.md"))["n"] == words[0]
    # The kinds the quick start lists, and the record classes `schema NAME` is said to know.
    listed = re.findall(
        r"`([a-z_]+)`", _one(r'`"kind"` says which procedure \((?P<l>[^)]*)\)', _page("quickstart.md"))["l"]
    )
    assert set(listed) == set(_builtin_kinds())
    names = re.findall(
        r"`(\w+)`",
        _one(r"`schema NAME` prints the JSON Schema of a record \((?P<l>[^)]*)\)", _page("cli.md"))["l"],
    )
    assert set(names) == {cls.__name__ for cls in _builtin_kinds().values()}


# ------------------------------------------------------------------------------------- limits and sizes


def test_the_limits_table_states_the_defaults() -> None:
    limits = Limits()
    text = _page("reference/load-errors.md")
    rows = {m[1]: m[2] for m in re.finditer(r"^\| `(max_\w+)`[^|]*\| ([^|]+) \|", text, re.MULTILINE)}
    assert set(rows) == {f.name for f in attrs.fields(Limits)}
    for name, cell in rows.items():
        stated = re.search(r"\(([\d,]+)\)", cell) or re.search(r"([\d,]+)", cell)
        assert stated is not None, cell
        assert _number(stated[1]) == getattr(limits, name), (name, cell)
    assert _one(r"\| 4 MiB \(4,194,304\) \|", text) and limits.max_bytes == 4 * 2**20
    # docs/bulk.md: the size limit of one JSON Lines line.
    line = _one(r"a line over the size limit \((?P<mib>\d+) MiB", _page("bulk.md"))
    assert int(line["mib"]) * 2**20 == limits.max_bytes


def test_every_stated_date_range_of_records_is_the_librarys() -> None:
    stated = []
    for page in _pages():
        stated += re.findall(
            r"(\d{4}-\d{2}-\d{2}) ?\.\. ?(\d{4}-\d{2}-\d{2})", page.read_text(encoding="utf-8")
        )
    assert len(stated) >= 3
    assert set(stated) == {(xingzheng.DATE_MIN.isoformat(), xingzheng.DATE_MAX.isoformat())}


def test_the_largest_worked_example_is_the_one_load_errors_md_names() -> None:
    text = _page("reference/load-errors.md")
    m = _one(
        r"The largest worked example, the Dagang enforcement case with its evidence log of (?P<events>\d+) events, is (?P<kb>[\d.]+) kB\.",
        text,
    )
    path = ROOT / "examples" / "dagang-2020" / "enforcement-case.json"
    sizes = {p: p.stat().st_size for p in (ROOT / "examples").rglob("*.json")}
    assert max(sizes, key=sizes.__getitem__) == path
    assert f"{sizes[path] / 1000:.1f}" == m["kb"]
    assert len(load(path).evidence_log.events) == int(m["events"])


# ------------------------------------------------------------------------------------------- calendar


def test_the_december_days_the_data_holds() -> None:
    from chinese_calendar import constants

    m = _one(
        r"the data holds (?P<n>\d+) such December days, (?P<first>\d{4})–(?P<last>\d{4})",
        _page("concepts/time.md"),
    )
    december = [d for d in {*constants.holidays, *constants.workdays} if d.month == 12]
    assert len(december) == int(m["n"])
    assert (min(december).year, max(december).year) == (int(m["first"]), int(m["last"]))


def test_the_estimate_past_the_data_on_the_calendar_page() -> None:
    import chinese_calendar

    text = _page("calendar.md")
    marker = _one(
        r"<!-- xingzheng:cli deadline (?P<start>[\d-]+) --workdays (?P<n>\d+) --assume-regular-weeks -->",
        text,
    )
    m = _one(
        r"With chinese-calendar (?P<version>[\d.]+) \(data through (?P<through>\d{4})\) this gives (?P<weekday>\w+) "
        r"(?P<due>[\d-]+): 1 January (?P<year>\d{4}), a (?P<newyear>\w+), rests\.",
        text,
    )
    calendar = default_calendar(assume_regular_weeks=True)
    assert chinese_calendar.__version__.startswith(m["version"] + ".")
    assert calendar.coverage.last.year == int(m["through"])
    result = deadline(dt.date.fromisoformat(marker["start"]), Period.workdays(int(marker["n"])), calendar)
    assert result.due.isoformat() == m["due"] and result.due.strftime("%A") == m["weekday"]
    new_year = dt.date(int(m["year"]), 1, 1)
    assert new_year.strftime("%A") == m["newyear"] and new_year in result.assumed_holidays
    assert result.provisional


def test_the_adjusted_working_day_distance_in_decisions_md() -> None:
    from chinese_calendar import constants

    from xingzheng.calendar.notice import MAX_WORKDAY_DISTANCE

    m = _one(
        r"whose adjusted working day lies more than (?P<limit>\d+) days from its block \(the most in "
        r"(?P<first>\d{4})–(?P<last>\d{4}) is (?P<most>\d+)\)",
        _page("decisions.md"),
    )
    assert int(m["limit"]) == MAX_WORKDAY_DISTANCE
    distances = []
    for day, name in constants.workdays.items():
        if int(m["first"]) <= day.year <= int(m["last"]):
            block = [h for h, n in constants.holidays.items() if n == name and abs((h - day).days) <= 31]
            distances.append(min(abs((h - day).days) for h in block))
    assert max(distances) == int(m["most"])


# ------------------------------------------------------------------------------------------- examples


def test_the_examples_page_lists_every_script() -> None:
    text = _page("examples.md")
    listed = set(re.findall(r"^\| `(examples/[\w-]+\.py)` \|", text, re.MULTILINE))
    scripts = {f"examples/{p.name}" for p in (ROOT / "examples").glob("*.py")}
    assert listed == scripts


# ------------------------------------------------------------------- legal numbers written out in prose


_UNITS = {
    "working days": "working_days",
    "working day": "working_days",
    "days": "days",
    "hours": "hours",
    "years": "years",
    "representatives": "count",
}

#: (page, a sentence with the number (and its unit) in it, profile, key, the date the sentence speaks of)
_NUMBERS = [
    (
        "procedures/disclosure-requests.md",
        r"\*\*Reply \(G2, Art\. 33\)\.\*\* (?P<n>\d+) (?P<unit>working days)",
        "national",
        "disclosure.reply_period.max",
    ),
    (
        "procedures/disclosure-requests.md",
        r"an extension of at most (?P<n>\d+) (?P<unit>working days)",
        "national",
        "disclosure.reply_extension.max",
    ),
    (
        "procedures/disclosure-requests.md",
        r"The one-time notice within (?P<n>\d+) (?P<unit>working days) of receipt",
        "national",
        "disclosure.correction_notice_period.max",
    ),
    (
        "procedures/disclosure-requests.md",
        r"ends on its (?P<n>\d+)th (?P<unit>working day)",
        "national",
        "disclosure.consultation_reply_period.max",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"The acceptance examination takes (?P<n>\d+) (?P<unit>working days)",
        "national",
        "reconsideration.acceptance_review_period.max",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"the decision period \((?P<n>\d+) (?P<unit>days) ordinary",
        "national",
        "reconsideration.decision_period.max",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"(?P<unit>days) ordinary, (?P<n>\d+) simple, from acceptance",
        "national",
        "reconsideration.decision_period_simple.max",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"refuses an extension beyond (?P<n>\d+) (?P<unit>days) \(不得超过\) or in the simple",
        "national",
        "reconsideration.decision_extension.max",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"withdraw the published decision within (?P<n>\w+) (?P<unit>working days) of the decision",
        "national",
        "enforcement.withdrawal_period.max",
    ),
    (
        "cli.md",
        r"not withdrawn within (?P<n>\w+) (?P<unit>working days)",
        "national",
        "enforcement.withdrawal_period.max",
    ),
    (
        "procedures/petitions.md",
        r"except the (?P<n>\w+) (?P<unit>working days) of Art\. 23 ¶3",
        "national",
        "petition.objection_period.max",
    ),
    (
        "procedures/petitions.md",
        r"sorted by a petition office within (?P<n>\d+) (?P<unit>days)",
        "national",
        "petition.sorting_period.max",
    ),
    (
        "procedures/petitions.md",
        r"handled within (?P<n>\d+) \(\+\d+\) (?P<unit>days)",
        "national",
        "petition.handling_period.max",
    ),
    (
        "procedures/petitions.md",
        r"handled within \d+ \(\+(?P<n>\d+)\) (?P<unit>days)",
        "national",
        "petition.handling_extension.max",
    ),
    (
        "procedures/petitions.md",
        r"refuses an extension beyond (?P<n>\d+) (?P<unit>days) \(不得超过\)\.",
        "national",
        "petition.handling_extension.max",
    ),
    (
        "procedures/petitions.md",
        r"more than (?P<n>\w+) (?P<unit>representatives)",
        "national",
        "petition.representatives.max",
    ),
    (
        "procedures/normative-documents.md",
        r"an evaluation overdue (?P<n>\w+) (?P<unit>years) after promulgation \(N8",
        "tianjin-binhai-dagang",
        "normative_document.evaluation_interval.max",
    ),
    (
        "procedures/enforcement-cases.md",
        r"The (?P<n>\d+) (?P<unit>hours) of warning education",
        "tianjin-binhai-dagang",
        "enforcement.warning_education_hours.min",
    ),
    (
        "procedures/enforcement-cases.md",
        r"proactively disclosed within (?P<n>\d+)\s+(?P<unit>working days) of being made",
        "national",
        "enforcement.publication_period.max",
    ),
    (
        "decisions.md",
        r"`major_decision\.publication_period\.max` = (?P<n>\d+) (?P<unit>working days)",
        "national",
        "major_decision.publication_period.max",
    ),
]


@pytest.mark.parametrize(
    ("page", "sentence", "profile", "key"), _NUMBERS, ids=[f"{n[0]}:{n[3]}" for n in _NUMBERS]
)
def test_a_legal_number_written_in_prose_is_the_profiles(
    page: str, sentence: str, profile: str, key: str
) -> None:
    m = _one(sentence, _page(page))
    stated = _WORDS.get(m["n"]) or int(m["n"])
    value = load_profile(profile).get(key, on=dt.date(2024, 6, 1))
    assert (stated, _UNITS[m["unit"]]) == (value.value, value.unit.value)


def test_the_limit_flags_apply_to_json_lines_too(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    assert _one(
        r"`--max-bytes N`, `--max-text N`, `--max-items N` and `--max-events N` on `check` and `upcoming` change them",
        _page("cli.md"),
    )
    record = json.loads((ROOT / "docs" / "quickstart" / "my-document.json").read_text(encoding="utf-8"))
    lines = tmp_path / "records.jsonl"
    lines.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "xingzheng", "check", str(lines), "--json", "--max-text", "3"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    answer = json.loads(run.stdout.splitlines()[0])
    assert [p["code"] for p in answer.get("problems", [])][:1] == ["too_long"]


def test_the_constants_decisions_md_states() -> None:
    import inspect

    from xingzheng import bulk
    from xingzheng.calendar import periods
    from xingzheng.io import _problems

    text = _page("decisions.md")
    assert int(_one(r"`LoadError` lists at most (?P<n>\d+) problems", text)["n"]) == _problems.MAX_PROBLEMS
    months = _one(r"is remembered per `\(date, months\)`, at most (?P<n>[\d,]+) entries", text)
    assert _number(months["n"]) == periods._MONTHS_AFTER_MAX
    chunks = _one(
        r"when the input pauses for (?P<ms>\d+) ms,[^.]* at most `2·J` chunks of (?P<n>\d+) are in flight",
        text,
    )
    assert int(chunks["n"]) == bulk.CHUNK
    linger = inspect.signature(bulk.ordered_map).parameters["linger"]
    assert round(linger.default * 1000) == int(chunks["ms"])


def test_the_weekend_days_decisions_md_counts() -> None:
    from test_notice_years import WEEKEND_DIFFERENCES

    m = _one(
        r"The notices name (?P<all>\d+) weekend days of (?P<first>\d{4})–(?P<last>\d{4}) that chinese-calendar records as "
        r"plain weekends \(DECISIONS\.md counts (?P<joined>\d+): the 补休 and 与周末连休 ones; (?P<ranges>\w+) more lie "
        r"inside 至 ranges\)",
        _page("decisions.md"),
    )
    days = WEEKEND_DIFFERENCES
    assert len(days) == int(m["all"])
    assert int(m["first"]) <= min(days).year and max(days).year <= int(m["last"])
    joined = [d for d, why in days.items() if "补休" in why or "连休" in why]
    ranges = [d for d, why in days.items() if "至" in why and d not in joined]
    assert len(joined) == int(m["joined"]) and len(ranges) == _WORDS[m["ranges"]]
    assert len(joined) + len(ranges) == len(days)


def test_the_table_columns_the_pages_list() -> None:
    from xingzheng import check, to_rows
    from xingzheng.dask import FINDING_COLUMNS

    report = check(load(ROOT / "docs" / "quickstart" / "my-document.json"), profile="tianjin-binhai-dagang")
    columns = list(to_rows([report])[0])
    m = _one(
        r"the columns of `xingzheng\.to_rows`: the record's kind, title, document number, file and line, then "
        r"(?P<rest>[^)]*)\)",
        _page("cli.md"),
    )
    assert columns[:5] == ["kind", "title", "number", "source", "line"]
    assert re.findall(r"`(\w+)`", m["rest"]) == columns[5:]
    dask = _one(
        r"`findings_dataframe\(reports\)` is a `dask\.dataframe` with one row per finding: (?P<list>[^.]*)\.",
        _page("bulk.md"),
    )
    assert tuple(re.findall(r"`(\w+)`", dask["list"])) == FINDING_COLUMNS


def _has_attribute(cls: type, name: str) -> bool:
    """A method, property or class attribute of ``cls``, or an attribute its ``__init__`` sets."""
    import inspect

    for klass in cls.__mro__:
        if name in vars(klass):
            return True
        init = vars(klass).get("__init__")
        if init is not None and re.search(rf"\bself\.{name}\b(?::[^=\n]+)? =", inspect.getsource(init)):
            return True
    return False


def test_the_error_attributes_and_codes_embedding_md_names() -> None:
    from xingzheng.io import ERROR_CODES

    text = _page("embedding.md")
    named = re.findall(r"`([\w.]+)`", _one(r"a machine `code` \((?P<list>[^;]*);", text)["list"])
    assert len(named) >= 8 and set(named) <= set(ERROR_CODES)
    rows = [row for row in _table_rows(text) if row[0].startswith("`")]
    assert len(rows) >= 6
    for row in rows:
        owner = "XingzhengError"
        for name in re.findall(r"`([^`]+)`", row[0]):
            prefix, _, attribute = name.rpartition(".")
            owner = prefix or owner
            assert _has_attribute(getattr(xingzheng, owner), attribute.removesuffix("()")), (owner, name)


def test_the_quick_starts_first_deadline_and_first_check() -> None:
    from xingzheng import check

    text = _page("quickstart.md")
    marker = _one(r"<!-- xingzheng:cli deadline (?P<start>[\d-]+) --workdays (?P<n>\d+) -->", text)
    start, n = dt.date.fromisoformat(marker["start"]), int(marker["n"])
    said = _one(
        r"(?P<n>\w+) working days from (?P<day>\d+) (?P<month>\w+) (?P<year>\d{4}), across the National Day",
        text,
    )
    assert _WORDS[said["n"].lower()] == n
    assert dt.datetime.strptime(f"{said['day']} {said['month']} {said['year']}", "%d %B %Y").date() == start
    lieu = _one(r"the (?P<weekday>\w+) worked in lieu on (?P<day>\d+) (?P<month>\w+) is one of them", text)
    day = dt.datetime.strptime(f"{lieu['day']} {lieu['month']} {start.year}", "%d %B %Y").date()
    calendar = default_calendar()
    assert calendar.is_adjusted_workday(day) and day.strftime("%A") == lieu["weekday"]
    assert start < day <= deadline(start, Period.workdays(n), calendar).due
    assert calendar.holiday_name(dt.date(start.year, 10, 1)).en == "National Day"
    # Step 4: the rules the check of the quick start's record names, and its exit code.
    rules = _one(r"Each finding names its rule \((?P<rules>[A-Z0-9, ]+)\)", text)["rules"].split(", ")
    report = check(load(DOCS / "quickstart" / "my-document.json"), profile="tianjin-binhai-dagang")
    assert sorted(rules) == sorted({code.split(".")[0] for code in report.codes()})
    assert "The exit code is 1 because there is an error finding" in text and report.errors()


def test_the_reference_index_lists_every_reference_page() -> None:
    listed = set(re.findall(r"\]\(([\w-]+\.md)\)", _page("reference/index.md")))
    pages = {p.name for p in (DOCS / "reference").glob("*.md")} - {"index.md"}
    assert listed == pages


def test_the_multi_line_fields_load_errors_md_lists() -> None:
    m = _one(
        r"line breaks \(LF, CR\) in multi-line free-text fields: (?P<list>[^\n]*)",
        _page("reference/load-errors.md"),
    )
    assert re.findall(r"`(\w+)`", m["list"]) == sorted(xingzheng.MULTILINE_FIELDS)


@pytest.mark.parametrize("page", sorted(PROCEDURE_PAGES))
def test_the_lifecycle_methods_a_procedure_page_shows_take_those_arguments(page: str) -> None:
    import inspect

    classes, _ = _reachable(kinds()[PROCEDURE_PAGES[page]])
    shown = 0
    for m in re.finditer(r"`(\w+)\(([^`)]*)\)`", _page(f"procedures/{page}.md")):
        owners = [c for c in classes if m[1] in vars(c)]
        if not owners:
            assert callable(getattr(xingzheng, m[1], None)), m[
                0
            ]  # a function of the library, such as `check`
            continue
        shown += 1
        parameters = [p for p in inspect.signature(getattr(owners[0], m[1])).parameters if p != "self"]
        arguments = [a.strip().split("=")[0] for a in m[2].split(",") if a.strip()]
        assert [a for a in arguments if a not in parameters] == [], (m[0], parameters)
    assert shown


def test_the_built_in_profiles_the_pages_name() -> None:
    names = xingzheng.builtin_profile_names()
    for page in ("README.md", "concepts/profiles.md"):
        m = _one(r"(?P<n>\w+) profiles are built in", _page(page))
        assert _WORDS.get(m["n"].lower()) == len(names)
    table = [
        row[0].strip("`") for row in _table_rows(_page("concepts/profiles.md")) if row[0].startswith("`")
    ]
    assert tuple(table) == names


def test_the_severity_examples_of_invariants_md() -> None:
    severities: dict[str, set[str]] = {}
    for name in xingzheng.builtin_profile_names():
        for _, _, _, spec in load_profile(name).finding_catalogue():
            severities.setdefault(spec.code, set()).add(spec.severity)
    text = _page("concepts/invariants.md")
    for severity in ("warning", "info"):
        examples = _one(rf"(?s)\*\*{severity}\*\* \((?P<list>.*?)\)[,.] ", text)["list"]
        named = re.findall(r"`([A-Z]\d+\.[a-z-]+)`", examples)
        assert named and all(severities[code] == {severity} for code in named), (severity, named)
