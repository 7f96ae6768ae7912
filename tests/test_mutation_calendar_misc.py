"""Tests that kill mutants of the calendar's smaller modules (_names, _statutory, _installed, supplement).

Issue 22 (mutation testing, docs/testing.md): each test asserts behaviour a caller can observe.
"""

from __future__ import annotations

import pytest

from xingzheng.calendar import FESTIVALS, HolidayName
from xingzheng.calendar._names import festival, from_chinese_calendar


def test_holiday_name_prints_chinese_then_english() -> None:
    assert str(FESTIVALS["春节"]) == "春节 (Spring Festival)"
    assert str(HolidayName("元旦", "New Year's Day")) == "元旦 (New Year's Day)"


def test_festival_returns_the_official_name_and_keeps_a_new_english_form() -> None:
    assert festival("清明节") is FESTIVALS["清明节"]
    assert festival("清明节", "Qingming Festival") is FESTIVALS["清明节"]
    assert festival("清明节", "Tomb-sweeping Day") == HolidayName("清明节", "Tomb-sweeping Day")
    assert festival("植树节", "Tree Planting Day") == HolidayName("植树节", "Tree Planting Day")
    with pytest.raises(KeyError):
        festival("植树节")


@pytest.mark.parametrize(
    ("label", "zh", "en"),
    [
        ("New Year's Day", "元旦", "New Year's Day"),
        ("Spring Festival", "春节", "Spring Festival"),
        ("Tomb-sweeping Day", "清明节", "Qingming Festival"),
        ("Labour Day", "劳动节", "Labour Day"),
        ("Dragon Boat Festival", "端午节", "Dragon Boat Festival"),
        ("Mid-autumn Festival", "中秋节", "Mid-Autumn Festival"),
        ("National Day", "国庆节", "National Day"),
        ("Anti-Fascist 70th Day", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", None),
    ],
)
def test_chinese_calendar_labels_map_to_the_official_names(label: str, zh: str, en: str | None) -> None:
    name = from_chinese_calendar(label)
    assert name.zh == zh
    if en is not None:
        assert name.en == en
    else:
        assert name.en == (
            "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese "
            "Aggression and the World Anti-Fascist War"
        )
