"""Rule profiles: dated values, inheritance, reforms, diff, lint, loading and the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from _io_support import triples
from xingzheng import LoadError, NoRuleInForceError, NoSuchParameterError, load_profile
from xingzheng.cli import main
from xingzheng.rules import Binds, Bound, LintFinding, Unit, builtin_profile_names

HEARING_REQUEST = "enforcement.hearing_request_period.max"
CATALOGUE = (
    [f"N{i}" for i in range(1, 15)]
    + [f"D{i}" for i in range(1, 16)]
    + [f"L{i}" for i in range(1, 6)]
    + [f"E{i}" for i in range(1, 19)]
    + ["F1"]
    + [f"G{i}" for i in range(2, 6)]  # DOMAIN-2 (issue 23); G1/G6 are proactive disclosure (N14)
    + [f"R{i}" for i in range(1, 9)]
    + [f"W{i}" for i in range(1, 6)]
)


@pytest.fixture(scope="module")
def national():  # type: ignore[no-untyped-def]
    return load_profile("national")


@pytest.fixture(scope="module")
def dagang():  # type: ignore[no-untyped-def]
    return load_profile("tianjin-binhai-dagang")


# -- get across the history ----------------------------------------------------------------------------


def test_hearing_request_is_3_calendar_days_on_the_last_day_of_the_2017_text(national) -> None:  # type: ignore[no-untyped-def]
    value = national.get(HEARING_REQUEST, on=dt.date(2021, 7, 14))
    assert (value.value, value.unit) == (3, Unit.DAYS)
    assert value.since == dt.date(1996, 10, 1)
    assert [(c.source, c.place) for c in value.citations] == [("administrative-penalty-law-2017.md", "Art. 42 ¶1(一)")]
    assert value.profile == "national"
    assert value.parameter.binds is Binds.PARTY


def test_hearing_request_is_5_working_days_from_the_2021_text(national) -> None:  # type: ignore[no-untyped-def]
    value = national.get(HEARING_REQUEST, on=dt.date(2021, 7, 15))
    assert (value.value, value.unit, value.since) == (5, Unit.WORKING_DAYS, dt.date(2021, 7, 15))
    assert [(c.source, c.place) for c in value.citations] == [
        ("administrative-penalty-law-2021.md", "Art. 64(一)"),
        ("administrative-penalty-law-2021.md", "Art. 85"),
    ]
    assert "第六十四条第（一）项" in value.citations[0].text()


def test_a_key_before_any_value_is_in_force(national) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoRuleInForceError) as info:
        national.get("enforcement.decision_period.max", on=dt.date(2020, 6, 1))
    assert info.value.key == "enforcement.decision_period.max"
    assert str(info.value).index("没有生效") < str(info.value).index("no value")
    assert national.get("enforcement.decision_period.max", on=dt.date(2021, 7, 15)).value == 90


def test_an_unknown_key(national) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoSuchParameterError):
        national.get("enforcement.no_such_thing.max", on=dt.date(2021, 7, 15))
    with pytest.raises(KeyError):  # NoSuchParameterError is a KeyError too
        national.get("normative_document.comment_period.min", on=dt.date(2021, 7, 15))


def test_the_2017_review_and_the_2021_novelties_start_on_their_dates(national) -> None:  # type: ignore[no-untyped-def]
    assert not national.enforces("E6", dt.date(2017, 12, 31))
    assert national.enforces("E6", dt.date(2018, 1, 1))
    for rule in ("E3", "E7", "E10"):
        assert not national.enforces(rule, dt.date(2021, 7, 14)), rule
        assert national.enforces(rule, dt.date(2021, 7, 15)), rule
    with pytest.raises(NoRuleInForceError):
        national.get("enforcement.extended_limitation_period", on=dt.date(2021, 7, 14))
    assert national.get("enforcement.extended_limitation_period", on=dt.date(2021, 7, 15)).value == 5
    assert national.get("enforcement.limitation_period", on=dt.date(2020, 1, 1)).value == 2
    fine = national.get("enforcement.summary_fine_organisation.max", on=dt.date(2020, 1, 1))
    assert (fine.value, fine.unit) == (1000, Unit.YUAN)


def test_rule_raises_like_get(national) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoSuchParameterError):
        national.rule("X1", dt.date(2021, 1, 1))
    with pytest.raises(NoRuleInForceError):
        national.rule("D4", dt.date(2019, 8, 31))
    state = national.rule("D6", dt.date(2020, 1, 1))
    assert state.in_force and "探索性改革" in state.scope


def test_period_of_a_time_value(national) -> None:  # type: ignore[no-untyped-def]
    from xingzheng.calendar import Period

    assert national.get(HEARING_REQUEST, on=dt.date(2021, 7, 15)).period() == Period.workdays(5)
    assert national.get(HEARING_REQUEST, on=dt.date(2021, 7, 14)).period() == Period.days(3)
    assert national.get("enforcement.limitation_period", on=dt.date(2021, 7, 15)).period() == Period.years(2)


# -- coverage of the catalogue -------------------------------------------------------------------------


def test_national_has_a_dated_entry_for_every_rule_of_the_catalogue(national) -> None:  # type: ignore[no-untyped-def]
    assert set(national.rule_ids()) == set(CATALOGUE)
    for rule in CATALOGUE:
        entry = national.rule_entry(rule)
        assert entry.values, rule


def test_every_number_of_the_catalogue_is_a_parameter(national, dagang) -> None:  # type: ignore[no-untyped-def]
    expected_national = {
        "normative_document.review_period.min": (2018, 5, Unit.WORKING_DAYS),
        "normative_document.review_period.max": (2018, 15, Unit.WORKING_DAYS),
        "normative_document.disclosure_period.max": (2019, 20, Unit.WORKING_DAYS),
        "disclosure.reply_period.max": (2019, 20, Unit.WORKING_DAYS),
        "disclosure.reply_extension.max": (2019, 20, Unit.WORKING_DAYS),
        "major_decision.comment_period.min": (2019, 30, Unit.DAYS),
        "major_decision.review_period.min": (2019, 7, Unit.WORKING_DAYS),
        "major_decision.hearing_materials_notice.min": (2019, 7, Unit.DAYS),
        "major_decision.publication_period.max": (2019, 20, Unit.WORKING_DAYS),
        "enforcement.hearing_request_period.max": (2021, 5, Unit.WORKING_DAYS),
        "enforcement.hearing_notice_period.min": (2021, 7, Unit.WORKING_DAYS),
        "enforcement.service_period.max": (2021, 7, Unit.WORKING_DAYS),
        "enforcement.evidence_decision_period.max": (2021, 7, Unit.WORKING_DAYS),
        "enforcement.officers.min": (2021, 2, Unit.COUNT),
        "enforcement.decision_period.max": (2021, 90, Unit.DAYS),
        "enforcement.limitation_period": (2021, 2, Unit.YEARS),
        "enforcement.extended_limitation_period": (2021, 5, Unit.YEARS),
        "enforcement.withdrawal_period.max": (2021, 3, Unit.WORKING_DAYS),
        # E10 publication: 政府信息公开条例 Art. 20(六), 26 (issue 18).
        "enforcement.publication_period.max": (2019, 20, Unit.WORKING_DAYS),
        "enforcement.summary_fine_citizen.max": (2021, 200, Unit.YUAN),
        "enforcement.summary_fine_organisation.max": (2021, 3000, Unit.YUAN),
        "enforcement.payment_period.max": (2021, 15, Unit.DAYS),
        "enforcement.late_surcharge_rate.max": (2021, 3, Unit.PERCENT),
        "enforcement.late_surcharge_total.max": (2021, 100, Unit.PERCENT),
    }
    on = dt.date(2022, 1, 1)
    for key, (_, value, unit) in expected_national.items():
        got = national.get(key, on=on)
        assert (got.value, got.unit) == (value, unit), key
    remedies = {  # issue 23 (DOMAIN-2), on 2024-06-01
        "disclosure.correction_notice_period.max": (7, Unit.WORKING_DAYS),
        "disclosure.consultation_reply_period.max": (15, Unit.WORKING_DAYS),
        "reconsideration.application_period.max": (60, Unit.DAYS),
        "reconsideration.application_period_untold.max": (1, Unit.YEARS),
        "reconsideration.absolute_bar.max": (5, Unit.YEARS),
        "reconsideration.absolute_bar_real_property.max": (20, Unit.YEARS),
        "reconsideration.acceptance_review_period.max": (5, Unit.WORKING_DAYS),
        "reconsideration.correction_notice_period.max": (5, Unit.WORKING_DAYS),
        "reconsideration.correction_period.max": (10, Unit.WORKING_DAYS),
        "reconsideration.forwarding_period.max": (5, Unit.WORKING_DAYS),
        "reconsideration.answer_period.max": (10, Unit.WORKING_DAYS),
        "reconsideration.answer_period_simple.max": (5, Unit.WORKING_DAYS),
        "reconsideration.decision_period.max": (60, Unit.DAYS),
        "reconsideration.decision_extension.max": (30, Unit.DAYS),
        "reconsideration.decision_period_simple.max": (30, Unit.DAYS),
        "reconsideration.hearing_notice_period.min": (5, Unit.WORKING_DAYS),
        "reconsideration.correction_report_period.max": (60, Unit.DAYS),
        "petition.sorting_period.max": (15, Unit.DAYS),
        "petition.notice_period.max": (15, Unit.DAYS),
        "petition.objection_period.max": (5, Unit.WORKING_DAYS),
        "petition.handling_period.max": (60, Unit.DAYS),
        "petition.handling_extension.max": (30, Unit.DAYS),
        "petition.review_period.max": (30, Unit.DAYS),
        "petition.re_review_period.max": (30, Unit.DAYS),
        "petition.review_request_period.max": (30, Unit.DAYS),
        "petition.representatives.max": (5, Unit.COUNT),
    }
    for key, (value, unit) in remedies.items():
        got = national.get(key, on=dt.date(2024, 6, 1))
        assert (got.value, got.unit) == (value, unit), key
    assert set(national.keys()) == set(expected_national) | set(remedies)
    expected_dagang = {
        "normative_document.comment_period.min": (7, Unit.WORKING_DAYS),
        "normative_document.review_period.min": (5, Unit.WORKING_DAYS),
        "normative_document.review_period.max": (15, Unit.WORKING_DAYS),
        "normative_document.evaluation_interval.max": (2, Unit.YEARS),
        "major_decision.comment_period.min": (30, Unit.DAYS),
        "major_decision.review_period.min": (5, Unit.WORKING_DAYS),
        "enforcement.training_hours.min": (40, Unit.HOURS),
        "enforcement.warning_education_hours.min": (20, Unit.HOURS),
    }
    for key, (value, unit) in expected_dagang.items():
        got = dagang.get(key, on=dt.date(2020, 6, 1))
        assert (got.value, got.unit, got.profile, got.since) == (value, unit, dagang.name, dt.date(2020, 1, 1)), key


def test_dagang_falls_back_to_national(dagang) -> None:  # type: ignore[no-untyped-def]
    assert dagang.parent is not None and dagang.parent.name == "national"
    # a key it lacks
    assert dagang.get(HEARING_REQUEST, on=dt.date(2020, 6, 1)).profile == "national"
    # a key it has, on a date before its first value
    before = dagang.get("major_decision.review_period.min", on=dt.date(2019, 12, 31))
    assert (before.value, before.profile) == (7, "national")
    # a rule that is not in force nationally is in force in Dagang from 2020-01-01
    assert not dagang.enforces("N3", dt.date(2019, 12, 31))
    assert dagang.enforces("N3", dt.date(2020, 1, 1))
    assert dagang.rule("D6", dt.date(2020, 1, 1)).scope.startswith("无探索性改革例外")
    assert "探索性改革" in dagang.parent.rule("D6", dt.date(2020, 1, 1)).scope
    assert dagang.parameters["enforcement.officers.min"].bound is Bound.FLOOR


# -- lint, reform, diff --------------------------------------------------------------------------------


def test_dagang_lint_finds_the_5_vs_7_legality_review_of_major_decisions(dagang) -> None:  # type: ignore[no-untyped-def]
    findings = dagang.lint()
    # The parameter first; then the entries narrower than national's (issue 17: see test_issue17_profiles.py).
    assert [f.key for f in findings] == ["major_decision.review_period.min", "D1", "D2"]
    finding = findings[0]
    assert isinstance(finding, LintFinding)
    assert finding.code == "D4.laxer-than-parent"
    assert (finding.child.value, finding.parent_value.value) == (5, 7)
    assert finding.child.citations[0].source == "seed"
    assert (finding.parent_value.citations[0].source, finding.parent_value.citations[0].place) == (
        "major-decision-procedure-regulation-2019.md",
        "Art. 26 ¶2",
    )
    assert finding.on == dt.date(2020, 1, 1)


def test_national_lints_clean(national) -> None:  # type: ignore[no-untyped-def]
    assert national.lint() == ()


def test_a_reform_changes_exactly_what_it_names_from_its_date(national) -> None:  # type: ignore[no-untyped-def]
    key = "normative_document.review_period.min"
    reform = national.reform("review-3", {key: 3}, since=dt.date(2023, 1, 1))
    assert reform.name == "review-3" and reform.parent is national
    assert reform.get(key, on=dt.date(2022, 12, 31)).value == 5
    changed = reform.get(key, on=dt.date(2023, 1, 1))
    assert (changed.value, changed.unit, changed.profile) == (3, Unit.WORKING_DAYS, "review-3")
    assert national.get(key, on=dt.date(2023, 1, 1)).value == 5
    for other in national.parameters:
        if other != key:
            assert reform.find(other, dt.date(2023, 6, 1)) == national.find(other, dt.date(2023, 6, 1))  # None: not yet in force
    diffs = national.diff(reform)
    assert [(d.key, d.on) for d in diffs] == [(key, dt.date(2023, 1, 1))]
    assert diffs[0].left is not None and diffs[0].left.value == 5
    assert diffs[0].right is not None and diffs[0].right.value == 3
    lint = reform.lint()
    assert [(f.key, f.code, f.parent) for f in lint] == [(key, "N7.laxer-than-parent", "national")]


def test_a_stricter_reform_lints_clean_and_a_party_shortening_is_reported(national) -> None:  # type: ignore[no-untyped-def]
    assert national.reform("stricter", {"normative_document.review_period.min": 10}).lint() == ()
    shorter = national.reform("short-hearing", {HEARING_REQUEST: 2}, since=dt.date(2022, 1, 1))
    assert [f.key for f in shorter.lint()] == [HEARING_REQUEST]
    longer = national.reform("long-hearing", {HEARING_REQUEST: 10})
    assert longer.lint() == ()
    assert longer.get(HEARING_REQUEST, on=dt.date(2020, 1, 1)).unit is Unit.DAYS  # units kept without since


def test_lint_compares_days_with_working_days_only_when_certain(national) -> None:  # type: ignore[no-untyped-def]
    key = "major_decision.review_period.min"  # national: 7 working days
    assert [f.key for f in national.reform("a", {key: (6, "days")}).lint()] == [key]
    assert national.reform("b", {key: (9, Unit.DAYS)}).lint() == ()  # 9 days vs 7 working days: not certain
    ceiling = "enforcement.decision_period.max"  # 90 calendar days
    assert [f.key for f in national.reform("c", {ceiling: (91, Unit.WORKING_DAYS)}).lint()] == [ceiling]
    assert national.reform("d", {ceiling: (80, Unit.WORKING_DAYS)}).lint() == ()


def test_reform_of_an_unknown_key(national) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoSuchParameterError):
        national.reform("x", {"nothing.here": 1})


def test_diff_of_the_builtins(national, dagang) -> None:  # type: ignore[no-untyped-def]
    keys = {d.key for d in national.diff(dagang)}
    assert "major_decision.review_period.min" in keys
    assert "normative_document.comment_period.min" in keys
    assert HEARING_REQUEST not in keys


# -- loading ---------------------------------------------------------------------------------------------


def test_builtins_are_cached() -> None:
    assert builtin_profile_names() == ("national", "tianjin-binhai-dagang")
    assert load_profile("national") is load_profile("national")
    assert load_profile("tianjin-binhai-dagang").parent is load_profile("national")


GOOD = """
schema_version = 1
name = "my-district"
parent = "national"

[[parameters]]
key = "major_decision.review_period.min"
rule = "D4"
description_zh = "审查时间"
description_en = "review time"
bound = "floor"
binds = "agency"

[[parameters.values]]
since = 2022-01-01
value = 10
unit = "working_days"
citations = [{ source = "seed", place = "一 ¶4", quote = "合法性审查时间" }]
"""


def test_a_users_file_with_a_parent_by_name(tmp_path: Path) -> None:
    path = tmp_path / "my.toml"
    path.write_text(GOOD, encoding="utf-8")
    profile = load_profile(path)
    assert profile.name == "my-district" and profile.parent is load_profile("national")
    assert profile.get("major_decision.review_period.min", on=dt.date(2022, 1, 1)).value == 10
    assert profile.get("major_decision.review_period.min", on=dt.date(2021, 1, 1)).value == 7
    assert profile.lint() == ()
    assert load_profile(str(path)).name == "my-district"


def test_a_broken_file_names_the_file_and_every_bad_key(tmp_path: Path) -> None:
    broken = (
        GOOD.replace('unit = "working_days"', 'unit = "fortnights"')
        .replace('bound = "floor"', 'bound = "floor"\ncolour = "red"')
        .replace("since = 2022-01-01", 'since = "2022-01-01"')
        .replace('parent = "national"', 'parent = "nowhere"')
    )
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_profile(path)
    error = info.value
    assert error.source == str(path)
    paths = {p for p, _, _ in triples(error)}
    assert paths >= {
        "$.parent",
        "$.parameters[0].colour",
        "$.parameters[0].values[0].since",
        "$.parameters[0].values[0].unit",
    }
    assert str(path) in str(error)
    assert all(zh and en for _, zh, en in triples(error))


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("schema_version = 1\nname = 'x'\n[[parameters]]\nkey = 'Bad Key'\n", "$.parameters[0].key"),
        ("schema_version = 2\nname = 'x'\n", "$.schema_version"),
        ("name = 'x'\n", "$.schema_version"),
        ("schema_version = 1\nname = 'x'\nextra = 1\n", "$.extra"),
        ("schema_version = 1\nname = 'x'\nparameters = [", "$"),
        (GOOD.replace("value = 10", "value = true"), "$.parameters[0].values[0].value"),
        (GOOD.replace("value = 10", "value = -1"), "$.parameters[0].values[0].value"),
        (GOOD.replace('source = "seed"', 'source = "nowhere.pdf"'), "$.parameters[0].values[0].citations[0].source"),
        (GOOD.replace('place = "一 ¶4"', 'place = "Art. 4"'), "$.parameters[0].values[0].citations[0].place"),
        (GOOD.replace(', quote = "合法性审查时间"', ""), "$.parameters[0].values[0].citations[0].quote"),
        (GOOD.replace('bound = "floor"', 'bound = "ceiling"'), "$.parameters[0]"),
        (GOOD + GOOD[GOOD.index("[[parameters.values]]"):], "$.parameters[0].values[1].since"),
        (
            "schema_version = 1\nname = 'x'\n[[rules]]\nrule = 'N1'\ntitle_zh = 'a'\ntitle_en = 'a'\n"
            "[[rules.values]]\nsince = 2020-01-01\nin_force = true\n",
            "$.rules[0].values[0].citations",
        ),
    ],
)
def test_each_kind_of_problem_has_its_path(tmp_path: Path, text: str, path: str) -> None:
    file = tmp_path / "p.toml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_profile(file)
    assert path in {p for p, _, _ in triples(info.value)}, triples(info.value)


def test_an_unknown_name_is_a_load_error() -> None:
    with pytest.raises(LoadError):
        load_profile("atlantis")


# -- command line -----------------------------------------------------------------------------------------


def test_cli_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "list"]) == 0
    assert "tianjin-binhai-dagang" in capsys.readouterr().out
    assert main(["profile", "show", "national", "--on", "2021-07-14"]) == 0
    out = capsys.readouterr().out
    assert HEARING_REQUEST in out and "第四十二条第一款第（一）项" in out
    assert main(["profile", "show", "national", "--on", "2021-07-15", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    row = next(v for v in data["values"] if v["key"] == HEARING_REQUEST)
    assert (row["value"], row["unit"]) == (5, "working_days")
    assert main(["profile", "show", "tianjin-binhai-dagang", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["values"]
    assert {r["key"] for r in rows if r["profile"] == "tianjin-binhai-dagang"} >= {"normative_document.comment_period.min"}


def test_cli_lint_exits_1_on_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "lint", "tianjin-binhai-dagang"]) == 1
    assert "major_decision.review_period.min" in capsys.readouterr().out
    assert main(["profile", "lint", "tianjin-binhai-dagang", "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["key"] for f in findings] == ["major_decision.review_period.min", "D1", "D2"]
    assert main(["profile", "lint", "national"]) == 0


def test_cli_diff(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "diff", "national", "tianjin-binhai-dagang", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "major_decision.review_period.min" in {d["key"] for d in data["differences"]}
    assert main(["profile", "diff", "national", "tianjin-binhai-dagang"]) == 0
    assert "major_decision.review_period.min" in capsys.readouterr().out


def test_cli_bad_profile_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("name = 1\n", encoding="utf-8")
    assert main(["profile", "show", str(path)]) == 2
    assert "bad.toml" in capsys.readouterr().err
    assert main(["profile", "lint", "atlantis"]) == 2


# -- audit: the right article for each rule, and the command line's shape --------------------------------

PENALTY_2017 = "administrative-penalty-law-2017.md"
PENALTY_2021 = "administrative-penalty-law-2021.md"
DECISION_713 = "major-decision-procedure-regulation-2019.md"
REVIEW_115 = "normative-document-legality-review-opinion-2018-115.md"
DISCLOSURE = "government-information-disclosure-regulation-2019.md"


@pytest.mark.parametrize(
    ("key", "on", "value", "unit", "places"),
    [
        # 2017 text: hearing request Art. 42(一), notice Art. 42(二), service Art. 40, evidence Art. 37 ¶2.
        (HEARING_REQUEST, "2021-07-14", 3, Unit.DAYS, [(PENALTY_2017, "Art. 42 ¶1(一)")]),
        ("enforcement.hearing_notice_period.min", "2021-07-14", 7, Unit.DAYS, [(PENALTY_2017, "Art. 42 ¶1(二)")]),
        ("enforcement.service_period.max", "2021-07-14", 7, Unit.DAYS, [(PENALTY_2017, "Art. 40")]),
        ("enforcement.evidence_decision_period.max", "2021-07-14", 7, Unit.DAYS, [(PENALTY_2017, "Art. 37 ¶2")]),
        ("enforcement.payment_period.max", "2021-07-14", 15, Unit.DAYS, [(PENALTY_2017, "Art. 46 ¶3")]),
        ("enforcement.limitation_period", "2021-07-14", 2, Unit.YEARS, [(PENALTY_2017, "Art. 29 ¶1")]),
        # 2021 text: Art. 64(一)/(二), 61, 56, 48 ¶2 with Art. 85 making 二日…七日 working days; Art. 60 the
        # 90-day limit (calendar days: 九十日 is not in Art. 85); Art. 67 ¶3 the 15 days.
        (HEARING_REQUEST, "2021-07-15", 5, Unit.WORKING_DAYS, [(PENALTY_2021, "Art. 64(一)"), (PENALTY_2021, "Art. 85")]),
        ("enforcement.hearing_notice_period.min", "2021-07-15", 7, Unit.WORKING_DAYS,
         [(PENALTY_2021, "Art. 64(二)"), (PENALTY_2021, "Art. 85")]),
        ("enforcement.service_period.max", "2021-07-15", 7, Unit.WORKING_DAYS,
         [(PENALTY_2021, "Art. 61 ¶1"), (PENALTY_2021, "Art. 85")]),
        ("enforcement.evidence_decision_period.max", "2021-07-15", 7, Unit.WORKING_DAYS,
         [(PENALTY_2021, "Art. 56"), (PENALTY_2021, "Art. 85")]),
        ("enforcement.withdrawal_period.max", "2021-07-15", 3, Unit.WORKING_DAYS,
         [(PENALTY_2021, "Art. 48 ¶2"), (PENALTY_2021, "Art. 85")]),
        ("enforcement.decision_period.max", "2021-07-15", 90, Unit.DAYS, [(PENALTY_2021, "Art. 60")]),
        ("enforcement.payment_period.max", "2021-07-15", 15, Unit.DAYS, [(PENALTY_2021, "Art. 67 ¶3")]),
        ("enforcement.officers.min", "2021-07-15", 2, Unit.COUNT, [(PENALTY_2021, "Art. 42 ¶1")]),
        ("enforcement.summary_fine_citizen.max", "2021-07-15", 200, Unit.YUAN, [(PENALTY_2021, "Art. 51")]),
        # 713号令: review time Art. 26 ¶2, comment period Art. 15 ¶1, hearing materials Art. 16 ¶3.
        ("major_decision.review_period.min", "2020-01-01", 7, Unit.WORKING_DAYS, [(DECISION_713, "Art. 26 ¶2")]),
        ("major_decision.comment_period.min", "2020-01-01", 30, Unit.DAYS, [(DECISION_713, "Art. 15 ¶1")]),
        ("major_decision.hearing_materials_notice.min", "2020-01-01", 7, Unit.DAYS, [(DECISION_713, "Art. 16 ¶3")]),
        # 115号 (五): 5 to 15 working days.
        ("normative_document.review_period.min", "2019-01-01", 5, Unit.WORKING_DAYS, [(REVIEW_115, "（五）")]),
        ("normative_document.review_period.max", "2019-01-01", 15, Unit.WORKING_DAYS, [(REVIEW_115, "（五）")]),
        # 政府信息公开条例 Art. 33 ¶2: the reply limit.
        ("disclosure.reply_period.max", "2020-01-01", 20, Unit.WORKING_DAYS, [(DISCLOSURE, "Art. 33 ¶2")]),
    ],
)
def test_each_value_cites_the_article_that_sets_it(  # type: ignore[no-untyped-def]
    national, key: str, on: str, value: int, unit: Unit, places: list[tuple[str, str]]
) -> None:
    resolved = national.get(key, on=dt.date.fromisoformat(on))
    assert (resolved.value, resolved.unit) == (value, unit)
    assert [(c.source, c.place) for c in resolved.citations] == places


def test_cli_show_on_a_date_has_the_issue_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "show", "national", "--on", "2021-07-15"]) == 0
    lines = capsys.readouterr().out.splitlines()
    head = lines[1].split()
    assert head[:5] == ["key", "value", "unit", "bound", "binds"] and head[-1] == "citation"
    row = next(line for line in lines if line.startswith(HEARING_REQUEST))
    assert " 5 " in row and "working_days" in row and "ceiling" in row and "party" in row
    assert "第六十四条第（一）项" in row and "第八十五条" in row


def test_cli_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "list", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["tianjin-binhai-dagang"]["parent"] == "national" and rows["national"]["parent"] is None


def test_cli_bad_profile_inputs_are_exit_2_never_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x00\x01\xff\xfe")
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"")
    for argv in (
        ["profile", "show", str(tmp_path)],  # a directory
        ["profile", "show", str(binary)],
        ["profile", "lint", str(empty)],
        ["profile", "diff", "national", "atlantis"],
        ["profile", "show", "atlantis", "--json"],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err and " / " in err, (argv, err)
    with pytest.raises(SystemExit) as info:
        main(["profile", "show", "national", "--on", "2021-02-30"])
    assert info.value.code == 2
    assert "2021-02-30" in capsys.readouterr().err
