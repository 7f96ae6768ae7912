"""Tests that kill mutants of the State Council notice importer (calendar/notice.py, _notice_lunar.py).

Issue 22 (mutation testing, docs/testing.md): each test asserts behaviour a caller can observe, on the
reference notices in ../shared/calendar-notices or on short notices written in their style. A parse
error's whole message is asserted: it is what the user reads (the place, the reason, the quote, in
Chinese and in English).
"""

from __future__ import annotations

import datetime as dt

import pytest

from _notice_support import read_notice
from xingzheng import NoticeParseError
from xingzheng.calendar.notice import parse_notice


def notice(items: list[str], year: int = 2020, listed: str = "元旦", pre: str | None = None) -> str:
    """A short annual notice in the official layout: preamble, items, signature, date."""
    pre = pre if pre is not None else f"经国务院批准，现将{year}年{listed}放假调休日期的具体安排通知如下。"
    return "\n\n".join([pre, *items, "国务院办公厅", f"{year - 1}年11月21日"])


Y = "一、元旦：2020年1月1日放假，共1天。"


def test_the_2020_notice_header_and_blocks() -> None:
    a = parse_notice(read_notice("2020.md"))
    assert a.year == 2020
    assert a.document_number == "国办发明电〔2019〕16号"
    assert a.signed_on == dt.date(2019, 11, 21)
    assert a.issuer == "国务院办公厅"
    assert a.title == "国务院办公厅关于2020年部分节假日安排的通知"
    assert a.festivals_announced == ("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节", "中秋节")
    assert not a.is_amendment
    assert [b.item for b in a.blocks] == ["一", "二", "三", "四", "五", "六"]
    assert a.blocks[5].festivals == ("国庆节", "中秋节")
    assert a.adjusted_workdays == (
        dt.date(2020, 1, 19), dt.date(2020, 2, 1), dt.date(2020, 4, 26), dt.date(2020, 5, 9),
        dt.date(2020, 6, 28), dt.date(2020, 9, 27), dt.date(2020, 10, 10),
    )  # fmt: skip


def test_the_short_notice_of_these_tests_parses() -> None:
    a = parse_notice(notice([Y]))
    assert a.year == 2020 and a.holidays == {dt.date(2020, 1, 1): "元旦"}
    assert a.signed_on == dt.date(2019, 11, 21) and a.issuer == "国务院办公厅"


@pytest.mark.parametrize(
    ("text", "item", "zh", "en"),
    [
        pytest.param(
            notice(["一、元旦：2020年1月1日（星期四）放假，共1天。"]),
            "一",
            "第一项：1月1日是星期三，不是星期四：“一、元旦：2020年1月1日（星期四）放假，共1天。”",
            "item 一: 2020-01-01 is a Wednesday, not 星期四: '一、元旦：2020年1月1日（星期四）放假，共1天。'",
            id="weekday",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日（假日）放假，共1天。"]),
            "一",
            "第一项：无法识别日期注释“假日”：“一、元旦：2020年1月1日（假日）放假，共1天。”",
            "item 一: unknown date annotation '假日': '一、元旦：2020年1月1日（假日）放假，共1天。'",
            id="unknown_annotation",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日（农历腊月初五十）放假，共1天。"]),
            "一",
            "第一项：无法核对农历注释“农历腊月初五十”：“一、元旦：2020年1月1日（农历腊月初五十）放假，共1天。”",
            "item 一: cannot check the lunar annotation '农历腊月初五十': '一、元旦：2020年1月1日（农历腊月初五十）放假，共1天。'",
            id="lunar_unreadable",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日（农历腊月初八）放假，共1天。"]),
            "一",
            "第一项：1月1日不是农历腊月初八：“一、元旦：2020年1月1日（农历腊月初八）放假，共1天。”",
            "item 一: 2020-01-01 is not 农历腊月初八 in the lunar calendar: '一、元旦：2020年1月1日（农历腊月初八）放假，共1天。'",
            id="lunar_wrong",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日（除夕）放假，共1天。"]),
            "一",
            "第一项：1月1日不是除夕：“一、元旦：2020年1月1日（除夕）放假，共1天。”",
            "item 一: 2020-01-01 is not 除夕 in the lunar calendar: '一、元旦：2020年1月1日（除夕）放假，共1天。'",
            id="chuxi_wrong",
        ),
        pytest.param(
            notice(["一、元旦：1日放假，共1天。"]),
            "一",
            "第一项：日期“1日”缺少月份：“一、元旦：1日放假，共1天。”",
            "item 一: the date '1日' has no month: '一、元旦：1日放假，共1天。'",
            id="no_month",
        ),
        pytest.param(
            notice(["一、元旦：2020年2月30日放假，共1天。"]),
            "一",
            "第一项：“2020年2月30日”不是有效日期：“一、元旦：2020年2月30日放假，共1天。”",
            "item 一: '2020年2月30日' is not a valid date: '一、元旦：2020年2月30日放假，共1天。'",
            id="invalid_date",
        ),
        pytest.param(
            notice(["一、元旦：2022年1月1日放假，共1天。"]),
            "一",
            "第一项：“2022年1月1日”不在 2020 年前后：“一、元旦：2022年1月1日放假，共1天。”",
            "item 一: '2022年1月1日' is not near 2020, the year arranged: '一、元旦：2022年1月1日放假，共1天。'",
            id="far_year",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假。1月3日放假。"]),
            "一",
            "第一项：放假日期（1月1日、1月3日）不连续：“一、元旦：2020年1月1日放假。1月3日放假。”",
            "item 一: the holidays (1月1日、1月3日) are not consecutive: '一、元旦：2020年1月1日放假。1月3日放假。'",
            id="not_consecutive",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假1天。1月2日放假1天。"]),
            "一",
            "第一项：所述天数（1天）与全部放假日期（2天）不符：“一、元旦：2020年1月1日放假1天。1月2日放假1天。”",
            "item 一: the stated length (1 days) does not match all the holidays (2 days): '一、元旦：2020年1月1日放假1天。1月2日放假1天。'",
            id="longest_stated",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天。鼓励除夕(2月30日)休息。"]),
            "一",
            "第一项：“除夕(2月30日)”不是有效日期：“一、元旦：2020年1月1日放假，共1天。鼓励除夕(2月30日)休息。”",
            "item 一: '除夕(2月30日)' is not a valid date: '一、元旦：2020年1月1日放假，共1天。鼓励除夕(2月30日)休息。'",
            id="note_invalid",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月3日至1月1日放假调休，共3天。"]),
            "一",
            "第一项：2020-01-01 早于 2020-01-03：“一、元旦：2020年1月3日至1月1日放假调休，共3天。”",
            "item 一: the range ends (2020-01-01) before it starts (2020-01-03): '一、元旦：2020年1月3日至1月1日放假调休，共3天。'",
            id="range_backwards",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日至2月1日放假调休，共32天。"]),
            "一",
            "第一项：2020-01-01 至 2020-02-01 超过 31 天：“一、元旦：2020年1月1日至2月1日放假调休，共32天。”",
            "item 一: 2020-01-01 to 2020-02-01 is over 31 days: '一、元旦：2020年1月1日至2月1日放假调休，共32天。'",
            id="range_long",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天。1月2日起正常上班。"]),
            "一",
            "第一项：“起正常上班”只能跟在延长假期之后：“一、元旦：2020年1月1日放假，共1天。1月2日起正常上班。”",
            "item 一: 'work resumes on' only follows an extension: '一、元旦：2020年1月1日放假，共1天。1月2日起正常上班。'",
            id="resume_without_extension",
        ),
        pytest.param(
            notice(["一、延长植树节假期至2020年1月3日。"], pre="经国务院批准，现将2020年元旦假期延长。"),
            "一",
            "第一项：未知的节日“植树节”：“一、延长植树节假期至2020年1月3日。”",
            "item 一: unknown festival '植树节': '一、延长植树节假期至2020年1月3日。'",
            id="unknown_extension_festival",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天，吃饺子。"]),
            "一",
            "第一项：无法理解“吃饺子”：“一、元旦：2020年1月1日放假，共1天，吃饺子。”",
            "item 一: cannot understand '吃饺子': '一、元旦：2020年1月1日放假，共1天，吃饺子。'",
            id="cannot_understand",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天。1月2日上班。"]),
            "一",
            "第一项：调休上班日 1月2日是星期四，不是周末：“一、元旦：2020年1月1日放假，共1天。1月2日上班。”",
            "item 一: the adjusted working day 2020-01-02 is a Thursday, not a weekend day: '一、元旦：2020年1月1日放假，共1天。1月2日上班。'",
            id="workday_weekday",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天。1月4日、1月4日上班。"]),
            "一",
            "第一项：2020-01-04 重复：“一、元旦：2020年1月1日放假，共1天。1月4日、1月4日上班。”",
            "item 一: 2020-01-04 is listed twice: '一、元旦：2020年1月1日放假，共1天。1月4日、1月4日上班。'",
            id="workday_twice",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共2天。"]),
            "一",
            "第一项：“共2天”与所列日期（1月1日，1天）不符：“一、元旦：2020年1月1日放假，共2天。”",
            "item 一: '共2天' does not match the days given (1 days: 1月1日): '一、元旦：2020年1月1日放假，共2天。'",
            id="length",
        ),
        pytest.param(
            notice(["一、元旦：与周末连休。"]),
            "一",
            "第一项：“与周末连休”前没有放假日期：“一、元旦：与周末连休。”",
            "item 一: '与周末连休' follows no holiday date: '一、元旦：与周末连休。'",
            id="weekend_first",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，与周末连休。"]),
            "一",
            "第一项：1月1日是星期三，不能“与周末连休”（应为星期五或星期一）：“一、元旦：2020年1月1日放假，与周末连休。”",
            "item 一: 2020-01-01 is a Wednesday and cannot join the weekend (a Friday or a Monday can): '一、元旦：2020年1月1日放假，与周末连休。'",
            id="weekend_wrong_day",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日补休。"]),
            "一",
            "第一项：“补休”须跟在周末的放假日之后：“一、元旦：2020年1月1日补休。”",
            "item 一: '补休' (make-up day off) must follow a holiday on a weekend day: '一、元旦：2020年1月1日补休。'",
            id="compensation_none",
        ),
        pytest.param(
            notice(["一、国庆节：2020年10月4日放假，10月6日补休。"], listed="国庆节"),
            "一",
            "第一项：补休日 10月6日不是10月4日所在周末后的星期一：“一、国庆节：2020年10月4日放假，10月6日补休。”",
            "item 一: the make-up day 2020-10-06 is not the Monday after the weekend of 2020-10-04: '一、国庆节：2020年10月4日放假，10月6日补休。'",
            id="compensation_wrong",
        ),
        pytest.param(
            notice([Y], listed="元旦和植树节"),
            "导语",
            "导语：有未知的节日：植树节：“经国务院批准,现将2020年元旦和植树节放假调休日期的具体安排通知如下。”",
            "the preamble: names unknown festivals: ['植树节']: '经国务院批准,现将2020年元旦和植树节放假调休日期的具体安排通知如下。'",
            id="announced_unknown",
        ),
        pytest.param(
            "经国务院批准，现将元旦放假调休日期的具体安排通知如下。\n\n一、元旦：1月1日放假，共1天。",
            "导语",
            "导语：通知中找不到安排所属的年份：“经国务院批准,现将元旦放假调休日期的具体安排通知如下。”",
            "the preamble: cannot find the year the notice arranges: '经国务院批准,现将元旦放假调休日期的具体安排通知如下。'",
            id="no_year",
        ),
        pytest.param(
            "关于2020年元旦的通知。\n\n请各地注意安全。",
            "正文",
            "正文：通知中没有任何放假安排：“关于2020年元旦的通知。请各地注意安全。”",
            "the body: the notice arranges no days: '关于2020年元旦的通知。请各地注意安全。'",
            id="no_days",
        ),
        pytest.param(
            notice(["一、植树节：2020年1月1日放假，共1天。"]),
            "一",
            "第一项：未知的节日“植树节”：“一、植树节：2020年1月1日放假，共1天。”",
            "item 一: unknown festival '植树节': '一、植树节：2020年1月1日放假，共1天。'",
            id="unknown_head",
        ),
        pytest.param(
            notice(["一、2020年1月1日放假，共1天。"]),
            "一",
            "第一项：年度通知的事项须写明节日：“一、2020年1月1日放假，共1天。”",
            "item 一: an item of an annual notice must name its festival: '一、2020年1月1日放假，共1天。'",
            id="annual_unnamed",
        ),
        pytest.param(
            notice(
                ["一、延长春节假期至2020年2月2日，2020年2月3日放假。"],
                pre="经国务院批准，2020年春节假期延长。",
            ),
            "一",
            "第一项：延长假期的事项不能同时安排其他日期：“一、延长春节假期至2020年2月2日，2020年2月3日放假。”",
            "item 一: an extension item cannot arrange other days: '一、延长春节假期至2020年2月2日，2020年2月3日放假。'",
            id="extension_and_days",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天，不调休。1月4日上班。"]),
            "一",
            "第一项：写明“不调休”却列有上班日：“一、元旦：2020年1月1日放假，共1天，不调休。1月4日上班。”",
            "item 一: says 不调休 (no swap) but lists working days: '一、元旦：2020年1月1日放假，共1天，不调休。1月4日上班。'",
            id="no_swap_workdays",
        ),
        pytest.param(
            notice(["一、2020年1月1日放假，共1天。"], pre="经国务院批准，2020年元旦和春节安排调整。"),
            "一",
            "第一项：事项未写明节日，导语也未指明唯一的节日：“一、2020年1月1日放假，共1天。”",
            "item 一: the item names no festival and the preamble does not name exactly one: '一、2020年1月1日放假，共1天。'",
            id="context_two",
        ),
        pytest.param(
            notice(
                ["一、延长春节假期至2020年2月2日。2月4日起正常上班。"],
                pre="经国务院批准，2020年春节假期延长。",
            ),
            "一",
            "第一项：假期至 2020-02-02，恢复上班日应为 2020-02-03，而不是 2020-02-04：“一、延长春节假期至2020年2月2日。2月4日起正常上班。”",
            "item 一: the holiday ends on 2020-02-02: work resumes on 2020-02-03, not 2020-02-04: '一、延长春节假期至2020年2月2日。2月4日起正常上班。'",
            id="resume_wrong",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月2日放假，共1天。"]),
            "一",
            "第一项：元旦（1月1日）不在所列放假日期之内：“一、元旦：2020年1月2日放假，共1天。”",
            "item 一: 元旦 (2020-01-01) is not among the holidays given: '一、元旦：2020年1月2日放假，共1天。'",
            id="own_day",
        ),
        pytest.param(
            notice(["一、元旦：2019年12月28日至2020年1月1日放假调休，共5天。2019年12月28日上班。"]),
            "一",
            "第一项：2019-12-28 既放假又上班：“一、元旦：2019年12月28日至2020年1月1日放假调休，共5天。2019年12月28日上班。”",
            "item 一: 2019-12-28 is both a holiday and a working day: '一、元旦：2019年12月28日至2020年1月1日放假调休，共5天。2019年12月28日上班。'",
            id="both",
        ),
        pytest.param(
            notice(["一、元旦：2020年1月1日放假，共1天。1月19日上班。"]),
            "一",
            "第一项：调休上班日 1月19日距放假日期 18 天，超过 14 天：“一、元旦：2020年1月1日放假，共1天。1月19日上班。”",
            "item 一: the adjusted working day 2020-01-19 is 18 days from the holidays (more than 14): '一、元旦：2020年1月1日放假，共1天。1月19日上班。'",
            id="distance",
        ),
        pytest.param(
            notice([Y], listed="元旦和春节"),
            "导语",
            "导语：列出的春节没有对应的事项：“经国务院批准,现将2020年元旦和春节放假调休日期的具体安排通知如下。”",
            "the preamble: names 春节 but no item arranges it: '经国务院批准,现将2020年元旦和春节放假调休日期的具体安排通知如下。'",
            id="missing",
        ),
        pytest.param(
            notice([Y, "二、劳动节：5月1日放假，共1天。"]),
            "导语",
            "导语：事项中的劳动节未在导语中列出：“经国务院批准,现将2020年元旦放假调休日期的具体安排通知如下。”",
            "the preamble: 劳动节 is arranged but not named here: '经国务院批准,现将2020年元旦放假调休日期的具体安排通知如下。'",
            id="extra",
        ),
        pytest.param(
            notice(["一、元旦：1月4日上班。"]),
            "一",
            "第一项：没有放假日期：“一、元旦：1月4日上班。”",
            "item 一: no holiday date: '一、元旦：1月4日上班。'",
            id="no_holiday2",
        ),
        pytest.param(
            notice(["一、元旦：2019年12月2日至2020年1月1日放假调休，共31天。2019年11月30日上班。"]),
            "一",
            "第一项：2019-11-30 不在 2020 年或 2019 年 12 月内：“一、元旦：2019年12月2日至2020年1月1日放假调休，共31天。2019年11月30日上班。”",
            "item 一: 2019-11-30 is not in 2020 or in December 2019: '一、元旦：2019年12月2日至2020年1月1日放假调休，共31天。2019年11月30日上班。'",
            id="year2",
        ),
        pytest.param(
            notice(
                ["一、国庆节：10月1日至8日放假调休，共8天。", "二、中秋节：10月1日放假，共1天。"],
                listed="国庆节和中秋节",
            ),
            "二",
            "第二项：2020-10-01 已在第一项中安排：“二、中秋节：10月1日放假，共1天。”",
            "item 二: 2020-10-01 is already arranged in item 一: '二、中秋节：10月1日放假，共1天。'",
            id="twice2",
        ),
        pytest.param(
            "经国务院批准，2020年元旦安排如下。\n\n2020年1月1日放假，共2天。",
            "正文",
            "正文：“共2天”与所列日期（1月1日，1天）不符：“2020年1月1日放假，共2天。”",
            "the body: '共2天' does not match the days given (1 days: 1月1日): '2020年1月1日放假，共2天。'",
            id="body_place",
        ),
    ],
)
def test_a_parse_error_names_its_place_says_why_and_quotes_the_item(
    text: str, item: str, zh: str, en: str
) -> None:
    with pytest.raises(NoticeParseError) as info:
        parse_notice(text)
    assert info.value.item == item
    assert str(info.value) == f"{zh} / {en}"


def _message(call: object) -> tuple[str | None, str]:
    assert callable(call)
    with pytest.raises(NoticeParseError) as info:
        call()
    return info.value.item, str(info.value)


EXTENSION_ITEM = "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。"


def test_an_amendment_for_another_year_names_both_years() -> None:
    extension = parse_notice(read_notice("2020-extension.md"))
    assert _message(lambda: parse_notice(read_notice("2021.md")).amend(extension)) == (
        None,
        "修改通知（国办发明电〔2020〕1号）针对 2020 年，不能用于 2021 年的安排 / "
        "the amending notice (国办发明电〔2020〕1号) is for 2020, not 2021",
    )


def test_an_unresolved_extension_says_how_to_import_it() -> None:
    extension = parse_notice(read_notice("2020-extension.md"))
    assert _message(extension.to_supplement) == (
        "一",
        "第一项：延长假期须对照被修改的安排才能确定日期（国办发明电〔2020〕1号）；请与年度通知一起导入，"
        f"或使用 calendar.with_notice：“{EXTENSION_ITEM}” / item 一: an extension needs the arrangement it "
        "extends (国办发明电〔2020〕1号); import it together with the annual notice, or use "
        f"calendar.with_notice: '{EXTENSION_ITEM}'",
    )


def test_an_extension_that_cannot_be_resolved_says_why() -> None:
    extension = parse_notice(read_notice("2020-extension.md"))
    new_year_only = parse_notice(notice([Y]))
    assert _message(lambda: new_year_only.amend(extension)) == (
        "一",
        f"第一项：要延长的春节假期在被修改的安排中不存在：“{EXTENSION_ITEM}” / item 一: the 春节 holiday to "
        f"extend is not in the arrangement amended: '{EXTENSION_ITEM}'",
    )
    extended = parse_notice(read_notice("2020.md")).amend(extension)
    assert _message(lambda: extended.amend(extension)) == (
        "一",
        f"第一项：延长至 2020-02-02，但春节假期已到 2020-02-02：“{EXTENSION_ITEM}” / item 一: extends to "
        f"2020-02-02, but the 春节 holiday already runs to 2020-02-02: '{EXTENSION_ITEM}'",
    )


def test_merging_refuses_two_annual_notices_and_an_amendment_without_its_year() -> None:
    from xingzheng.calendar.notice import merge_notices

    assert _message(lambda: merge_notices([read_notice("2020.md"), read_notice("2020.md")])) == (
        None,
        "给出了两份 2020 年的年度通知 / two annual notices for 2020",
    )
    assert _message(lambda: merge_notices([read_notice("2020-extension.md")])) == (
        None,
        "修改通知（国办发明电〔2020〕1号）针对 2020 年，但既未给出该年的年度通知，日历也不覆盖该年 / "
        "the amending notice (国办发明电〔2020〕1号) is for 2020, but neither that year's annual notice is "
        "given nor does the calendar cover it",
    )


def test_an_error_in_an_unnumbered_paragraph_names_the_body() -> None:
    text = "经国务院批准，2020年元旦安排如下。\n\n2020年1月1日放假，共2天。"
    assert _message(lambda: parse_notice(text)) == (
        "正文",
        "正文：“共2天”与所列日期（1月1日，1天）不符：“2020年1月1日放假，共2天。” / the body: '共2天' does not "
        "match the days given (1 days: 1月1日): '2020年1月1日放假，共2天。'",
    )


def test_an_amendment_alone_may_not_take_away_weekday_rest_days_or_working_days() -> None:
    from xingzheng.calendar import default_calendar

    # Made up: a calendar whose 2019 劳动节 also rests on Monday 6 May and Saturday 11 May and works
    # Saturday 27 April. The Labour Day amendment (1–4 May off, 28 April and 5 May worked) takes the
    # three away: the Saturday goes back to a weekend (expressible), the other two cannot be expressed.
    cal = default_calendar().with_supplement(
        {
            "year": 2019,
            "source": "假想",
            "holidays": [
                {
                    "name": "劳动节",
                    "dates": [dt.date(2019, 5, 1), dt.date(2019, 5, 6), dt.date(2019, 5, 11)],
                    "adjusted_workdays": [dt.date(2019, 4, 27)],
                }
            ],
        },
        override=True,
    )
    with pytest.raises(NoticeParseError) as info:
        cal.with_notice(read_notice("2019-labour-day-adjustment.md"))
    assert info.value.text == "国办发明电〔2019〕3号"
    assert _message(lambda: cal.with_notice(read_notice("2019-labour-day-adjustment.md"))) == (
        None,
        "修改通知（国办发明电〔2019〕3号）取消了日历中 2019-04-27、2019-05-06 的安排，补充数据无法表达；"
        "请与该年的年度通知一起导入 / the amending notice (国办发明电〔2019〕3号) takes away what the calendar "
        "sets on 2019-04-27、2019-05-06, which a supplement cannot express; import it together with that "
        "year's annual notice",
    )


def test_calendar_with_notices_applies_the_merged_notices_like_with_notice() -> None:
    from xingzheng.calendar import default_calendar
    from xingzheng.calendar.notice import calendar_with_notices
    from xingzheng.errors import SupplementConflictError

    base = default_calendar()
    texts = [read_notice("2020.md"), read_notice("2020-extension.md")]
    cal = calendar_with_notices(base, texts)
    assert cal.holiday_name(dt.date(2020, 2, 2)) is not None and not cal.is_workday(dt.date(2020, 2, 1))
    assert cal.entry_source(dt.date(2020, 1, 31)) == "国办发明电〔2020〕1号"
    assert cal.entry_source(dt.date(2020, 1, 24)) == "国办发明电〔2019〕16号"
    # The annual notice alone contradicts the extended data (it works Saturday 1 February, which the
    # extension made a rest day): refused unless overridden, and then the notice's day wins.
    with pytest.raises(SupplementConflictError):
        calendar_with_notices(base, texts[:1])
    overridden = calendar_with_notices(base, texts[:1], override=True)
    assert overridden.is_workday(dt.date(2020, 2, 1))
    assert overridden.entry_source(dt.date(2020, 2, 1)) == "国办发明电〔2019〕16号"


# --------------------------------------------------------------------------- _notice_lunar.py
# 春节 (正月初一), 端午 (五月初五) and 中秋 (八月十五) of every year 1901–2099, month and day, five years a
# line: the Hong Kong Observatory's tables as the `lunardate` package (1.x) gives them; checked once with it,
# not a dependency. The three years the computation does not reproduce are listed below, with the reason.
FESTIVALS_1901 = (
    "0219 0620 0927 | 0208 0610 0916 | 0129 0531 1005 | 0216 0618 0924 | 0204 0607 0913",
    "0125 0626 1002 | 0213 0615 0922 | 0202 0603 0910 | 0122 0622 0928 | 0210 0611 0918",
    "0130 0601 1006 | 0218 0619 0925 | 0206 0609 0915 | 0126 0529 1004 | 0214 0617 0923",
    "0203 0605 0912 | 0123 0623 0930 | 0211 0613 0919 | 0201 0602 1008 | 0220 0620 0926",
    "0208 0610 0916 | 0128 0531 1005 | 0216 0618 0925 | 0205 0606 0913 | 0124 0625 1002",
    "0213 0614 0921 | 0202 0604 0910 | 0123 0622 0928 | 0210 0611 0917 | 0130 0601 1006",
    "0217 0620 0926 | 0206 0608 0915 | 0126 0528 1004 | 0214 0616 0923 | 0204 0605 0912",
    "0124 0623 0930 | 0211 0613 0919 | 0131 0602 1008 | 0219 0621 0927 | 0208 0610 0916",
    "0127 0530 1005 | 0215 0618 0924 | 0205 0607 0914 | 0125 0625 1001 | 0213 0614 0920",
    "0202 0604 0910 | 0122 0623 0929 | 0210 0611 0917 | 0129 0601 1006 | 0217 0619 0926",
    "0206 0609 0915 | 0127 0528 1003 | 0214 0615 0922 | 0203 0605 0911 | 0124 0624 0930",
    "0212 0613 0919 | 0131 0602 0908 | 0218 0621 0927 | 0208 0610 0917 | 0128 0529 1005",
    "0215 0617 0924 | 0205 0606 0913 | 0125 0625 1002 | 0213 0614 0920 | 0202 0604 0910",
    "0121 0623 0929 | 0209 0612 0918 | 0130 0531 1006 | 0217 0619 0926 | 0206 0608 0915",
    "0127 0528 1003 | 0215 0615 0922 | 0203 0605 0911 | 0123 0624 0930 | 0211 0614 0920",
    "0131 0602 0908 | 0218 0621 0927 | 0207 0610 0916 | 0128 0530 1005 | 0216 0617 0923",
    "0205 0606 0912 | 0125 0625 1001 | 0213 0615 0921 | 0202 0604 0910 | 0220 0622 0929",
    "0209 0611 0918 | 0129 0531 1007 | 0217 0618 0925 | 0206 0608 0914 | 0127 0528 1003",
    "0215 0616 0922 | 0204 0605 0911 | 0123 0624 0930 | 0210 0613 0920 | 0131 0602 0909",
    "0219 0620 0927 | 0207 0609 0916 | 0128 0530 1005 | 0216 0618 0924 | 0205 0606 0912",
    "0124 0625 1001 | 0212 0615 0921 | 0201 0604 0911 | 0122 0622 0928 | 0209 0611 0918",
    "0129 0531 1006 | 0218 0619 0925 | 0207 0608 0914 | 0126 0528 1003 | 0214 0616 0922",
    "0203 0606 0912 | 0123 0623 0930 | 0210 0612 0919 | 0131 0602 0908 | 0219 0620 0927",
    "0208 0609 0915 | 0128 0530 1004 | 0216 0618 0924 | 0205 0607 0913 | 0125 0625 1001",
    "0212 0614 0921 | 0201 0603 0910 | 0122 0622 0929 | 0210 0610 0917 | 0129 0531 1006",
    "0217 0619 0925 | 0206 0609 0915 | 0126 0528 1003 | 0213 0616 0922 | 0203 0605 0912",
    "0123 0624 1001 | 0211 0612 0919 | 0131 0601 0908 | 0219 0620 0927 | 0208 0610 0916",
    "0128 0530 1004 | 0215 0618 0924 | 0204 0607 0913 | 0124 0527 1002 | 0212 0614 0920",
    "0201 0603 0910 | 0122 0622 0928 | 0210 0611 0917 | 0130 0531 1005 | 0217 0619 0925",
    "0206 0608 0915 | 0126 0529 1004 | 0214 0615 0922 | 0202 0604 0911 | 0123 0623 0930",
    "0211 0613 0919 | 0201 0601 0907 | 0219 0620 0926 | 0208 0610 0916 | 0128 0530 1005",
    "0215 0617 0924 | 0204 0606 0913 | 0124 0625 1002 | 0212 0614 0921 | 0202 0603 0909",
    "0121 0622 0928 | 0209 0611 0917 | 0129 0601 1006 | 0217 0619 0925 | 0205 0608 0915",
    "0126 0528 1003 | 0214 0616 0923 | 0203 0604 0911 | 0123 0623 0929 | 0211 0613 0919",
    "0131 0602 0908 | 0219 0620 0926 | 0207 0610 0916 | 0127 0530 1005 | 0215 0617 0924",
    "0205 0606 0912 | 0124 0624 1001 | 0212 0614 0920 | 0202 0604 0910 | 0122 0622 0928",
    "0209 0611 0917 | 0129 0601 1006 | 0217 0619 0926 | 0206 0607 0914 | 0126 0527 1003",
    "0214 0615 0922 | 0203 0605 0911 | 0124 0623 0929 | 0210 0613 0918 | 0130 0602 0908",
    "0218 0621 0927 | 0207 0609 0916 | 0127 0529 1005 | 0215 0617 0924 | 0205 0606 0913",
    "0125 0624 0930 | 0212 0614 0920 | 0201 0604 0909 | 0121 0623 0929",
)
#: Where the computation differs from the tables: 1916 (a new moon minutes from midnight, when China did not
#: yet keep UTC+8), 1978 (中秋: a new moon minutes from midnight) and 1985 (chinese-calendar puts 冬至 1984 on
#: 21 December, the tables on 22 December, so the months of 1984–85 are numbered one off).
NOT_REPRODUCED = {1916: "0203 0605 0912", 1978: "0207 0610 0916", 1985: "0220 0622 0929"}


def _table() -> dict[int, tuple[dt.date, dt.date, dt.date]]:
    rows = [row for line in FESTIVALS_1901 for row in line.split(" | ")]
    return {
        year: tuple(dt.date(year, int(md[:2]), int(md[2:])) for md in row.split())  # type: ignore[misc]
        for year, row in enumerate(rows, start=1901)
    }


def test_the_lunar_festival_days_agree_with_the_observatory_tables_1901_to_2099() -> None:
    from xingzheng.calendar import _notice_lunar as lunar

    table = _table()
    assert len(table) == 199
    computed = {
        year: (lunar.lunar_new_year(year), lunar.dragon_boat_day(year), lunar.mid_autumn_day(year))
        for year in table
    }
    differing = {year for year in table if computed[year] != table[year]}
    assert differing == set(NOT_REPRODUCED)
    assert all(" ".join(f"{d:%m%d}" for d in table[y]) == NOT_REPRODUCED[y] for y in NOT_REPRODUCED)


def test_the_leap_months_of_2033_and_2034_put_the_festivals_where_the_tables_do() -> None:
    # A month numbered by the principal term it contains would be a month off here: 中秋 2033 on 7 October and
    # 春节 2034 on 20 January (found while checking the lunar mutants; GB/T 33661-2017's leap-month rule).
    from xingzheng.calendar import _notice_lunar as lunar

    assert lunar.mid_autumn_day(2033) == dt.date(2033, 9, 8)
    assert lunar.lunar_new_year(2034) == dt.date(2034, 2, 19)
    assert lunar.lunar_new_year(2053) == dt.date(2053, 2, 19)
    # 闰十一月 2033 (from 22 December) is no 腊月; 腊月 2034 begins on 20 January.
    assert lunar.lunar_month_day(dt.date(2033, 12, 21)) is None
    assert lunar.lunar_month_day(dt.date(2034, 1, 19)) is None
    assert lunar.lunar_month_day(dt.date(2034, 1, 20)) == (12, 1)
    assert lunar.lunar_month_day(dt.date(2034, 2, 18)) == (12, 30)
    assert lunar.lunar_month_day(dt.date(2034, 2, 19)) == (1, 1)


def test_lunar_month_and_day_around_every_new_year_2001_to_2099() -> None:
    from xingzheng.calendar import _notice_lunar as lunar

    one = dt.timedelta(days=1)
    for year, (new_year, _, mid_autumn) in _table().items():
        if year <= 2000:
            continue
        eve = lunar.lunar_month_day(new_year - one)
        assert eve is not None and eve[0] == 12 and eve[1] in (29, 30), year
        assert lunar.lunar_month_day(new_year - 20 * one) == (12, eve[1] - 19), year
        assert lunar.lunar_month_day(new_year) == (1, 1), year
        assert lunar.lunar_month_day(new_year + 14 * one) == (1, 15), year
        assert lunar.lunar_month_day(mid_autumn) is None, year


def _labour_day_2004(workdays: str) -> str:
    """A made-up amendment of 2004's Labour Day (the data: 1–7 May off, 8 and 9 May worked), untitled."""
    return (
        "经国务院批准，现将调整2004年劳动节放假安排通知如下。\n\n"
        f"一、2004年5月1日至7日放假调休，共7天。{workdays}上班。\n\n国务院办公厅\n\n2004年4月1日"
    )


def test_an_untitled_amendment_resolved_against_the_first_covered_year_holds_only_its_own_days() -> None:
    from xingzheng.calendar import default_calendar
    from xingzheng.calendar.notice import merge_notices

    # The calendar's own blocks keep the data's source, never the description an untitled notice is cited by.
    (merged,) = merge_notices([_labour_day_2004("5月8日（星期六）、5月9日（星期日）")], default_calendar())
    assert merged.year == 2004 and merged.source == "2004年节假日安排通知" and merged.changes == ()
    (block,) = merged.blocks
    assert block.festivals == ("劳动节",) and block.source == "2004年节假日安排通知"
    assert block.holidays[0] == dt.date(2004, 5, 1) and block.adjusted_workdays == (
        dt.date(2004, 5, 8),
        dt.date(2004, 5, 9),
    )
    # 2004 is the first year covered (December 2003 is not): its Labour Day is still read from the calendar,
    # so an amendment that drops the 9 May working day is refused.
    assert _message(lambda: merge_notices([_labour_day_2004("5月8日（星期六）")], default_calendar())) == (
        None,
        "修改通知（2004年节假日安排通知）取消了日历中 2004-05-09 的安排，补充数据无法表达；请与该年的年度通知一起导入 / "
        "the amending notice (2004年节假日安排通知) takes away what the calendar sets on 2004-05-09, which a "
        "supplement cannot express; import it together with that year's annual notice",
    )


def test_a_replacement_takes_its_days_from_other_festivals_blocks() -> None:
    from xingzheng.calendar.notice import Arrangement, FestivalArrangement, ReplaceFestival

    d = dt.date
    annual = Arrangement(
        year=2020,
        blocks=[
            FestivalArrangement(("元旦",), [d(2020, 1, 1), d(2020, 1, 2)], item="一", source="甲"),
            FestivalArrangement(
                ("春节",), [d(2020, 1, 24), d(2020, 1, 25)], [d(2020, 1, 19)], item="二", source="甲"
            ),
        ],
    )
    change = FestivalArrangement(("劳动节",), [d(2020, 1, 2), d(2020, 1, 3)], [d(2020, 1, 19)], item="一")
    merged = annual.amend(Arrangement(year=2020, document_number="乙", changes=[ReplaceFestival(change)]))
    assert [(b.festivals, b.holidays, b.adjusted_workdays, b.source) for b in merged.blocks] == [
        (("元旦",), (d(2020, 1, 1),), (), "甲"),
        (("春节",), (d(2020, 1, 24), d(2020, 1, 25)), (), "甲"),
        (("劳动节",), (d(2020, 1, 2), d(2020, 1, 3)), (d(2020, 1, 19),), "乙"),
    ]


def test_an_extension_block_keeps_the_item_and_text_of_the_extending_notice() -> None:
    merged = parse_notice(read_notice("2020.md")).amend(parse_notice(read_notice("2020-extension.md")))
    extension = merged.blocks[-1]
    assert extension.festivals == ("春节",) and extension.item == "一" and extension.text == EXTENSION_ITEM
    assert extension.holidays == (dt.date(2020, 1, 31), dt.date(2020, 2, 1), dt.date(2020, 2, 2))
    assert extension.source == "国办发明电〔2020〕1号"
    spring = merged.blocks[1]
    assert spring.adjusted_workdays == (
        dt.date(2020, 1, 19),
    )  # 1 February became a rest day of the extension


def test_an_amendment_that_replaces_days_is_a_supplement_by_itself() -> None:
    d = dt.date
    assert parse_notice(read_notice("2019-labour-day-adjustment.md")).to_supplement() == {
        "year": 2019,
        "source": "国办发明电〔2019〕3号",
        "holidays": [
            {
                "name": "劳动节",
                "dates": [d(2019, 5, 1), d(2019, 5, 2), d(2019, 5, 3), d(2019, 5, 4)],
                "adjusted_workdays": [d(2019, 4, 28), d(2019, 5, 5)],
            }
        ],
    }


def test_the_working_days_of_a_merged_block_go_with_national_day_even_on_a_tie() -> None:
    from xingzheng.calendar.notice import Arrangement, FestivalArrangement

    d = dt.date
    # 中秋 2012 fell on 30 September: a made-up two-day merged block ties one day each.
    block = FestivalArrangement(("中秋节", "国庆节"), [d(2012, 9, 30), d(2012, 10, 1)], [d(2012, 9, 29)])
    assert Arrangement(year=2012, blocks=[block]).to_supplement()["holidays"] == [
        {"name": "中秋节", "dates": [d(2012, 9, 30)]},
        {"name": "国庆节", "dates": [d(2012, 10, 1)], "adjusted_workdays": [d(2012, 9, 29)]},
    ]


def test_calendar_with_notices_resolves_an_amendment_alone_against_the_calendar() -> None:
    from xingzheng.calendar import default_calendar
    from xingzheng.calendar.notice import calendar_with_notices

    cal = calendar_with_notices(default_calendar(), [read_notice("2019-labour-day-adjustment.md")])
    assert cal.entry_source(dt.date(2019, 5, 4)) == "国办发明电〔2019〕3号"
    assert cal.is_workday(dt.date(2019, 5, 5)) and not cal.is_workday(dt.date(2019, 5, 3))


# The first day of 腊月 of each lunar year 1901–2099 (month and day; "+" when it falls in January of the next
# year), ten a line, from the same tables (checked once with `lunardate`). 1984's is not reproduced (冬至 1984,
# as above).
FIRST_OF_LA_1901 = (
    "+0110 1230 +0117 +0106 1226 +0114 +0104 1223 +0111 +0101",
    "+0119 +0107 1227 +0115 +0105 1225 +0113 +0102 +0121 +0109",
    "1229 +0117 +0106 1226 +0114 +0104 1224 +0111 1231 +0119",
    "+0108 1227 +0115 +0105 1226 +0113 +0102 +0120 +0109 1229",
    "+0117 +0106 1227 +0114 +0103 1223 +0111 1230 +0118 +0108",
    "1228 +0115 +0105 1225 +0113 +0101 +0120 +0109 1230 +0117",
    "+0106 1227 +0115 +0103 1223 +0111 1231 +0118 +0108 1228",
    "+0116 +0104 1224 +0112 +0101 +0119 +0109 1230 +0118 +0106",
    "1226 +0114 +0103 +0121 +0110 1231 +0119 +0108 1228 +0116",
    "+0105 1224 +0112 +0101 +0120 +0109 1230 +0117 +0107 1226",
    "+0113 +0103 1223 +0110 1231 +0119 +0108 1227 +0115 +0104",
    "1225 +0112 +0101 +0120 +0110 1229 +0117 +0106 1226 +0113",
    "+0103 1223 +0111 1231 +0119 +0108 1228 +0115 +0104 1225",
    "+0113 +0101 +0120 +0109 1229 +0116 +0105 1226 +0114 +0103",
    "1223 +0111 1231 +0118 +0107 1227 +0115 +0104 1225 +0113",
    "+0102 +0120 +0109 1229 +0117 +0105 1226 +0114 +0104 1223",
    "+0111 1231 +0118 +0107 1227 +0115 +0105 1224 +0112 +0101",
    "+0120 +0108 1229 +0117 +0106 1226 +0114 +0103 1223 +0110",
    "1230 +0118 +0108 1227 +0115 +0105 1225 +0112 +0101 +0120",
    "+0109 1229 +0117 +0106 1227 +0113 +0102 1222 +0110",
)


def test_the_first_day_of_la_yue_agrees_with_the_observatory_tables() -> None:
    from xingzheng.calendar import _notice_lunar as lunar

    codes = [code for line in FIRST_OF_LA_1901 for code in line.split()]
    assert len(codes) == 199
    differing = []
    for year, code in enumerate(codes, start=1901):
        first = dt.date(year + code.startswith("+"), int(code.lstrip("+")[:2]), int(code[-2:]))
        got = (lunar.lunar_month_day(first - dt.timedelta(days=1)), lunar.lunar_month_day(first))
        if got != (None, (12, 1)):
            differing.append(year)
    assert differing == [1984]


def test_an_encouragement_names_a_wrong_new_years_eve() -> None:
    text = notice(["一、元旦：2020年1月1日放假，共1天。鼓励除夕(1月2日)休息。"])
    quote = "一、元旦：2020年1月1日放假，共1天。鼓励除夕(1月2日)休息。"
    assert _message(lambda: parse_notice(text)) == (
        "一",
        f"第一项：1月2日不是除夕：“{quote}” / item 一: 2020-01-02 is not 除夕 in the lunar calendar: '{quote}'",
    )


def test_work_resumes_on_the_monday_after_an_extension_ending_on_a_friday() -> None:
    pre = "经国务院批准，2020年春节假期延长。"
    friday = notice(["一、延长2020年春节假期至2月7日（星期五），2月10日（星期一）起正常上班。"], pre=pre)
    (change,) = parse_notice(friday).changes
    assert change.until == dt.date(2020, 2, 7) and change.resume_on == dt.date(2020, 2, 10)  # type: ignore[union-attr]
    saturday = notice(["一、延长2020年春节假期至2月7日（星期五），2月8日（星期六）起正常上班。"], pre=pre)
    with pytest.raises(NoticeParseError, match="恢复上班日应为 2020-02-10，而不是 2020-02-08"):
        parse_notice(saturday)


def test_a_quote_of_200_characters_is_whole_and_a_longer_one_is_cut_to_200() -> None:
    head = "一、元旦：2020年1月1日放假，共2天。鼓励"
    for length in (200, 201):
        item = head + "甲" * (length - len(head) - 1) + "。"
        assert len(item) == length
        with pytest.raises(NoticeParseError) as info:
            parse_notice(notice([item]))
        quote = item if length == 200 else item[:199] + "…"
        assert info.value.text == item
        assert str(info.value).endswith(
            f"：“{quote}” / item 一: '共2天' does not match the days given (1 days: 1月1日): '{quote}'"
        )


def test_merging_errors_quote_the_notice_and_annual_notices_of_two_years_merge() -> None:
    from xingzheng.calendar.notice import merge_notices

    with pytest.raises(NoticeParseError) as info:
        merge_notices([read_notice("2020.md"), read_notice("2020.md")])
    assert info.value.text == "国办发明电〔2019〕16号" and info.value.item is None
    with pytest.raises(NoticeParseError) as info:
        merge_notices([read_notice("2020-extension.md")])
    assert info.value.text == "国办发明电〔2020〕1号" and info.value.item is None
    merged = merge_notices([read_notice("2019.md"), read_notice("2020.md"), read_notice("2020-extension.md")])
    assert [a.year for a in merged] == [2019, 2020]
    annual, extension = parse_notice(read_notice("2020.md")), parse_notice(read_notice("2020-extension.md"))
    assert merged[1].notes == (*annual.notes, *extension.notes)
    assert {b.source for b in merged[1].blocks} == {"国办发明电〔2019〕16号", "国办发明电〔2020〕1号"}


def test_a_block_of_two_festivals_other_than_mid_autumn_and_national_day_takes_the_first_name() -> None:
    from xingzheng.calendar.notice import FestivalArrangement

    block = FestivalArrangement(("元旦", "春节"), [dt.date(2020, 1, 1)])
    assert block.name_of(dt.date(2020, 1, 1)) == "元旦" and block.named_days() == {
        dt.date(2020, 1, 1): "元旦"
    }


SPRING_2020 = "一、春节：1月24日至30日放假调休，共7天。{a}、{b}上班。"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1月19日（星期天）", "2月1日（周六）"),
        ("1月19日（星期日、腊月二十五）", "2月1日（星期六、正月初八）"),
        ("1月19日（农历腊月二十五，星期日）", "2月1日（大年初八）"),
    ],
)
def test_weekday_and_lunar_annotations_in_every_accepted_form(first: str, second: str) -> None:
    arrangement = parse_notice(notice([SPRING_2020.format(a=first, b=second)], listed="春节"))
    assert arrangement.adjusted_workdays == (dt.date(2020, 1, 19), dt.date(2020, 2, 1))


@pytest.mark.parametrize(
    ("second", "zh", "en"),
    [
        (
            "2月1日（星期六、农历正月初九）",
            "2月1日不是农历正月初九",
            "2020-02-01 is not 农历正月初九 in the lunar calendar",
        ),
        ("2月1日（、星期五）", "2月1日是星期六，不是星期五", "2020-02-01 is a Saturday, not 星期五"),
        ("2月1日（小年）", "无法核对农历注释“小年”", "cannot check the lunar annotation '小年'"),
    ],
)
def test_every_part_of_an_annotation_is_checked(second: str, zh: str, en: str) -> None:
    item = SPRING_2020.format(a="1月19日（星期日）", b=second)
    with pytest.raises(NoticeParseError) as info:
        parse_notice(notice([item], listed="春节"))
    assert str(info.value) == f"第一项：{zh}：“{item}” / item 一: {en}: '{item}'"


def test_festivals_named_twice_over_are_listed_with_their_separators() -> None:
    y = "一、元旦：2020年1月1日放假，共1天。"
    assert _message(lambda: parse_notice(notice([y], listed="元旦、春节和劳动节")))[1].startswith(
        "导语：列出的春节、劳动节没有对应的事项：“"
    )
    assert (
        " / the preamble: names 春节, 劳动节 but no item arranges it: "
        in _message(lambda: parse_notice(notice([y], listed="元旦、春节和劳动节")))[1]
    )
    extra = _message(
        lambda: parse_notice(
            notice([y, "二、劳动节：5月1日放假，共1天。", "三、国庆节：10月1日放假，共1天。"])
        )
    )[1]
    assert extra.startswith("导语：事项中的劳动节、国庆节未在导语中列出：“")
    assert " / the preamble: 劳动节, 国庆节 is arranged but not named here: " in extra
    length = _message(lambda: parse_notice(notice(["一、元旦：2020年1月1日至2日放假调休，共3天。"])))[1]
    assert length.startswith("第一项：“共3天”与所列日期（1月1日、1月2日，2天）不符：")


def test_the_festival_days_of_national_day_and_the_2015_commemoration_are_fixed() -> None:
    assert _message(
        lambda: parse_notice(notice(["一、国庆节：2020年10月2日放假，共1天。"], listed="国庆节"))
    )[1].startswith("第一项：国庆节（10月1日）不在所列放假日期之内：")
    name = "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    one_day = parse_notice(notice([f"一、{name}：2015年9月3日放假，共1天。"], year=2015, listed=name))
    assert one_day.holidays == {dt.date(2015, 9, 3): name}


def test_an_extension_naming_its_festival_needs_no_festival_in_the_preamble() -> None:
    pre = "经国务院批准，2020年有关假期调整如下。"
    (change,) = parse_notice(notice(["一、延长春节假期至2020年2月2日。"], pre=pre)).changes
    assert change.festival == "春节" and change.year == 2020  # type: ignore[union-attr]


def test_a_date_line_in_chinese_numerals_with_a_round_ten() -> None:
    text = notice(["一、元旦：2020年1月1日放假，共1天。"]).replace("2019年11月21日", "二〇一九年十月二十日")
    assert parse_notice(text).signed_on == dt.date(2019, 10, 20)
    text = notice(["一、元旦：2020年1月1日放假，共1天。"]).replace("2019年11月21日", "二〇一九年十月十日")
    assert parse_notice(text).signed_on == dt.date(2019, 10, 10)


def test_more_forms_an_item_may_take() -> None:
    # A sentence that introduces its dates with a colon; a one-day range.
    colon = parse_notice(notice(["一、国庆节：调整如下：10月1日至8日放假调休，共8天。"], listed="国庆节"))
    assert len(colon.holidays) == 8
    one_day = parse_notice(notice(["一、元旦：2020年1月1日至1日放假，共1天。"]))
    assert one_day.holidays == {dt.date(2020, 1, 1): "元旦"}


@pytest.mark.parametrize(
    ("item", "zh", "en"),
    [
        (
            "一、元旦：2019年12月30日至12月31日放假调休，共2天。",
            "元旦（1月1日）不在所列放假日期之内",
            "元旦 (2020-01-01) is not among the holidays given",
        ),
        (
            "一、元旦：2020年1月1日放假，共1天。2019年12月14日上班。",
            "调休上班日 12月14日距放假日期 18 天，超过 14 天",
            "the adjusted working day 2019-12-14 is 18 days from the holidays (more than 14)",
        ),
        (
            "一、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（农历正月初八、星期五）上班。",
            "2月1日是星期六，不是星期五",
            "2020-02-01 is a Saturday, not 星期五",
        ),
    ],
)
def test_more_checks_name_the_item(item: str, zh: str, en: str) -> None:
    listed = "春节" if "春节" in item else "元旦"
    with pytest.raises(NoticeParseError) as info:
        parse_notice(notice([item], listed=listed))
    assert str(info.value) == f"第一项：{zh}：“{item}” / item 一: {en}: '{item}'"
