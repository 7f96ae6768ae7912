"""The document number's fast acceptance agrees with the strict parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng.model.values import _CONFORMING, DocumentNumber

pieces = st.sampled_from(["津", "港", "街", "发", "办", "令", "〔", "〕", "【", "】", "(", ")", "（", "）", "第", "号", "0", "1", "2", "9", " ", "[", "]"])
numbers = st.lists(pieces, max_size=14).map("".join) | st.builds(
    lambda code, year, serial: f"{code}〔{year}〕{serial}号",
    st.text(alphabet="津港街发办字第 ", min_size=0, max_size=5),
    st.integers(min_value=0, max_value=12000).map(str),
    st.integers(min_value=0, max_value=300).map(str) | st.just("03"),
)


@settings(max_examples=2000)
@given(numbers)
def test_fast_acceptance_never_accepts_what_parse_refuses(text: str) -> None:
    if _CONFORMING.fullmatch(text):
        assert str(DocumentNumber.parse(text)) == text
    fast = DocumentNumber.problem(text) is None
    try:
        DocumentNumber.parse(text)
        strict = True
    except ValueError:
        strict = False
    assert fast == strict


def test_known_numbers() -> None:
    assert DocumentNumber.problem("津港街发〔2020〕3号") is None
    assert DocumentNumber.problem("国办发〔2018〕115号") is None
    for bad in ("津港街发【2020】3号", "津港街发〔2020〕第3号", "津港街发〔2020〕03号", "津港街发〔20〕3号", "国务院令第713号"):
        assert DocumentNumber.problem(bad) is not None
