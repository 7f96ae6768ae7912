"""Each phrase and layout variant of calendar-notices/VARIANTS.md, read by `parse_notice`."""

from __future__ import annotations

import datetime as dt

import pytest

from _notice_support import body, merged, read_notice
from xingzheng import Arrangement, NoticeParseError, parse_notice
from xingzheng.calendar.notice import ExtendHoliday, ReplaceFestival

D = dt.date
HEAD = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"


def annual(year: int, *items: str, preamble: str | None = None, tail: str = "国务院办公厅\n\n") -> str:
    """A minimal annual notice whose items are given (the preamble names their festivals)."""
    names = [item.split("、", 1)[1].split("：", 1)[0] for item in items]
    listed = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
    pre = preamble or f"经国务院批准，现将{year}年{listed}放假调休日期的具体安排通知如下。"
    return HEAD + pre + "\n\n" + "\n\n".join(items) + "\n\n" + tail


def days(arrangement: Arrangement) -> tuple[list[dt.date], list[dt.date]]:
    return list(arrangement.holidays), list(arrangement.adjusted_workdays)


# --- retrieval artefacts and layout -------------------------------------------------------------


def test_half_width_and_full_width_brackets_read_the_same() -> None:
    full = annual(2013, "一、元旦：1月1日至3日放假调休，共3天。1月5日（星期六）、1月6日（星期日）上班。")
    half = full.replace("（", "(").replace("）", ")").replace("，", ",").replace("：", ":")
    assert days(parse_notice(full)) == days(parse_notice(half))
    assert parse_notice(half).adjusted_workdays == (D(2013, 1, 5), D(2013, 1, 6))


def test_angle_brackets_and_quotes_around_the_law_title_in_the_preamble() -> None:
    for law in ("<全国年节及纪念日放假办法>", "〈全国年节及纪念日放假办法〉", "“全国年节及纪念日放假办法”"):
        pre = f"根据国务院《关于修改{law}的决定》，经国务院批准，现将2011年元旦放假调休日期的具体安排通知如下。"
        text = annual(2011, "一、元旦：1月1日至3日放假公休，共3天。", preamble=pre)
        assert list(parse_notice(text).holidays) == [D(2011, 1, 1), D(2011, 1, 2), D(2011, 1, 3)]


def test_spaces_after_the_item_number_and_inside_the_document_number() -> None:
    text = annual(2015, "一、 元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。")
    text = "国 办 发明电〔2014〕28号\n\n" + text.replace("公休", "公休")
    arrangement = parse_notice(text.replace("1月4日", "1月\u30004日"))
    assert arrangement.document_number == "国办发明电〔2014〕28号"
    assert arrangement.adjusted_workdays == (D(2015, 1, 4),)


def test_an_item_heading_on_its_own_line_continues_on_the_next() -> None:
    text = annual(2012, "一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。")
    text = text.replace("一、元旦：", "一、元旦：\n")
    assert parse_notice(text).adjusted_workdays == (D(2011, 12, 31),)


def test_the_markdown_heading_of_the_reference_copies_gives_number_and_date() -> None:
    arrangement = parse_notice(read_notice("2012.md"))
    assert arrangement.document_number == "国办发明电〔2011〕45号"
    assert arrangement.signed_on == D(2011, 12, 5)  # 二〇一一年十二月五日
    assert arrangement.title == "国务院办公厅关于2012年部分节假日安排的通知"
    assert parse_notice(body(read_notice("2012.md"))).holidays == arrangement.holidays


def test_chinese_numeral_date_lines_with_either_zero() -> None:
    for zero in ("〇", "○"):
        text = annual(2010, "一、元旦：1月1日至3日放假公休，共3天。", tail=f"国务院办公厅\n\n二{zero}{zero}九年十二月七日\n")
        assert parse_notice(text).signed_on == D(2009, 12, 7)


# --- structure -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["2012.md", "2017.md", "2023.md", "2020.md", "2025.md"])
def test_merged_mid_autumn_and_national_day_items_name_the_lunar_day(name: str) -> None:
    arrangement = parse_notice(read_notice(name))
    merged_block = next(b for b in arrangement.blocks if len(b.festivals) == 2)
    names = [merged_block.name_of(d) for d in merged_block.holidays]
    mid_autumn = {"2012.md": D(2012, 9, 30), "2017.md": D(2017, 10, 4), "2023.md": D(2023, 9, 29),
                  "2025.md": D(2025, 10, 6), "2020.md": None}[name]  # fmt: skip
    expected = ["中秋节" if d == mid_autumn else "国庆节" for d in merged_block.holidays]
    assert names == expected


def test_items_without_a_festival_name_in_an_amending_notice() -> None:
    labour = parse_notice(read_notice("2019-labour-day-adjustment.md"))
    assert labour.is_amendment and labour.year == 2019
    (change,) = labour.changes
    assert isinstance(change, ReplaceFestival) and change.arrangement.festivals == ("劳动节",)
    assert [n.item for n in labour.notes if n.item] == ["二", "三"]
    extension = parse_notice(read_notice("2020-extension.md"))
    (ext,) = extension.changes
    assert ext == ExtendHoliday("春节", 2020, D(2020, 2, 2), D(2020, 2, 3), "一", ext.text)


def test_a_notice_without_numbered_items_the_one_off_holiday_of_2015() -> None:
    arrangement = parse_notice(read_notice("2015-anti-fascist.md"))
    (change,) = arrangement.changes
    assert isinstance(change, ReplaceFestival)
    block = change.arrangement
    assert block.festivals == ("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",)
    assert block.holidays == (D(2015, 9, 3), D(2015, 9, 4), D(2015, 9, 5))
    assert block.adjusted_workdays == (D(2015, 9, 6),)
    assert arrangement.issuer == "国务院"


def test_closing_paragraphs_and_encouragements_are_kept_as_text_not_days() -> None:
    arrangement = parse_notice(read_notice("2024.md"))
    assert D(2024, 2, 9) not in arrangement.holidays  # 鼓励…安排职工在除夕（2月9日）休息
    assert any("鼓励各单位" in n.text and n.item == "二" for n in arrangement.notes)
    assert any("鼓励单位和个人" in n.text for n in parse_notice(read_notice("2026.md")).notes)


# --- holiday phrases -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("一、元旦：1月1日至3日放假公休，共3天。", [D(2011, 1, 1), D(2011, 1, 2), D(2011, 1, 3)]),
        ("一、元旦：2011年1月1日至3日放假，共3天。", [D(2011, 1, 1), D(2011, 1, 2), D(2011, 1, 3)]),
        ("一、元旦：1月1日放假1天。", [D(2011, 1, 1)]),
        ("一、元旦：2011年1月1日放假，共1天。", [D(2011, 1, 1)]),
        ("一、元旦：1月1日（星期六）放假。", [D(2011, 1, 1)]),
    ],
)
def test_range_and_single_day_forms(item: str, expected: list[dt.date]) -> None:
    assert list(parse_notice(annual(2011, item)).holidays) == expected


def test_the_end_of_a_range_crossing_a_month_carries_its_month() -> None:
    text = annual(2011, "一、劳动节：4月30日至5月2日放假公休，共3天。")
    assert list(parse_notice(text).holidays) == [D(2011, 4, 30), D(2011, 5, 1), D(2011, 5, 2)]


def test_with_the_weekend_takes_in_the_adjacent_saturday_and_sunday() -> None:
    friday = parse_notice(annual(2019, "一、清明节：4月5日放假，与周末连休。"))
    assert list(friday.holidays) == [D(2019, 4, 5), D(2019, 4, 6), D(2019, 4, 7)]
    monday = parse_notice(annual(2014, "一、端午节：6月2日放假，与周末连休。"))
    assert list(monday.holidays) == [D(2014, 5, 31), D(2014, 6, 1), D(2014, 6, 2)]


def test_compensation_day_after_a_weekend_holiday_takes_in_the_weekend() -> None:
    sunday = parse_notice(annual(2017, "一、元旦：1月1日放假，1月2日（星期一）补休。"))
    assert list(sunday.holidays) == [D(2016, 12, 31), D(2017, 1, 1), D(2017, 1, 2)]
    saturday = parse_notice(annual(2014, "一、清明节：4月5日放假，4月7日（星期一）补休。"))
    assert list(saturday.holidays) == [D(2014, 4, 5), D(2014, 4, 6), D(2014, 4, 7)]


def test_no_swap_and_a_weekday_annotation_in_the_zhou_form() -> None:
    text = annual(2025, "一、元旦：1月1日（周三）放假1天，不调休。")
    assert list(parse_notice(text).holidays) == [D(2025, 1, 1)]
    with pytest.raises(NoticeParseError, match="不调休"):
        parse_notice(annual(2025, "一、元旦：1月1日（周三）放假1天，不调休。1月4日（周六）上班。"))


def test_a_sunday_holiday_without_compensation_is_that_day_alone() -> None:
    text = annual(2015, "一、中秋节：9月27日放假。")
    assert list(parse_notice(text).holidays) == [D(2015, 9, 27)]


def test_swapped_word_order_and_a_swapped_day_off_in_the_2015_notice() -> None:
    block = parse_notice(read_notice("2015-anti-fascist.md")).changes[0]
    assert isinstance(block, ReplaceFestival) and D(2015, 9, 4) in block.arrangement.holidays  # 9月4日（星期五）调休


def test_an_extension_makes_an_adjusted_working_day_a_holiday_and_work_resumes_is_not_a_working_day() -> None:
    arrangement = merged(2020)
    assert D(2020, 2, 1) in arrangement.holidays and D(2020, 2, 1) not in arrangement.adjusted_workdays
    assert D(2020, 2, 3) not in arrangement.adjusted_workdays
    extension_days = [b for b in arrangement.blocks if b.source == "国办发明电〔2020〕1号"]
    assert extension_days[0].holidays == (D(2020, 1, 31), D(2020, 2, 1), D(2020, 2, 2))


# --- adjusted working days -----------------------------------------------------------------------


def test_the_month_of_a_second_working_day_may_be_omitted() -> None:
    text = annual(2010, "一、春节：2月13日至19日放假调休，共7天。2月20日（星期六）、21日（星期日）上班。")
    assert parse_notice(text).adjusted_workdays == (D(2010, 2, 20), D(2010, 2, 21))


def test_a_working_day_in_the_previous_year_and_a_year_crossing_block() -> None:
    arrangement = parse_notice(read_notice("2019.md"))
    assert arrangement.adjusted_workdays[0] == D(2018, 12, 29)
    assert arrangement.holidays[D(2018, 12, 30)] == "元旦"
    crossing = parse_notice(read_notice("2023.md"))
    assert [d for d, n in crossing.holidays.items() if n == "元旦"] == [D(2022, 12, 31), D(2023, 1, 1), D(2023, 1, 2)]


# --- annotations ---------------------------------------------------------------------------------


def test_lunar_annotations_are_read_and_checked() -> None:
    for name in ("2011.md", "2025.md", "2026.md", "2020-extension.md"):
        parse_notice(read_notice(name))  # 农历除夕, 农历正月初七、周二, 农历腊月二十八、周日, 农历正月初九，星期日
    with pytest.raises(NoticeParseError, match="农历除夕"):
        parse_notice(annual(2011, "一、春节：2月3日（农历除夕）至8日放假调休，共6天。"))


def test_an_unknown_annotation_fails() -> None:
    with pytest.raises(NoticeParseError, match="大年夜"):
        parse_notice(annual(2011, "一、元旦：1月1日（大年夜）至3日放假公休，共3天。"))
