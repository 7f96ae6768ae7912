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


@settings(max_examples=80)
@given(major_decisions(), st.dates(), st.dates())
def test_evolve_cannot_make_an_impossible_decision(decision: MajorDecision, opened: object, closes: object) -> None:
    from xingzheng.model.decision import PublicParticipation

    try:
        pp = PublicParticipation(opened, closes)  # type: ignore[arg-type]
    except InvariantError as exc:
        assert exc.field == "comment_closes_on" and closes < opened  # type: ignore[operator]
        return
    evolved = attrs.evolve(decision, public_participation=pp)
    assert evolved.public_participation is not None
    assert evolved.public_participation.comment_closes_on >= evolved.public_participation.comment_opened_on  # type: ignore[operator]
    with pytest.raises(InvariantError) as info:
        attrs.evolve(decision, title=" ")
    assert info.value.field == "title"
    if decision.legality_review is not None:
        from xingzheng.model.review import SubjectKind

        wrong = attrs.evolve(decision.legality_review, subject_kind=SubjectKind.NORMATIVE_DOCUMENT)
        with pytest.raises(InvariantError) as info:
            attrs.evolve(decision, legality_review=wrong)
        assert info.value.field == "legality_review.subject_kind"


@settings(max_examples=100)
@given(major_decisions())
def test_a_decisions_public_view_never_names_an_expert(decision: MajorDecision) -> None:
    from xingzheng.strategies._documents import EXPERT_NAME_ALPHABET

    text = json.dumps(decision.public_view(), ensure_ascii=False)
    assert not set(text) & set(EXPERT_NAME_ALPHABET)
    for marker in _PERSONAL_MARKERS:
        assert marker not in text
    # Process information stays out of the public view (政府信息公开条例 Art. 16 ¶2).
    for key in ('"legality_review"', '"review_amendment"', '"discussion"'):
        assert key not in text
