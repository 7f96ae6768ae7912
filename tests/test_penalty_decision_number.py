"""`PenaltyDecision.document_number` is normalised like `NormativeDocument.document_number` (issue 22's
note): built in Python, not only when loaded, so a record built in code and its JSON round trip agree."""

from __future__ import annotations

import datetime as dt
import pickle
import unicodedata

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import (
    CaseSource,
    EnforcementCase,
    NormativeDocument,
    Offence,
    Party,
    PartyKind,
    PenaltyDecision,
    dumps,
    loads,
)
from xingzheng.model.values import NormalisedNumber

FULL_WIDTH = "罚决字〔２０２４〕１２号"
HALF_WIDTH = "罚决字〔2024〕12号"


def _decision(number: str | None) -> PenaltyDecision:
    return PenaltyDecision(decided_on=dt.date(2024, 3, 5), document_number=number)


def test_a_full_width_number_is_normalised_on_construction() -> None:
    decision = _decision(FULL_WIDTH)
    assert decision.document_number == HALF_WIDTH
    assert isinstance(decision.document_number, NormalisedNumber)
    assert decision.document_number.as_written == FULL_WIDTH
    assert decision == _decision(HALF_WIDTH)
    assert attrs.evolve(_decision(None), document_number=FULL_WIDTH) == decision


def test_a_conforming_number_and_none_are_kept_as_they_are() -> None:
    assert type(_decision(HALF_WIDTH).document_number) is str
    assert _decision(None).document_number is None


def test_same_converter_as_a_normative_document() -> None:
    assert (
        attrs.fields(PenaltyDecision).document_number.converter
        is attrs.fields(NormativeDocument).document_number.converter
    )


def test_pickle_keeps_what_was_written() -> None:
    number = pickle.loads(pickle.dumps(_decision(FULL_WIDTH))).document_number
    assert isinstance(number, NormalisedNumber) and number.as_written == FULL_WIDTH


@settings(max_examples=100)
@given(st.text(alphabet="罚决字〔〕号0123456789０１２３４５６７８９（）()", min_size=1, max_size=16))
def test_built_and_round_tripped_agree(text: str) -> None:
    decision = _decision(text)
    assert decision.document_number == unicodedata.normalize("NFKC", text)
    # A decision is embedded in a case; the case round trip is the boundary (loads normalises too).
    case = EnforcementCase(
        case_number="ZF-2024-1",
        agency="某执法大队",
        source=CaseSource.GRID,
        party=Party(kind=PartyKind.ORGANISATION, organisation_name="某公司"),
        offence=Offence(committed_on=dt.date(2024, 3, 1), description="违法经营"),
        decision=decision,
    )
    back = loads(dumps(case))
    assert back == case
    assert back.decision is not None and back.decision.document_number == decision.document_number
