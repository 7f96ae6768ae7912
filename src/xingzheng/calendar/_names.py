"""Official names of the statutory holidays, in Chinese with their English form."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["FESTIVALS", "HolidayName", "festival"]


class HolidayName(NamedTuple):
    """节日名称 — a holiday's official Chinese name and its English form.

    Attributes:
        zh: the official Chinese name (元旦, 春节, …).
        en: the English form.
    """

    zh: str
    en: str

    def __str__(self) -> str:
        return f"{self.zh} ({self.en})"


_ANTI_FASCIST = "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"

#: The official names (DECISIONS.md); chinese_calendar writes 清明, 端午, 中秋 without 节.
FESTIVALS: dict[str, HolidayName] = {
    name.zh: name
    for name in (
        HolidayName("元旦", "New Year's Day"),
        HolidayName("春节", "Spring Festival"),
        HolidayName("清明节", "Qingming Festival"),
        HolidayName("劳动节", "Labour Day"),
        HolidayName("端午节", "Dragon Boat Festival"),
        HolidayName("中秋节", "Mid-Autumn Festival"),
        HolidayName("国庆节", "National Day"),
        HolidayName(
            _ANTI_FASCIST,
            "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese "
            "Aggression and the World Anti-Fascist War",
        ),
    )
}

# chinese_calendar's English labels (its `Holiday` enum values) → official names.
_FROM_CHINESE_CALENDAR: dict[str, HolidayName] = {
    "New Year's Day": FESTIVALS["元旦"],
    "Spring Festival": FESTIVALS["春节"],
    "Tomb-sweeping Day": FESTIVALS["清明节"],
    "Labour Day": FESTIVALS["劳动节"],
    "Dragon Boat Festival": FESTIVALS["端午节"],
    "Mid-autumn Festival": FESTIVALS["中秋节"],
    "National Day": FESTIVALS["国庆节"],
    "Anti-Fascist 70th Day": FESTIVALS[_ANTI_FASCIST],
}


def festival(zh: str, en: str | None = None) -> HolidayName:
    """The official name for ``zh``; an unknown name needs its English form ``en``.

    Raises:
        KeyError: ``zh`` is not an official festival name and no ``en`` was given.
    """
    known = FESTIVALS.get(zh)
    if known is not None:
        return known if en is None or en == known.en else HolidayName(zh, en)
    if en is None:
        raise KeyError(zh)
    return HolidayName(zh, en)


def from_chinese_calendar(label: str) -> HolidayName:
    """Map a chinese_calendar label to the official name."""
    return _FROM_CHINESE_CALENDAR[label]
