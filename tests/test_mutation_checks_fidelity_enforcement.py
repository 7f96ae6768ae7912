"""Mutation tests for the enforcement checks changed by the fidelity reviews (2026-12-06): E7 under another
provision's limit (2021 Art. 60 "从其规定"), E8's service sent in time and completed late, E13's and E2's
recorded other law. Each finding is pinned in full (code, severity, both messages, citation, path,
parameter, dates), so that a mutant changing any part of it is caught (docs/testing.md, "Mutation testing").

Dates: filed Tuesday 1 March 2022, the 90 days end on Monday 30 May 2022; decided Friday 25 March 2022, the
7 working days of Art. 61 end on Wednesday 6 April (Qingming rests 3–5 April, Saturday 2 April works).
"""

from __future__ import annotations

import datetime as dt

import attrs

from _enforcement_mutation_support import lawful, run, summary
from xingzheng import check
from xingzheng.checks import Finding
from xingzheng.model.enforcement import DecisionLimit, EnforcementCase, PenaltyDecision, PenaltyKind, Service
from xingzheng.rules import parse_profile

D = dt.date
LAW60 = (
    "行政处罚法（2021年修订） 第六十条：“行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。"
    "法律、法规、规章另有规定的，从其规定”"
)
LATE = PenaltyDecision(decided_on=D(2022, 6, 20), penalties=(PenaltyKind.FINE,), fine_yuan=2000)
OPEN: dict[str, object] = dict(decision=None, service=None, payments=(), closing=None)


def late(**changes: object) -> EnforcementCase:
    """The lawful case decided on Monday 20 June 2022, served on the spot."""
    base: dict[str, object] = dict(
        decision=LATE, service=Service(served_on=D(2022, 6, 20), on_the_spot=True, party_present=True),
        payments=(), closing=None,
    )
    base.update(changes)
    return lawful(**base)


def pinned(finding: Finding) -> tuple[object, ...]:
    return (
        finding.code, finding.severity.name, finding.message, finding.message_en, finding.citation, finding.path,
        finding.parameter, [(d.label, d.date) for d in finding.dates],
    )


def e7(case: EnforcementCase, as_of: dt.date | None = None) -> list[tuple[object, ...]]:
    return [pinned(f) for f in run(case, as_of=as_of).findings if f.code.startswith("E7")]


def test_e7_another_provision_without_its_limit_decided_and_open() -> None:
    vague = DecisionLimit(basis="某规章第六十四条")
    assert e7(late(decision_limit=vague)) == [(
        "E7.other-limit-not-recorded", "WARNING",
        "记录了另有规定（某规章第六十四条），未记录其规定的决定期限（decision_limit.due_on）；决定于 2022-06-20 作出，"
        "晚于立案后 90 日（2022-05-30），无法判断是否超过期限",
        "another provision is recorded (某规章第六十四条) without the limit it sets (decision_limit.due_on); decided on "
        "2022-06-20, after the 90 days from filing ended on 2022-05-30: whether it was late cannot be judged",
        LAW60, "$.decision_limit.due_on", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 5, 30)), ("decided", D(2022, 6, 20))],
    )]
    assert e7(late(decision_limit=vague, **OPEN), as_of=D(2022, 6, 1)) == [(
        "E7.other-limit-not-recorded", "WARNING",
        "记录了另有规定（某规章第六十四条），未记录其规定的决定期限（decision_limit.due_on）；至 2022-06-01 仍未决定，"
        "晚于立案后 90 日（2022-05-30），无法判断是否超过期限",
        "another provision is recorded (某规章第六十四条) without the limit it sets (decision_limit.due_on); no decision "
        "on 2022-06-01, after the 90 days from filing ended on 2022-05-30: whether it was late cannot be judged",
        LAW60, "$.decision_limit.due_on", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 5, 30)), ("as_of", D(2022, 6, 1))],
    )]
    # Decided on the 90th day (30 May) or still open on it: in time, nothing to say.
    assert e7(late(decision_limit=vague, decision=attrs.evolve(LATE, decided_on=D(2022, 5, 30)))) == []
    assert e7(late(decision_limit=vague, **OPEN), as_of=D(2022, 5, 30)) == []


def test_e7_days_not_counted_are_named_in_both_messages() -> None:
    # 18 days left out: 1 March + 108 days = Friday 17 June 2022.
    skipped = DecisionLimit(basis="某规章：鉴定时间不计入", days_not_counted=18)
    assert e7(late(decision_limit=skipped)) == [(
        "E7.decision-overdue", "ERROR",
        "处罚决定于 2022-06-20 作出，超过立案后 90 日（另有规定不计入的 18 日除外）的期限（2022-06-17）3 日",
        "decided on 2022-06-20, 3 day(s) after the 90-day limit from filing (18 day(s) not counted under another "
        "provision) ended on 2022-06-17",
        LAW60, "$.decision.decided_on", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 6, 17)), ("decided", D(2022, 6, 20))],
    )]
    assert e7(late(decision_limit=skipped, **OPEN), as_of=D(2022, 6, 20)) == [(
        "E7.decision-overdue", "ERROR",
        "立案后 90 日（另有规定不计入的 18 日除外）（至 2022-06-17）仍未作出处罚决定",
        "no decision 90 days after filing (18 day(s) not counted under another provision) (the limit ended on 2022-06-17)",
        LAW60, "$.decision", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 6, 17)), ("as_of", D(2022, 6, 20))],
    )]
    # Without another provision the messages name no days left out.
    (plain,) = e7(late())
    assert plain[2] == "处罚决定于 2022-06-20 作出，超过立案后 90 日的期限（2022-05-30）21 日"
    assert plain[3] == "decided on 2022-06-20, 21 day(s) after the 90-day limit from filing ended on 2022-05-30"


def test_e7_under_the_limit_another_provision_sets() -> None:
    limit = DecisionLimit(basis="某规章第六十四条", due_on=D(2022, 6, 15))
    cite = f"{LAW60}; 某规章第六十四条"
    assert e7(late(decision_limit=limit)) == [(
        "E7.decision-overdue", "ERROR",
        "处罚决定于 2022-06-20 作出，超过依某规章第六十四条记录的决定期限（2022-06-15）5 日",
        "decided on 2022-06-20, 5 day(s) after the limit recorded under 某规章第六十四条 ended on 2022-06-15",
        cite, "$.decision.decided_on", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 6, 15)), ("decided", D(2022, 6, 20))],
    )]
    assert e7(late(decision_limit=limit, **OPEN), as_of=D(2022, 6, 16)) == [(
        "E7.decision-overdue", "ERROR",
        "依某规章第六十四条记录的决定期限（至 2022-06-15）已过，仍未作出处罚决定",
        "no decision by the limit recorded under 某规章第六十四条 (it ended on 2022-06-15)",
        cite, "$.decision", "enforcement.decision_period.max",
        [("filed", D(2022, 3, 1)), ("due", D(2022, 6, 15)), ("as_of", D(2022, 6, 16))],
    )]
    # Decided on the recorded last day: in time.
    assert e7(late(decision_limit=attrs.evolve(limit, due_on=D(2022, 6, 20)))) == []


E8_CITE = (
    "行政处罚法（2021年修订） 第六十一条第一款：“当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》"
    "的有关规定，将行政处罚决定书送达当事人”; 行政处罚法（2021年修订） 第八十五条：“本法中“二日”“三日”“五日”“七日”"
    "的规定是指工作日，不含法定节假日”"
)


def test_e8_sent_in_time_and_served_late_in_full() -> None:
    def e8(sent: dt.date) -> list[tuple[object, ...]]:
        service = Service(served_on=D(2022, 4, 8), method="邮寄送达", sent_on=sent)
        return [pinned(f) for f in run(lawful(service=service, payments=())).findings if f.code.startswith("E8")]

    # Sent on the last day (6 April) and on the decision day itself: both in time.
    for sent in (D(2022, 4, 6), D(2022, 3, 25)):
        assert e8(sent) == [(
            "E8.service-completed-after-period", "WARNING",
            f"决定书于 {sent.isoformat()} 发出（期限内），2022-04-08 才送达，晚于 7个工作日的期限（2022-04-06）",
            f"the document was sent on {sent.isoformat()}, within the period, and service completed on 2022-04-08, "
            "after the 7 working days ended on 2022-04-06",
            E8_CITE, "$.service.served_on", "enforcement.service_period.max",
            [("decided", D(2022, 3, 25)), ("due", D(2022, 4, 6)), ("sent", sent), ("served", D(2022, 4, 8))],
        )]


def test_e13_a_recorded_other_law_in_full() -> None:
    spot = lawful(decision=summary(amount=5000), other_law="某法第X条（当场罚款可以超过三千元）")
    (found,) = [pinned(f) for f in run(spot).findings if f.code == "E13.summary-fine-too-high-other-law"]
    assert found[:4] == (
        "E13.summary-fine-too-high-other-law", "WARNING",
        "当场罚款 5000 元，超过 3000 元；记录了另有规定的法律：某法第X条（当场罚款可以超过三千元）（无法核对）",
        "a summary fine of 5000 yuan exceeds 3000 yuan; a law providing otherwise is recorded: "
        "某法第X条（当场罚款可以超过三千元） (not verifiable)",
    )
    assert found[5:] == ("$.other_law", "enforcement.summary_fine_organisation.max", [])
    # The citation: the fine's ceiling, then the rule's own citations.
    citation = str(found[4])
    assert citation.startswith(
        "行政处罚法（2021年修订） 第五十一条：“对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定”; "
        "行政处罚法（2021年修订） 第五十一条：“可以当场作出行政处罚决定”; "
    )
    assert citation.endswith("第五十二条第三款：“执法人员当场作出的行政处罚决定，应当报所属行政机关备案”")
    # Only spaces recorded: no other law.
    blank = lawful(decision=summary(amount=5000), other_law="  ")
    assert "E13.summary-fine-too-high" in run(blank).codes()


def test_e2_a_recorded_other_law_in_full() -> None:
    case = lawful(officers=(lawful().officers[0],), other_law="某法第X条（一名执法人员可以当场处罚）")
    (found,) = [pinned(f) for f in run(case).findings if f.code.startswith("E2")]
    assert found == (
        "E2.too-few-officers-other-law", "WARNING",
        "执法人员 1 人，少于 2 人（记录了另有规定的法律：某法第X条（一名执法人员可以当场处罚），无法核对）",
        "1 officer(s), fewer than 2 (a law providing otherwise is recorded: 某法第X条（一名执法人员可以当场处罚）; not verifiable)",
        "行政处罚法（2021年修订） 第四十二条第一款：“行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，"
        "法律另有规定的除外”",
        "$.officers", "enforcement.officers.min", [("on", D(2022, 3, 2))],
    )
    (plain,) = [pinned(f) for f in run(attrs.evolve(case, other_law=None)).findings if f.code.startswith("E2")]
    assert plain[:4] == ("E2.too-few-officers", "ERROR", "执法人员 1 人，少于 2 人", "1 officer(s), fewer than 2")


#: A root profile with E13's fine ceiling but E13 itself not in force (a child of ``national`` cannot switch
#: off a rule its parent enforces).
ROOT_E13 = """
schema_version = 1
name = "root-e13"

[[rules]]
rule = "E13"
title_zh = "当场处罚"
title_en = "summary procedure"
[[rules.values]]
since = 2021-07-15
in_force = false

[[parameters]]
key = "enforcement.summary_fine_organisation.max"
rule = "E13"
description_zh = "当场处罚：对法人或者其他组织的罚款上限"
description_en = "on-the-spot decision: highest fine on a legal person or other organisation"
bound = "ceiling"
binds = "agency"
[[parameters.values]]
since = 2021-07-15
value = 3000
unit = "yuan"
citations = [
  { source = "administrative-penalty-law-2021.md", place = "Art. 51", quote = "对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定" },
]
"""


def test_e13_not_in_force_cites_only_the_ceiling() -> None:
    root = parse_profile(ROOT_E13, "root-e13.toml")
    ceiling = "行政处罚法（2021年修订） 第五十一条：“对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定”"
    plain = lawful(decision=summary(amount=5000))
    found = [(f.code, f.citation, f.path) for f in check(plain, profile=root).findings if f.code.startswith("E13.summary")]
    assert found == [("E13.summary-fine-too-high", ceiling, "$.decision.fine_yuan")]
    other = attrs.evolve(plain, other_law="某法第X条")
    found = [(f.code, f.citation, f.path) for f in check(other, profile=root).findings if f.code.startswith("E13.summary")]
    assert found == [("E13.summary-fine-too-high-other-law", ceiling, "$.other_law")]
