"""Issue 22: the findings of disclosure requests (G2–G5, R3) in full (code, severity, both messages, path,
parameter, dates, citation) and their `upcoming` items, so that a mutant changing any of them is caught
(docs/testing.md, "Mutation testing").

Working days are counted by hand on the official calendar for 2024: Qingming 4–6 April (Sunday 7 April a
working day), Labour Day 1–5 May (Sunday 28 April a working day). From Monday 4 March 2024 the 7th working
day is 13 March, the 20th 1 April; from Tuesday 5 March the 15th is 26 March.
"""

from __future__ import annotations

import datetime as dt

import attrs

from _findings_support import facts, one
from xingzheng import check, upcoming
from xingzheng.checks import Severity
from xingzheng.model.disclosure import (
    ConsultedKind,
    CorrectionRequest,
    DisclosureConsultation,
    DisclosureReply,
    DisclosureRequest,
    ReplyExtension,
    ReplyKind,
    SubmissionChannel,
)
from xingzheng.model.enforcement import Party, PartyKind

D = dt.date
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
CITE_REPLY = "政府信息公开条例（2019） 第三十三条第二款"




def request(**changes: object) -> DisclosureRequest:
    """Submitted online on Friday 1 March 2024, confirmed (so received) on Monday 4 March."""
    base: dict[str, object] = {
        "request_id": "大港街依申〔2024〕22号",
        "agency": "大港街道办事处",
        "applicant": Party(PartyKind.CITIZEN, person_name="甲某"),
        "channel": SubmissionChannel.INTERNET,
        "submitted_on": D(2024, 3, 1),
        "confirmed_on": D(2024, 3, 4),
    }
    base.update(changes)
    return DisclosureRequest(**base)  # type: ignore[arg-type]


def reply(day: dt.date, kind: ReplyKind = ReplyKind.DISCLOSED, **kw: object) -> DisclosureReply:
    return DisclosureReply(kind, day, **kw)  # type: ignore[arg-type]


def test_a_lawful_request_has_no_finding() -> None:
    report = check(request(reply=reply(D(2024, 4, 1))), as_of=D(2024, 12, 31))
    assert (report.kind, report.title, report.findings) == ("disclosure_request", "大港街依申〔2024〕22号", ())
    assert check(request(), as_of=D(2024, 4, 1)).findings == ()


def test_g2_reply_late_and_overdue() -> None:
    f = one(check(request(reply=reply(D(2024, 4, 2)))), "G2.reply-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.reply.replied_on", "disclosure.reply_period.max")
    assert f.message == "答复于 2024-04-02 作出，晚于答复期限 2024-04-01（20个工作日，扣除征求意见时间，加上经批准的延长）"
    assert f.message_en == (
        "the reply came on 2024-04-02, after the reply period ended on 2024-04-01 (20 working days, consultation "
        "time left out, an approved extension added)"
    )
    assert facts(f) == [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 1)), ("replied", D(2024, 4, 2))]
    assert CITE_REPLY in f.citation
    f = one(check(request(), as_of=D(2024, 4, 2)), "G2.reply-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.reply", "disclosure.reply_period.max")
    assert f.message == "答复期限已于 2024-04-01 届满，至 2024-04-02 尚未答复"
    assert f.message_en == "the reply period ended on 2024-04-01 and there is no reply on 2024-04-02"
    assert facts(f) == [("clock_start", D(2024, 3, 4)), ("due", D(2024, 4, 1)), ("as_of", D(2024, 4, 2))]
    assert CITE_REPLY in f.citation
    # A reply on the spot is never late.
    assert check(request(reply=reply(D(2024, 5, 2), on_the_spot=True))).findings == ()


def test_g4_receipt_day_not_recorded_names_the_field_per_channel() -> None:
    f = one(check(request(channel=SubmissionChannel.SIGNED_POST, confirmed_on=None), as_of=D(2024, 12, 1)), "G4.receipt-day-not-recorded")
    assert (f.severity, f.path, f.parameter) == (WARNING, "$.signed_for_on", None)
    assert f.message == "提交方式为“signed_post”，未记录 signed_for_on，无法确定收到申请之日，答复期限未计算"
    assert f.message_en == (
        "the request came by signed post and signed_for_on is not recorded: the receipt day and the reply period "
        "cannot be known"
    )
    assert facts(f) == [("submitted", D(2024, 3, 1))]
    assert "第三十一条" in f.citation
    f = one(check(request(channel=SubmissionChannel.FAX, confirmed_on=None)), "G4.receipt-day-not-recorded")
    assert f.path == "$.confirmed_on"
    assert f.message == "提交方式为“fax”，未记录 confirmed_on，无法确定收到申请之日，答复期限未计算"
    assert f.message_en == "the request came by fax and confirmed_on is not recorded: the receipt day and the reply period cannot be known"


def test_g4_an_ordinary_letter_confirmed_late() -> None:
    late = request(channel=SubmissionChannel.ORDINARY_POST, arrived_on=D(2024, 3, 4), confirmed_on=D(2024, 3, 6))
    f = one(check(late), "G4.not-confirmed-same-day")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.confirmed_on", None)
    assert f.message == "平常信函于 2024-03-04 收到，2024-03-06 才与申请人确认"
    assert f.message_en == "the ordinary letter arrived on 2024-03-04 and was confirmed with the applicant only on 2024-03-06"
    assert facts(f) == [("arrived", D(2024, 3, 4)), ("confirmed", D(2024, 3, 6))]
    assert "第三十一条" in f.citation
    same_day = request(channel=SubmissionChannel.ORDINARY_POST, arrived_on=D(2024, 3, 4), confirmed_on=D(2024, 3, 4))
    assert check(same_day).findings == ()
    # The rule is about ordinary letters only.
    assert check(request(arrived_on=D(2024, 3, 1))).findings == ()


def test_g3_correction_notice_late_and_abandoned() -> None:
    late = request(correction=CorrectionRequest(D(2024, 3, 14), "请说明文号", corrected_on=D(2024, 4, 1)))
    f = one(check(late), "G3.correction-notice-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.correction.notified_on", "disclosure.correction_notice_period.max")
    assert f.message == "补正通知于 2024-03-14 发出，晚于收到申请之日起7个工作日（2024-03-13）"
    assert f.message_en == "the correction notice was given on 2024-03-14, after the 7 working days from the receipt ended on 2024-03-13"
    assert facts(f) == [("received", D(2024, 3, 4)), ("due", D(2024, 3, 13)), ("notified", D(2024, 3, 14))]
    assert "第三十条" in f.citation
    in_time = request(correction=CorrectionRequest(D(2024, 3, 13), corrected_on=D(2024, 4, 1)))
    assert check(in_time).findings == ()
    f = one(check(request(correction=CorrectionRequest(D(2024, 3, 8), deemed_abandoned=True)), as_of=D(2025, 1, 1)), "G3.deemed-abandoned")
    assert (f.severity, f.path, f.parameter, f.dates) == (INFO, "$.correction.deemed_abandoned", None, ())
    assert f.message == "申请人逾期未补正，视为放弃申请，答复期限不再计算"
    assert f.message_en == "the applicant did not correct the request in time: it is deemed abandoned and no reply is due"
    assert "第三十条" in f.citation


def test_g2_extensions() -> None:
    f = one(check(request(extension=ReplyExtension(25, D(2024, 3, 20), True, D(2024, 3, 20)))), "G2.extension-too-long")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.extension.working_days", "disclosure.reply_extension.max", ())
    assert f.message == "答复期限延长25个工作日，超过最长20个工作日"
    assert f.message_en == "the reply period was extended by 25 working days, more than the longest 20 working days"
    assert "延长的期限最长不得超过20个工作日" in f.citation
    report = check(request(extension=ReplyExtension(10, D(2024, 3, 20), False, None)))
    f = one(report, "G2.extension-not-approved")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.extension.approved_by_head", None)
    assert f.message == "延长答复期限未经政府信息公开工作机构负责人同意（不计入答复期限）"
    assert f.message_en == "the extension was not approved by the head of the disclosure office (it does not lengthen the period)"
    assert CITE_REPLY in f.citation
    f = one(report, "G2.extension-notice-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.extension.notified_on")
    assert f.message == "未记录告知申请人延长答复期限的日期（extension.notified_on）"
    assert f.message_en == "the day the applicant was told of the extension is not recorded (extension.notified_on)"
    report = check(request(extension=ReplyExtension(5, D(2024, 4, 1), None, D(2024, 4, 2))))
    f = one(report, "G2.extension-approval-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.extension.approved_by_head")
    assert f.message == "未记录延长答复期限是否经负责人同意（extension.approved_by_head）"
    assert f.message_en == "whether the head approved the extension is not recorded (extension.approved_by_head)"
    f = one(report, "G2.extension-after-due")
    assert (f.severity, f.path, f.parameter) == (WARNING, "$.extension", None)
    assert f.message == "延长于 2024-04-02 决定或告知，原答复期限已于 2024-04-01 届满"
    assert f.message_en == "the extension was decided or notified on 2024-04-02, after the original reply period ended on 2024-04-01"
    assert facts(f) == [("original_due", D(2024, 4, 1)), ("extended", D(2024, 4, 2))]
    on_the_day = request(extension=ReplyExtension(5, D(2024, 4, 1), True, D(2024, 4, 1)))
    assert check(on_the_day).findings == ()
    decided_late = request(extension=ReplyExtension(5, D(2024, 4, 2), True))
    assert facts(one(check(decided_late), "G2.extension-after-due"))[1] == ("extended", D(2024, 4, 2))


def test_g2_an_approved_extension_lengthens_the_period_up_to_the_maximum() -> None:
    # 20 + 5 working days from 4 March: 2, 3, 7 (Sunday, a working day), 8 and 9 April (4–6 April are Qingming).
    five = request(extension=ReplyExtension(5, D(2024, 3, 20), True, D(2024, 3, 20)))
    assert check(five, as_of=D(2024, 4, 9)).findings == ()
    f = one(check(five, as_of=D(2024, 4, 10)), "G2.reply-overdue")
    assert facts(f)[1] == ("due", D(2024, 4, 9))
    not_recorded = request(extension=ReplyExtension(5, D(2024, 3, 20), None, D(2024, 3, 20)))
    assert facts(one(check(not_recorded, as_of=D(2024, 4, 10)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 9))
    refused = request(extension=ReplyExtension(5, D(2024, 3, 20), False, D(2024, 3, 20)))
    assert facts(one(check(refused, as_of=D(2024, 4, 10)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 1))
    # Thirty days asked, twenty allowed: 40 working days from 4 March end on Monday 29 April (Sunday 28 April works).
    long_ = request(extension=ReplyExtension(30, D(2024, 3, 20), True, D(2024, 3, 20)))
    assert facts(one(check(long_, as_of=D(2024, 5, 6)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 29))
    (item,) = [u for u in upcoming(long_, as_of=D(2024, 3, 21)) if u.rule == "G2"]
    assert item.deadline.due == D(2024, 4, 29)


def test_g5_consultations() -> None:
    sent = D(2024, 3, 5)
    oral = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, written=False, answered_on=D(2024, 3, 27))
    silent = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", sent)
    report = check(request(consultations=[oral, silent], reply=reply(D(2024, 4, 20))), as_of=D(2024, 5, 1))
    f = one(report, "G5.not-in-writing")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.consultations[0].written", None, ())
    assert (f.message, f.message_en) == ("征求第三方意见未采用书面形式", "the third party was not consulted in writing")
    assert "第三十二条" in f.citation
    f = one(report, "G5.opinion-late")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.consultations[0].answered_on", None)
    assert f.message == "第三方未在 2024-03-26 前提出意见（由行政机关依照条例决定是否公开）"
    assert f.message_en == "the third party gave no opinion by 2024-03-26 (the agency decides under the regulation)"
    assert facts(f) == [("sent", sent), ("due", D(2024, 3, 26))]
    f = one(report, "G5.deemed-consent")
    assert (f.severity, f.path) == (INFO, "$.consultations[1].answered_on")
    assert f.message == "被征求意见机关未在 2024-03-26 前提出意见，视为同意公开"
    assert f.message_en == "the co-producing organ gave no opinion by 2024-03-26: deemed consent to disclosure"
    assert facts(f) == [("sent", sent), ("due", D(2024, 3, 26))]
    in_time = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, answered_on=D(2024, 3, 26))
    assert check(request(consultations=[in_time], reply=reply(D(2024, 4, 20)))).findings == ()
    assert check(request(consultations=[silent]), as_of=D(2024, 3, 26)).findings == ()
    assert "G5.deemed-consent" in [f.code for f in check(request(consultations=[silent]), as_of=D(2024, 3, 27)).findings]
    organ = DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某委", sent, written=False)
    assert check(request(consultations=[organ]), as_of=D(2024, 12, 1)).findings == ()  # no limit, clock stopped


def test_g2_consultation_time_is_left_out() -> None:
    sent = D(2024, 3, 5)
    # A third party answering on 20 March: 11 working days (6–20 March) left out; the 31st working day from
    # 4 March is 17 April.
    answered = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, answered_on=D(2024, 3, 20))
    f = one(check(request(consultations=[answered], reply=reply(D(2024, 4, 18)))), "G2.reply-late")
    assert facts(f)[1] == ("due", D(2024, 4, 17))
    # Silent, received the day it was sent: up to its 15th working day (26 March): 35 working days, 23 April.
    silent = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, received_on=sent)
    assert facts(one(check(request(consultations=[silent]), as_of=D(2024, 4, 24)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 23))
    # Silent, its receipt not recorded: the same count from the sending, but only a warning naming the receipt.
    unknown = attrs.evolve(silent, received_on=None)
    f = one(check(request(consultations=[unknown]), as_of=D(2024, 4, 24)), "G2.consultation-receipt-not-recorded")
    assert (f.severity, f.path, facts(f)[1]) == (WARNING, "$.consultations[0].received_on", ("due", D(2024, 4, 23)))
    assert check(request(consultations=[unknown]), as_of=D(2024, 4, 23)).codes() == ("G5.opinion-late",)
    # A co-producer answering late, its receipt of the request recorded, counts only to its last day (Art. 34);
    # with its receipt not recorded it counts to the opinion, as a third party's late opinion does.
    co_late = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", sent, answered_on=D(2024, 3, 29), received_on=sent)
    assert facts(one(check(request(consultations=[co_late]), as_of=D(2024, 4, 24)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 23))
    co_unknown = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", sent, answered_on=D(2024, 3, 29))
    assert facts(one(check(request(consultations=[co_unknown]), as_of=D(2024, 4, 30)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 26))
    tp_late = DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent, answered_on=D(2024, 3, 29))
    assert facts(one(check(request(consultations=[tp_late]), as_of=D(2024, 4, 30)), "G2.reply-overdue"))[1] == ("due", D(2024, 4, 26))
    co_early = DisclosureConsultation(ConsultedKind.CO_PRODUCER, "某局", sent, answered_on=D(2024, 3, 20))
    assert facts(one(check(request(consultations=[co_early], reply=reply(D(2024, 4, 18)))), "G2.reply-late"))[1] == ("due", D(2024, 4, 17))
    # Another organ, answered on 20 March: its days are left out as well.
    organ = DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某委", sent, answered_on=D(2024, 3, 20))
    assert facts(one(check(request(consultations=[organ], reply=reply(D(2024, 4, 18)))), "G2.reply-late"))[1] == ("due", D(2024, 4, 17))
    # Open with another organ: the reply is judged at the reply, the open time running to it.
    open_organ = DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某委", sent)
    assert check(request(consultations=[open_organ], reply=reply(D(2024, 6, 3)))).findings == ()
    assert check(request(consultations=[open_organ]), as_of=D(2024, 12, 1)).findings == ()


def test_r3_a_refusal_tells_reconsideration_first() -> None:
    f = one(check(request(reply=reply(D(2024, 3, 20), ReplyKind.REFUSED, reconsideration_first_told=False))), "R3.not-told")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.reply.reconsideration_first_told", None, ())
    assert f.message == "不予公开的答复未告知申请人先向行政复议机关申请行政复议"
    assert f.message_en == "the refusal did not tell the applicant to apply for administrative reconsideration first"
    assert "行政复议法（2023） 第二十三条" in f.citation
    f = one(check(request(reply=reply(D(2024, 3, 20), ReplyKind.REFUSED))), "R3.telling-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.reply.reconsideration_first_told")
    assert f.message == "不予公开的答复未记录是否告知复议前置（reply.reconsideration_first_told）"
    assert f.message_en == "the refusal does not record whether reconsideration-first was told (reply.reconsideration_first_told)"
    assert check(request(reply=reply(D(2024, 3, 20), ReplyKind.REFUSED, reconsideration_first_told=True))).findings == ()
    assert check(request(reply=reply(D(2024, 3, 20), ReplyKind.NOT_HELD))).findings == ()
    old = request(submitted_on=D(2023, 11, 1), confirmed_on=D(2023, 11, 1), reply=reply(D(2023, 11, 20), ReplyKind.REFUSED))
    f = one(check(old), "R3.no-rule")
    assert (f.severity, f.path) == (INFO, "$.reply")


def test_before_the_2019_regulation_nothing_is_judged() -> None:
    old = request(
        submitted_on=D(2019, 3, 1), confirmed_on=D(2019, 3, 4), channel=SubmissionChannel.ORDINARY_POST,
        arrived_on=D(2019, 3, 1),
        correction=CorrectionRequest(D(2019, 4, 30), corrected_on=D(2019, 5, 6)),
        consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2019, 5, 7), written=False)],
        extension=ReplyExtension(30, D(2019, 6, 1)),
        reply=reply(D(2019, 9, 2)),
    )
    report = check(old, as_of=D(2019, 12, 31))
    assert [(f.code, f.path) for f in report.findings] == [
        ("G4.no-rule", "$.channel"), ("G3.no-rule", "$.correction"), ("G5.no-rule", "$.consultations"), ("G2.no-rule", "$.reply"),
    ]
    assert all(f.severity is INFO for f in report.findings)


def test_disclosure_upcoming_items() -> None:
    sent = D(2024, 3, 5)
    consulted = [
        DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", sent),
        DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某委", sent, answered_on=D(2024, 3, 8)),
        DisclosureConsultation(ConsultedKind.THIRD_PARTY, "丙某", sent, answered_on=D(2024, 3, 7)),
    ]
    items = upcoming(request(consultations=consulted), as_of=D(2024, 3, 6))
    assert [(i.what, i.what_en, i.rule, i.deadline.due, i.parameter, i.overdue) for i in items] == [
        ("被征求意见方应于 2024-03-26 前提出意见", "the consulted side's opinion is due by 2024-03-26",
         "G5", D(2024, 3, 26), "disclosure.consultation_reply_period.max", False),
        ("如申请内容不明确，应于 2024-03-13 前一次性告知补正", "if the request is unclear, the one-time correction notice is due by 2024-03-13",
         "G3", D(2024, 3, 13), "disclosure.correction_notice_period.max", False),
        ("应于 2024-04-23 前答复政府信息公开申请（已扣除征求意见时间）",
         "the reply to the disclosure request is due by 2024-04-23 (consultation time left out)",
         "G2", D(2024, 4, 23), "disclosure.reply_period.max", False),
    ]
    assert "第三十二条" in items[0].citation and "第三十条" in items[1].citation and CITE_REPLY in items[2].citation
    # Past the correction's last day it is no longer listed; the reply is, overdue.
    items = upcoming(request(), as_of=D(2024, 4, 2))
    assert [(i.rule, i.deadline.due, i.overdue) for i in items] == [("G2", D(2024, 4, 1), True)]
    assert [i.rule for i in upcoming(request(), as_of=D(2024, 3, 13))] == ["G3", "G2"]
    # A correction already notified: no correction item; the reply counts from the corrections.
    corrected = request(correction=CorrectionRequest(D(2024, 3, 8), corrected_on=D(2024, 4, 1)))
    assert [(i.rule, i.deadline.due) for i in upcoming(corrected, as_of=D(2024, 4, 2))] == [("G2", D(2024, 4, 29))]
    # An open consultation of another organ: the reply's due day is unknown.
    organ = [DisclosureConsultation(ConsultedKind.OTHER_ORGAN, "某委", sent)]
    assert upcoming(request(consultations=organ), as_of=D(2024, 3, 6)) == upcoming(request(consultations=organ), as_of=D(2024, 3, 6))
    assert [i.rule for i in upcoming(request(consultations=organ), as_of=D(2024, 3, 6))] == ["G3"]
    assert upcoming(request(reply=reply(D(2024, 3, 20))), as_of=D(2024, 3, 6)) == ()
    assert upcoming(request(channel=SubmissionChannel.FAX, confirmed_on=None), as_of=D(2024, 3, 6)) == ()
