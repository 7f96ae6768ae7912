"""The documentation's prose against the texts of `../shared`: articles, quotations, commencement days.

Every article the pages name (with its law, or on a page about one law) exists with the paragraph and item
named; every Chinese quotation is a text's wording; the days the laws took effect are the laws' and the
profiles'; the holiday notices' figures the calendar page gives are the notices'. See `test_docs_claims.py`.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from _docs_support import (
    _CITED_LAWS,
    _article,
    _article_zh,
    _one,
    _page,
    _pages,
    _shared,
    _table_rows,
)
from xingzheng import load_profile

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def _cn_number(text: str) -> int:
    """``二〇一一`` → 2011, ``十二`` → 12, ``五`` → 5, ``25`` → 25."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[ch]) for ch in text))


def test_the_notices_signing_window_on_the_calendar_page() -> None:
    folder = _shared("calendar-notices")
    m = _one(
        r"the notices for (?P<first>\d{4})–(?P<last>\d{4}) were signed between (?P<d1>\d+) (?P<m1>\w+) and "
        r"(?P<d2>\d+) (?P<m2>\w+)\.",
        _page("calendar.md"),
    )
    signed: dict[int, tuple[int, int]] = {}
    for path in folder.glob("20??.md"):
        line = re.search(
            r"成文日期 / Date signed: (\S+?)年(\S+?)月(\S+?)日", path.read_text(encoding="utf-8")
        )
        assert line is not None, path
        signed[int(path.stem)] = (_cn_number(line[2]), _cn_number(line[3]))
    assert (min(signed), max(signed)) == (int(m["first"]), int(m["last"]))
    months = {
        name: n
        for n, name in enumerate(
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ),
            1,
        )
    }
    assert min(signed.values()) == (months[m["m1"]], int(m["d1"]))
    assert max(signed.values()) == (months[m["m2"]], int(m["d2"]))


# ------------------------------------------------------------------------------------------ the laws

#: The laws the working-day table of docs/concepts/time.md names, and their files in ../shared/laws.
_LAW_FILES = {
    "行政处罚法": "administrative-penalty-law-2021.md",
    "行政复议法": "administrative-reconsideration-law-2023.md",
    "行政强制法": "administrative-compulsion-law-2011.md",
    "行政许可法": "administrative-licensing-law-2019.md",
}


def test_article_numbers_in_chinese() -> None:
    numbers = (10, 23, 69, 85, 88, 100, 105, 110, 201)
    assert [_article_zh(n) for n in numbers] == [
        "第十条",
        "第二十三条",
        "第六十九条",
        "第八十五条",
        "第八十八条",
        "第一百条",
        "第一百零五条",
        "第一百一十条",
        "第二百零一条",
    ]


def test_the_working_day_table_of_time_md_cites_articles_that_say_so() -> None:
    laws = _shared("laws")
    text = _page("concepts/time.md")
    rows = [row for row in _table_rows(text) if row[0].split(" ")[0] in _LAW_FILES]
    assert len(rows) == 4
    for cell, periods in rows:
        m = re.fullmatch(r"(\S+) Art\. (\d+)(?: ¶(\d+))?(?: \(\d{4}\))?", cell)
        assert m is not None, cell
        paragraphs = _article(laws / _LAW_FILES[m[1]], int(m[2]))
        words = "".join(
            paragraphs[int(m[3]) - 1] if m[3] else [line for paragraph in paragraphs for line in paragraph]
        )
        assert "工作日" in words, cell
        for quoted in re.findall(r"“[^”]+”", periods):
            assert quoted.strip("“”") in words, (cell, quoted)


_REFERENCE = re.compile(
    r"(?P<law>民法典|行政处罚法|行政复议法|行政强制法|行政许可法|政府信息公开条例|信访工作条例|713号令|重大行政决策程序暂行条例"
    r"|全国年节及纪念日放假办法)(?: \(?(?P<year>\d{4})\)?)? Art\. (?P<art>\d+)(?: ¶(?P<par>\d+))?(?:\((?P<item>[一二三四五六七八九十]+)\))?"
)


#: "2017 Art. 42 ¶1", "2021 Art. 58": the penalty law's two texts, named by their year alone.
_PENALTY_REFERENCE = re.compile(
    r"(?<![\w.])(?P<year>2017|2021) Art\. (?P<art>\d+)(?: ¶(?P<par>\d+))?(?:\((?P<item>[一二三四五六七八九十]+)\))?"
)


def test_every_article_the_prose_names_with_its_law_exists() -> None:
    laws = _shared("laws")
    checked, wrong = 0, []
    for page in _pages():
        text = page.read_text(encoding="utf-8")
        for m in [*_REFERENCE.finditer(text), *_PENALTY_REFERENCE.finditer(text)]:
            name = m.groupdict().get("law") or "行政处罚法"
            law = f"{name} 2017" if name == "行政处罚法" and m["year"] == "2017" else name
            try:
                paragraphs = _article(laws / _CITED_LAWS[law], int(m["art"]))
            except AssertionError:
                wrong.append((page.name, m[0]))
                continue
            checked += 1
            if m["par"] and int(m["par"]) > len(paragraphs):
                wrong.append((page.name, m[0]))
            elif m["item"]:
                lines = (
                    paragraphs[int(m["par"]) - 1]
                    if m["par"]
                    else [line for paragraph in paragraphs for line in paragraph]
                )
                if not any(re.match(rf"^[（(]{m['item']}[）)]", line) for line in lines):
                    wrong.append((page.name, m[0]))
    assert checked >= 30
    assert wrong == []


# ------------------------------------------------------------------------------ when each law took effect

#: (page, the sentence stating the day, the law's file, a rule the national profile enforces from that day)
_COMMENCEMENTS = [
    (
        "procedures/disclosure-requests.md",
        r"The regulation took effect on (?P<day>[\d-]+)",
        "government-information-disclosure-regulation-2019.md",
        "G2",
    ),
    (
        "procedures/reconsideration-cases.md",
        r"行政复议法 \(2023, in force from (?P<day>[\d-]+)\)",
        "administrative-reconsideration-law-2023.md",
        "R1",
    ),
    (
        "procedures/petitions.md",
        r"信访工作条例 \(in force from (?P<day>[\d-]+)\)",
        "petition-work-regulation-2022.md",
        "W4",
    ),
    (
        "decisions.md",
        r"before 713号令 \((?P<day>[\d-]+)\)",
        "major-decision-procedure-regulation-2019.md",
        "D6",
    ),
]


@pytest.mark.parametrize(
    ("page", "sentence", "law", "rule"), _COMMENCEMENTS, ids=[c[3] for c in _COMMENCEMENTS]
)
def test_the_day_a_law_took_effect_is_the_laws_and_the_profiles(
    page: str, sentence: str, law: str, rule: str
) -> None:
    day = dt.date.fromisoformat(_one(sentence, _page(page))["day"])
    text = _shared(f"laws/{law}").read_text(encoding="utf-8")
    stated = re.search(r"本(?:法|条例)自(\d{4})年(\d{1,2})月(\d{1,2})日起施行", text)
    assert stated is not None
    assert dt.date(*map(int, stated.groups())) == day
    national = load_profile("national")
    assert national.enforces(rule, day) and not national.enforces(rule, day - dt.timedelta(days=1))


def test_the_penalty_laws_two_texts_and_the_day_between() -> None:
    for page in ("concepts/profiles.md", "procedures/enforcement-cases.md"):
        m = _one(
            r"the 2017 text until (?P<until>[\d-]+), the 2021 (?:text|revision) from (?P<since>[\d-]+)",
            _page(page),
        )
        until, since = dt.date.fromisoformat(m["until"]), dt.date.fromisoformat(m["since"])
        assert since - until == dt.timedelta(days=1)
        heading = _shared("laws/administrative-penalty-law-2017.md").read_text(encoding="utf-8")
        assert f"in force until {until.isoformat()}" in heading and f"in force {since.isoformat()}" in heading
        national = load_profile("national")
        key = "enforcement.hearing_request_period.max"
        assert national.get(key, on=until).citations[0].source == "administrative-penalty-law-2017.md"
        assert national.get(key, on=since).citations[0].source == "administrative-penalty-law-2021.md"


# ------------------------------------------------------------------------------------- quoted wording

_FENCED = re.compile(r"^(`{3,}).*?^\1", re.MULTILINE | re.DOTALL)
_QUOTE = re.compile(r"[“\"]([^”\"\n`]*[\u4e00-\u9fff][^”\"\n`]*)[”\"]")


def _normalised(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def test_every_chinese_quote_in_the_prose_is_the_wording_of_a_text() -> None:
    """A quotation mark around Chinese words promises the words of a law or of the seed report.

    Quotes in code (blocks and inline code) are data, not quotations; an ellipsis (…) marks words left out.
    """
    laws = _shared("laws")
    corpus = _normalised(
        "".join(p.read_text(encoding="utf-8") for p in sorted(laws.glob("*.md")))
        + _shared("sources/dagang-2020-rule-of-law-report.txt").read_text(encoding="utf-8")
    )
    checked, wrong = 0, []
    for page in _pages():
        prose = re.sub(r"`[^`\n]*`", "", _FENCED.sub("", page.read_text(encoding="utf-8")))
        for quote in _QUOTE.findall(prose):
            if len(re.findall(r"[\u4e00-\u9fff]", quote)) < 4:
                continue  # a term (“日”, “三日”), not a sentence
            checked += 1
            if not all(_normalised(part) in corpus for part in re.split(r"…+", quote) if part.strip()):
                wrong.append((page.name, quote))
    assert checked >= 15
    assert wrong == []


def test_the_readmes_lint_example_is_what_lint_finds() -> None:
    text = _page("README.md")
    m = _one(
        r"the seed allows \*\*at least (?P<child>\d+) working days\*\* for the legality review of a major decision "
        r"\(seed (?P<place>[^,]+), “(?P<quote>[^”]+)”\), while 重大行政决策程序暂行条例 Art\. (?P<art>\d+ ¶\d+) asks for "
        r"“(?P<parent_quote>[^”]+)”",
        text,
    )
    finding = load_profile("tianjin-binhai-dagang").lint()[0]
    assert finding.child.value == int(m["child"])
    seed = finding.child.citations[0]
    assert (seed.source, seed.place) == ("seed", m["place"]) and m["quote"] in seed.quote
    law = finding.parent_value.citations[0]
    assert (law.source, law.place) == ("major-decision-procedure-regulation-2019.md", f"Art. {m['art']}")
    assert m["parent_quote"] in law.quote
    # The output line shown below the sentence.
    line = _one(r"(?m)^(?P<code>D\d+\.laxer-than-parent) .*$", text)[0].split()
    assert line[:3] == [finding.code, finding.key, finding.on.isoformat()]
    unit = finding.child.unit.value
    assert line[3:] == [
        str(finding.child.value),
        unit,
        str(finding.parent_value.value),
        unit,
        f"({finding.parent})",
    ]


def test_the_statutory_holidays_the_calendar_page_lists() -> None:
    from collections import Counter

    from xingzheng.calendar._statutory import festival_days

    text = _page("calendar.md")
    listed = _one(r"gives every citizen (?P<list>元旦[^.]*)\. Provisional days rest", text)["list"]
    names = re.findall(r"(\S+节|元旦) \(", listed)
    article = _shared("laws/holiday-regulation-2024-art2.md").read_text(encoding="utf-8")
    items = re.findall(r"^（[一二三四五六七]）(\S+?)，放假(\d)天", article, re.MULTILINE)
    assert names == [name for name, _ in items]
    assert "1 and 2 May" in listed and "1 to 3 October" in listed and "正月初一 to 初三" in listed
    # The library rests on as many days of each festival as Art. 2 gives (中秋 on 1–3 October counts once).
    merged = 0
    for year in range(2027, 2060):
        days = festival_days(year)
        counts = Counter(name.zh for name in days.values())
        expected = {name: int(n) for name, n in items}
        mid_autumn = [d for d, name in days.items() if name.zh == "中秋节"]
        if not mid_autumn or (mid_autumn[0].month == 10 and mid_autumn[0].day <= 3):
            merged += 1  # 中秋 on one of 1–3 October: that day counts once (docs/decisions.md)
            assert counts.pop("中秋节", 0) + counts.pop("国庆节", 0) == 3, (year, counts)
            del expected["中秋节"], expected["国庆节"]
        assert dict(counts) == expected, year
    assert merged  # the reading was exercised


#: Pages whose bare "Art. N" (no law named before it) means one law: the page's own.
_PAGE_LAW = {
    "procedures/disclosure-requests.md": "政府信息公开条例",
    "procedures/reconsideration-cases.md": "行政复议法",
    "procedures/petitions.md": "信访工作条例",
    "procedures/major-decisions.md": "713号令",
    "concepts/time.md": "民法典",
}
_BARE = re.compile(
    r"Art\. (?P<art>\d+)(?:–(?P<last>\d+))?(?: ¶(?P<par>\d+))?(?:\((?P<item>[一二三四五六七八九十]+)\))?"
)


@pytest.mark.parametrize("page", sorted(_PAGE_LAW))
def test_the_bare_articles_of_a_procedure_page_are_its_laws(page: str) -> None:
    laws = _shared("laws")
    text = _page(page)
    named = {m.start("art") for r in (_REFERENCE, _PENALTY_REFERENCE) for m in r.finditer(text)}
    bare = [m for m in _BARE.finditer(text) if m.start("art") not in named]
    assert bare
    law = laws / _CITED_LAWS[_PAGE_LAW[page]]
    for m in bare:
        for number in {int(m["art"]), int(m["last"] or m["art"])}:
            paragraphs = _article(law, number)
            if m["par"]:
                assert int(m["par"]) <= len(paragraphs), m[0]
            if m["item"]:
                lines = paragraphs[int(m["par"]) - 1] if m["par"] else [x for p in paragraphs for x in p]
                assert any(re.match(rf"^[（(]{m['item']}[）)]", line) for line in lines), m[0]


def test_the_number_of_reference_notices_decisions_md_measured_on() -> None:
    notices = list(_shared("calendar-notices").glob("20*.md"))
    m = _one(r"Measured on all (?P<n>\d+) reference notices", _page("decisions.md"))
    assert len(notices) == int(m["n"])
