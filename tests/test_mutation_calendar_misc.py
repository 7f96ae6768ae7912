"""Tests that kill mutants of the calendar's smaller modules (_names, _statutory, _installed, supplement).

Issue 22 (mutation testing, docs/testing.md): each test asserts behaviour a caller can observe.
"""

from __future__ import annotations

import datetime as dt
import pickle
import tomllib
import warnings
from pathlib import Path

import pytest

from _notice_support import read_notice, render
from xingzheng.calendar import (
    FESTIVALS,
    Deadline,
    HolidayBlock,
    HolidayName,
    InstalledNoticeWarning,
    LocalRestDay,
    Override,
    Period,
    Supplement,
    data_dir,
    deadline,
    default_calendar,
    install_notices,
    installed_supplements,
    uninstall,
)
from xingzheng.calendar._calendar import builtin_calendar
from xingzheng.calendar._names import festival, from_chinese_calendar
from xingzheng.calendar._statutory import festival_days, holiday_name_on, statutory_holidays, weekday_holidays
from xingzheng.calendar.notice import Arrangement, FestivalArrangement
from xingzheng.errors import CalendarCoverageError, LoadError, NoticeParseError, SupplementConflictError


def test_holiday_name_prints_chinese_then_english() -> None:
    assert str(FESTIVALS["春节"]) == "春节 (Spring Festival)"
    assert str(HolidayName("元旦", "New Year's Day")) == "元旦 (New Year's Day)"


def test_festival_returns_the_official_name_and_keeps_a_new_english_form() -> None:
    assert festival("清明节") is FESTIVALS["清明节"]
    assert festival("清明节", "Qingming Festival") is FESTIVALS["清明节"]
    assert festival("清明节", "Tomb-sweeping Day") == HolidayName("清明节", "Tomb-sweeping Day")
    assert festival("植树节", "Tree Planting Day") == HolidayName("植树节", "Tree Planting Day")
    with pytest.raises(KeyError) as info:
        festival("植树节")
    assert info.value.args == ("植树节",)


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


# --------------------------------------------------------------------------- supplement.py

D = dt.date


def _problems(data: object) -> tuple[str, list[tuple[str, str, str]]]:
    with pytest.raises(LoadError) as info:
        Supplement.from_mapping(data, source_name="s.toml")  # type: ignore[arg-type]
    assert info.value.source == "s.toml"
    return str(info.value).splitlines()[0], [(p.path, p.message, p.message_en) for p in info.value.details]


def test_a_malformed_supplement_reports_every_problem_in_both_languages() -> None:
    head, problems = _problems(
        {
            "year": 2027,
            "source": " ",
            "colour": 1,
            "holidays": [
                {"name": "植树节", "dates": ["2027-03-12", dt.datetime(2027, 3, 12)], "x": 1},
                {"name": "", "dates": (D(2026, 12, 31), D(2026, 11, 30), D(2028, 1, 1))},
                {
                    "name": "春节",
                    "name_en": 5,
                    "dates": [D(2027, 2, 6)],
                    "adjusted_workdays": [D(2027, 2, 8)],
                },
                {"name": "元旦", "dates": [D(2027, 2, 6)], "source": " "},
                {"name": "元旦", "dates": "2027-01-01"},
                {"name": "元旦"},
                "not a table",
            ],
            "local_rest_days": [{"date": D(2027, 3, 8)}, {"date": "x", "name": "妇女节", "basis": " "}],
        }
    )
    assert head == "无法读取 s.toml（20 处问题） / cannot load s.toml (20 problem(s))"
    assert problems == [
        ("$.colour", "未知的键", "unknown key"),
        ("$.source", "缺少来源（通知文号或说明）", "missing source (notice number or description)"),
        ("$.holidays[0].x", "未知的键", "unknown key"),
        (
            "$.holidays[0].name",
            "“植树节”不是法定节日的正式名称，请给出 name_en",
            "'植树节' is not an official festival name; give name_en",
        ),
        ("$.holidays[0].dates[0]", "不是日期", "not a date"),
        ("$.holidays[0].dates[1]", "不是日期", "not a date"),
        ("$.holidays[1].name", "缺少节日名称", "missing holiday name"),
        (
            "$.holidays[1].dates[1]",
            "日期 2026-11-30 不在 2027 年或 2026 年 12 月内",
            "date 2026-11-30 is not in 2027 or in December 2026",
        ),
        (
            "$.holidays[1].dates[2]",
            "日期 2028-01-01 不在 2027 年或 2026 年 12 月内",
            "date 2028-01-01 is not in 2027 or in December 2026",
        ),
        ("$.holidays[2].name_en", "应为字符串", "must be a string"),
        (
            "$.holidays[2].adjusted_workdays[0]",
            "调休上班日 2027-02-08 不是周六或周日",
            "adjusted working day 2027-02-08 is not a Saturday or Sunday",
        ),
        (
            "$.holidays[3].dates[0]",
            "日期 2027-02-06 重复（已见于 $.holidays[2].dates[0]）",
            "date 2027-02-06 repeated (see $.holidays[2].dates[0])",
        ),
        ("$.holidays[3].source", "来源应为非空字符串", "source must be a non-empty string"),
        ("$.holidays[4].dates", "应为日期列表", "must be a list of dates"),
        ("$.holidays[5].dates", "缺少放假日期", "missing holiday dates"),
        ("$.holidays[6]", "应为表", "must be a table"),
        ("$.local_rest_days[0].name", "缺少名称", "missing name"),
        ("$.local_rest_days[0].basis", "缺少依据", "missing basis"),
        ("$.local_rest_days[1].date", "不是日期", "not a date"),
        ("$.local_rest_days[1].basis", "缺少依据", "missing basis"),
    ]


def test_a_supplement_that_is_not_a_table_or_has_no_valid_year() -> None:
    assert _problems([1, 2]) == (
        "无法读取 s.toml（1 处问题） / cannot load s.toml (1 problem(s))",
        [("$", "补充数据应为表（对象）", "a supplement must be a table (object)")],
    )
    assert _problems({"year": True, "source": 5, "holidays": {}, "local_rest_days": 3})[1] == [
        ("$.year", "缺少年份或年份无效", "missing or invalid year"),
        ("$.source", "缺少来源（通知文号或说明）", "missing source (notice number or description)"),
        ("$.holidays", "应为表数组", "must be an array of tables"),
        ("$.local_rest_days", "应为表数组", "must be an array of tables"),
    ]
    for year in (1899, 2201, None, "2027"):
        assert _problems({"year": year, "source": "x"})[1] == [
            ("$.year", "缺少年份或年份无效", "missing or invalid year")
        ]
    assert Supplement.from_mapping({"year": 1900, "source": "x"}).year == 1900
    assert Supplement.from_mapping({"year": 2200, "source": "x"}).year == 2200


def test_a_supplement_reads_back_what_it_writes() -> None:
    data = {
        "year": 2027,
        "source": "国办发明电〔2026〕9号",
        "holidays": [
            {"name": "元旦", "dates": [D(2027, 1, 1), D(2026, 12, 31)]},
            {
                "name": "春节",
                "name_en": "Chinese New Year",
                "dates": [D(2027, 2, 6), D(2027, 2, 7)],
                "adjusted_workdays": [D(2027, 2, 14)],
                "source": "国办发明电〔2027〕1号",
            },
            {"name": "植树节", "name_en": "Tree Planting Day", "dates": [D(2027, 3, 12)]},
            {"name": "清明节", "name_en": "Qingming Festival", "dates": [D(2027, 4, 5)]},
        ],
        "local_rest_days": [
            {"date": D(2027, 3, 8), "name": "妇女节", "basis": "某市决定"},
            {"date": D(2027, 3, 1), "name": "某节", "basis": "某县决定"},
        ],
    }
    sup = Supplement.from_mapping(data)
    assert sup.holidays[0] == HolidayBlock(FESTIVALS["元旦"], (D(2026, 12, 31), D(2027, 1, 1)))
    assert sup.holidays[1].name == HolidayName("春节", "Chinese New Year")
    assert [r.date for r in sup.local_rest_days] == [D(2027, 3, 1), D(2027, 3, 8)]
    assert sup.local_rest_days[0] == LocalRestDay(D(2027, 3, 1), "某节", "某县决定")
    assert sup.to_mapping() == {
        "year": 2027,
        "source": "国办发明电〔2026〕9号",
        "holidays": [
            {"name": "元旦", "dates": [D(2026, 12, 31), D(2027, 1, 1)]},
            {
                "name": "春节",
                "name_en": "Chinese New Year",
                "dates": [D(2027, 2, 6), D(2027, 2, 7)],
                "adjusted_workdays": [D(2027, 2, 14)],
                "source": "国办发明电〔2027〕1号",
            },
            {"name": "植树节", "name_en": "Tree Planting Day", "dates": [D(2027, 3, 12)]},
            {"name": "清明节", "dates": [D(2027, 4, 5)]},
        ],
        "local_rest_days": [
            {"date": D(2027, 3, 1), "name": "某节", "basis": "某县决定"},
            {"date": D(2027, 3, 8), "name": "妇女节", "basis": "某市决定"},
        ],
    }
    assert Supplement.from_mapping(tomllib.loads(sup.dumps())) == sup
    assert Supplement.from_mapping({"year": 2027, "source": "x"}).to_mapping() == {
        "year": 2027,
        "source": "x",
    }


def test_loading_a_supplement_file_names_the_file_and_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(LoadError) as info:
        Supplement.load(missing)
    [(path, zh, en)] = [(p.path, p.message, p.message_en) for p in info.value.details]
    assert info.value.source == str(missing) and path == "$"
    assert (
        zh.startswith("无法读取文件：") and en.startswith("cannot read the file: ") and "missing.toml" in en
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("year = = 2027\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        Supplement.load(bad)
    [(path, zh, en)] = [(p.path, p.message, p.message_en) for p in info.value.details]
    assert info.value.source == str(bad) and path == "$"
    assert zh.startswith("不是有效的 TOML：") and en.startswith("not valid TOML: ") and "line 1" in en
    good = tmp_path / "good.toml"
    good.write_text('year = 2027\nsource = "x"\n', encoding="utf-8")
    assert Supplement.load(str(good)) == Supplement(2027, "x")


# --------------------------------------------------------------------------- _statutory.py

SPRING_2025 = [D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31)]


def test_the_article_2_days_of_2025_by_name() -> None:
    days = festival_days(2025)
    assert list(days) == sorted(days)
    assert {d: n.zh for d, n in days.items()} == {
        D(2025, 1, 1): "元旦",
        **dict.fromkeys(SPRING_2025, "春节"),
        D(2025, 4, 4): "清明节",
        D(2025, 5, 1): "劳动节",
        D(2025, 5, 2): "劳动节",
        D(2025, 5, 31): "端午节",
        D(2025, 10, 1): "国庆节",
        D(2025, 10, 2): "国庆节",
        D(2025, 10, 3): "国庆节",
        D(2025, 10, 6): "中秋节",
    }
    assert all(name is FESTIVALS[name.zh] for name in days.values())
    assert holiday_name_on(D(2025, 10, 6)) == FESTIVALS["中秋节"]
    with pytest.raises(KeyError):
        holiday_name_on(D(2025, 10, 7))
    # In force from 2025-01-01 only; by ordinal; weekend days left out of the weekday list.
    assert statutory_holidays(2024) == {}
    assert statutory_holidays(2025) == {d.toordinal(): n for d, n in days.items()}
    weekdays = [D.fromordinal(o) for o in weekday_holidays(2025)]
    assert weekdays == [d for d in days if d.weekday() < 5]
    assert D(2025, 5, 31) not in weekdays and D(2025, 10, 6) in weekdays and D(2025, 1, 31) in weekdays


def test_a_mid_autumn_day_on_1_october_is_national_day() -> None:
    # 2020: 中秋 fell on 1 October (DECISIONS.md: the merged block's 1 October is 国庆节).
    days = festival_days(2020)
    assert days[D(2020, 10, 1)] == FESTIVALS["国庆节"]
    assert "中秋节" not in {n.zh for n in days.values()}
    assert len(days) == 12


def test_the_lunar_days_are_computed_for_1901_to_2100_only() -> None:
    assert min(festival_days(1901)) == D(1901, 1, 1)
    assert max(festival_days(2100)) <= D(2100, 12, 31)
    for year in (1900, 2101):
        with pytest.raises(ValueError) as info:
            festival_days(year)
        assert str(info.value) == f"the lunar holidays can be computed for 1901–2100 only, not {year}"


# --------------------------------------------------------------------------- _installed.py
# Made-up notices for 2027, the first year past the data (never a real arrangement).

NEXT = 2027
BUILTIN_SOURCE = builtin_calendar().source


def _annual(spring_days: int = 7, workdays: tuple[dt.date, ...] = (D(NEXT, 2, 14),)) -> str:
    spring = [D(NEXT, 2, 5) + dt.timedelta(days=i) for i in range(spring_days)]  # 除夕 2027 is 5 February
    blocks = (
        FestivalArrangement(("元旦",), [D(NEXT, 1, 1)]),
        FestivalArrangement(("春节",), spring, workdays),
    )
    return "国办发明电〔2026〕9号\n\n" + render(Arrangement(year=NEXT, blocks=blocks))


def _annual_of(year: int) -> str:
    """A made-up annual notice of 元旦 and the four statutory days of 春节 for ``year``."""
    spring = [d for d, name in festival_days(year).items() if name.zh == "春节"]
    blocks = (FestivalArrangement(("元旦",), [D(year, 1, 1)]), FestivalArrangement(("春节",), spring))
    return render(Arrangement(year=year, blocks=blocks))


AMENDMENT = (
    "国办发明电〔2027〕1号\n\n经国务院批准，现将调整2027年元旦放假安排通知如下。\n\n"
    "一、2027年1月1日至3日放假调休，共3天。\n\n国务院办公厅\n\n2027年1月1日"
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XINGZHENG_DATA_DIR", str(tmp_path))
    return tmp_path / "calendar"


def test_an_amendment_installed_alone_amends_the_installed_year(store: Path) -> None:
    (first,) = install_notices([_annual()])
    assert first.notices == ("国办发明电〔2026〕9号",) and first.signed_on == D(2026, 12, 1)
    (record,) = install_notices([AMENDMENT])
    assert record.notices == ("国办发明电〔2026〕9号", "国办发明电〔2027〕1号")
    assert record.signed_on == D(NEXT, 1, 1) and not record.override
    sup = record.supplement
    assert sup.year == NEXT and sup.source == "国办发明电〔2027〕1号"
    assert [(b.name.zh, b.dates[0], b.dates[-1], b.adjusted_workdays, b.source) for b in sup.holidays] == [
        ("春节", D(NEXT, 2, 5), D(NEXT, 2, 11), (D(NEXT, 2, 14),), "国办发明电〔2026〕9号"),
        ("元旦", D(NEXT, 1, 1), D(NEXT, 1, 3), (), None),
    ]
    (listed,) = installed_supplements()
    assert listed == record
    cal = default_calendar()
    assert not cal.is_workday(D(NEXT, 1, 1)) and cal.holiday_name(D(NEXT, 1, 3)) == FESTIVALS["元旦"]
    assert cal.entry_source(D(NEXT, 2, 5)) == "国办发明电〔2026〕9号"
    assert cal.entry_source(D(NEXT, 1, 2)) == "国办发明电〔2027〕1号（已安装 / installed）"
    text = record.path.read_text(encoding="utf-8")
    assert text.startswith(
        "# xingzheng: the 2027 holiday arrangement installed by `xingzheng import-notice --install`.\n"
        "# Remove it with `xingzheng calendar --uninstall 2027`.\n[installed]\n"
    )
    assert "signed_on = 2027-01-01\noverride = false\n" in text


def test_an_annual_notice_that_contradicts_the_installed_year_lists_each_day(store: Path) -> None:
    install_notices([_annual()])
    contradicting = _annual(9, (D(NEXT, 2, 14), D(NEXT, 2, 20)))  # rests Friday 12th, works Saturday 20th
    with pytest.raises(SupplementConflictError) as info:
        install_notices([contradicting])
    path = store / f"{NEXT}.toml"
    assert str(info.value) == (
        f"通知（国办发明电〔2026〕9号）与已安装的 2027 年安排（{path}）冲突：2027-02-12: workday → rest day; "
        "2027-02-20: rest day → workday；确认无误后可用 override / the notice (国办发明电〔2026〕9号) contradicts "
        f"the installed 2027 arrangement ({path}): 2027-02-12: workday → rest day; 2027-02-20: rest day → "
        "workday; if it is right, use override"
    )
    assert info.value.conflicts == (
        (D(NEXT, 2, 12), "workday", "rest day"),
        (D(NEXT, 2, 20), "rest day", "workday"),
    )
    (record,) = install_notices([contradicting], override=True)
    assert record.override and record.notices == ("国办发明电〔2026〕9号",)
    (amended,) = install_notices([AMENDMENT])  # an amendment keeps the year's override
    assert amended.override and amended.notices == ("国办发明电〔2026〕9号", "国办发明电〔2027〕1号")


def test_uninstalling_a_year_not_installed_names_the_file(store: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        uninstall(2030)
    path = store / "2030.toml"
    assert str(info.value) == f"没有已安装的 2030 年通知（{path}） / no notice is installed for 2030 ({path})"


def test_only_four_digit_toml_files_are_installed_years(store: Path) -> None:
    install_notices([_annual()])
    for name in ("notes.toml", "20270.toml", "027.toml", "2028.txt", "2028.toml.bak"):
        (store / name).write_text("not toml at all [", encoding="utf-8")
    assert [item.year for item in installed_supplements()] == [NEXT]
    assert data_dir() == store.parent


def _store_problems(store: Path, text: str) -> list[tuple[str, str, str]]:
    store.mkdir(parents=True, exist_ok=True)
    path = store / f"{NEXT}.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        installed_supplements()
    assert info.value.source == str(path)
    return [(p.path, p.message, p.message_en) for p in info.value.details]


def test_a_store_file_lists_every_problem_in_both_languages(store: Path) -> None:
    assert _store_problems(store, "extra = 1\n") == [
        ("$.extra", "未知的键", "unknown key"),
        ("$.installed", "缺少安装信息表", "missing the [installed] table"),
        ("$.supplement", "缺少补充表", "missing the [supplement] table"),
        ("$.installed.notices", "应为通知名称的列表", "must be a list of notice names"),
        ("$.installed.override", "应为 true 或 false", "must be true or false"),
        ("$.installed.installed_at", "不是日期时间", "not a date-time"),
    ]
    assert _store_problems(
        store,
        '[installed]\nnotices = []\nsigned_on = 2027-01-01T00:00:00\noverride = "yes"\ninstalled_at = 2027-01-01\n'
        'colour = 1\n[supplement]\nyear = 2027\nsource = "x"\nfoo = 1\n',
    ) == [
        ("$.installed.colour", "未知的键", "unknown key"),
        ("$.installed.notices", "应为通知名称的列表", "must be a list of notice names"),
        ("$.installed.signed_on", "不是日期", "not a date"),
        ("$.installed.override", "应为 true 或 false", "must be true or false"),
        ("$.installed.installed_at", "不是日期时间", "not a date-time"),
        ("$.supplement.foo", "未知的键", "unknown key"),
    ]
    assert _store_problems(
        store,
        '[installed]\nnotices = ["a", ""]\nsigned_on = "x"\noverride = true\ninstalled_at = 2027-01-01T00:00:00Z\n'
        '[supplement]\nyear = 2028\nsource = "x"\n',
    ) == [
        ("$.installed.notices", "应为通知名称的列表", "must be a list of notice names"),
        ("$.installed.signed_on", "不是日期", "not a date"),
        ("$.supplement.year", "与文件名 2027.toml 不符", "does not match the file name 2027.toml"),
    ]
    assert _store_problems(
        store,
        '[installed]\nnotices = ["a"]\noverride = true\ninstalled_at = 2027-01-01T00:00:00Z\n[supplement]\n',
    ) == [("$.supplement", "缺少补充", "missing the supplement")]
    [(path, zh, en)] = _store_problems(store, "x = = 1")
    assert (path, zh, en) == (
        "$",
        "不是有效的 TOML：Invalid value (at line 1, column 5)",
        "not valid TOML: Invalid value (at line 1, column 5)",
    )


def test_a_store_entry_that_cannot_be_read_is_named(store: Path) -> None:
    (store / f"{NEXT}.toml").mkdir(parents=True)
    with pytest.raises(LoadError) as info:
        installed_supplements()
    [(path, zh, en)] = [(p.path, p.message, p.message_en) for p in info.value.details]
    assert info.value.source == str(store / f"{NEXT}.toml")
    assert (
        path == "$"
        and zh.startswith("无法读取已安装的通知：")
        and en.startswith("cannot read the installed notice: ")
    )


def test_a_valid_store_file_written_by_hand_is_read_whole(store: Path) -> None:
    store.mkdir(parents=True)
    (store / f"{NEXT}.toml").write_text(
        '[installed]\nnotices = ["甲", "乙"]\noverride = true\ninstalled_at = 2027-01-02T03:04:05Z\n'
        '[supplement]\nyear = 2027\nsource = "乙"\n[[supplement.holidays]]\nname = "元旦"\ndates = [2027-01-01]\n',
        encoding="utf-8",
    )
    (item,) = installed_supplements()
    assert item.year == NEXT and item.notices == ("甲", "乙") and item.signed_on is None and item.override
    assert item.installed_at == dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert item.supplement == Supplement(NEXT, "乙", (HolidayBlock(FESTIVALS["元旦"], (D(NEXT, 1, 1),)),))


def test_reading_a_bad_store_file_raises_no_deprecation_warning_of_the_librarys_own(store: Path) -> None:
    # Found by mutation testing: _read used the deprecated LoadError.problems and warned the user.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _store_problems(
            store,
            '[installed]\nnotices = ["a"]\noverride = true\ninstalled_at = 2027-01-01T00:00:00Z\n[supplement]\nyear = 2027\nsource = ""\n',
        ) == [
            (
                "$.supplement.source",
                "缺少来源（通知文号或说明）",
                "missing source (notice number or description)",
            )
        ]


def test_years_install_one_after_another_into_a_new_nested_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XINGZHENG_DATA_DIR", str(tmp_path / "not" / "yet"))
    with pytest.raises(SupplementConflictError) as info:
        install_notices([_annual_of(NEXT + 1)])  # 2028 before 2027: a gap after the data
    assert str(info.value) == (
        "2028 年的补充与日历覆盖范围（2004-01-01 至 2026-12-31）不相连；请先补充中间的年份 / a supplement for 2028 "
        "does not adjoin the calendar's coverage (2004-01-01 to 2026-12-31); add the years in between first"
    )
    (first,) = install_notices([_annual_of(NEXT)])
    (second,) = install_notices([_annual_of(NEXT + 1)])  # checked against the data with 2027 installed
    assert first.path == tmp_path / "not" / "yet" / "calendar" / "2027.toml"
    assert second.path == tmp_path / "not" / "yet" / "calendar" / "2028.toml"
    assert default_calendar().coverage.last == D(NEXT + 1, 12, 31)
    assert sorted(p.name for p in first.path.parent.iterdir()) == [
        "2027.toml",
        "2028.toml",
    ]  # no temporary left


def test_a_new_annual_notice_may_drop_weekend_rest_days_an_amendment_added(store: Path) -> None:
    install_notices([_annual()])
    install_notices([AMENDMENT])  # 元旦 now 1–3 January (a Friday, then the weekend)
    (record,) = install_notices([_annual()])  # 元旦 1 January alone again: the weekend is a weekend anyway
    assert not record.override and record.notices == ("国办发明电〔2026〕9号",)
    assert [b.dates for b in record.supplement.holidays if b.name.zh == "元旦"] == [(D(NEXT, 1, 1),)]


# --------------------------------------------------------------------------- _calendar.py and periods.py


def test_assumed_holidays_take_in_both_ends_and_stop_at_2100() -> None:
    cal = builtin_calendar().with_options(assume_regular_weeks=True)
    assert cal.assumed_holidays(D(2027, 1, 1), D(2027, 1, 1)) == ((D(2027, 1, 1), FESTIVALS["元旦"]),)
    assert cal.assumed_holidays(D(2027, 5, 2), D(2027, 4, 30)) == (
        (D(2027, 5, 1), FESTIVALS["劳动节"]),
        (D(2027, 5, 2), FESTIVALS["劳动节"]),
    )
    assert cal.assumed_holidays(D(2026, 12, 30), D(2027, 1, 1)) == ((D(2027, 1, 1), FESTIVALS["元旦"]),)
    assert cal.assumed_holidays(D(2100, 12, 1), D(2100, 12, 31)) == ()
    assert [d for d, _ in cal.assumed_holidays(D(2100, 9, 30), D(2101, 1, 5))] == [
        D(2100, 10, 1),
        D(2100, 10, 2),
        D(2100, 10, 3),
    ]
    assert builtin_calendar().assumed_holidays(D(2027, 1, 1), D(2027, 1, 1)) == ()


def test_the_last_covered_day_set_by_an_entry_is_not_provisional() -> None:
    cal = builtin_calendar().with_supplement(
        {
            "year": NEXT,
            "source": "假想",
            "holidays": [
                {"name": "元旦", "dates": [D(NEXT, 1, 1)]},
                {"name": "测试日", "name_en": "Test Day", "dates": [D(NEXT, 12, 31)]},
            ],
        }
    )
    assert not cal.is_provisional_day(D(NEXT, 12, 31)) and not cal.is_provisional_day(D(NEXT, 12, 30))
    assert not cal.is_workday(D(NEXT, 12, 31))
    assert builtin_calendar().is_provisional_day(D(2026, 12, 31))  # no entry after 1 December 2026: may move


def test_a_calendar_with_overrides_pickles_whole() -> None:
    cal = builtin_calendar().with_notice(read_notice("2020.md"), override=True)
    # The annual notice works Saturday 1 February, which the data (with the extension) rests.
    assert cal.overrides == (
        Override(D(2020, 2, 1), "holiday 春节", "workday 春节", "国办发明电〔2019〕16号"),
    )
    copy = pickle.loads(pickle.dumps(cal))
    assert copy.overrides == cal.overrides and copy.source == cal.source and copy.coverage == cal.coverage


def test_a_hand_made_deadline_names_an_assumed_day_that_is_no_holiday_generically() -> None:
    made = Deadline(
        D(2027, 3, 1), Period.workdays(5), D(2027, 3, 8), provisional=True, assumed_holidays=(D(2027, 3, 3),)
    )
    assert (
        "其中按《全国年节及纪念日放假办法》第二条作为法定节日计为休息日的有：2027-03-03（周三）法定节日；"
        in made.explain()
    )
    assert (
        "Taken as statutory holidays (全国年节及纪念日放假办法 Art. 2): 2027-03-03 (Wed) statutory holiday;"
        in (made.explanation_en)
    )


def _covered_year_file(store: Path, *, override: bool) -> Path:
    """A store file for 2026 (a year the data covers) that disagrees with the data on three days."""
    store.mkdir(parents=True, exist_ok=True)
    path = store / "2026.toml"
    path.write_text(
        f'[installed]\nnotices = ["made-up notice"]\noverride = {"true" if override else "false"}\n'
        'installed_at = 2020-01-01T00:00:00Z\n[supplement]\nyear = 2026\nsource = "made-up notice"\n'
        '[[supplement.holidays]]\nname = "元旦"\ndates = [2026-01-04, 2026-03-02]\nadjusted_workdays = [2026-01-03]\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("override", [False, True])
def test_a_disagreeing_installed_year_warns_once_naming_each_day_and_who_wins(
    store: Path, override: bool
) -> None:
    path = _covered_year_file(store, override=override)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cal = default_calendar()
    [warning] = caught
    assert warning.category is InstalledNoticeWarning
    winner = (
        ("以已安装的通知为准（安装时使用了 override）", "the installed notice wins (installed with override)")
        if override
        else ("以内置数据为准", "the package data wins")
    )
    assert str(warning.message) == (
        f"已安装的 2026 年通知（{path}）与内置数据（{BUILTIN_SOURCE}）不一致：2026-01-03（数据 休息，通知 上班）、"
        f"2026-01-04（数据 上班，通知 休息）、2026-03-02（数据 上班，通知 休息）；{winner[0]} / the installed 2026 "
        f"notice ({path}) disagrees with the package data ({BUILTIN_SOURCE}) on 2026-01-03 (data rest day, notice "
        "workday), 2026-01-04 (data workday, notice rest day), 2026-03-02 (data workday, notice rest day); "
        f"{winner[1]}"
    )
    # 4 January is an adjusted working day of the data and 3 January a holiday: only override replaces them.
    assert cal.is_workday(D(2026, 1, 4)) is not override and cal.is_workday(D(2026, 1, 3)) is override
    assert cal.is_workday(D(2026, 3, 2)) is not override


def test_installing_next_year_does_not_warn_about_an_installed_year_already_known(store: Path) -> None:
    _covered_year_file(store, override=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        default_calendar()  # the disagreement is reported here, once
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (record,) = install_notices([_annual()])
    assert record.year == NEXT


def test_an_annual_notice_for_a_covered_year_that_contradicts_the_data_needs_override(store: Path) -> None:
    notice_2026 = render(
        Arrangement(year=2026, blocks=(FestivalArrangement(("元旦",), [D(2026, 1, d) for d in range(1, 5)]),))
    )
    with pytest.raises(SupplementConflictError):
        install_notices([notice_2026])  # 4 January 2026 is an adjusted working day of the data
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    (record,) = install_notices([notice_2026], override=True)
    assert record.override and record.year == 2026
    assert record.installed_at.tzinfo is dt.UTC and record.installed_at.microsecond == 0
    assert before <= record.installed_at <= dt.datetime.now(dt.UTC)


def test_two_years_install_in_one_call(store: Path) -> None:
    records = install_notices([_annual_of(NEXT), _annual_of(NEXT + 1)])
    assert [r.year for r in records] == [NEXT, NEXT + 1]
    assert [item.year for item in installed_supplements()] == [NEXT, NEXT + 1]


def test_a_bad_supplement_file_names_its_path(tmp_path: Path) -> None:
    path = tmp_path / "2027.toml"
    path.write_text("year = 2027\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        Supplement.load(path)
    assert info.value.source == str(path)


def test_a_provisional_deadline_explains_the_statutory_days_it_assumed() -> None:
    cal = builtin_calendar().with_options(assume_regular_weeks=True)
    result = deadline(D(2027, 4, 28), Period.workdays(5), cal)
    assert result.provisional and result.assumed_holidays == (D(2027, 5, 1), D(2027, 5, 2))
    assert result.explanation == (
        "自 2027-04-28（周三） 起算5个工作日，开始的当日不计入（民法典第二百零一条）。只计工作日，第5个工作日为 "
        "2027-05-05（周三）。期限截至 2027-05-05 二十四时（有业务时间的，至停止业务活动时）。结果为暂定：所用日期的安排"
        "尚未公布或超出日历数据范围。其中按《全国年节及纪念日放假办法》第二条作为法定节日计为休息日的有：2027-05-01（周六）"
        "劳动节、2027-05-02（周日）劳动节；当年的放假安排通知可能另设调休上班日或补假日。日历数据："
        + BUILTIN_SOURCE
        + "。"
    )
    assert result.explanation_en == (
        "5 working days from 2027-04-28 (Wed); the start day is not counted (Civil Code Art. 201). Only working "
        "days count; the 5th working day is 2027-05-05 (Wed). The time limit ends at 24:00 on 2027-05-05 (or at "
        "close of business). Provisional: it rests on days whose arrangement is not yet published or lies past "
        "the calendar's data. Taken as statutory holidays (全国年节及纪念日放假办法 Art. 2): 2027-05-01 (Sat) "
        "Labour Day, 2027-05-02 (Sun) Labour Day; the year's holiday notice may add adjusted working days (调休) "
        f"or move make-up days. Calendar data: {BUILTIN_SOURCE}."
    )


def test_a_deadline_shows_itself_as_an_html_table() -> None:
    html = deadline(D(2020, 9, 28), Period.workdays(7))._repr_html_()
    assert html.startswith('<table class="xingzheng-deadline"') and "<strong>2020-10-14</strong>" in html


def test_the_built_in_calendar_does_not_assume_regular_weeks_unless_asked() -> None:
    assert (
        builtin_calendar().assume_regular_weeks is False
        and builtin_calendar(True).assume_regular_weeks is True
    )


def test_an_untitled_amendment_of_an_untitled_annual_notice_keeps_no_block_source(store: Path) -> None:
    # Both are cited by the same description, 2027年节假日安排通知: the kept block needs no source of its own.
    install_notices([_annual_of(NEXT)])
    untitled = AMENDMENT.removeprefix("国办发明电〔2027〕1号\n\n")
    (record,) = install_notices([untitled])
    assert record.supplement.source == "2027年节假日安排通知"
    assert [(b.name.zh, b.source) for b in record.supplement.holidays] == [("春节", None), ("元旦", None)]


def test_an_amendment_keeps_the_local_rest_days_of_the_installed_year(store: Path) -> None:
    store.mkdir(parents=True)
    (store / f"{NEXT}.toml").write_text(
        '[installed]\nnotices = ["甲"]\noverride = false\ninstalled_at = 2027-01-02T03:04:05Z\n'
        '[supplement]\nyear = 2027\nsource = "甲"\n[[supplement.holidays]]\nname = "元旦"\ndates = [2027-01-01]\n'
        '[[supplement.local_rest_days]]\ndate = 2027-03-08\nname = "妇女节"\nbasis = "某市决定"\n',
        encoding="utf-8",
    )
    (record,) = install_notices([AMENDMENT])
    assert record.supplement.local_rest_days == (LocalRestDay(D(NEXT, 3, 8), "妇女节", "某市决定"),)


def test_an_extension_over_an_installed_adjusted_working_day_installs(store: Path) -> None:
    install_notices([_annual()])  # 春节 5–11 February, Sunday 14 February worked
    extension = (
        "国办发明电〔2027〕2号\n\n经国务院批准，现将延长2027年春节假期的具体安排通知如下。\n\n"
        "一、延长2027年春节假期至2月14日（星期日），2月15日（星期一）起正常上班。\n\n国务院办公厅\n\n2027年2月1日"
    )
    (record,) = install_notices([extension])
    assert record.notices == ("国办发明电〔2026〕9号", "国办发明电〔2027〕2号")
    cal = default_calendar()
    assert not cal.is_workday(D(NEXT, 2, 14)) and cal.holiday_name(D(NEXT, 2, 12)) == FESTIVALS["春节"]


def test_an_amendment_resolved_against_a_calendar_reads_from_1_december_of_the_year_before() -> None:
    # Made up: a supplement whose 2027 元旦 also rests on Tuesday 1 December 2026. An amendment setting 元旦
    # anew takes that day away, which a supplement cannot express: refused, naming it.
    cal = builtin_calendar().with_supplement(
        {
            "year": NEXT,
            "source": "假想",
            "holidays": [{"name": "元旦", "dates": [D(2026, 12, 1), D(NEXT, 1, 1)]}],
        }
    )
    with pytest.raises(NoticeParseError) as info:
        cal.with_notice(AMENDMENT)
    assert "2026-12-01" in str(info.value)


def test_a_range_ending_on_the_last_covered_day_set_by_an_entry_touches_nothing_provisional() -> None:
    cal = builtin_calendar().with_supplement(
        {
            "year": NEXT,
            "source": "假想",
            "holidays": [
                {"name": "元旦", "dates": [D(NEXT, 1, 1)]},
                {"name": "测试日", "name_en": "Test Day", "dates": [D(NEXT, 12, 31)]},
            ],
        }
    )
    assert not cal.touches_provisional(D(NEXT, 12, 1), D(NEXT, 12, 31))


OPT_IN_ZH = (
    "或明确选择推算（default_calendar(assume_regular_weeks=True) 或 calendar.with_options(assume_regular_weeks=True)："
    "周末与法定节日休息，结果标为暂定）"
)
OPT_IN_EN = (
    "or opt in to an estimate (default_calendar(assume_regular_weeks=True) or calendar.with_options("
    "assume_regular_weeks=True): weekends and statutory holidays rest; results are marked provisional)"
)


def _coverage_error(day: dt.date) -> CalendarCoverageError:
    with pytest.raises(CalendarCoverageError) as info:
        builtin_calendar().is_workday(day)
    assert info.value.coverage == (D(2004, 1, 1), D(2026, 12, 31))
    return info.value


def test_a_day_before_the_data_says_no_notice_can_help() -> None:
    error = _coverage_error(D(2003, 12, 31))
    assert error.year == 2003
    assert error.message == "工作日历只覆盖 2004-01-01 至 2026-12-31，无法判断 2003 年的日期"
    assert (
        error.message_en
        == "the working-day calendar covers 2004-01-01 to 2026-12-31 only and cannot judge dates in 2003"
    )
    assert error.hint == f"日历数据始于 2004 年，更早的年份无法补充；{OPT_IN_ZH}"
    assert error.hint_en == f"its data begins in 2004 and earlier years cannot be added; {OPT_IN_EN}"


def test_a_day_past_the_data_says_how_to_add_the_notice() -> None:
    error = _coverage_error(D(2027, 1, 4))
    assert error.year == 2027
    assert error.message == "工作日历只覆盖 2004-01-01 至 2026-12-31，无法判断 2027 年的日期"
    assert (
        error.message_en
        == "the working-day calendar covers 2004-01-01 to 2026-12-31 only and cannot judge dates in 2027"
    )
    assert error.hint == (
        "请取得国务院办公厅关于2027年部分节假日安排的通知（及其修改通知），以 calendar.with_notice(通知文本) 或 "
        'calendar.with_supplement("2027.toml") 加入，或以 xingzheng.calendar.install_notices([通知文本]) 安装一次、此后 '
        f"default_calendar() 自动使用；{OPT_IN_ZH}"
    )
    assert error.hint_en == (
        "get the State Council's notice on the 2027 holidays (and any amending notices) and add it with "
        'calendar.with_notice(text) or calendar.with_supplement("2027.toml"), or install it once with '
        "xingzheng.calendar.install_notices([text]) so that default_calendar() uses it from then on; "
        f"{OPT_IN_EN}"
    )


def test_the_first_and_last_representable_days_name_their_years() -> None:
    assert _coverage_error(dt.date.min).year == 1
    assert _coverage_error(dt.date.max).year == 9999


def test_adding_working_days_past_2100_agrees_with_a_day_by_day_walk() -> None:
    # Past 2100 the statutory holidays are no longer computed: weekends alone rest. Every count from a
    # December 2099 start, across the last computable year and into the next, against a walk.
    cal = builtin_calendar().with_options(assume_regular_weeks=True)
    start = D(2099, 12, 1)
    day, n = start, 0
    while day < D(2102, 1, 10):
        day += dt.timedelta(days=1)
        if cal.is_workday(day):
            n += 1
            assert cal.add_workdays(start, n) == day, n
    assert not cal.is_workday(D(2100, 10, 1))  # a Friday, 国庆节 of the last computable year
    assert cal.is_workday(D(2101, 10, 3))  # a Monday: no statutory holiday is computed past 2100


def test_a_supplement_with_no_valid_year_reports_the_year_alone_and_reads_every_table() -> None:
    assert _problems({"year": "x", "source": "s", "holidays": [{"name": "元旦", "dates": [D(2027, 1, 1)]}]})[
        1
    ] == [("$.year", "缺少年份或年份无效", "missing or invalid year")]
    assert _problems(
        {
            "year": 2027,
            "source": "s",
            "holidays": [
                "not a table",
                {"name": "元旦", "dates": [D(2027, 1, 1)], "adjusted_workdays": ["x"]},
            ],
        }
    )[1] == [
        ("$.holidays[0]", "应为表", "must be a table"),
        ("$.holidays[1].adjusted_workdays[0]", "不是日期", "not a date"),
    ]


def test_with_supplement_messages_and_what_a_supplement_keeps() -> None:
    cal = builtin_calendar()
    with pytest.raises(SupplementConflictError) as info:
        cal.with_supplement({"year": 2003, "source": "x"})
    assert str(info.value) == (
        "2003 年早于日历数据的起点（2004-01-01）；补充只能用于已覆盖的年份或紧接其后的一年 / 2003 is before the "
        "calendar's data begins (2004-01-01); a supplement can only amend a covered year or add the year right "
        "after coverage"
    )
    conflicting = {
        "year": 2020,
        "source": "假想",
        "holidays": [{"name": "元旦", "dates": [D(2020, 1, 19), D(2020, 1, 24)]}],
    }
    with pytest.raises(SupplementConflictError) as info:
        cal.with_supplement(conflicting)
    assert str(info.value) == (
        "补充（假想）与日历数据的明确记载冲突：2020-01-19: workday 春节 → holiday 元旦；确认无误后可用 override=True"
        "（命令行 --override） / the supplement (假想) contradicts explicit entries of the calendar data: "
        "2020-01-19: workday 春节 → holiday 元旦; if it is right, pass override=True (--override on the command line)"
    )
    # The first covered year may be amended; a day of the same status takes the supplement's name; a calendar
    # that assumes regular weeks keeps doing so.
    first_year = cal.with_supplement(
        {"year": 2004, "source": "假想", "holidays": [{"name": "元旦", "dates": [D(2004, 1, 1)]}]}
    )
    assert first_year.coverage.first == D(2004, 1, 1) and first_year.entry_source(D(2004, 1, 1)) == "假想"
    renamed = cal.with_supplement(
        {"year": 2020, "source": "假想", "holidays": [{"name": "中秋节", "dates": [D(2020, 10, 1)]}]}
    )
    assert (
        renamed.holiday_name(D(2020, 10, 1)) == FESTIVALS["中秋节"]
        and cal.holiday_name(D(2020, 10, 1)) == FESTIVALS["国庆节"]
    )
    regular = builtin_calendar(True).with_supplement({"year": NEXT, "source": "假想"})
    assert regular.assume_regular_weeks is True and regular.coverage.last == D(NEXT, 12, 31)


def test_counting_past_9999_is_an_overflow_error_and_every_count_before_it_agrees_with_a_walk() -> None:
    cal = builtin_calendar().with_options(assume_regular_weeks=True)
    start = D(9997, 6, 1)
    day, n = start, 0
    while day < dt.date.max:
        day += dt.timedelta(days=1)
        if cal.is_workday(day):
            n += 1
            assert cal.add_workdays(start, n) == day, n
    for more in range(1, 800, 7):
        with pytest.raises(OverflowError) as info:
            cal.add_workdays(start, n + more)
        assert str(info.value) == "日期超出范围 / date out of range"


def test_a_value_that_is_no_date_is_a_type_error_naming_its_type() -> None:
    with pytest.raises(TypeError) as info:
        builtin_calendar().is_workday("2020-01-01")  # type: ignore[arg-type]
    assert str(info.value) == "需要 datetime.date 类型的日期 / expected a datetime.date, got str"


def test_counting_across_a_coverage_end_that_is_a_rest_day_agrees_with_a_walk() -> None:
    # Made up: the supplement's last covered day, Friday 31 December 2027, is a rest day, so the last
    # covered working day is not the last covered day (the built-in data always ends on a working day).
    base = builtin_calendar().with_supplement(
        {
            "year": NEXT,
            "source": "假想",
            "holidays": [
                {"name": "元旦", "dates": [D(NEXT, 1, 1)]},
                {"name": "测试日", "name_en": "Test Day", "dates": [D(NEXT, 12, 31)]},
            ],
        }
    )
    cal = base.with_options(assume_regular_weeks=True)
    start = D(NEXT, 12, 1)
    days = [start + dt.timedelta(days=i) for i in range(1, 60)]
    working = [d for d in days if cal.is_workday(d)]
    assert D(NEXT, 12, 31) not in working and D(NEXT, 12, 30) in working
    for n, day in enumerate(working, start=1):
        assert cal.add_workdays(start, n) == day, n
        assert cal.workdays_between(start, day) == n, n
        assert cal.add_workdays(day, -n) == (
            start if cal.is_workday(start) else cal.add_workdays(start, 0)
        ), n
    a, b = D(NEXT, 12, 29), D(NEXT + 1, 1, 5)
    assert cal.workdays(a, b) == tuple(d for d in working if a < d <= b)
    with pytest.raises(CalendarCoverageError):
        base.add_workdays(D(NEXT, 12, 30), 1)


def test_a_datetime_inside_coverage_is_read_as_its_day() -> None:
    cal = builtin_calendar()
    assert cal.is_workday(dt.datetime(2020, 10, 10, 9, 30)) is True  # a Saturday worked (国庆节 2020)
    assert cal.is_workday(dt.datetime(2020, 10, 1, 9, 30)) is False
    assert cal.is_workday(dt.datetime(2020, 10, 12, 9, 30)) is True


def test_a_local_rest_day_is_no_working_day() -> None:
    cal = builtin_calendar().with_supplement(
        {
            "year": 2020,
            "source": "假想",
            "local_rest_days": [{"date": D(2020, 3, 9), "name": "某日", "basis": "某决定"}],
        }
    )
    assert cal.is_workday(D(2020, 3, 9)) is False and cal.is_workday(D(2020, 3, 10)) is True


def test_counting_from_the_day_before_coverage() -> None:
    cal = builtin_calendar()
    assert cal.workdays_between(D(2003, 12, 31), D(2004, 1, 5)) == 2  # 2 and 5 January 2004; the 1st is 元旦
    assert cal.add_workdays(D(2003, 12, 31), 2) == D(2004, 1, 5)
    assert cal.workdays(D(2003, 12, 31), D(2004, 1, 5)) == (D(2004, 1, 2), D(2004, 1, 5))


def test_december_of_the_last_covered_year_is_provisional_after_its_last_entry() -> None:
    builtin = builtin_calendar()
    assert builtin.is_provisional_day(D(2026, 12, 1)) and not builtin.is_provisional_day(D(2026, 11, 30))
    cal = builtin.with_supplement(
        {
            "year": NEXT,
            "source": "假想",
            "holidays": [
                {"name": "元旦", "dates": [D(NEXT, 1, 1)]},
                {"name": "测试日", "name_en": "Test Day", "dates": [D(NEXT, 12, 30)]},
            ],
        }
    )
    assert not cal.is_provisional_day(D(NEXT, 12, 30)) and cal.is_provisional_day(D(NEXT, 12, 31))


def test_an_unhashable_value_is_a_type_error_naming_its_type() -> None:
    with pytest.raises(TypeError) as info:
        builtin_calendar().is_workday([2020, 1, 1])  # type: ignore[arg-type]
    assert str(info.value) == "需要 datetime.date 类型的日期 / expected a datetime.date, got list"


def test_counting_back_to_0001_01_01_and_past_it() -> None:
    cal = builtin_calendar(True)
    assert cal.add_workdays(D(1, 1, 3), -2) == D(1, 1, 1)  # 1 January of year 1 was a Monday
    with pytest.raises(OverflowError) as info:
        cal.add_workdays(D(1, 1, 3), -3)
    assert str(info.value) == "日期超出范围 / date out of range"
