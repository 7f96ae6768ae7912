"""Mutation tests for the disclosure checks changed by the fidelity reviews (2026-12-06): the consulted
side's receipt (Art. 32, 34), a reply told under Art. 39, and the reply period's paths and notes. Findings
are pinned in full so that a mutant changing any part of one is caught (docs/testing.md).

Working days counted by hand on the official calendar for 2024 (Qingming 4–6 April, Sunday 7 April a
working day): received Monday 4 March, the 20 working days of Art. 33 end on 1 April; a consultation sent
on Tuesday 2 April has its 15 working days to 24 April.
"""

from __future__ import annotations

import datetime as dt

from _findings_support import one, rules_in_force
from test_mutation_checks_disclosure import reply, request
from xingzheng import check, default_calendar, load_profile
from xingzheng.checks import Finding
from xingzheng.checks._common import Judge
from xingzheng.checks.disclosure import consultation_intervals
from xingzheng.model.disclosure import ConsultedKind, DisclosureConsultation, ReplyExtension, ReplyKind
from xingzheng.rules import parse_profile

D = dt.date
THIRD, OTHER = ConsultedKind.THIRD_PARTY, ConsultedKind.OTHER_ORGAN


def pinned(finding: Finding) -> tuple[object, ...]:
    return (
        finding.code, finding.severity.name, finding.message, finding.message_en, finding.path, finding.parameter,
        [(d.label, d.date) for d in finding.dates],
    )


def reply_citation() -> str:
    """The citation of the reply period (Art. 33), as G2.reply-late gives it."""
    return one(check(request(reply=reply(D(2024, 4, 2)))), "G2.reply-late").citation


def test_an_art39_answer_after_the_period_in_full() -> None:
    told = check(request(reply=reply(D(2024, 4, 2), ReplyKind.NOT_AN_INFORMATION_REQUEST)))
    (finding,) = told.findings
    assert pinned(finding) == (
        "G2.not-a-request-told-after-period", "WARNING",
        "于 2024-04-02 告知申请人不作为政府信息公开申请处理（条例第三十九条），晚于按第三十三条计算的答复期限 2024-04-01；"
        "第三十九条未规定告知期限",
        "the applicant was told on 2024-04-02 that the request is not handled as a disclosure request (Art. 39), "
        "after the reply period of Art. 33 ended on 2024-04-01; Art. 39 sets no period for telling it",
        "$.reply.replied_on", "disclosure.reply_period.max",
        [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 1)), ("replied", D(2024, 4, 2))],
    )
    assert finding.citation == reply_citation() != ""


UNKNOWN = DisclosureConsultation(THIRD, "乙某", D(2024, 3, 5))  # silent, its receipt not recorded
ANSWERED = DisclosureConsultation(THIRD, "丙某", D(2024, 3, 5), answered_on=D(2024, 3, 6))

_RECEIPT_ZH = (
    "，晚于自征求意见书发出之日计算征求意见时间的答复期限 2024-04-23；被征求意见方收到征求意见书的日期未记录"
    "（consultations[{i}].received_on），其 15 个工作日自收到之日起算，无法判断答复是否逾期"
)
_RECEIPT_EN = (
    ", after the reply period ended on 2024-04-23 with the consultation counted from the sending; the day the "
    "consulted side received the request for opinions is not recorded (consultations[{i}].received_on), and its "
    "15 working days run from that receipt: whether the reply was late cannot be told"
)


def test_the_receipt_not_recorded_warning_in_full() -> None:
    # Counted from the sending (5 March), the consultation ends on 26 March: 15 working days left out, 23 April.
    (replied,) = check(request(consultations=[UNKNOWN], reply=reply(D(2024, 4, 24)))).findings
    assert pinned(replied) == (
        "G2.consultation-receipt-not-recorded", "WARNING",
        "答复于 2024-04-24 作出" + _RECEIPT_ZH.format(i=0), "the reply came on 2024-04-24" + _RECEIPT_EN.format(i=0),
        "$.consultations[0].received_on", "disclosure.reply_period.max",
        [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 23)), ("replied", D(2024, 4, 24))],
    )
    assert replied.citation == reply_citation()
    # Open at as_of, the unknown receipt second after one answered (its own 6 March opinion left out too: 23 April).
    waiting = check(request(consultations=[ANSWERED, UNKNOWN]), as_of=D(2024, 4, 25))
    finding = one(waiting, "G2.consultation-receipt-not-recorded")
    assert pinned(finding) == (
        "G2.consultation-receipt-not-recorded", "WARNING",
        "至 2024-04-25 尚未答复" + _RECEIPT_ZH.format(i=1), "there is no reply on 2024-04-25" + _RECEIPT_EN.format(i=1),
        "$.consultations[1].received_on", "disclosure.reply_period.max",
        [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 23)), ("as_of", D(2024, 4, 25))],
    )


def test_a_consultation_sent_after_the_period_does_not_excuse_the_reply() -> None:
    # Sent on 2 April, after the reply period ended (1 April): its days do not move the due day. The reply
    # is late whatever the receipt, while the consultation still runs (10 April) or on its last day (24 April).
    sent_late = DisclosureConsultation(THIRD, "乙某", D(2024, 4, 2))
    for day in (D(2024, 4, 10), D(2024, 4, 24)):
        report = check(request(consultations=[sent_late], reply=reply(day)))
        assert [(f.code, f.severity.name) for f in report.findings] == [("G2.reply-late", "ERROR")]
    # Another organ's open consultation, sent after the period: the reply on 3 April is late, with or without as_of.
    other = DisclosureConsultation(OTHER, "某局", D(2024, 4, 2))
    for as_of in (None, D(2024, 5, 1)):
        found = check(request(consultations=[other], reply=reply(D(2024, 4, 3))), as_of=as_of).findings
        assert [(f.code, [(d.label, d.date) for d in f.dates]) for f in found] == [
            ("G2.reply-late", [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 1)), ("replied", D(2024, 4, 3))])
        ]


def test_consultation_intervals_open_and_closed() -> None:
    judge = Judge(load_profile("national"), default_calendar(), None)
    answered = [(D(2024, 3, 5), D(2024, 3, 6))]
    assert consultation_intervals(judge, request(consultations=[ANSWERED]), None) == (answered, False)
    # Another organ's open consultation, first, and no day to end it: open, the later answered one still counted.
    open_other = DisclosureConsultation(OTHER, "某局", D(2024, 3, 5))
    assert consultation_intervals(judge, request(consultations=[open_other, ANSWERED]), None) == (answered, True)
    assert consultation_intervals(judge, request(consultations=[open_other, ANSWERED]), D(2024, 3, 20)) == (
        [(D(2024, 3, 5), D(2024, 3, 20)), *answered], False
    )


def test_the_extension_is_judged_against_the_period_with_the_consultation_left_out() -> None:
    # The third party's 5–20 March consultation moves the due day to 17 April: an extension told on 10 April is
    # told in time; the reply on 18 April is within the 10 working days added.
    answered = DisclosureConsultation(THIRD, "乙某", D(2024, 3, 5), received_on=D(2024, 3, 5), answered_on=D(2024, 3, 20))
    extension = ReplyExtension(10, D(2024, 4, 10), approved_by_head=True, notified_on=D(2024, 4, 10))
    assert check(request(consultations=[answered], extension=extension, reply=reply(D(2024, 4, 18)))).findings == ()
    # Another organ's consultation still open, with neither a reply nor as_of: the due day is unknown, and the
    # extension told on 6 May cannot be judged against it.
    open_other = DisclosureConsultation(OTHER, "某局", D(2024, 3, 5))
    late_told = ReplyExtension(10, D(2024, 5, 6), approved_by_head=True, notified_on=D(2024, 5, 6))
    assert check(request(consultations=[open_other], extension=late_told)).findings == ()


def test_the_reply_period_past_the_calendar_names_its_field() -> None:
    # Received 21 December 2026: the 20 working days end in 2027.
    report = check(request(submitted_on=D(2026, 12, 20), confirmed_on=D(2026, 12, 21)), as_of=D(2026, 12, 31))
    assert [(f.code, f.path) for f in report.findings] == [("CAL.coverage", "$.reply")]
    # Received 25 November 2026: Art. 33's 20 working days end in December, the 20 added by the extension in 2027.
    extension = ReplyExtension(20, D(2026, 12, 10), approved_by_head=True, notified_on=D(2026, 12, 10))
    extended = check(request(submitted_on=D(2026, 11, 25), confirmed_on=D(2026, 11, 25), extension=extension),
                     as_of=D(2026, 12, 31))
    assert [(f.code, f.path) for f in extended.findings] == [("CAL.coverage", "$.reply")]
    # A consultation sent on 15 December 2026: its 15 working days end in 2027.
    consulted = request(submitted_on=D(2026, 12, 1), confirmed_on=D(2026, 12, 1),
                        consultations=[DisclosureConsultation(THIRD, "乙某", D(2026, 12, 15))])
    assert [(f.code, f.path) for f in check(consulted, as_of=D(2026, 12, 31)).findings] == [
        ("CAL.coverage", "$.consultations[0]")
    ]


def test_g2_and_g5_in_force_before_their_numbers_name_rule_and_field() -> None:
    # A user's profile puts G2 and G5 in force from 2019-01-01; the 2019 regulation's numbers hold from 15 May.
    profile = rules_in_force("mutation-test-2019", D(2019, 1, 1), "G2", "G5")
    early = request(submitted_on=D(2019, 3, 1), confirmed_on=D(2019, 3, 4), reply=reply(D(2019, 4, 30)),
                    consultations=[DisclosureConsultation(THIRD, "乙某", D(2019, 3, 5))])
    notes = [(f.code, f.path, f.message) for f in check(early, profile=profile).findings if f.code[:2] in ("G2", "G5")]
    assert notes == [
        ("G5.no-rule", "$.consultations[0]",
         "规则配置 mutation-test-2019 在 2019-03-05 没有生效的 disclosure.consultation_reply_period.max，G5 未检查"),
        ("G2.no-rule", "$.reply",
         "规则配置 mutation-test-2019 在 2019-03-04 没有生效的 disclosure.reply_period.max，G2 未检查"),
    ]


#: A root profile with G2 and the consulted side's 15 working days, and G5 not in force: G2's count of the
#: consultation is then the first to read that period.
ROOT_G2 = """
schema_version = 1
name = "root-g2"

[[rules]]
rule = "G2"
title_zh = "依申请公开的答复期限"
title_en = "time limit for replying to a disclosure request"
[[rules.values]]
since = 2019-05-15
in_force = true
citations = [
  { source = "government-information-disclosure-regulation-2019.md", place = "Art. 33 ¶2", quote = "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复" },
]

[[rules]]
rule = "G5"
title_zh = "征求意见"
title_en = "consultation"
[[rules.values]]
since = 2019-05-15
in_force = false

[[parameters]]
key = "disclosure.reply_period.max"
rule = "G2"
description_zh = "答复期限"
description_en = "reply period"
bound = "ceiling"
binds = "agency"
[[parameters.values]]
since = 2019-05-15
value = 20
unit = "working_days"
citations = [
  { source = "government-information-disclosure-regulation-2019.md", place = "Art. 33 ¶2", quote = "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复" },
]

[[parameters]]
key = "disclosure.consultation_reply_period.max"
rule = "G5"
description_zh = "征求意见期限"
description_en = "consultation period"
bound = "ceiling"
binds = "party"
[[parameters.values]]
since = 2019-05-15
value = 15
unit = "working_days"
citations = [
  { source = "government-information-disclosure-regulation-2019.md", place = "Art. 32", quote = "第三方应当自收到征求意见书之日起15个工作日内提出意见" },
]
"""


def test_a_consultation_past_the_calendar_names_its_path_when_only_g2_counts_it() -> None:
    root = parse_profile(ROOT_G2, "root-g2.toml")
    consulted = request(submitted_on=D(2026, 12, 1), confirmed_on=D(2026, 12, 1),
                        consultations=[DisclosureConsultation(THIRD, "乙某", D(2026, 12, 15))])
    found = [(f.code, f.path) for f in check(consulted, profile=root, as_of=D(2026, 12, 31)).findings]
    assert found == [("G4.no-rule", "$.channel"), ("G5.no-rule", "$.consultations"), ("CAL.coverage", "$.consultations[0]")]
