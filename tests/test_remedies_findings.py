"""Every finding code the disclosure, reconsideration, petition and link checks can emit is listed in the
national profile's data with its severity, and the severities follow the binding words (issue 23)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xingzheng.rules import IMPERATIVES, load_profile

CHECKS = Path(__file__).resolve().parents[1] / "src" / "xingzheng" / "checks"
MODULES = ("disclosure.py", "reconsideration.py", "petition.py", "links.py", "enforcement/decision.py")
CODE = re.compile(r'"([GRWE][0-9]+\.[a-z0-9]+(?:-[a-z0-9]+)*)"')  # E: the linked E10 codes of links.py


def _codes() -> set[str]:
    found = {code for name in MODULES for code in CODE.findall((CHECKS / name).read_text(encoding="utf-8"))}
    return found


def _listed() -> dict[str, str]:
    return {spec.code: spec.severity for _p, _e, _s, spec in load_profile("national").finding_catalogue()}


@pytest.mark.parametrize("code", sorted(_codes()))
def test_every_emitted_code_is_listed(code: str) -> None:
    assert code in _listed(), f"{code} is emitted but listed by no rule entry"


def test_every_listed_code_of_these_rules_is_emitted() -> None:
    listed = {c for c in _listed() if c[0] in "GRW" and c.split(".")[0][1:].isdigit()}
    emitted = {c for c in _codes() if c[0] in "GRW"}
    assert listed == emitted, listed ^ emitted


def test_facts_of_the_other_side_are_info_and_duties_are_errors() -> None:
    listed = _listed()
    for code in ("G3.deemed-abandoned", "G5.opinion-late", "G5.deemed-consent", "R1.application-late",
                 "R4.correction-late", "R4.deemed-accepted", "W4.request-late", "W5.too-many-representatives"):
        assert listed[code] == "info", code
    for code in ("G2.reply-late", "R6.decision-late", "W4.handling-late", "E10.withdrawal-overdue-linked"):
        assert listed[code] == "error", code
    for _p, _e, _s, spec in load_profile("national").finding_catalogue():
        if spec.code[0] in "GRW" and spec.severity == "error":
            assert spec.words is not None and any(word in spec.words.quote for word in IMPERATIVES)
