"""Checks inside a notice: one wrong annotation or length makes the parse fail, naming the item."""

from __future__ import annotations

import pytest

from _notice_support import body, read_notice
from xingzheng import NoticeParseError, parse_notice
from xingzheng.calendar.notice import Arrangement


def _fails(text: str, item: str, *fragments: str) -> NoticeParseError:
    with pytest.raises(NoticeParseError) as info:
        parse_notice(text)
    assert info.value.item == item, str(info.value)
    message = str(info.value)
    assert f"第{item}项" in message or item in ("导语", "正文"), message
    for fragment in fragments:
        assert fragment in message, message
    return info.value


def test_a_wrong_weekday_annotation_fails_naming_the_item() -> None:
    text = read_notice("2011.md").replace("1月30日（星期日）", "1月30日（星期六）")
    error = _fails(text, "二", "星期六", "1月30日")
    assert error.text is not None and error.text.startswith("二、春节")


def test_a_wrong_zhou_annotation_on_a_holiday_fails() -> None:
    _fails(read_notice("2026.md").replace("4月4日（周六）", "4月4日（周日）"), "三", "周日")


def test_a_wrong_stated_length_fails_naming_the_item() -> None:
    _fails(read_notice("2014.md").replace("共7天。1月26日", "共8天。1月26日"), "二", "共8天", "7天")
    _fails(read_notice("2020.md").replace("2020年1月1日放假，共1天", "2020年1月1日放假，共2天"), "一", "共2天")
    _fails(read_notice("2014.md").replace("1月1日放假1天", "1月1日放假2天"), "一", "放假2天")


def test_an_adjusted_working_day_on_a_weekday_fails() -> None:
    # 2月15日 2015 is a Sunday; 2月16日 a Monday (and the annotation is corrected too).
    text = read_notice("2015.md").replace("2月15日（星期日）", "2月16日（星期一）")
    _fails(text, "二", "不是周末")


def test_an_adjusted_working_day_far_from_its_block_fails() -> None:
    text = read_notice("2011.md").replace("2月12日（星期六）", "3月12日（星期六）")
    _fails(text, "二", "超过 14 天")


def test_a_festival_named_in_the_preamble_must_have_its_item() -> None:
    text = read_notice("2016.md").replace("\n六、中秋节：9月15日至17日放假调休，共3天。9月18日（星期日）上班。\n", "\n")
    _fails(text, "导语", "中秋节")


def test_an_item_for_a_festival_the_preamble_does_not_name_fails() -> None:
    text = read_notice("2016.md").replace("元旦、春节、", "春节、")
    _fails(text, "导语", "元旦")


def test_the_block_must_contain_the_festivals_own_day() -> None:
    # 劳动节 without 1 May; 春节 a week early (no weekday annotations in 2013 to catch it).
    _fails(read_notice("2013.md").replace("4月29日至5月1日", "4月28日至4月30日"), "四", "劳动节")
    _fails(read_notice("2013.md").replace("2月9日至15日", "2月1日至7日"), "二", "春节")


def test_with_the_weekend_needs_a_friday_or_a_monday() -> None:
    _fails(read_notice("2019.md").replace("6月7日放假，与周末连休", "6月5日放假，与周末连休"), "五", "星期三")


def test_a_compensation_day_must_be_the_monday_after_the_weekend_holiday() -> None:
    _fails(read_notice("2016.md").replace("5月2日（星期一）补休", "5月9日（星期一）补休"), "四", "补休")


def test_a_range_that_ends_before_it_starts_fails() -> None:
    _fails(read_notice("2011.md").replace("2月2日（农历除夕）至8日", "2月2日（农历除夕）至1日"), "二")


def test_an_extension_whose_resumption_day_does_not_follow_it_fails() -> None:
    text = read_notice("2020-extension.md").replace("2月3日（星期一）起", "2月10日（星期一）起")
    _fails(text, "一", "2020-02-03")


def test_a_day_arranged_twice_fails() -> None:
    text = read_notice("2011.md").replace("10月8日（星期六）", "4月30日（星期六）")
    with pytest.raises(NoticeParseError):
        parse_notice(text)


def test_an_item_not_understood_fails_quoting_it() -> None:
    text = read_notice("2021.md").replace("二、春节：2月11日至17日放假调休", "二、春节：2月11日至17日暂停营业")
    error = _fails(text, "二", "无法理解")
    assert error.text is not None and "暂停营业" in error.text


def test_an_item_with_an_unknown_festival_fails() -> None:
    text = body(read_notice("2021.md")).replace("三、清明节：", "三、元宵节：")
    _fails(text, "三", "元宵节")


def test_an_item_that_names_no_days_but_counts_some_fails() -> None:
    text = read_notice("2021.md").replace(
        "节假日期间，各地区", "八、春节假期另增加3天，具体日期另行通知。\n\n节假日期间，各地区"
    )
    _fails(text, "八")


def test_an_unnamed_item_in_an_annual_notice_fails() -> None:
    text = read_notice("2021.md").replace(
        "节假日期间，各地区", "八、2月10日（星期三）放假。\n\n节假日期间，各地区"
    )
    _fails(text, "八", "须写明节日")


# -- audit: every NoticeParseError names its place and quotes its text -------------------------------------


def test_preamble_errors_name_the_preamble_and_quote_it() -> None:
    text = read_notice("2016.md").replace("\n六、中秋节：9月15日至17日放假调休，共3天。9月18日（星期日）上班。\n", "\n")
    error = _fails(text, "导语", "中秋节", "导语：", "the preamble", "现将2016年")
    assert error.text is not None and "现将2016年" in error.text
    unknown = read_notice("2016.md").replace("元旦、春节、", "元旦、元宵节、春节、")
    _fails(unknown, "导语", "元宵节", "导语：", "现将2016年")


def test_an_extension_of_a_festival_the_amended_arrangement_lacks_names_the_item() -> None:
    extension = parse_notice(read_notice("2020-extension.md"))
    with pytest.raises(NoticeParseError) as info:
        Arrangement(year=2020).amend(extension)
    message = str(info.value)
    assert info.value.item == "一" and "第一项" in message and "item 一" in message
    assert "延长" in message and info.value.text is not None and info.value.text in message


def test_an_extension_to_a_day_the_holiday_already_reaches_names_the_item() -> None:
    extension = parse_notice(read_notice("2020-extension.md"))
    extended = parse_notice(read_notice("2020.md")).amend(extension)
    with pytest.raises(NoticeParseError) as info:
        extended.amend(extension)
    assert info.value.item == "一" and "第一项" in str(info.value) and "2020-02-02" in str(info.value)


def test_an_unresolved_extension_names_the_item_when_made_a_supplement() -> None:
    with pytest.raises(NoticeParseError) as info:
        parse_notice(read_notice("2020-extension.md")).to_supplement()
    assert info.value.item == "一" and "第一项" in str(info.value) and "延长" in str(info.value)


def test_an_empty_notice_and_a_notice_without_a_year_fail_clearly() -> None:
    for text in ("", "  \n\n", "\ufeff"):
        with pytest.raises(NoticeParseError, match="通知为空"):
            parse_notice(text)
    with pytest.raises(NoticeParseError) as info:
        parse_notice("各省、自治区、直辖市人民政府：\n\n请做好节假日值班工作。")
    assert info.value.item == "导语" and "请做好节假日值班工作" in str(info.value)


def test_a_byte_order_mark_changes_nothing() -> None:
    text = read_notice("2026.md")
    assert parse_notice("\ufeff" + text) == parse_notice(text)
    assert parse_notice("\ufeff" + body(text)) == parse_notice(body(text))


def test_a_long_quote_is_shortened_in_the_message_but_kept_whole_on_the_error() -> None:
    long_item = "八、" + "节假日期间请各单位做好安排，" * 30 + "2月10日共3天。"
    text = read_notice("2021.md").replace("节假日期间，各地区", long_item + "\n\n节假日期间，各地区")
    with pytest.raises(NoticeParseError) as info:
        parse_notice(text)
    assert info.value.item == "八" and info.value.text is not None and "2月10日共3天" in info.value.text
    assert "…" in str(info.value) and len(str(info.value)) < len(info.value.text) * 2 + 200
