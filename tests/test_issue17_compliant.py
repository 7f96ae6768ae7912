"""Issue 17: a record that meets every duty of a profile, on time, gets no error and no warning from it.

The test that catches the next over-reach: a check that calls a lawful record wrong fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import Severity, check
from xingzheng.strategies import compliant_records

PROFILES = ("national", "tianjin-binhai-dagang")
KINDS = ("normative_document", "major_decision", "legality_review")


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_compliant_record_gets_no_error_and_no_warning(kind: str, profile: str) -> None:
    @settings(max_examples=60)
    @given(compliant_records(kind, profile))
    def run(record: Any) -> None:
        report = check(record, profile=profile)
        loud = [f"{f.code} {f.path}: {f.message_en}" for f in report.findings if f.severity is not Severity.INFO]
        assert not loud, loud

    run()


@settings(max_examples=30)
@given(st.data())
def test_compliant_records_round_trip_and_are_valid_json(data: st.DataObject) -> None:
    from xingzheng.io import dumps, loads

    # The other kinds' no-finding property: tests/test_enforcement_compliant.py, tests/test_remedies_*.py.
    others = ("enforcement_case", "disclosure_request", "reconsideration_case", "petition")
    kind = data.draw(st.sampled_from((*KINDS, *others)))
    record = data.draw(compliant_records(kind, data.draw(st.sampled_from(PROFILES))))
    assert loads(dumps(record)) == record


def test_an_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(KeyError) as info:
        compliant_records("contract_award")
    assert "normative_document" in str(info.value)
