"""Rule applicability as data: ``refuses_step``, ``exceptions`` and ``scope_tags`` of rule values."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest

from _io_support import triples
from xingzheng import LoadError, ProcedureError, check
from xingzheng.errors import InvariantError
from xingzheng.model.decision import CollectiveDiscussion, MajorDecision, exploratory_exception
from xingzheng.model.enforcement import (
    CaseSource,
    EnforcementCase,
    Offence,
    Officer,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    refuses_without_review,
)
from xingzheng.rules import (
    RULE_EXCEPTIONS,
    SCOPE_TAGS,
    Profile,
    RuleValue,
    load_profile,
    parse_profile,
)
from xingzheng.rules._model import normalise_quote

D = dt.date
SH = ZoneInfo("Asia/Shanghai")
DAGANG = "tianjin-binhai-dagang"
PENALTY_2021 = "administrative-penalty-law-2021.md"
REGULATION_713 = "major-decision-procedure-regulation-2019.md"


def child(parent: str, rules: str, name: str = "reform-test") -> Profile:
    return parse_profile(f'schema_version = 1\nname = "{name}"\nparent = "{parent}"\n{rules}')


def rule_toml(rule: str, since: str, extra: str, source: str, place: str, quote: str) -> str:
    return f"""
[[rules]]
rule = "{rule}"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = {since}
in_force = true
{extra}
citations = [{{ source = "{source}", place = "{place}", quote = "{quote}" }}]
"""


# --- the loader -----------------------------------------------------------------------------------------


def test_the_loader_rejects_an_unknown_scope_tag_naming_it() -> None:
    text = rule_toml(
        "E15",
        "2021-07-15",
        'scope_tags = ["heavier-penalty-only", "two-officers"]',
        PENALTY_2021,
        "Art. 57 ¶2",
        "集体讨论决定",
    )
    with pytest.raises(LoadError) as info:
        child("national", text)
    [(path, zh, en)] = triples(info.value)
    assert path == "$.rules[0].values[0].scope_tags[1]"
    assert "two-officers" in zh and "two-officers" in en
    assert "heavier-penalty-only" in en  # the choices are listed


def test_the_loader_rejects_an_unknown_exception_a_repeated_tag_and_a_non_boolean_refusal() -> None:
    text = rule_toml(
        "D6",
        "2019-09-01",
        'exceptions = ["emergency"]\nscope_tags = ["enterprises", "enterprises"]\nrefuses_step = "yes"',
        REGULATION_713,
        "Art. 25 ¶2",
        "不得提交决策机关讨论",
    )
    with pytest.raises(LoadError) as info:
        child("national", text)
    paths = {path for path, _, _ in triples(info.value)}
    assert paths == {
        "$.rules[0].values[0].exceptions[0]",
        "$.rules[0].values[0].scope_tags[1]",
        "$.rules[0].values[0].refuses_step",
    }
    assert "'emergency'" in str(info.value)


def test_the_loader_rejects_applicability_on_a_rule_not_in_force() -> None:
    text = """
[[rules]]
rule = "E6"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2021-07-15
in_force = false
refuses_step = true
"""
    with pytest.raises(LoadError) as info:
        child("national", text)
    assert [p[0] for p in triples(info.value)] == ["$.rules[0].values[0].refuses_step"]


def test_rule_values_made_in_code_are_validated_too() -> None:
    with pytest.raises(InvariantError) as info:
        RuleValue(since=D(2021, 1, 1), in_force=True, scope_tags=("two-officers",))
    assert info.value.field == "scope_tags"
    with pytest.raises(InvariantError):
        RuleValue(since=D(2021, 1, 1), in_force=True, exceptions=("emergency",))
    value = RuleValue(since=D(2021, 1, 1), in_force=True, scope_tags=("enterprises",))
    assert value.has_tag("enterprises") and not value.has_tag("unconditional")
    with pytest.raises(InvariantError):
        value.has_tag("enterprise")  # type: ignore[arg-type]  # a typo in code is loud, not False


# --- the built-in data ----------------------------------------------------------------------------------

#: The wording (in the entry's own quotes) that justifies each tag of the built-in profiles.
JUSTIFIED_BY = {
    "general-procedure-only": ("调查或者进行检查时", "在行政机关负责人作出决定之前"),
    "heavier-penalty-only": ("给予较重的行政处罚",),
    "unconditional": ("严格履行公众参与、专家论证，风险评估、和发行审核、集体讨论决定",),
    "mandatory": ("进行决策后评估",),
    "high-public-concern-only": ("对社会关注高的决策事项",),
    "comment-required": ("征求意见期限不少于30日",),
    "feedback-required": ("反馈意见采纳情况和理由",),
    "enterprises": ("充分听取企业、行业协会商会",),
    "street-offices": ("大港街应按照国务院《重大行政决策程序暂行条例》",),
    "adoption-explanation": ("应当说明公众意见、专家论证意见的采纳情况",),
    "bans-penalties": ("其他规范性文件不得设定行政处罚",),
    "bans-licences": ("其他规范性文件一律不得设定行政许可",),
    "bans-compulsory-measures": ("其他规范性文件不得设定行政强制措施",),
    "exploratory-reform": ("探索性改革决策事项，可以明示法律风险",),
    "refuses_step": ("不得作出决定",),
    # An inference, not a wording: the numbers come from a year's report (issue 18, docs/decisions.md).
    "per-calendar-year": ("2020年推进法治政府建设的主要举措和成效",),
}


def test_the_vocabulary_is_covered_by_the_justifications() -> None:
    assert set(JUSTIFIED_BY) == set(SCOPE_TAGS) | set(RULE_EXCEPTIONS) | {"refuses_step"}


@pytest.mark.parametrize("name", ["national", DAGANG])
def test_every_builtin_tag_is_justified_by_the_entrys_own_quotes(name: str) -> None:
    for entry in load_profile(name).own_rules:
        for value in entry.values:
            quotes = [normalise_quote(c.quote) for c in value.citations]
            marks = [*value.scope_tags, *value.exceptions, *(["refuses_step"] if value.refuses_step else [])]
            for mark in marks:
                assert any(
                    normalise_quote(words) in quote for words in JUSTIFIED_BY[mark] for quote in quotes
                ), (name, entry.rule, value.since, mark)


def test_the_builtin_entries_carry_the_expected_applicability() -> None:
    national, dagang = load_profile("national"), load_profile(DAGANG)
    assert not national.rule("E6", D(2020, 6, 1)).refuses_step
    assert national.rule("E6", D(2020, 6, 1)).has_tag("general-procedure-only")
    assert national.rule("E6", D(2021, 7, 15)).refuses_step
    assert national.rule("E2", D(2020, 6, 1)).has_tag("general-procedure-only")
    assert not national.rule("E2", D(2021, 7, 15)).has_tag("general-procedure-only")
    assert national.rule("E15", D(2020, 6, 1)).has_tag("heavier-penalty-only")
    assert not national.rule("E15", D(2021, 7, 15)).has_tag("heavier-penalty-only")
    assert national.rule("N13", D(2000, 1, 1)).scope_tags == ("bans-penalties",)
    # The seed adopts 713号令's 法定程序 with their conditions (issue 17): no "unconditional" D5.
    assert not dagang.rule("D5", D(2020, 6, 1)).has_tag("unconditional")
    assert not national.rule("D5", D(2020, 6, 1)).has_tag("unconditional")
    # A child entry adds to its parent's duties: Dagang's D1 keeps national's adoption explanation.
    assert dagang.rule("D1", D(2020, 6, 1)).has_tag("adoption-explanation")
    assert dagang.rule("D8", D(2020, 6, 1)).has_tag("mandatory")
    assert dagang.rule("D3", D(2020, 6, 1)).has_tag("enterprises")
    assert dagang.rule("D11", D(2020, 6, 1)).has_tag("street-offices")
    assert national.rule("D1", D(2020, 6, 1)).has_tag("adoption-explanation")
    # ... which the child's own state does not list: it is inherited, and cited from the parent.
    assert dagang.rule_entry("D1").values[0].scope_tags == ()
    origin = dagang.tag_origin("D1", "adoption-explanation", D(2020, 6, 1))
    assert origin is not None and origin.citations[0].source == "major-decision-procedure-regulation-2019.md"


def test_rule_in_force_is_none_when_there_is_no_rule_in_force() -> None:
    national = load_profile("national")
    assert national.rule_in_force("E6", D(2000, 1, 1)) is None  # an entry, not in force
    assert national.rule_in_force("E6", D(1990, 1, 1)) is None  # before the history starts
    assert national.rule_in_force("X1", D(2021, 1, 1)) is None  # no entry
    assert national.rule_in_force("E6", D(2021, 8, 1)) == national.rule("E6", D(2021, 8, 1))


# --- E6: refuses_step ------------------------------------------------------------------------------------

WANG = Officer("王东", "12011600001", training_year=2021, training_hours=40, warning_education_hours=20)
ZHAO = Officer("赵西", "12011600002", training_year=2021, training_hours=40, warning_education_hours=20)


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=SH)


def notified_case(filed_on: dt.date, notified_on: dt.date) -> EnforcementCase:
    case = EnforcementCase(
        case_number="大港执〔2021〕7号",
        agency="大港街道综合执法大队",
        source=CaseSource.GRID,
        party=Party(
            PartyKind.ORGANISATION, organisation_name="天津市滨海新区某某商贸有限公司", person_name="孙乙"
        ),
        offence=Offence(committed_on=filed_on - dt.timedelta(days=3), description="占道经营"),
        major_public_interest=True,
    )
    case = case.discover(filed_on - dt.timedelta(days=1), at(filed_on - dt.timedelta(days=1)), "ZF")
    case = case.file(filed_on, at(filed_on), "ZF")
    case = case.assign_officer(WANG, at(filed_on, 10), "ZF").assign_officer(ZHAO, at(filed_on, 11), "ZF")
    notice = PenaltyNotice(served_on=notified_on, intended_penalty="罚款2000元", intended_fine_yuan=2000)
    return case.notify(notice, at(notified_on), "ZF")


def fine(day: dt.date) -> PenaltyDecision:
    return PenaltyDecision(decided_on=day, penalties=(PenaltyKind.FINE,), fine_yuan=2000)


E6_WITHOUT_REFUSAL = rule_toml(
    "E6",
    "2021-07-15",
    'scope = "改革试点：缺少审核只作为发现 / pilot: a missing review is only a finding"',
    PENALTY_2021,
    "Art. 58 ¶1",
    "未经法制审核或者审核未通过的，不得作出决定",
)


def test_a_child_profile_without_refuses_step_on_e6_lets_decide_record_and_check_report() -> None:
    reform = child("national", E6_WITHOUT_REFUSAL)
    on = D(2021, 10, 8)
    case = notified_case(D(2021, 9, 1), D(2021, 9, 20))
    assert refuses_without_review(load_profile("national"), on)
    assert not refuses_without_review(reform, on)
    with pytest.raises(ProcedureError) as info:
        case.decide(fine(on), at(on), "ZF")
    assert info.value.rule == "E6"
    decided = case.decide(fine(on), at(on), "ZF", profile=reform)
    assert decided.decision is not None
    assert "E6.review-missing" in check(decided, profile=reform).codes()


def test_a_child_profile_adding_refuses_step_to_the_2017_review_refuses_the_decision() -> None:
    text = rule_toml(
        "E6",
        "2018-01-01",
        "refuses_step = true",
        "administrative-penalty-law-2017.md",
        "Art. 38 ¶3",
        "应当由从事行政处罚决定审核的人员进行审核",
    )
    strict = child("national", text)
    on = D(2020, 4, 20)
    case = notified_case(D(2020, 3, 2), D(2020, 4, 1))
    assert case.decide(fine(on), at(on), "ZF").decision is not None  # national: a finding only
    with pytest.raises(ProcedureError):
        case.decide(fine(on), at(on), "ZF", profile=strict)


# --- D6: the exploratory-reform exception -----------------------------------------------------------------


def reform_decision() -> MajorDecision:
    return attrs.evolve(
        MajorDecision(
            title="大港街老旧小区改造实施方案",
            decision_body="大港街道办事处",
            undertaking_unit="大港街城市管理办公室",
        ),
        exploratory_reform=True,
        no_clear_national_rule=True,
        legal_risk_statement="国家尚无明确规定，存在被撤销的风险",
    )


def test_the_d6_exception_is_honoured_under_national_and_not_under_dagang() -> None:
    held = CollectiveDiscussion(held_on=D(2020, 7, 15))
    assert exploratory_exception("national", held.held_on)
    assert not exploratory_exception(DAGANG, held.held_on)
    d = reform_decision()
    discussed = d.to_discussion(held, profile="national")
    assert "D6.exploratory-reform-exception" in check(discussed, profile="national").codes()
    with pytest.raises(ProcedureError) as info:
        d.to_discussion(held, profile=DAGANG)
    assert info.value.rule == "D6"
    codes = check(discussed, profile=DAGANG).codes()
    assert "D6.discussed-without-lawful-opinion" in codes
    assert "D6.exploratory-reform-exception" not in codes


def test_the_d6_exception_follows_the_data_not_the_quote() -> None:
    quote = "对国家尚无明确规定的探索性改革决策事项，可以明示法律风险，提交决策机关讨论"
    # The quote alone, without the exception: refused.
    without = child("national", rule_toml("D6", "2019-09-01", "", REGULATION_713, "Art. 25 ¶2", quote))
    held = CollectiveDiscussion(held_on=D(2020, 7, 15))
    with pytest.raises(ProcedureError):
        reform_decision().to_discussion(held, profile=without)
    # A child of Dagang that states the exception: honoured.
    seed_quote = "未经合法性审查或经审查不合法的，不得提交讨论"
    extra = 'exceptions = ["exploratory-reform"]'
    granted = child(DAGANG, rule_toml("D6", "2020-01-01", extra, "seed", "二(一)2", seed_quote), name="pilot")
    assert reform_decision().to_discussion(held, profile=granted).decided_on == held.held_on
