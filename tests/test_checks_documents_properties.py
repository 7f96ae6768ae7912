"""Properties of the document, decision and review checks (Hypothesis)."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import InvariantError, check, upcoming
from xingzheng.model.decision import MajorDecision
from xingzheng.model.normative import NormativeDocument
from xingzheng.model.review import LegalityReview
from xingzheng.rules import load_profile
from xingzheng.strategies import legality_reviews, major_decisions, normative_documents

PROFILES = [load_profile("national"), load_profile("tianjin-binhai-dagang")]
RECORDS = st.one_of(normative_documents(), major_decisions(), legality_reviews())


@settings(max_examples=150)
@given(RECORDS, st.sampled_from(PROFILES), st.none() | st.dates())
def test_check_never_raises_and_every_number_cites_a_parameter_of_the_profile(
    record: NormativeDocument | MajorDecision | LegalityReview, profile: object, as_of: object
) -> None:
    report = check(record, profile=profile, as_of=as_of)  # type: ignore[arg-type]
    for finding in report.findings:
        assert finding.code.split(".")[0] and "." in finding.code
        if finding.parameter is not None:
            resolved_keys = profile.keys()  # type: ignore[attr-defined]
            assert finding.parameter in resolved_keys
            assert finding.citation


@settings(max_examples=60)
@given(RECORDS, st.dates())
def test_upcoming_never_raises_inside_coverage_and_warns_past_it(
    record: NormativeDocument | MajorDecision | LegalityReview, as_of: object
) -> None:
    try:
        items = upcoming(record, as_of=as_of, profile="tianjin-binhai-dagang")  # type: ignore[arg-type]
    except Exception as exc:  # pragma: no cover - the property is that this never happens
        pytest.fail(f"upcoming raised {exc!r}")
    assert all(item.citation for item in items)


_DATE_FIELDS = {
    NormativeDocument: ("promulgated_on", "effective_on"),
    MajorDecision: (),
}


@settings(max_examples=80)
@given(normative_documents(), st.dates())
def test_evolve_cannot_make_an_impossible_document(doc: NormativeDocument, day: object) -> None:
    if doc.promulgated_on is None:
        return
    try:
        evolved = attrs.evolve(doc, effective_on=day)
    except InvariantError as exc:
        assert exc.field == "effective_on"
        assert day < doc.promulgated_on  # type: ignore[operator]
        return
    assert (
        evolved.effective_on is None
        or evolved.promulgated_on is None
        or evolved.effective_on >= evolved.promulgated_on
    )


@settings(max_examples=80)
@given(legality_reviews(), st.dates())
def test_evolve_cannot_make_an_impossible_review(review: LegalityReview, day: object) -> None:
    try:
        evolved = attrs.evolve(review, materials_complete_on=day)
    except InvariantError as exc:
        assert exc.field == "materials_complete_on"
        return
    assert evolved.materials_complete_on is not None and evolved.materials_complete_on >= evolved.requested_on


_PERSONAL_MARKERS = ("13812345678", "120101199001011234", "国家秘密")


@settings(max_examples=100)
@given(st.one_of(normative_documents(), major_decisions()))
def test_public_view_never_leaks_a_confidential_field_or_personal_datum(
    record: NormativeDocument | MajorDecision,
) -> None:
    text = json.dumps(record.public_view(), ensure_ascii=False)
    for marker in _PERSONAL_MARKERS:
        assert marker not in text
    assert '"legality_review"' not in text
    assert '"confidentiality_basis"' not in text
