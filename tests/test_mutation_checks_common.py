"""`check`, `check_all`, the reports and the shared helpers of `checks/` (`_common`, `_clock`, `links`):
their observable behaviour pinned so that a changed comparison or word is caught (issue 22, mutation
testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from xingzheng import Finding, Report, Severity, check, default_calendar, load_profile, upcoming
from xingzheng.model.decision import MajorDecision
from xingzheng.model.normative import ImpactFlags, NormativeDocument
from xingzheng.model.values import Publication

D = dt.date
DAGANG = "tianjin-binhai-dagang"


def test_a_value_that_is_no_record_is_refused_in_both_languages() -> None:
    with pytest.raises(TypeError) as info:
        check(3.5)
    assert str(info.value) == "不是可检查的记录：float / not a record xingzheng can check: float"



def made(on: dt.date, **kw: object) -> NormativeDocument:
    doc = NormativeDocument(
        title="某区停车管理办法",
        issuing_body="某区人民政府",
        drafting_unit="某区城市管理委员会",
        document_number="某政发〔2020〕3号",
        impact=ImpactFlags(vital_interests=True),
        promulgated_on=on,
    )
    return attrs.evolve(doc, **kw)


# --- check and upcoming -----------------------------------------------------------------------------


def test_check_reads_the_profile_in_each_form_and_names_it() -> None:
    doc = made(D(2020, 6, 30))
    by_default = check(doc, as_of=D(2020, 9, 1))
    assert (by_default.profile, by_default.as_of, by_default.number) == ("national", D(2020, 9, 1), "某政发〔2020〕3号")
    by_name = check(doc, profile=DAGANG)
    by_object = check(doc, profile=load_profile(DAGANG))
    with_calendar = check(doc, profile=load_profile(DAGANG), calendar=default_calendar())
    assert by_name == by_object == with_calendar
    assert by_name.profile == DAGANG and by_name.as_of is None
    assert check(MajorDecision(title="草案", decision_body="某区人民政府", undertaking_unit="某局")).number is None
    assert check(made(D(2020, 6, 30), document_number=None)).number is None


def test_a_subclass_of_a_record_is_checked_as_its_base() -> None:
    @attrs.frozen
    class LocalDocument(NormativeDocument):
        pass

    doc = made(D(2020, 6, 30))
    local = LocalDocument(**attrs.asdict(doc, recurse=False))  # type: ignore[arg-type]
    assert check(local, profile=DAGANG, as_of=D(2020, 9, 1)) == check(doc, profile=DAGANG, as_of=D(2020, 9, 1))
    assert upcoming(local, as_of=D(2020, 7, 1)) == upcoming(doc, as_of=D(2020, 7, 1))
    with pytest.raises(TypeError) as info:
        upcoming("a title", as_of=D(2020, 7, 1))
    assert str(info.value) == "不是可检查的记录：str / not a record xingzheng can check: str"


def test_the_old_positional_forms_say_what_to_write_instead() -> None:
    doc = made(D(2020, 6, 30))
    with pytest.warns(DeprecationWarning) as caught:
        old = check(doc, DAGANG, None, D(2020, 9, 1))
    assert old == check(doc, profile=DAGANG, as_of=D(2020, 9, 1))
    assert str(caught[0].message) == (
        "check(record, profile, calendar, as_of) by position is deprecated and will be removed in the next release; "
        "call check(record, profile=…, calendar=…, as_of=…) (keywords: profile, as_of, calendar)"
    )
    assert caught[0].filename == __file__  # reported at the caller's line
    with pytest.warns(DeprecationWarning) as caught:
        due = upcoming(doc, D(2020, 7, 1))
    assert due == upcoming(doc, as_of=D(2020, 7, 1))
    assert str(caught[0].message) == (
        "upcoming(record, as_of) by position is deprecated and will be removed in the next release; "
        "call upcoming(record, as_of=…) (keywords: as_of, profile, calendar)"
    )
    with pytest.raises(TypeError) as too_many:  # refused before any warning
        check(doc, DAGANG, None, None, "extra")
    assert str(too_many.value) == "check() takes at most 4 positional arguments (5 given)"
    with pytest.raises(TypeError) as twice, pytest.warns(DeprecationWarning):
        upcoming(doc, D(2020, 7, 1), as_of=D(2020, 7, 1))
    assert str(twice.value) == "upcoming() got multiple values for argument 'as_of'"
    # A keyword left at None is no second value.
    with pytest.warns(DeprecationWarning):
        assert check(doc, DAGANG, profile=None) == check(doc, profile=DAGANG)


def test_upcoming_needs_the_day_to_ask_on() -> None:
    with pytest.raises(TypeError) as info:
        upcoming(made(D(2020, 6, 30)))
    assert str(info.value) == "upcoming() needs as_of=: the day to ask on (nothing reads the clock)"


# --- reports ----------------------------------------------------------------------------------------


def test_a_report_its_codes_errors_and_ok() -> None:
    late = made(D(2020, 6, 30), publication=Publication(D(2020, 7, 29)))
    report = check(late, profile=DAGANG, as_of=D(2020, 9, 1))
    assert report.codes() == tuple(f.code for f in report.findings)
    assert "N14.published-late" in report.codes()
    assert report.errors() == tuple(f for f in report.findings if f.severity is Severity.ERROR)
    assert report.errors() and not report.ok
    assert [f.rule for f in report.findings][:1] == [report.findings[0].code.split(".")[0]]
    warning = Finding("N2.channel-missing", Severity.WARNING, "中", "en", "")
    info = Finding("CAL.coverage", Severity.INFO, "中", "en", "")
    assert (warning.rule, info.rule) == ("N2", "CAL")
    lenient = Report("normative_document", "标题", "national", None, [warning, info])  # type: ignore[arg-type]
    assert lenient.findings == (warning, info) and lenient.ok and lenient.errors() == ()
    assert lenient.codes() == ("N2.channel-missing", "CAL.coverage")
    facts = Finding("N3.x", Severity.ERROR, "中", "en", "", dates=[])  # type: ignore[arg-type]
    assert facts.dates == () and (facts.path, facts.parameter) == ("$", None)
    strict = Report("normative_document", "标题", "national", None, (facts,))
    assert not strict.ok
    placed = strict.located("records.jsonl", 7)
    assert (placed.source, placed.line, placed.findings) == ("records.jsonl", 7, strict.findings)
    assert strict.located("a.json").line is None
    assert "N3.x" in strict._repr_html_()
