"""Issue 17: the checks and the finding catalogue cannot disagree, and the docs table comes from it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check
from xingzheng.rules import builtin_profile_names, holds_imperative, load_profile
from xingzheng.strategies import legality_reviews, major_decisions, normative_documents

ROOT = Path(__file__).resolve().parents[1]
CHECKS = [ROOT / "src/xingzheng/checks" / name for name in ("normative.py", "decision.py", "review.py")]
OURS = re.compile(r"^(?:N\d+|D\d+|L\d+|F1)\.")


def listed_codes() -> dict[str, set[str]]:
    """Every N/D/L/F code the built-in profiles list, with the severities it is listed at."""
    found: dict[str, set[str]] = {}
    for name in builtin_profile_names():
        for _origin, _entry, _state, spec in load_profile(name).finding_catalogue():
            if OURS.match(spec.code):
                found.setdefault(spec.code, set()).add(spec.severity)
    return found


def test_every_code_literal_in_the_checks_is_listed() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in CHECKS)
    literals = set(re.findall(r'"((?:N\d+|D\d+|L\d+|F1)\.[a-z0-9]+(?:-[a-z0-9]+)*)"', source))
    # Codes built in f-strings: f"{rule}.review-…" for N7 and D4, f"D5.{code}" for the statutory steps.
    suffixes = set(re.findall(r'f"\{rule\}\.([a-z0-9-]+)"', source))
    literals |= {f"{rule}.{suffix}" for rule in ("N7", "D4") for suffix in suffixes} - {
        "D4.review-too-long",
        "D4.review-overdue",
        "D4.emergency-exception",
    }  # D4 has no maximum and no emergency condition: never emitted
    literals |= {f"D5.{name}" for name in re.findall(r'"([a-z-]+-missing)",\n\s+"[^"]+",\n\s+"[^"]+",\n\s+"\$\.', source)}
    listed = listed_codes()
    assert literals, "the scan found no code"
    assert {"D5.expert-argumentation-missing", "N7.review-too-short", "D4.review-too-short-for-parent"} <= literals
    missing = sorted(literals - set(listed))
    assert not missing, f"emitted but listed by no profile: {missing}"
    # And the converse: no spec without a check that gives it.
    dead = sorted(set(listed) - literals)
    assert not dead, f"listed but emitted by no check: {dead}"


@pytest.mark.parametrize("profile", builtin_profile_names())
def test_checks_over_arbitrary_records_emit_only_listed_codes(profile: str) -> None:
    listed = listed_codes()

    @settings(max_examples=80)
    @given(st.one_of(normative_documents(), major_decisions(), legality_reviews()), st.none() | st.dates())
    def run(record: Any, as_of: Any) -> None:
        report = check(record, profile=profile, as_of=as_of)
        # A street office the profile does not bind to 713号令 (D11's info says so): errors become warnings.
        unbound = "D11.street-office-not-named" in report.codes()
        for finding in report.findings:  # emit raises for an unlisted code
            if OURS.match(finding.code) and not finding.code.endswith(".no-rule"):
                assert finding.code in listed
                severity = finding.severity.value
                assert severity in listed[finding.code] or (unbound and severity == "warning" and "error" in listed[finding.code])

    run()


def test_imperatives_hold_binding_words_only() -> None:
    assert holds_imperative("要在书面征求意见的基础上")
    assert holds_imperative("大港街应在制定行政规范性文件后每2年开展1次")
    assert holds_imperative("合法性审查时间不少于5个工作日")
    assert not holds_imperative("评估结果作为修改、废止的重要参考")
    assert not holds_imperative("可以退回，或者要求补充")  # 要求 is a noun-verb of request, not a directive
    assert not holds_imperative("对不适应全面深化改革和经济社会发展要求的行政规范性文件及时修改和废止")


def _severity_table() -> Any:
    spec = importlib.util.spec_from_file_location("severity_table", ROOT / "docs/hooks/severity_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("profile", builtin_profile_names())
def test_the_docs_table_shows_every_listed_code_with_its_severity_and_words(profile: str) -> None:
    table = _severity_table()
    text = table.render(profile)
    catalogue = load_profile(profile).finding_catalogue()
    assert len(table.rows(profile)) == len(catalogue)
    for origin, _entry, state, spec in catalogue:
        line = next(
            row
            for row in text.splitlines()
            if f"`{spec.code}`" in row and f"{origin} {state.since.isoformat()}" in row
        )
        assert spec.severity in line
        if spec.words is not None and spec.words.quote:
            assert spec.words.quote.replace("|", "\\|") in line
    decisions = table.render(profile, "D")
    assert "`D15.not-adjusted-after-review`" in decisions and "`N1." not in decisions
